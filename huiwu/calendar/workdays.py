"""Chinese working days (工作日) with 调休, and the due-time arithmetic of checklists.

The State Council moves public holidays every year and turns some Saturdays and Sundays into working days
(调休上班), so "three working days before the meeting" cannot be computed from weekdays alone. The
``holidays`` package models 调休 for the years it has official notices for; the office's own overrides
(stored in the database, passed in here as a plain mapping) win over it, both for corrections and for
years the package does not know yet.

Everything here is pure: no database, no Qt. A :class:`WorkCalendar` is immutable; build a new one when the
office edits its overrides.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Literal
from zoneinfo import ZoneInfo

__all__ = [
    "OFFICE_TZ",
    "DayInfo",
    "DayKind",
    "HolidaySource",
    "OffsetUnitName",
    "WorkCalendar",
    "due_at",
    "missing_year_message",
    "package_holidays",
]

OFFICE_TZ = ZoneInfo("Asia/Shanghai")

DayKind = Literal["workday", "weekend", "holiday", "adjusted_workday"]
OffsetUnitName = Literal["minutes", "hours", "days", "workdays"]

ADJUSTED_WORKDAY_LABEL = "调休上班"
DEFAULT_DAY_OFF_LABEL = "休息日"

# The package names a swapped day off "休息日（由 2026-09-20 调休）" and a moved holiday "国庆节（补假）"; the
# printed 一周会议安排 wants the festival's plain name, so both are reduced to it (the raw name stays in
# ``DayInfo.detail`` for a tooltip).
_SUBSTITUTED_PREFIX = "休息日"
_FESTIVAL_ALIASES = {"农历除夕": "春节"}


# What a source of official holiday data says about one year: the named days off, and the weekend days
# that are 调休 working days. :func:`package_holidays` (the ``holidays`` package) is the default source.
YearHolidays = tuple[Mapping[dt.date, str], frozenset[dt.date]]
HolidaySource = Callable[[int], YearHolidays]


@dataclass(frozen=True, slots=True)
class DayInfo:
    date: dt.date
    is_workday: bool
    kind: DayKind
    label: str = ""  # "国庆节" / "调休上班" / "" — what the week schedule prints next to the date
    detail: str = ""  # the package's or the office's full name, e.g. "休息日（由 2026-09-20 调休）"


@dataclass(frozen=True, slots=True)
class _RawDay:
    """A day as the package or the office states it, before holiday runs are labelled."""

    is_workday: bool
    weekend: bool
    name: str  # "" for an ordinary weekday or weekend
    from_office: bool

    @property
    def is_holiday(self) -> bool:
        """A day off that is not merely a weekend: any named day off, or a weekday off."""
        return not self.is_workday and (bool(self.name) or not self.weekend)


@dataclass(frozen=True, slots=True)
class _Year:
    infos: tuple[DayInfo, ...]  # indexed by day of year - 1
    workday_ordinals: tuple[int, ...]  # sorted; bisect gives counts and the n-th workday in O(log n)


class WorkCalendar:
    """Working days of one office: the package's China calendar plus the office's overrides.

    Years are computed lazily and cached, because checklist due times call :meth:`add_workdays` for every
    item of every meeting and the package takes milliseconds per year.
    """

    def __init__(
        self,
        overrides: Mapping[dt.date, tuple[bool, str]] | None = None,
        *,
        tz: ZoneInfo = OFFICE_TZ,
        source: HolidaySource | None = None,
    ) -> None:
        self.tz = tz
        self._source: HolidaySource = source or package_holidays
        self._overrides: dict[dt.date, tuple[bool, str]] = dict(overrides or {})
        self._years: dict[int, _Year] = {}
        self._package_knows: dict[int, bool] = {}

    # ------------------------------------------------------------------ single days

    def is_workday(self, d: dt.date) -> bool:
        return self.day_info(d).is_workday

    def day_info(self, d: dt.date) -> DayInfo:
        return self._year(d.year).infos[_day_index(d)]

    def days(self, start: dt.date, end: dt.date) -> tuple[DayInfo, ...]:
        """Every day from ``start`` to ``end`` inclusive — what a week view needs in one call."""
        count = (end - start).days + 1
        return tuple(self.day_info(start + dt.timedelta(days=i)) for i in range(max(count, 0)))

    # ------------------------------------------------------------------ arithmetic

    def add_workdays(self, d: dt.date, n: int) -> dt.date:
        """The ``n``-th working day after ``d`` (before it when ``n`` is negative); ``d`` itself never counts.

        ``n == 0`` means "on ``d`` if it is a working day, else the next working day": a task due "on the
        day" of a meeting that falls on a holiday is due when the office is next open.
        """
        if n == 0:
            return dt.date(d.year, d.month, d.day) if self.is_workday(d) else self.add_workdays(d, 1)
        if n > 0:
            return self._forward(d.toordinal(), d.year, n)
        return self._backward(d.toordinal(), d.year, -n)

    def workdays_between(self, a: dt.date, b: dt.date) -> int:
        """Signed number of working-day steps from ``a`` to ``b``, so that it inverts :meth:`add_workdays`.

        Forwards it counts the working days in ``(a, b]``, backwards minus those in ``[b, a)``; thus
        ``workdays_between(d, add_workdays(d, n)) == n`` for every ``d`` and every ``n != 0``.
        """
        if b >= a:
            return self._count_upto(b, inclusive=True, base=a.year) - self._count_upto(
                a, inclusive=True, base=a.year
            )
        return -(
            self._count_upto(a, inclusive=False, base=b.year)
            - self._count_upto(b, inclusive=False, base=b.year)
        )

    # ------------------------------------------------------------------ coverage of the data

    def package_knows_year(self, year: int) -> bool:
        """Whether the package has the State Council's 放假安排 for ``year`` (not a rule-based estimate).

        The package computes holidays for any year from fixed rules, but only years with an official
        notice carry 调休 swaps; that is the reliable sign that the year's data is real.
        """
        known = self._package_knows.get(year)
        if known is None:
            known = _has_swaps(self._source(year))
            self._package_knows[year] = known
        return known

    def is_year_known(self, year: int) -> bool:
        """The package knows the year, or the office has entered its own arrangement for it."""
        return self.package_knows_year(year) or any(d.year == year for d in self._overrides)

    def known_years(self, candidates: Iterable[int]) -> tuple[int, ...]:
        """Known years among ``candidates`` (e.g. this year ± 5), sorted, for the settings page."""
        return tuple(sorted(y for y in set(candidates) if self.is_year_known(y)))

    def missing_years(self, start: dt.date, end: dt.date) -> tuple[int, ...]:
        """Years touched by ``[start, end]`` whose arrangement nobody has entered yet (the UI warns)."""
        return tuple(y for y in range(start.year, end.year + 1) if not self.is_year_known(y))

    # ------------------------------------------------------------------ internals

    def _year(self, year: int) -> _Year:
        cached = self._years.get(year)
        if cached is None:
            cached = _build_year(year, self._overrides, self._source)
            self._years[year] = cached
        return cached

    def _forward(self, ordinal: int, year: int, remaining: int) -> dt.date:
        ordinals = self._year(year).workday_ordinals
        pos = bisect_right(ordinals, ordinal)
        while remaining > len(ordinals) - pos:
            remaining -= len(ordinals) - pos
            year += 1
            ordinals, pos = self._year(year).workday_ordinals, 0
        return dt.date.fromordinal(ordinals[pos + remaining - 1])

    def _backward(self, ordinal: int, year: int, remaining: int) -> dt.date:
        ordinals = self._year(year).workday_ordinals
        pos = bisect_left(ordinals, ordinal)
        while remaining > pos:
            remaining -= pos
            year -= 1
            ordinals = self._year(year).workday_ordinals
            pos = len(ordinals)
        return dt.date.fromordinal(ordinals[pos - remaining])

    def _count_upto(self, d: dt.date, *, inclusive: bool, base: int) -> int:
        """Working days from 1 January of ``base`` up to ``d`` (``base <= d.year``)."""
        full_years = sum(len(self._year(y).workday_ordinals) for y in range(base, d.year))
        ordinals = self._year(d.year).workday_ordinals
        cut = bisect_right if inclusive else bisect_left
        return full_years + cut(ordinals, d.toordinal())


def missing_year_message(year: int) -> str:
    return f"{year} 年的节假日安排尚未收录，请在设置中补充"


# ---------------------------------------------------------------------- due times


def due_at(
    start: dt.datetime,
    offset_value: int,
    unit: OffsetUnitName | str,
    calendar: WorkCalendar,
    at_time: dt.time | None = None,
) -> dt.datetime:
    """When a checklist item relative to ``start`` is due (T-3 workdays, T+1 day at 17:00, T-30 minutes).

    Minutes and hours are elapsed time. Days are calendar days on the wall clock. Working days skip weekends
    and holidays and count 调休 Saturdays; they use :meth:`WorkCalendar.add_workdays`, so "T+0 workdays"
    of a meeting on a holiday is the next working day. Day-based offsets keep the meeting's time of day
    unless ``at_time`` (a wall-clock time in ``start``'s zone) is given.
    """
    if start.tzinfo is None or start.utcoffset() is None:
        raise ValueError("due_at needs a timezone-aware start (the office zone, e.g. Asia/Shanghai)")
    if unit in ("minutes", "hours"):
        if at_time is not None:
            raise ValueError("at_time only applies to day and workday offsets")
        delta = dt.timedelta(minutes=offset_value) if unit == "minutes" else dt.timedelta(hours=offset_value)
        return (start.astimezone(dt.UTC) + delta).astimezone(start.tzinfo)
    local_day = start.date()
    if unit == "days":
        day = local_day + dt.timedelta(days=offset_value)
    elif unit == "workdays":
        day = calendar.add_workdays(local_day, offset_value)
    else:
        raise ValueError(f"unknown offset unit: {unit!r}")
    clock = (at_time or start.timetz()).replace(tzinfo=None)
    return dt.datetime.combine(day, clock, tzinfo=start.tzinfo)


# ---------------------------------------------------------------------- building one year


def _day_index(d: dt.date) -> int:
    return d.toordinal() - dt.date(d.year, 1, 1).toordinal()


@lru_cache(maxsize=64)
def package_holidays(year: int) -> YearHolidays:
    """Holidays and 调休 working weekend days the package lists for dates in ``year``.

    The next year is loaded too, because a swap for New Year's Day can put the working Saturday in late
    December of the previous year (2002 had 2001-12-29).
    """
    import holidays  # imported lazily: the package costs ~0.1 s at start-up and most runs never need it

    china = holidays.China(years=(year, year + 1), language="zh_CN")
    names = MappingProxyType({d: str(name) for d, name in china.items() if d.year == year})
    weekend_workdays = frozenset(d for d in getattr(china, "weekend_workdays", ()) if d.year == year)
    return names, weekend_workdays


def _has_swaps(data: YearHolidays) -> bool:
    names, weekend_workdays = data
    return bool(weekend_workdays) or any("调休" in name for name in names.values())


def _raw_days(year: int, overrides: Mapping[dt.date, tuple[bool, str]], source: HolidaySource) -> list[_RawDay]:
    names, weekend_workdays = source(year)
    first = dt.date(year, 1, 1)
    raw: list[_RawDay] = []
    for i in range((dt.date(year + 1, 1, 1) - first).days):
        d = first + dt.timedelta(days=i)
        weekend = d.weekday() >= 5
        if d in overrides:
            is_workday, name = overrides[d]
            raw.append(_RawDay(bool(is_workday), weekend, name, from_office=True))
        elif d in names:
            raw.append(_RawDay(False, weekend, names[d], from_office=False))
        else:
            raw.append(_RawDay(not weekend or d in weekend_workdays, weekend, "", from_office=False))
    return raw


def _festival(name: str) -> str:
    """Reduce "国庆节（补假）" to "国庆节"; a swapped day off has no festival of its own."""
    if name.startswith(_SUBSTITUTED_PREFIX):
        return ""
    return name.split("（", 1)[0].strip()


def _run_festivals(raw: list[_RawDay]) -> list[str]:
    """For each day in a run of consecutive days off, the festival the run belongs to (else "").

    A run's festival is its most frequent holiday name, so the swapped days and the Sunday inside 国庆 are
    labelled 国庆节 and a 春节 run is not named after its 除夕.
    """
    result = [""] * len(raw)
    i = 0
    while i < len(raw):
        if raw[i].is_workday:
            i += 1
            continue
        j = i
        while j < len(raw) and not raw[j].is_workday:
            j += 1
        counts = Counter(_FESTIVAL_ALIASES.get(f, f) for f in map(_festival, (r.name for r in raw[i:j])) if f)
        if counts:
            best = max(counts.items(), key=lambda item: item[1])[0]
            result[i:j] = [best] * (j - i)
        i = j
    return result


def _holiday_flags(raw: list[_RawDay]) -> list[bool]:
    """Which days off are holidays: named days, and unnamed weekend days sandwiched inside a holiday run."""
    named = [r.is_holiday for r in raw]
    flags = list(named)
    last_named = -1
    for i, r in enumerate(raw):
        if r.is_workday:
            last_named = -1
        elif named[i]:
            # every unnamed day off since the previous named day of this run lies between two holidays
            if last_named >= 0:
                flags[last_named + 1 : i] = [True] * (i - last_named - 1)
            last_named = i
    return flags


def _day_info(d: dt.date, r: _RawDay, is_holiday: bool, festival: str) -> DayInfo:
    if r.is_workday:
        if r.weekend:
            return DayInfo(d, True, "adjusted_workday", r.name or ADJUSTED_WORKDAY_LABEL, r.name)
        return DayInfo(d, True, "workday", r.name if r.from_office else "", r.name)
    if not is_holiday:
        return DayInfo(d, False, "weekend", "", r.name)
    own = r.name if r.from_office else _festival(r.name)
    return DayInfo(d, False, "holiday", own or festival or DEFAULT_DAY_OFF_LABEL, r.name)


def _build_year(year: int, overrides: Mapping[dt.date, tuple[bool, str]], source: HolidaySource) -> _Year:
    raw = _raw_days(year, overrides, source)
    festivals = _run_festivals(raw)
    flags = _holiday_flags(raw)
    first = dt.date(year, 1, 1)
    infos = tuple(
        _day_info(first + dt.timedelta(days=i), r, flags[i], festivals[i]) for i, r in enumerate(raw)
    )
    ordinals = tuple(info.date.toordinal() for info in infos if info.is_workday)
    return _Year(infos, ordinals)


DEFAULT_MEETING_TIME = dt.time(9, 0)


def default_meeting_start(calendar: WorkCalendar, now: dt.datetime) -> dt.datetime:
    """When a new meeting is first proposed: 09:00 on the next working day after ``now`` (in its zone).

    Never a Saturday, a holiday or a Sunday that is no 调休 working day; a 调休 Saturday is a working day.
    """
    day = calendar.add_workdays(now.date(), 1)
    return dt.datetime.combine(day, DEFAULT_MEETING_TIME, tzinfo=now.tzinfo)
