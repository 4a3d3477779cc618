"""The 明白纸 page's lists read plain columns (issue 18): on random meetings and handouts, the rows are what
the entities gave — the meeting's 密级 label and mark through the printing service's own helpers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from huiwu.db import Database
from huiwu.models import Confidentiality, Handout, Meeting
from huiwu.services import handouts as svc
from huiwu.services.printing import meeting_label, meeting_mark

BASE = dt.datetime(2026, 11, 2, 1, tzinfo=dt.UTC)

chosen = st.lists(st.tuples(
    st.integers(-400, 400),  # hours from BASE
    st.sampled_from([*list(Confidentiality), "unknown"]),
    st.sampled_from(["", "1年", "6个月"]),
    st.booleans(),  # deleted
    st.lists(st.integers(0, 3), max_size=2),  # its handouts, updated this many days after BASE (ties included)
), max_size=8)


def _build(database: Database, meetings: list[tuple[Any, ...]]) -> None:
    with database.uow() as uow:
        s = uow.session
        for model in (Handout, Meeting):
            s.execute(delete(model))
        s.add(Handout(title="单独的明白纸"))
        for k, (hours, level, term, deleted, handouts) in enumerate(meetings):
            start = BASE + dt.timedelta(hours=hours)
            m = Meeting(title=f"会议{k % 3}", starts_at=start, ends_at=start + dt.timedelta(hours=2),
                        confidentiality=level, secrecy_term=term, deleted_at=start if deleted else None)
            s.add(m)
            for n, _ in enumerate(handouts):
                s.add(Handout(title=f"明白纸{k}-{n}", meeting=m))
        s.flush()
        for h, days in zip(s.scalars(select(Handout).order_by(Handout.id)).all()[1:],
                           [d for *_, handouts in meetings for d in handouts], strict=True):
            h.updated_at = BASE + dt.timedelta(days=days)
        uow.commit()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(meetings=chosen)
def test_lists_are_what_the_entities_give(database: Database, meetings: list[tuple[Any, ...]]) -> None:
    _build(database, meetings)
    tz = database.settings.tz()
    with database.uow() as uow:
        hs = uow.session.scalars(select(Handout).order_by(Handout.updated_at.desc(), Handout.id.desc())).all()
        assert svc.list_handouts(uow) == [
            svc.HandoutRow(h.id, h.title, h.meeting_id, h.meeting.title if h.meeting else "",
                           h.updated_at.astimezone(tz), h.version) for h in hs]
        ms = uow.session.scalars(select(Meeting).where(Meeting.deleted_at.is_(None))
                                 .order_by(Meeting.starts_at.desc(), Meeting.id.desc())).all()
        choices = svc.meeting_choices(uow)
        assert choices == [
            svc.MeetingChoice(m.id, f"{m.starts_at.astimezone(tz):%Y-%m-%d} {m.title}", meeting_label(m),
                              m.starts_at.astimezone(tz), meeting_mark(m), m.confidentiality, m.secrecy_term)
            for m in ms]
        assert [c.starts_at for c in choices] == [m.starts_at.astimezone(tz) for m in ms]  # not compared above
