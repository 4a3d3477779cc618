from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from huiwu.db import Database, UnitOfWork
from huiwu.errors import ConflictError, RuleError, ValidationError
from huiwu.models import (
    Group,
    GroupMember,
    MeetingStatus,
    Person,
    Unit,
    Venue,
)
from huiwu.services import actions, checklists, dashboard, leave, meetings, notice
from huiwu.services.meetings import AgendaInput, MeetingInput, ParticipantInput

TZ = ZoneInfo("Asia/Shanghai")


def at(y: int, mo: int, d: int, h: int = 9, mi: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, tzinfo=TZ)


def seed(uow: UnitOfWork) -> dict[str, int]:
    s = uow.session
    u = Unit(name="县政府领导", sort_order=1)
    u2 = Unit(name="县财政局", sort_order=2)
    s.add_all([u, u2])
    s.flush()
    people = [Person(name=n, unit_id=u.id, sort_order=i) for i, n in enumerate(["张三", "李四", "王五", "赵六"], 1)]
    people.append(Person(name="钱七", unit_id=u2.id, sort_order=1))
    s.add_all(people)
    venue = Venue(name="小会议室", capacity=3)
    s.add(venue)
    s.flush()
    g = Group(name="县政府领导班子")
    g.members = [GroupMember(person_id=p.id, position=i) for i, p in enumerate(people[:4])]
    s.add(g)
    uow.commit()
    ids = {p.name: p.id for p in people}
    ids.update(venue=venue.id, group=g.id, unit=u.id, unit2=u2.id)
    return ids


def new(uow: UnitOfWork, ids: dict[str, int], start: dt.datetime, kind: str = "topic", people: tuple[str, ...] = ()):
    data = MeetingInput("财政预算专题会议", kind, start, start + dt.timedelta(hours=2), venue_id=ids["venue"],
                        chair_id=ids["张三"], contact_name="孙八", contact_phone="1234")
    return meetings.create_meeting(uow, data, [AgendaInput("研究预算调整", ids["unit2"], "钱七", 30)],
                                   [ParticipantInput(ids[n]) for n in people])


def test_create_instantiates_checklist_with_workday_due_times(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        # Thursday 2026-10-08, first workday after the National Day holiday (10-01 .. 10-07).
        r = new(uow, ids, at(2026, 10, 8, 9))
    with database.uow() as uow:
        rows = {x.title: x for x in checklists.checklist(uow, r.meeting_id, now=at(2026, 9, 1))}
        print_day = next(v for k, v in rows.items() if "印制" in k)
        assert print_day.due_at == at(2026, 9, 29, 9)  # T-2 workdays skips the whole holiday
        assert rows["会议纪要初稿"].due_at == at(2026, 10, 9, 17)  # T+1 workday 17:00
        assert next(v for k, v in rows.items() if "纪要领导审签" in k).due_at == at(2026, 10, 12, 9)  # 10-10 调休 counts
        assert next(v for k, v in rows.items() if "音视频联调" in k).due_at == at(2026, 10, 8, 8, 30)
        assert all(not x.overdue for x in rows.values())


def test_weekend_and_rescheduling_move_due_times(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 11, 23, 9))  # Monday
    with database.uow() as uow:
        rows = {x.title: x for x in checklists.checklist(uow, r.meeting_id)}
        assert next(v for k, v in rows.items() if "印制" in k).due_at == at(2026, 11, 19, 9)  # Thu, skips weekend
        detail = meetings.get_meeting(uow, r.meeting_id)
        data = detail.as_input()
        moved = MeetingInput(**{**data.__dict__, "starts_at": at(2026, 11, 26, 14), "ends_at": at(2026, 11, 26, 16)})
        res = meetings.update_meeting(uow, r.meeting_id, detail.version, moved)
        assert res.version > detail.version
    with database.uow() as uow:
        rows = {x.title: x for x in checklists.checklist(uow, r.meeting_id)}
        assert next(v for k, v in rows.items() if "印制" in k).due_at == at(2026, 11, 24, 14)
        assert meetings.get_meeting(uow, r.meeting_id).sequence == 1
        hist = meetings.history(uow, r.meeting_id)
        assert [h.action for h in hist][:2] == ["create", "update"]
        assert "starts_at" in hist[1].changes


def test_two_editors_second_is_refused(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1))
    with database.uow() as a, database.uow() as b:
        da, db = meetings.get_meeting(a, r.meeting_id), meetings.get_meeting(b, r.meeting_id)
        meetings.update_meeting(a, r.meeting_id, da.version, MeetingInput(**{**da.as_input().__dict__, "title": "甲"}))
        with pytest.raises(ConflictError, match="已被其他人修改"):
            meetings.update_meeting(b, r.meeting_id, db.version,
                                    MeetingInput(**{**db.as_input().__dict__, "title": "乙"}))
    with database.uow() as uow:
        assert meetings.get_meeting(uow, r.meeting_id).title == "甲"


def test_status_flow_and_rules(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1), people=("李四",))
        v = r.version
        early = at(2026, 11, 30)
        with pytest.raises(RuleError, match="草稿，不能改为已结束"):
            meetings.set_status(uow, r.meeting_id, v, "finished", now=early)
        v = meetings.set_status(uow, r.meeting_id, v, "scheduled", now=early).version
        with pytest.raises(RuleError, match="还没有开始"):
            meetings.set_status(uow, r.meeting_id, v, "finished", now=early)
        v = meetings.set_status(uow, r.meeting_id, v, "notified", now=early).version
        with pytest.raises(RuleError, match="签到时间"):
            meetings.set_status(uow, r.meeting_id, v, "in_progress", now=early)
        v = meetings.set_status(uow, r.meeting_id, v, "in_progress", now=at(2026, 12, 1, 8, 40)).version
        v = meetings.set_status(uow, r.meeting_id, v, "finished", now=at(2026, 12, 1, 11)).version
        with pytest.raises(RuleError, match="不能改为"):
            meetings.set_status(uow, r.meeting_id, v, "notified", now=at(2026, 12, 2))
        detail = meetings.get_meeting(uow, r.meeting_id)
        assert detail.status == MeetingStatus.FINISHED and detail.sequence == 4
        assert detail.participants[0].attendance == "absent"  # finalize_attendance ran
        with pytest.raises(RuleError, match="已结束"):
            meetings.add_participants(uow, r.meeting_id, v, [ids["王五"]])
        res = meetings.add_participants(uow, r.meeting_id, v, [ids["王五"]], confirm_closed=True)
        assert res.version > v
        assert any(h.action == "add" for h in meetings.history(uow, r.meeting_id))


def test_warnings_capacity_quorum_duplicates_agenda_leave(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1), kind="standing", people=("张三", "李四", "王五", "赵六"))
        assert any("超过小会议室的容量" in w for w in r.warnings)
        for name in ("李四", "王五"):
            leave.create_leave(uow, leave.LeaveInput(ids[name], "出差", meeting_id=r.meeting_id), approve=True)
        d = meetings.get_meeting(uow, r.meeting_id)
        assert any("不足半数" in w for w in d.warnings)
        assert any("已请假" in w and "李四" in w for w in d.warnings)
        res = meetings.add_participants(uow, r.meeting_id, d.version, [ids["张三"], ids["钱七"]])
        assert any("张三" in w and "重复" in w for w in res.warnings)
        long = [AgendaInput("甲", minutes=100), AgendaInput("乙", minutes=30)]
        res = meetings.update_meeting(uow, r.meeting_id, res.version, d.as_input(), agenda=long)
        assert any("超过会议时长 120 分钟" in w for w in res.warnings)


def test_copy_cancel_delete_restore_and_names(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1), people=("李四",))
        copy = meetings.copy_meeting(uow, r.meeting_id, at(2026, 12, 8, 15))
        d = meetings.get_meeting(uow, copy.meeting_id)
        assert d.status == "draft" and d.starts_at == at(2026, 12, 8, 15) and len(d.agenda) == 1
        assert [p.name for p in d.participants] == ["李四"]
        with pytest.raises(ValidationError):
            meetings.cancel_meeting(uow, r.meeting_id, r.version, " ")
        c = meetings.cancel_meeting(uow, r.meeting_id, r.version, "领导出差")
        assert meetings.get_meeting(uow, r.meeting_id).status == "cancelled"
        meetings.delete_meeting(uow, copy.meeting_id, d.version)
        assert copy.meeting_id not in [m.id for m in meetings.list_meetings(uow)]
        assert [m.id for m in meetings.list_meetings(uow, deleted=True)] == [copy.meeting_id]
        meetings.restore_meeting(uow, copy.meeting_id)
        assert len(meetings.list_meetings(uow, week="2026-W50")) == 1
        assert c.version > r.version
        match = meetings.match_names(uow, "张三、李四\n县财政局 钱七 无名氏")
        assert len(match.person_ids) == 3 and match.unknown == ("无名氏",)
        assert len(meetings.people_of_group(uow, ids["group"])) == 4


def test_actions_feedback_and_close(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 11, 1))
        a = actions.create_action(uow, r.meeting_id, actions.ActionInput("抓好预算执行", ids["unit2"], ids["钱七"],
                                                                          dt.date(2026, 11, 10)))
        rows = actions.action_rows(uow, overdue_only=True, today=dt.date(2026, 11, 20))
        assert [x.id for x in rows] == [a.id] and rows[0].state_label == "逾期"
        with pytest.raises(RuleError, match="反馈"):
            actions.close_action(uow, a.id)
        actions.add_feedback(uow, a.id, dt.date(2026, 11, 9), "已完成", "县财政局")
        done = actions.mark_done(uow, a.id)
        assert done.state_label == "已办结"
        closed = actions.close_action(uow, a.id)
        assert closed.state_label == "已销号" and closed.closed_at is not None
        assert actions.action_rows(uow, unit_id=ids["unit2"], state="closed")[0].last_feedback.endswith("已完成")
        assert {h.entity for h in meetings.history(uow, r.meeting_id)} >= {"action_item", "meeting"}


def test_checklist_tick_reorder_template(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1))
        rows = checklists.checklist(uow, r.meeting_id)
        ticked = checklists.set_done(uow, rows[0].id, True, rows[0].version, note="已报批")
        assert ticked.done and ticked.done_by == "测试员" and ticked.note == "已报批"
        moved = checklists.move_item(uow, rows[1].id, -1)
        assert moved[0].id == rows[1].id
        checklists.add_item(uow, r.meeting_id, checklists.ItemInput("after", "报送信息", 2, "days", "10:00"))
        checklists.remove_item(uow, rows[2].id)
        t = checklists.save_as_template(uow, r.meeting_id, "本单位专题会")
        assert t.key.startswith("db:") and len(t.items) == len(rows)
        r2 = new(uow, ids, at(2026, 12, 9))
        titles = [x.title for x in checklists.checklist(uow, r2.meeting_id)]
        assert "报送信息" in titles and len(titles) == len(rows)  # the office's template wins
        dash = dashboard.dashboard(uow, now=at(2026, 11, 26, 8))
        assert any(i.meeting_id == r.meeting_id for i in dash.due_items)
        whens = {i.title: i.when for i in dash.due_items if i.meeting_id == r.meeting_id}
        assert whens["议题确定：收齐会议审批呈报单和议题材料"] == "today"  # T-5d = Thu 11-26 09:00
        assert next(w for t, w in whens.items() if "印制" in t) == "tomorrow"  # T-2 workdays = Fri 11-27
        assert "拟定会议方案（名称、时间、地点、议程、参会人员、材料、会场、安全、新闻）并报批" not in whens  # done

        assert any(m.id == r.meeting_id and m.checklist_done == 1 for m in dash.upcoming)


def test_notice_generated_and_edited(database: Database) -> None:
    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 12, 1, 9, 30), people=("李四", "钱七"))
        n = notice.build_notice(uow, r.meeting_id)
        assert n.title == "关于召开财政预算专题会议的通知" and not n.edited
        text = "\n".join(n.paragraphs)
        assert "12月1日（星期二）上午9时30分" in text and "小会议室" in text and "研究预算调整" in text
        assert "出席：" in text and "联系人：孙八" in text and n.addressees
        edited = notice.notice_text(uow, r.meeting_id).replace("提前 15 分钟", "提前 30 分钟")
        v = notice.save_notice_text(uow, r.meeting_id, edited, r.version)
        n2 = notice.build_notice(uow, r.meeting_id)
        assert n2.edited and any("提前 30 分钟" in p for p in n2.paragraphs) and n2.title == n.title
        assert n2.signature == n.signature and n2.paragraphs[0] == n.paragraphs[0]
        with pytest.raises(ConflictError):
            notice.save_notice_text(uow, r.meeting_id, "x", r.version)
        assert v > r.version


def test_malformed_template_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "standing.toml").write_text('kind = "常务会议"\n\n[[items]]\ntitle = "a"\nphase = 会前\n',
                                            encoding="utf-8")
    (tmp_path / "topic.toml").write_text(
        'kind = "专题会议"\n[[items]]\nphase = "会前"\ntitle = "好"\noffset = -1\n\n'
        '[[items]]\nphase = "会前"\ntitle = "坏"\noffset = -1\nunit = "weeks"\n', encoding="utf-8")
    (tmp_path / "video.toml").write_text('kind = "视频会议"\n[[items]]\nphase = "会前"\noffset = 1\n', encoding="utf-8")
    templates, errors = checklists.load_template_files(tmp_path)
    by_file = {Path(e.path).name: e for e in errors}
    assert by_file["standing.toml"].line == 5
    assert by_file["topic.toml"].line == 7 and "weeks" in by_file["topic.toml"].message
    assert by_file["video.toml"].line == 2 and "标题" in by_file["video.toml"].message
    assert "standing.toml 第 5 行" in str(by_file["standing.toml"])
    assert templates["standing"].source == "内置" and len(templates) == 7  # the app still has every kind


def test_shipped_templates_are_valid() -> None:
    templates, errors = checklists.load_template_files()
    assert errors == ()
    assert all(t.source.endswith(".toml") for t in templates.values())


def test_cli(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from huiwu.cli import Context, cmd_meetings

    with database.uow() as uow:
        ids = seed(uow)
        r = new(uow, ids, at(2026, 11, 24))
    ctx = Context(None, database.settings)
    ctx.__dict__["db"] = database
    import argparse

    assert cmd_meetings.cmd_meetings(argparse.Namespace(week="2026-W48", json=True), ctx) == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["id"] == r.meeting_id and data[0]["status_label"] == "草稿"
    assert data[0]["starts_at"].startswith("2026-11-24T09:00:00+08:00")
    assert cmd_meetings.cmd_checklist(argparse.Namespace(meeting_id=r.meeting_id), ctx) == 0
    out = capsys.readouterr().out
    assert "会前" in out and "未完成" in out


def test_one_commit_per_use_case_and_clashes_on_create(database: Database) -> None:
    from sqlalchemy import event

    commits: list[int] = []
    event.listen(database.engine, "commit", lambda conn: commits.append(1))
    with database.uow() as uow:
        ids = seed(uow)
        first = new(uow, ids, at(2026, 12, 1), people=("张三",))
        assert first.clashes == ()
        commits.clear()
        copy = meetings.copy_meeting(uow, first.meeting_id, at(2026, 12, 1, 10))  # same room, overlapping
    assert len(commits) == 1  # 再开一次 is one use case, one transaction
    assert copy.clashes and all(c in copy.warnings for c in copy.clashes)
    assert any("小会议室" in c and "同时被" in c for c in copy.clashes)
    assert any("张三" in c for c in copy.clashes)  # the person is double-booked too
    with database.uow() as uow:
        detail = meetings.get_meeting(uow, copy.meeting_id)
        assert detail.clashes == copy.clashes
        preview = meetings.preview_warnings(uow, None, detail.as_input(), [ids["张三"]])
    assert len([c for c in preview if "小会议室" in c]) == 2  # an unsaved third one would clash with both


def test_search_treats_percent_and_underscore_as_letters(database: Database) -> None:
    """A clerk searching "100%" or "_" finds the titles holding them, not every meeting (issue 11 item 7)."""
    titles = ("完成率100%通报会", "常务会议", "A_B 项目调度会", "AB项目调度会")
    with database.uow() as uow:
        for n, title in enumerate(titles):
            meetings.create_meeting(uow, MeetingInput(title, "topic", at(2026, 12, 7 + n), at(2026, 12, 7 + n, 11)))

    def found(text: str) -> list[str]:
        with database.uow() as uow:
            return [r.title for r in meetings.list_meetings(uow, search=text)]

    assert found("%") == ["完成率100%通报会"]
    assert found("_") == ["A_B 项目调度会"]
    assert found("A_B") == ["A_B 项目调度会"]
    assert found("\\") == []
    assert found("调度") == ["A_B 项目调度会", "AB项目调度会"]
