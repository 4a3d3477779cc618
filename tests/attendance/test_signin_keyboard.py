"""Keyboard-safe sign-in: typing a person on approved leave and pressing Enter twice never removes the leave."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from huiwu.models import Attendance, Participant
from huiwu.services import leave as leave_svc
from tests.attendance.test_signin_gui import make_meeting
from tests.conftest import wait_idle


def _page_with_one_on_leave(qtbot, gui_ctx, demo_db):  # type: ignore[no-untyped-def]
    from ui.pages.signin import SigninPage

    meeting_id, people = make_meeting(demo_db, 12)
    on_leave = people[3]
    with demo_db.uow() as uow:
        leave_svc.create_leave(uow, leave_svc.LeaveInput(person_id=on_leave.id, reason="赴市里开会",
                                                         meeting_id=meeting_id), approve=True)
        uow.commit()
    page = SigninPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.open_target(meeting_id)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.id == meeting_id)
    row = next(r for r in page.index.rows if r.person_id == on_leave.id)
    assert row.state == Attendance.LEAVE
    return page, meeting_id, row


def _answer_with(key: Qt.Key, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, press)
            return
        assert isinstance(box, QMessageBox)
        seen.append(box.defaultButton().text())
        focus = QApplication.focusWidget() or box
        from PySide6.QtTest import QTest

        QTest.keyClick(focus, key)

    QTimer.singleShot(20, press)


def _state(demo_db, meeting_id: int, person_id: int) -> str:  # type: ignore[no-untyped-def]
    with demo_db.uow() as uow:
        return uow.session.query(Participant).filter_by(meeting_id=meeting_id, person_id=person_id).one().attendance


def test_enter_on_the_leave_question_keeps_the_leave(qtbot, gui_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    page, meeting_id, row = _page_with_one_on_leave(qtbot, gui_ctx, demo_db)
    seen: list[str] = []
    qtbot.keyClicks(page.input, str(row.seq))
    _answer_with(Qt.Key.Key_Return, seen)  # the clerk, typing fast, presses Enter again
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    wait_idle(qtbot, gui_ctx)
    assert seen == ["保持请假"]
    assert _state(demo_db, meeting_id, row.person_id) == Attendance.LEAVE
    assert page.counters.leave == 1 and page.counters.present == 0
    assert "仍为请假" in page.feedback.text()
    assert page.focusWidget() is page.input and page.input.text() == ""  # ready for the next name


def test_escape_keeps_the_leave_too(qtbot, gui_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    page, meeting_id, row = _page_with_one_on_leave(qtbot, gui_ctx, demo_db)
    qtbot.keyClicks(page.input, str(row.seq))
    _answer_with(Qt.Key.Key_Escape, [])
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    wait_idle(qtbot, gui_ctx)
    assert _state(demo_db, meeting_id, row.person_id) == Attendance.LEAVE


def test_only_the_explicit_button_signs_the_person_in(qtbot, gui_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    page, meeting_id, row = _page_with_one_on_leave(qtbot, gui_ctx, demo_db)
    box, buttons = page.leave_question(row)
    qtbot.addWidget(box)
    assert box.defaultButton() is buttons["keep"] and box.escapeButton() is buttons["keep"]
    assert not buttons["came"].autoDefault() and not buttons["substitute"].autoDefault()

    def click_came() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, click_came)
            return
        next(b for b in modal.findChildren(type(buttons["came"])) if b.text() == "本人到会").click()

    QTimer.singleShot(20, click_came)
    page.sign_in_position(page.index.position[row.participant_id])
    wait_idle(qtbot, gui_ctx)
    assert _state(demo_db, meeting_id, row.person_id) == Attendance.PRESENT
