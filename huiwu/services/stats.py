"""Attendance statistics per meeting, per unit and per person over any period, the 通报, and xlsx export.

One query loads the invitees of the meetings that took place (进行中 / 已结束, not deleted) with their leave;
the office's rules (:mod:`huiwu.rules.attendance`) say what each record means, and the statistics, the
通报 on screen, in the .xlsx, in the CLI and on paper all count those same outcomes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any, Literal, NamedTuple

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import aliased

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, ValidationError
from huiwu.files import append_text_row, save_workbook
from huiwu.models import (
    LEAVE_STATE_LABELS,
    Attendance,
    LeaveRequest,
    LeaveState,
    Meeting,
    MeetingStatus,
    Participant,
    Person,
    Unit,
)
from huiwu.progress import CancelCheck, Meter, Progress
from huiwu.rules import attendance as rules
from huiwu.rules.leave import LeaveFact, covers, substitute_allowed
from huiwu.rules.order import person_order, seat_order, unit_order
from huiwu.services.leave import leave_facts
from huiwu.services.rows import plain_rows, streamed_rows

GroupBy = Literal["unit", "person", "meeting"]
COUNTED_STATUSES = (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED)
_READ = 700  # share of the statistics' progress (of 1000) spent reading the seats; the rest is the tallies
_FETCH = 5000  # seats fetched at a time, so the first are counted while the database still reads the rest

# The measures of a statistics row: (key, label). The CLI, the .xlsx and the GUI's columns all list these.
MEASURES: tuple[tuple[str, str], ...] = (
    ("meetings", "会议数"),
    ("expected", "应到"),
    ("present", "实到"),
    ("own", "本人出席"),
    ("substitute", "代会"),
    ("leave", "请假"),
    ("late", "迟到"),
    ("left_early", "早退"),
    ("absent", "缺席"),
    ("own_rate", "出席率（本人）"),
    ("rate", "到会率（含代会）"),
)
HEADERS = tuple(label for _, label in MEASURES)


@dataclass(frozen=True)
class StatRow:
    key: int
    label: str  # unit name, person name or meeting title
    unit_name: str
    title: str  # 职务 (person) or the start time (meeting), else ""
    meetings: int
    tally: rules.Tally

    def value(self, measure: str) -> int | str:
        """The cell of one of :data:`MEASURES`; rates as text ("92.0%")."""
        if measure == "meetings":
            return self.meetings
        if measure in ("own_rate", "rate"):
            return rules.rate_text(getattr(self.tally, measure))
        return int(getattr(self.tally, measure))

    @property
    def expected(self) -> int:
        return self.tally.expected

    @property
    def rate(self) -> float | None:
        return self.tally.rate

    @property
    def own_rate(self) -> float | None:
        return self.tally.own_rate


@dataclass(frozen=True)
class Statistics:
    group_by: str
    period_label: str
    rows: tuple[StatRow, ...]
    total: StatRow


@dataclass(frozen=True)
class AbsenceRow:
    """One line of the 通报: one seat at one meeting, one kind (迟到 / 缺席 / 早退 / 未经批准代会)."""

    seq: int
    name: str  # the invitee (a late 代会 is listed under the invitee, with ``substitute``)
    unit_name: str
    title: str
    meeting_title: str
    meeting_start: dt.datetime
    kind: str  # one of rules.REPORT_KINDS
    minutes: int | None  # 迟到: minutes late; 早退: minutes before the end
    substitute: str | None  # the 代会 person, if one signed in for the invitee
    on_leave: str  # 是否请假: "否", or a request that did not excuse them ("已请假（未批准）")
    leave_channel: str  # 请假方式, "" when none
    reason: str  # 原因 from that request, "" when none

    @property
    def situation(self) -> str:
        """情形, as the screen, the .xlsx, the CLI and the printed 通报 say it."""
        return rules.report_text(self.kind, self.minutes, self.substitute)

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "unit": self.unit_name, "kind": self.kind, "minutes": self.minutes,
                "substitute": self.substitute, "meeting": self.meeting_title,
                "meeting_start": self.meeting_start.isoformat(), "on_leave": self.on_leave}


@dataclass(frozen=True)
class AbsenceReport:
    period_label: str
    rows: tuple[AbsenceRow, ...]
    meeting_count: int  # meetings that took place in the period

    def count(self, kind: str) -> int:
        return sum(r.kind == kind for r in self.rows)


# ---------------------------------------------------------------- period


def period_bounds(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """Office-local whole days [from 00:00, to+1 00:00) as aware datetimes."""
    if date_to < date_from:
        raise ValidationError(f"统计的结束日期 {date_to} 早于开始日期 {date_from}。")
    tz = uow.settings.tz()
    lo = dt.datetime.combine(date_from, dt.time(), tzinfo=tz)
    hi = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return lo, hi


def period_label(date_from: dt.date, date_to: dt.date) -> str:
    """"2026年11月" for a whole month, else "2026年11月3日至11月9日" (the year again when it changes)."""
    next_day = date_to + dt.timedelta(days=1)
    if (date_from.day == 1 and next_day.day == 1 and date_from.month == date_to.month
            and date_from.year == date_to.year):
        return f"{date_from.year}年{date_from.month}月"
    if date_from.year == date_to.year:
        return f"{date_from.year}年{date_from.month}月{date_from.day}日至{date_to.month}月{date_to.day}日"
    return f"{date_from.year}年{date_from.month}月{date_from.day}日至{date_to.year}年{date_to.month}月{date_to.day}日"


# ---------------------------------------------------------------- the seats of a period


class _Record(NamedTuple):
    """One invitee at one meeting that took place: the facts the statistics and the 通报 read.

    A tuple rather than a frozen dataclass: a year's statistics make 200,000 of them, and a frozen dataclass sets
    its 15 fields one ``object.__setattr__`` at a time (issue 18)."""

    participant_id: int
    meeting_id: int
    meeting_title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    person_id: int
    person_name: str
    person_title: str
    person_sort: int
    unit_id: int
    unit_name: str
    unit_sort: int
    role: str
    substitute: str  # who stood in ("" if nobody)
    outcome: rules.Outcome

    @property
    def order(self) -> tuple[object, ...]:
        return seat_order(self.role, self.unit_sort, self.unit_name, self.unit_id, self.person_sort,
                          self.person_name, self.person_id)


_MeetingFacts = tuple[str, dt.datetime, dt.datetime]  # title, starts_at, ends_at
_PersonFacts = tuple[str, str, int, int, str, int]  # name, 职务, 排序号, unit id, unit name, unit 排序号


def _meeting_facts(uow: UnitOfWork, where: Any) -> dict[int, _MeetingFacts]:
    rows = plain_rows(uow, select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.ends_at).where(where))
    return {mid: (title, start, end) for mid, title, start, end in rows}


def _person_facts(uow: UnitOfWork, where: Any) -> dict[int, _PersonFacts]:
    rows = plain_rows(uow, select(Person.id, Person.name, Person.title, Person.sort_order, Unit.id, Unit.name,
                                  Unit.sort_order).join(Unit, Person.unit_id == Unit.id).where(where))
    return {row[0]: tuple(row[1:]) for row in rows}  # type: ignore[misc]


def _records(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, unit_id: int | None = None,
             progress: Progress | None = None) -> list[_Record]:
    """Every invitee of the meetings that took place in [lo, hi), with the outcome of their record.

    The seats are read with their own columns only, and the meetings, the people (with their units) and the
    requests they point to once each beside them: the same 200,000 rows with a third of the columns, and
    each meeting's title and times read once instead of once per invitee (issue 18).
    With ``progress``, the rows are counted first (a tenth of the time of reading them) so that a year's
    200,000 seats can be reported as they are read.
    """
    held = and_(Meeting.starts_at >= lo, Meeting.starts_at < hi, Meeting.deleted_at.is_(None),
                Meeting.status.in_(list(COUNTED_STATUSES)))
    substitute = aliased(Person)

    def seats(*columns: Any) -> Select[Any]:
        query = select(*columns).join(Meeting, Participant.meeting_id == Meeting.id).where(held)
        if unit_id is not None:
            query = query.join(Person, Participant.person_id == Person.id).where(Person.unit_id == unit_id)
        return query

    meetings = _meeting_facts(uow, held)
    people = _person_facts(uow, Person.id.in_(seats(Participant.person_id)))
    leaves = leave_facts(uow, seats(Participant.leave_request_id))
    query = seats(
        Participant.id, Participant.meeting_id, Participant.person_id, Participant.role, Participant.attendance,
        Participant.signed_in_at, Participant.left_at, Participant.substitute_person_id, Participant.substitute_name,
        substitute.name, Participant.leave_request_id,
    ).outerjoin(substitute, Participant.substitute_person_id == substitute.id)
    early = uow.settings.early_minutes
    count = 0
    if progress is not None:
        count = uow.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        progress(0, count)
    records: list[_Record] = []
    unmatched: list[Any] = []

    def add(seat: Any, last_look: bool = False) -> bool:
        """Count the seat if its facts were read (on the last look, a request no longer there is no leave)."""
        pid, mid, person_id, role, state, signed, left, sub_id, sub_typed, sub_person, leave_id = seat
        meeting, person = meetings.get(mid), people.get(person_id)
        leave = None if leave_id is None else leaves.get(leave_id)
        if meeting is None or person is None or (leave is None and leave_id is not None and not last_look):
            return False
        title, start, end = meeting
        name, ptitle, psort, uid, uname, usort = person
        sub_name = sub_person or sub_typed
        if leave is not None and not covers(leave, mid, start, end):
            leave = None
        record = rules.Seat(role, state, signed, left, sub_name, substitute_allowed(leave, sub_id, sub_name))
        records.append(_Record(pid, mid, title, start, end, person_id, name, ptitle, psort, uid, uname, usort, role,
                               sub_name if record.state == Attendance.SUBSTITUTE else "",
                               rules.outcome(record, start, end, early)))
        return True

    for i, seat in enumerate(streamed_rows(uow, query, _FETCH)):
        if progress is not None:
            progress(i, count)
        if not add(seat):
            unmatched.append(seat)
    if unmatched:
        _catch_up(uow, unmatched, meetings, people, leaves)
        for seat in unmatched:
            add(seat, last_look=True)  # a seat whose meeting was deleted while it was read went with it
    if progress is not None:
        progress(count, count)
    return records


def _catch_up(uow: UnitOfWork, seats: list[Any], meetings: dict[int, _MeetingFacts],
              people: dict[int, _PersonFacts], leaves: dict[int, LeaveFact]) -> None:
    """The facts of seats that came into the period after the facts were read (a meeting finished, a request
    linked in between the statements), read by their ids."""
    missing_meetings = {row[1] for row in seats} - meetings.keys()
    missing_people = {row[2] for row in seats} - people.keys()
    missing_leaves = {row[10] for row in seats if row[10] is not None} - leaves.keys()
    if missing_meetings:
        meetings.update(_meeting_facts(uow, Meeting.id.in_(missing_meetings)))
    if missing_people:
        people.update(_person_facts(uow, Person.id.in_(missing_people)))
    if missing_leaves:
        leaves.update(leave_facts(uow, missing_leaves))


# ---------------------------------------------------------------- statistics


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
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> Statistics:
    """应到/实到/本人/代会/请假/迟到/早退/缺席 and both 出席率 per unit, person or meeting, plus the total.

    Nothing is written, so ``cancelled`` may stop it at any report (raising :class:`~huiwu.errors.Cancelled`).
    """
    if group_by not in ("unit", "person", "meeting"):
        raise ValidationError(f"统计方式“{group_by}”无效，应为 unit、person 或 meeting。")
    lo, hi = period_bounds(uow, date_from, date_to)
    meter = Meter(progress, cancelled)
    read = meter.part(0, _READ) if progress is not None or cancelled is not None else None
    records = [r for r in _records(uow, lo, hi, _unit_id(uow, unit_name), read) if r.outcome.expected]
    groups: dict[int, list[_Record]] = {}
    key_of = attrgetter({"unit": "unit_id", "person": "person_id", "meeting": "meeting_id"}[group_by])
    for r in records:
        groups.setdefault(key_of(r), []).append(r)
    tz = uow.settings.tz()
    rows: list[tuple[tuple[object, ...], StatRow]] = []
    tallied = meter.part(_READ, meter.total)
    for n, (key, members) in enumerate(groups.items()):
        tallied(n, len(groups))
        first = members[0]
        t = rules.tally(r.outcome for r in members)
        meetings = len({r.meeting_id for r in members})
        if group_by == "unit":
            order: tuple[object, ...] = unit_order(first.unit_sort, first.unit_name, first.unit_id)
            row = StatRow(key, first.unit_name, first.unit_name, "", meetings, t)
        elif group_by == "person":
            order = person_order(first.unit_sort, first.unit_name, first.unit_id, first.person_sort,
                                 first.person_name, first.person_id)
            row = StatRow(key, first.person_name, first.unit_name, first.person_title, meetings, t)
        else:
            order = (first.starts_at, first.meeting_id)
            row = StatRow(key, first.meeting_title, "", f"{first.starts_at.astimezone(tz):%Y-%m-%d %H:%M}", meetings, t)
        rows.append((order, row))
    rows.sort(key=lambda pair: pair[0])
    total = StatRow(0, "合计", "", "", len({r.meeting_id for r in records}), rules.tally(r.outcome for r in records))
    meter.finish()
    return Statistics(group_by, period_label(date_from, date_to), tuple(row for _, row in rows), total)


# ---------------------------------------------------------------- 通报


def absence_report(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, unit_name: str | None = None, *,
                   progress: Progress | None = None, cancelled: CancelCheck | None = None) -> AbsenceReport:
    """The 通报: 迟到, 缺席, 早退 and 未经批准代会 at the meetings of a period — for the screen, the .xlsx, the CLI
    and the printed 通报 alike (huiwu.printing.report lays it out). ``progress`` and ``cancelled`` as for
    :func:`statistics`."""
    lo, hi = period_bounds(uow, date_from, date_to)
    meter = Meter(progress, cancelled)
    read = meter.part(0, _READ) if progress is not None or cancelled is not None else None
    records = sorted(_records(uow, lo, hi, _unit_id(uow, unit_name), read),
                     key=lambda r: (r.starts_at, r.meeting_id, r.order))
    entries = [(r, kind) for r in records for kind in r.outcome.report_kinds()]
    # Requests that exist but did not excuse the person: the 通报 says so (是否请假 / 请假方式 / 原因).
    keys = {(r.meeting_id, r.person_id) for r, _ in entries}
    requests: dict[tuple[int, int], LeaveRequest] = {}
    if keys:
        for request in uow.session.scalars(
            select(LeaveRequest).where(
                LeaveRequest.meeting_id.in_({k[0] for k in keys}),
                LeaveRequest.person_id.in_({k[1] for k in keys}),
            ).order_by(LeaveRequest.id)
        ):
            if request.meeting_id is not None:
                requests[(request.meeting_id, request.person_id)] = request
    rows: list[AbsenceRow] = []
    for i, (r, kind) in enumerate(entries, 1):
        req = requests.get((r.meeting_id, r.person_id))
        minutes = rules.report_minutes(r.outcome, kind)
        rows.append(AbsenceRow(
            seq=i, name=r.person_name, unit_name=r.unit_name, title=r.person_title, meeting_title=r.meeting_title,
            meeting_start=r.starts_at, kind=kind, minutes=minutes, substitute=r.substitute or None,
            on_leave="否" if req is None else f"已请假（{LEAVE_STATE_LABELS[LeaveState(req.state)]}）",
            leave_channel=req.channel if req is not None else "", reason=req.reason if req is not None else "",
        ))
    meetings = uow.session.scalar(
        select(func.count(Meeting.id)).where(Meeting.starts_at >= lo, Meeting.starts_at < hi,
                                             Meeting.deleted_at.is_(None), Meeting.status.in_(list(COUNTED_STATUSES)))
    )
    meter.finish()
    return AbsenceReport(period_label(date_from, date_to), tuple(rows), int(meetings or 0))


# ---------------------------------------------------------------- export


REPORT_HEADER = ("序号", "姓名", "单位", "职务", "会议", "会议时间", "情形", "是否请假", "请假方式", "原因")


def report_table(report: AbsenceReport, tz: dt.tzinfo) -> list[tuple[object, ...]]:
    """The 通报 rows as the .xlsx and the CLI show them (columns: :data:`REPORT_HEADER`)."""
    return [(r.seq, r.name, r.unit_name, r.title, r.meeting_title, f"{r.meeting_start.astimezone(tz):%Y-%m-%d %H:%M}",
             r.situation, r.on_leave, r.leave_channel, r.reason) for r in report.rows]


def stat_table(stats: Statistics) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
    """Header and rows as the CLI and the xlsx show them."""
    first = {"unit": ("单位",), "person": ("姓名", "单位", "职务"), "meeting": ("会议", "时间")}[stats.group_by]
    header = ("序号", *first, *HEADERS)
    rows: list[tuple[Any, ...]] = []
    for i, r in enumerate([*stats.rows, stats.total], 1):
        is_total = r is stats.total
        name: tuple[Any, ...] = {
            "unit": (r.label,),
            "person": (r.label, r.unit_name, r.title),
            "meeting": (r.label, r.title),
        }[stats.group_by]
        rows.append(("" if is_total else i, *name, *(r.value(key) for key, _ in MEASURES)))
    return header, rows


def export_xlsx(uow: UnitOfWork, date_from: dt.date, date_to: dt.date, path: Path, unit_name: str | None = None,
                *, progress: Progress | None = None, cancelled: CancelCheck | None = None) -> Path:
    """One workbook: 按单位 / 按人员 / 按会议 sheets and the 通报 list. The file is written last, so a cancel
    (``cancelled``, checked at each report of ``progress``) leaves no file behind."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheets = (("unit", "按单位"), ("person", "按人员"), ("meeting", "按会议"))
    label = period_label(date_from, date_to)
    meter = Meter(progress, cancelled)
    share = meter.total * 9 // 10 // (len(sheets) + 1)  # the last tenth: writing the file
    for index, (group_by, title) in enumerate(sheets):
        stats = statistics(uow, date_from, date_to, group_by, unit_name,  # type: ignore[arg-type]
                           progress=meter.part(index * share, (index + 1) * share))
        sheet = book.active if index == 0 else book.create_sheet()
        assert sheet is not None
        sheet.title = title
        header, rows = stat_table(stats)
        sheet.append([f"参会考勤统计（{label}）"])
        sheet.append(list(header))
        for row in rows:
            append_text_row(sheet, row)
        _style(sheet, len(header), Font, Alignment)
    report = absence_report(uow, date_from, date_to, unit_name,
                            progress=meter.part(len(sheets) * share, (len(sheets) + 1) * share))
    sheet = book.create_sheet("通报")
    sheet.append([f"迟到、缺席、早退及未经批准代会情况通报（{report.period_label}）"])
    sheet.append(list(REPORT_HEADER))
    for row in report_table(report, uow.settings.tz()):
        append_text_row(sheet, row)
    _style(sheet, len(REPORT_HEADER), Font, Alignment)
    meter.report((len(sheets) + 1) * share)  # the last point a cancel is heeded: no file written yet
    saved = save_workbook(book, Path(path))
    meter.finish()
    return saved


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
