"""The 会议精简 ledger counts what the meetings say: for random years of meetings (kinds, host units, months,
cancelled, deleted, drafts, attendance of every kind, 乡镇 people) and merges done through
``meetings.merge_meetings``, its figures per kind, host unit and month equal counts made directly from the
meetings, its totals add up, and every merge is credited once. On SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event, select
from sqlalchemy.orm import joinedload

from huiwu.clock import AdvancingClock
from huiwu.db import Database
from huiwu.errors import ConflictError, NotFoundError, ValidationError
from huiwu.models import (
    AuditEntry,
    Meeting,
    MeetingKind,
    MeetingMerge,
    MeetingStatus,
    Participant,
    ParticipantRole,
)
from huiwu.rules import ledger as rules
from huiwu.services import ledger, meetings
from tests.ledger.conftest import TZ, Office, SeatSpec, add_meeting, expected_figures, local, seed

EXAMPLES = int(os.environ.get("HUIWU_EXAMPLES", "25"))
YEAR = 2026
FIELDS = ("held", "planned", "cancelled", "avoided_by_merge", "person_times", "planned_person_times",
          "township_person_times", "township_minutes", "video")

SEATS = st.builds(SeatSpec, st.integers(0, 6), st.sampled_from([ParticipantRole.ATTEND, ParticipantRole.NONVOTING,
                                                                 ParticipantRole.STAFF]),
                  st.sampled_from(["pending", "present", "late", "leave", "absent", "substitute", "substitute_absent"]))
MEETINGS = st.fixed_dictionaries({
    "kind": st.sampled_from([k.value for k in MeetingKind]),
    "unit": st.sampled_from([None, 0, 1, 2]),
    "month": st.integers(1, 12),
    "day": st.sampled_from([1, 2, 15, 28]),
    "hour": st.sampled_from([0, 7, 9, 14, 23]),  # 00:xx on the 1st is still last month in UTC
    "minutes": st.sampled_from([30, 120, 3 * 24 * 60]),  # a 3-day training too
    "status": st.sampled_from([MeetingStatus.DRAFT, MeetingStatus.SCHEDULED, MeetingStatus.NOTIFIED,
                               MeetingStatus.FINISHED]),
    "fate": st.sampled_from(["keep", "keep", "keep", "cancel", "delete"]),
    "video": st.booleans(),
    "seats": st.lists(SEATS, max_size=6),
})


@pytest.fixture
def office(database: Database) -> Office:
    return seed(database)


def _fresh(database: Database) -> None:
    with database.uow() as uow:
        for table in (MeetingMerge, Participant, Meeting):
            uow.session.execute(delete(table))
        uow.commit()


def _build(database: Database, office: Office, specs: list[dict[str, Any]], merges: list[tuple[int, int, str]],
           now: dt.datetime) -> int:
    """The meetings, then the merges the clerk accepted, then the cancellations and deletions; returns how
    many merges were made."""
    ids: list[int] = []
    with database.uow() as uow:
        for i, s in enumerate(specs):
            start = local(YEAR, s["month"], s["day"], s["hour"], 30)
            status = s["status"]
            if status == MeetingStatus.FINISHED and start > now:
                status = MeetingStatus.NOTIFIED  # nothing finishes before it starts
            m = add_meeting(uow, office, f"会议{i}", s["kind"], start, s["minutes"], s["unit"], status, s["seats"],
                            "县视频会议系统" if s["video"] else "")
            ids.append(m.id)
        uow.commit()
    made = 0
    for source, target, kind in merges:
        if source >= len(ids) or target >= len(ids) or source == target:
            continue
        with database.uow() as uow:
            src, tgt = uow.session.get(Meeting, ids[source]), uow.session.get(Meeting, ids[target])
            assert src is not None and tgt is not None
            if {src.status, tgt.status} & {MeetingStatus.CANCELLED, MeetingStatus.FINISHED}:
                continue
            meetings.merge_meetings(uow, src.id, src.version, tgt.id, tgt.version, kind)
            made += 1
    for mid, s in zip(ids, specs, strict=True):
        with database.uow() as uow:
            row = uow.session.get(Meeting, mid)
            assert row is not None
            if s["fate"] == "cancel" and row.status not in (MeetingStatus.CANCELLED, MeetingStatus.FINISHED):
                meetings.cancel_meeting(uow, mid, row.version, "工作调整")
            elif s["fate"] == "delete" and row.status not in (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED):
                meetings.delete_meeting(uow, mid, row.version)
    return made


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(specs=st.lists(MEETINGS, max_size=10),
       merges=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9), st.sampled_from(["merge", "ride"])),
                       max_size=4),
       now_month=st.integers(1, 12))
@example(specs=[{"kind": k, "unit": u, "month": 11, "day": 28, "hour": 9, "minutes": 120, "status": MeetingStatus.SCHEDULED,
                 "fate": f, "video": False, "seats": [SeatSpec(p, "attend", "pending") for p in people]}
                for k, u, f, people in (("dispatch", 0, "keep", (3, 5)), ("standing", 0, "keep", (0, 3, 4, 5)),
                                        ("topic", 1, "delete", (2, 3)), ("topic", None, "cancel", (6,)))],
         merges=[(0, 1, "merge"), (2, 1, "ride"), (3, 1, "merge")], now_month=10)
def test_the_ledger_counts_what_the_meetings_say(database: Database, office: Office, clock: AdvancingClock,
                                                 specs: list[dict[str, Any]], merges: list[tuple[int, int, str]],
                                                 now_month: int) -> None:
    _fresh(database)
    now = local(YEAR, now_month, 10, 10, 0)
    clock.set(now)
    made = _build(database, office, specs, merges, now)
    with database.uow() as uow:
        book = ledger.ledger(uow, YEAR)
        saved = sum(uow.session.scalars(select(MeetingMerge.person_times_saved)))
    expected = expected_figures(database, YEAR, book.as_of)
    got = {(r.kind, r.unit_id, r.month): Counter({f: getattr(r.figures, f) for f in FIELDS if getattr(r.figures, f)})
           for r in book.rows}
    assert {k: v for k, v in got.items() if v} == expected
    # every merge done is one meeting avoided, with the person-times it saved
    assert book.total.avoided_by_merge == made == len(book.merges)
    assert book.total.person_times_saved == saved == sum(m.person_times_saved for m in book.merges)
    # the totals, the months, the kinds and the units add up to the rows
    for f in FIELDS:
        whole = sum(getattr(r.figures, f) for r in book.rows)
        assert getattr(book.total, f) == whole
        assert sum(getattr(m.figures, f) for m in book.months) == whole
        assert sum(getattr(g.figures, f) for g in book.by_kind) == whole
        assert sum(getattr(g.figures, f) for g in book.by_unit) == whole
    assert [m.month for m in book.months] == list(range(1, 13))
    assert book.months[-1].counted_to_date == book.total.counted


# ---------------------------------------------------------------- the 会议计划


def test_caps_are_validated_audited_and_guarded(database: Database, office: Office) -> None:
    with database.uow() as uow:
        row = ledger.save_cap(uow, ledger.CapInput(YEAR, "standing", None, 12, None, " 县政府工作规则 "))
    assert (row.scope_label, row.rule_text, row.note) == ("常务会议（各主办单位）", "全年不超过 12 次", "县政府工作规则")
    refused = [
        (ledger.CapInput(1999, "standing", None, 12), "年度"),
        (ledger.CapInput(YEAR, "meeting", None, 12), "会议类型“meeting”不对"),
        (ledger.CapInput(YEAR, "", None, None, None), "至少一项"),
        (ledger.CapInput(YEAR, "", None, -1), "0 到"),
        (ledger.CapInput(YEAR, "", None, None, 120), "0% 到 100%"),
        (ledger.CapInput(YEAR, "standing", None, 10), "已有“常务会议（各主办单位）”"),
    ]
    for data, words in refused:
        with database.uow() as uow, pytest.raises(ValidationError, match=words):
            ledger.save_cap(uow, data)
    with database.uow() as uow, pytest.raises(NotFoundError):
        ledger.save_cap(uow, ledger.CapInput(YEAR, "", 987654, 3))
    with database.uow() as uow:
        unit_cap = ledger.save_cap(uow, ledger.CapInput(YEAR, "", office.units[1], 6, 30))
        changed = ledger.save_cap(uow, ledger.CapInput(YEAR, "standing", None, 11), row.id, row.version)
    assert changed.version == row.version + 1 and changed.max_count == 11
    with database.uow() as uow, pytest.raises(ConflictError):  # opened before the change above
        ledger.save_cap(uow, ledger.CapInput(YEAR, "standing", None, 13), row.id, row.version)
    with database.uow() as uow:
        again, added = ledger.set_cap(uow, ledger.CapInput(YEAR, "", office.units[1], 5, 30))
        assert not added and again.id == unit_cap.id
        assert [c.scope_label for c in ledger.list_caps(uow, YEAR)] == ["全部会议（县农业农村局）", "常务会议（各主办单位）"]
        assert ledger.list_caps(uow, YEAR + 1) == []
        ledger.delete_cap(uow, again.id, again.version)
        assert [c.id for c in ledger.list_caps(uow, YEAR)] == [row.id]
        trail = uow.session.scalars(select(AuditEntry.summary).where(AuditEntry.entity == "meeting_cap")
                                    .order_by(AuditEntry.id)).all()
    assert trail == ["添加2026年会议计划：常务会议（各主办单位）全年不超过 12 次",
                     "添加2026年会议计划：全部会议（县农业农村局）全年不超过 6 次，视频会议不少于 30%",
                     "修改2026年会议计划：常务会议（各主办单位）全年不超过 11 次",
                     "修改2026年会议计划：全部会议（县农业农村局）全年不超过 5 次，视频会议不少于 30%",
                     "删除2026年会议计划：全部会议（县农业农村局）全年不超过 5 次，视频会议不少于 30%"]


def test_caps_stand_against_what_is_held_and_arranged(database: Database, office: Office,
                                                      clock: AdvancingClock) -> None:
    clock.set(local(YEAR, 6, 30, 12))
    with database.uow() as uow:
        for month in (1, 2, 3, 4, 5, 8, 9):  # 5 held, 2 arranged, all by 县政府办公室
            add_meeting(uow, office, f"常务会议{month}", "standing", local(YEAR, month, 3), 120, 0,
                        MeetingStatus.FINISHED if month < 6 else MeetingStatus.SCHEDULED, [])
        add_meeting(uow, office, "视频调度会", "dispatch", local(YEAR, 2, 3), 60, 1, MeetingStatus.FINISHED, [],
                    "县视频会议系统")
        uow.commit()
    with database.uow() as uow:
        for data in (ledger.CapInput(YEAR, "standing", None, 12), ledger.CapInput(YEAR, "standing", office.units[0], 6),
                     ledger.CapInput(YEAR, "", None, 8, 20), ledger.CapInput(YEAR, "dispatch", None, 1)):
            ledger.save_cap(uow, data)
        book = ledger.ledger(uow, YEAR)
    states = {c.cap.scope_label: (c.figures.held, c.figures.planned, c.state, c.video_state) for c in book.caps}
    assert states == {
        "全部会议（各主办单位）": (6, 2, rules.NEAR, rules.VIDEO_SHORT),  # 8 of 8; 1 video in 8 is 12.5%
        "常务会议（各主办单位）": (5, 2, rules.WITHIN, None),
        "常务会议（县政府办公室）": (5, 2, rules.OVER, None),
        "调度会（各主办单位）": (1, 0, rules.NEAR, None),  # "全县性工作会议原则上每年只安排1次": reached
    }
    standing = next(g for g in book.by_kind if g.key == "standing")
    assert (standing.cap, standing.cap_state_label) == (12, "在计划内")
    rows = {(r.kind, r.unit_name): r.cap for r in book.rows}
    assert rows == {("standing", "县政府办公室"): 6, ("dispatch", "县农业农村局"): 1}  # the narrowest scope
    assert book.plan_total == 8 and book.months[5].pace == pytest.approx(4.0)
    assert ledger.cap_verdict(book.caps[0]) == "接近上限；视频会议占 12.5%，未达要求"


# ---------------------------------------------------------------- rules


def test_rules() -> None:
    now = local(YEAR, 6, 1)
    assert rules.meeting_state(MeetingStatus.CANCELLED, True, True, now, now) == rules.AVOIDED
    assert rules.meeting_state(MeetingStatus.CANCELLED, True, False, now, now) is None
    assert rules.meeting_state(MeetingStatus.DRAFT, False, True, now, now) is None  # put back, never held
    assert rules.meeting_state(MeetingStatus.DRAFT, False, False, now + dt.timedelta(days=1), now) == rules.PLANNED
    assert rules.meeting_state(MeetingStatus.IN_PROGRESS, False, False, now, now) == rules.HELD
    assert rules.meeting_minutes(local(YEAR, 3, 1, 9), local(YEAR, 3, 3, 17), TZ) == 24 * 60
    assert rules.meeting_minutes(local(YEAR, 3, 1, 9), local(YEAR, 3, 1, 11, 30), TZ) == 150
    assert [rules.cap_state(n, 12) for n in (0, 9, 10, 12, 13)] == ["within", "within", "near", "near", "over"]
    assert [rules.cap_state(n, 0) for n in (0, 1)] == ["within", "over"]
    assert rules.video_state(1, 4, 25) == rules.VIDEO_MET and rules.video_state(0, 0, 25) is None
    scopes = [(rules.Scope("", None), 40), (rules.Scope("standing", None), 12), (rules.Scope("", 7), 5)]
    assert rules.most_specific(scopes, "standing", 7) == 12
    assert rules.most_specific(scopes, "topic", 7) == 5
    assert rules.most_specific(scopes, "topic", 8) == 40
    assert rules.plan_total(scopes) == 40 and rules.plan_total(scopes[1:]) == 12 and rules.plan_total([]) is None
    assert rules.is_video("topic", " 县视频会议系统 ") and not rules.is_video("topic", "  ")


# ---------------------------------------------------------------- statements, and reads never write


def _statements(database: Database) -> tuple[int, list[str]]:
    seen: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", before)
    try:
        with database.uow() as uow:
            ledger.ledger(uow, YEAR)
    finally:
        event.remove(database.engine, "before_cursor_execute", before)
    return len(seen), seen


def test_the_ledger_reads_in_a_fixed_number_of_statements(database: Database, office: Office) -> None:
    def grow(n: int) -> None:
        with database.uow() as uow:
            for i in range(n):
                add_meeting(uow, office, f"会议{i}", "topic", local(YEAR, 1 + i % 12, 5), 60, i % 3,
                            MeetingStatus.FINISHED if i % 12 < 10 else MeetingStatus.SCHEDULED,
                            [SeatSpec(k, "attend", "present") for k in range(i % 7)])
            uow.commit()
        with database.uow() as uow:
            ledger.save_cap(uow, ledger.CapInput(YEAR, "", office.units[n % 3], n))

    grow(2)
    small, _ = _statements(database)
    grow(60)
    with database.uow() as uow:
        ms = uow.session.scalars(select(Meeting).options(joinedload(Meeting.participants))
                                 .where(Meeting.status == MeetingStatus.SCHEDULED)).unique().all()
        pairs = [(m.id, m.version) for m in ms[:3]]
    with database.uow() as uow:
        meetings.merge_meetings(uow, pairs[0][0], pairs[0][1], pairs[1][0], pairs[1][1])
    big, seen = _statements(database)
    assert big == small <= 6
    assert not [s for s in seen if s.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
