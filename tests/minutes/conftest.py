"""A small office with one 常务会议 (出席, 列席, 工作人员, a chair, three 议题) for the 纪要 tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from huiwu.db import Database
from huiwu.models import ActionItem, MeetingKind, MeetingStatus, ParticipantRole, Venue
from huiwu.services import meetings
from tests.attendance.conftest import TZ, Office, seed_office

START = dt.datetime(2026, 11, 17, 9, 0, tzinfo=TZ)  # the Tuesday before the pinned Monday 2026-11-23
END = START + dt.timedelta(hours=3)
MEMBERS = ["李副县", "张三", "孙六", "吴八"]  # 出席 besides the chair, 王县长
NONVOTING = ["赵四", "周七"]  # 列席


@dataclass(frozen=True)
class Standing:
    office: Office
    meeting_id: int
    agenda_ids: tuple[int, ...]
    action_ids: tuple[int, ...]  # on 议题 1 (by its id), on 议题 2 (naming it), and one on no 议题


def add_standing(database: Database, office: Office, start: dt.datetime = START, title: str = "县政府第49次常务会议",
                 confidentiality: str = "internal", secrecy_term: str = "") -> Standing:
    p, u = office.people, office.units
    with database.uow() as uow:
        venue = Venue(name=f"常务会议室{start:%m%d%H%M}", location="行政中心五楼")
        uow.session.add(venue)
        uow.session.flush()
        saved = meetings.create_meeting(
            uow, meetings.MeetingInput(title, MeetingKind.STANDING, start, start + dt.timedelta(hours=3),
                                       venue_id=venue.id, chair_id=p["王县长"], confidentiality=confidentiality,
                                       secrecy_term=secrecy_term),
            agenda=[meetings.AgendaInput("研究2027年财政预算草案", u["县财政局"], "张三", 30),
                    meetings.AgendaInput("听取教育工作情况汇报", u["县教育局"], "孙六", 20),
                    meetings.AgendaInput("研究城关镇老旧小区改造事宜", u["城关镇"], "吴八", 20)],
            participants=[meetings.ParticipantInput(p["王县长"]),
                          *(meetings.ParticipantInput(p[n]) for n in MEMBERS),
                          *(meetings.ParticipantInput(p[n], ParticipantRole.NONVOTING) for n in NONVOTING),
                          meetings.ParticipantInput(p["冯十"], ParticipantRole.STAFF)])
        meetings.set_status(uow, saved.meeting_id, saved.version, MeetingStatus.NOTIFIED)
    with database.uow() as uow:
        detail = meetings.get_meeting(uow, saved.meeting_id)
        agenda = tuple(a.id for a in detail.agenda)
        items = [ActionItem(meeting_id=saved.meeting_id, agenda_item_id=agenda[0], text="预算草案提交县人大常委会审议",
                            responsible_unit_id=u["县财政局"], deadline=dt.date(2026, 12, 10)),
                 ActionItem(meeting_id=saved.meeting_id, text="听取教育工作情况汇报：落实学位扩容", responsible_unit_id=u["县教育局"]),
                 ActionItem(meeting_id=saved.meeting_id, text="做好冬季安全生产检查")]
        uow.session.add_all(items)
        uow.session.flush()
        ids = tuple(a.id for a in items)
        uow.commit()
    return Standing(office, saved.meeting_id, agenda, ids)


def finish(database: Database, meeting_id: int, end: dt.datetime = END) -> None:
    with database.uow() as uow:
        meetings.set_status(uow, meeting_id, meetings.meeting_row(uow, meeting_id).version, MeetingStatus.FINISHED,
                            now=end)


@pytest.fixture
def standing(database: Database) -> Standing:
    return add_standing(database, seed_office(database, []))
