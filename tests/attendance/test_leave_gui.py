"""pytest-qt: the 请假 page approves a request quickly, and the 统计 tab computes and charts."""

from __future__ import annotations

from PySide6.QtCore import QDate

from huiwu.models import Attendance, LeaveRequest, LeaveState, Meeting, MeetingStatus, Participant
from huiwu.services import leave as lv
from tests.conftest import wait_idle


def test_quick_approve_marks_the_meeting(qtbot, gui_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.leave import LeavePage

    with demo_db.uow() as uow:
        p = (uow.session.query(Participant).join(Meeting)
             .filter(Meeting.status == MeetingStatus.NOTIFIED, Participant.attendance == Attendance.PENDING)
             .order_by(Meeting.starts_at, Participant.id).first())
        assert p is not None
        pid, person_id, meeting_id = p.id, p.person_id, p.meeting_id
    with demo_db.uow() as uow:
        leave_id = lv.create_leave(uow, lv.LeaveInput(person_id, "到省里开会", meeting_id=meeting_id, channel="电话"))
    page = LeavePage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2027, 12, 31))
    wait_idle(qtbot, gui_ctx)
    page.state.setCurrentIndex(page.state.findData(LeaveState.PENDING.value))
    wait_idle(qtbot, gui_ctx)
    pending = [r.id for r in page.list.model.rows()]  # the demo's own 不参会 回执 waits as leave too
    assert leave_id in pending and str(len(pending)) in page.count.text()
    page.list.view.selectRow(pending.index(leave_id))
    page.approve()
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    with demo_db.uow() as uow:
        assert uow.session.get(LeaveRequest, leave_id).state == LeaveState.APPROVED
        marked = uow.session.get(Participant, pid)
        assert marked.attendance == Attendance.LEAVE and marked.leave_request_id == leave_id
    assert leave_id not in [r.id for r in page.list.model.rows()]  # the pending filter no longer shows it


def test_stats_tab_computes_and_charts(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.leave import LeavePage

    page = LeavePage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, gui_ctx)
    page.stats.date_from.setDate(QDate(2026, 10, 1))
    page.stats.date_to.setDate(QDate(2026, 11, 23))
    page.tabs.setCurrentWidget(page.stats)
    wait_idle(qtbot, gui_ctx)
    rows = page.stats.table.model.rows()
    assert rows and rows[-1].label == "合计" and rows[-1].expected > 0
    assert len(page.stats.chart.series()) == 1
    assert "出席率" in page.stats.summary.text()
    page.stats.group_by.setCurrentIndex(1)
    page.stats.reload()
    wait_idle(qtbot, gui_ctx)
    assert page.stats.table.model.rows()[0].unit_name
