"""The 日程 keeps lunch free and spreads a long meeting over its days (huiwu.rules.schedule, issue 12)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.printing import data as d
from huiwu.rules.schedule import (
    AFTERNOON_END,
    AFTERNOON_START,
    MORNING_END,
    MORNING_START,
    day_sessions,
    lay_out,
)
from huiwu.services.printing import schedule_slots

CST = dt.timezone(dt.timedelta(hours=8))
starts = st.builds(lambda day, h, m: dt.datetime(2026, 12, day, h, m, tzinfo=CST),
                   st.integers(1, 28), st.integers(8, 16), st.sampled_from([0, 30]))


@settings(max_examples=300, deadline=None)
@given(minutes=st.lists(st.integers(5, 400), min_size=1, max_size=12), start=starts)
def test_items_keep_their_order_and_length_and_stay_out_of_lunch(minutes: list[int], start: dt.datetime) -> None:
    rows = lay_out(minutes, start)
    items = [r for r in rows if r.item is not None]
    assert [r.item for r in items] == sorted(r.item for r in items)  # order kept
    for index, length in enumerate(minutes):
        parts = [r for r in items if r.item == index]
        assert sum((r.end - r.start for r in parts), dt.timedelta()) == dt.timedelta(minutes=length)
        assert [r.continued for r in parts] == [False] + [True] * (len(parts) - 1)
    for r in items:
        assert r.start >= start and r.start.date() == r.end.date()
        in_morning = MORNING_START <= r.start.time() or r.start == start
        assert (r.end.time() <= MORNING_END and in_morning) or (
            AFTERNOON_START <= r.start.time() and r.end.time() <= AFTERNOON_END) or r.start == start, r
    for a, b in itertools.pairwise(rows):
        assert a.end <= b.start  # nothing overlaps
    lunches = [r for r in rows if r.item is None]
    assert all((r.start.time(), r.end.time()) == (MORNING_END, AFTERNOON_START) for r in lunches)


def test_two_day_meeting_spreads_over_both_days_with_lunch() -> None:
    start = dt.datetime(2026, 12, 9, 9, 0, tzinfo=CST)
    meeting = d.MeetingDoc(
        title="全县经济工作会议", starts_at=start, ends_at=dt.datetime(2026, 12, 10, 17, 0, tzinfo=CST),
        venue="县会议中心",
        agenda=tuple(d.AgendaDocItem(i, f"第{i}项议题", "县发改局", "", 90) for i in range(1, 9)))
    slots = schedule_slots(meeting)
    days = {s.date for s in slots}
    assert days == {dt.date(2026, 12, 9), dt.date(2026, 12, 10)}
    assert [s.activity for s in slots].count("午餐、休息") == 2
    assert all(not ("12:00" < s.time_range.split("—")[0] < "14:30") for s in slots)


def test_without_durations_each_day_shows_its_sessions() -> None:
    rows = day_sessions(dt.datetime(2026, 12, 9, 9, 0, tzinfo=CST), dt.datetime(2026, 12, 10, 12, 0, tzinfo=CST))
    spans = [(r.start.strftime("%d %H:%M"), r.end.strftime("%H:%M"), r.item) for r in rows]
    assert spans == [("09 09:00", "12:00", 0), ("09 12:00", "14:30", None), ("09 14:30", "17:30", 0),
                     ("10 08:30", "12:00", 0)]
