"""Conflicts in a week (or any range) of meetings, imported calendar events and approved leave.

Offices complain that double-bookings slip through room systems and that people are not checked at all, so
every resource is checked: people, chairs, venues, leave and the working-day calendar. The service layer
loads the range from the database into the plain dataclasses below; nothing here touches a database.

Every pairwise check is a sweep over the intervals of one resource sorted by start, with an active set
pruned by a heap of end times: O(n log n + k) for n intervals and k reported conflicts, never all pairs,
because a busy month has thousands of items and the check runs on every edit of the week view.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo

from huiwu.calendar.workdays import OFFICE_TZ, DayInfo, WorkCalendar
from huiwu.text import WEEKDAYS

__all__ = [
    "Conflict",
    "ConflictKind",
    "LeaveSpan",
    "PersonRef",
    "ScheduledItem",
    "Severity",
    "detect_conflicts",
]

ConflictKind = Literal[
    "non_working_day",
    "venue_double_booked",
    "chair_double_booked",
    "person_double_booked",
    "invitee_on_leave",
]
Severity = Literal["error", "warning"]
SourceKind = Literal["meeting", "imported"]



@dataclass(frozen=True, slots=True)
class PersonRef:
    key: str  # directory key, e.g. "person:17"
    name: str


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    """One thing on the week: an office meeting or an event imported from a leader's or upper-level calendar."""

    key: str  # "meeting:12" / "event:5"
    title: str
    start: dt.datetime  # timezone-aware
    end: dt.datetime
    source: SourceKind = "meeting"
    venue_key: str | None = None
    venue_name: str = ""
    chair_key: str | None = None
    chair_name: str = ""
    people: tuple[PersonRef, ...] = ()  # participants; for imported events the mapped attendees / owner
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class LeaveSpan:
    """An approved absence (请假 for a meeting, or a general 请销假 range)."""

    person_key: str
    person_name: str
    start: dt.datetime
    end: dt.datetime
    leave_key: str


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    severity: Severity
    items: tuple[str, ...]  # item keys (and the leave key for invitee_on_leave), earlier first
    resource: str  # person / venue name, or the day's label for non_working_day
    start: dt.datetime  # the overlap
    end: dt.datetime
    message: str
    suggestion: str
    resource_key: str = ""  # person / venue key, or the ISO date for non_working_day


def detect_conflicts(
    items: Iterable[ScheduledItem],
    leaves: Iterable[LeaveSpan] = (),
    calendar: WorkCalendar | None = None,
) -> tuple[Conflict, ...]:
    """Every conflict among ``items`` and ``leaves``, in a deterministic order.

    Order: non-working days, venues, chairs, people, leave; within a kind by resource key, then by time.
    Cancelled items are ignored; intervals are half-open, so a meeting ending at 10:00 and one starting
    at 10:00 do not collide. Only office meetings are checked against leave and the working-day calendar:
    the office cannot move an upper-level event, but it must know when that event takes its people.
    Without a ``calendar`` the working-day check is skipped.
    """
    tz = calendar.tz if calendar is not None else OFFICE_TZ
    live = _canonical(items, tz)
    out: list[Conflict] = []
    if calendar is not None:
        out.extend(_non_working_days(live, calendar))
    out.extend(_venue_conflicts(live))
    person_pairs, chair_pairs = _people_conflicts(live)
    out.extend(chair_pairs)
    out.extend(person_pairs)
    out.extend(_leave_conflicts(live, tuple(leaves), tz))
    return tuple(out)


# ---------------------------------------------------------------------- the sweeps

_Interval = tuple[float, float, int]  # start timestamp, end timestamp, index into the canonical items


def _overlapping_pairs(indices: list[int], live: tuple[_Live, ...]) -> Iterator[tuple[int, int]]:
    """Index pairs (earlier, later) of overlapping items, each pair once.

    ``indices`` must be ascending. The items were sorted by start once, globally, and then bucketed per
    resource in that order, so every bucket is already sorted by start without sorting it again.
    """
    active: dict[int, None] = {}  # insertion-ordered, so the output order is deterministic
    ends: list[tuple[float, int]] = []
    for idx in indices:
        x = live[idx]
        if x.end <= x.start:
            continue  # an empty interval overlaps nothing
        while ends and ends[0][0] <= x.start:
            del active[heapq.heappop(ends)[1]]
        for other in active:
            yield other, idx
        active[idx] = None
        heapq.heappush(ends, (x.end, idx))


def _cross_pairs(left: list[_Interval], right: list[_Interval]) -> Iterator[tuple[int, int]]:
    """Pairs (left index, right index) of overlapping intervals from the two lists, never within one."""
    events = sorted([(s, e, 0, i) for s, e, i in left] + [(s, e, 1, i) for s, e, i in right])
    active: tuple[dict[int, float], dict[int, float]] = ({}, {})
    ends: list[tuple[float, int, int]] = []
    for start, end, side, idx in events:
        if end <= start:
            continue
        while ends and ends[0][0] <= start:
            _, gone_side, gone = heapq.heappop(ends)
            del active[gone_side][gone]
        for other in active[1 - side]:
            yield (idx, other) if side == 0 else (other, idx)
        active[side][idx] = end
        heapq.heappush(ends, (end, side, idx))


# ---------------------------------------------------------------------- per resource


@dataclass(frozen=True, slots=True)
class _Live:
    """A non-cancelled item with its timestamps and local-time texts computed once.

    A busy month yields a hundred thousand pair conflicts over a few thousand items; formatting each
    item's times once instead of once per conflict halves the run time.
    """

    item: ScheduledItem
    start: float
    end: float
    start_day: dt.date  # local
    start_text: str  # "11月23日（周一）09:00"
    end_day: dt.date
    end_text: str  # "11月23日 10:30"
    end_clock: str  # "10:30"

    @classmethod
    def of(cls, item: ScheduledItem, tz: ZoneInfo) -> _Live:
        s, e = item.start.astimezone(tz), item.end.astimezone(tz)
        clock = f"{e.hour:02d}:{e.minute:02d}"
        return cls(
            item,
            item.start.timestamp(),
            item.end.timestamp(),
            s.date(),
            f"{s.month}月{s.day}日（周{WEEKDAYS[s.weekday()]}）{s.hour:02d}:{s.minute:02d}",
            e.date(),
            f"{e.month}月{e.day}日 {clock}",
            clock,
        )


def _canonical(items: Iterable[ScheduledItem], tz: ZoneInfo) -> tuple[_Live, ...]:
    """Live items sorted by (start, end, key): indices into this tuple make every sweep deterministic."""
    live = []
    for item in items:
        if item.cancelled:
            continue
        if item.start.utcoffset() is None or item.end.utcoffset() is None:
            raise ValueError(f"{item.key}: start and end must be timezone-aware")
        live.append(_Live.of(item, tz))
    live.sort(key=lambda x: (x.start, x.end, x.item.key))
    return tuple(live)


def _venue_conflicts(live: tuple[_Live, ...]) -> Iterator[Conflict]:
    by_venue: dict[str, list[int]] = {}
    for idx, x in enumerate(live):
        if x.item.venue_key is not None:
            by_venue.setdefault(x.item.venue_key, []).append(idx)
    for venue_key in sorted(by_venue):
        for i, j in _overlapping_pairs(by_venue[venue_key], live):
            yield _venue_conflict(live[i], live[j], venue_key)


def _people_conflicts(live: tuple[_Live, ...]) -> tuple[list[Conflict], list[Conflict]]:
    """Person and chair double-bookings; a pair is a chair conflict only if the person chairs both."""
    by_person, names = _people_index(live)
    person_out: list[Conflict] = []
    chair_out: list[Conflict] = []
    for person_key in sorted(by_person):
        name = names[person_key]
        for i, j in _overlapping_pairs(by_person[person_key], live):
            a, b = live[i], live[j]
            if a.item.chair_key == person_key == b.item.chair_key:
                chair_out.append(_chair_conflict(a, b, person_key, name))
            else:
                person_out.append(_person_conflict(a, b, person_key, name))
    return person_out, chair_out


def _people_index(live: tuple[_Live, ...]) -> tuple[dict[str, list[int]], dict[str, str]]:
    """Item indices per person (ascending), each item once whether the person chairs, attends or both."""
    by_person: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for idx, x in enumerate(live):
        for key, name in _involved(x.item).items():
            by_person.setdefault(key, []).append(idx)
            names.setdefault(key, name)
    return by_person, names


def _involved(item: ScheduledItem) -> dict[str, str]:
    people = {p.key: p.name for p in item.people}
    if item.chair_key is not None:
        people.setdefault(item.chair_key, item.chair_name)
    return people


def _leave_conflicts(
    live: tuple[_Live, ...], leaves: tuple[LeaveSpan, ...], tz: ZoneInfo
) -> Iterator[Conflict]:
    leaves = tuple(sorted(leaves, key=lambda x: (x.start, x.end, x.leave_key)))
    leave_by_person: dict[str, list[_Interval]] = {}
    for idx, leave in enumerate(leaves):
        if leave.start.utcoffset() is None or leave.end.utcoffset() is None:
            raise ValueError(f"{leave.leave_key}: start and end must be timezone-aware")
        leave_by_person.setdefault(leave.person_key, []).append(
            (leave.start.timestamp(), leave.end.timestamp(), idx)
        )
    items_by_person: dict[str, list[_Interval]] = {key: [] for key in leave_by_person}
    for idx, x in enumerate(live):
        if x.item.source != "meeting":
            continue
        for key in _involved(x.item):
            if key in items_by_person:
                items_by_person[key].append((x.start, x.end, idx))
    for person_key in sorted(leave_by_person):
        for i, j in _cross_pairs(items_by_person[person_key], leave_by_person[person_key]):
            yield _leave_conflict(live[i].item, leaves[j], tz)


def _non_working_days(live: tuple[_Live, ...], calendar: WorkCalendar) -> Iterator[Conflict]:
    for x in live:
        if x.item.source != "meeting":
            continue
        off = [info for info in _days_touched(x.item, calendar) if not info.is_workday]
        if off:
            yield _non_working_conflict(x.item, off, calendar.tz)


def _days_touched(item: ScheduledItem, calendar: WorkCalendar) -> tuple[DayInfo, ...]:
    """Local days the item occupies; a meeting ending at midnight does not occupy the next day."""
    first = item.start.astimezone(calendar.tz)
    last = max(item.end.astimezone(calendar.tz) - dt.timedelta(microseconds=1), first)
    return calendar.days(first.date(), last.date())


# ---------------------------------------------------------------------- sentences


def _severity(a: ScheduledItem, b: ScheduledItem) -> Severity:
    """Two imported events colliding is the other side's business; the office only needs to know."""
    return "error" if a.source == "meeting" or b.source == "meeting" else "warning"


def _overlap(a: ScheduledItem, b: ScheduledItem | LeaveSpan) -> tuple[dt.datetime, dt.datetime]:
    return max(a.start, b.start), min(a.end, b.end)


def _span(start: dt.datetime, end: dt.datetime, tz: ZoneInfo) -> str:
    """Format as "10月12日（周一）09:00—10:30", the way a 一周会议安排 writes times."""
    s, e = start.astimezone(tz), end.astimezone(tz)
    head = f"{s.month}月{s.day}日（周{WEEKDAYS[s.weekday()]}）{s.hour:02d}:{s.minute:02d}"
    if s.date() == e.date():
        return f"{head}—{e.hour:02d}:{e.minute:02d}"
    return f"{head}—{e.month}月{e.day}日 {e.hour:02d}:{e.minute:02d}"


@dataclass(frozen=True, slots=True)
class _Overlap:
    """Where two items overlap, written from their precomputed texts (no per-conflict time formatting)."""

    first: _Live  # the later start begins the overlap
    last: _Live  # the earlier end finishes it

    @classmethod
    def of(cls, a: _Live, b: _Live) -> _Overlap:
        return cls(a if a.start >= b.start else b, a if a.end <= b.end else b)

    @property
    def when(self) -> str:
        same_day = self.first.start_day == self.last.end_day
        return f"{self.first.start_text}—{self.last.end_clock if same_day else self.last.end_text}"

    def conflict(
        self, kind: ConflictKind, a: _Live, b: _Live, resource: tuple[str, str], text: tuple[str, str]
    ) -> Conflict:
        key, name = resource
        message, suggestion = text
        return Conflict(
            kind,
            _severity(a.item, b.item),
            (a.item.key, b.item.key),
            name,
            self.first.item.start,
            self.last.item.end,
            message,
            suggestion,
            key,
        )


def _venue_conflict(a: _Live, b: _Live, venue_key: str) -> Conflict:
    overlap = _Overlap.of(a, b)
    name = a.item.venue_name or b.item.venue_name or venue_key
    message = f"{name}在{overlap.when}同时被“{a.item.title}”和“{b.item.title}”占用。"
    suggestion = "为其中一个会议另选会场，或错开两个会议的时间。"
    return overlap.conflict("venue_double_booked", a, b, (venue_key, name), (message, suggestion))


def _chair_conflict(a: _Live, b: _Live, key: str, name: str) -> Conflict:
    overlap = _Overlap.of(a, b)
    message = f"{name}在{overlap.when}同时主持“{a.item.title}”和“{b.item.title}”。"
    suggestion = "调整其中一个会议的时间，或请分管领导委托他人主持其中一个会议。"
    return overlap.conflict("chair_double_booked", a, b, (key, name), (message, suggestion))


def _person_conflict(a: _Live, b: _Live, key: str, name: str) -> Conflict:
    overlap = _Overlap.of(a, b)
    message = f"{name}在{overlap.when}同时被安排参加“{a.item.title}”和“{b.item.title}”。"
    if key in (a.item.chair_key, b.item.chair_key):
        suggestion = "调整其中一个会议的时间，或请分管领导委托他人出席或主持。"
    else:
        suggestion = "调整其中一个会议的时间，或由其履行请假手续后委托他人代会。"
    return overlap.conflict("person_double_booked", a, b, (key, name), (message, suggestion))


def _leave_conflict(item: ScheduledItem, leave: LeaveSpan, tz: ZoneInfo) -> Conflict:
    start, end = _overlap(item, leave)
    name = leave.person_name
    if item.chair_key == leave.person_key:
        message = f"{name}已获批请假（{_span(leave.start, leave.end, tz)}），但被安排主持“{item.title}”。"
        suggestion = "另定主持人，或调整会议时间。"
    else:
        message = f"{name}已获批请假（{_span(leave.start, leave.end, tz)}），但在“{item.title}”的参会人员中。"
        suggestion = "确认是否由代会人员出席，或将其从参会名单中移除。"
    return Conflict(
        "invitee_on_leave",
        "warning",
        (item.key, leave.leave_key),
        name,
        start,
        end,
        message,
        suggestion,
        leave.person_key,
    )


def _non_working_conflict(item: ScheduledItem, off: list[DayInfo], tz: ZoneInfo) -> Conflict:
    first, last = off[0], off[-1]
    label = _day_label(first)
    start = max(item.start, dt.datetime.combine(first.date, dt.time(), tzinfo=tz))
    end = min(item.end, dt.datetime.combine(last.date + dt.timedelta(days=1), dt.time(), tzinfo=tz))
    days = "、".join(f"{d.date.month}月{d.date.day}日（{_day_label(d)}）" for d in off)
    message = f"“{item.title}”安排在{days}，不是工作日。"
    suggestion = "改到工作日召开；确需在休息日召开的，请报领导同意并提前通知参会人员。"
    return Conflict(
        "non_working_day",
        "warning",
        (item.key,),
        label,
        start,
        end,
        message,
        suggestion,
        first.date.isoformat(),
    )


def _day_label(info: DayInfo) -> str:
    return info.label if info.kind == "holiday" and info.label else f"周{WEEKDAYS[info.date.weekday()]}"
