"""Attendance statistics per meeting, per unit and per person over any period, the 通报, and xlsx export.

Everything is one SQL ``GROUP BY`` with conditional sums, so a year of a busy office stays fast (see
``bench/stats.py``). Only meetings that took place count (进行中 / 已结束, not deleted).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import and_, case, func, select
from sqlalchemy.sql import ColumnElement

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, ValidationError
from huiwu.models import (
    LEAVE_STATE_LABELS,
    Attendance,
    LeaveRequest,
    LeaveState,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Unit,
)

GroupBy = Literal["unit", "person", "meeting"]
COUNTED_STATUSES = (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED)
HEADERS = ("应到", "实到", "请假", "代会", "迟到", "缺席", "出席率")


@dataclass(frozen=True)
class StatRow:
    key: int
    label: str  # unit name, person name or meeting title
    unit_name: str
    title: str  # 职务 (person) or the start time (meeting), else ""
    meetings: int
    expected: int  # 应到
    present: int  # 实到 (incl. 代会)
    leave: int  # 请假
    substitute: int  # 代会
    late: int  # 迟到
    absent: int  # 缺席

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def rate_text(self) -> str:
        return "—" if self.rate is None else f"{self.rate * 100:.1f}%"


@dataclass(frozen=True)
class Statistics:
    group_by: str
    period_label: str
    rows: tuple[StatRow, ...]
    total: StatRow


@dataclass(frozen=True)
class AbsenceRow:
    seq: int
    name: str
    unit_name: str
    title: str
    meeting_title: str
    meeting_start: dt.datetime
    kind: str  # "迟到" / "缺席"
    minutes_late: int | None
    on_leave: str  # 是否请假: "否", or the state of a request that was not approved (e.g. "未批准")
    leave_channel: str  # 请假方式, "" when none
    reason: str  # 缺席原因 (from a request that was not approved), "" when none


@dataclass(frozen=True)
class AbsenceReport:
    period_label: str
    rows: tuple[AbsenceRow, ...]


# ---------------------------------------------------------------- period


def period_bounds(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Office-local whole days [from 00:00, to+1 00:00) as aware datetimes."""
    if date_to < date_from:
        raise ValidationError("统计的结束日期不能早于开始日期。")
    tz = uow.settings.tz()
    lo = dt.datetime.combine(date_from, dt.time(), tzinfo=tz)
    hi = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return lo, hi


def period_label(date_from: dt.date, date_to: dt.date) -> str:
    return f"{date_from.year}年{date_from.month}月{date_from.day}日至{date_to.year}年{date_to.month}月{date_to.day}日"


# ---------------------------------------------------------------- statistics


def _measures() -> list[ColumnElement[Any]]:
    signed = and_(
        Participant.attendance.in_([Attendance.PRESENT, Attendance.SUBSTITUTE]), Participant.signed_in_at.is_not(None)
    )

    def count_if(cond: ColumnElement[bool]) -> ColumnElement[Any]:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    return [
        func.count(func.distinct(Participant.meeting_id)),
        func.count(Participant.id),
        count_if(signed),
        count_if(
            (Participant.attendance == Attendance.LEAVE)
            | and_(Participant.attendance == Attendance.SUBSTITUTE, Participant.signed_in_at.is_(None))
        ),
        count_if(and_(Participant.attendance == Attendance.SUBSTITUTE, Participant.signed_in_at.is_not(None))),
        count_if(and_(signed, Participant.signed_in_at > Meeting.starts_at)),
        count_if(Participant.attendance == Attendance.ABSENT),
    ]


def _where(lo: dt.datetime, hi: dt.datetime) -> list[ColumnElement[bool]]:
    return [
        Meeting.starts_at >= lo,
        Meeting.starts_at < hi,
        Meeting.deleted_at.is_(None),
        Meeting.status.in_(list(COUNTED_STATUSES)),
        Participant.role != ParticipantRole.STAFF,
    ]


def _unit_id(uow: UnitOfWork, unit_name: str | None) -> int | None:
    if not unit_name:
        return None
    unit_id = uow.session.scalar(select(Unit.id).where((Unit.name == unit_name) | (Unit.short_name == unit_name)))
    if unit_id is None:
        raise NotFoundError(f"没有名为“{unit_name}”的单位。")
    return unit_id


def statistics(
    uow: UnitOfWork,
    date_from: dt.date,
    date_to: dt.date,
    group_by: GroupBy = "unit",
    unit_name: str | None = None,
) -> Statistics:
    """应到/实到/请假/代会/迟到/缺席 and 出席率 per unit, person or meeting, plus the total line."""
    lo, hi = period_bounds(uow, date_from, date_to)
    unit_id = _unit_id(uow, unit_name)
    where = _where(lo, hi)
    if unit_id is not None:
        where.append(Person.unit_id == unit_id)
    base = select(*_measures()).select_from(Participant).join(Meeting, Participant.meeting_id == Meeting.id)
    base = base.join(Person, Participant.person_id == Person.id).where(*where)
    rows: list[StatRow] = []
    s = uow.session
    if group_by == "unit":
        query = base.add_columns(Unit.id, Unit.name, Unit.sort_order).join(Unit, Person.unit_id == Unit.id)
        query = query.group_by(Unit.id, Unit.name, Unit.sort_order).order_by(Unit.sort_order, Unit.name)
        for m, e, p, lv, sb, lt, ab, uid, uname, _ in s.execute(query):
            rows.append(StatRow(uid, uname, uname, "", m, e, p, lv, sb, lt, ab))
    elif group_by == "person":
        query = base.add_columns(Person.id, Person.name, Person.title, Unit.name, Unit.sort_order, Person.sort_order)
        query = query.join(Unit, Person.unit_id == Unit.id)
        query = query.group_by(Person.id, Person.name, Person.title, Unit.name, Unit.sort_order, Person.sort_order)
        query = query.order_by(Unit.sort_order, Unit.name, Person.sort_order, Person.name)
        for m, e, p, lv, sb, lt, ab, pid, pname, title, uname, _, _ in s.execute(query):
            rows.append(StatRow(pid, pname, uname, title, m, e, p, lv, sb, lt, ab))
    elif group_by == "meeting":
        query = base.add_columns(Meeting.id, Meeting.title, Meeting.starts_at)
        query = query.group_by(Meeting.id, Meeting.title, Meeting.starts_at).order_by(Meeting.starts_at, Meeting.id)
        tz = uow.settings.tz()
        for m, e, p, lv, sb, lt, ab, mid, title, start in s.execute(query):
            rows.append(StatRow(mid, title, "", f"{start.astimezone(tz):%Y-%m-%d %H:%M}", m, e, p, lv, sb, lt, ab))
    else:
        raise ValidationError(f"统计方式“{group_by}”无效，应为 unit、person 或 meeting。")
    total = s.execute(base).one()
    total_row = StatRow(0, "合计", "", "", *(int(v or 0) for v in total))
    return Statistics(group_by, period_label(date_from, date_to), tuple(rows), total_row)


# ---------------------------------------------------------------- 通报


def absence_report(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> AbsenceReport:
    """迟到 and 缺席 without approved leave over a period, for the printed 通报 (layout: huiwu.printing)."""
    lo, hi = period_bounds(uow, date_from, date_to)
    s = uow.session
    late_cond = and_(
        Participant.attendance.in_([Attendance.PRESENT, Attendance.SUBSTITUTE]),
        Participant.signed_in_at.is_not(None),
        Participant.signed_in_at > Meeting.starts_at,
    )
    query = (
        select(Participant, Meeting, Person, Unit)
        .join(Meeting, Participant.meeting_id == Meeting.id)
        .join(Person, Participant.person_id == Person.id)
        .join(Unit, Person.unit_id == Unit.id)
        .where(*_where(lo, hi), (Participant.attendance == Attendance.ABSENT) | late_cond)
        .order_by(Meeting.starts_at, Meeting.id, Unit.sort_order, Person.sort_order, Person.name)
    )
    found = s.execute(query).all()
    # Requests that exist but were not approved: the 通报 says so (是否请假 / 请假方式).
    keys = {(p.meeting_id, p.person_id) for p, *_ in found}
    requests: dict[tuple[int, int], LeaveRequest] = {}
    if keys:
        for request in s.scalars(
            select(LeaveRequest).where(
                LeaveRequest.meeting_id.in_({k[0] for k in keys}),
                LeaveRequest.person_id.in_({k[1] for k in keys}),
            )
        ):
            if request.meeting_id is not None:
                requests[(request.meeting_id, request.person_id)] = request
    rows: list[AbsenceRow] = []
    for i, (p, m, person, unit) in enumerate(found, 1):
        absent = p.attendance == Attendance.ABSENT
        minutes = None
        if not absent and p.signed_in_at is not None:
            minutes = max(1, -(-int((p.signed_in_at - m.starts_at).total_seconds()) // 60))
        req = requests.get((m.id, person.id))
        on_leave = "否" if req is None else f"已请假（{LEAVE_STATE_LABELS[LeaveState(req.state)]}）"
        rows.append(
            AbsenceRow(
                seq=i,
                name=person.name,
                unit_name=unit.name,
                title=person.title,
                meeting_title=m.title,
                meeting_start=m.starts_at,
                kind="缺席" if absent else "迟到",
                minutes_late=minutes,
                on_leave=on_leave,
                leave_channel=req.channel if req is not None else "",
                reason=req.reason if req is not None else "",
            )
        )
    return AbsenceReport(period_label(date_from, date_to), tuple(rows))


# ---------------------------------------------------------------- export


def stat_table(stats: Statistics) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Header and rows as the CLI and the xlsx show them."""
    first = {"unit": ("单位",), "person": ("姓名", "单位", "职务"), "meeting": ("会议", "时间")}[stats.group_by]
    header = ("序号", *first, "会议数", *HEADERS)
    rows: list[tuple[Any, ...]] = []
    for i, r in enumerate([*stats.rows, stats.total], 1):
        is_total = r is stats.total
        name: tuple[Any, ...] = {
            "unit": (r.label,),
            "person": (r.label, r.unit_name, r.title),
            "meeting": (r.label, r.title),
        }[stats.group_by]
        rows.append(("" if is_total else i, *name, r.meetings, r.expected, r.present, r.leave, r.substitute,
                     r.late, r.absent, r.rate_text))
    return header, rows


def export_xlsx(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, path: Path, unit_name: str | None = None) -> Path:
    """One workbook: 按单位 / 按人员 / 按会议 sheets and the 通报 list."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheets = (("unit", "按单位"), ("person", "按人员"), ("meeting", "按会议"))
    label = period_label(date_from, date_to)
    for index, (group_by, title) in enumerate(sheets):
        stats = statistics(uow, date_from, date_to, group_by, unit_name)  # type: ignore[arg-type]
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        header, rows = stat_table(stats)
        sheet.append([f"参会考勤统计（{label}）"])
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
        _style(sheet, len(header), Font, Alignment)
    report = absence_report(uow, date_from, date_to)
    sheet = book.create_sheet("通报")
    sheet.append([f"迟到、缺席情况通报（{report.period_label}）"])
    sheet.append(["序号", "姓名", "单位", "职务", "会议", "会议时间", "情况", "迟到分钟", "是否请假", "请假方式", "缺席原因"])
    tz = uow.settings.tz()
    for r in report.rows:
        if unit_name and r.unit_name != unit_name:
            continue
        sheet.append([r.seq, r.name, r.unit_name, r.title, r.meeting_title,
                      f"{r.meeting_start.astimezone(tz):%Y-%m-%d %H:%M}", r.kind, r.minutes_late or "",
                      r.on_leave, r.leave_channel, r.reason])
    _style(sheet, 11, Font, Alignment)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def _style(sheet: Any, columns: int, font: Any, alignment: Any) -> None:
    sheet["A1"].font = font(bold=True, size=14)
    for cell in sheet[2]:
        cell.font = font(bold=True)
        cell.alignment = alignment(horizontal="center")
    for i in range(columns):
        letter = chr(ord("A") + i)
        width = max((len(str(c.value or "")) for c in sheet[letter][1:]), default=4)
        sheet.column_dimensions[letter].width = min(40, max(6, width * 2 + 2))
    sheet.freeze_panes = "A3"
