"""Render every page of the main window offscreen on the demo office into docs/screenshots/ (for the README).

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [page …]
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

SCREEN = (1366, 768)  # the office laptop
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
EDITOR = "meeting_editor"  # not a page: the meeting editor open on this week's 常务会议


def main(keys: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        screen = Path(tmp) / "screen.json"
        screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0],
                                                   "height": SCREEN[1], "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
        os.environ["HUIWU_CONFIG_DIR"] = tmp
        os.environ["XDG_CONFIG_HOME"] = tmp
        from huiwu.settings import Settings
        from ui.app import build_context, install_translations, make_application, open_database
        from ui.main_window import MainWindow
        from ui.pages import PAGES

        app = make_application([])
        install_translations(app, "zh_CN")
        settings = Settings(office_name="清河县人民政府办公室")
        database = open_database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}", settings, demo=True)
        ctx = build_context(database, settings)
        window = MainWindow(ctx)
        window.show()  # sized to fit the laptop's screen with its frame, as on first launch
        OUT.mkdir(parents=True, exist_ok=True)
        pages = [k for k in keys if k != EDITOR] if keys else [p.key for p in PAGES]
        for key in pages:
            window.open_page(key)
            deadline = time.time() + 3
            while time.time() < deadline and (ctx.pending or time.time() < deadline - 2.5):
                app.processEvents()
            app.processEvents()
            window.grab().save(str(OUT / f"{key}.png"))
            print(OUT / f"{key}.png")
        if not keys or EDITOR in keys:
            editor_shot(app, ctx, window)
        ctx.shutdown()
        database.dispose()


def editor_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The meeting editor on this week's 常务会议 (the one with agenda, 列席 units and leave)."""
    from huiwu.models import MeetingKind, MeetingStatus
    from huiwu.services.meetings import list_meetings

    with ctx.db.uow() as uow:
        meeting_id = list_meetings(uow, status=MeetingStatus.NOTIFIED, kind=MeetingKind.STANDING)[0].id
    window.open_page("meetings")
    page = window.page("meetings")
    page.open_target(meeting_id)
    deadline = time.time() + 5
    while time.time() < deadline and (page.editor is None or ctx.pending):
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    page.editor.grab().save(str(OUT / f"{EDITOR}.png"))
    print(OUT / f"{EDITOR}.png")
    page.editor.close()


if __name__ == "__main__":
    main(sys.argv[1:])
