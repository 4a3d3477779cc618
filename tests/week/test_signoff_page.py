"""The 定稿 button on the 周安排 page (issue 16 item 2), offscreen over the demo office: it opens the sign-off
dialog with the 县长 preselected, signing finalises the week with that signer; after a 变更 the button
re-issues the week as 第2版 signed by a delegate."""

from __future__ import annotations

from dataclasses import replace

from huiwu.models import Person
from huiwu.services import meetings, week
from huiwu.services.leave import county_head_id
from tests.conftest import wait_idle


def test_finalise_opens_signoff_dialog_and_reissues(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.pages import week as page_module
    from ui.week.dialogs import SignOffDialog

    with gui_ctx.db.uow() as uow:
        head = county_head_id(uow)
        head_name = uow.session.get(Person, head).name
    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    page.open_target((2026, 48))
    wait_idle(qtbot, gui_ctx)
    assert page.finalize_button.isEnabled() and page.finalize_button.text() == "定稿"

    page.finalize_button.click()
    qtbot.waitUntil(lambda: page.signoff_dialog is not None and page.signoff_dialog.isVisible(), timeout=5000)
    dialog = page.signoff_dialog
    assert isinstance(dialog, SignOffDialog) and dialog.windowTitle() == "定稿"
    assert dialog.signer_id() == head and dialog.signer.currentText().startswith(head_name)
    assert dialog.signer.count() >= 2  # every leader can sign on delegation
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    assert page.view is not None and (page.view.edition, page.view.signer_id) == (1, head)
    assert f"签发：{head_name}" in page.title.text() and "已定稿" in page.title.text()
    assert not page.finalize_button.isEnabled()  # nothing to re-issue yet

    with gui_ctx.db.uow() as uow:  # one change after 定稿
        item = next(i for i in page.view.items if i.source == "meeting" and not i.cancelled)
        d = meetings.get_meeting(uow, item.meeting_id)
        meetings.update_meeting(uow, d.id, d.version, replace(d.as_input(), title=d.title + "（调整）"))
    page.reload()
    wait_idle(qtbot, gui_ctx)
    assert page.finalize_button.isEnabled() and page.finalize_button.text() == "重新签发"
    changes = [page.changes_list.item(i).text() for i in range(page.changes_list.count())]
    assert any("名称改为" in t for t in changes), changes

    # the 变更 gets its reason: double-click it, answer the (non-blocking) dialog
    page._change_activated(page.changes_list.item(0))
    reason = page.reason_dialog
    assert reason is not None and reason.isVisible() and reason.windowTitle() == "变更原因"
    reason.setTextValue("按县长要求调整")
    reason.accept()
    wait_idle(qtbot, gui_ctx)
    assert "（原因：按县长要求调整）" in page.changes_list.item(0).text()

    page.finalize_button.click()
    qtbot.waitUntil(lambda: page.signoff_dialog is not dialog and page.signoff_dialog is not None
                    and page.signoff_dialog.isVisible(), timeout=5000)
    again = page.signoff_dialog
    deputy = again.signer.itemData(1)
    again.signer.setCurrentIndex(1)
    again.buttons.button(again.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    assert (page.view.edition, page.view.signer_id, page.view.amendments) == (2, deputy, ())
    assert "第2版" in page.title.text()
    with gui_ctx.db.uow() as uow:
        assert week.week_doc(uow, 2026, 48).title == "一周会议安排（第2版）"


def test_the_editor_asks_why_once_the_week_is_final(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    """A save that changes a 定稿 week asks for the 变更原因 (non-blocking); the reason is what prints."""
    from huiwu.models import WeekAmendment
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        week.finalize_week(uow, 2026, 48)
        refs = load_refs(uow)
        row = next(m for m in meetings.list_meetings(uow, week="2026-W48") if m.status != "cancelled")
        detail = meetings.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.title.setText(detail.title + "（调整）")
    editor.save()
    wait_idle(qtbot, gui_ctx)
    dialog = editor.reason_dialog
    assert dialog is not None and dialog.isVisible() and "名称改为" in dialog.labelText()
    dialog.setTextValue("县长临时出差")
    dialog.accept()
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        reasons = [a.reason for a in uow.session.query(WeekAmendment).filter_by(meeting_id=detail.id)]
        assert reasons == ["县长临时出差"]
        assert week.unexplained_amendments(uow, detail.id) == []
        assert "（原因：县长临时出差）" in week.week_view(uow, 2026, 48).amendments[0].text
    editor.notes.setPlainText("改了备注")  # not a 变更 of the week: nothing is asked
    editor.reason_dialog = None
    editor.save()
    wait_idle(qtbot, gui_ctx)
    assert editor.reason_dialog is None
