"""``huiwu print signin`` as the clerk runs it: one process, importing only what a sign-in sheet needs, with
its fonts parsed on the first run and read from the cache on the next, printing the same PDF both times."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.models import Meeting, Participant

#: Never needed to print a sign-in sheet: the GUI, calendars, spreadsheets, PDF merging (one copy), password
#: stores, PostgreSQL, XML and HTTP (escaping a Paragraph's text needs neither), and the other documents' code.
NOT_IMPORTED = (
    "PySide6", "shiboken6", "ui", "alembic", "icalendar", "openpyxl", "pypdf", "keyring", "psycopg",
    "xml", "urllib.request", "http.client",
    "huiwu.calendar", "huiwu.demo", "huiwu.services.stats", "huiwu.services.notice", "huiwu.services.platform",
    "huiwu.services.week", "huiwu.printing.notice", "huiwu.printing.seating", "huiwu.printing.cards",
    "huiwu.printing.handout", "huiwu.printing.agenda", "huiwu.printing.report", "huiwu.printing.week",
)
IMPORT_LINE = re.compile(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)\s*$")


def _biggest_meeting(db: Database) -> int:
    with db.uow() as uow:
        row = uow.session.execute(
            select(Meeting.id).join(Participant, Participant.meeting_id == Meeting.id)
            .where(Meeting.deleted_at.is_(None)).group_by(Meeting.id)
            .order_by(func.count(Participant.id).desc(), Meeting.id).limit(1)
        ).scalar_one()
    return int(row)


def _print(tmp_path: Path, db_path: Path, meeting_id: int, out: Path) -> tuple[subprocess.CompletedProcess[str],
                                                                              set[str]]:
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data"),
           "HUIWU_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("HUIWU_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "huiwu", "--db", str(db_path), "print", "signin",
         str(meeting_id), "-o", str(out)],
        capture_output=True, text=True, env=env, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    modules = {m[1] for line in result.stderr.splitlines() if (m := IMPORT_LINE.match(line))}
    return result, modules


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def _fonts(pdf: Path) -> list[list[str]]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True,
                           timeout=60).stdout.splitlines()[2:]
    return [line.split()[:6] for line in lines]


@pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                    reason="poppler-utils (pdftotext, pdffonts) not installed")
def test_print_signin_process(demo_db: Database, tmp_path: Path) -> None:
    meeting_id = _biggest_meeting(demo_db)
    db_path = tmp_path / "demo.sqlite3"  # where the demo_db fixture keeps its copy
    assert db_path.is_file()
    demo_db.dispose()

    first, first_modules = _print(tmp_path, db_path, meeting_id, tmp_path / "first.pdf")
    assert "已生成签到表" in first.stdout
    assert "huiwu.printing.signin" in first_modules and "sqlite3" in first_modules  # the list is read right
    for name in NOT_IMPORTED:
        loaded = sorted(m for m in first_modules if m == name or m.startswith(name + "."))
        assert not loaded, f"huiwu print signin imported {loaded}"

    cached = sorted((tmp_path / "cache" / "fonts").glob("*.face"))
    assert cached, "the first print leaves its parsed faces in the cache folder"
    stamps = [p.stat().st_mtime_ns for p in cached]

    second, _ = _print(tmp_path, db_path, meeting_id, tmp_path / "second.pdf")
    assert second.returncode == 0
    assert [p.stat().st_mtime_ns for p in cached] == stamps  # read, not written again

    text = _text(tmp_path / "first.pdf")
    assert "签到表" in text
    assert _text(tmp_path / "second.pdf") == text
    fonts = _fonts(tmp_path / "first.pdf")
    assert fonts and all(f[3:6] == ["yes", "yes", "yes"] for f in fonts)  # embedded, subset, ToUnicode
    assert _fonts(tmp_path / "second.pdf") == fonts
