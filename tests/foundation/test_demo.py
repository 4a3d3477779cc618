from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.demo import create_demo
from huiwu.models import Meeting, Participant, Person, Unit, UnitKind
from huiwu.services.directory import list_groups, list_people, list_venues
from huiwu.settings import Settings


def test_demo_is_a_realistic_county_office(demo_db: Database) -> None:
    with demo_db.uow() as uow:
        s = uow.session
        assert 38 <= (s.scalar(select(func.count(Unit.id))) or 0) <= 50
        assert s.scalar(select(func.count(Unit.id)).where(Unit.kind == UnitKind.TOWNSHIP)) == 15
        assert (s.scalar(select(func.count(Person.id))) or 0) >= 300
        assert len(list_venues(uow)) == 6
        groups = {g.name: g for g in list_groups(uow)}
        assert len(groups["各乡镇乡镇长"].member_ids) == 15
        starts = [m.starts_at.date() for m in s.scalars(select(Meeting))]
        assert min(starts) < dt.date(2026, 11, 23) < max(starts)
        assert (max(starts) - min(starts)).days >= 7 * 7 - 3
        attended = s.scalar(select(func.count(Participant.id)).where(Participant.signed_in_at.is_not(None)))
        assert attended and attended > 100
        names = [p.name for p in list_people(uow)]
        assert len(set(names)) == len(names)


def test_demo_is_deterministic(tmp_path: Path, sqlite_template: Path) -> None:
    names = []
    for i in range(2):
        path = tmp_path / f"d{i}.sqlite3"
        shutil.copy(sqlite_template, path)
        database = Database(f"sqlite:///{path}", Settings())
        with database.uow() as uow:
            create_demo(uow, today=dt.date(2026, 11, 23))
        with database.uow() as uow:
            names.append([(p.name, p.unit_name, p.title) for p in list_people(uow)])
        database.dispose()
    assert names[0] == names[1]


def test_demo_refuses_a_database_with_data(demo_db: Database) -> None:
    with demo_db.uow() as uow, pytest.raises(ValueError, match="已有数据"):
        create_demo(uow)


def test_demo_obeys_the_office_rules(demo_db: Database) -> None:
    """Built through the services, the demo shows only states the rules allow (issue: a 县长 as his own
    副县长's substitute, budgets presented by a 乡)."""
    from huiwu.models import AgendaItem, Attendance, LeaveRequest, MeetingStatus, ParticipantRole
    from huiwu.services import attendance
    from huiwu.services.stats import absence_report

    with demo_db.uow() as uow:
        s = uow.session
        substitutes = 0
        for p in s.scalars(select(Participant).where(Participant.substitute_person_id.is_not(None))):
            sub = p.substitute
            assert sub is not None and sub.unit_id == p.person.unit_id, "a 代会 comes from the invitee's own unit"
            assert sub.sort_order > p.person.sort_order, "never someone senior"
            invited = {q.person_id for q in p.meeting.participants}
            assert sub.id not in invited, "never someone invited already"
            substitutes += 1
        assert substitutes >= 3
        for item in s.scalars(select(AgendaItem).where(AgendaItem.presenter_unit_id.is_not(None))):
            head = next(q for q in item.presenter_unit.people if q.sort_order == 1)
            assert item.presenter_name == head.name  # the unit that owns the 议题 presents it, through its head
        budget = s.scalars(select(AgendaItem).where(AgendaItem.title.contains("财政预算"))).all()
        assert budget and all(a.presenter_unit.name == "县财政局" for a in budget)
        for m in s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.FINISHED)):
            roster = attendance.load_roster(uow, m.id)
            assert not any(r.counted and r.state == Attendance.PENDING for r in roster.rows), "closed = nobody 未签到"
            assert not any(r.outcome.unapproved_substitute for r in roster.rows)
        for p in s.scalars(select(Participant).where(Participant.attendance == Attendance.LEAVE)):
            leave = s.get(LeaveRequest, p.leave_request_id)
            assert leave is not None and leave.state == "approved" and p.role != ParticipantRole.STAFF
        report = absence_report(uow, dt.date(2026, 10, 1), dt.date(2026, 11, 30))
        assert {r.kind for r in report.rows} >= {"迟到", "缺席"}
        assert all(r.kind != "未经批准代会" for r in report.rows)


def test_demo_has_next_weeks_requests_and_this_years_plan_and_merges(demo_db: Database) -> None:
    """Issue 16 item 5: next week (W49 at the pinned Monday) has 6 requests — one became a meeting, two went
    into meetings already planned (credited merges), one should be merged, one declined — a late one came in
    for this week, and this year has a 会议计划."""
    from huiwu.models import MeetingCap, MeetingMerge
    from huiwu.services import requests

    with demo_db.uow() as uow:
        nxt, this = requests.week_requests(uow, 2026, 49), requests.week_requests(uow, 2026, 48)
        caps = [(c.kind, c.max_count) for c in uow.session.scalars(select(MeetingCap).where(MeetingCap.year == 2026))]
        merges = [(m.kind, m.person_times_saved, m.source_id) for m in uow.session.scalars(select(MeetingMerge))]
        sources = [(s.merged_into_id, s.starts_at.year) for s in
                   (uow.session.get(Meeting, source) for _, _, source in merges) if s is not None]
    assert len(nxt.rows) == 6 and nxt.count("accepted") == 3 and nxt.count("declined") == 1
    assert [r.late for r in this.rows] == [True] and not any(r.late for r in nxt.rows)
    assert any(r.pending and r.proposals for r in nxt.rows)  # the one that should be merged
    assert sorted(kind for kind, _, _ in merges) == ["merge", "ride"] and all(saved > 0 for _, saved, _ in merges)
    assert len(sources) == 2 and all(into is not None and year == 2026 for into, year in sources)
    assert {kind for kind, _ in caps} >= {"standing", ""} and ("standing", 12) in caps


def test_demo_has_partial_replies_and_a_handout_sent_to_units(demo_db: Database) -> None:
    """Issue 15 item 4: this week's notified meetings have partial 回执 (some 未回复, one 不参会 that became a
    leave request waiting for its approver); the first 明白纸 went to units, two returned, one overdue."""
    from huiwu.models import Handout
    from huiwu.services import handout_returns, replies

    with demo_db.uow() as uow:
        meetings = [m.id for m in uow.session.scalars(select(Meeting).where(Meeting.status == "notified",
                                                                           Meeting.starts_at > uow.now()))]
        views = [replies.reply_ledger(uow, m) for m in meetings]
        first = uow.session.scalars(select(Handout.id).order_by(Handout.id)).first()
        ledger = handout_returns.handout_returns(uow, first) if first is not None else None
    assert views and all(v.counts.returned and v.counts.pending for v in views)
    absent = [r for v in views for r in v.rows if r.answer == "absent"]
    assert len(absent) == 1 and absent[0].leave_state_label == "待审批"
    assert ledger is not None
    states = [u.state_text for t in ledger.tables for u in t.units]
    assert states.count("已交") == 2 and states.count("逾期") == 1
