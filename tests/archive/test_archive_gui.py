"""归档 from the meeting editor, offscreen over the demo office: the dialog names what blocks filing, a reason
typed for each unfinished 议定事项 unblocks it, 归档 builds and freezes the volume with its progress, and the
editor's status line says 已归档."""

from __future__ import annotations

from sqlalchemy import select

from huiwu.models import ActionState, MeetingArchive, MeetingStatus
from tests.conftest import wait_idle


def _editor(qtbot, gui_ctx):  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W45")
                   if m.status == MeetingStatus.FINISHED and not m.archived)
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.resize(1200, 650)
    editor.show()
    wait_idle(qtbot, gui_ctx)
    return editor, detail


def test_file_a_meeting_from_the_editor(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    editor, detail = _editor(qtbot, gui_ctx)
    assert editor.archive_button.isEnabled()
    editor.archive_button.click()
    wait_idle(qtbot, gui_ctx)
    dialog = editor._archive_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.headline.text().endswith("未归档")
    assert not dialog.file_button.isEnabled() and "尚未销号" in dialog.blockers.text()
    open_rows = [i for i, r in enumerate(dialog.model.rows()) if r.state != ActionState.CLOSED]
    assert open_rows
    for i in open_rows:
        dialog.table.selectRow(i)
        assert dialog.note.isEnabled()
        dialog.note.setText("长期事项，按季度报送进展")
        dialog.note.returnPressed.emit()
        wait_idle(qtbot, gui_ctx)
    assert not dialog.blockers.isVisible() and dialog.file_button.isEnabled()
    dialog.file_button.click()
    wait_idle(qtbot, gui_ctx, timeout=30000)
    qtbot.waitUntil(lambda: dialog.state.archived, timeout=10000)
    assert "已归档" in dialog.headline.text() and not dialog.file_button.isEnabled()
    assert "已归档" in editor.status_label.text()
    with gui_ctx.db.uow() as uow:
        stored = uow.session.scalars(select(MeetingArchive).where(MeetingArchive.meeting_id == detail.id)).one()
        assert stored.pages == dialog.state.pages and stored.pdf.startswith(b"%PDF")
    dialog.accept()


def test_the_button_waits_for_the_meeting_to_be_held(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W51") if m.status == MeetingStatus.SCHEDULED)
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    wait_idle(qtbot, gui_ctx)
    assert not editor.archive_button.isEnabled()


def test_the_demo_archived_meeting_says_so(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow) if m.archived)
        assert row.status_text.endswith("已归档")
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    wait_idle(qtbot, gui_ctx)
    assert "已归档" in editor.status_label.text() and "共" in editor.status_label.toolTip()
