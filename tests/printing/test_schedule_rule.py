"""The 日程 keeps lunch free, follows the meeting's own times and spreads a long meeting over its days
(huiwu.rules.schedule, issue 12)."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.printing import data as d
from huiwu.rules.schedule import AFTERNOON_START, MORNING_END, day_sessions, lay_out
from huiwu.services.printing import schedule_slots

CST = dt.timezone(dt.timedelta(hours=8))
starts = st.builds(lambda day, h, m: dt.datetime(2026, 12, day, h, m, tzinfo=CST),
                   st.integers(1, 20), st.integers(7, 20), st.sampled_from([0, 30]))


def at(day: int, h: int, m: int = 0) -> dt.datetime:
    return dt.datetime(2026, 12, day, h, m, tzinfo=CST)


def in_lunch(r_start: dt.datetime, r_end: dt.datetime) -> bool:
    lunch = (dt.datetime.combine(r_start.date(), MORNING_END, CST), dt.datetime.combine(r_start.date(), AFTERNOON_START, CST))
    return r_start < lunch[1] and r_end > lunch[0]


@settings(max_examples=300, deadline=None)
@given(minutes=st.lists(st.integers(5, 400), min_size=1, max_size=10), start=starts,
       days=st.integers(0, 2), end_hour=st.integers(10, 19))
def test_items_keep_order_length_and_the_meetings_times(minutes: list[int], start: dt.datetime, days: int,
                                                          end_hour: int) -> None:
    end = max(start + dt.timedelta(minutes=30), dt.datetime.combine(start.date() + dt.timedelta(days=days),
                                                                   dt.time(end_hour), CST))
    rows = lay_out(minutes, start, end)
    items = [r for r in rows if r.item is not None]
    assert items[0].start == start  # the first 议题 begins when the meeting does
    assert [r.item for r in items] == sorted(r.item for r in items)  # order kept
    for index, length in enumerate(minutes):
        parts = [r for r in items if r.item == index]
        assert sum((r.end - r.start for r in parts), dt.timedelta()) == dt.timedelta(minutes=length)
        assert [r.continued for r in parts] == [False] + [True] * (len(parts) - 1)
        if length <= 180 and index > 0:  # fits any afternoon: never cut (the first begins at the start, and
            assert len(parts) == 1, (index, parts)  # may be cut at lunch when the meeting begins late morning)
    for a, b in itertools.pairwise(rows):
        assert a.end <= b.start  # nothing overlaps
    for r in items:
        assert r.start.date() == r.end.date() and r.beyond_end == (r.end > end)
        explicit = r.start.date() in (start.date(), end.date())  # the meeting's own times may cross lunch
        assert explicit or not in_lunch(r.start, r.end), r
    lunches = [r for r in rows if r.item is None]
    assert all((r.start.time(), r.end.time()) == (MORNING_END, AFTERNOON_START) for r in lunches)


def test_the_meetings_own_times_win() -> None:
    assert [(r.start, r.end) for r in lay_out([60, 60], at(1, 14), at(1, 17))] == [(at(1, 14), at(1, 15)),
                                                                                    (at(1, 15), at(1, 16))]
    assert lay_out([60], at(1, 7, 30), at(1, 12))[0].start == at(1, 7, 30)
    evening = lay_out([60, 30], at(1, 19), at(1, 21))
    assert [(r.start, r.end) for r in evening] == [(at(1, 19), at(1, 20)), (at(1, 20), at(1, 20, 30))]
    assert [(r.start, r.end) for r in day_sessions(at(1, 19), at(1, 21))] == [(at(1, 19), at(1, 21))]
    long = lay_out([600], at(1, 9), at(2, 17, 30))
    assert long[0].start == at(1, 9) and not any(r.beyond_end for r in long)  # begun at once, not pushed
    over = lay_out([200] * 6, at(1, 9), at(2, 18))
    assert any(r.beyond_end for r in over) and not over[0].beyond_end


def test_two_day_meeting_spreads_over_both_days_with_lunch() -> None:
    meeting = d.MeetingDoc(
        title="全县经济工作会议", starts_at=at(9, 9), ends_at=at(10, 17, 30), venue="县会议中心",
        agenda=tuple(d.AgendaDocItem(i, f"第{i}项议题", "县发改局", "", 90) for i in range(1, 9)))
    slots = schedule_slots(meeting)
    assert {s.date for s in slots} == {dt.date(2026, 12, 9), dt.date(2026, 12, 10)}
    assert [s.activity for s in slots].count("午餐、休息") == 2
    assert all(not ("12:00" < s.time_range.split("—")[0] < "14:30") for s in slots)
    assert not any("超出会议结束时间" in s.activity for s in slots)
    crowded = schedule_slots(d.MeetingDoc(title="x", starts_at=at(9, 9), ends_at=at(9, 12),
                                          agenda=(d.AgendaDocItem(1, "甲", minutes=120), d.AgendaDocItem(2, "乙", minutes=120))))
    assert crowded[-1].activity == "乙（超出会议结束时间）"  # the 日程 says so rather than move the meeting


def test_without_durations_each_day_shows_its_sessions() -> None:
    rows = day_sessions(at(9, 9), at(10, 12))
    spans = [(r.start.strftime("%d %H:%M"), r.end.strftime("%H:%M"), r.item) for r in rows]
    assert spans == [("09 09:00", "12:00", 0), ("09 12:00", "14:30", None), ("09 14:30", "17:30", 0),
                     ("10 08:30", "12:00", 0)]
