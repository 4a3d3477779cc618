"""The 日程 rule: 议题 laid out in the office's working sessions, with a lunch break, over the meeting's days.

A day has a morning to 12:00 and an afternoon from 14:30 to 17:30 (县级机关's usual 作息); a later day starts at
08:30. The meeting's own times win: the first session starts when the meeting starts (14:00 is 14:00, 19:00 is
an evening session) and the last ends when it ends (an end at 18:00 lengthens the last afternoon). A 议题 that
does not fit what is left of a session starts the next one when it fits a whole session (or when less than
half an hour is left); one longer than that fills sessions in turn and its later parts say "（续）". 议题 that run past the meeting's end keep their times
and are flagged, so the 日程 says so instead of silently moving the meeting. A day with work both before and
after lunch gets a 午餐 row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

MORNING_START = dt.time(8, 30)
MORNING_END = dt.time(12, 0)
AFTERNOON_START = dt.time(14, 30)
AFTERNOON_END = dt.time(17, 30)
EVENING = dt.timedelta(hours=3)  # an evening session without a stated end
MIN_PART = dt.timedelta(minutes=30)  # a 议题 is not begun in a session's last half hour only to be cut
LUNCH_LABEL = "午餐、休息"
BEYOND_END = "（超出会议结束时间）"


@dataclass(frozen=True)
class Placed:
    """One row of the 日程: which 议题 (``item`` index, or None for the lunch row), when, whether it continues
    a 议题 begun in an earlier session, and whether it runs past the meeting's end."""

    item: int | None
    start: dt.datetime
    end: dt.datetime
    continued: bool = False
    beyond_end: bool = False


def _at(day: dt.date, t: dt.time, tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.combine(day, t, tz)


def _day_sessions(day: dt.date, start: dt.datetime, end: dt.datetime,
                  clip: bool) -> list[tuple[dt.datetime, dt.datetime]]:
    """One day's sessions: the standard morning and afternoon, opened at the meeting's start on its first day.
    On its last day the meeting's end closes them (``clip``, for the sessions shown without 议题) or leaves the
    last one open to the day's end (for laying 议题 out: one that overruns keeps going that day, flagged,
    rather than jump to another day)."""
    tz = start.tzinfo
    morning = [_at(day, MORNING_START, tz), _at(day, MORNING_END, tz)]
    afternoon = [_at(day, AFTERNOON_START, tz), _at(day, AFTERNOON_END, tz)]
    out: list[list[dt.datetime]] = [morning, afternoon]
    if day == start.date():
        if start >= afternoon[1]:  # an evening meeting: one session, to its end or three hours, that day
            midnight = _at(day, dt.time(23, 59), tz)
            out = [[start, min(end if end.date() == day else start + EVENING, midnight)]]
        elif start >= morning[1]:
            out = [[start, afternoon[1]]]
        else:
            morning[0] = start
    if day == end.date() and end > start:
        kept: list[list[dt.datetime]] = []
        for s in out:  # the sessions up to the one the meeting ends in (ending over lunch: the morning)
            if kept and s[0] >= end:
                break
            kept.append(s)
            if end <= s[1] or (s is morning and end < afternoon[0]):
                break
        # shown without 议题: closed at the end; laying 议题 out: that session runs on to the day's end, so an
        # overrunning 议题 keeps going, flagged, instead of jumping to the afternoon or the next day
        kept[-1][1] = end if clip else max(kept[-1][1], end, _at(day, dt.time(23, 59), tz))
        out = kept
    return [(a, b) for a, b in out if b > a]


def sessions(start: dt.datetime, end: dt.datetime, *, clip: bool = False) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """The meeting's sessions in order, then — for 议题 that overrun — standard sessions of the days after."""
    day = start.date()
    while True:
        yield from _day_sessions(day, start, end, clip)
        day += dt.timedelta(days=1)


def lay_out(minutes: Sequence[int], start: dt.datetime, end: dt.datetime | None = None) -> list[Placed]:
    """Rows of the 日程 for 议题 of the given durations, from the meeting's start, in their order."""
    end = end if end is not None and end > start else start + dt.timedelta(minutes=max(1, sum(minutes)))
    source = sessions(start, end)
    session = next(source)
    rows: list[Placed] = []
    at = start
    for index, length in enumerate(minutes):
        left = dt.timedelta(minutes=max(0, length))
        continued = False
        while True:
            cursor = max(at, session[0])
            if left <= session[1] - cursor:
                rows.append(Placed(index, cursor, cursor + left, continued, cursor + left > end))
                at = cursor + left
                break
            upcoming = next(source)
            fits_next = left <= upcoming[1] - upcoming[0]
            movable = not continued and cursor != start  # the first 议题 begins when the meeting does
            if movable and (fits_next or (cursor > session[0] and session[1] - cursor < MIN_PART)):
                session, at = upcoming, upcoming[0]  # start it in the next session rather than cut it here
                continue
            if session[1] > cursor:
                rows.append(Placed(index, cursor, session[1], continued, session[1] > end))
                left -= session[1] - cursor
                continued = True
            session, at = upcoming, upcoming[0]
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
    for s_start, s_end in sessions(start, end, clip=True):
        if s_start >= end:
            break
        rows.append(Placed(0, s_start, min(s_end, end)))
    return _with_lunch(rows)
