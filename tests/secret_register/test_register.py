"""涉密材料 发放回收登记 (issue 14 item 3) on SQLite and PostgreSQL: numbering to the roster in 排序号 order,
the 密级 default and refusal, 发放 and 回收 (one commit each, audited), undo, codes across materials, the
checklist kept open while a copy is out, the 工作台's line, `huiwu register`, and a 修改记录 for people."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from huiwu.db import Database
from huiwu.errors import RuleError, ValidationError
from huiwu.models import AuditEntry, ChecklistItem, SecretCopy
from huiwu.rules import register as rules
from huiwu.services import attendance, audit, checklists, dashboard, meetings
from huiwu.services import secret_register as svc
from tests.conftest import PINNED_NOW, run_cli
from tests.week.factory import Office, add_meeting, at, make_office

DAY = dt.date(2026, 11, 23)  # the pinned Monday
ISO = re.compile(r"\d{4}-\d\d-\d\dT|\+00:00|\d\d:\d\d:\d\d")


@pytest.fixture
def office(database: Database) -> tuple[Office, int]:
    with database.uow() as uow:
        o = make_office(uow)
        mid = add_meeting(uow, "县政府常务会议", at(DAY, 9), at(DAY, 12), venue_id=o.venues[0], chair_id=o.people[0],
                          people=o.people[:6], host_unit_id=o.units[0], agenda=["研究预算调整方案", "其他事项"],
                          confidentiality="secret_mimi")
        m = meetings.get_meeting(uow, mid)
        meetings.update_meeting(uow, mid, m.version, meetings.MeetingInput(
            m.title, m.kind, m.starts_at, m.ends_at, venue_id=m.venue_id, host_unit_id=m.host_unit_id,
            chair_id=m.chair_id, confidentiality="secret_mimi", secrecy_term="1年"),
            agenda=[meetings.AgendaInput("研究预算调整方案", minutes=30, secrecy_level="secret_jimi", secrecy_term="5年"),
                    meetings.AgendaInput("其他事项", minutes=30)])
        checklists.add_item(uow, mid, checklists.ItemInput("during", "涉密材料随议题收回"))
    return o, mid


def _agenda_id(database: Database, mid: int, k: int = 0) -> int:
    with database.uow() as uow:
        return svc.register_view(uow, mid).agenda[k][0]


# ---------------------------------------------------------------- the rules


@given(st.integers(1, 999), st.integers(1, rules.MAX_COPY_NO))
def test_a_code_reads_back_as_it_was_written(material: int, copy_no: int) -> None:
    code = rules.copy_code(material, copy_no)
    assert rules.parse_copy_code(code) == (material, copy_no)
    assert rules.parse_copy_code(f" {rules.copy_number_text(copy_no)}\n") == (None, copy_no)
    assert len(rules.copy_number_text(copy_no)) == 6


def test_codes_typed_or_scanned() -> None:
    assert rules.parse_copy_code("２－０００００３") == (2, 3)
    assert rules.parse_copy_code("3") == (None, 3)
    copies = {(1, 3): "a", (2, 3): "b", (2, 4): "c"}
    assert rules.resolve_code("000003", copies, [2]) == "b"
    assert rules.resolve_code("1-3", copies, [2]) == "a"
    assert rules.resolve_code("4", copies, [1, 2]) == "c"
    for bad, words in (("abc", "不是份号"), ("0", "000001"), ("000009", "没有份号 000009"), ("3", "都有"),
                       ("3-000001", "第 3 号材料")):
        with pytest.raises(ValidationError, match=words):
            rules.resolve_code(bad, copies, [1, 2])


def test_only_state_secrets_are_registered() -> None:
    assert rules.material_level("", "secret_jimi", "secret_mimi") == "secret_jimi"
    assert rules.material_level("", "", "secret_juemi") == "secret_juemi"
    assert rules.material_level("secret_mimi", "", "public") == "secret_mimi"
    with pytest.raises(ValidationError, match="只有国家秘密"):
        rules.material_level("internal", "", "secret_mimi")
    with pytest.raises(ValidationError, match="不属于涉密会议"):
        rules.material_level("", "", "internal")


# ---------------------------------------------------------------- registering


def test_copies_are_numbered_to_the_roster_in_order_and_reading_writes_nothing(
        office: tuple[Office, int], database: Database) -> None:
    _o, mid = office
    with database.uow() as uow:
        roster = [r.name for r in attendance.load_roster(uow, mid).rows if r.counted]
        material = svc.add_material(uow, mid, svc.MaterialInput("预算调整方案（送审稿）", agenda_item_id=None))
    assert [c.name for c in material.copies] == roster
    assert [c.number for c in material.copies] == [f"{k:06d}" for k in range(1, len(roster) + 1)]
    assert material.level_label == "秘密" and material.mark == "秘密★1年"  # the meeting's, with its term
    with database.uow() as uow:
        before = uow.session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
        view = svc.register_view(uow, mid)
        assert uow.session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) == before
    assert view.totals == rules.Totals(6, 0, 0, 0) and view.secret


def test_a_topics_material_takes_its_level_and_recipients_can_be_anyone(
        office: tuple[Office, int], database: Database) -> None:
    o, mid = office
    item = _agenda_id(database, mid)
    with database.uow() as uow:
        m = svc.add_material(uow, mid, svc.MaterialInput("预算表", agenda_item_id=item, recipients=(
            svc.RecipientInput(o.people[3]), svc.RecipientInput(None, "县审计局列席同志", "县审计局")), copies=3))
    assert m.mark == "机密★5年" and m.agenda_title == "研究预算调整方案"
    assert [(c.name, c.unit) for c in m.copies] == [("赵局长", "县发展和改革局"), ("县审计局列席同志", "县审计局"), ("", "")]
    with database.uow() as uow, pytest.raises(ValidationError, match="只有国家秘密"):
        svc.add_material(uow, mid, svc.MaterialInput("内部材料", secrecy_level="internal"))
    with database.uow() as uow:  # a 内部 meeting's material without a level: refused, nothing written
        plain = add_meeting(uow, "内部会议", at(DAY, 15), at(DAY, 16), people=o.people[:2], confidentiality="internal")
        with pytest.raises(ValidationError, match="请选择它的密级"):
            svc.add_material(uow, plain, svc.MaterialInput("会议材料"))
        assert svc.register_view(uow, plain).materials == ()


# ---------------------------------------------------------------- 发放, 回收, the checklist


def _issued(database: Database, mid: int) -> svc.MaterialRow:
    with database.uow() as uow:
        m = svc.add_material(uow, mid, svc.MaterialInput("预算调整方案"))
    with database.uow() as uow:
        assert svc.issue_copies(uow, mid, material_id=m.id) == 6
    with database.uow() as uow:
        return next(x for x in svc.register_view(uow, mid).materials if x.id == m.id)


def test_return_by_code_ticks_back_once_and_keeps_the_checklist_open_until_all_are_back(
        office: tuple[Office, int], database: Database, clock) -> None:  # type: ignore[no-untyped-def]
    _o, mid = office
    with database.uow() as uow:
        item = next(r for r in checklists.checklist(uow, mid) if r.title == "涉密材料随议题收回")
    material = _issued(database, mid)
    assert all(c.issued_by == "测试员" and c.out for c in material.copies)
    clock.advance(dt.timedelta(minutes=40))
    with database.uow() as uow:
        result = svc.return_copy(uow, mid, "000002")
    assert result.copy.name == material.copies[1].name and result.view.totals.out == 5
    assert result.text.startswith("000002") is False and "已收回" in result.text
    with database.uow() as uow, pytest.raises(RuleError, match=r"已于 .* 收回"):
        svc.return_copy(uow, mid, "2")
    with database.uow() as uow, pytest.raises(ValidationError, match="没有份号 000099"):
        svc.return_copy(uow, mid, "000099")
    with database.uow() as uow, pytest.raises(RuleError, match=r"还有 5 份涉密材料未收回：000001 张县长"):
        checklists.set_done(uow, item.id, True)
    with database.uow() as uow:
        row = next(r for r in checklists.checklist(uow, mid) if r.id == item.id)
    assert row.state_label == "待收回" and "000001 张县长" in row.blocked and not row.done
    for c in material.copies:
        if c.copy_no != 2:
            with database.uow() as uow:
                svc.return_copy(uow, mid, c.number)
    with database.uow() as uow:
        assert checklists.set_done(uow, item.id, True).done
    with database.uow() as uow:  # a mistaken 回收 undone: the copy is out and the item open again
        back = svc.register_view(uow, mid).materials[0].copies[3]
        undone = svc.undo_return(uow, back.id, back.version)
    assert undone.out and undone.returned_at is None
    with database.uow() as uow:
        row = next(r for r in checklists.checklist(uow, mid) if r.id == item.id)
    assert not row.done and row.state_label == "待收回"


def test_a_bare_number_is_refused_when_several_materials_are_out(office: tuple[Office, int],
                                                                 database: Database) -> None:
    _o, mid = office
    first = _issued(database, mid)
    second = _issued(database, mid)
    with database.uow() as uow, pytest.raises(ValidationError, match="在 2 份材料中都有"):
        svc.return_copy(uow, mid, "000003")
    with database.uow() as uow:
        assert svc.return_copy(uow, mid, "000003", second.id).copy.material_id == second.id
    with database.uow() as uow:
        assert svc.return_copy(uow, mid, "1-000003").copy.material_id == first.id
    with database.uow() as uow:
        state = {(c.material_id, c.copy_no): c.out for c in svc.register_view(uow, mid).copies}
    assert not state[(first.id, 3)] and not state[(second.id, 3)] and state[(first.id, 4)]


def test_issuing_reopens_a_ticked_item_and_the_dashboard_lists_copies_out_after_the_topic(
        office: tuple[Office, int], database: Database, clock) -> None:  # type: ignore[no-untyped-def]
    _o, mid = office
    with database.uow() as uow:
        item = next(r for r in checklists.checklist(uow, mid) if r.title == "涉密材料随议题收回")
        checklists.set_done(uow, item.id, True)
    item_id = _agenda_id(database, mid)
    with database.uow() as uow:
        m = svc.add_material(uow, mid, svc.MaterialInput("预算表", agenda_item_id=item_id))
        svc.issue_copies(uow, mid, material_id=m.id)
    with database.uow() as uow:
        assert uow.session.get(ChecklistItem, item.id).done is False  # type: ignore[union-attr]
        # 10:00: the first 议题 ended at 09:30 by the 日程 (the meeting runs to 12:00): its copies are overdue
        overdue = svc.overdue_copies(uow)
        lines = [r for r in dashboard.dashboard(uow).reminders if r.kind_label == "涉密材料未收回"]
        early = svc.overdue_copies(uow, PINNED_NOW - dt.timedelta(minutes=31))  # 09:29: still being discussed
    assert PINNED_NOW.hour == 10 and early == []
    assert overdue[0].due.hour == 9 and overdue[0].due.minute == 30
    assert len(lines) == 1 and lines[0].meeting_id == mid and "000001 张县长" in lines[0].text


def test_a_copy_given_to_someone_else_and_a_material_removed_only_before_hand_out(
        office: tuple[Office, int], database: Database) -> None:
    _o, mid = office
    with database.uow() as uow:
        m = svc.add_material(uow, mid, svc.MaterialInput("会议议程", copies=2, recipients=()))
        assert [c.name for c in m.copies] == ["", ""]
        with pytest.raises(ValidationError, match="还没有指定领取人"):
            svc.issue_copies(uow, mid, [m.copies[0].id])
        c = svc.set_recipient(uow, m.copies[0].id, m.copies[0].version, svc.RecipientInput(None, "代会同志", "县财政局"))
        assert c.recipient == "代会同志（县财政局）"
    with database.uow() as uow:
        svc.remove_material(uow, m.id, m.version)
        assert svc.register_view(uow, mid).materials == ()
    material = _issued(database, mid)
    with database.uow() as uow, pytest.raises(RuleError, match="已发放 6 份"):
        svc.remove_material(uow, material.id, material.version)


# ---------------------------------------------------------------- the record, the CLI


def test_the_record_is_for_people(office: tuple[Office, int], database: Database) -> None:
    _o, mid = office
    material = _issued(database, mid)
    with database.uow() as uow:
        svc.return_copy(uow, mid, "000001")
    with database.uow() as uow:
        svc.undo_return(uow, material.copies[0].id)
    with database.uow() as uow:
        svc.set_recipient(uow, material.copies[1].id, None, svc.RecipientInput(None, "王五", "县审计局"))
        svc.update_material(uow, material.id, material.version, "预算调整方案（修订）", _agenda_id(database, mid), "", "")
    with database.uow() as uow:
        rows = [r for r in audit.meeting_history(uow, mid) if r.entity.startswith("secret")]
        keys = {k for e in uow.session.scalars(select(AuditEntry)) for k in (e.changes or {})}
    assert len(rows) >= 6
    internal = [re.compile(rf"(?<![A-Za-z_]){re.escape(k)}(?![A-Za-z_])") for k in keys]
    for r in rows:
        for line in (r.summary, r.changes_text):
            assert not ISO.search(line), line
            assert not [p.pattern for p in internal if p.search(line)], line
            assert "其他：" not in line and "secret_" not in line, line
    text = "\n".join(r.changes_text for r in rows)
    for expected in ("材料名称：预算调整方案", "密级：秘密", "领取时间：2026-11-23 10:00", "退回时间：2026-11-23 10:00",
                     "回收经办人：测试员", "领取人：", "议题：研究预算调整方案", "密级：秘密 → 机密"):
        assert expected in text, expected


def test_cli_lists_the_register_and_returns_by_code(office: tuple[Office, int], database: Database,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    _o, mid = office
    _issued(database, mid)
    url = database.url
    assert run_cli(["--db", url, "register", "return", str(mid), "000001", "000002", "000099"]) == 2
    out = capsys.readouterr()
    assert "000001　张县长（县政府办公室）　已收回" in out.out and "没有份号 000099" in out.err
    assert run_cli(["--db", url, "register", str(mid), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["totals"] == {"registered": 6, "issued": 6, "returned": 2, "out": 4}
    assert [c["number"] for c in data["out"]] == ["000003", "000004", "000005", "000006"]
    with database.uow() as uow:
        assert uow.session.scalar(select(SecretCopy.returned_to).where(SecretCopy.copy_no == 1)).startswith("命令行")
