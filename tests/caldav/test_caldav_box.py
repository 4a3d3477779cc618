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
