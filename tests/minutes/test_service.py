"""会议纪要 (issue 14 item 1) on SQLite and PostgreSQL: the draft from the record, the 出席/请假/列席 lines
following the attendance record, numbering per kind and year, 起草 → 送审 → 已签发 → 已印发 with who and when,
revisions after 签发, a decision made a 督办 item in one step with its link back, and a 修改记录 for people."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re

import pytest
from sqlalchemy import func, select

import huiwu.models as models
from huiwu.db import Database
from huiwu.errors import ConflictError, RuleError, ValidationError
from huiwu.models import ActionItem, AuditEntry, Minutes, MinutesRevision, MinutesState
from huiwu.services import actions, attendance, audit, leave
from huiwu.services import minutes as svc
from tests.attendance.conftest import TZ, seed_office
from tests.minutes.conftest import NONVOTING, START, Standing, add_standing, finish

ISO = re.compile(r"\d{4}-\d\d-\d\dT|\+00:00|\d\d:\d\d:\d\d")


def _roster(database: Database, mid: int) -> dict[str, int]:
    with database.uow() as uow:
        return {r.name: r.participant_id for r in attendance.load_roster(uow, mid).rows}


def _save(database: Database, mid: int) -> svc.MinutesView:
    with database.uow() as uow:
        return svc.save_draft(uow, mid)


# ---------------------------------------------------------------- the draft


def test_the_draft_comes_from_the_record_and_reading_writes_nothing(database: Database,
                                                                     standing: Standing) -> None:
    with database.uow() as uow:
        v = svc.load_minutes(uow, standing.meeting_id)
        assert uow.session.scalar(select(func.count()).select_from(Minutes)) == 0
    assert not v.saved and v.version == 0 and v.state == MinutesState.DRAFT
    assert v.number_text == "〔2026〕1号" and v.title == "县政府第49次常务会议纪要"
    assert [s.heading for s in v.sections] == ["研究2027年财政预算草案", "听取教育工作情况汇报",
                                               "研究城关镇老旧小区改造事宜", svc.OTHER_HEADING]
    # each 议定事项 under its 议题: by its 议题, by naming it, and the rest under 其他事项
    assert [[d.action_item_id for d in s.decisions] for s in v.sections] == [
        [standing.action_ids[0]], [standing.action_ids[1]], [], [standing.action_ids[2]]]
    assert v.sections[0].decisions[0].ref == "纪要〔2026〕1号 一、（一）"
    assert v.sections[0].decisions[0].action_text == "督办：县财政局，2026年12月10日前，办理中"
    assert v.chair == "王县长（县长）" and v.time_text == "2026年11月17日（星期二）09:00—12:00"
    assert v.place == "行政中心五楼常务会议室11170900"
    # the meeting's day has passed: the lines are the record (nobody signed in)
    assert v.held and v.attendance.present == () and v.attendance.leave == ()
    with database.uow() as uow:
        text = svc.minutes_text(uow, standing.meeting_id)
    assert "出席：无\n请假：无" in text and "列席" not in text


def test_before_the_meeting_the_lines_show_who_is_expected(database: Database) -> None:
    office = seed_office(database, [])
    later = add_standing(database, office, start=dt.datetime(2026, 11, 30, 9, tzinfo=TZ))
    p = office.people
    with database.uow() as uow:
        leave.create_leave(uow, leave.LeaveInput(p["孙六"], "赴省开会", meeting_id=later.meeting_id,
                                                 substitute=leave.Substitute(p["周七"])), approve=True)
        leave.create_leave(uow, leave.LeaveInput(p["吴八"], "病假", meeting_id=later.meeting_id), approve=True)
        leave.create_leave(uow, leave.LeaveInput(p["张三"], "外出", meeting_id=later.meeting_id))  # not approved
    with database.uow() as uow:
        v = svc.load_minutes(uow, later.meeting_id)
    assert not v.held
    assert v.attendance.present == ("李副县", "县财政局张三", "县教育局周七（代孙六）")
    assert v.attendance.leave == ("县教育局孙六", "城关镇吴八")
    assert v.attendance.nonvoting == ("县财政局赵四", "县教育局周七")


def test_the_lines_are_the_attendance_record_and_follow_it(database: Database, standing: Standing) -> None:
    mid, p = standing.meeting_id, standing.office.people
    _save(database, mid)
    with database.uow() as uow:
        leave.create_leave(uow, leave.LeaveInput(p["孙六"], "赴省开会", meeting_id=mid,
                                                 substitute=leave.Substitute(name="王代表")), approve=True)
    with database.uow() as uow:
        leave.create_leave(uow, leave.LeaveInput(p["吴八"], "病假", meeting_id=mid), approve=True)
    rows = _roster(database, mid)
    with database.uow() as uow:
        for name in ("王县长", "李副县", "孙六", *NONVOTING):  # 孙六's seat: his 代会 signs in
            attendance.sign_in(uow, mid, rows[name], at=START - dt.timedelta(minutes=5))
    with database.uow() as uow:
        v = svc.load_minutes(uow, mid)
    assert v.saved
    assert v.attendance.present == ("李副县", "县教育局王代表（代孙六）")
    assert v.attendance.leave == ("县教育局孙六", "城关镇吴八")
    assert v.attendance.nonvoting == ("县财政局赵四", "县教育局周七")
    lines = v.attendance.text()
    assert lines == ("出席：李副县、县教育局王代表（代孙六）\n请假：县教育局孙六、城关镇吴八\n"
                     "列席：县财政局赵四、县教育局周七")
    # 张三 came late; the closed meeting has nobody else: the lines change with the record
    with database.uow() as uow:
        attendance.sign_in(uow, mid, rows["张三"], at=START + dt.timedelta(minutes=7))
    finish(database, mid)
    with database.uow() as uow:
        after = svc.load_minutes(uow, mid)
    assert after.attendance.present == ("李副县", "县财政局张三", "县教育局王代表（代孙六）")
    assert after.attendance.leave == ("县教育局孙六", "城关镇吴八")  # 缺席 is on no line


# ---------------------------------------------------------------- numbers


def test_numbers_run_per_kind_and_year_and_a_taken_one_is_refused(database: Database) -> None:
    office = seed_office(database, [])
    first = add_standing(database, office)
    second = add_standing(database, office, start=START + dt.timedelta(days=1), title="县政府第50次常务会议")
    assert _save(database, first.meeting_id).number_text == "〔2026〕1号"
    with database.uow() as uow:
        draft = svc.load_minutes(uow, second.meeting_id)
    assert draft.number == 2 and draft.title == "县政府第50次常务会议纪要"
    with database.uow() as uow, pytest.raises(ValidationError, match=r"〔2026〕1号已被《县政府第49次常务会议纪要》使用"):
        svc.save_minutes(uow, second.meeting_id, dataclasses.replace(draft.as_input(), number=1), 0)
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Minutes)) == 1  # nothing changed
        v = svc.save_minutes(uow, second.meeting_id, dataclasses.replace(draft.as_input(), number=49), 0)
    assert v.number_text == "〔2026〕49号"
    third = add_standing(database, office, start=START + dt.timedelta(days=2), title="县政府第51次常务会议")
    with database.uow() as uow:
        assert svc.load_minutes(uow, third.meeting_id).number == 50  # one past the highest


# ---------------------------------------------------------------- 起草 → 送审 → 已签发 → 已印发, revisions


def test_states_record_who_and_when_and_a_signed_text_changes_only_by_revision(
        database: Database, standing: Standing) -> None:
    mid = standing.meeting_id
    v = _save(database, mid)
    with database.uow() as uow, pytest.raises(RuleError, match="还没有结束"):
        svc.transition(uow, mid, "submit", v.version)
    finish(database, mid)
    with database.uow() as uow, pytest.raises(RuleError, match="不能签发"):
        svc.transition(uow, mid, "sign", v.version)
    with database.uow() as uow:
        v = svc.transition(uow, mid, "submit", v.version)
    with database.uow() as uow, pytest.raises(ConflictError):
        svc.transition(uow, mid, "sign", v.version - 1)
    with database.uow() as uow:
        v = svc.transition(uow, mid, "sign", v.version)
    assert v.state == MinutesState.SIGNED and v.signed_by == "王县长" and v.signed.startswith("王县长 ")
    assert v.submitted.startswith("测试员 2026-11-23 ")
    # after 签发: saving a changed text needs a reason, and keeps the text before
    edited = v.as_input()
    sections = list(edited.sections)
    sections[0] = dataclasses.replace(sections[0], body="会议原则同意预算草案。")
    edited = dataclasses.replace(edited, sections=tuple(sections))
    with database.uow() as uow, pytest.raises(ValidationError, match="修订原因"):
        svc.save_minutes(uow, mid, edited, v.version)
    with database.uow() as uow:
        revised = svc.save_minutes(uow, mid, edited, v.version, reason="主持人审阅后补充")
        stored = uow.session.scalars(select(MinutesRevision)).one()
        assert stored.reason == "主持人审阅后补充" and stored.made_by == "测试员"
        assert stored.before["sections"][0]["body"] == v.sections[0].body
    assert revised.revision == 1 and revised.version > v.version and revised.state == MinutesState.SIGNED
    assert [r.reason for r in revised.revisions] == ["主持人审阅后补充"]
    # the same text again is no change: no revision
    with database.uow() as uow:
        same = svc.save_minutes(uow, mid, edited, revised.version, reason="")
    assert same.version == revised.version and same.revision == 1
    with database.uow() as uow:
        issued = svc.transition(uow, mid, "issue", revised.version)
    assert issued.state == MinutesState.ISSUED and issued.issued_on == dt.date(2026, 11, 23)
    assert "2026年11月23日印发" in issued.as_text()


# ---------------------------------------------------------------- a decision becomes a 督办 item


def test_a_decision_becomes_a_督办_item_in_one_step_and_links_back(database: Database, standing: Standing) -> None:
    mid, u = standing.meeting_id, standing.office.units
    v = _save(database, mid)
    inputs = v.as_input()
    sections = list(inputs.sections)
    sections[2] = dataclasses.replace(sections[2], decisions=(svc.DecisionInput("由城关镇制定老旧小区改造实施方案"),))
    with database.uow() as uow:
        v = svc.save_minutes(uow, mid, dataclasses.replace(inputs, sections=tuple(sections)), v.version)
    decision = v.sections[2].decisions[0]
    assert decision.id is not None and decision.action_item_id is None
    with database.uow() as uow, pytest.raises(ValidationError, match="责任单位"):
        svc.decision_to_action(uow, mid, decision.id, svc.ToAction(None))
    with database.uow() as uow:
        before = uow.session.scalar(select(func.count()).select_from(ActionItem))
        v = svc.decision_to_action(uow, mid, decision.id,
                                   svc.ToAction(u["城关镇"], dt.date(2026, 12, 31)))
    linked = v.sections[2].decisions[0]
    assert linked.action_item_id is not None and linked.action_text == "督办：城关镇，2026年12月31日前，办理中"
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ActionItem)) == before + 1
        item = uow.session.get(ActionItem, linked.action_item_id)
        assert item is not None
        assert (item.text, item.responsible_unit_id, item.deadline, item.agenda_item_id) == (
            "由城关镇制定老旧小区改造实施方案", u["城关镇"], dt.date(2026, 12, 31), standing.agenda_ids[2])
        item_id = item.id
        row = actions.get_action(uow, item.id)
        listed = {r.id: r for r in actions.action_rows(uow, meeting_id=mid)}
    assert row.source == listed[item_id].source == "纪要〔2026〕1号 三、（一）"
    assert listed[standing.action_ids[0]].source == "纪要〔2026〕1号 一、（一）"  # attached by the draft
    with database.uow() as uow, pytest.raises(RuleError, match="已转为督办"):
        svc.decision_to_action(uow, mid, decision.id, svc.ToAction(u["城关镇"]))
    # a decision that is a 督办 item cannot silently disappear from the 纪要
    inputs = v.as_input()
    sections = list(inputs.sections)
    sections[2] = dataclasses.replace(sections[2], decisions=())
    with database.uow() as uow, pytest.raises(RuleError, match="不能从纪要中删除"):
        svc.save_minutes(uow, mid, dataclasses.replace(inputs, sections=tuple(sections)), v.version)


def test_a_long_督办_list_finds_its_纪要_links_without_binding_each_item(database: Database,
                                                                    standing: Standing) -> None:
    """The 督办 list asks for the 纪要 paragraphs of the items of its own query, not of 1,500 ids bound one by one
    (a county's ten years, 20,000 items, would pass SQLite's 32,766 parameters); the links still read true."""
    from sqlalchemy import event

    mid = standing.meeting_id
    _save(database, mid)
    with database.uow() as uow:
        uow.session.add_all(ActionItem(meeting_id=mid, text=f"第{i}项") for i in range(1500))
        uow.commit()
    bound: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        bound.append(len(parameters or ()))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        with database.uow() as uow:
            rows = actions.action_rows(uow)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert len(rows) >= 1500 and max(bound) < 20
    assert {r.id: r.source for r in rows}[standing.action_ids[0]] == "纪要〔2026〕1号 一、（一）"


def test_a_decision_moves_between_parts_and_a_part_changes_its_议题(database: Database, standing: Standing) -> None:
    """A 议定内容 moved to a later part, then back to an earlier one, keeps its id (and its 督办 link); a part
    pointed at another 议题 is saved even when its text is unchanged."""
    mid = standing.meeting_id
    v = _save(database, mid)
    first = v.sections[0].decisions[0]
    assert first.id is not None
    for frm, to in ((0, 2), (2, 0)):
        inputs = v.as_input()
        sections = list(inputs.sections)
        moved = next(d for d in sections[frm].decisions if d.id == first.id)
        sections[frm] = dataclasses.replace(sections[frm], decisions=tuple(d for d in sections[frm].decisions
                                                                            if d.id != first.id))
        sections[to] = dataclasses.replace(sections[to], decisions=(*sections[to].decisions, moved))
        with database.uow() as uow:
            v = svc.save_minutes(uow, mid, dataclasses.replace(inputs, sections=tuple(sections)), v.version)
        assert first.id in {d.id for d in v.sections[to].decisions}
        assert first.id not in {d.id for d in v.sections[frm].decisions}
    inputs = v.as_input()
    sections = list(inputs.sections)
    sections[0] = dataclasses.replace(sections[0], agenda_item_id=standing.agenda_ids[2])
    with database.uow() as uow:
        svc.save_minutes(uow, mid, dataclasses.replace(inputs, sections=tuple(sections)), v.version)
    with database.uow() as uow:
        m = uow.session.scalars(select(Minutes).where(Minutes.meeting_id == mid)).one()
        assert m.sections[0].agenda_item_id == standing.agenda_ids[2]


def test_a_decision_made_a_督办_item_from_a_stale_tab_is_refused(database: Database, standing: Standing) -> None:
    """The 纪要's version guards 转为督办 as it guards a save: a tab opened before a change sees a conflict, and
    making the item moves the version on."""
    mid, u = standing.meeting_id, standing.office.units
    v = _save(database, mid)
    inputs = v.as_input()
    sections = list(inputs.sections)
    sections[2] = dataclasses.replace(sections[2], decisions=(svc.DecisionInput("由城关镇摸清底数"),))
    with database.uow() as uow:
        v = svc.save_minutes(uow, mid, dataclasses.replace(inputs, sections=tuple(sections)), v.version)
    decision = v.sections[2].decisions[0]
    assert decision.id is not None and decision.action_item_id is None
    inputs = v.as_input()
    with database.uow() as uow:  # someone else edits the title meanwhile
        newer = svc.save_minutes(uow, mid, dataclasses.replace(inputs, title=inputs.title + "（修改）"), v.version)
    with database.uow() as uow, pytest.raises(ConflictError):
        svc.decision_to_action(uow, mid, decision.id, svc.ToAction(u["城关镇"]), v.version)
    with database.uow() as uow:
        made = svc.decision_to_action(uow, mid, decision.id, svc.ToAction(u["城关镇"]), newer.version)
    assert made.version > newer.version and made.sections[2].decisions[0].action_item_id is not None


# ---------------------------------------------------------------- the 修改记录


def test_every_record_of_the_minutes_is_for_people(database: Database, standing: Standing) -> None:
    mid, u = standing.meeting_id, standing.office.units
    v = _save(database, mid)
    inputs = v.as_input()
    with database.uow() as uow:
        v = svc.save_minutes(uow, mid, dataclasses.replace(inputs, title="县政府第49次常务会议纪要（修改）",
                                                           distribution="县委办，县人大办", number=7), v.version)
    finish(database, mid)
    for step in ("submit", "return", "submit", "sign"):
        with database.uow() as uow:
            v = svc.transition(uow, mid, step, v.version)
    inputs = v.as_input()
    sections = (dataclasses.replace(inputs.sections[0], body="会议同意。"), *inputs.sections[1:])
    with database.uow() as uow:
        v = svc.save_minutes(uow, mid, dataclasses.replace(inputs, sections=sections), v.version, reason="补充意见")
    with database.uow() as uow:
        v = svc.transition(uow, mid, "issue", v.version, issued_on=dt.date(2026, 11, 25))
    decision = v.sections[1].decisions[0]
    assert decision.id is not None and decision.action_item_id is not None
    new = dataclasses.replace(v.as_input(), sections=(*v.as_input().sections[:3], dataclasses.replace(
        v.as_input().sections[3], decisions=(*v.as_input().sections[3].decisions, svc.DecisionInput("新的决定")))))
    with database.uow() as uow:
        v = svc.save_minutes(uow, mid, new, v.version, reason="增加一条")
    added = v.sections[3].decisions[-1]
    assert added.id is not None
    with database.uow() as uow:
        svc.decision_to_action(uow, mid, added.id, svc.ToAction(u["县财政局"], dt.date(2026, 12, 1)))
    with database.uow() as uow:
        rows = [r for r in audit.meeting_history(uow, mid) if r.entity in ("minutes", "action_item")]
        keys = {k for e in uow.session.scalars(select(AuditEntry)) for k in (e.changes or {})}
    codes = sorted({m.value for obj in vars(models).values() if isinstance(obj, type)
                    and issubclass(obj, enum.StrEnum) and obj is not enum.StrEnum for m in obj}, key=len, reverse=True)
    words = [re.compile(rf"(?<![A-Za-z_]){re.escape(w)}(?![A-Za-z_])") for w in sorted(keys | set(codes), key=len,
                                                                                     reverse=True)]
    assert len(rows) >= 10
    for row in rows:
        for line in (row.summary, row.changes_text):
            assert not ISO.search(line), line
            assert not [w.pattern for w in words if w.search(line)], line
            assert "其他：" not in line, line
    text = "\n".join(r.changes_text for r in rows)
    for expected in ("纪要标题：县政府第49次常务会议纪要 → 县政府第49次常务会议纪要（修改）", "纪要编号：〔2026〕1号 → 〔2026〕7号",
                     "分送：", "状态：起草 → 送审", "状态：送审 → 起草", "状态：送审 → 已签发", "签发人：王县长",
                     "状态：已签发 → 已印发", "印发日期：2026-11-25", "修订原因：补充意见", "修改的部分：研究2027年财政预算草案",
                     "出自纪要：纪要〔2026〕7号 四、（二）", "责任单位：县财政局"):
        assert expected in text, expected
