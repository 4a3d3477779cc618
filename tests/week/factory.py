"""A small constructed office for the week, calendar and CalDAV tests (known answers, no demo data)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from huiwu.db import UnitOfWork
from huiwu.models import Meeting, MeetingStatus, Person, Unit, Venue

SH = ZoneInfo("Asia/Shanghai")


def at(day: dt.date, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hh, mm), tzinfo=SH)


@dataclass
class Office:
    units: list[int]
    people: list[int]  # people[0] is the 县长 (leader), people[1] a 副县长
    venues: list[int]


def make_office(uow: UnitOfWork) -> Office:
    u1 = Unit(name="县政府办公室", sort_order=1)
    u2 = Unit(name="县发展和改革局", sort_order=2)
    uow.session.add_all([u1, u2])
    uow.session.flush()
    names = ["张县长", "李副县长", "王主任", "赵局长", "钱科长", "孙干事", "周秘书", "吴会计"]
    people = []
    for n, name in enumerate(names):
        p = Person(name=name, unit_id=u1.id if n < 3 else u2.id, sort_order=n, is_leader=n < 2)
        people.append(p)
    uow.session.add_all(people)
    v1 = Venue(name="第一会议室", location="行政中心 3 楼", capacity=40)
    v2 = Venue(name="第二会议室", capacity=20)
    uow.session.add_all([v1, v2])
    uow.session.flush()
    office = Office([u1.id, u2.id], [p.id for p in people], [v1.id, v2.id])
    uow.commit()
    return office


def add_meeting(
    uow: UnitOfWork,
    title: str,
    start: dt.datetime,
    end: dt.datetime,
    *,
    venue_id: int | None = None,
    chair_id: int | None = None,
    people: Sequence[int] = (),
    host_unit_id: int | None = None,
    agenda: Sequence[str] = (),
    status: str = MeetingStatus.SCHEDULED,
    confidentiality: str = "public",
) -> int:
    """A meeting made as a clerk makes it (the meetings service), then moved to ``status``."""
    from huiwu.services import meetings

    data = meetings.MeetingInput(title, "topic", start, end, venue_id=venue_id, host_unit_id=host_unit_id,
                                 chair_id=chair_id, confidentiality=confidentiality)
    saved = meetings.create_meeting(uow, data, [meetings.AgendaInput(t, presenter_name="汇报人") for t in agenda],
                                    [meetings.ParticipantInput(pid) for pid in people])
    if status == MeetingStatus.CANCELLED:
        meetings.cancel_meeting(uow, saved.meeting_id, saved.version, "测试")
    elif status != MeetingStatus.DRAFT:
        m = uow.session.get(Meeting, saved.meeting_id)
        assert m is not None
        m.status = status  # the office has got this far already (a state the status flow reaches)
        uow.commit()
    return saved.meeting_id
