"""Benchmark: Huiwu's .ics export/import against bare icalendar doing the same work in the same run.

Run: .venv/bin/python bench/ics.py   (prints best-of-3 figures and the ratios; target ratio <= 1.5)
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goals import goal
from icalendar import Calendar, Event, vCalAddress

from huiwu.calendar.ics_export import ExportEvent, build_calendar
from huiwu.calendar.ics_import import parse_ics

N = 5000
SH = ZoneInfo("Asia/Shanghai")
KINDS = ("常务会议", "专题会议", "调度会", "全体会议", "视频会议", "培训")
TOPICS = ("安全生产", "防汛抗旱", "乡村振兴", "营商环境", "项目建设", "疫情防控", "森林防火", "民生实事")
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"


def meetings(count: int = N) -> list[ExportEvent]:
    rng = random.Random(20250301)
    base = datetime(2025, 1, 6, 8, 30, tzinfo=SH)
    events = []
    for i in range(count):
        start = base + timedelta(days=rng.randrange(365), minutes=30 * rng.randrange(20))
        people = tuple(
            (
                f"{rng.choice(SURNAMES)}{rng.choice('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平')}",
                f"p{i}-{k}@gov.example.cn",
                "CHAIR" if k == 0 else "REQ-PARTICIPANT",
            )
            for k in range(20)
        )
        events.append(
            ExportEvent(
                uid=f"meeting-{i}@huiwu",
                sequence=rng.randrange(4),
                summary=f"关于{rng.choice(TOPICS)}工作的{rng.choice(KINDS)}（第{i}次）",
                start=start,
                end=start + timedelta(minutes=30 * rng.randrange(1, 8)),
                location=f"县政府{rng.randrange(1, 6)}楼第{rng.randrange(1, 9)}会议室",
                description="一、传达上级文件精神\n二、研究部署下一步工作\n三、其他事项",
                organizer=("县政府办公室", "office@gov.example.cn"),
                attendees=people,
                categories=(rng.choice(KINDS),),
                last_modified=datetime(2025, 1, 1, tzinfo=UTC),
                status="CANCELLED" if i % 50 == 0 else "CONFIRMED",
            )
        )
    return events


def bare_export(events: list[ExportEvent]) -> bytes:
    """The same data built directly with icalendar objects."""
    cal = Calendar()
    cal.add("prodid", "-//Huiwu//会务//ZH")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "县政府会议")
    for e in events:
        ev = Event()
        ev.add("uid", e.uid)
        ev.add("dtstamp", datetime(2025, 1, 1, tzinfo=UTC))
        ev.add("sequence", e.sequence)
        ev.add("dtstart", e.start)
        ev.add("dtend", e.end)
        ev.add("summary", e.summary)
        ev.add("location", e.location)
        ev.add("description", e.description)
        ev.add("status", e.status)
        if e.organizer is not None:
            organizer = vCalAddress(f"mailto:{e.organizer[1]}")
            organizer.params["cn"] = e.organizer[0]
            ev.add("organizer", organizer)
        for name, email, role in e.attendees:
            attendee = vCalAddress(f"mailto:{email}")
            attendee.params["cn"] = name
            attendee.params["role"] = role
            ev.add("attendee", attendee)
        ev.add("categories", list(e.categories))
        ev.add("last-modified", e.last_modified)
        cal.add_component(ev)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def bare_import(data: bytes) -> int:
    cal = Calendar.from_ical(data)
    count = 0
    for event in cal.walk("VEVENT"):
        event["DTSTART"].dt, event["DTEND"].dt, str(event["SUMMARY"])
        count += 1
    return count


def best_of_3(function: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        began = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - began)
    return best


def main() -> None:
    events = meetings()
    stamp = datetime(2025, 1, 1, tzinfo=UTC)
    ours = best_of_3(lambda: build_calendar(events, calendar_name="县政府会议", dtstamp=stamp))
    bare = best_of_3(lambda: bare_export(events))
    export_ratio = ours / bare
    print(
        f"ics export {N}: huiwu {ours:.2f} s, bare icalendar {bare:.2f} s, ratio {ours / bare:.2f} (target <= 1.5)"
    )
    data = build_calendar(events, calendar_name="县政府会议", dtstamp=stamp)
    parsed = parse_ics(data, "bench.ics")
    assert len(parsed.events) == N and bare_import(data) == N
    ours = best_of_3(lambda: parse_ics(data, "bench.ics"))
    bare = best_of_3(lambda: bare_import(data))
    print(
        f"ics import {N} ({len(data) / 1e6:.1f} MB): huiwu {ours:.2f} s, bare icalendar {bare:.2f} s, "
        f"ratio {ours / bare:.2f} (target <= 1.5)"
    )
    goal("ics", max(export_ratio, ours / bare), "<=", 1.5)  # the worse of export and import


if __name__ == "__main__":
    main()
