"""回执 (issue 15 items 1–2) on SQLite and PostgreSQL: the ledger per invitee and per unit, 不参会 → a leave
request to the approver the rule names (approving it marks the sign-in sheet), 代会 → a request naming the
substitute, a unit naming its attendee, 逾期, the 工作台's evening-before list, `huiwu replies --json`."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.errors import RuleError, ValidationError
from huiwu.models import LeaveRequest, LeaveState, Participant, ParticipantRole, ReturnRequest
from huiwu.rules.returns import default_reply_deadline, is_overdue, state_text
from huiwu.services import attendance, leave, replies
from huiwu.services.holidays import work_calendar
from tests.conftest import run_cli
from tests.week.factory import Office, add_meeting, at, make_office

SH = ZoneInfo("Asia/Shanghai")
DAY = dt.date(2026, 12, 3)  # a Thursday, after the pinned Monday 2026-11-23


@pytest.fixture
def office(database: Database) -> tuple[Office, int]:
    with database.uow() as uow:
        o = make_office(uow)
        mid = add_meeting(uow, "全县安全生产工作会议", at(DAY, 9), at(DAY, 11), venue_id=o.venues[0], chair_id=o.people[0],
                          people=o.people[:6], host_unit_id=o.units[0])
        uow.session.add(Participant(meeting_id=mid, person_id=o.people[7], role=ParticipantRole.STAFF))
        uow.commit()
    return o, mid


# ---------------------------------------------------------------- the rule


@given(st.datetimes(min_value=dt.datetime(2026, 1, 5), max_value=dt.datetime(2027, 12, 31)),
       st.sets(st.integers(0, 6), max_size=3))
def test_default_deadline_is_the_working_day_before_at_five(start: dt.datetime, off: set[int]) -> None:
    meeting = start.replace(tzinfo=SH)
    is_workday = lambda d: d.weekday() not in off  # noqa: E731
    deadline = default_reply_deadline(meeting, is_workday, SH)
    assert deadline <= meeting
    if deadline < meeting:
        assert deadline.time() == dt.time(17) and is_workday(deadline.date()) and deadline.date() < meeting.date()
        between = [deadline.date() + dt.timedelta(days=n) for n in range(1, (meeting.date() - deadline.date()).days)]
        assert not any(is_workday(d) for d in between)


def test_overdue_only_while_nothing_came_back() -> None:
    due = dt.datetime(2026, 12, 2, 17, tzinfo=SH)
    after, before = due + dt.timedelta(minutes=1), due - dt.timedelta(minutes=1)
    assert is_overdue("pending", due, after) and not is_overdue("pending", due, before)
    assert not is_overdue("returned", due, after) and not is_overdue("pending", None, after)
    assert [state_text(s, due, after) for s in ("pending", "returned")] == ["逾期", "已回复"]


# ---------------------------------------------------------------- the ledger


def test_the_ledger_lists_every_invitee_and_reading_writes_nothing(office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    with database.uow() as uow:
        view = replies.reply_ledger(uow, mid)
        assert uow.session.scalar(select(func.count()).select_from(ReturnRequest)) == 0
        expected = default_reply_deadline(at(DAY, 9), work_calendar(uow).is_workday, SH)
    assert [r.person_id for r in view.rows] == o.people[:6]  # 排序号 order, the 工作人员 left out
    assert {r.state_text for r in view.rows} == {"未回复"} and view.counts.pending == 6
    assert view.deadline == expected == dt.datetime(2026, 12, 2, 17, tzinfo=SH)
    assert view.deadline_text == "请于12月2日（周三）17:00前报送"


def test_absent_becomes_leave_to_the_rules_approver_and_approval_marks_the_sheet(
        office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    zhao = o.people[3]
    with database.uow() as uow:
        row = replies.record_reply(uow, mid, f"person:{zhao}", replies.ReplyInput("absent", "到省里开会"))
        assert (row.text, row.state_text, row.leave_state_label) == ("不参会（到省里开会）", "已回复", "待审批")
        lr = uow.session.get(LeaveRequest, row.leave_request_id)
        assert lr is not None and lr.meeting_id == mid and lr.reason == "到省里开会" and lr.channel == "电话"
        assert lr.approver_id == leave.default_approver(uow, zhao, mid)
        leave.approve_leave(uow, lr.id)
        roster = {r.person_id: r.state for r in attendance.load_roster(uow, mid).rows}
        assert roster[zhao] == "leave"
        view = replies.reply_ledger(uow, mid)
        assert view.answers == {"absent": 1} and view.counts.returned == 1
        assert next(r for r in view.rows if r.person_id == zhao).leave_state_label == "已批准"


def test_substitute_files_leave_naming_the_substitute_and_a_changed_reply_withdraws_it(
        office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    qian = o.people[4]
    with database.uow() as uow:
        row = replies.record_reply(uow, mid, f"person:{qian}", replies.ReplyInput(
            "substitute", "下乡督导", substitute_person_id=o.people[6]))
        first = uow.session.get(LeaveRequest, row.leave_request_id)
        assert first is not None and first.substitute_person_id == o.people[6]
        assert row.text == "代会（周秘书）"
        again = replies.record_reply(uow, mid, f"person:{qian}", replies.ReplyInput("attend"), row.item_version)
        assert again.text == "参会" and again.leave_request_id is None
        uow.session.refresh(first)
        assert first.state == LeaveState.WITHDRAWN


def test_a_unit_names_its_attendee_who_joins_the_participants(office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    with database.uow() as uow:
        assert replies.add_unit_placeholders(uow, mid, [o.units[1], o.units[1]]) == 1
        view = replies.reply_ledger(uow, mid)
        unit_row = view.rows[-1]
        assert (unit_row.key, unit_row.name, unit_row.state_text) == (f"unit:{o.units[1]}", "县发展和改革局", "未回复")
        with pytest.raises(ValidationError, match="请选择该单位的参会人员"):
            replies.record_reply(uow, mid, unit_row.key, replies.ReplyInput("attend"))
        done = replies.record_reply(uow, mid, unit_row.key, replies.ReplyInput("attend", named_person_id=o.people[6]))
        assert done.text == "参会：周秘书"
        roles = {p.person_id: p.role for p in uow.session.scalars(select(Participant).where(Participant.meeting_id == mid))}
        assert roles[o.people[6]] == ParticipantRole.ATTEND
        again = replies.reply_ledger(uow, mid)
        assert [r.name for r in again.rows].count("周秘书") == 1 and again.rows[-1].text == "参会：周秘书"


def test_bad_replies_are_refused_and_change_nothing(office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    for key, data, message in (
            (f"person:{o.people[1]}", replies.ReplyInput("absent"), "写明原因"),
            (f"person:{o.people[1]}", replies.ReplyInput("substitute", "出差"), "写明代会人员"),
            (f"person:{o.people[1]}", replies.ReplyInput("maybe"), "参会、不参会或代会"),
            (f"person:{o.people[7]}", replies.ReplyInput("attend"), "不在本次会议的参会人员中"),  # staff
            ("person:x", replies.ReplyInput("attend"), "回执对象"),
            (f"unit:{o.units[0]}", replies.ReplyInput("attend"), "没有被要求报送"),
    ):
        with database.uow() as uow, pytest.raises((ValidationError, RuleError), match=message):
            replies.record_reply(uow, mid, key, data)
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(LeaveRequest)) == 0
        assert replies.reply_ledger(uow, mid).counts.returned == 0


def test_overdue_and_the_evening_before_list(office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    evening = dt.datetime(2026, 12, 2, 19, tzinfo=SH)
    with database.uow() as uow:
        from huiwu.models import Meeting

        m = uow.session.get(Meeting, mid)
        assert m is not None
        m.status = "notified"  # the notice went out: its 回执 are chased
        uow.commit()
        replies.record_reply(uow, mid, f"person:{o.people[0]}", replies.ReplyInput("attend"))
        replies.record_reply(uow, mid, f"person:{o.people[5]}", replies.ReplyInput("absent", "病假"))
        week_before = replies.missing_replies(uow, now=dt.datetime(2026, 11, 25, 10, tzinfo=SH))
        afternoon = replies.missing_replies(uow, now=dt.datetime(2026, 12, 2, 15, tzinfo=SH))
        missing = replies.missing_replies(uow, now=evening)
        view = replies.reply_ledger(uow, mid, now=evening)
        waiting = replies.unapproved_leave(uow, now=evening)
    assert week_before == []
    assert len(afternoon) == 1 and not afternoon[0].overdue  # due at 17:00 today
    assert len(missing) == 1 and missing[0].overdue and missing[0].missing == ("李副县长", "王主任", "赵局长", "钱科长")
    assert "回执《全县安全生产工作会议》已逾期，未回复：李副县长、王主任、赵局长、钱科长" == missing[0].text
    assert view.counts.overdue == 4 and sum(r.overdue for r in view.rows) == 4
    assert [w.person_name for w in waiting] == ["孙干事"] and "请假未批准：病假" in waiting[0].text


def test_cli_prints_the_ledger_as_json_unescaped(office: tuple[Office, int], database: Database,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    o, mid = office
    with database.uow() as uow:
        replies.record_reply(uow, mid, f"person:{o.people[2]}", replies.ReplyInput("absent", "出差", channel="书面"))
    url = database.url if database.url.startswith("postgresql") else str(database.sqlite_path())
    assert run_cli(["--db", url, "replies", str(mid), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\\u" not in out and "全县安全生产工作会议" in out
    data = json.loads(out)
    assert data["counts"] == {"total": 6, "returned": 1, "pending": 5, "overdue": 0, "absent": 1}
    wang = next(r for r in data["replies"] if r["name"] == "王主任")
    assert (wang["answer_label"], wang["reason"], wang["channel"], wang["leave_state_label"]) == (
        "不参会", "出差", "书面", "待审批")
    assert run_cli(["--db", url, "replies", str(mid)]) == 0
    assert "王主任　不参会（出差）" in capsys.readouterr().out


def test_the_dashboard_lists_what_to_chase_the_evening_before(office: tuple[Office, int], database: Database) -> None:
    from huiwu.models import Meeting
    from huiwu.services.dashboard import dashboard

    o, mid = office
    with database.uow() as uow:
        m = uow.session.get(Meeting, mid)
        assert m is not None
        m.status = "notified"
        uow.commit()
        replies.record_reply(uow, mid, f"person:{o.people[5]}", replies.ReplyInput("absent", "病假"))
        monday = dashboard(uow, now=dt.datetime(2026, 11, 30, 9, tzinfo=SH))
        evening = dashboard(uow, now=dt.datetime(2026, 12, 2, 18, tzinfo=SH))
    assert monday.reminders == ()
    kinds = [(r.kind_label, r.overdue) for r in evening.reminders]
    assert kinds == [("回执", True), ("请假未批准", False)]
    assert evening.reminders[0].text.startswith("未回复：张县长、李副县长") and evening.reminders[0].meeting_id == mid
    assert "孙干事：病假" in evening.reminders[1].text


def test_the_dashboard_page_shows_the_reminders(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as msvc
    from huiwu.services.dashboard import dashboard
    from tests.conftest import wait_idle
    from ui.pages import dashboard as page_module

    with gui_ctx.db.uow() as uow:  # the demo: this week's meetings already notified, 回执 not collected
        upcoming = [r for r in msvc.list_meetings(uow, week="2026-W48") if r.status == "notified"]
        assert upcoming
        first = upcoming[0]
        data = dashboard(uow, now=first.starts_at - dt.timedelta(hours=14))
    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    page._loaded(data)
    assert not page.reminders.isHidden() and page.reminders.model.rowCount() >= 1
    with qtbot.waitSignal(gui_ctx.events.open_requested) as opened:
        page._open_reminder(data.reminders[0])
    assert opened.args[0] in ("meetings", "handouts")


def test_a_returned_sheet_round_trips_and_a_bad_one_changes_nothing(office: tuple[Office, int], database: Database,
                                                                    tmp_path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    o, mid = office
    with database.uow() as uow:
        replies.add_unit_placeholders(uow, mid, [o.units[1]])
        sent = replies.export_reply_sheet(uow, mid, tmp_path / "回执.xlsx")
    book = load_workbook(sent)
    sheet = book.active
    rows = {sheet.cell(r, 2).value or sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    sheet.cell(rows["李副县长"], 5, "参会")
    sheet.cell(rows["王主任"], 5, "不参会")
    sheet.cell(rows["王主任"], 6, "在市里开会")
    sheet.cell(rows["赵局长"], 5, "代会")
    sheet.cell(rows["赵局长"], 7, "周秘书")
    sheet.cell(rows["县发展和改革局"], 2, "吴会计")
    sheet.cell(rows["县发展和改革局"], 5, "参会")
    good = tmp_path / "回执（已填）.xlsx"
    book.save(good)
    sheet.cell(rows["钱科长"], 5, "也许")
    bad = tmp_path / "回执（有误）.xlsx"
    book.save(bad)
    with database.uow() as uow:
        refused = replies.import_reply_sheet(uow, mid, bad)
        assert not refused.clean and refused.errors == (
            f"回执（有误）.xlsx“回执”表第 {rows['钱科长']} 行“是否参会”列：“也许”看不懂，请填写参会、不参会或代会。",)
        assert replies.reply_ledger(uow, mid).counts.returned == 0  # nothing recorded
        done = replies.import_reply_sheet(uow, mid, good)
        view = replies.reply_ledger(uow, mid)
    assert done.clean and len(done.replies) == 4 and done.blank == 3
    texts = {r.name: r.text for r in view.rows}
    assert texts["李副县长"] == "参会" and texts["王主任"] == "不参会（在市里开会）"
    assert texts["赵局长"] == "代会（周秘书）" and texts["县发展和改革局"] == "参会：吴会计"
    assert {r.channel for r in view.rows if r.state == "returned"} == {"书面"}
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(LeaveRequest)) == 2
    not_xlsx = tmp_path / "回执.txt"
    not_xlsx.write_text("姓名,是否参会\n", encoding="utf-8")
    with database.uow() as uow:
        assert "不是有效的 .xlsx 文件" in replies.read_reply_sheet(uow, mid, not_xlsx).errors[0]


def test_cli_exports_and_imports_the_sheet(office: tuple[Office, int], database: Database, tmp_path,  # type: ignore[no-untyped-def]
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    _, mid = office
    url = database.url if database.url.startswith("postgresql") else str(database.sqlite_path())
    sheet_path = tmp_path / "回执.xlsx"
    assert run_cli(["--db", url, "replies", str(mid), "--export", str(sheet_path)]) == 0
    book = load_workbook(sheet_path)
    book.active.cell(3, 5, "不参会")  # 李副县长, without a reason
    book.save(sheet_path)
    assert run_cli(["--db", url, "replies", str(mid), "--import", str(sheet_path)]) == 2
    err = capsys.readouterr().err
    assert "第 3 行“不参会原因”列：不参会的请填写原因" in err and "没有登记任何回执" in err
    book.active.cell(3, 6, "出差")
    book.save(sheet_path)
    assert run_cli(["--db", url, "replies", str(mid), "--import", str(sheet_path), "--dry-run"]) == 0
    assert "可以登记 1 条回执" in capsys.readouterr().out
    with database.uow() as uow:
        assert replies.reply_ledger(uow, mid).counts.returned == 0
    assert run_cli(["--db", url, "replies", str(mid), "--import", str(sheet_path)]) == 0
    assert "已登记 1 条回执（另有 5 人未填写是否参会）" in capsys.readouterr().out
