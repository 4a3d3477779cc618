"""The statistics read their seats in four plain statements (issue 18): the same records as the one wide
statement they replaced, on random meetings; the same when a meeting or a request appears between the
statements; and the tally counted in integers is the tally added outcome by outcome.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import aliased

from huiwu.db import Database, UnitOfWork
from huiwu.models import Attendance, LeaveRequest, Meeting, Participant, ParticipantRole, Person, Unit
from huiwu.rules import attendance as rules
from huiwu.rules.leave import LeaveFact, covers, substitute_allowed
from huiwu.services import leave, stats
from tests.attendance.conftest import Office, seed_office
from tests.attendance.test_truths import PLANS, Plan, _make

EXAMPLES = int(os.environ.get("HUIWU_EXAMPLES", "15"))


@pytest.fixture
def office(database: Database) -> Office:
    return seed_office(database, [])


def _one_statement(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, unit_id: int | None) -> list[tuple[Any, ...]]:
    """The records as the statistics read them before: one statement with every column, the same rules."""
    substitute, leave_substitute = aliased(Person), aliased(Person)
    query = (
        select(
            Participant.id, Participant.role, Participant.attendance, Participant.signed_in_at, Participant.left_at,
            Participant.substitute_person_id, Participant.substitute_name, substitute.name,
            Meeting.id, Meeting.title, Meeting.starts_at, Meeting.ends_at,
            Person.id, Person.name, Person.title, Person.sort_order, Unit.id, Unit.name, Unit.sort_order,
            LeaveRequest.id, LeaveRequest.state, LeaveRequest.meeting_id, LeaveRequest.starts_at,
            LeaveRequest.ends_at, LeaveRequest.returned_at, LeaveRequest.substitute_person_id,
            LeaveRequest.substitute_name, leave_substitute.name,
        )
        .join(Meeting, Participant.meeting_id == Meeting.id)
        .join(Person, Participant.person_id == Person.id)
        .join(Unit, Person.unit_id == Unit.id)
        .outerjoin(substitute, Participant.substitute_person_id == substitute.id)
        .outerjoin(LeaveRequest, Participant.leave_request_id == LeaveRequest.id)
        .outerjoin(leave_substitute, LeaveRequest.substitute_person_id == leave_substitute.id)
        .where(Meeting.starts_at >= lo, Meeting.starts_at < hi, Meeting.deleted_at.is_(None),
               Meeting.status.in_(list(stats.COUNTED_STATUSES)))
    )
    if unit_id is not None:
        query = query.where(Person.unit_id == unit_id)
    early = uow.settings.early_minutes
    records = []
    for (pid, role, state, signed, left, sub_id, sub_typed, sub_person, mid, title, start, end, person_id, name,
         ptitle, psort, uid, uname, usort, leave_id, lstate, lmeeting, lstart, lend, lreturned, lsub_id, lsub_typed,
         lsub_person) in uow.session.execute(query):
        sub_name = sub_person or sub_typed
        fact = None if leave_id is None else LeaveFact(
            leave_id, person_id, lstate, lmeeting, lstart, lend, lreturned, lsub_id, lsub_person or lsub_typed)
        if fact is not None and not covers(fact, mid, start, end):
            fact = None
        seat = rules.Seat(role, state, signed, left, sub_name, substitute_allowed(fact, sub_id, sub_name))
        records.append((pid, mid, title, start, end, person_id, name, ptitle, psort, uid, uname, usort, role,
                        sub_name if seat.state == Attendance.SUBSTITUTE else "", rules.outcome(seat, start, end, early)))
    return sorted(records, key=lambda r: r[0])


def _read(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, unit_id: int | None) -> list[tuple[Any, ...]]:
    return sorted((tuple(r) for r in stats._records(uow, lo, hi, unit_id)), key=lambda r: r[0])


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(meetings=st.lists(st.tuples(st.lists(PLANS, min_size=1, max_size=8), st.booleans()), min_size=1, max_size=3),
       period_leave=st.booleans())
def test_the_records_are_those_of_the_one_statement(
    database: Database, office: Office, meetings: list[tuple[list[Plan], bool]], period_leave: bool
) -> None:
    made = [_make(database, office, plans, close) for plans, close in meetings]
    first, last = min(m.day for m in made), max(m.day for m in made)
    if period_leave:  # a 请销假 over the days, for someone who may also be invited
        tz = database.settings.tz()
        with database.uow() as uow:
            leave.create_leave(uow, leave.LeaveInput(
                next(iter(office.people.values())), "学习", starts_at=dt.datetime.combine(first, dt.time(8), tz),
                ends_at=dt.datetime.combine(last, dt.time(18), tz)), approve=True)
    with database.uow() as uow:
        lo, hi = stats.period_bounds(uow, first, last)
        units = [None, *uow.session.scalars(select(Unit.id).order_by(Unit.id))]
        for unit_id in units:
            assert _read(uow, lo, hi, unit_id) == _one_statement(uow, lo, hi, unit_id)


def test_facts_that_appear_between_the_statements_are_read_too(
    database: Database, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A meeting that finishes, a person, a request linked after the facts were read: still counted, as one
    statement would have counted them."""
    plans: list[Plan] = [("come", 60), ("leave", 0), ("named_substitute", -30), ("never", 0)]
    made = _make(database, office, plans, True)
    with database.uow() as uow:
        lo, hi = stats.period_bounds(uow, made.day, made.day)
        expected = _one_statement(uow, lo, hi, None)
    assert any(r[0] for r in expected)
    for name in ("_meeting_facts", "_person_facts", "leave_facts"):  # the request facts: the leave service's reader
        real = getattr(stats, name)
        calls: list[int] = []

        def first_sees_nothing(uow: UnitOfWork, where: Any, real: Any = real, calls: list[int] = calls) -> Any:
            calls.append(1)
            return {} if len(calls) == 1 else real(uow, where)

        with monkeypatch.context() as m:
            m.setattr(stats, name, first_sees_nothing)
            with database.uow() as uow:
                assert _read(uow, lo, hi, None) == expected, name
        assert len(calls) == 2, name


moments = st.one_of(st.none(), st.integers(-60 * 60, 60 * 60).map(
    lambda s: dt.datetime(2026, 11, 2, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=s)))
seats = st.builds(rules.Seat, st.sampled_from(list(ParticipantRole)), st.sampled_from(list(Attendance)), moments,
                  moments, st.sampled_from(["", "王五"]), st.booleans())


@given(st.lists(seats, max_size=40))
def test_tally_is_the_outcomes_added_one_by_one(chosen: list[rules.Seat]) -> None:
    start = dt.datetime(2026, 11, 2, 1, tzinfo=dt.UTC)
    outcomes = [rules.outcome(s, start, start + dt.timedelta(minutes=90)) for s in chosen]
    one_by_one = rules.Tally()
    for o in outcomes:
        one_by_one = one_by_one.add(o)
    assert rules.tally(outcomes) == one_by_one
