"""Merge proposals for a week: 整合会议 (two meetings mostly of the same people) and 借会开会 (a small
meeting whose people are all at a larger meeting that day anyway).

Offices are told to cut the number of meetings ("本周五就定好下周有哪些会需要开"), so when the week is
planned the app points at meetings that could be one. The app only proposes; the clerk decides.

Candidates come from an inverted index (participant → meetings) with prefix filtering: a pair that can
reach the threshold must share one of the rarest few participants of the smaller side, so only those
posting lists are read. Merges are only looked for within one ISO week (周一至周日, the 一周会议安排),
rides only within one day.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal
from zoneinfo import ZoneInfo

from huiwu.calendar.workdays import OFFICE_TZ

__all__ = ["INACTIVE_STATUSES", "MeetingSummary", "MergeProposal", "propose_merges"]

# MeetingStatus values (huiwu.models): a cancelled or finished meeting cannot absorb or be absorbed.
INACTIVE_STATUSES = frozenset({"cancelled", "finished"})

ProposalKind = Literal["merge", "ride"]
_KeyFn = Callable[["MeetingSummary"], Hashable]


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    key: str
    title: str
    start: dt.datetime  # timezone-aware
    end: dt.datetime
    chair_key: str | None
    organizer_unit_key: str | None
    participant_keys: frozenset[str]
    status: str = "scheduled"
    kind: str = "other"
    chair_name: str = ""  # only for the reason sentence ("均由张县长主持")
    organizer_unit_name: str = ""


@dataclass(frozen=True, slots=True)
class MergeProposal:
    kind: ProposalKind  # "merge" 整合会议 / "ride" 借会开会
    source_key: str  # the meeting that would be absorbed (cancelled, its agenda moved)
    target_key: str  # the meeting that stays
    score: float  # participant Jaccard for merge; share of the source's people at the target for ride
    reason: str


def propose_merges(
    meetings: Iterable[MeetingSummary],
    *,
    threshold: float = 0.7,
    ride_coverage: float = 1.0,
    tz: ZoneInfo = OFFICE_TZ,
    skip_statuses: frozenset[str] = INACTIVE_STATUSES,
) -> tuple[MergeProposal, ...]:
    """Merge and ride proposals, each unordered pair at most once, ordered by the source's start.

    Merge: Jaccard of the participants ≥ ``threshold`` and the same chair or the same organising unit.
    Ride: at least ``ride_coverage`` (default all) of the smaller meeting's participants are at a larger
    meeting on the same day. A pair qualifying for both is proposed as a merge, the stronger statement.

    Source and target: the meeting with more participants stays (fewer people need a new notice); on a
    tie the earlier one stays, so the proposal can be acted on before the later meeting is prepared.
    """
    live = _canonical(meetings, skip_statuses)
    merge_at, ride_at = Fraction(str(threshold)), Fraction(str(ride_coverage))
    ranks = _ranks(live)
    found: dict[tuple[int, int], tuple[int, int, ProposalKind]] = {}
    for week in _groups(live, lambda m: m.start.astimezone(tz).isocalendar()[:2]):
        for src, tgt in _merge_pairs(live, ranks, week, merge_at):
            found[_pair(src, tgt)] = (src, tgt, "merge")
    for day in _groups(live, lambda m: m.start.astimezone(tz).date()):
        for src, tgt in _ride_pairs(live, ranks, day, ride_at):
            found.setdefault(_pair(src, tgt), (src, tgt, "ride"))
    build = {"merge": _merge_proposal, "ride": _ride_proposal}
    return tuple(build[kind](live[src], live[tgt]) for src, tgt, kind in sorted(found.values()))


# ---------------------------------------------------------------------- candidates


def _canonical(meetings: Iterable[MeetingSummary], skip: frozenset[str]) -> tuple[MeetingSummary, ...]:
    """Active meetings with participants, sorted by (start, end, key): index order means "earlier"."""
    live = [m for m in meetings if m.status not in skip and m.participant_keys]
    for m in live:
        if m.start.utcoffset() is None:
            raise ValueError(f"{m.key}: start must be timezone-aware")
    return tuple(sorted(live, key=lambda m: (m.start, m.end, m.key)))


def _groups(live: tuple[MeetingSummary, ...], key: _KeyFn) -> list[list[int]]:
    groups: dict[Hashable, list[int]] = {}
    for idx, m in enumerate(live):
        groups.setdefault(key(m), []).append(idx)
    return list(groups.values())


def _pair(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


def _ranks(live: tuple[MeetingSummary, ...]) -> list[int]:
    """Rank 0 is the meeting that stays against any other: most participants, then earliest.

    A pair is looked at only from the side of the lower-ranked (absorbed) meeting, so once.
    """
    order = sorted(range(len(live)), key=lambda i: (-len(live[i].participant_keys), i))
    ranks = [0] * len(live)
    for rank, idx in enumerate(order):
        ranks[idx] = rank
    return ranks


def _candidates(
    live: tuple[MeetingSummary, ...], ranks: list[int], group: list[int], min_share: Fraction
) -> Iterator[tuple[int, int, int]]:
    """(source, target, overlap) where ``target`` holds at least ``min_share`` of ``source``'s people.

    Prefix filtering: participants are ranked rarest first within the group; a meeting that must share
    ``need`` of the ``n`` participants of ``source`` shares one of its first ``n - need + 1``.
    """
    postings: dict[str, list[int]] = {}
    for idx in group:
        for person in live[idx].participant_keys:
            postings.setdefault(person, []).append(idx)
    for source in group:
        people, rank = live[source].participant_keys, ranks[source]
        need = max(math.ceil(min_share * len(people)), 1)
        prefix = sorted(people, key=lambda p: (len(postings[p]), p))[: len(people) - need + 1]
        seen: set[int] = set()
        for person in prefix:
            for target in postings[person]:
                if ranks[target] >= rank or target in seen:
                    continue
                seen.add(target)
                overlap = len(people & live[target].participant_keys)
                if overlap >= need:
                    yield source, target, overlap


def _merge_pairs(
    live: tuple[MeetingSummary, ...], ranks: list[int], week: list[int], at_least: Fraction
) -> Iterator[tuple[int, int]]:
    # J ≥ t implies |A ∩ B| ≥ t·|A| for the smaller A, so the prefix filter on the smaller side is exact.
    for small, other, overlap in _candidates(live, ranks, week, at_least):
        a, b = live[small], live[other]
        same_chair = a.chair_key is not None and a.chair_key == b.chair_key
        same_unit = a.organizer_unit_key is not None and a.organizer_unit_key == b.organizer_unit_key
        union = len(a.participant_keys) + len(b.participant_keys) - overlap
        if (same_chair or same_unit) and overlap >= at_least * union:
            yield small, other


def _ride_pairs(
    live: tuple[MeetingSummary, ...], ranks: list[int], day: list[int], coverage: Fraction
) -> Iterator[tuple[int, int]]:
    for small, other, _ in _candidates(live, ranks, day, coverage):
        yield small, other


# ---------------------------------------------------------------------- sentences


def _merge_proposal(source: MeetingSummary, target: MeetingSummary) -> MergeProposal:
    overlap = len(source.participant_keys & target.participant_keys)
    score = overlap / len(source.participant_keys | target.participant_keys)
    reason = (
        f"“{source.title}”与“{target.title}”参会人员重合 {score:.0%}，{_common_ground(source, target)}，"
        f"建议整合为一次会议，并入“{target.title}”。"
    )
    return MergeProposal("merge", source.key, target.key, score, reason)


def _common_ground(a: MeetingSummary, b: MeetingSummary) -> str:
    parts = []
    if a.chair_key is not None and a.chair_key == b.chair_key:
        parts.append(
            f"由{a.chair_name or b.chair_name}主持" if (a.chair_name or b.chair_name) else "主持人相同"
        )
    if a.organizer_unit_key is not None and a.organizer_unit_key == b.organizer_unit_key:
        unit = a.organizer_unit_name or b.organizer_unit_name
        parts.append(f"由{unit}承办" if unit else "承办单位相同")
    text = "、".join(parts)
    return f"均{text}" if text.startswith("由") else text


def _ride_proposal(source: MeetingSummary, target: MeetingSummary) -> MergeProposal:
    n = len(source.participant_keys)
    present = len(source.participant_keys & target.participant_keys)
    score = present / n
    who = f"{n}名参会人员均" if present == n else f"{n}名参会人员中有{present}名（{score:.0%}）"
    reason = (
        f"“{source.title}”的{who}参加同日的“{target.title}”（{len(target.participant_keys)}人），"
        f"可借会开会，将其议题并入“{target.title}”。"
    )
    return MergeProposal("ride", source.key, target.key, score, reason)
