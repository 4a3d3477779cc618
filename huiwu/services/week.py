"""周安排: one ISO week merging the office's meetings, imported calendars and approved leave.

The view is computed, never stored, except for the 定稿 snapshot: once a week is finalised, every later
change of one of its meetings is recorded as a :class:`~huiwu.models.WeekAmendment` by the meetings
service when the meeting changes (:func:`record_meeting_change`), by whoever changed it. Viewing or printing
the week only reads.

The clashes of one meeting with the rest of the schedule (:func:`meeting_clashes`, :func:`clashes_of`) are
found by the same engine and worded the same way as the week's, so the editor and 周安排 say the same thing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased, joinedload, selectinload

from huiwu.calendar.workdays import missing_year_message
from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, RuleError, ValidationError
from huiwu.models import (
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    MERGE_KIND_LABELS,
    WEEK_STATE_LABELS,
    ImportedCalendar,
    ImportedEvent,
    ImportedEventPerson,
    LeaveRequest,
    Meeting,
    MeetingStatus,
    MergeKind,
    Participant,
    Person,
    Unit,
    UnitKind,
    Venue,
    WeekAmendment,
    WeekPlan,
    WeekState,
)
from huiwu.rules.leave import COVERING_STATES, absence
from huiwu.rules.order import person_order_columns, seat_order
from huiwu.rules.schedule import AFTERNOON_END, AFTERNOON_START, MORNING_END
from huiwu.rules.secrecy import highest_secrecy, is_state_secret, secrecy_mark
from huiwu.schedule.conflicts import Conflict, LeaveSpan, PersonRef, ScheduledItem, detect_conflicts
from huiwu.schedule.merge import MeetingSummary, propose_merges
from huiwu.services import audit
from huiwu.services.holidays import work_calendar
from huiwu.services.leave import county_head_id, leave_fact

if TYPE_CHECKING:
    from huiwu.calendar.ics_import import ParsedEvent

__all__ = [
    "AbsenceBand",
    "AmendmentRow",
    "ConflictRow",
    "DayRow",
    "PlacedItem",
    "ProposalRow",
    "WeekFilters",
    "WeekItem",
    "WeekView",
    "clashes_of",
    "day_parts",
    "edition_title",
    "finalize_week",
    "meeting_clashes",
    "parse_week",
    "record_meeting_change",
    "redact_secret",
    "resolve_signer",
    "set_amendment_reason",
    "signoff_line",
    "slot_of",
    "week_bounds",
    "week_doc",
    "week_entries",
    "week_label",
    "week_pdf",
    "week_view",
]

WEEKDAY_LABELS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
Slot = Literal["上午", "下午", "晚上"]
SLOTS: tuple[Slot, ...] = ("上午", "下午", "晚上")
CONFLICT_KIND_LABELS = {
    "non_working_day": "非工作日",
    "venue_double_booked": "会议室冲突",
    "chair_double_booked": "主持人冲突",
    "person_double_booked": "人员冲突",
    "invitee_on_leave": "请假人员",
}
CHANGE_LABELS = {"added": "新增", "changed": "变更", "cancelled": "取消"}


# ---------------------------------------------------------------- plain data


@dataclass(frozen=True)
class WeekFilters:
    person_id: int | None = None
    venue_id: int | None = None
    unit_id: int | None = None
    calendar_id: int | None = None  # only this imported calendar; 0 = the office's meetings only

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.person_id, self.venue_id, self.unit_id, self.calendar_id))


@dataclass(frozen=True)
class DayRow:
    date: dt.date
    weekday_label: str
    label: str  # "国庆节" / "调休上班" / ""
    kind: str  # workday / weekend / holiday / adjusted_workday
    is_workday: bool
    detail: str = ""


@dataclass(frozen=True)
class WeekItem:
    key: str  # "meeting:12" / "event:5:0"
    source: Literal["meeting", "imported"]
    title: str
    start: dt.datetime  # office zone
    end: dt.datetime
    all_day: bool
    slot: Slot
    meeting_id: int | None = None
    event_id: int | None = None
    calendar_id: int | None = None
    calendar_name: str = ""
    color: str = ""
    place: str = ""
    venue_id: int | None = None
    chair_name: str = ""
    host_unit_name: str = ""
    participants_text: str = ""
    person_ids: tuple[int, ...] = ()
    kind_label: str = ""
    status: str = ""
    status_label: str = ""
    cancelled: bool = False
    confidential: str = "public"
    amended: bool = False

    @property
    def read_only(self) -> bool:
        return self.source == "imported"

    @property
    def day(self) -> dt.date:
        return self.start.date()

    @property
    def time_text(self) -> str:
        if self.all_day:
            return "全天"
        return f"{self.start:%H:%M}—{self.end:%H:%M}"


@dataclass(frozen=True)
class AbsenceBand:
    person_id: int
    person_name: str
    start: dt.datetime
    end: dt.datetime
    reason: str
    leave_id: int
    meeting_id: int | None = None


@dataclass(frozen=True)
class ConflictRow:
    kind: str
    kind_label: str
    severity: str
    message: str
    suggestion: str
    resource: str
    start: dt.datetime
    end: dt.datetime
    item_keys: tuple[str, ...]
    meeting_ids: tuple[int, ...]


@dataclass(frozen=True)
class ProposalRow:
    kind: str
    kind_label: str
    source_id: int
    source_title: str
    target_id: int
    target_title: str
    score: float
    reason: str
    source_version: int = 0  # for meetings.merge_meetings: accepting checks neither changed meanwhile
    target_version: int = 0


@dataclass(frozen=True)
class AmendmentRow:
    meeting_id: int | None
    change: str
    change_label: str
    description: str
    created_at: dt.datetime
    reason: str = ""
    amendment_id: int = 0

    @property
    def text(self) -> str:
        """The 变更 as printed and listed: what changed, then why."""
        return f"{self.description}（原因：{self.reason}）" if self.reason else self.description


@dataclass(frozen=True)
class WeekView:
    iso_year: int
    iso_week: int
    label: str
    monday: dt.date
    days: tuple[DayRow, ...]
    items: tuple[WeekItem, ...]
    absences: tuple[AbsenceBand, ...]
    conflicts: tuple[ConflictRow, ...]
    proposals: tuple[ProposalRow, ...]
    state: str = WeekState.DRAFT
    state_label: str = "草稿"
    finalized_at: dt.datetime | None = None
    finalized_by: str = ""
    signer_id: int | None = None
    signer_name: str = ""  # 签发
    signed_at: dt.datetime | None = None
    edition: int = 0  # 第N版; 0 until the first 定稿
    amendments: tuple[AmendmentRow, ...] = ()  # the 变更 since the current edition was signed
    warnings: tuple[str, ...] = ()
    calendars: tuple[tuple[int, str, str], ...] = ()  # (id, name, colour) of the visible imported calendars
    secret_meetings: tuple[tuple[int, str], ...] = ()  # (id, title) of the 涉密 meetings shown or named (redact_secret)

    def placed(self) -> list[PlacedItem]:
        """Every item in each (day, half) of this week it occupies (:func:`day_parts`), in the items' order:
        the one layout the grid, the printed week and ``huiwu week show`` draw."""
        week = {self.monday + dt.timedelta(days=n) for n in range(7)}
        out: list[PlacedItem] = []
        for item in self.items:
            parts = day_parts(item.start, item.end, all_day=item.all_day)
            dates = sorted({d for d, _ in parts})
            out.extend(PlacedItem(item, d, half, dates.index(d) + 1, len(dates)) for d, half in parts if d in week)
        return out

    def items_on(self, day: dt.date) -> list[WeekItem]:
        """The items that occupy ``day`` (a multi-day item on each of its days), each once."""
        seen: dict[str, WeekItem] = {}
        for p in self.placed():
            if p.date == day:
                seen.setdefault(p.item.key, p.item)
        return list(seen.values())


@dataclass(frozen=True)
class PlacedItem:
    """An item in one half-day of one of its days: day ``day_no`` of ``day_count`` it spans."""

    item: WeekItem
    date: dt.date
    slot: Slot
    day_no: int = 1
    day_count: int = 1

    @property
    def time_text(self) -> str:
        """The time as that day shows it: "09:00起" on a multi-day item's first day, "全天" between,
        "至17:00" on its last."""
        i = self.item
        if self.day_count == 1 or i.all_day:
            return i.time_text
        if self.day_no == 1:
            return f"{i.start:%H:%M}起"
        if self.day_no == self.day_count and i.end.date() == self.date:
            return f"至{i.end:%H:%M}"
        return "全天"

    @property
    def span_label(self) -> str:
        """"（第1天/共3天）" on the first day, "（续，第2天/共3天）" after; nothing for a one-day item."""
        if self.day_count == 1:
            return ""
        if self.day_no == 1:
            return f"（第1天/共{self.day_count}天）"
        return f"（续，第{self.day_no}天/共{self.day_count}天）"

    @property
    def title_text(self) -> str:
        return self.item.title + self.span_label


# ---------------------------------------------------------------- week arithmetic


def week_bounds(iso_year: int, iso_week: int, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """Monday 00:00 to the next Monday 00:00 in the office zone."""
    try:
        monday = dt.date.fromisocalendar(iso_year, iso_week, 1)
    except ValueError:
        raise ValidationError(f"{iso_year} 年没有第 {iso_week} 周。") from None
    start = dt.datetime.combine(monday, dt.time(), tzinfo=tz)
    return start, start + dt.timedelta(days=7)


def week_label(iso_year: int, iso_week: int) -> str:
    monday = dt.date.fromisocalendar(iso_year, iso_week, 1)
    sunday = monday + dt.timedelta(days=6)
    return f"{iso_year}年第{iso_week}周（{monday.month}月{monday.day}日—{sunday.month}月{sunday.day}日）"


def parse_week(text: str) -> tuple[int, int]:
    """'2026-W48' / '2026W48' / '2026-48' → (2026, 48)."""
    cleaned = text.strip().upper().replace("W", "-").replace("--", "-")
    parts = [p for p in cleaned.split("-") if p]
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValidationError(f"无法识别的周：{text}（应写作 2026-W48）。")
    year, week = int(parts[0]), int(parts[1])
    week_bounds(year, week, dt.UTC)
    return year, week


def slot_of(start: dt.datetime) -> Slot:
    """The half-day a start falls in, on the 日程's boundaries (huiwu.rules.schedule): before 12:00 上午, before
    the afternoon's end 下午, later 晚上 (an evening session)."""
    t = start.time()
    if t < MORNING_END:
        return "上午"
    if t < AFTERNOON_END:
        return "下午"
    return "晚上"


def day_parts(start: dt.datetime, end: dt.datetime, tz: dt.tzinfo | None = None, *,
              all_day: bool = False) -> list[tuple[dt.date, Slot]]:
    """The (day, half) cells of the week an item occupies: one rule for the grid, the printed week and the CLI.

    An item occupies each day from its start date to its end date (an end at exactly 00:00 does not occupy
    that day). On its first day it takes the halves from the one it starts in, on its last day those up to the
    one it ends in, and both 上午 and 下午 of the days between. The halves are the 日程's (huiwu.rules.schedule):
    an end by the afternoon's start (ending over lunch) ends in the morning, as a 日程 session does; a start
    after the afternoon's end is an evening (晚上) that day, and later days begin with the morning. An all-day
    event takes 上午 and 下午 of each of its days.
    """
    if tz is not None:
        start, end = start.astimezone(tz), end.astimezone(tz)
    first = start.date()
    last = max((end - dt.timedelta(microseconds=1)).date(), first) if end > start else first
    out: list[tuple[dt.date, Slot]] = []
    day = first
    while day <= last:
        if all_day:
            halves: tuple[Slot, ...] = ("上午", "下午")
        else:
            begin = SLOTS.index(slot_of(start)) if day == first else 0
            stop = 0 if day == end.date() and end.time() <= AFTERNOON_START else 1
            halves = ("晚上",) if begin == 2 else SLOTS[begin:max(begin, stop) + 1]
        out.extend((day, h) for h in halves)
        day += dt.timedelta(days=1)
    return out


# ---------------------------------------------------------------- loading


def _week_meetings(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime) -> list[Meeting]:
    stmt = (
        select(Meeting)
        .where(Meeting.deleted_at.is_(None), Meeting.starts_at < hi, Meeting.ends_at > lo)
        .options(
            selectinload(Meeting.participants).selectinload(Participant.person).selectinload(Person.unit),
            selectinload(Meeting.venue),
            selectinload(Meeting.chair),
            selectinload(Meeting.host_unit),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    return list(uow.session.scalars(stmt))


def _place(m: Meeting) -> str:
    if m.venue is not None:
        return m.venue.name
    return "视频会议" if m.video_link else ""


def _participants_text(m: Meeting, limit: int = 6) -> str:
    people = sorted(m.participants, key=lambda p: seat_order(
        p.role, p.person.unit.sort_order, p.person.unit.name, p.person.unit_id, p.person.sort_order, p.person.name,
        p.person_id))
    names = [p.person.name for p in people]
    if not names:
        return ""
    if len(names) <= limit:
        return "、".join(names)
    return "、".join(names[:limit]) + f"等{len(names)}人"


def _meeting_item(m: Meeting, tz: dt.tzinfo, amended: set[int]) -> WeekItem:
    start, end = m.starts_at.astimezone(tz), m.ends_at.astimezone(tz)
    ids = {p.person_id for p in m.participants}
    if m.chair_id is not None:
        ids.add(m.chair_id)
    return WeekItem(
        key=f"meeting:{m.id}",
        source="meeting",
        title=m.title,
        start=start,
        end=end,
        all_day=False,
        slot=slot_of(start),
        meeting_id=m.id,
        place=_place(m),
        venue_id=m.venue_id,
        chair_name=m.chair.name if m.chair is not None else "",
        host_unit_name=m.host_unit.name if m.host_unit is not None else "",
        participants_text=_participants_text(m),
        person_ids=tuple(sorted(ids)),
        kind_label=MEETING_KIND_LABELS.get(m.kind, m.kind),  # type: ignore[call-overload]
        status=m.status,
        status_label=MEETING_STATUS_LABELS.get(m.status, m.status),  # type: ignore[call-overload]
        cancelled=m.status == MeetingStatus.CANCELLED,
        confidential=m.confidentiality,
        amended=m.id in amended,
    )


def _scheduled(m: Meeting) -> ScheduledItem:
    return ScheduledItem(
        key=f"meeting:{m.id}",
        title=m.title,
        start=m.starts_at,
        end=m.ends_at,
        source="meeting",
        venue_key=f"venue:{m.venue_id}" if m.venue_id is not None else None,
        venue_name=m.venue.name if m.venue is not None else "",
        chair_key=f"person:{m.chair_id}" if m.chair_id is not None else None,
        chair_name=m.chair.name if m.chair is not None else "",
        people=tuple(PersonRef(f"person:{p.person_id}", p.person.name) for p in m.participants),
        cancelled=m.status == MeetingStatus.CANCELLED,
    )


def _summary(m: Meeting) -> MeetingSummary:
    return MeetingSummary(
        key=f"meeting:{m.id}",
        title=m.title,
        start=m.starts_at,
        end=m.ends_at,
        chair_key=f"person:{m.chair_id}" if m.chair_id is not None else None,
        organizer_unit_key=f"unit:{m.host_unit_id}" if m.host_unit_id is not None else None,
        participant_keys=frozenset(f"person:{p.person_id}" for p in m.participants),
        status=m.status,
        kind=m.kind,
        chair_name=m.chair.name if m.chair is not None else "",
        organizer_unit_name=m.host_unit.name if m.host_unit is not None else "",
    )


@dataclass
class _Imported:
    items: list[WeekItem] = field(default_factory=list)
    scheduled: list[ScheduledItem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    calendars: list[tuple[int, str, str]] = field(default_factory=list)


def _as_aware(moment: dt.date | dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(tz) if moment.tzinfo is not None else moment.replace(tzinfo=tz)
    return dt.datetime.combine(moment, dt.time(), tzinfo=tz)


def _reparse(events: Sequence[ImportedEvent], warnings: list[str]) -> list[ParsedEvent]:
    """The stored events as the importer reads them today.

    One stored by an older version that today's importer refuses (a rule with no useful end, such as
    INTERVAL=0) is left out of the week with a warning, instead of making every week view work through it.
    """
    from huiwu.calendar.ics_import import IcsImportError, parse_ics

    parsed: list[ParsedEvent] = []
    for e in events:
        try:
            parsed.extend(parse_ics(e.raw.encode("utf-8"), e.calendar.name).events)
        except IcsImportError as exc:
            title, reason = e.summary or e.uid, exc.reason.rstrip("。")
            warnings.append(f"{e.calendar.name}：日程“{title}”不能显示（{reason}），请重新导入该日历。")
    return parsed


def _imported(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, calendar_id: int | None) -> _Imported:
    """The events of the shown imported calendars in [lo, hi): three statements however many calendars, events
    and mapped people (none after the first when no calendar is shown).

    The calendar parser (icalendar) is imported only when a calendar is shown, not with this module: the
    first page imports it (its 会议申报 reminder), and start-up should not pay for parsing calendars.
    """
    tz = uow.settings.tz()
    out = _Imported()
    owner = aliased(Person)
    stmt = (select(ImportedCalendar, owner.name).outerjoin(owner, owner.id == ImportedCalendar.owner_person_id)
            .where(ImportedCalendar.visible.is_(True)).order_by(ImportedCalendar.name))
    if calendar_id:
        from huiwu.services.calendars import STAGING

        stmt = (select(ImportedCalendar, owner.name).outerjoin(owner, owner.id == ImportedCalendar.owner_person_id)
                .where(ImportedCalendar.id == calendar_id, ~ImportedCalendar.name.startswith(STAGING)))
    shown = list(uow.session.execute(stmt)) if calendar_id != 0 else []
    if calendar_id and not shown:  # re-imported (a new calendar took its place) or deleted on another PC
        out.warnings.append("所选的导入日历已重新导入或已删除，请在筛选中重新选择日历。")
    if not shown:
        return out
    from huiwu.calendar.ics_import import expand_events, recurrence_key

    # a single event touching the range, or a series (or an instance of one) begun before its end
    touching = (
        ImportedEvent.calendar_id.in_([cal.id for cal, _ in shown]),
        ImportedEvent.starts_at < hi,
        or_((ImportedEvent.is_recurring.is_(False) & (ImportedEvent.recurrence_id == "")
             & (ImportedEvent.ends_at >= lo)),
            ImportedEvent.is_recurring.is_(True), ImportedEvent.recurrence_id != ""),
    )
    events: dict[int, list[ImportedEvent]] = {}
    for e in uow.session.scalars(select(ImportedEvent).where(*touching).order_by(ImportedEvent.id)):
        events.setdefault(e.calendar_id, []).append(e)
    mapped: dict[int, set[int]] = {}
    names = {cal.owner_person_id: name for cal, name in shown if cal.owner_person_id is not None and name is not None}
    for event_id, person_id, name in uow.session.execute(
        select(ImportedEventPerson.event_id, ImportedEventPerson.person_id, Person.name)
        .outerjoin(Person, Person.id == ImportedEventPerson.person_id)
        .where(ImportedEventPerson.event_id.in_(select(ImportedEvent.id).where(*touching)))
    ):
        mapped.setdefault(event_id, set()).add(person_id)
        if name is not None:
            names[person_id] = name
    for cal, _ in shown:
        out.calendars.append((cal.id, cal.name, cal.color))
        own = events.get(cal.id, [])
        singles = [e for e in own if not e.is_recurring and e.recurrence_id == ""]
        series = [e for e in own if e.is_recurring or e.recurrence_id != ""]
        by_uid = {e.uid: e for e in series if not e.recurrence_id}
        by_uid.update({e.uid: e for e in singles})
        # An instance's own row (its people, its status); a lone one (no series stored) has no other.
        by_instance = {(e.uid, e.recurrence_id): e for e in series if e.recurrence_id}
        parsed = [*_reparse(singles, out.warnings), *_reparse(series, out.warnings)]
        expansion = expand_events(parsed, lo, hi, uow.settings.timezone)
        out.warnings.extend(f"{cal.name}：{w}" for w in expansion.warnings)
        for n, occ in enumerate(expansion.occurrences):
            event = by_instance.get((occ.uid, recurrence_key(occ.recurrence_id))) or by_uid.get(occ.uid)
            if event is None:
                continue
            start, end = _as_aware(occ.start, tz), _as_aware(occ.end, tz)
            if end <= start:
                end = start + (dt.timedelta(days=1) if occ.all_day else dt.timedelta(0))
            ids = set(mapped.get(event.id, set()))
            if cal.owner_person_id is not None:
                ids.add(cal.owner_person_id)
            key = f"event:{event.id}:{n}"
            item = WeekItem(
                key=key,
                source="imported",
                title=occ.summary or "（无标题）",
                start=start,
                end=end,
                all_day=occ.all_day,
                slot=slot_of(start) if not occ.all_day else "上午",
                event_id=event.id,
                calendar_id=cal.id,
                calendar_name=cal.name,
                color=cal.color,
                place=occ.location or "",
                participants_text="、".join(names[i] for i in sorted(ids) if i in names),
                person_ids=tuple(sorted(ids)),
                status=event.status,
                cancelled=event.status.upper() == "CANCELLED",
            )
            out.items.append(item)
            out.scheduled.append(
                ScheduledItem(
                    key=key,
                    title=item.title,
                    start=start,
                    end=end,
                    source="imported",
                    people=tuple(PersonRef(f"person:{i}", names[i]) for i in sorted(ids) if i in names),
                    cancelled=item.cancelled,
                )
            )
    return out


def _leaves(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime) -> tuple[list[AbsenceBand], list[LeaveSpan]]:
    """Approved absences overlapping [lo, hi): bands for the view, spans for the conflict engine."""
    tz = uow.settings.tz()
    # A superset narrowed in SQL (the leave's own period, or its meeting's time, touches the range), so a long
    # history is not read; huiwu.rules.leave.absence below still decides what keeps whom away.
    overlapping = select(Meeting.id).where(Meeting.starts_at < hi, Meeting.ends_at > lo)
    stmt = (
        select(LeaveRequest)
        .where(LeaveRequest.state.in_(list(COVERING_STATES)),
               or_(LeaveRequest.meeting_id.in_(overlapping),
                   (LeaveRequest.meeting_id.is_(None) & (LeaveRequest.starts_at < hi) & (LeaveRequest.ends_at > lo))))
        .options(joinedload(LeaveRequest.person), joinedload(LeaveRequest.meeting),
                 joinedload(LeaveRequest.substitute))
    )
    bands: list[AbsenceBand] = []
    spans: list[LeaveSpan] = []
    for lr in uow.session.scalars(stmt):
        own = lr.meeting
        if own is not None and own.deleted_at is not None:
            continue
        span = absence(leave_fact(lr), (own.starts_at, own.ends_at) if own is not None else None)
        if span is None or not (span[0] < hi and span[1] > lo):
            continue
        start, end = span
        bands.append(
            AbsenceBand(lr.person_id, lr.person.name, start.astimezone(tz), end.astimezone(tz), lr.reason,
                        lr.id, lr.meeting_id)
        )
        if lr.meeting_id is None:  # leave for one meeting is that meeting's business, not a clash
            spans.append(LeaveSpan(f"person:{lr.person_id}", lr.person.name, start, end, f"leave:{lr.id}"))
    bands.sort(key=lambda b: (b.start, b.person_name))
    return bands, spans


def _ids_of(keys: Iterable[str]) -> tuple[int, ...]:
    return tuple(int(k.split(":")[1]) for k in keys if k.startswith("meeting:") and k.split(":")[1].isdigit())


def _conflict_row(c: Conflict) -> ConflictRow:
    return ConflictRow(
        kind=c.kind,
        kind_label=CONFLICT_KIND_LABELS.get(c.kind, c.kind),
        severity=c.severity,
        message=c.message,
        suggestion=c.suggestion,
        resource=c.resource,
        start=c.start,
        end=c.end,
        item_keys=c.items,
        meeting_ids=_ids_of(c.items),
    )


# ---------------------------------------------------------------- the view


def _visible(item: WeekItem, f: WeekFilters, meeting_units: dict[int, set[int]]) -> bool:
    if f.calendar_id is not None:
        if f.calendar_id == 0 and item.source != "meeting":
            return False
        if f.calendar_id and item.calendar_id != f.calendar_id:
            return False
    if f.person_id is not None and f.person_id not in item.person_ids:
        return False
    if f.venue_id is not None and item.venue_id != f.venue_id:
        return False
    if f.unit_id is not None:
        if item.meeting_id is None or f.unit_id not in meeting_units.get(item.meeting_id, set()):
            return False
    return True


def week_view(
    uow: UnitOfWork, iso_year: int, iso_week: int, filters: WeekFilters | None = None
) -> WeekView:
    """Everything on the week, conflicts and merge proposals included.

    Conflicts and proposals are computed over the whole week and then narrowed to what the filters show,
    so a filtered view never hides a clash that involves something on screen.
    """
    filters = filters or WeekFilters()
    tz = uow.settings.tz()
    lo, hi = week_bounds(iso_year, iso_week, tz)
    calendar = work_calendar(uow)
    meetings = _week_meetings(uow, lo, hi)
    plan = _plan(uow, iso_year, iso_week)
    amendments: list[AmendmentRow] = []
    if plan is not None and plan.state == WeekState.FINAL:
        amendments = [_amendment_row(a) for a in plan.amendments if a.edition == plan.edition]
    amended = {a.meeting_id for a in amendments if a.meeting_id is not None}
    meeting_items = [_meeting_item(m, tz, amended) for m in meetings]
    imported = _imported(uow, lo, hi, filters.calendar_id)
    bands, spans = _leaves(uow, lo, hi)
    conflicts = detect_conflicts([*(_scheduled(m) for m in meetings), *imported.scheduled], spans, calendar)
    proposals = propose_merges((_summary(m) for m in meetings), threshold=uow.settings.merge_threshold, tz=tz)
    by_id = {m.id: m for m in meetings}
    proposal_rows = []
    for p in proposals:
        source, target = by_id[_ids_of([p.source_key])[0]], by_id[_ids_of([p.target_key])[0]]
        proposal_rows.append(ProposalRow(p.kind, MERGE_KIND_LABELS[MergeKind(p.kind)], source.id, source.title,
                                         target.id, target.title, p.score, p.reason, source.version, target.version))
    meeting_units = {
        m.id: {u for u in (m.host_unit_id, m.undertaker_unit_id) if u is not None}
        | {p.person.unit_id for p in m.participants}
        for m in meetings
    }
    items = sorted([*meeting_items, *imported.items], key=lambda i: (i.start, i.end, i.key))
    conflict_rows = [_conflict_row(c) for c in conflicts]
    if filters.active:
        items = [i for i in items if _visible(i, filters, meeting_units)]
        keys = {i.key for i in items}
        conflict_rows = [c for c in conflict_rows if keys.intersection(c.item_keys)]
        shown = {i.meeting_id for i in items if i.meeting_id is not None}
        proposal_rows = [p for p in proposal_rows if p.source_id in shown or p.target_id in shown]
        if filters.person_id is not None:
            bands = [b for b in bands if b.person_id == filters.person_id]
    warnings = [*imported.warnings]
    for year in calendar.missing_years(lo.date(), (hi - dt.timedelta(days=1)).date()):
        warnings.append(missing_year_message(year))
    days = tuple(
        DayRow(d.date, WEEKDAY_LABELS[d.date.weekday()], d.label, d.kind, d.is_workday, d.detail)
        for d in calendar.days(lo.date(), lo.date() + dt.timedelta(days=6))
    )
    state = plan.state if plan is not None else WeekState.DRAFT
    return WeekView(
        iso_year=iso_year,
        iso_week=iso_week,
        label=week_label(iso_year, iso_week),
        monday=lo.date(),
        days=days,
        items=tuple(items),
        absences=tuple(bands),
        conflicts=tuple(conflict_rows),
        proposals=tuple(proposal_rows),
        state=state,
        state_label=WEEK_STATE_LABELS.get(WeekState(state), state),
        finalized_at=plan.finalized_at.astimezone(tz) if plan is not None and plan.finalized_at else None,
        finalized_by=plan.finalized_by if plan is not None else "",
        signer_id=plan.signer_id if plan is not None else None,
        signer_name=plan.signer_name if plan is not None else "",
        signed_at=plan.signed_at.astimezone(tz) if plan is not None and plan.signed_at else None,
        edition=plan.edition if plan is not None else 0,
        amendments=tuple(amendments),
        warnings=tuple(warnings),
        calendars=tuple(imported.calendars),
        secret_meetings=_secret_meetings(uow, meetings, amendments),
    )


def _secret_meetings(uow: UnitOfWork, meetings: Sequence[Meeting], amendments: Sequence[AmendmentRow]
                     ) -> tuple[tuple[int, str], ...]:
    """(id, title) of the 涉密 meetings the week shows or names: a 变更 line may name one moved out of the
    week or deleted since, so those are looked up too."""
    found = {m.id: m.title for m in meetings if is_state_secret(m.confidentiality)}
    named = {a.meeting_id for a in amendments if a.meeting_id is not None} - {m.id for m in meetings}
    if named:
        for meeting_id, title, level in uow.session.execute(select(Meeting.id, Meeting.title,
                                                                   Meeting.confidentiality).where(
                Meeting.id.in_(named))):
            if is_state_secret(level):
                found[meeting_id] = title
    return tuple(sorted(found.items()))


# ---------------------------------------------------------------- one meeting's clashes


def clashes_of(
    uow: UnitOfWork,
    key: str,
    title: str,
    start: dt.datetime,
    end: dt.datetime,
    venue: Venue | None,
    chair: Person | None,
    people: Sequence[tuple[int, str]],
) -> list[ConflictRow]:
    """The clashes a meeting (saved or still in the editor) has with the rest of the schedule at its time:
    other meetings, imported calendars, approved leave, holidays — worded as 周安排 words them."""
    item = ScheduledItem(
        key=key, title=title, start=start, end=end, source="meeting",
        venue_key=f"venue:{venue.id}" if venue is not None else None, venue_name=venue.name if venue else "",
        chair_key=f"person:{chair.id}" if chair is not None else None, chair_name=chair.name if chair else "",
        people=tuple(PersonRef(f"person:{pid}", name) for pid, name in people),
    )
    others = _other_meetings(uow, start, end, key)
    imported = _imported(uow, start, end, None)
    _, spans = _leaves(uow, start, end)
    conflicts = detect_conflicts([item, *others, *imported.scheduled], spans, work_calendar(uow))
    return [_conflict_row(c) for c in conflicts if key in c.items]


def _other_meetings(uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, key: str) -> list[ScheduledItem]:
    """The meetings overlapping [lo, hi) but ``key``'s, as the conflict engine reads them (what :func:`_scheduled`
    makes of a loaded meeting): only the columns it needs, in two statements whatever the meetings' size."""
    chair = aliased(Person)
    where = [Meeting.deleted_at.is_(None), Meeting.starts_at < hi, Meeting.ends_at > lo]
    own = _ids_of([key])
    if own:
        where.append(Meeting.id != own[0])
    rows = uow.session.execute(
        select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.ends_at, Meeting.venue_id, Venue.name,
               Meeting.chair_id, chair.name, Meeting.status)
        .outerjoin(Venue, Venue.id == Meeting.venue_id)
        .outerjoin(chair, chair.id == Meeting.chair_id)
        .where(*where)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    if not rows:
        return []
    people: dict[int, list[PersonRef]] = {}
    for meeting_id, person_id, name in uow.session.execute(
        select(Participant.meeting_id, Participant.person_id, Person.name)
        .join(Person, Person.id == Participant.person_id)
        .where(Participant.meeting_id.in_(select(Meeting.id).where(*where)))
        .order_by(Participant.meeting_id, Participant.id)
    ):
        people.setdefault(meeting_id, []).append(PersonRef(f"person:{person_id}", name))
    return [
        ScheduledItem(
            key=f"meeting:{meeting_id}", title=title, start=starts_at, end=ends_at, source="meeting",
            venue_key=f"venue:{venue_id}" if venue_id is not None else None, venue_name=venue_name or "",
            chair_key=f"person:{chair_id}" if chair_id is not None else None, chair_name=chair_name or "",
            people=tuple(people.get(meeting_id, ())), cancelled=status == MeetingStatus.CANCELLED,
        )
        for meeting_id, title, starts_at, ends_at, venue_id, venue_name, chair_id, chair_name, status in rows
    ]


def week_summaries(uow: UnitOfWork, iso_year: int, iso_week: int) -> list[MeetingSummary]:
    """The week's meetings as the merge engine reads them (the 会议申报 review proposes merges against them)."""
    lo, hi = week_bounds(iso_year, iso_week, uow.settings.tz())
    return [_summary(m) for m in _week_meetings(uow, lo, hi)]


def meeting_clashes(uow: UnitOfWork, m: Meeting) -> list[ConflictRow]:
    people = [(p.person_id, p.person.name) for p in m.participants]
    return clashes_of(uow, f"meeting:{m.id}", m.title, m.starts_at, m.ends_at, m.venue, m.chair, people)


# ---------------------------------------------------------------- 定稿 and amendments


def _plan(uow: UnitOfWork, iso_year: int, iso_week: int) -> WeekPlan | None:
    return uow.session.scalar(
        select(WeekPlan)
        .where(WeekPlan.iso_year == iso_year, WeekPlan.iso_week == iso_week)
        .options(selectinload(WeekPlan.amendments))
    )


def _snapshot_entry(m: Meeting, tz: dt.tzinfo) -> dict[str, Any]:
    return {
        "id": m.id,
        "title": m.title,
        "start": m.starts_at.astimezone(tz).isoformat(),
        "end": m.ends_at.astimezone(tz).isoformat(),
        "place": _place(m),
        "chair": m.chair.name if m.chair is not None else "",
        "cancelled": m.status == MeetingStatus.CANCELLED,
    }


def _when(iso: str) -> str:
    t = dt.datetime.fromisoformat(iso)
    return f"{t.month}月{t.day}日{WEEKDAY_LABELS[t.weekday()]} {t:%H:%M}"


def _changes(before: dict[str, Any], now: dict[str, Any]) -> list[tuple[str, str]]:
    """(change, description) pairs from a snapshot entry (or {}) to the current entry (or {}).

    A current entry marked ``elsewhere`` is a meeting that still takes place, but in another week.
    """
    out: list[tuple[str, str]] = []
    title = now.get("title") or before.get("title")
    if not before:
        if now and not now.get("cancelled") and not now.get("elsewhere"):
            out.append(("added", f"新增《{title}》：{_when(now['start'])}，{now['place'] or '地点待定'}"))
        return out
    if now.get("elsewhere") and not now.get("cancelled"):
        out.append(("changed", f"《{before['title']}》改至 {_when(now['start'])}（移出本周）"))
        return out
    if not now or now.get("cancelled"):
        if not before.get("cancelled"):
            out.append(("cancelled", f"取消《{title}》（原定 {_when(before['start'])}）"))
        return out
    parts = []
    if before["title"] != now["title"]:
        parts.append(f"名称改为《{now['title']}》")
    if before["start"] != now["start"] or before["end"] != now["end"]:
        parts.append(f"时间由 {_when(before['start'])} 改为 {_when(now['start'])}")
    if before["place"] != now["place"]:
        parts.append(f"地点由 {before['place'] or '待定'} 改为 {now['place'] or '待定'}")
    if before["chair"] != now["chair"]:
        parts.append(f"主持由 {before['chair'] or '待定'} 改为 {now['chair'] or '待定'}")
    if parts:
        out.append(("changed", f"《{before['title']}》" + "，".join(parts)))
    return out


def _weeks_of(start: dt.datetime, end: dt.datetime, tz: dt.tzinfo) -> set[tuple[int, int]]:
    first, last = start.astimezone(tz).date(), max(end.astimezone(tz) - dt.timedelta(microseconds=1),
                                                    start.astimezone(tz)).date()
    weeks = set()
    day = first
    while day <= last:
        y, w, _ = day.isocalendar()
        weeks.add((y, w))
        day += dt.timedelta(days=1)
    return weeks


def record_meeting_change(
    uow: UnitOfWork, m: Meeting, before: tuple[dt.datetime, dt.datetime] | None, reason: str = ""
) -> int:
    """After the meetings service changed ``m`` (it was at ``before``, None when new): each finalised week it
    was or is in records what changed as a 变更, once, with its reason (``reason``, or the meeting's
    取消原因 for a cancellation; the clerk can give or correct it later, :func:`set_amendment_reason`).
    No commit (the change's use case commits). Returns how many 变更 were recorded."""
    tz = uow.settings.tz()
    weeks = _weeks_of(m.starts_at, m.ends_at, tz) | (_weeks_of(*before, tz) if before is not None else set())
    recorded = 0
    for iso_year, iso_week in sorted(weeks):
        plan = _plan(uow, iso_year, iso_week)
        if plan is None or plan.state != WeekState.FINAL:
            continue
        lo, hi = week_bounds(iso_year, iso_week, tz)
        current: dict[str, Any] = {}
        if m.deleted_at is None:
            current = _snapshot_entry(m, tz)
            if not (m.starts_at < hi and m.ends_at > lo):
                current["elsewhere"] = True
        why = reason.strip() or (m.cancel_reason if m.status == MeetingStatus.CANCELLED else "")
        recorded += _record_amendments(uow, plan, m.id, current, why)
    return recorded


def _record_amendments(uow: UnitOfWork, plan: WeekPlan, meeting_id: int, current: dict[str, Any],
                       reason: str = "") -> int:
    snapshot = {int(e["id"]): e for e in plan.snapshot or []}
    known = {(a.meeting_id, a.description) for a in plan.amendments if a.edition == plan.edition}
    added = 0
    for change, description in _changes(snapshot.get(meeting_id, {}), current):
        if (meeting_id, description) in known:
            continue
        plan.amendments.append(WeekAmendment(meeting_id=meeting_id, change=change, description=description,
                                             reason=reason, edition=plan.edition,
                                             created_by=uow.settings.operator_name()))
        audit.record(uow, "week_plan", plan.id, "amend", description, meeting_id=meeting_id)
        added += 1
    if added:
        uow.session.flush()
    return added


def _amendment_row(a: WeekAmendment) -> AmendmentRow:
    return AmendmentRow(a.meeting_id, a.change, CHANGE_LABELS.get(a.change, a.change), a.description, a.created_at,
                        a.reason, a.id)


def set_amendment_reason(uow: UnitOfWork, amendment_id: int, reason: str) -> None:
    """The clerk gives (or corrects) why a 变更 was made; it prints after the change."""
    set_amendment_reasons(uow, (amendment_id,), reason)


def set_amendment_reasons(uow: UnitOfWork, amendment_ids: Sequence[int], reason: str) -> None:
    """One reason for several 变更 (one save of a meeting can change it in two finalised weeks). One commit."""
    for amendment_id in amendment_ids:
        a = uow.session.get(WeekAmendment, amendment_id)
        if a is None:
            raise NotFoundError("该变更不存在或已被删除。")
        before, a.reason = a.reason, reason.strip()
        audit.record(uow, "week_plan", a.week_plan_id, "amend_reason", f"变更原因：{a.reason}",
                     meeting_id=a.meeting_id, changes={"reason": [before, a.reason]})
    uow.commit()


def unexplained_amendments(uow: UnitOfWork, meeting_id: int) -> list[AmendmentRow]:
    """The meeting's 变更 in the current edition of finalised weeks that have no reason yet: after a save the
    editor asks for it once, so the printed 变更情况 says why."""
    found = uow.session.scalars(
        select(WeekAmendment).join(WeekPlan, WeekAmendment.week_plan_id == WeekPlan.id)
        .where(WeekAmendment.meeting_id == meeting_id, WeekAmendment.reason == "",
               WeekPlan.state == WeekState.FINAL, WeekAmendment.edition == WeekPlan.edition)
        .order_by(WeekAmendment.id)
    )
    return [_amendment_row(a) for a in found]


def edition_title(edition: int, title: str = "一周会议安排") -> str:
    """The sheet's title: a re-issue (定稿 again after 变更) says which edition it is, "（第2版）"; the first
    edition, and a draft, carry no number."""
    return f"{title}（第{edition}版）" if edition >= 2 else title


def signoff_line(signer_name: str, signed_at: dt.datetime | None) -> str:
    """签发 line at the foot of the week, in the 印发 line's style: "签发：谢家豪　　2026年11月27日"."""
    if not signer_name or signed_at is None:
        return ""
    return f"签发：{signer_name}　　{signed_at.year}年{signed_at.month}月{signed_at.day}日"


def resolve_signer(uow: UnitOfWork, name: str) -> int:
    """The person a 签发 name means: an active person of the directory with exactly that name, or written
    "单位 姓名" when the name is shared. Unknown or ambiguous names are refused, naming the candidates."""
    text = " ".join(name.split())
    unit_name, _, person_name = text.rpartition(" ")
    query = select(Person).join(Unit, Person.unit_id == Unit.id).where(Person.active, Person.name == person_name)
    if unit_name:
        query = query.where(or_(Unit.name == unit_name, Unit.short_name == unit_name))
    found = list(uow.session.scalars(query.order_by(*person_order_columns())))
    if len(found) == 1:
        return found[0].id
    if found:
        names = "、".join(f"{p.unit.name} {p.name}" + (f"（{p.title}）" if p.title else "") for p in found)
        raise ValidationError(f"目录中有 {len(found)} 位“{person_name}”：{names}。请写成“单位 姓名”。")
    leaders = uow.session.scalars(
        select(Person).join(Unit, Person.unit_id == Unit.id)
        .where(Person.active, Person.is_leader, Unit.kind == UnitKind.LEADERSHIP)
        .order_by(*person_order_columns()).limit(8))
    hint = "、".join(p.name for p in leaders)
    raise ValidationError(f"目录中没有“{text}”。" + (f"可签发的领导有：{hint}。" if hint else "请先在通讯录中添加签发人。"))


def finalize_week(uow: UnitOfWork, iso_year: int, iso_week: int, signer_id: int | None = None) -> WeekView:
    """定稿 with 签发: snapshot the week's meetings as signed by ``signer_id`` (the 主要领导 — the 县长 — when
    None, DOMAIN.md: "signed by the 主要领导, or the 秘书长 on delegation"); later changes become 变更.

    Finalising a week that has 变更 since its edition was signed re-issues it: the next edition (第2版 …)
    takes the week as it now stands, and the 变更 folded into it no longer print.
    """
    tz = uow.settings.tz()
    lo, hi = week_bounds(iso_year, iso_week, tz)
    label = week_label(iso_year, iso_week)
    plan = _plan(uow, iso_year, iso_week)
    if plan is not None and plan.state == WeekState.FINAL and not any(
            a.edition == plan.edition for a in plan.amendments):
        raise RuleError(f"{label}已定稿（第{plan.edition}版），此后没有变更，无需重新签发；之后的改动会自动记为变更。")
    signer = uow.session.get(Person, signer_id if signer_id is not None else county_head_id(uow) or 0)
    if signer_id is not None and (signer is None or not signer.active):
        raise NotFoundError("签发人不存在或已停用，请从通讯录中重新选择。")
    meetings = _week_meetings(uow, lo, hi)
    if plan is None:
        plan = WeekPlan(iso_year=iso_year, iso_week=iso_week)
        uow.session.add(plan)
    plan.state = WeekState.FINAL
    plan.edition = (plan.edition or 0) + 1
    plan.finalized_at = plan.signed_at = uow.now()
    plan.finalized_by = uow.settings.operator_name()
    plan.signer_id, plan.signer_name = (signer.id, signer.name) if signer is not None else (None, "")
    plan.snapshot = [_snapshot_entry(m, tz) for m in meetings]
    uow.session.flush()
    live = sum(1 for m in meetings if m.status != MeetingStatus.CANCELLED)
    what = "定稿" if plan.edition == 1 else f"重新签发（第{plan.edition}版）"
    audit.record(uow, "week_plan", plan.id, "finalize",
                 f"{label}{what}，共 {live} 个会议" + (f"，签发：{plan.signer_name}" if plan.signer_name else ""))
    uow.commit()
    return week_view(uow, iso_year, iso_week)


# ---------------------------------------------------------------- printing


SECRET_LABEL = "涉密会议"


def redact_secret(view: WeekView) -> WeekView:
    """The week as it may be shown or printed for the office at large: 涉密 meetings keep their time (the
    leader's slot is visibly taken, a clash stays a clash) and lose everything that says what they are.

    内部 meetings stay as they are: this is the office's own week. Merge proposals that involve a 涉密
    meeting are left out; conflict messages and 变更 lines name it only as “涉密会议”.
    """
    secret = dict(view.secret_meetings)
    if not secret:
        return view
    titles = sorted(set(secret.values()), key=len, reverse=True)

    def scrub(text: str) -> str:
        for title in titles:
            text = text.replace(f"“{title}”", f"“{SECRET_LABEL}”").replace(f"《{title}》", f"《{SECRET_LABEL}》")
        return text

    items = tuple(
        dataclasses.replace(i, title=SECRET_LABEL, place="", venue_id=None, chair_name="", host_unit_name="",
                            participants_text="", kind_label="")
        if i.meeting_id in secret and i.source == "meeting" else i
        for i in view.items
    )
    conflicts = tuple(
        dataclasses.replace(c, message=scrub(c.message), suggestion=scrub(c.suggestion))
        if secret.keys() & set(c.meeting_ids) else c
        for c in view.conflicts
    )
    proposals = tuple(p for p in view.proposals if p.source_id not in secret and p.target_id not in secret)
    amendments = tuple(
        dataclasses.replace(a, description=f"{a.change_label}《{SECRET_LABEL}》", reason="") if a.meeting_id in secret else a
        for a in view.amendments
    )
    return dataclasses.replace(view, items=items, conflicts=conflicts, proposals=proposals, amendments=amendments,
                               warnings=tuple(scrub(w) for w in view.warnings))


def week_doc(uow: UnitOfWork, iso_year: int, iso_week: int, include_secret: bool = False) -> Any:
    """The :class:`~huiwu.printing.data.WeekDoc` of the week (a read: the 变更 were recorded as they happened).

    涉密 meetings are printed as “涉密会议” unless ``include_secret`` (:func:`redact_secret`)."""
    from huiwu.printing.data import WeekDay, WeekDoc

    view = week_view(uow, iso_year, iso_week, WeekFilters(calendar_id=0))
    if not include_secret:
        view = redact_secret(view)
    return WeekDoc(
        week_label=view.label,
        days=tuple(WeekDay(d.date, d.weekday_label, d.label) for d in view.days),
        entries=week_entries(view),
        amendments=tuple(a.text for a in view.amendments),
        issuer=uow.settings.issuer_line(),
        title=edition_title(view.edition),
        secrecy_mark=_week_secrecy_mark(uow, view) if include_secret else "",
    )


def week_entries(view: WeekView) -> tuple[Any, ...]:
    """The printed week's entries: one per live office meeting and half-day it occupies (:meth:`WeekView.placed`),
    so the paper fills every day a multi-day meeting spans, as the grid does."""
    from huiwu.printing.data import WeekEntry

    return tuple(
        WeekEntry(
            date=p.date,
            slot=p.slot,
            time=p.time_text,
            title=p.title_text,
            place=p.item.place,
            chair=p.item.chair_name,
            participants=p.item.participants_text,
            organiser=p.item.host_unit_name,
            note=p.item.kind_label,
            amended=p.item.amended,
        )
        for p in view.placed()
        if p.item.source == "meeting" and not p.item.cancelled
    )


def _week_secrecy_mark(uow: UnitOfWork, view: WeekView) -> str:
    """A week printed with its 涉密 meetings in full is itself 涉密: it carries the highest 密级 among them
    (and the longest 保密期限 at that level)."""
    ids = [meeting_id for meeting_id, _title in view.secret_meetings]
    if not ids:
        return ""
    rows = uow.session.execute(select(Meeting.confidentiality, Meeting.secrecy_term).where(Meeting.id.in_(ids)))
    return secrecy_mark(*highest_secrecy((level, term) for level, term in rows))


def week_pdf(uow: UnitOfWork, iso_year: int, iso_week: int, variant: str = "grid", include_secret: bool = False
             ) -> bytes:
    """一周会议安排 as PDF (landscape A4), grid or list; 涉密 meetings redacted unless ``include_secret``."""
    from huiwu.printing.fonts import resolve_fonts
    from huiwu.printing.week import render_week

    if variant not in ("grid", "list"):
        raise ValidationError(f"未知的打印样式：{variant}（可选 grid / list）。")
    doc = week_doc(uow, iso_year, iso_week, include_secret)
    fonts = resolve_fonts(uow.settings.fonts)
    plan = _plan(uow, iso_year, iso_week)
    signoff = ""
    if plan is not None and plan.state == WeekState.FINAL:
        signoff = signoff_line(plan.signer_name, plan.signed_at.astimezone(uow.settings.tz()) if plan.signed_at else None)
    return render_week(doc, fonts, variant="grid" if variant == "grid" else "list", signoff=signoff)
