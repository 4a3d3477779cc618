"""签到 rules on both databases: timing boundaries, 代会, closing, corrections."""

from __future__ import annotations

import datetime as dt

import pytest

from huiwu.db import Database
from huiwu.errors import RuleError, ValidationError
from huiwu.models import Attendance, AuditEntry, Meeting, MeetingStatus
from huiwu.services import attendance as att
from huiwu.services import leave as lv
from tests.attendance.conftest import ALL, NOTIFIED, at, seed_office

START = at(24, 9)


@pytest.fixture
def office(database: Database):  # type: ignore[no-untyped-def]
    return seed_office(database, [("常务会", START, ALL, NOTIFIED)])


def test_timing_boundaries(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    mid = office.meetings["常务会"]
    pid = office.participants
    with database.uow() as uow:
        with pytest.raises(RuleError, match="签到尚未开始"):
            att.sign_in(uow, mid, pid[("常务会", "张三")], at=START - dt.timedelta(minutes=30, seconds=1))
    with database.uow() as uow:
        opened = att.sign_in(uow, mid, pid[("常务会", "张三")], at=START - dt.timedelta(minutes=30))
        on_time = att.sign_in(uow, mid, pid[("常务会", "赵四")], at=START)
        late = att.sign_in(uow, mid, pid[("常务会", "钱五")], at=START + dt.timedelta(seconds=1))
        early_edge = att.sign_in(uow, mid, pid[("常务会", "孙六")], at=START - dt.timedelta(minutes=10))
        not_early = att.sign_in(uow, mid, pid[("常务会", "周七")], at=START - dt.timedelta(minutes=9, seconds=59))
    assert opened.early and opened.late_minutes is None
    assert on_time.late_minutes is None and not on_time.late and not on_time.early
    assert late.late and late.late_minutes == 1
    assert early_edge.early and not not_early.early
    with database.uow() as uow:
        roster = att.load_roster(uow, mid)
        meeting = uow.session.get(Meeting, mid)
        assert meeting is not None and meeting.status == MeetingStatus.IN_PROGRESS
        statuses = [e for e in uow.session.query(AuditEntry).filter_by(entity="meeting", action="status")]
        assert len(statuses) == 1
    c = roster.counters
    assert (c.expected, c.present, c.late, c.missing) == (9, 5, 1, 4)
    assert [r.name for r in roster.rows][:3] == ["王县长", "李副县", "张三"]
    assert roster.rows[-1].role == "staff"
    with database.uow() as uow, pytest.raises(RuleError, match="已于"):
        att.sign_in(uow, mid, pid[("常务会", "张三")], at=START)


def test_cancelled_and_deleted_refuse(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    mid = office.meetings["常务会"]
    with database.uow() as uow:
        m = uow.session.get(Meeting, mid)
        assert m is not None
        m.status = MeetingStatus.CANCELLED
        uow.commit()
    with database.uow() as uow, pytest.raises(RuleError, match="已取消"):
        att.sign_in(uow, mid, office.participants[("常务会", "张三")], at=START)


def test_substitute_counting_undo_and_close(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    mid = office.meetings["常务会"]
    pid = office.participants
    with database.uow() as uow:
        # 赵四 on approved leave with 钱五... no: a free-name substitute
        lv.create_leave(uow, lv.LeaveInput(office.people["赵四"], "外出招商", meeting_id=mid,
                                            substitute=lv.Substitute(name="刘副", title="副局长")), approve=True)
    with database.uow() as uow:
        lv.create_leave(uow, lv.LeaveInput(office.people["孙六"], "病假", meeting_id=mid), approve=True)
    with database.uow() as uow:
        roster = att.load_roster(uow, mid)
        c = roster.counters
        assert (c.expected, c.leave, c.missing) == (9, 1, 8)
        with pytest.raises(RuleError, match="已请假"):
            att.sign_in(uow, mid, pid[("常务会", "孙六")], at=START)
    with database.uow() as uow:
        sub = att.sign_in(uow, mid, pid[("常务会", "赵四")], at=START - dt.timedelta(minutes=5))
        assert sub.state == Attendance.SUBSTITUTE and sub.substitute_name == "刘副" and sub.signed
        att.sign_in(uow, mid, pid[("常务会", "张三")], at=START + dt.timedelta(minutes=3))
        with pytest.raises(RuleError, match="也在本次会议的参会名单中"):
            att.sign_in(uow, mid, pid[("常务会", "吴八")], at=START, substitute=att.Substitute(office.people["郑九"]))
    with database.uow() as uow:
        with pytest.raises(RuleError, match="没有经批准的请假"):
            att.sign_in(uow, mid, pid[("常务会", "吴八")], at=START, substitute=att.Substitute(name="刘强"))
    with database.uow() as uow:
        adhoc = att.sign_in(uow, mid, pid[("常务会", "吴八")], at=START, substitute=att.Substitute(name="刘强"),
                            unapproved_reason="镇长临时赴市里汇报，电话告知")
        assert adhoc.outcome.unapproved_substitute and "未经批准代会（刘强）" in adhoc.note
        att.sign_in(uow, mid, pid[("常务会", "王县长")], at=START)
        undone = att.undo_sign_in(uow, pid[("常务会", "王县长")])
        assert undone.state == Attendance.PENDING and undone.signed_in_at is None
        left = att.mark_left_early(uow, pid[("常务会", "张三")], at=START + dt.timedelta(minutes=40))
        assert left.left_at is not None
    with database.uow() as uow:
        c = att.load_roster(uow, mid).counters
        assert (c.present, c.substitute, c.leave, c.late, c.missing) == (3, 2, 1, 1, 5)
        assert att.headcount_text(c) == "应到 9 人，实到 3 人（其中代会 2 人），请假 1 人，缺席 5 人"
        groups = dict(att.missing_by_unit(att.load_roster(uow, mid).rows))
        assert [r.name for r in groups["县财政局"]] == ["钱五"]
    with database.uow() as uow:
        final = att.close_meeting_attendance(uow, mid)
    states = {r.name: r.state for r in final.rows}
    assert states["孙六"] == Attendance.LEAVE
    assert states["赵四"] == Attendance.SUBSTITUTE
    assert states["冯十"] == Attendance.PENDING  # staff is never 缺席
    assert sorted(n for n, s in states.items() if s == Attendance.ABSENT) == ["周七", "李副县", "王县长", "郑九", "钱五"]
    assert final.counters.absent == 5 and final.counters.missing == 0
    from huiwu.services.stats import absence_report

    with database.uow() as uow:
        report = absence_report(uow, dt.date(2026, 11, 24), dt.date(2026, 11, 24))
    assert [(r.name, r.situation) for r in report.rows] == [
        ("王县长", "缺席"), ("李副县", "缺席"), ("张三", "迟到 3 分钟"), ("张三", "早退 80 分钟"),
        ("钱五", "缺席"), ("周七", "缺席"), ("吴八", "未经批准代会（刘强）"), ("郑九", "缺席"),
    ]  # 赵四's 代会 was approved (the leave names 刘副); 孙六 was excused


def test_finalize_substitute_never_came_is_leave(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    mid = office.meetings["常务会"]
    with database.uow() as uow:
        lv.create_leave(uow, lv.LeaveInput(office.people["赵四"], "外出", meeting_id=mid,
                                            substitute=lv.Substitute(office.people["钱五"])), approve=True)
    with database.uow() as uow:
        att.finalize_attendance(uow, mid)  # the meetings service commits
        uow.commit()
    with database.uow() as uow:
        row = next(r for r in att.load_roster(uow, mid).rows if r.name == "赵四")
    assert row.state == Attendance.LEAVE and "代会人员未到" in row.note


def test_clear_leave_when_invitee_comes_and_correction(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    mid = office.meetings["常务会"]
    pid = office.participants[("常务会", "孙六")]
    with database.uow() as uow:
        lv.create_leave(uow, lv.LeaveInput(office.people["孙六"], "病假", meeting_id=mid), approve=True)
    with database.uow() as uow:
        row = att.sign_in(uow, mid, pid, at=START, clear_leave=True)
        assert row.state == Attendance.PRESENT and "撤销请假标记" in row.note
        undone = att.undo_sign_in(uow, pid)
        assert undone.state == Attendance.LEAVE
    with database.uow() as uow, pytest.raises(ValidationError):
        att.correct_attendance(uow, pid, "absent", " ")
    with database.uow() as uow:
        row = att.correct_attendance(uow, pid, "absent", "核实未到会")
        assert row.state == Attendance.ABSENT
        entry = uow.session.query(AuditEntry).filter_by(action="correct").one()
        assert entry.changes["reason"] == "核实未到会" and entry.actor
