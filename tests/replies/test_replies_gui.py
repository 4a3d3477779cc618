"""The editor's 回执 tab, offscreen over the demo office: type a name's pinyin, choose, 不参会 with a reason,
Enter — the ledger says so and a leave request waits for its approver; a unit named for a reply answers with
its attendee, who joins the participants."""

from __future__ import annotations

from sqlalchemy import select

from huiwu.models import LeaveRequest, LeaveState, Participant
from tests.conftest import wait_idle


def _editor(qtbot, gui_ctx):  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W49") if m.status not in ("cancelled", "finished"))
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.resize(1200, 650)
    editor.show()
    wait_idle(qtbot, gui_ctx)
    editor.tabs.setCurrentWidget(editor.replies_tab)
    return editor, detail


def test_a_phone_reply_typed_by_pinyin_files_leave(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    editor, detail = _editor(qtbot, gui_ctx)
    tab = editor.replies_tab
    assert tab.model.rowCount() == len([p for p in detail.participants if p.role != "staff"])
    first = tab.model.row_at(1)
    person = editor.refs.person(first.person_id)
    assert person is not None
    tab.who.setFocus()
    qtbot.keyClicks(tab.who, person.pinyin_initials)  # 拼音首字母, as a clerk types on the phone
    qtbot.waitUntil(lambda: tab.who._completer.popup().isVisible(), timeout=3000)
    tab.who._picked(tab.who.label(next(p for p in tab.who._shown if p.id == first.person_id)))
    assert tab.selected is not None and tab.selected.person_id == first.person_id
    tab.answer.setCurrentIndex(tab.answer.findData("absent"))
    assert tab.reason.isEnabled()
    tab.reason.setText("到市里开会")
    qtbot.keyClick(tab.reason, "\r")
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    row = next(r for r in tab.model.rows() if r.person_id == first.person_id)
    assert row.text == "不参会（到市里开会）" and row.leave_state_label == "待审批"
    assert "不参会 1" in tab.summary.text() and tab.who.text() == ""
    with gui_ctx.db.uow() as uow:
        lr = uow.session.get(LeaveRequest, row.leave_request_id)
        assert lr is not None and lr.state == LeaveState.PENDING and lr.meeting_id == detail.id


def test_a_unit_names_its_attendee_from_the_tab(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    editor, detail = _editor(qtbot, gui_ctx)
    tab = editor.replies_tab
    invited = {p.person_id for p in detail.participants}
    unit = next(u for u in editor.refs.units if u.name == "县统计局")
    tab.unit_pick.setCurrentIndex(tab.unit_pick.findData(unit.id))
    tab.add_unit()
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    unit_row = tab.model.row_at(tab.model.rowCount() - 1)
    assert unit_row.unit_id == unit.id and unit_row.state_text == "未回复"
    tab._take(unit_row)
    assert tab.selected == unit_row and tab.substitute.isEnabled()
    attendee = next(p for p in editor.refs.people if p.unit_id == unit.id and p.id not in invited)
    tab.substitute.select_id(attendee.id)
    tab.record()
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    assert tab.model.row_at(tab.model.rowCount() - 1).text == f"参会：{attendee.name}"
    with gui_ctx.db.uow() as uow:
        assert uow.session.scalar(select(Participant.id).where(
            Participant.meeting_id == detail.id, Participant.person_id == attendee.id)) is not None


def test_the_tab_imports_a_returned_sheet_or_lists_its_problems(qtbot, gui_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    from huiwu.services import replies

    editor, detail = _editor(qtbot, gui_ctx)
    tab = editor.replies_tab
    with gui_ctx.db.uow() as uow:
        sheet = replies.export_reply_sheet(uow, detail.id, tmp_path / "回执.xlsx")
    book = load_workbook(sheet)
    book.active.cell(2, 5, "参会")
    book.active.cell(3, 5, "不去")
    book.save(sheet)
    tab.import_sheet(sheet)
    qtbot.waitUntil(lambda: tab.error_box is not None and tab.error_box.isVisible(), timeout=5000)
    assert "第 3 行“是否参会”列：“不去”看不懂" in tab.error_box.text()
    tab.error_box.accept()
    book.active.cell(3, 5, "参会")
    book.save(sheet)
    tab.import_sheet(sheet)
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    assert [r.text for r in tab.model.rows()[:2]] == ["参会", "参会"]
