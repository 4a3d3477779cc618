"""A small office for the 会议精简 ledger: two departments, two 乡镇, a county leader, and meetings made as rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from huiwu.db import Database, UnitOfWork
from huiwu.models import (
    Attendance,
    Meeting,
    Participant,
    Person,
    Unit,
    UnitKind,
)

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


