"""A small office for the 会议精简 ledger: two departments, two 乡镇, a county leader, and meetings made as rows."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from huiwu.db import Database, UnitOfWork
from huiwu.models import (
    Attendance,
    Meeting,
    MeetingKind,
    MeetingMerge,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Unit,
    UnitKind,
)
from huiwu.rules import ledger as rules

TZ = ZoneInfo("Asia/Shanghai")

UNITS = (("县政府办公室", UnitKind.DEPARTMENT), ("县农业农村局", UnitKind.DEPARTMENT), ("城关镇", UnitKind.TOWNSHIP),
         ("河口乡", UnitKind.TOWNSHIP), ("县政府领导", UnitKind.LEADERSHIP))
PEOPLE = (("王县长", 4), ("李主任", 0), ("张局长", 1), ("吴镇长", 2), ("郑副镇长", 2), ("赵乡长", 3), ("钱科员", 0))


@dataclass
class Office:
    units: list[int] = field(default_factory=list)  # in UNITS order
    people: list[int] = field(default_factory=list)  # in PEOPLE order


def seed(db: Database) -> Office:
    office = Office()
    with db.uow() as uow:
        units = [Unit(name=name, short_name=name.removeprefix("县"), kind=kind, sort_order=i + 1)
                 for i, (name, kind) in enumerate(UNITS)]
        uow.session.add_all(units)
        uow.session.flush()
        people = [Person(name=name, unit=units[u], title="", sort_order=i) for i, (name, u) in enumerate(PEOPLE)]
        uow.session.add_all(people)
        uow.session.flush()
        office.units = [u.id for u in units]
        office.people = [p.id for p in people]
        uow.commit()
    return office


@dataclass(frozen=True)
class SeatSpec:
    person: int  # index into PEOPLE
    role: str
    state: str  # "pending", "present", "late", "leave", "absent", "substitute" (signed), "substitute_absent"


def add_meeting(uow: UnitOfWork, office: Office, title: str, kind: str, start: dt.datetime, minutes: int,
                unit: int | None, status: str, seats: list[SeatSpec], video_link: str = "") -> Meeting:
    """A meeting with its invitees' attendance as the attendance service records it."""
    m = Meeting(title=title, kind=kind, starts_at=start, ends_at=start + dt.timedelta(minutes=minutes),
                status=status, host_unit_id=None if unit is None else office.units[unit], video_link=video_link)
    seen: set[int] = set()
    for seat in seats:
        if seat.person in seen:
            continue
        seen.add(seat.person)
        p = Participant(person_id=office.people[seat.person], role=seat.role)
        if seat.state in ("present", "late"):
            p.attendance = Attendance.PRESENT
            p.signed_in_at = start + dt.timedelta(minutes=5 if seat.state == "late" else -5)
        elif seat.state == "substitute":
            p.attendance, p.substitute_name = Attendance.SUBSTITUTE, "代会同志"
            p.signed_in_at = start - dt.timedelta(minutes=3)
        elif seat.state == "substitute_absent":
            p.attendance, p.substitute_name = Attendance.SUBSTITUTE, "代会同志"
        elif seat.state == "leave":
            p.attendance = Attendance.LEAVE
        elif seat.state == "absent":
            p.attendance = Attendance.ABSENT
        m.participants.append(p)
    uow.session.add(m)
    uow.session.flush()
    return m


def local(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=TZ)




def expected_figures(database: Database, year: int, now: dt.datetime) -> dict[tuple[str, int | None, int], Counter[str]]:
    """The figures counted straight from the meetings and their invitees."""
    out: dict[tuple[str, int | None, int], Counter[str]] = {}
    with database.uow() as uow:
        merged = set(uow.session.scalars(select(MeetingMerge.source_id)))
        everything = uow.session.scalars(select(Meeting).options(
            selectinload(Meeting.participants).joinedload(Participant.person).joinedload(Person.unit))).all()
        for m in everything:
            start = m.starts_at.astimezone(TZ)
            if start.year != year:
                continue
            c = out.setdefault((m.kind, m.host_unit_id, start.month), Counter())
            live = m.status != MeetingStatus.CANCELLED and m.deleted_at is None
            video = m.kind == MeetingKind.VIDEO or bool(m.video_link)
            if m.status == MeetingStatus.CANCELLED and m.id in merged:
                c["avoided_by_merge"] += 1
            elif m.status == MeetingStatus.CANCELLED and m.deleted_at is None:
                c["cancelled"] += 1
            elif live and m.starts_at > now:
                c["planned"] += 1
                c["video"] += video
                c["planned_person_times"] += sum(p.role != ParticipantRole.STAFF for p in m.participants)
            elif live and m.status != MeetingStatus.DRAFT:
                c["held"] += 1
                c["video"] += video
                came = [p for p in m.participants if p.role != ParticipantRole.STAFF and p.signed_in_at is not None
                        and p.attendance in (Attendance.PRESENT, Attendance.SUBSTITUTE)]
                c["person_times"] += len(came)
                township = [p for p in came if p.person.unit.kind == UnitKind.TOWNSHIP]
                c["township_person_times"] += len(township)
                c["township_minutes"] += len(township) * rules.meeting_minutes(m.starts_at, m.ends_at, TZ)
    return {k: v for k, v in out.items() if v}
