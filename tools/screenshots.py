"""Render every page and every dialog a clerk meets, offscreen on the demo office, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python tools/screenshots.py [page or dialog …]

The screen is the office laptop's, 1366×768. Each dialog is also checked against the screen: a line
"WARNING: … outside the screen" is printed when its frame does not lie within the available geometry.
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
DIALOGS = ("meeting_editor", "leave_dialog", "person_dialog", "preview_dialog", "identity_dialog",
           "leave_question", "shortcuts_dialog", "file_dialog", "settings_scrolled", "week_requests",
           "minutes_tab", "register_tab", "archive_dialog")


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
        pages = [k for k in keys if k not in DIALOGS] if keys else [p.key for p in PAGES]
        for key in pages:
            window.open_page(key)
            settle(app, ctx)
            window.grab().save(str(OUT / f"{key}.png"))
            print(OUT / f"{key}.png")
        shots = {"meeting_editor": editor_shot, "leave_dialog": leave_shot, "person_dialog": person_shot,
                 "preview_dialog": preview_shot, "identity_dialog": identity_shot, "leave_question": question_shot,
                 "shortcuts_dialog": shortcuts_shot, "file_dialog": file_dialog_shot,
                 "settings_scrolled": settings_scrolled_shot, "week_requests": requests_shot,
                 "minutes_tab": minutes_shot, "register_tab": register_shot, "archive_dialog": archive_shot}
        for name in [k for k in keys if k in DIALOGS] if keys else DIALOGS:
            shots[name](app, ctx, window)
        ctx.shutdown()
        database.dispose()


def settle(app, ctx, seconds: float = 3.0, least: float = 0.5) -> None:  # type: ignore[no-untyped-def]
    """Let the worker finish and the GUI draw what it brought (at least ``least`` seconds)."""
    start = time.time()
    while time.time() - start < seconds and (ctx.pending or time.time() - start < least):
        app.processEvents()
    for _ in range(20):
        app.processEvents()


def save_dialog(app, dialog, name: str) -> None:  # type: ignore[no-untyped-def]
    """Grab ``dialog`` into ``name``.png and say whether its frame fits the screen's available geometry."""
    for _ in range(20):
        app.processEvents()
    available = (dialog.screen() or app.primaryScreen()).availableGeometry()
    frame = dialog.frameGeometry()
    dialog.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png", f"{frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()})")
    if not available.contains(frame):
        print(f"WARNING: {name} ({frame.x()}, {frame.y()}, {frame.width()}×{frame.height()}) lies outside the "
              f"screen's available geometry {available.width()}×{available.height()}")


def this_weeks_standing_meeting(ctx) -> int:  # type: ignore[no-untyped-def]
    from huiwu.models import MeetingKind, MeetingStatus
    from huiwu.services.meetings import list_meetings

    with ctx.db.uow() as uow:
        standing = list_meetings(uow, kind=MeetingKind.STANDING)
        week = ctx.today().isocalendar()[:2]
        this_week = [m for m in standing if m.starts_at.astimezone(ctx.settings.tz()).isocalendar()[:2] == week]
        notified = [m for m in this_week if m.status == MeetingStatus.NOTIFIED]
        return (notified or this_week or standing)[0].id


def requests_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """周安排 of next week with its 会议申报 tab: the one still to be merged selected, its proposal shown."""
    from huiwu.rules.requests import next_week_of

    year, week = next_week_of(ctx.today())
    window.open_page("week", (year, week, "requests"))
    settle(app, ctx)
    panel = window.page("week").requests
    rows = [panel.list.item(i).data(256) for i in range(panel.list.count())]
    panel.list.setCurrentRow(next((i for i, r in enumerate(rows) if r.pending and r.proposals), 0))
    settle(app, ctx, 1.0, 0.2)
    window.grab().save(str(OUT / "week_requests.png"))
    print(OUT / "week_requests.png")


def open_editor(app, ctx, window, meeting_id: int):  # type: ignore[no-untyped-def]
    """The meetings page's editor on ``meeting_id``, loaded and drawn."""
    window.open_page("meetings")
    page = window.page("meetings")
    page.open_target(meeting_id)
    deadline = time.time() + 5
    while time.time() < deadline and (page.editor is None or ctx.pending):
        app.processEvents()
    settle(app, ctx)
    return page.editor


def held_standing_meeting(ctx, *, secret: bool = False, archived: bool = False) -> int:  # type: ignore[no-untyped-def]
    """The latest held 常务会议 (the one with the 涉密 register when ``secret``), or the filed one."""
    from huiwu.models import MeetingKind, MeetingStatus, SecretMaterial
    from huiwu.services.meetings import list_meetings

    with ctx.db.uow() as uow:
        held = [m for m in list_meetings(uow, kind=MeetingKind.STANDING) if m.status == MeetingStatus.FINISHED]
        if archived:
            return next(m.id for m in held if m.archived)
        if secret:
            from sqlalchemy import select

            registered = set(uow.session.scalars(select(SecretMaterial.meeting_id)))
            return next(m.id for m in reversed(held) if m.id in registered)
        return next(m.id for m in reversed(held) if not m.archived)


def minutes_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The editor's 纪要 tab on the latest held 常务会议: the record's lines, the parts, the live preview."""
    editor = open_editor(app, ctx, window, held_standing_meeting(ctx))
    editor.tabs.setCurrentWidget(editor.minutes_tab)
    settle(app, ctx, 4.0, 1.5)
    save_dialog(app, editor, "minutes_tab")
    editor.close()


def register_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The editor's 涉密材料 tab on the meeting whose copies were handed out: two still out."""
    editor = open_editor(app, ctx, window, held_standing_meeting(ctx, secret=True))
    editor.tabs.setCurrentWidget(editor.register_tab)
    settle(app, ctx)
    save_dialog(app, editor, "register_tab")
    editor.close()


def archive_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """归档 of the latest held 常务会议: what stands in the way (copies out, decisions not explained)."""
    editor = open_editor(app, ctx, window, held_standing_meeting(ctx, secret=True))
    editor.open_archive()
    settle(app, ctx)
    dialog = editor._archive_dialog
    dialog.table.selectRow(0)
    settle(app, ctx, 0.5, 0.2)
    save_dialog(app, dialog, "archive_dialog")
    dialog.close()
    editor.close()


def editor_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The meeting editor on this week's 常务会议 (the one with agenda, 列席 units and leave)."""
    editor = open_editor(app, ctx, window, this_weeks_standing_meeting(ctx))
    save_dialog(app, editor, EDITOR)
    editor.close()


def leave_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """新建请假, with a person chosen so the default approver shows."""
    from huiwu.services import attendance, directory
    from ui.attendance.leave_dialog import LeaveDialog

    window.open_page("leave")
    settle(app, ctx)
    with ctx.db.uow() as uow:
        people = directory.list_people(uow, include_inactive=False)
        meetings = attendance.signin_meetings(uow, ctx.now(), days=45)
    dialog = LeaveDialog(ctx, people, [m for m in meetings if m.starts_at >= ctx.now()], window.page("leave"))
    dialog.person.setCurrentIndex(1)
    dialog.reason.setText("赴市里参加培训")
    dialog.show()
    settle(app, ctx)
    save_dialog(app, dialog, "leave_dialog")
    dialog.reject()


def person_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """通讯录 → 新建人员."""
    window.open_page("directory")
    page = window.page("directory")
    settle(app, ctx)
    page.people_tab.new()
    dialog = next(w for w in page.findChildren(object) if w.objectName() == "person_dialog")
    settle(app, ctx, least=0.2)
    save_dialog(app, dialog, "person_dialog")
    dialog.reject()


def preview_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The print preview of the 常务会议's 签到表."""
    from ui.preview import PreviewDialog
    from ui.printing import preview_document

    opened: list[PreviewDialog] = []
    preview_document(ctx, window, "signin", this_weeks_standing_meeting(ctx), on_opened=opened.append)
    deadline = time.time() + 20
    while time.time() < deadline and not opened:
        app.processEvents()
    settle(app, ctx, least=1.0)  # QtPdf renders the pages in the background
    save_dialog(app, opened[0], "preview_dialog")
    opened[0].close()


def identity_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """The first-run dialog: the clerk's name and the office's identity."""
    from ui.first_run import ask_identity

    dialog = ask_identity(ctx, window, first_run=True)
    settle(app, ctx, least=0.2)
    save_dialog(app, dialog, "identity_dialog")
    dialog.reject()


def question_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """签到: the question for someone on approved leave (Enter keeps the leave)."""
    from dataclasses import replace

    from huiwu.models import Attendance

    window.open_page("signin")
    page = window.page("signin")
    page.open_target(this_weeks_standing_meeting(ctx))
    settle(app, ctx)
    rows = page.index.rows
    row = next((r for r in rows if r.state == Attendance.LEAVE), None) or replace(rows[0], state=Attendance.LEAVE)
    box, _ = page.leave_question(row)
    box.show()
    save_dialog(app, box, "leave_question")
    box.close()


def shortcuts_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """帮助 → 键盘快捷键 (F1), over the meetings page."""
    window.open_page("meetings")
    settle(app, ctx, least=0.2)
    window.show_shortcuts()
    dialog = next(w for w in window.findChildren(object) if w.objectName() == "shortcuts_dialog")
    save_dialog(app, dialog, "shortcuts_dialog")
    dialog.close()


def file_dialog_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """Qt's own (non-native) save dialog, as 周安排 → 导出 .ics opens it where there is no native one."""
    from PySide6.QtWidgets import QFileDialog

    from ui.i18n import tr
    from ui.widgets.files import last_folder

    window.open_page("week")
    dialog = QFileDialog(window, tr("Export calendar"), str(last_folder("ics-export")), tr("Calendar files (*.ics)"))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile("会议安排_2026-W48.ics")
    dialog.show()
    settle(app, ctx, least=0.5)
    save_dialog(app, dialog, "file_dialog")
    dialog.reject()


def settings_scrolled_shot(app, ctx, window) -> None:  # type: ignore[no-untyped-def]
    """设置, scrolled to its end (the page is taller than the laptop's screen)."""
    window.open_page("settings")
    page = window.page("settings")
    settle(app, ctx)
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the middle: passwords, subscription feeds
    settle(app, ctx, least=0.2)
    window.grab().save(str(OUT / "settings_middle.png"))
    bar.setValue(bar.maximum())
    settle(app, ctx, least=0.2)
    window.grab().save(str(OUT / "settings_scrolled.png"))
    print(OUT / "settings_scrolled.png", f"scrolled {bar.value()} of {bar.maximum()} px")


if __name__ == "__main__":
    main(sys.argv[1:])
