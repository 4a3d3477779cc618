"""The 督办 list reads plain columns (issue 18): on random items, each row of every filter is the item as it
opens on its own (get_action, from the entity), and the filters keep exactly the items they name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from huiwu.db import Database
from huiwu.models import ActionFeedback, ActionItem, ActionState, Meeting, Person, Unit
from huiwu.services import actions

TODAY = dt.date(2026, 11, 23)

items = st.lists(st.tuples(
    st.integers(0, 2),  # meeting
    st.one_of(st.none(), st.integers(0, 1)),  # unit
    st.one_of(st.none(), st.integers(0, 1)),  # person
    st.one_of(st.none(), st.integers(-3, 3).map(lambda d: TODAY + dt.timedelta(days=d))),
    st.sampled_from(list(ActionState)),
    st.lists(st.integers(0, 2), max_size=3),  # feedback entries, days before today (ties included)
), max_size=12)


def _build(database: Database, chosen: list[tuple[Any, ...]]) -> None:
    start = dt.datetime(2026, 11, 2, 1, tzinfo=dt.UTC)
    with database.uow() as uow:
        s = uow.session
        for model in (ActionFeedback, ActionItem, Meeting, Person, Unit):
            s.execute(delete(model))
        units = [Unit(name=f"单位{i}", sort_order=i) for i in range(2)]
        people = [Person(name=f"人员{i}", unit=units[i]) for i in range(2)]
        meetings = [Meeting(title=f"会议{i}", starts_at=start + dt.timedelta(days=i, hours=15),
                            ends_at=start + dt.timedelta(days=i, hours=17),
                            deleted_at=start if i == 2 else None) for i in range(3)]
        s.add_all([*units, *people, *meetings])
        for k, (meeting, unit, person, deadline, state, feedback) in enumerate(chosen):
            s.add(ActionItem(
                meeting=meetings[meeting], text=f"事项{k}", responsible_unit=None if unit is None else units[unit],
                responsible_person=None if person is None else people[person], deadline=deadline, state=state,
                closed_at=start + dt.timedelta(days=20) if state == ActionState.CLOSED else None,
                feedback=[ActionFeedback(entry_date=TODAY - dt.timedelta(days=d), text=f"反馈{k}-{n}", author="督查室")
                          for n, d in enumerate(feedback)]))
        uow.commit()


def _opened(uow: Any, action_id: int) -> actions.ActionRow:
    """get_action's row, its feedback in entry order (equal dates: in the order they were entered)."""
    row = actions.get_action(uow, action_id)
    return dataclasses.replace(row, feedback=tuple(sorted(row.feedback, key=lambda f: (f.entry_date, f.id))))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=items)
def test_every_filter_lists_the_items_as_they_open(database: Database, chosen: list[tuple[Any, ...]]) -> None:
    _build(database, chosen)
    with database.uow() as uow:
        every = actions.action_rows(uow, today=TODAY)
        assert every == sorted((_opened(uow, r.id) for r in every), key=lambda r: (r.deadline or dt.date.max, r.id))
        assert {r.meeting_title for r in every} <= {"会议0", "会议1"}  # the deleted meeting's items are not listed
        live = uow.session.query(ActionItem).join(Meeting).where(Meeting.deleted_at.is_(None)).count()
        assert len(every) == live
        some = [r.id for r in every[::2]]
        for kwargs, keep in (
            ({"meeting_id": every[0].meeting_id if every else 1}, lambda r, kw: r.meeting_id == kw["meeting_id"]),
            ({"unit_id": 1}, lambda r, kw: r.unit_id == 1),
            ({"state": "open"}, lambda r, kw: r.state == "open"),
            ({"state": "overdue"}, lambda r, kw: r.overdue),
            ({"overdue_only": True, "unit_id": 1}, lambda r, kw: r.overdue and r.unit_id == 1),
            ({"ids": some, "state": "done"}, lambda r, kw: r.id in kw["ids"] and r.state == "done"),
        ):
            assert actions.action_rows(uow, today=TODAY, **kwargs) == [r for r in every if keep(r, kwargs)], kwargs
