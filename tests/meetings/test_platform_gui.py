"""主席台人员 dialog: ticked as the chart would print, the clerk's ticks saved, back to default (offscreen, zh_CN)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import wait_idle


def test_the_clerk_ticks_who_sits_on_the_rostrum(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from huiwu.models import Meeting
    from huiwu.services import meetings as svc
    from huiwu.services import platform as platform_svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.platform_dialog import PlatformDialog
    from ui.meetings.refs import load_refs

    ctx = gui_ctx
    with ctx.db.uow() as uow:
        refs = load_refs(uow)
        meeting = next(m for m in uow.session.scalars(select(Meeting).order_by(Meeting.id))
                       if len(m.participants) > 40)
        detail = svc.get_meeting(uow, meeting.id)
    editor = MeetingEditor(ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.choose_platform()
    qtbot.waitUntil(lambda: isinstance(getattr(editor, "_platform_dialog", None), PlatformDialog), timeout=10000)
    dialog: PlatformDialog = editor._platform_dialog
    assert dialog.windowTitle() == "主席台人员" and "本会议室主席台 9 席" in dialog.summary.text()
    ticked = dialog.ticked()
    assert 1 <= len(ticked) <= 9 and not dialog.default.isEnabled()
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    free = [it for it in items if it.checkState() == Qt.CheckState.Unchecked and it.flags() & Qt.ItemFlag.ItemIsEnabled]
    for it in free[:2]:
        it.setCheckState(Qt.CheckState.Checked)
    assert dialog.counter.text() == f"主席台 {len(ticked) + 2} 人"
    dialog.grab().save("/tmp/shots/platform_dialog.png")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with ctx.db.uow() as uow:
        choice = platform_svc.platform_choice(uow, detail.id)
    assert choice.chosen and len([r for r in choice.rows if r.on_platform]) == len(ticked) + 2
    editor.choose_platform()
    qtbot.waitUntil(lambda: editor._platform_dialog is not dialog, timeout=10000)
    again: PlatformDialog = editor._platform_dialog
    assert again.default.isEnabled() and "已由您选定" in again.summary.text()
    again.default.click()
    wait_idle(qtbot, ctx)
    with ctx.db.uow() as uow:
        assert not platform_svc.platform_choice(uow, detail.id).chosen
