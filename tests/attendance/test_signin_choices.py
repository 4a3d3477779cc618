"""签到's meeting choices count their 应到 from seats grouped in SQL (issue 18): on random meetings, the choices
are the meetings that can hold a sign-in, each with the invitees rules.is_expected counts among its entity's."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from huiwu.db import Database
from huiwu.models import (
    MEETING_STATUS_LABELS,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Unit,
)
from huiwu.rules.attendance import is_expected
from huiwu.services import attendance

NOW = dt.datetime(2026, 11, 23, 2, tzinfo=dt.UTC)

chosen = st.lists(st.tuples(st.integers(-20 * 24, 20 * 24), st.sampled_from(list(MeetingStatus)), st.booleans(),
                            st.lists(st.sampled_from(list(ParticipantRole)), max_size=5)), max_size=6)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(meetings=chosen)
def test_choices_count_the_expected_invitees(database: Database, meetings: list[tuple[Any, ...]]) -> None:
    with database.uow() as uow:
        s = uow.session
        for model in (Participant, Meeting, Person, Unit):
            s.execute(delete(model))
        unit = Unit(name="县政府办")
        people = [Person(name=f"人员{i}", unit=unit) for i in range(5)]
        for hours, status, deleted, roles in meetings:
            start = NOW + dt.timedelta(hours=hours)
            s.add(Meeting(title=f"会议{hours}", status=status, starts_at=start, ends_at=start + dt.timedelta(hours=2),
                          deleted_at=start if deleted else None,
                          participants=[Participant(person=p, role=r) for p, r in zip(people, roles, strict=False)]))
        uow.commit()
    with database.uow() as uow:
        expected = [
            attendance.MeetingChoice(m.id, m.title, m.starts_at, MEETING_STATUS_LABELS[MeetingStatus(m.status)],
                                     sum(is_expected(p.role) for p in m.participants))
            for m in uow.session.scalars(select(Meeting).order_by(Meeting.starts_at, Meeting.id))
            if m.deleted_at is None and m.status not in (MeetingStatus.CANCELLED, MeetingStatus.DRAFT)
            and abs(m.starts_at - NOW) <= dt.timedelta(days=14)]
        assert attendance.signin_meetings(uow, NOW) == expected
