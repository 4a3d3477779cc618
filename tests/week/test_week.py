"""The week service on a constructed week with known answers (2026-W41: 国庆 and a 调休 Saturday)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from huiwu.db import Database
from huiwu.errors import ConflictError, RuleError, ValidationError
from huiwu.models import AuditEntry, HolidayOverride, Meeting, MeetingStatus, Participant
from huiwu.services import calendars, holidays, meetings, week
from tests.week.conftest import LEADER_ICS, OCT, Week41
from tests.week.factory import add_meeting, at


def test_days_mark_holidays_and_adjusted_workday(database: Database, week41: Week41) -> None:
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    labels = {d.date: (d.label, d.is_workday) for d in view.days}
    assert labels[OCT[6]] == ("国庆节", False)
    assert labels[OCT[10]] == ("调休上班", True)
    assert labels[OCT[11]] == ("", False)
    assert [d.weekday_label for d in view.days] == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    assert view.label == "2026年第41周（10月5日—10月11日）"


def test_conflicts_known_answers(database: Database, week41: Week41) -> None:
    w = week41
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    found = sorted((c.kind, c.meeting_ids) for c in view.conflicts)
    assert found == sorted([
        ("non_working_day", (w.m3,)),  # 国庆节
        ("non_working_day", (w.m5,)),  # Sunday; the 调休 Saturday meeting m4 is fine
        ("venue_double_booked", (w.m1, w.m2)),
        ("person_double_booked", (w.m1, w.m2)),  # 赵局长 in both
        ("invitee_on_leave", (w.m6,)),  # 钱科长 on approved leave
    ])
    for c in view.conflicts:
        assert c.message and c.suggestion and c.kind_label
    assert len(view.absences) == 1 and view.absences[0].person_name == "钱科长"


def test_merge_proposals_known_answers(database: Database, week41: Week41) -> None:
    w = week41
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    got = [(p.kind, p.source_id, p.target_id) for p in view.proposals]
    assert got == [("ride", w.m7, w.m1), ("merge", w.m6, w.m1)]
    assert view.proposals[1].kind_label == "整合会议" and view.proposals[0].kind_label == "借会开会"


def test_imported_leader_calendar_counts_in_conflicts(database: Database, week41: Week41, tmp_path) -> None:
    w = week41
    path = tmp_path / "leader.ics"
    path.write_text(LEADER_ICS, encoding="utf-8")
    with database.uow() as uow:
        result = calendars.import_ics(uow, path, "县长日历", color="#cc3333", owner_person_id=w.office.people[0])
    assert result.total == 2 and result.mapped_people == 2
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    imported = [i for i in view.items if i.source == "imported"]
    titles = sorted((i.title, i.start.day) for i in imported)
    assert titles == [("周一早班会", 5), ("市政府专题会议", 9)]  # the weekly series expanded into this week
    assert all(i.color == "#cc3333" and i.read_only for i in imported)
    clash = [c for c in view.conflicts if c.kind == "person_double_booked" and c.resource == "张县长"]
    assert len(clash) == 1 and clash[0].meeting_ids == (w.m6,)
    # filters: the calendar filter narrows to that calendar, the person filter to the leader
    with database.uow() as uow:
        cal_id = calendars.list_calendars(uow)[0].id
        only = week.week_view(uow, 2026, 41, week.WeekFilters(calendar_id=cal_id))
        leader = week.week_view(uow, 2026, 41, week.WeekFilters(person_id=w.office.people[0]))
        venue = week.week_view(uow, 2026, 41, week.WeekFilters(venue_id=w.office.venues[0]))
    assert {i.source for i in only.items} == {"imported"}
    assert {i.meeting_id for i in leader.items if i.meeting_id} == {w.m1, w.m6}
    assert {i.meeting_id for i in venue.items} == {w.m1, w.m2}
    assert all(w.m1 in c.meeting_ids or w.m2 in c.meeting_ids for c in venue.conflicts)


def test_accept_merge_moves_agenda_and_people_and_cancels(database: Database, week41: Week41) -> None:
    w = week41
    with database.uow() as uow:
        proposal = next(p for p in week.week_view(uow, 2026, 41).proposals if (p.source_id, p.target_id) == (w.m6, w.m1))
        stale = proposal.target_version
        d1 = meetings.get_meeting(uow, w.m1)
        meetings.update_meeting(uow, w.m1, d1.version, replace(d1.as_input(), notes="会前补充说明"))
    with database.uow() as uow, pytest.raises(ConflictError):  # the target changed since the week was shown
        meetings.merge_meetings(uow, w.m6, proposal.source_version, w.m1, stale)
    with database.uow() as uow:
        proposal = next(p for p in week.week_view(uow, 2026, 41).proposals if (p.source_id, p.target_id) == (w.m6, w.m1))
        result = meetings.merge_meetings(uow, w.m6, proposal.source_version, w.m1, proposal.target_version)
    assert result.moved_agenda_items == 2 and result.moved_participants == 1
    with database.uow() as uow:
        src, tgt = uow.session.get(Meeting, w.m6), uow.session.get(Meeting, w.m1)
        assert src is not None and tgt is not None
        assert src.status == MeetingStatus.CANCELLED and src.cancel_reason == "并入《防汛调度会》"
        assert src.merged_into_id == w.m1 and tgt.version == result.target_version
        versions = (src.version, tgt.version)
        assert [a.title for a in sorted(tgt.agenda_items, key=lambda a: a.position)] == [
            "汛情通报", "重点项目进度", "要素保障"]
        assert not src.agenda_items
        people = set(uow.session.scalars(select(Participant.person_id).where(Participant.meeting_id == w.m1)))
        assert w.office.people[5] in people and len(people) == 7
        actions = set(uow.session.scalars(select(AuditEntry.action).where(AuditEntry.meeting_id.in_([w.m1, w.m6]))))
        assert {"merge_in", "merge_out"} <= actions
        view = week.week_view(uow, 2026, 41)
    assert all(p.source_id != w.m6 for p in view.proposals)
    with database.uow() as uow, pytest.raises(RuleError):
        meetings.merge_meetings(uow, w.m6, versions[0], w.m1, versions[1])


def _count_writes(database: Database):  # type: ignore[no-untyped-def]
    """A counter of INSERT/UPDATE/DELETE statements sent from now on (for "reads never write")."""
    from sqlalchemy import event

    writes = []

    def seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            writes.append(statement)

    event.listen(database.engine, "before_cursor_execute", seen)
    return lambda: len(writes)


def test_finalize_then_changes_become_amendments(database: Database, week41: Week41) -> None:
    w = week41
    with database.uow() as uow:
        view = week.finalize_week(uow, 2026, 41)
    assert view.state_label == "已定稿" and view.amendments == ()
    with database.uow() as uow, pytest.raises(RuleError):
        week.finalize_week(uow, 2026, 41)
    with database.uow() as uow:
        d2 = meetings.get_meeting(uow, w.m2)
        meetings.update_meeting(uow, w.m2, d2.version, replace(d2.as_input(), starts_at=at(OCT[9], 9),
                                                               ends_at=at(OCT[9], 10)))
    with database.uow() as uow:
        meetings.cancel_meeting(uow, w.m5, meetings.get_meeting(uow, w.m5).version, "领导临时有公务")
    with database.uow() as uow:
        new = add_meeting(uow, "临时增加的会", at(OCT[8], 16), at(OCT[8], 17), people=[w.office.people[1]])
    with database.uow() as uow:
        statements = _count_writes(database)
        view = week.week_view(uow, 2026, 41)
        again = week.week_view(uow, 2026, 41)
        assert statements() == 0  # viewing the week writes nothing
    changes = sorted((a.change, a.meeting_id) for a in view.amendments)
    assert changes == sorted([("changed", w.m2), ("cancelled", w.m5), ("added", new)])
    assert len(again.amendments) == 3
    assert all(a.created_at is not None for a in view.amendments)
    assert next(i for i in view.items if i.meeting_id == w.m2).amended
    with database.uow() as uow:
        pdf = week.week_pdf(uow, 2026, 41, "list")
        grid = week.week_pdf(uow, 2026, 41)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "变更" in text and "安全生产专题会" in text
    assert grid.startswith(b"%PDF")


def test_parse_week_and_errors() -> None:
    assert week.parse_week("2026-W48") == (2026, 48)
    assert week.parse_week("2026w5") == (2026, 5)
    with pytest.raises(ValidationError):
        week.parse_week("2026-W60")
    with pytest.raises(ValidationError):
        week.parse_week("下周")


def test_holiday_overrides_feed_the_calendar(database: Database) -> None:
    day = dt.date(2027, 2, 20)  # a Saturday in a year the package may not know yet
    with database.uow() as uow:
        row = holidays.add_override(uow, day, True, "春节调休")
        assert holidays.work_calendar(uow).day_info(day).is_workday
        holidays.add_override(uow, day, False, "改为放假")
        assert len(holidays.list_overrides(uow)) == 1
        assert not holidays.work_calendar(uow).is_workday(day)
        assert holidays.work_calendar(uow).is_year_known(2027)
        holidays.remove_override(uow, row.id)
        assert uow.session.scalar(select(HolidayOverride)) is None
        assert holidays.missing_year_warnings(uow, (2099,)) == ["2099 年的节假日安排尚未收录，请在设置中补充"]
