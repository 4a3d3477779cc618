"""整合会议 / 借会开会 proposals with known answers, and the indexed search against all pairs."""

from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.calendar.workdays import OFFICE_TZ
from huiwu.schedule.merge import MeetingSummary, MergeProposal, propose_merges


def at(m: int, d: int, hh: int) -> dt.datetime:
    return dt.datetime(2026, m, d, hh, tzinfo=OFFICE_TZ)


def people(*numbers: int) -> frozenset[str]:
    return frozenset(f"person:{n}" for n in numbers)


def meeting(
    key: str,
    start: dt.datetime,
    who: frozenset[str],
    *,
    chair: str | None = "person:100",
    unit: str | None = None,
    status: str = "scheduled",
    title: str | None = None,
) -> MeetingSummary:
    return MeetingSummary(
        key=key,
        title=title or key,
        start=start,
        end=start + dt.timedelta(hours=1),
        chair_key=chair,
        organizer_unit_key=unit,
        participant_keys=who,
        status=status,
        kind="topic",
        chair_name="张县长" if chair == "person:100" else "",
        organizer_unit_name="县发改局" if unit == "unit:1" else "",
    )


def summary(result: tuple[MergeProposal, ...]) -> list[tuple[str, str, str]]:
    return [(p.kind, p.source_key, p.target_key) for p in result]


# ---------------------------------------------------------------- merge


def test_merge_at_exactly_the_threshold() -> None:
    # 7 shared of 10 in all: Jaccard exactly 0.7
    a = meeting("meeting:1", at(11, 23, 9), people(*range(8)), title="项目调度会")
    b = meeting("meeting:2", at(11, 25, 9), people(*range(7), 8, 9), title="招商工作会")
    result = propose_merges([a, b])
    assert summary(result) == [("merge", "meeting:1", "meeting:2")]  # the larger one stays
    assert result[0].score == 0.7
    assert result[0].reason == (
        "“项目调度会”与“招商工作会”参会人员重合 70%，均由张县长主持，建议整合为一次会议，并入“招商工作会”。"
    )
    assert propose_merges([a, b], threshold=0.71) == ()


def test_just_below_the_threshold() -> None:
    a = meeting("meeting:1", at(11, 23, 9), people(*range(8)))
    b = meeting("meeting:2", at(11, 25, 9), people(*range(7), 8, 9, 10))  # 7 / 11
    assert propose_merges([a, b]) == ()


def test_different_chair_and_organiser_no_merge() -> None:
    a = meeting("meeting:1", at(11, 23, 9), people(*range(10)), chair="person:100", unit="unit:1")
    b = meeting("meeting:2", at(11, 24, 9), people(*range(9)), chair="person:101", unit="unit:2")
    assert propose_merges([a, b]) == ()


def test_same_organiser_is_enough() -> None:
    a = meeting("meeting:1", at(11, 23, 9), people(*range(10)), chair="person:100", unit="unit:1")
    b = meeting("meeting:2", at(11, 24, 9), people(*range(9)), chair="person:101", unit="unit:1")
    (p,) = propose_merges([a, b])
    assert (p.kind, p.source_key, p.target_key) == ("merge", "meeting:2", "meeting:1")
    assert "均由县发改局承办" in p.reason


def test_equal_size_keeps_the_earlier_meeting() -> None:
    a = meeting("meeting:1", at(11, 26, 9), people(*range(10)))
    b = meeting("meeting:2", at(11, 23, 9), people(*range(9), 10))
    assert summary(propose_merges([a, b])) == [("merge", "meeting:1", "meeting:2")]


def test_merge_stays_within_the_week() -> None:
    a = meeting("meeting:1", at(11, 27, 9), people(*range(10)))  # Friday
    b = meeting("meeting:2", at(11, 30, 9), people(*range(10)))  # next Monday
    assert propose_merges([a, b]) == ()


def test_cancelled_and_finished_meetings_are_skipped() -> None:
    a = meeting("meeting:1", at(11, 23, 9), people(*range(10)))
    b = meeting("meeting:2", at(11, 24, 9), people(*range(10)), status="cancelled")
    c = meeting("meeting:3", at(11, 24, 9), people(*range(10)), status="finished")
    assert propose_merges([a, b, c]) == ()


# ---------------------------------------------------------------- ride


def test_ride_on_the_same_day_only() -> None:
    big = meeting(
        "meeting:1", at(11, 24, 9), people(*range(20)), chair="person:101", title="全县经济工作会议"
    )
    small = meeting("meeting:2", at(11, 24, 15), people(2, 3, 5), chair="person:102", title="统计工作碰头会")
    other_day = meeting("meeting:3", at(11, 25, 15), people(2, 3, 5), chair="person:103")
    result = propose_merges([small, big, other_day])
    assert summary(result) == [("ride", "meeting:2", "meeting:1")]
    assert result[0].score == 1.0
    assert result[0].reason == (
        "“统计工作碰头会”的3名参会人员均参加同日的“全县经济工作会议”（20人），可借会开会，将其议题并入“全县经济工作会议”。"
    )


def test_ride_needs_all_participants_by_default() -> None:
    big = meeting("meeting:1", at(11, 24, 9), people(*range(20)), chair="person:101")
    small = meeting("meeting:2", at(11, 24, 15), people(2, 3, 5, 99), chair="person:102")
    assert propose_merges([big, small]) == ()
    (p,) = propose_merges([big, small], ride_coverage=0.75)
    assert (p.kind, p.score) == ("ride", 0.75)
    assert "4名参会人员中有3名（75%）" in p.reason


def test_pair_qualifying_for_both_is_proposed_once_as_merge() -> None:
    a = meeting("meeting:1", at(11, 24, 9), people(*range(10)))
    b = meeting("meeting:2", at(11, 24, 15), people(*range(8)))  # subset, same day, Jaccard 0.8, same chair
    assert summary(propose_merges([a, b])) == [("merge", "meeting:2", "meeting:1")]


def test_deterministic_and_without_duplicates() -> None:
    ms = [
        meeting(
            f"meeting:{i}",
            at(11, 23 + i % 3, 9 + i % 4),
            people(*range(i % 5, 12)),
            chair=f"person:{100 + i % 2}",
        )
        for i in range(15)
    ]
    expected = propose_merges(ms)
    assert len({frozenset((p.source_key, p.target_key)) for p in expected}) == len(expected)
    for seed in range(5):
        shuffled = ms[:]
        random.Random(seed).shuffle(shuffled)
        assert propose_merges(shuffled) == expected


# ---------------------------------------------------------------- property: index == all pairs


def _brute_force(ms: list[MeetingSummary], threshold: Fraction) -> set[tuple[str, frozenset[str]]]:
    live = [m for m in ms if m.status not in ("cancelled", "finished") and m.participant_keys]
    found: dict[frozenset[str], str] = {}
    for i, a in enumerate(live):
        for b in live[i + 1 :]:
            pair = frozenset((a.key, b.key))
            inter, union = (
                len(a.participant_keys & b.participant_keys),
                len(a.participant_keys | b.participant_keys),
            )
            related = (a.chair_key is not None and a.chair_key == b.chair_key) or (
                a.organizer_unit_key is not None and a.organizer_unit_key == b.organizer_unit_key
            )
            same_week = a.start.isocalendar()[:2] == b.start.isocalendar()[:2]
            if same_week and related and inter >= threshold * union:
                found[pair] = "merge"
            elif a.start.date() == b.start.date() and (
                a.participant_keys <= b.participant_keys or b.participant_keys <= a.participant_keys
            ):
                found[pair] = "ride"
    return {(kind, pair) for pair, kind in found.items()}


@st.composite
def weeks(draw: st.DrawFn) -> list[MeetingSummary]:
    n = draw(st.integers(min_value=0, max_value=10))
    return [
        meeting(
            f"meeting:{i}",
            at(
                11,
                draw(st.integers(min_value=22, max_value=30)),
                draw(st.integers(min_value=8, max_value=17)),
            ),
            frozenset(draw(st.sets(st.sampled_from([f"person:{k}" for k in range(6)]), max_size=6))),
            chair=draw(st.sampled_from([None, "person:100", "person:101"])),
            unit=draw(st.sampled_from([None, "unit:1", "unit:2"])),
            status=draw(st.sampled_from(["scheduled", "scheduled", "cancelled"])),
        )
        for i in range(n)
    ]


@settings(max_examples=300, deadline=None)
@given(weeks(), st.sampled_from(["0.5", "0.7", "1"]))
def test_index_matches_all_pairs(ms: list[MeetingSummary], threshold: str) -> None:
    result = propose_merges(ms, threshold=float(threshold))
    got = {(p.kind, frozenset((p.source_key, p.target_key))) for p in result}
    assert len(got) == len(result)
    assert got == _brute_force(ms, Fraction(threshold))
    sizes = {m.key: len(m.participant_keys) for m in ms}
    for p in result:
        assert sizes[p.source_key] <= sizes[p.target_key]
