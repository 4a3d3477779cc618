"""A small constructed office for the 明白纸 returns tests: three 乡镇, a 县直部门 and the 县领导, a meeting they
are invited to, and a 明白纸 with one attached table (two rows the office fixed, one blank) and 时限节点."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from huiwu.db import UnitOfWork
from huiwu.models import Meeting, MeetingStatus, Participant, ParticipantRole, Person, Unit, UnitKind
from huiwu.services import handout_returns as svc
from huiwu.services.handouts import HandoutEdit, MilestoneEdit, TableEdit, save_handout

SH = ZoneInfo("Asia/Shanghai")
COLUMNS = ("项目", "任务数", "已完成", "存在问题")
FIXED = (("巡山护林", "", "", ""), ("检查卡点", "", "", ""), ("", "", "", ""))


@dataclass
class Office:
    units: dict[str, int]
    meeting_id: int
    handout_id: int
    standalone_id: int


def make_office(uow: UnitOfWork, columns: Sequence[str] = COLUMNS,
                fixed: Sequence[Sequence[str]] = FIXED) -> Office:
    units = [Unit(name="县政府领导", short_name="县领导", kind=UnitKind.LEADERSHIP, sort_order=1),
             Unit(name="县应急管理局", short_name="应急管理局", kind=UnitKind.DEPARTMENT, sort_order=2),
             Unit(name="城关镇", short_name="城关镇", kind=UnitKind.TOWNSHIP, sort_order=3),
             Unit(name="河口镇", short_name="河口镇", kind=UnitKind.TOWNSHIP, sort_order=4),
             Unit(name="西岭乡", short_name="西岭乡", kind=UnitKind.TOWNSHIP, sort_order=5),
             Unit(name="县政府办公室", short_name="政府办", kind=UnitKind.DEPARTMENT, sort_order=6)]
    uow.session.add_all(units)
    uow.session.flush()
    people = [Person(name=f"人员{k}", unit_id=u.id, sort_order=k) for k, u in enumerate(units)]
    uow.session.add_all(people)
    start = dt.datetime(2026, 11, 25, 15, tzinfo=SH)
    meeting = Meeting(title="全县森林防火工作调度会", starts_at=start, ends_at=start + dt.timedelta(hours=2),
                      status=MeetingStatus.SCHEDULED)
    uow.session.add(meeting)
    uow.session.flush()
    for p in people[:5]:  # not the 县政府办公室: its clerk is staff
        uow.session.add(Participant(meeting_id=meeting.id, person_id=p.id))
    uow.session.add(Participant(meeting_id=meeting.id, person_id=people[5].id, role=ParticipantRole.STAFF))
    uow.commit()
    table = TableEdit("森林防火工作进展表", tuple(columns), tuple(tuple(r) for r in fixed))
    handout = save_handout(uow, HandoutEdit(
        title="森林防火工作明白纸", meeting_id=meeting.id, tables=(table,),
        milestones=(MilestoneEdit(dt.date(2026, 11, 27), "制定实施方案", "县应急管理局"),
                    MilestoneEdit(dt.date(2026, 12, 4), "完成第一轮自查", "各乡镇"),
                    MilestoneEdit(dt.date(2026, 12, 20), "总结", ""))))
    standalone = save_handout(uow, HandoutEdit(title="独立明白纸", tables=(table,)))
    return Office({u.name: u.id for u in units}, meeting.id, handout.id, standalone.id)


def deadline(day: int = 30, hour: int = 17) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, tzinfo=SH)


def fill(path: Path, sheet: str, rows: Sequence[Sequence[str]], first: int = svc.FIRST_DATA_ROW,
         out: Path | None = None) -> Path:
    """Type ``rows`` into a sheet from ``first`` on, as a unit's clerk would (text cells)."""
    book = load_workbook(path)
    ws = book[sheet]
    for k, row in enumerate(rows):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=first + k, column=c)
            cell.value = value or None
            if value:
                cell.data_type = "s"
    target = out or path
    book.save(target)
    return target
