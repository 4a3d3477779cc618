"""The 会议申报 rule: requests for ISO week W are due by a cut-off in week W-1 (default Friday 15:00, the
office's "本周五就定好下周有哪些会需要开"); one filed later is still taken but marked 逾期申报.

Plain functions over plain data; the cut-off's weekday and time come from the settings, the moment a request
was filed from the unit of work's clock.
"""

from __future__ import annotations

import datetime as dt

from huiwu.errors import ValidationError

WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
DEFAULT_WEEKDAY = 5  # ISO weekday: Friday
DEFAULT_TIME = "15:00"
# From this ISO weekday on, the 工作台 counts next week's requests (Thursday: a day before the cut-off)
REMIND_FROM_WEEKDAY = 4


def parse_cutoff_time(text: str) -> dt.time:
    """"15:00" → 15:00; refuses anything else with a sentence the clerk understands."""
    try:
        hours, minutes = (int(part) for part in text.strip().split(":"))
        return dt.time(hours, minutes)
    except ValueError:
        raise ValidationError(f"截止时间“{text}”看不懂，请写成 15:00 这样的时:分。") from None


def cutoff_of(iso_year: int, iso_week: int, weekday: int, at: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """The moment requests for week (iso_year, iso_week) are due: ``weekday`` (1 = 周一 … 7 = 周日) of the
    week before, at ``at`` in the office zone."""
    if not 1 <= weekday <= 7:
        raise ValidationError(f"截止日“{weekday}”不对，应为 1（周一）到 7（周日）。")
    monday = dt.date.fromisocalendar(iso_year, iso_week, 1)
    day = monday - dt.timedelta(days=7) + dt.timedelta(days=weekday - 1)
    return dt.datetime.combine(day, at, tzinfo=tz)


def is_late(requested_at: dt.datetime, cutoff: dt.datetime) -> bool:
    """逾期申报: filed after the cut-off (a request filed at the cut-off minute itself is on time)."""
    return requested_at > cutoff


def cutoff_label(weekday: int, at: dt.time) -> str:
    """"上周五 15:00" as the clerk reads the rule."""
    return f"上{WEEKDAY_NAMES[weekday - 1]} {at:%H:%M}"


def next_week_of(day: dt.date) -> tuple[int, int]:
    """The ISO week after the one ``day`` is in: the week whose requests are being collected."""
    iso = (day + dt.timedelta(days=7)).isocalendar()
    return iso.year, iso.week


def remind_requests(day: dt.date) -> bool:
    """Whether the 工作台 shows next week's requests on ``day`` (from Thursday to Sunday)."""
    return day.isoweekday() >= REMIND_FROM_WEEKDAY
