"""A leader's busy calendar of a given size, for the tests and the bench of long imports (~3 KB an event)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from huiwu.calendar.ics_export import ExportEvent, build_calendar

SH = ZoneInfo("Asia/Shanghai")
EVENT_BYTES = 3000  # what one event below takes, near enough


def big_calendar(events: int, seed: str = "") -> bytes:
    base = datetime(2026, 1, 5, 8, 30, tzinfo=SH)
    items = []
    for i in range(events):
        start = base + timedelta(days=i % 360, minutes=30 * (i % 17))
        people = tuple((f"参会人{i % 97}-{k}", f"p{i}-{k}@gov.example.cn", "REQ-PARTICIPANT") for k in range(20))
        items.append(ExportEvent(
            uid=f"big-{seed}{i}@huiwu", sequence=i % 3, summary=f"关于第{i}项工作的专题会议",
            start=start, end=start + timedelta(hours=1), location=f"县政府{i % 5 + 1}楼第{i % 8 + 1}会议室",
            description="一、传达上级文件精神\n二、研究部署下一步工作\n三、其他事项", organizer=("县政府办公室", None),
            attendees=people, last_modified=datetime(2026, 1, 1, tzinfo=UTC)))
    return build_calendar(items, calendar_name="领导日程", dtstamp=datetime(2026, 1, 1, tzinfo=UTC))


def write_big_ics(path: Path, megabytes: float, seed: str = "") -> Path:
    path.write_bytes(big_calendar(max(int(megabytes * 1_000_000 / EVENT_BYTES), 1), seed))
    return path
