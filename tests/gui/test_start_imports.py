"""The window shows before SQLAlchemy, icalendar, reportlab or the keyring load: they load on the worker, on first use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "icalendar", "reportlab", "keyring", "cryptography", "openpyxl")
BEFORE_SHOWN = ("PySide6.QtNetwork", "huiwu.passwords", "ui.feeds", "ui.first_run")  # loaded once the window is up

PROBE = f"""
import sys, tempfile, uuid
from pathlib import Path
HEAVY = {HEAVY!r}
BEFORE_SHOWN = {BEFORE_SHOWN!r}
from ui.app import build_context, make_application
from huiwu.settings import Settings
app = make_application([])
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance
instance = SingleInstance("huiwu-probe-" + uuid.uuid4().hex[:12], Path(tempfile.mkdtemp()))
assert instance.claim()
ctx = build_context(None, Settings(operator="测试员"))
window = MainWindow(ctx)
window.show()
app.processEvents()
print("shown with:" + ",".join(m for m in BEFORE_SHOWN if m in sys.modules))
from ui.feeds import follow_changes
from ui.settings_boxes.passwords import install_prompt
instance.listen()
install_prompt(ctx, window)
follow_changes(ctx, window)
app.processEvents()
print("loaded:" + ",".join(m for m in HEAVY if m in sys.modules))
instance.release()
ctx.shutdown()
"""


def test_what_the_window_needs_before_it_shows_is_light(tmp_path: Path) -> None:
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    *_, shown, loaded = done.stdout.strip().splitlines()
    assert shown == "shown with:"  # the local server, the password prompt and the feeds wait for the window
    assert loaded == "loaded:"


FIRST_PAGE = """
import sys
import ui.pages.dashboard
later = ("icalendar", "reportlab", "openpyxl", "alembic", "PySide6.QtCharts", "huiwu.printing",
         "huiwu.calendar.ics_import")
print("loaded:" + ",".join(m for m in later if m in sys.modules))
"""


def test_the_first_page_does_not_import_what_later_pages_need(tmp_path: Path) -> None:
    """The 工作台 loads at start-up: calendar parsing, printing, charts and migrations load on their first use."""
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", FIRST_PAGE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "loaded:"


PAGE_LOADS = """
import sys
import huiwu.services.dashboard, huiwu.services.meetings, huiwu.services.archive  # the 工作台's load and 已归档
import ui.pages.directory, huiwu.services.roster  # the 通讯录 page
print("loaded:" + ",".join(m for m in ("reportlab", "openpyxl", "lxml", "PIL") if m in sys.modules))
"""


def test_what_pages_load_does_not_bring_printing_or_spreadsheets(tmp_path: Path) -> None:
    """The meetings list asks which meetings are filed (huiwu.services.archive) without loading reportlab; the
    通讯录 page loads openpyxl only when a file is imported or exported."""
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PAGE_LOADS], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "loaded:"
