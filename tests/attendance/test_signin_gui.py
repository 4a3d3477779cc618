"""pytest-qt: sign three people in by pinyin, one by number, undo one, and read the counters."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from PySide6.QtCore import Qt

from huiwu.models import Meeting, MeetingStatus, Participant, ParticipantRole, Person
from tests.conftest import wait_idle


def make_meeting(db, size: int = 40) -> tuple[int, list[Person]]:  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        people = uow.session.query(Person).order_by(Person.id).limit(size).all()
        start = db.clock.now() - dt.timedelta(minutes=2)
        m = Meeting(title="测试签到会", starts_at=start, ends_at=start + dt.timedelta(hours=2),
                    status=MeetingStatus.NOTIFIED)
        for p in people:
            m.participants.append(Participant(person_id=p.id, role=ParticipantRole.ATTEND))
        uow.session.add(m)
        uow.commit()
        return m.id, people


def test_sign_in_by_pinyin_number_and_undo(qtbot, gui_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.signin import SigninPage

    meeting_id, _people = make_meeting(demo_db)
    page = SigninPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.open_target(meeting_id)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.id == meeting_id)
    rows = list(page.index.rows)
    assert len(rows) == 40 and page.counters.expected == 40
    initials = [r.pinyin_initials for r in rows]
    unique = [r for r in rows if initials.count(r.pinyin_initials) == 1 and r.name != r.pinyin_initials]
    picked = unique[:3]
    for row in picked:
        qtbot.keyClicks(page.input, row.pinyin_initials)
        qtbot.keyClick(page.input, Qt.Key.Key_Return)
        assert page.input.text() == ""
    by_number = next(r for r in rows if r.participant_id not in {p.participant_id for p in picked})
    qtbot.keyClicks(page.input, str(by_number.seq))
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.counters.present == 4  # shown at once, before the worker answers
    wait_idle(qtbot, gui_ctx)
    qtbot.keyClick(page.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, gui_ctx)
    c = page.counters
    assert (c.expected, c.present, c.missing, c.leave) == (40, 3, 37, 0)
    assert page.counter_labels["present"].text() == "3"
    assert page.counter_labels["missing"].text() == "37"
    assert by_number.participant_id in page.missing_items
    assert all(r.participant_id not in page.missing_items for r in picked)
    with demo_db.uow() as uow:
        signed = uow.session.query(Participant).filter(Participant.meeting_id == meeting_id,
                                                       Participant.signed_in_at.is_not(None)).count()
        status = uow.session.get(Meeting, meeting_id).status
    assert signed == 3 and status == MeetingStatus.IN_PROGRESS


def test_ambiguous_match_lists_candidates(qtbot, gui_ctx, demo_db) -> None:  # type: ignore[no-untyped-def]
    """A character several invitees share lists them all; one that only one name has signs that one in."""
    from ui.pages.signin import SigninPage

    meeting_id, _ = make_meeting(demo_db, 120)
    page = SigninPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    page.open_target(meeting_id)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.id == meeting_id)
    rows = list(page.index.rows)
    holders = Counter(ch for r in rows for ch in set(r.name))  # a query of one character matches inside names
    shared = next(r.name[0] for r in rows if 2 <= holders[r.name[0]] <= 30)
    page.input.setText(shared)  # QTest cannot type CJK characters
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.candidates.isVisible()
    listed = [page.candidates.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.candidates.count())]
    assert sorted(rows[pos].name for pos in listed) == sorted(r.name for r in rows if shared in r.name)
    assert page.counters.present == 0  # nobody is signed in before a choice is made
    qtbot.keyClick(page.input, Qt.Key.Key_Down)
    chosen = page.candidates.currentItem().data(Qt.ItemDataRole.UserRole)
    assert chosen == listed[1]
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert page.index.rows[chosen].signed and not page.candidates.isVisible()
    assert page.counters.present == 1

    unique = next(r for r in rows if not r.signed and any(holders[ch] == 1 for ch in r.name))
    page.input.setText(next(ch for ch in unique.name if holders[ch] == 1))
    qtbot.keyClick(page.input, Qt.Key.Key_Return)
    assert not page.candidates.isVisible()
    assert page.index.rows[rows.index(unique)].signed
    assert page.counters.present == 2
    wait_idle(qtbot, gui_ctx)
