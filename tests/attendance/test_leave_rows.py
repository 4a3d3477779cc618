"""The 请假 list reads plain columns in one statement (issue 18): on random requests, every row of every filter
is the request as its entity says (read here through the ORM, independently of the statement; get_leave gives the
same), newest first, and each filter keeps the requests it names.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select

from huiwu.db import Database
from huiwu.models import LEAVE_STATE_LABELS, LeaveRequest, LeaveState, Meeting, Participant, Person, Unit
from huiwu.services import leave

BASE = dt.datetime(2026, 11, 2, 1, tzinfo=dt.UTC)

requests = st.lists(st.tuples(
    st.integers(0, 2),  # person
    st.one_of(st.none(), st.integers(0, 1)),  # for a meeting, else for a period
    st.integers(-5, 5),  # the period's first day from BASE
    st.one_of(st.none(), st.integers(0, 2)),  # 代会 person from the directory
    st.sampled_from(["", "李代会"]),  # typed 代会
    st.one_of(st.none(), st.integers(0, 2)),  # approver
    st.sampled_from(list(LeaveState)),
    st.integers(0, 3),  # seats it marks
    st.integers(0, 4),  # created, days after BASE (ties included)
), max_size=10)


def _build(database: Database, chosen: list[tuple[Any, ...]]) -> None:
    with database.uow() as uow:
        s = uow.session
        for model in (Participant, LeaveRequest, Meeting, Person, Unit):
            s.execute(delete(model))
        units = [Unit(name=f"单位{i}", sort_order=i) for i in range(2)]
        people = [Person(name=f"人员{i}", unit=units[i % 2], title=f"职务{i}") for i in range(3)]
        meetings = [Meeting(title=f"会议{i}", starts_at=BASE + dt.timedelta(days=3 * i),
                            ends_at=BASE + dt.timedelta(days=3 * i, hours=2)) for i in range(2)]
        s.add_all([*units, *people, *meetings])
        s.flush()
        for n, (person, meeting, first, sub, typed, approver, state, marks, created) in enumerate(chosen):
            request = LeaveRequest(
                person=people[person], meeting=None if meeting is None else meetings[meeting],
                starts_at=None if meeting is not None else BASE + dt.timedelta(days=first),
                ends_at=None if meeting is not None else BASE + dt.timedelta(days=first + 2),
                substitute=None if sub is None else people[sub], substitute_name=typed, substitute_title="科长",
                approver=None if approver is None else people[approver], state=state, reason="出差",
                returned_at=BASE if state == LeaveState.RETURNED else None)
            s.add(request)
            s.flush()
            request.created_at = BASE + dt.timedelta(days=created)
            for k in range(marks):  # seats of people of their own (one seat per person and meeting)
                s.add(Participant(meeting=meetings[k % 2], person=Person(name=f"座{n}-{k}", unit=units[0]),
                                  leave_request_id=request.id))
        uow.commit()


def _as_its_entity_says(uow: Any, leave_id: int) -> leave.LeaveRow:
    """The row the list should show, from the request's entity and its relationships (the oracle)."""
    lv = uow.session.get(LeaveRequest, leave_id)
    person, meeting, sub, approver = lv.person, lv.meeting, lv.substitute, lv.approver
    marked = uow.session.scalar(select(func.count()).where(Participant.leave_request_id == leave_id))
    return leave.LeaveRow(
        id=lv.id, person_id=lv.person_id, person_name=person.name, unit_name=person.unit.name, title=person.title,
        meeting_id=lv.meeting_id, meeting_title=meeting.title if meeting else "",
        starts_at=meeting.starts_at if meeting else lv.starts_at, ends_at=meeting.ends_at if meeting else lv.ends_at,
        reason=lv.reason, substitute_person_id=lv.substitute_person_id,
        substitute_name=sub.name if sub else lv.substitute_name,
        substitute_title=sub.title if sub else lv.substitute_title,
        approver_id=lv.approver_id, approver_name=approver.name if approver else "", state=lv.state,
        state_label=LEAVE_STATE_LABELS[LeaveState(lv.state)], channel=lv.channel, retroactive=lv.retroactive,
        decided_at=lv.decided_at, decision_note=lv.decision_note, returned_at=lv.returned_at,
        created_at=lv.created_at, marked_meetings=marked, version=lv.version)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=requests)
def test_every_filter_lists_the_requests_as_they_open(database: Database, chosen: list[tuple[Any, ...]]) -> None:
    _build(database, chosen)
    lo, hi = BASE + dt.timedelta(days=1), BASE + dt.timedelta(days=4)
    with database.uow() as uow:
        every = leave.list_leave(uow)
        assert every == [_as_its_entity_says(uow, r.id) for r in every]
        assert every == [leave.get_leave(uow, r.id) for r in every]
        assert [(r.created_at, r.id) for r in every] == sorted(((r.created_at, r.id) for r in every), reverse=True)
        assert len(every) == len(chosen)
        assert sum(r.marked_meetings for r in every) == sum(c[7] for c in chosen)
        person = every[0].person_id if every else 0
        for args, keep in (
            (("approved",), lambda r: r.state == "approved"),
            ((None, lo), lambda r: r.ends_at is not None and r.ends_at > lo),
            ((None, None, hi), lambda r: r.starts_at is not None and r.starts_at < hi),
            (("pending", lo, hi), lambda r: r.state == "pending" and r.ends_at > lo and r.starts_at < hi),
            ((None, None, None, person), lambda r: r.person_id == person),
        ):
            assert leave.list_leave(uow, *args) == [r for r in every if keep(r)], args
