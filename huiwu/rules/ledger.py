"""会议精简: which meetings a year's ledger counts as held, planned, cancelled or avoided, and how they stand
against the office's 会议计划.

DOMAIN.md: "A 会议计划 (yearly plan per kind and host unit) is set at the start of the year; the 办公室 counts
meetings held against it", and the means it credits are 整合会议 / 借会开会 ("one meeting instead of several for
the same attendees") and 视频会议 instead of travel. County rules read "县政府常务会议一般每月召开1次",
"全县性工作会议原则上每年只安排1次". The ledger service, the CLI, the page and the printed 通报 all count through
these functions.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from huiwu.models import MeetingKind, MeetingStatus
from huiwu.rules.attendance import Outcome

# What the ledger makes of one meeting of the year.
HELD = "held"  # 已召开: its start has passed and it was not cancelled
PLANNED = "planned"  # 已安排: still to come (a 草稿 included: it is on the week's plan, and a cap warns early)
CANCELLED = "cancelled"  # 已取消, not by a merge
AVOIDED = "avoided"  # 整合会议 / 借会开会: cancelled because it was merged into another meeting
MEETING_STATES = (HELD, PLANNED, CANCELLED, AVOIDED)
MEETING_STATE_LABELS = {HELD: "已召开", PLANNED: "已安排", CANCELLED: "已取消", AVOIDED: "整合/借会减少"}

# How a count stands against a cap's 全年不超过 N 次.
WITHIN, NEAR, OVER = "within", "near", "over"
CAP_STATE_LABELS = {WITHIN: "在计划内", NEAR: "接近上限", OVER: "超出计划"}
NEAR_SHARE = 0.8  # "接近上限" from four fifths of the cap on

# How the 视频会议 share stands against a cap's 不少于 N%.
VIDEO_MET, VIDEO_SHORT = "met", "short"
VIDEO_STATE_LABELS = {VIDEO_MET: "达到要求", VIDEO_SHORT: "未达要求"}

HOURS_PER_DAY = 8  # a meeting of several days counts at most a working day for each day it spans
EVERY_KIND = ""  # MeetingCap.kind for a cap over every kind
EVERY_KIND_LABEL = "全部会议"
ANY_UNIT_LABEL = "各主办单位"


def meeting_state(status: str, deleted: bool, merged: bool, starts_at: dt.datetime,
                  now: dt.datetime) -> str | None:
    """What the ledger counts a meeting as, or None when it does not count at all.

    * 整合/借会减少 (:data:`AVOIDED`): cancelled and the source of an accepted merge. The merge stays credited
      when the clerk later deletes the cancelled meeting from the lists; a merged meeting put back to 草稿
      (it is going to be held after all) is not avoided any more and counts as any other.
    * 已取消 (:data:`CANCELLED`): cancelled otherwise (and not deleted).
    * 已召开 (:data:`HELD`): not cancelled, not deleted, and its start has passed — a meeting in progress is held.
    * 已安排 (:data:`PLANNED`): not cancelled, not deleted, still to come.

    A 草稿 whose time passed without it ever being arranged did not take place as far as the record says: it
    counts as nothing. Deleted meetings count as nothing (except a merged one, above).
    """
    if status == MeetingStatus.CANCELLED:
        if merged:
            return AVOIDED
        return None if deleted else CANCELLED
    if deleted:
        return None
    if starts_at > now:
        return PLANNED
    return None if status == MeetingStatus.DRAFT else HELD


def counts_person_time(o: Outcome) -> bool:
    """One 参会人次 at a held meeting: an 应到 seat someone was there for (实到 — the invitee or a 代会, as
    :mod:`huiwu.rules.attendance` says); 工作人员 are not counted."""
    return o.expected and o.present


def is_video(kind: str, video_link: str) -> bool:
    """A 视频会议: of that kind, or held over the video system (a link or a room named in ``video_link``)."""
    return kind == MeetingKind.VIDEO or bool(video_link.strip())


def meeting_minutes(starts_at: dt.datetime, ends_at: dt.datetime, tz: dt.tzinfo) -> int:
    """Minutes one attendee spends at a meeting: its length, but at most :data:`HOURS_PER_DAY` for each day it
    spans in the office's zone (a 3-day training from 09:00 on day 1 to 17:00 on day 3 is 24 hours, not 56)."""
    length = max(0, int((ends_at - starts_at).total_seconds()) // 60)
    days = (ends_at.astimezone(tz).date() - starts_at.astimezone(tz).date()).days + 1
    return min(length, max(days, 1) * HOURS_PER_DAY * 60)


# ---------------------------------------------------------------- caps


@dataclass(frozen=True)
class Scope:
    """Which meetings a cap covers: one kind (or :data:`EVERY_KIND`) of one host unit (or any, None)."""

    kind: str
    host_unit_id: int | None

    def covers(self, kind: str, host_unit_id: int | None) -> bool:
        return self.kind in (EVERY_KIND, kind) and self.host_unit_id in (None, host_unit_id)

    @property
    def specificity(self) -> int:
        """Kind and unit (3) before kind only (2) before unit only (1) before everything (0)."""
        return 2 * (self.kind != EVERY_KIND) + (self.host_unit_id is not None)


def most_specific(scopes: Iterable[tuple[Scope, int]], kind: str, host_unit_id: int | None) -> int | None:
    """The cap (its value) of the narrowest scope that covers meetings of ``kind`` held by ``host_unit_id``:
    a 常务会议 cap of 县政府办公室 wins over the 常务会议 cap, which wins over that unit's cap on every kind."""
    best: tuple[int, int] | None = None
    for scope, value in scopes:
        if scope.covers(kind, host_unit_id) and (best is None or scope.specificity > best[0]):
            best = (scope.specificity, value)
    return None if best is None else best[1]


def cap_state(counted: int, max_count: int) -> str:
    """超出计划 when the meetings held and arranged exceed the cap; 接近上限 from :data:`NEAR_SHARE` of it on
    (a cap of 1 is reached by its one meeting); else 在计划内. Arranged meetings count, so the clerk sees the
    plan overrun before the meeting is held."""
    if counted > max_count:
        return OVER
    if counted > 0 and counted >= math.ceil(max_count * NEAR_SHARE):
        return NEAR
    return WITHIN


def video_percent(video: int, counted: int) -> float | None:
    """The share of 视频会议 among the meetings counted, in percent; None when there are none."""
    return None if counted == 0 else 100.0 * video / counted


def video_state(video: int, counted: int, min_percent: int) -> str | None:
    """达到要求 / 未达要求 for "视频会议不少于 N%"; None while no meeting is counted."""
    share = video_percent(video, counted)
    if share is None:
        return None
    return VIDEO_MET if share + 1e-9 >= min_percent else VIDEO_SHORT


def plan_total(caps: Sequence[tuple[Scope, int]]) -> int | None:
    """The year's plan for all meetings: the cap on every kind of any unit when the office set one, else the
    sum of its per-kind caps of any unit (a 会议计划 lists a number per kind); None without either."""
    for scope, value in caps:
        if scope == Scope(EVERY_KIND, None):
            return value
    per_kind = [value for scope, value in caps if scope.kind != EVERY_KIND and scope.host_unit_id is None]
    return sum(per_kind) if per_kind else None


def pace(max_count: int, month: int) -> float:
    """Where the plan stands at the end of ``month`` (1 … 12) when the cap is spread evenly over the year:
    12 常务会议 a year is one a month, "一般每月召开1次"."""
    return max_count * month / 12


def cn_hours(minutes: int) -> str:
    """"12.5" (hours, one decimal): how the ledger prints time spent."""
    return f"{minutes / 60:.1f}"
