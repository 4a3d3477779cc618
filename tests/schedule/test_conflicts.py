"""Conflict detection on constructed weeks with known answers, and the sweep against a brute-force reference."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.calendar.workdays import OFFICE_TZ, WorkCalendar
from huiwu.schedule.conflicts import Conflict, LeaveSpan, PersonRef, ScheduledItem, detect_conflicts

CAL = WorkCalendar()

ZHANG = PersonRef("person:1", "张县长")
LI = PersonRef("person:2", "李副县长")
WANG = PersonRef("person:3", "王局长")
ZHAO = PersonRef("person:4", "赵主任")


def at(m: int, d: int, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(2026, m, d, hh, mm, tzinfo=OFFICE_TZ)


def item(key: str, start: dt.datetime, end: dt.datetime, *people: PersonRef, **kw: object) -> ScheduledItem:
    return ScheduledItem(key=key, title=kw.pop("title", key), start=start, end=end, people=people, **kw)  # type: ignore[arg-type]


def kinds(conflicts: tuple[Conflict, ...]) -> list[tuple[str, tuple[str, ...], str]]:
    return [(c.kind, c.items, c.resource_key) for c in conflicts]


# ---------------------------------------------------------------- working days


def test_non_working_days_respect_adjusted_weekends() -> None:
    week = (
        item("meeting:1", at(10, 10, 9), at(10, 10, 11), title="调度会"),  # 调休 Saturday: fine
        item("meeting:2", at(10, 3, 9), at(10, 3, 11), title="安全生产检查"),  # 国庆节
        item("meeting:3", at(11, 22, 9), at(11, 22, 11), title="周日加班会"),  # an ordinary Sunday
        item("meeting:4", at(11, 23, 9), at(11, 23, 11)),  # Monday
        item("event:1", at(11, 22, 14), at(11, 22, 16), source="imported"),  # not the office's to move
    )
    result = detect_conflicts(week, calendar=CAL)
    assert kinds(result) == [
        ("non_working_day", ("meeting:2",), "2026-10-03"),
        ("non_working_day", ("meeting:3",), "2026-11-22"),
    ]
    holiday, sunday = result
    assert holiday.resource == "国庆节" and "10月3日（国庆节）" in holiday.message
    assert sunday.resource == "周日" and sunday.severity == "warning"
    assert "安全生产检查" in holiday.message and holiday.suggestion


def test_meeting_ending_at_midnight_does_not_touch_the_next_day() -> None:
    friday_evening = item("meeting:1", at(11, 20, 19), at(11, 21, 0))
    assert detect_conflicts([friday_evening], calendar=CAL) == ()
    into_saturday = item("meeting:2", at(11, 20, 19), at(11, 21, 1))
    (conflict,) = detect_conflicts([into_saturday], calendar=CAL)
    assert (conflict.start, conflict.end) == (at(11, 21, 0), at(11, 21, 1))


def test_no_calendar_no_working_day_check() -> None:
    assert detect_conflicts([item("meeting:2", at(10, 3, 9), at(10, 3, 11))]) == ()


# ---------------------------------------------------------------- people and chairs


def test_person_in_two_overlapping_meetings() -> None:
    a = item("meeting:1", at(11, 23, 9), at(11, 23, 11), WANG, title="专题会议")
    b = item("meeting:2", at(11, 23, 10), at(11, 23, 12), WANG, ZHAO, title="调度会")
    (c,) = detect_conflicts([b, a], calendar=CAL)
    assert (c.kind, c.severity, c.items, c.resource) == (
        "person_double_booked",
        "error",
        ("meeting:1", "meeting:2"),
        "王局长",
    )
    assert (c.start, c.end) == (at(11, 23, 10), at(11, 23, 11))
    assert c.message == "王局长在11月23日（周一）10:00—11:00同时被安排参加“专题会议”和“调度会”。"
    assert c.suggestion


def test_touching_intervals_are_not_a_conflict() -> None:
    a = item("meeting:1", at(11, 23, 9), at(11, 23, 10), WANG, venue_key="venue:1")
    b = item("meeting:2", at(11, 23, 10), at(11, 23, 11), WANG, venue_key="venue:1")
    assert detect_conflicts([a, b], calendar=CAL) == ()


def test_three_overlapping_items_give_each_pair_once() -> None:
    a = item("meeting:1", at(11, 23, 9), at(11, 23, 12), WANG, WANG)  # listed twice: still one entry
    b = item("meeting:2", at(11, 23, 10), at(11, 23, 11), WANG)
    c = item("meeting:3", at(11, 23, 10, 30), at(11, 23, 13), WANG)
    result = detect_conflicts([c, a, b])
    assert sorted(x.items for x in result) == [
        ("meeting:1", "meeting:2"),
        ("meeting:1", "meeting:3"),
        ("meeting:2", "meeting:3"),
    ]
    assert {x.kind for x in result} == {"person_double_booked"}


def test_chair_double_booked_only_when_chairing_both() -> None:
    chaired = {"chair_key": ZHANG.key, "chair_name": ZHANG.name}
    a = item("meeting:1", at(11, 24, 9), at(11, 24, 11), ZHANG, LI, **chaired)
    b = item("meeting:2", at(11, 24, 10), at(11, 24, 12), **chaired)  # chair not in people: still counts
    c = item("meeting:3", at(11, 24, 10), at(11, 24, 11), ZHANG, chair_key=LI.key, chair_name=LI.name)
    result = detect_conflicts([a, b, c])
    assert kinds(result) == [
        ("chair_double_booked", ("meeting:1", "meeting:2"), ZHANG.key),
        ("person_double_booked", ("meeting:1", "meeting:3"), ZHANG.key),  # chairs 1, attends 3
        ("person_double_booked", ("meeting:3", "meeting:2"), ZHANG.key),  # same start: shorter first
        ("person_double_booked", ("meeting:1", "meeting:3"), LI.key),  # attends 1, chairs 3
    ]
    assert result[0].message.startswith("张县长在11月24日（周二）10:00—11:00同时主持")


def test_imported_events_count_for_people() -> None:
    meeting = item("meeting:1", at(11, 25, 9), at(11, 25, 11), ZHANG)
    upper = item("event:7", at(11, 25, 10), at(11, 25, 12), ZHANG, source="imported", title="市政府视频会")
    other = item("event:8", at(11, 25, 10), at(11, 25, 11), ZHANG, source="imported")
    result = detect_conflicts([meeting, upper, other])
    severities = {c.items: c.severity for c in result}
    assert severities == {
        ("meeting:1", "event:7"): "error",
        ("meeting:1", "event:8"): "error",
        ("event:8", "event:7"): "warning",  # ordered by (start, end): event:8 ends first
    }
    assert "市政府视频会" in result[0].message or "市政府视频会" in result[1].message


def test_cancelled_items_are_ignored() -> None:
    a = item("meeting:1", at(11, 23, 9), at(11, 23, 11), WANG, venue_key="venue:1")
    b = item("meeting:2", at(11, 23, 9), at(11, 23, 11), WANG, venue_key="venue:1", cancelled=True)
    sunday = item("meeting:3", at(11, 22, 9), at(11, 22, 11), cancelled=True)
    assert detect_conflicts([a, b, sunday], calendar=CAL) == ()


# ---------------------------------------------------------------- venues and leave


def test_venue_booked_twice() -> None:
    a = item(
        "meeting:1", at(11, 23, 9), at(11, 23, 11), venue_key="venue:1", venue_name="一楼会议室", title="甲"
    )
    b = item(
        "meeting:2", at(11, 23, 10), at(11, 23, 11), venue_key="venue:1", venue_name="一楼会议室", title="乙"
    )
    c = item("meeting:3", at(11, 23, 10), at(11, 23, 11), venue_key="venue:2")
    (conflict,) = detect_conflicts([a, b, c])
    assert (conflict.kind, conflict.resource, conflict.items) == (
        "venue_double_booked",
        "一楼会议室",
        ("meeting:1", "meeting:2"),
    )
    assert conflict.message == "一楼会议室在11月23日（周一）10:00—11:00同时被“甲”和“乙”占用。"


def test_invitee_on_leave() -> None:
    leave = LeaveSpan(WANG.key, WANG.name, at(11, 23, 0), at(11, 25, 0), "leave:3")
    inside = item("meeting:1", at(11, 24, 9), at(11, 24, 11), WANG, title="专题会议")
    after = item("meeting:2", at(11, 25, 0), at(11, 25, 2), WANG)  # touches the end of the leave
    upper = item("event:1", at(11, 24, 14), at(11, 24, 15), WANG, source="imported")
    chaired = item("meeting:3", at(11, 23, 15), at(11, 23, 16), chair_key=WANG.key, chair_name=WANG.name)
    result = detect_conflicts([inside, after, upper, chaired], [leave])
    assert kinds(result) == [
        ("invitee_on_leave", ("meeting:3", "leave:3"), WANG.key),
        ("invitee_on_leave", ("meeting:1", "leave:3"), WANG.key),
    ]
    assert "主持" in result[0].message
    assert (
        result[1].message
        == "王局长已获批请假（11月23日（周一）00:00—11月25日 00:00），但在“专题会议”的参会人员中。"
    )
    assert (result[1].start, result[1].end) == (at(11, 24, 9), at(11, 24, 11))


def test_order_is_deterministic_whatever_the_input_order() -> None:
    items = [
        item(
            f"meeting:{i}",
            at(11, 23, 8 + i % 5),
            at(11, 23, 10 + i % 4),
            WANG,
            ZHAO,
            venue_key=f"venue:{i % 2}",
            chair_key=ZHANG.key,
        )
        for i in range(12)
    ]
    leaves = [LeaveSpan(ZHAO.key, ZHAO.name, at(11, 23, 9), at(11, 23, 10), "leave:1")]
    expected = detect_conflicts(items, leaves, CAL)
    for seed in range(5):
        shuffled = items[:]
        random.Random(seed).shuffle(shuffled)
        assert detect_conflicts(shuffled, leaves, CAL) == expected


def test_naive_times_are_rejected() -> None:
    naive = ScheduledItem("meeting:1", "x", dt.datetime(2026, 11, 23, 9), dt.datetime(2026, 11, 23, 10))
    with pytest.raises(ValueError):
        detect_conflicts([naive])


# ---------------------------------------------------------------- property: sweep == all pairs


def _brute_force(
    items: list[ScheduledItem], leaves: list[LeaveSpan]
) -> Counter[tuple[str, frozenset[str], str]]:
    """The obvious O(n²) reference; order-free, so it checks the multiset of conflicts."""
    live = [x for x in items if not x.cancelled]
    found: Counter[tuple[str, frozenset[str], str]] = Counter()

    def overlaps(a: ScheduledItem | LeaveSpan, b: ScheduledItem | LeaveSpan) -> bool:
        return a.start < b.end and b.start < a.end and a.start < a.end and b.start < b.end

    def involved(x: ScheduledItem) -> set[str]:
        return {p.key for p in x.people} | ({x.chair_key} if x.chair_key else set())

    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            if not overlaps(a, b):
                continue
            pair = frozenset((a.key, b.key))
            if a.venue_key is not None and a.venue_key == b.venue_key:
                found["venue_double_booked", pair, a.venue_key] += 1
            for person in involved(a) & involved(b):
                chair = a.chair_key == person == b.chair_key
                found["chair_double_booked" if chair else "person_double_booked", pair, person] += 1
    for x in live:
        for leave in leaves:
            if x.source == "meeting" and leave.person_key in involved(x) and overlaps(x, leave):
                found["invitee_on_leave", frozenset((x.key, leave.leave_key)), leave.person_key] += 1
    return found


PEOPLE = [PersonRef(f"person:{i}", f"人员{i}") for i in range(5)]
quarter_hours = st.integers(min_value=0, max_value=40)


@st.composite
def scheduled_items(draw: st.DrawFn, idx: int) -> ScheduledItem:
    start = draw(quarter_hours)
    length = draw(st.integers(min_value=0, max_value=12))
    base = at(11, 23, 8)
    chair = draw(st.sampled_from([None, *PEOPLE]))
    return ScheduledItem(
        key=f"item:{idx}",
        title=f"会议{idx}",
        start=base + dt.timedelta(minutes=15 * start),
        end=base + dt.timedelta(minutes=15 * (start + length)),
        source=draw(st.sampled_from(["meeting", "imported"])),
        venue_key=draw(st.sampled_from([None, "venue:1", "venue:2"])),
        chair_key=chair.key if chair else None,
        chair_name=chair.name if chair else "",
        people=tuple(draw(st.lists(st.sampled_from(PEOPLE), max_size=4))),
        cancelled=draw(st.booleans()),
    )


@st.composite
def weeks(draw: st.DrawFn) -> tuple[list[ScheduledItem], list[LeaveSpan]]:
    n = draw(st.integers(min_value=0, max_value=9))
    items = [draw(scheduled_items(i)) for i in range(n)]
    leaves = []
    for j in range(draw(st.integers(min_value=0, max_value=3))):
        person = draw(st.sampled_from(PEOPLE))
        start, length = draw(quarter_hours), draw(st.integers(min_value=0, max_value=16))
        base = at(11, 23, 8)
        leaves.append(
            LeaveSpan(
                person.key,
                person.name,
                base + dt.timedelta(minutes=15 * start),
                base + dt.timedelta(minutes=15 * (start + length)),
                f"leave:{j}",
            )
        )
    return items, leaves


@settings(max_examples=300, deadline=None)
@given(weeks())
def test_sweep_matches_brute_force(week: tuple[list[ScheduledItem], list[LeaveSpan]]) -> None:
    items, leaves = week
    swept = detect_conflicts(items, leaves)
    got = Counter((c.kind, frozenset(c.items), c.resource_key) for c in swept)
    assert got == _brute_force(items, leaves)
    for c in swept:
        assert c.start < c.end
