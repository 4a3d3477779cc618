"""A small office on the parametrised ``database`` (SQLite and PostgreSQL), and PDF helpers.

The directory and the meetings are plain rows; leave and attendance go through their services, so every
state the printers see (请假, 代会, 迟到, 缺席) is one the office's rules can actually produce.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

from huiwu import db as dbmod
from huiwu.models import (
    ActionFeedback,
    ActionItem,
    AgendaAttendingUnit,
    AgendaItem,
    Confidentiality,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Unit,
    Venue,
)
from huiwu.services import attendance, leave, meetings

TZ = dt.timezone(dt.timedelta(hours=8))


def pdf_text(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@dataclass(frozen=True)
class Office:
    meeting_id: int
    long_meeting_id: int
    empty_meeting_id: int
    people: dict[str, int]


def build_office(database: dbmod.Database, big: int = 0) -> Office:
    with database.uow() as uow:
        s = uow.session
        gov = Unit(name="县政府领导", sort_order=1)
        fin = Unit(name="县财政局", sort_order=5)
        edu = Unit(name="县教育局", sort_order=3)
        s.add_all([gov, fin, edu])
        people = {
            "王县长": Person(name="王建国", unit=gov, title="县长", sort_order=1, is_leader=True, phone="13800000001"),
            "李副县长": Person(name="李红梅", unit=gov, title="副县长", sort_order=2, is_leader=True),
            "赵副县长": Person(name="赵志强", unit=gov, title="副县长", sort_order=3, is_leader=True),
            "财政局长": Person(name="钱多多", unit=fin, title="局长", sort_order=1, phone="13900000002"),
            "财政副局长": Person(name="孙小二", unit=fin, title="副局长", sort_order=2),
            "教育局长": Person(name="周文华", unit=edu, title="局长", sort_order=1),
            "教育副局长": Person(name="吴晓明", unit=edu, title="副局长", sort_order=2),
        }
        s.add_all(people.values())
        for k in range(big):
            people[f"p{k}"] = Person(name=f"人员{k:04d}", unit=edu if k % 2 else fin, title="科员", sort_order=10 + k)
            s.add(people[f"p{k}"])
        venue = Venue(name="第一会议室", location="县政府 3 楼")
        s.add(venue)
        start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=TZ)
        m = Meeting(title="县政府第48次常务会议", kind="standing", starts_at=start, ends_at=start + dt.timedelta(hours=3),
                    venue=venue, chair=people["王县长"], host_unit=gov, confidentiality=Confidentiality.INTERNAL,
                    contact_name="张秘书", contact_phone="0731-1234567")
        item = AgendaItem(position=0, title="研究县级财政预算调整方案", presenter_unit=fin, presenter_name="钱多多", minutes=30)
        item.attending_units = [AgendaAttendingUnit(unit=edu)]
        m.agenda_items = [item, AgendaItem(position=1, title="审议校舍改造计划", presenter_unit=edu, minutes=20)]
        s.add(m)
        for person in people.values():
            s.add(Participant(meeting=m, person=person, role=ParticipantRole.ATTEND))
        s.flush()
        s.add(ActionItem(meeting=m, text="抓紧修订预算调整方案", responsible_unit=fin, deadline=dt.date(2026, 1, 10),
                         feedback=[ActionFeedback(entry_date=dt.date(2026, 1, 5), text="已形成初稿")]))
        # a past two-day meeting with late and absent people
        ps = dt.datetime(2026, 11, 2, 8, 30, tzinfo=TZ)
        long = Meeting(title="全县教育工作会议", kind="plenary", starts_at=ps, ends_at=ps + dt.timedelta(days=1, hours=9),
                       venue=venue, chair=people["李副县长"])
        long.agenda_items = [AgendaItem(position=0, title="总结2026年教育工作")]
        long.status = MeetingStatus.NOTIFIED
        s.add(long)
        s.flush()
        long_parts = {key: Participant(meeting=long, person=people[key]) for key in ("财政局长", "财政副局长", "教育局长")}
        s.add_all(long_parts.values())
        empty = Meeting(title="空白会议", starts_at=start, ends_at=start + dt.timedelta(hours=1))
        s.add(empty)
        s.flush()
        ids = {k: p.id for k, p in people.items()}
        office = Office(m.id, long.id, empty.id, ids)
        long_ids = {key: p.id for key, p in long_parts.items()}
        uow.commit()
    with database.uow() as uow:
        # approved leave with a substitute (代会), and approved leave by phone without one (请假)
        leave.create_leave(uow, leave.LeaveInput(ids["教育局长"], "赴省开会", meeting_id=office.meeting_id,
                                                 substitute=leave.Substitute(ids["教育副局长"])), approve=True)
    with database.uow() as uow:
        leave.create_leave(uow, leave.LeaveInput(ids["赵副县长"], "下乡", meeting_id=office.meeting_id, channel="电话"),
                           approve=True)
    # the past two-day meeting: one late (12 minutes), one early, one never came (缺席 at close)
    with database.uow() as uow:
        attendance.sign_in(uow, long.id, long_ids["财政局长"], at=ps + dt.timedelta(minutes=12))
    with database.uow() as uow:
        attendance.sign_in(uow, long.id, long_ids["教育局长"], at=ps - dt.timedelta(minutes=5))
    with database.uow() as uow:
        version = meetings.meeting_row(uow, long.id).version
        meetings.set_status(uow, long.id, version, MeetingStatus.FINISHED)
    return office


@pytest.fixture
def office(database: dbmod.Database) -> Office:
    return build_office(database)
