"""主席台: who sits on it (the clerk's choice or the rule's default) and who sits 台下 by unit.

The seating chart and the 席卡 both read :func:`platform_people`, so the cards are printed for exactly the
people the chart seats. Choosing is one use case (:func:`set_platform`): one commit, audited, and refused with
a sentence when the meeting changed meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, ValidationError
from huiwu.models import Meeting, Participant, ParticipantRole, Person, Unit, UnitKind
from huiwu.printing import data as d
from huiwu.rules.platform import DEFAULT_PLATFORM_SEATS, Candidate, in_person, needs_a_seat, platform
from huiwu.services import audit
from huiwu.services.aggregate import load_meeting

if TYPE_CHECKING:
    from huiwu.services.attendance import RosterRow


@dataclass(frozen=True)
class PlatformRow:
    """One participant as the 主席台 dialog lists them, in 排序号 order."""

    participant_id: int
    name: str
    unit: str
    title: str
    coming: bool
    on_platform: bool  # what will be printed, chosen or by default


@dataclass(frozen=True)
class PlatformChoice:
    meeting_id: int
    meeting_version: int
    seats: int  # the room's 主席台 seats (the default when the room does not say)
    chosen: bool  # the clerk picked the set; False: the rule's default
    rows: tuple[PlatformRow, ...]
    stamp: tuple[tuple[int, int], ...] = ()  # (participant id, version) as read: a save over a change is refused


def _roster(uow: UnitOfWork, meeting: Meeting) -> tuple[RosterRow, ...]:
    from huiwu.services.attendance import load_roster

    return load_roster(uow, meeting.id).rows


def _candidates(uow: UnitOfWork, meeting: Meeting,
                roster: Sequence[RosterRow]) -> list[tuple[RosterRow, Candidate]]:
    ids = [r.participant_id for r in roster]
    facts = {pid: (platform_, kind) for pid, platform_, kind in uow.session.execute(
        select(Participant.id, Participant.platform, Unit.kind)
        .join(Person, Participant.person_id == Person.id).join(Unit, Person.unit_id == Unit.id)
        .where(Participant.id.in_(ids)))} if ids else {}
    out = []
    for r in roster:
        if r.role != ParticipantRole.ATTEND:
            continue
        chosen, kind = facts[r.participant_id]
        out.append((r, Candidate(
            key=r.participant_id, coming=in_person(r.outcome), leadership_unit=kind == UnitKind.LEADERSHIP,
            leader=r.is_leader, is_chair=r.person_id == meeting.chair_id, chosen=chosen)))
    return out


def _platform(uow: UnitOfWork, meeting: Meeting,
              roster: Sequence[RosterRow]) -> tuple[list[d.SeatPerson], set[int]]:
    """The 主席台 in seating order, the chair counted within the room's seats. A chair not on the list of
    出席 (not invited, or invited as 列席) still chairs and takes No. 1 — unless on leave. Also returns the
    participant ids seated there."""
    cands = _candidates(uow, meeting, roster)
    rows = {c.key: r for r, c in cands}
    keys = platform([c for _, c in cands], seats_of(meeting))
    people = [d.SeatPerson(rows[k].name, rows[k].title) for k in keys]
    seated = set(keys)
    chair = meeting.chair
    if chair is not None and all(r.person_id != chair.id for r, _ in cands):
        listed = next((r for r in roster if r.person_id == chair.id), None)
        if listed is None or in_person(listed.outcome):
            people.insert(0, d.SeatPerson(chair.name, chair.title))
            if listed is not None:
                seated.add(listed.participant_id)
            if not any(c.chosen is not None for _, c in cands) and len(people) > seats_of(meeting):
                seated.discard(keys[-1])  # the default set keeps to the room's seats
                people = people[: seats_of(meeting)]
    return people, seated


def seats_of(meeting: Meeting) -> int:
    return meeting.venue.platform_seats if meeting.venue is not None and meeting.venue.platform_seats > 0 \
        else DEFAULT_PLATFORM_SEATS


def platform_choice(uow: UnitOfWork, meeting_id: int) -> PlatformChoice:
    meeting = load_meeting(uow, meeting_id)
    cands = _candidates(uow, meeting, _roster(uow, meeting))
    on = set(platform([c for _, c in cands], seats_of(meeting)))
    rows = tuple(PlatformRow(c.key, r.name, r.unit_name, r.title, c.coming, c.key in on) for r, c in cands)
    return PlatformChoice(meeting.id, meeting.version, seats_of(meeting),
                          any(c.chosen is not None for _, c in cands), rows,
                          tuple((r.participant_id, r.version) for r, _ in cands))


def set_platform(uow: UnitOfWork, meeting_id: int, version: int, participant_ids: Sequence[int] | None,
                 stamp: Sequence[tuple[int, int]] = ()) -> None:
    """Put exactly ``participant_ids`` on the 主席台 (the rest 台下); None goes back to the rule's default.

    ``version`` is the meeting's and ``stamp`` the participants' versions as the dialog read them: a meeting
    edited meanwhile, or a choice another clerk saved meanwhile, is refused rather than overwritten. (The
    choice lives on the participants, so saving it does not make the open meeting editor stale.)"""
    meeting = load_meeting(uow, meeting_id)
    if meeting.version != version:
        raise ConflictError(f"会议“{meeting.title}”", version, meeting.version)
    by_id = {p.id: p for p in meeting.participants}
    for pid, seen in stamp:
        if pid in by_id and by_id[pid].version != seen:
            raise ConflictError(f"会议“{meeting.title}”的主席台人员", seen, by_id[pid].version)
    unknown = [pid for pid in participant_ids or () if pid not in by_id]
    if unknown:
        raise ValidationError(f"编号为 {unknown[0]} 的人员不在会议“{meeting.title}”的参会名单中，可能已被移除。")
    wanted = None if participant_ids is None else set(participant_ids)
    for p in by_id.values():
        p.platform = None if wanted is None else p.id in wanted
    names = "、".join(by_id[pid].person.name for pid in participant_ids or ())
    audit.record(uow, "meeting", meeting.id, "update",
                 f"主席台人员：{names}" if wanted is not None else "主席台人员恢复为默认（领导按排序号）",
                 meeting_id=meeting.id, changes={"platform": list(participant_ids or [])})
    uow.commit()


def platform_people(uow: UnitOfWork, meeting: Meeting) -> list[d.SeatPerson]:
    """主席台 members in seating order; the chair first even when not on the participant list."""
    return _platform(uow, meeting, _roster(uow, meeting))[0]


def seating(uow: UnitOfWork, meeting: Meeting) -> tuple[list[d.SeatPerson], list[d.AudienceUnit]]:
    """The 主席台 and, everyone else who needs a seat, 台下 by unit in 排序号 order — from one roster, so the
    two never disagree about a person."""
    roster = _roster(uow, meeting)
    people, on = _platform(uow, meeting, roster)
    blocks: dict[str, int] = {}
    for r in roster:
        if r.participant_id in on or not needs_a_seat(r.outcome):
            continue
        blocks[r.unit_name] = blocks.get(r.unit_name, 0) + 1  # a 代会 substitute takes the seat
    return people, [d.AudienceUnit(unit, n) for unit, n in blocks.items()]


def audience(uow: UnitOfWork, meeting: Meeting) -> list[d.AudienceUnit]:
    return seating(uow, meeting)[1]
