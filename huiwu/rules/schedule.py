"""The 日程 rule: 议题 laid out in the office's working sessions, with a lunch break, over the meeting's days.

A morning runs to 12:00 and an afternoon from 14:30 to 17:30 (县级机关's usual 作息); a later day starts at 08:30.
A 议题 that does not fit what is left of a session starts the next one; one longer than a whole session fills
sessions in turn from a session's start and its later parts say "（续）". A day with work both before and after lunch gets a 午餐 row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

MORNING_START = dt.time(8, 30)
MORNING_END = dt.time(12, 0)
AFTERNOON_START = dt.time(14, 30)
AFTERNOON_END = dt.time(17, 30)
LUNCH_LABEL = "午餐、休息"


@dataclass(frozen=True)
class Placed:
    """One row of the 日程: which 议题 (``item`` index, or None for the lunch row), when, and whether it is
    the continuation of a 议题 that began in an earlier session."""

    item: int | None
    start: dt.datetime
    end: dt.datetime
    continued: bool = False


def _at(day: dt.date, t: dt.time, tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.combine(day, t, tz)


def _session(at: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The session ``at`` falls in, or the next one: (start, end), start ≥ ``at``'s own session start."""
    day, tz = at.date(), at.tzinfo
    if at.time() < MORNING_END:
        return max(at, _at(day, MORNING_START, tz)), _at(day, MORNING_END, tz)
    if at.time() < AFTERNOON_END:
        return max(at, _at(day, AFTERNOON_START, tz)), _at(day, AFTERNOON_END, tz)
    nxt = day + dt.timedelta(days=1)
    return _at(nxt, MORNING_START, tz), _at(nxt, MORNING_END, tz)


def lay_out(minutes: Sequence[int], start: dt.datetime) -> list[Placed]:
    """Rows of the 日程 for 议题 of the given durations, from the meeting's start, in their order."""
    rows: list[Placed] = []
    at = start
    for index, length in enumerate(minutes):
        left = dt.timedelta(minutes=max(0, length))
        continued = False
        while True:
            s_start, s_end = _session(at)
            full = _session(_at(s_start.date(), MORNING_START if s_start.time() < MORNING_END
                                else AFTERNOON_START, s_start.tzinfo))
            if left <= s_end - s_start:
                rows.append(Placed(index, s_start, s_start + left, continued))
                at = s_start + left
                break
            if not continued and s_start != full[0]:
                at = s_end  # does not fit what is left: start the next session rather than cut it here
                continue
            rows.append(Placed(index, s_start, s_end, continued))
            left -= s_end - s_start
            continued = True
            at = s_end
    return _with_lunch(rows)


def _with_lunch(rows: list[Placed]) -> list[Placed]:
    out: list[Placed] = []
    for i, row in enumerate(rows):
        out.append(row)
        after = rows[i + 1] if i + 1 < len(rows) else None
        if (after is not None and after.start.date() == row.start.date()
                and row.end.time() <= MORNING_END and after.start.time() >= AFTERNOON_START):
            day, tz = row.start.date(), row.start.tzinfo
            out.append(Placed(None, _at(day, MORNING_END, tz), _at(day, AFTERNOON_START, tz)))
    return out


def day_sessions(start: dt.datetime, end: dt.datetime) -> list[Placed]:
    """Without durations: the meeting's sessions day by day (morning, lunch, afternoon) within its span."""
    rows: list[Placed] = []
    at = start
    while at < end:
        s_start, s_end = _session(at)
        if s_start >= end:
            break
        rows.append(Placed(0, s_start, min(s_end, end)))
        at = s_end
    return _with_lunch(rows)
