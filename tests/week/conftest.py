from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from huiwu.db import Database
from huiwu.models import LeaveRequest, LeaveState
from tests.week.factory import Office, add_meeting, at, make_office

OCT = {d: dt.date(2026, 10, d) for d in range(5, 12)}  # 2026-W41: 国庆 5–7, 10日 调休上班, 11日 周日


@dataclass
class Week41:
    office: Office
    m1: int
    m2: int
    m3: int
    m4: int
    m5: int
    m6: int
    m7: int
    leave: int


def build_week41(database: Database) -> Week41:
    with database.uow() as uow:
        o = make_office(uow)
        p, v, u = o.people, o.venues, o.units
        m1 = add_meeting(uow, "防汛调度会", at(OCT[8], 9), at(OCT[8], 11), venue_id=v[0], chair_id=p[0],
                         people=[p[0], p[2], p[3], p[4], p[6], p[7]], host_unit_id=u[0], agenda=["汛情通报"])
        m2 = add_meeting(uow, "安全生产专题会", at(OCT[8], 10), at(OCT[8], 12), venue_id=v[0], chair_id=p[1],
                         people=[p[1], p[3]], host_unit_id=u[1])
        m3 = add_meeting(uow, "国庆值班部署会", at(OCT[6], 15), at(OCT[6], 16), venue_id=v[1], people=[p[5]])
        m4 = add_meeting(uow, "调休日工作会", at(OCT[10], 9), at(OCT[10], 10), venue_id=v[1], people=[p[6]])
        m5 = add_meeting(uow, "周日碰头会", at(OCT[11], 9), at(OCT[11], 10), venue_id=v[1], people=[p[7]])
        m6 = add_meeting(uow, "项目推进会", at(OCT[9], 14), at(OCT[9], 15), venue_id=v[1], chair_id=p[0],
                         people=[p[0], p[2], p[3], p[4], p[5], p[6]], host_unit_id=u[0],
                         agenda=["重点项目进度", "要素保障"])
        m7 = add_meeting(uow, "小范围碰头会", at(OCT[8], 14), at(OCT[8], 14, 30), venue_id=v[1],
                         people=[p[2], p[3]], host_unit_id=u[1])
        lr = LeaveRequest(person_id=p[4], starts_at=at(OCT[9], 8), ends_at=at(OCT[9], 18), reason="出差",
                          state=LeaveState.APPROVED)
        uow.session.add(lr)
        uow.session.flush()
        leave = lr.id
        uow.commit()
    return Week41(o, m1, m2, m3, m4, m5, m6, m7, leave)


@pytest.fixture
def week41(database: Database) -> Week41:
    return build_week41(database)


LEADER_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Leader//ZH
X-WR-CALNAME:张县长日程
BEGIN:VEVENT
UID:leader-1@test
DTSTAMP:20261001T000000Z
DTSTART;TZID=Asia/Shanghai:20261009T143000
DTEND;TZID=Asia/Shanghai:20261009T160000
SUMMARY:市政府专题会议
LOCATION:市政府
ATTENDEE;CN=张县长:mailto:zhang@example.gov.cn
END:VEVENT
BEGIN:VEVENT
UID:leader-2@test
DTSTAMP:20261001T000000Z
DTSTART;TZID=Asia/Shanghai:20260928T080000
DTEND;TZID=Asia/Shanghai:20260928T083000
RRULE:FREQ=WEEKLY;COUNT=4
SUMMARY:周一早班会
END:VEVENT
END:VCALENDAR
"""
