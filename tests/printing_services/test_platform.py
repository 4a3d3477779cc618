"""主席台: the default set, the clerk's choice, and the seating chart and 席卡 telling the same truth."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu import db as dbmod
from huiwu.models import Meeting, Participant, Venue
from huiwu.printing.data import SeatingDoc
from huiwu.rules.platform import DEFAULT_PLATFORM_SEATS, Candidate, platform
from huiwu.services import platform as svc
from huiwu.services import printing

from .conftest import pdf_text

candidates = st.lists(st.builds(Candidate, key=st.integers(0, 10**6), coming=st.booleans(),
                                leadership_unit=st.booleans(), leader=st.booleans(), is_chair=st.booleans(),
                                chosen=st.none() | st.booleans()), max_size=60, unique_by=lambda c: c.key)


@settings(max_examples=300, deadline=None)
@given(cands=candidates, seats=st.integers(0, 30))
def test_platform_rule(cands: list[Candidate], seats: int) -> None:
    on = platform(cands, seats)
    by_key = {c.key: c for c in cands}
    assert len(on) == len(set(on)) and all(by_key[k].coming for k in on)
    chairs = [k for k in on if by_key[k].is_chair]
    assert on[: len(chairs)] == chairs  # the chair first
    if any(c.chosen is not None for c in cands):
        assert set(on) == {c.key for c in cands if c.chosen and c.coming}
    else:
        assert len(on) <= (seats or DEFAULT_PLATFORM_SEATS)
        rest = [k for k in on if not by_key[k].is_chair]
        order = [c.key for c in cands]
        assert rest == sorted(rest, key=order.index)  # 排序号 order kept
        if any(c.leadership_unit and c.coming for c in cands):
            assert all(by_key[k].leadership_unit for k in rest)


def _video_meeting(uow: dbmod.UnitOfWork) -> Meeting:
    from sqlalchemy import select

    return next(m for m in uow.session.scalars(select(Meeting).order_by(Meeting.id)) if len(m.participants) > 40)


def test_a_44_person_video_meeting_seats_its_leaders_not_every_director(demo_db: dbmod.Database) -> None:
    with demo_db.uow() as uow:
        meeting = _video_meeting(uow)
        people = svc.platform_people(uow, meeting)
        crowd = svc.audience(uow, meeting)
        assert 1 <= len(people) <= DEFAULT_PLATFORM_SEATS
        assert meeting.chair is not None and people[0].name == meeting.chair.name
        seated = {p.name for p in people}
        coming = sum(b.people for b in crowd)
        assert coming + len(seated) <= len(meeting.participants) and len(crowd) >= 20
        seating = "".join(pdf_text(printing.document_pdf(uow, "seating", meeting.id)))
        cards = "".join(pdf_text(printing.document_pdf(uow, "cards", meeting.id)))
    flat_cards = cards.replace(" ", "").replace("\u3000", "")  # two-character names print as 王　伟
    for name in seated:  # the chart and the cards: the same people
        assert name in seating.replace(" ", "") and name in flat_cards
    assert flat_cards.count("沿虚线对折") == len(seated)  # one card per member, no more


def test_the_clerks_choice_is_what_chart_and_cards_print(demo_db: dbmod.Database) -> None:
    with demo_db.uow() as uow:
        meeting = _video_meeting(uow)
        meeting_id = meeting.id
        choice = svc.platform_choice(uow, meeting_id)
    assert not choice.chosen and choice.seats == DEFAULT_PLATFORM_SEATS
    coming = [r for r in choice.rows if r.coming]
    picked = [coming[3].participant_id, coming[0].participant_id, coming[7].participant_id]
    with demo_db.uow() as uow:
        svc.set_platform(uow, meeting_id, choice.meeting_version, picked)
    with demo_db.uow() as uow:
        again = svc.platform_choice(uow, meeting_id)
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None
        people = [p.name for p in svc.platform_people(uow, meeting)]
        crowd = svc.audience(uow, meeting)
        cards = "".join(pdf_text(printing.document_pdf(uow, "cards", meeting_id))).replace(" ", "")
        stored = {p.id: p.platform for p in uow.session.query(Participant).filter_by(meeting_id=meeting_id)}
    assert again.chosen and {r.participant_id for r in again.rows if r.on_platform} == set(picked)
    names = {r.participant_id: r.name for r in choice.rows}
    assert sorted(people) == sorted(names[p] for p in picked)
    assert all(stored[p] is True for p in picked) and sum(v is False for v in stored.values()) > 30
    assert all(n in cards.replace("\u3000", "") for n in people) and cards.count("沿虚线对折") == len(picked)
    assert sum(b.people for b in crowd) >= len(coming) - len(picked) - 1
    with demo_db.uow() as uow:  # back to the rule's default
        svc.set_platform(uow, meeting_id, again.meeting_version, None)
    with demo_db.uow() as uow:
        assert not svc.platform_choice(uow, meeting_id).chosen


def test_a_room_says_how_many_seats_its_platform_has(demo_db: dbmod.Database) -> None:
    from huiwu.services import directory

    with demo_db.uow() as uow:
        meeting = _video_meeting(uow)
        venue = meeting.venue
        assert venue is not None
        row = next(v for v in directory.list_venues(uow) if v.id == venue.id)
        meeting_id, venue_id = meeting.id, venue.id
    edit = directory.VenueEdit(row.name, row.capacity, row.has_video, row.location, row.active, row.notes, 1)
    with demo_db.uow() as uow:
        directory.save_venue(uow, edit, venue_id, row.version)
    with demo_db.uow() as uow:
        meeting = uow.session.get(Meeting, meeting_id)
        assert meeting is not None and uow.session.get(Venue, venue_id).platform_seats == 1  # type: ignore[union-attr]
        assert len(svc.platform_people(uow, meeting)) == 1
        doc_people = SeatingDoc("x", tuple(svc.platform_people(uow, meeting))).people
        assert doc_people[0].name == meeting.chair.name  # type: ignore[union-attr]


def test_a_stale_platform_choice_is_refused(demo_db: dbmod.Database) -> None:
    import pytest

    from huiwu.errors import ConflictError

    with demo_db.uow() as uow:
        meeting = _video_meeting(uow)
        first = svc.platform_choice(uow, meeting.id)
    second = first  # a second clerk opened the dialog at the same time
    ids = [r.participant_id for r in first.rows if r.coming][:2]
    with demo_db.uow() as uow:
        svc.set_platform(uow, first.meeting_id, first.meeting_version, ids, first.stamp)
    with demo_db.uow() as uow, pytest.raises(ConflictError, match="主席台人员"):
        svc.set_platform(uow, second.meeting_id, second.meeting_version, ids[:1], second.stamp)
    with demo_db.uow() as uow:  # the meeting itself did not change: an open editor can still save it
        assert svc.platform_choice(uow, first.meeting_id).meeting_version == first.meeting_version
    with demo_db.uow() as uow:
        assert {r.participant_id for r in svc.platform_choice(uow, first.meeting_id).rows if r.on_platform} == set(ids)


def test_the_chart_and_the_crowd_never_seat_one_person_twice(demo_db: dbmod.Database) -> None:
    """Everyone who needs a seat sits once: on the 主席台 or 台下 in their unit's block."""
    from sqlalchemy import select

    from huiwu.rules.platform import needs_a_seat
    from huiwu.services.attendance import load_roster

    with demo_db.uow() as uow:
        for meeting in uow.session.scalars(select(Meeting).order_by(Meeting.id)).all()[:12]:
            people, crowd = svc.seating(uow, meeting)
            roster = load_roster(uow, meeting.id).rows
            seats = sum(1 for r in roster if needs_a_seat(r.outcome))
            chair_outside = meeting.chair is not None and all(r.person_id != meeting.chair_id for r in roster)
            assert len(people) + sum(b.people for b in crowd) == seats + chair_outside, meeting.title
            assert len(people) <= svc.seats_of(meeting)
