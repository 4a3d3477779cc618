"""周安排's import of a file with unreadable events: the dialog lists them, 导入其余 N 个日程 or 取消."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from huiwu.models import ImportedCalendar, ImportedEvent
from tests.conftest import wait_idle

GOOD = ("BEGIN:VEVENT\r\nUID:g{n}\r\nDTSTART;TZID=Asia/Shanghai:2027030{n}T100000\r\n"
        "DTEND;TZID=Asia/Shanghai:2027030{n}T110000\r\nSUMMARY:省里视频会{n}\r\nEND:VEVENT\r\n")
BAD = "BEGIN:VEVENT\r\nUID:b1\r\nSUMMARY:坏日程\r\nDTSTART:20270332T100000\r\nEND:VEVENT\r\n"


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "leader.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + GOOD.format(n=1) + BAD + GOOD.format(n=2)
                    + "END:VCALENDAR\r\n", encoding="utf-8")
    return path  # the bad DTSTART is on line 13


def _dialog(qtbot):  # type: ignore[no-untyped-def]
    from ui.week.dialogs import BadEventsDialog

    found: list[BadEventsDialog] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, BadEventsDialog) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10000)
    return found[0]


def _events(gui_ctx, name: str) -> list[str] | None:  # type: ignore[no-untyped-def]
    with gui_ctx.db.uow() as uow:
        cal = uow.session.scalar(select(ImportedCalendar).where(ImportedCalendar.name == name))
        if cal is None:
            return None
        return sorted(uow.session.scalars(select(ImportedEvent.summary).where(ImportedEvent.calendar_id == cal.id)))


def test_bad_events_listed_and_the_rest_imported_on_request(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.pages import week as page_module

    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    page.import_file(_file(tmp_path), "领导日历")
    dialog = _dialog(qtbot)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert rows == ["第 13 行 DTSTART 的日期“20270332T100000”无效（没有这一天或这一时刻）（日程“坏日程”）。"]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "导入其余 2 个日程"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert _events(gui_ctx, "领导日历") is None  # nothing written while the clerk decides
    if os.environ.get("HUIWU_SHOT"):
        dialog.grab().save(os.environ["HUIWU_SHOT"])
    ok.click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: _events(gui_ctx, "领导日历") is not None, timeout=10000)
    assert _events(gui_ctx, "领导日历") == ["省里视频会1", "省里视频会2"]
    qtbot.waitUntil(lambda: any("跳过无法读取的日程 1 个" in m for m in messages), timeout=5000)


def test_cancel_imports_nothing(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.pages import week as page_module

    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    page.import_file(_file(tmp_path), "领导日历")
    _dialog(qtbot).reject()
    wait_idle(qtbot, gui_ctx)
    assert _events(gui_ctx, "领导日历") is None
    assert any("未作任何更改" in m for m in messages), messages
