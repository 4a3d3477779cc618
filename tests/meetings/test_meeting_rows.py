"""The 会议 list reads the meetings' columns with their counts in one statement (issue 18): on random meetings,
every row of every filter is the meeting's row made from its entity (its people and steps counted in Python,
its 归档 state from the archive service), in start order, and each filter keeps the meetings it names.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from huiwu.db import Database
from huiwu.models import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    ChecklistItem,
    ChecklistPhase,
    Meeting,
    MeetingArchive,
    MeetingKind,
    MeetingStatus,
    Participant,
    Person,
    Unit,
    Venue,
)
from huiwu.services import meetings as svc
from huiwu.services.archive import archived_meetings
from huiwu.services.meetings import iso_week_label

MONDAY = dt.datetime(2026, 11, 22, 16, tzinfo=dt.UTC)  # 2026-11-23 00:00 in Beijing: W48

chosen_meetings = st.lists(st.tuples(
    st.integers(-10, 10),  # days from MONDAY
    st.sampled_from(list(MeetingKind)),
    st.sampled_from(list(MeetingStatus)),
    st.booleans(),  # a venue
    st.booleans(),  # a chair
    st.booleans(),  # deleted
    st.integers(0, 3),  # invitees
    st.lists(st.booleans(), max_size=3),  # checklist steps, done or not
    st.sampled_from(["", "filed", "reopened"]),
    st.sampled_from(["常务会议", "防汛_专题", "100%"]),
), max_size=8)


def _build(database: Database, chosen: list[tuple[Any, ...]]) -> None:
    with database.uow() as uow:
        s = uow.session
        for model in (MeetingArchive, ChecklistItem, Participant, Meeting, Person, Venue, Unit):
            s.execute(delete(model))
        unit = Unit(name="县政府办")
        people = [Person(name=f"人员{i}", unit=unit) for i in range(3)]
        venue = Venue(name="一号会议室")
        s.add_all([unit, *people, venue])
        for days, kind, status, room, chair, deleted, invitees, steps, archive, title in chosen:
            start = MONDAY + dt.timedelta(days=days, hours=1)
            m = Meeting(title=title, kind=kind, status=status, starts_at=start, ends_at=start + dt.timedelta(hours=2),
                        venue=venue if room else None, chair=people[0] if chair else None,
                        video_link="" if room else "https://v.example/1", deleted_at=start if deleted else None)
            m.participants = [Participant(person=p) for p in people[:invitees]]
            m.checklist_items = [ChecklistItem(position=k, phase=ChecklistPhase.BEFORE, title=f"步骤{k}", done=done)
                                 for k, done in enumerate(steps)]
            s.add(m)
            s.flush()
            if archive and status in svc._HELD:  # only a held (or cancelled) meeting is filed
                s.add(MeetingArchive(meeting_id=m.id, pdf=b"%PDF", reopened_at=start if archive == "reopened" else None))
        uow.commit()


def _from_entities(uow: Any, deleted: bool) -> list[svc.MeetingRow]:
    tz = uow.settings.tz()
    filed = archived_meetings(uow)
    rows = []
    for m in uow.session.scalars(select(Meeting).order_by(Meeting.starts_at, Meeting.id)):
        if (m.deleted_at is not None) != deleted:
            continue
        start = m.starts_at.astimezone(tz)
        rows.append(svc.MeetingRow(
            m.id, m.version, m.title, m.kind, MEETING_KIND_LABELS[MeetingKind(m.kind)], m.status,
            MEETING_STATUS_LABELS[MeetingStatus(m.status)], start, m.ends_at.astimezone(tz),
            m.venue.name if m.venue else "", m.video_link, m.chair.name if m.chair else "", len(m.participants),
            sum(i.done for i in m.checklist_items), len(m.checklist_items), m.deleted_at is not None,
            iso_week_label(start.date()), m.id in filed))
    return rows


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(chosen=chosen_meetings)
def test_every_filter_lists_the_meetings_as_their_entities_say(database: Database, chosen: list[tuple[Any, ...]]
                                                               ) -> None:
    _build(database, chosen)
    tz = database.settings.tz()
    with database.uow() as uow:
        live = svc.list_meetings(uow)
        assert live == _from_entities(uow, deleted=False)
        assert live == [svc.meeting_row(uow, r.id) for r in live]  # one meeting, read by the list's statement
        assert svc.list_meetings(uow, deleted=True) == _from_entities(uow, deleted=True)
        lo, hi = MONDAY.astimezone(tz), (MONDAY + dt.timedelta(days=7)).astimezone(tz)
        for kwargs, keep in (
            ({"week": "2026-W48"}, lambda r: lo <= r.starts_at < hi),
            ({"start": lo, "end": hi}, lambda r: lo <= r.starts_at < hi),
            ({"status": "finished"}, lambda r: r.status == "finished"),
            ({"kind": "standing"}, lambda r: r.kind == "standing"),
            ({"search": "_"}, lambda r: "_" in r.title),
            ({"search": "%"}, lambda r: "%" in r.title),
        ):
            assert svc.list_meetings(uow, **kwargs) == [r for r in live if keep(r)], kwargs
