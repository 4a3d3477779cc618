"""The CalDAV settings box: 立即同步 runs in the background against Radicale and shows the result."""

from __future__ import annotations

from huiwu.services import caldav_sync
from huiwu.services.caldav_sync import TargetEdit
from tests.caldav.conftest import MemoryKeyring
from tests.caldav.test_caldav_sync import _calendar, _server_events
from tests.conftest import wait_idle


def test_sync_now_from_the_settings_box(qtbot, gui_ctx, radicale_url: str, memory_keyring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_boxes import caldav

    cal = _calendar(radicale_url)
    with gui_ctx.db.uow() as uow:
        caldav_sync.save_target(uow, TargetEdit("办公室日历", radicale_url, "clerk", str(cal.url)), password="pw")
    box = caldav.create_box(gui_ctx)
    qtbot.addWidget(box)
    wait_idle(qtbot, gui_ctx)
    assert box.table.model.rowCount() == 1
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    box.table.view.selectRow(0)
    box.sync()
    assert not box.sync_button.isEnabled()
    wait_idle(qtbot, gui_ctx, timeout=60000)
    qtbot.waitUntil(lambda: box.sync_button.isEnabled(), timeout=5000)
    assert any(m.startswith("已与“办公室日历”同步") for m in messages), messages
    assert "新建" in box.progress_label.text()
    assert len(_server_events(cal)) > 0
    wait_idle(qtbot, gui_ctx)
    row = box.table.model.rows()[0]
    assert row.last_sync_at is not None and row.last_sync_result.startswith("新建")


def test_server_deletions_are_accepted_or_rejected_in_the_box(qtbot, gui_ctx, radicale_url: str,  # type: ignore[no-untyped-def]
                                                             memory_keyring: MemoryKeyring, monkeypatch) -> None:
    """Two meetings deleted on the leader's calendar: the sync lists them, 接受 cancels one in the office
    (after its question, answered here without a dialog), 拒绝 keeps the other to be written back."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from sqlalchemy import select

    from huiwu.models import Meeting, MeetingStatus, Person
    from tests.conftest import DEMO_DAY
    from tests.week.factory import add_meeting, at
    from ui.settings_boxes import caldav

    day = DEMO_DAY + dt.timedelta(days=2)
    cal = _calendar(radicale_url)
    with gui_ctx.db.uow() as uow:
        leader = uow.session.scalars(select(Person.id).order_by(Person.id)).first()  # one with few meetings
        first = add_meeting(uow, "防汛调度会", at(day, 6), at(day, 7), chair_id=leader)
        second = add_meeting(uow, "安全生产会", at(day, 20), at(day, 21), chair_id=leader)
        row = caldav_sync.save_target(uow, TargetEdit("县长日历", radicale_url, "clerk", str(cal.url), leader),
                                      password="pw")
    caldav_sync.sync_target(gui_ctx.db, row.id)
    with gui_ctx.db.uow() as uow:
        ours = {uow.session.get(Meeting, first).uid, uow.session.get(Meeting, second).uid}  # type: ignore[union-attr]
    for obj in cal.events():
        if str(obj.icalendar_component["UID"]) in ours:
            obj.delete()
    box = caldav.create_box(gui_ctx)
    qtbot.addWidget(box)
    wait_idle(qtbot, gui_ctx)
    assert not box.pending.isVisibleTo(box)
    box.table.view.selectRow(0)
    box.sync()
    wait_idle(qtbot, gui_ctx, timeout=60000)
    qtbot.waitUntil(lambda: box.sync_button.isEnabled(), timeout=5000)
    wait_idle(qtbot, gui_ctx)
    assert "在服务器上被删除，等待您确认" in box.result_view.toPlainText()
    assert "待您确认的服务器更改 2 项" in box.progress_label.text()
    assert box.pending.model.rowCount() == 2 and box.pending.isVisibleTo(box)
    box.pending.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert box.pending_heading.text() == "日历服务器上的更改，等待您确认：2 项"
    assert [r.title for r in box.pending.model.rows()] == ["防汛调度会", "安全生产会"]

    asked: list[str] = []
    monkeypatch.setattr(caldav, "confirm", lambda parent, title, text: asked.append(text) or True)
    box.pending.view.selectRow(0)
    box.accept_button.click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: box.pending.model.rowCount() == 1, timeout=5000)
    assert asked and "防汛调度会" in asked[0]
    box.pending.view.selectRow(0)
    box.reject_button.click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: box.pending.model.rowCount() == 0, timeout=5000)
    assert not box.pending.isVisibleTo(box)
    with gui_ctx.db.uow() as uow:
        assert uow.session.get(Meeting, first).status == MeetingStatus.CANCELLED  # type: ignore[union-attr]
        assert uow.session.get(Meeting, second).status != MeetingStatus.CANCELLED  # type: ignore[union-attr]
    box.grace_days.setValue(3)
    assert gui_ctx.settings.caldav_grace_days == 3
