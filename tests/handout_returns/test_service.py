"""明白纸 tables out and back on SQLite and PostgreSQL: send, export, fill, import, ledger, merged, 督办."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.errors import RuleError, ValidationError
from huiwu.models import ActionItem, AuditEntry, ReturnItem
from huiwu.services import handout_returns as svc
from huiwu.services.actions import action_rows
from huiwu.services.returns import missing_returns
from tests.handout_returns.office import SH, deadline, fill, make_office

FILLED = [("巡山护林", "12", "10", "两处卡点人员不足"), ("检查卡点", "6", "6", ""), ("宣传入户", "300", "280", "")]


def _sent(database: Database, tmp_path: Path, per_unit: bool = False):  # type: ignore[no-untyped-def]
    with database.uow() as uow:
        office = make_office(uow)
    with database.uow() as uow:
        sent = svc.send_tables(uow, office.handout_id, deadline())
    with database.uow() as uow:
        files = svc.export_tables(uow, office.handout_id, tmp_path / "out", per_unit_files=per_unit)
    return office, sent, files


def _state(database: Database, handout_id: int) -> list[tuple[str, str, int]]:
    with database.uow() as uow:
        ledger = svc.handout_returns(uow, handout_id)
    return [(u.unit_name, u.state_text, len(u.rows)) for t in ledger.tables for u in t.units]


def test_send_goes_to_the_meetings_invitee_units_and_a_standalone_one_to_every_township(database: Database) -> None:
    with database.uow() as uow:
        office = make_office(uow)
        # the 县领导 and the staff's unit do not fill in tables; the department and the 乡镇 do
        assert svc.default_unit_ids(uow, office.handout_id) == [office.units[n] for n in
                                                                 ("县应急管理局", "城关镇", "河口镇", "西岭乡")]
        assert svc.default_unit_ids(uow, office.standalone_id) == [office.units[n] for n in ("城关镇", "河口镇", "西岭乡")]
    with database.uow() as uow:
        sent = svc.send_tables(uow, office.handout_id, deadline())
        assert (sent.tables, sent.units, sent.added) == (1, 4, 4)
    with database.uow() as uow:  # again, with one more unit and a later deadline: the same request grows
        again = svc.send_tables(uow, office.handout_id, deadline(30, 18),
                                [office.units["城关镇"], office.units["县政府办公室"]])
        assert again.request_ids == sent.request_ids and again.added == 1
    with database.uow() as uow:
        ledger = svc.handout_returns(uow, office.handout_id)
        (table,) = ledger.tables
        assert table.deadline == deadline(30, 18)
        assert [u.unit_name for u in table.units] == ["县应急管理局", "城关镇", "河口镇", "西岭乡", "县政府办公室"]
        assert {u.state_text for u in table.units} == {"未交"}
        choices = {c.name: c for c in svc.recipient_choices(uow, office.handout_id)}
        assert choices["城关镇"].sent and not choices["县政府领导"].chosen


def test_export_one_sheet_per_unit_import_and_ledger(database: Database, tmp_path: Path) -> None:
    office, _, files = _sent(database, tmp_path)
    (path,) = files
    book = load_workbook(path)
    assert book.sheetnames == ["应急管理局", "城关镇", "河口镇", "西岭乡"]  # the units' short names
    ws = book["城关镇"]
    assert ws["A2"].value == "填报单位：城关镇" and "表格编号：HW" in ws["A3"].value
    assert [c.value for c in ws[svc.HEADER_ROW]] == ["项目", "任务数", "已完成", "存在问题"]
    assert ws.cell(row=svc.FIRST_DATA_ROW, column=1).value == "巡山护林"  # the office's rows, pre-filled
    fill(path, "城关镇", FILLED)
    with database.uow() as uow:
        preview = svc.preview_import(uow, office.handout_id, [path])
    assert preview.ok and [r.unit_name for r in preview.returns] == ["城关镇"] and len(preview.skipped) == 3
    assert _state(database, office.handout_id)[1] == ("城关镇", "未交", 0)  # the preview wrote nothing
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [path])
    with database.uow() as uow:
        (table,) = svc.handout_returns(uow, office.handout_id).tables
        unit = table.units[1]
        assert (unit.unit_name, unit.state_text, unit.channel, unit.entered_by) == ("城关镇", "已交", "表格导入", "测试员")
        assert unit.rows == tuple(FILLED) and unit.returned_at is not None
        assert unit.returned_at.tzinfo is not None and table.counts.returned == 1
        assert uow.session.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.entity == "return_item")) == 1
        merged = svc.merged_tables(uow, office.handout_id)[0]
        assert merged.columns == ("填报单位", "项目", "任务数", "已完成", "存在问题")
        assert merged.rows == tuple(("城关镇", *r) for r in FILLED)
        assert merged.missing == ("县应急管理局", "河口镇", "西岭乡")


def test_per_unit_files_and_a_second_return_replaces_the_first(database: Database, tmp_path: Path) -> None:
    office, _, files = _sent(database, tmp_path, per_unit=True)
    assert [f.name for f in files] == [f"森林防火工作明白纸-{n}.xlsx" for n in ("应急管理局", "城关镇", "河口镇", "西岭乡")]
    path = files[2]
    sheet = load_workbook(path).sheetnames[0]
    assert sheet == "森林防火工作进展表"  # one sheet per table, the unit in its header cell
    fill(path, sheet, FILLED[:1])
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [path])
    fill(path, sheet, FILLED)
    with database.uow() as uow:
        preview = svc.import_returns(uow, office.handout_id, [path])
    assert preview.returns[0].replaces and "替换" in preview.summary()
    assert _state(database, office.handout_id)[2] == ("河口镇", "已交", 3)


def test_overdue_after_the_deadline_by_the_one_rule(database: Database, tmp_path: Path) -> None:
    office, _, _ = _sent(database, tmp_path)
    database.clock.set(deadline() + dt.timedelta(minutes=1))  # type: ignore[attr-defined]
    assert {s for _, s, _ in _state(database, office.handout_id)} == {"逾期"}
    with database.uow() as uow:
        (missing,) = missing_returns(uow)
        assert missing.overdue and missing.handout_id == office.handout_id and len(missing.missing) == 4
        assert svc.handout_returns(uow, office.handout_id).tables[0].counts.overdue == 4


def test_merged_xlsx_and_pdf(database: Database, tmp_path: Path) -> None:
    office, _, (path,) = _sent(database, tmp_path)
    fill(path, "西岭乡", FILLED)
    fill(path, "应急管理局", FILLED[:2])
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [path])
    with database.uow() as uow:
        xlsx = svc.export_merged_xlsx(uow, office.handout_id, tmp_path / "汇总.xlsx")
        pdf = svc.merged_pdf(uow, office.handout_id)
    rows = list(load_workbook(xlsx).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[1] == ("填报单位", "项目", "任务数", "已完成", "存在问题")
    assert [r[0] for r in rows[2:7]] == ["县应急管理局", "县应急管理局", "西岭乡", "西岭乡", "西岭乡"]
    (tmp_path / "m.pdf").write_bytes(pdf)
    reader = PdfReader(tmp_path / "m.pdf")
    text = "".join(p.extract_text() for p in reader.pages)
    assert "附表汇总" in text and "两处卡点人员不足" in text and "未交：城关镇、河口镇" in text
    for page in reader.pages:  # every font embedded
        for font in page["/Resources"]["/Font"].values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font.get_object() else font.get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_milestones_become_actions_once(database: Database) -> None:
    with database.uow() as uow:
        office = make_office(uow)
    with database.uow() as uow:
        result = svc.milestones_to_actions(uow, office.handout_id)
    assert len(result.created) == 2 and result.unresolved == ("各乡镇",)  # the one without an owner is not tracked
    with database.uow() as uow:
        again = svc.milestones_to_actions(uow, office.handout_id)
        assert (again.created, again.existing) == ((), 2)
        rows = svc.milestone_actions(uow, office.handout_id)
        assert [(r.unit_name, r.deadline) for r in rows] == [("县应急管理局", dt.date(2026, 11, 27)),
                                                             ("", dt.date(2026, 12, 4))]
        assert rows[0].text.startswith("制定实施方案") and "责任：各乡镇" in rows[1].text
        # the 工作台's list before they fall due: within 7 days of the pinned Monday, not yet overdue
        assert [r.id for r in svc.milestones_due(uow)] == [rows[0].id]
        assert [r.id for r in action_rows(uow, overdue_only=True)] == []
    with database.uow() as uow:  # re-saving the handout gives the milestones new ids: found again, not doubled
        from huiwu.services.handouts import get_handout, save_handout

        detail = get_handout(uow, office.handout_id)
        save_handout(uow, detail.edit, detail.id, detail.version)
    with database.uow() as uow:
        assert svc.milestones_to_actions(uow, office.handout_id).created == ()
        assert uow.session.scalar(select(func.count(ActionItem.id))) == 2


def test_a_handout_without_a_meeting_cannot_make_actions(database: Database) -> None:
    with database.uow() as uow:
        office = make_office(uow)
    with database.uow() as uow, pytest.raises(RuleError, match="没有关联会议，无法生成督办事项"):
        svc.milestones_to_actions(uow, office.standalone_id)


def test_deadline_words() -> None:
    assert svc.parse_deadline("2026-11-30", SH) == deadline()
    assert svc.parse_deadline("2026年11月30日 09:30", SH) == dt.datetime(2026, 11, 30, 9, 30, tzinfo=SH)
    with pytest.raises(ValidationError, match="无法识别"):
        svc.parse_deadline("下周一", SH)


def test_not_sent_is_refused_in_words(database: Database, tmp_path: Path) -> None:
    with database.uow() as uow:
        office = make_office(uow)
    with database.uow() as uow, pytest.raises(RuleError, match="尚未发送"):
        svc.export_tables(uow, office.handout_id, tmp_path)
    book = Workbook()
    book.save(tmp_path / "x.xlsx")
    with database.uow() as uow, pytest.raises(RuleError, match="尚未发送"):
        svc.preview_import(uow, office.handout_id, [tmp_path / "x.xlsx"])
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count(ReturnItem.id))) == 0


def test_resaving_a_sent_handout_keeps_what_came_back(database: Database, tmp_path: Path) -> None:
    office, _, (path,) = _sent(database, tmp_path)
    fill(path, "城关镇", FILLED)
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [path])
    with database.uow() as uow:
        from huiwu.services.handouts import get_handout, save_handout

        detail = get_handout(uow, office.handout_id)
        save_handout(uow, detail.edit, detail.id, detail.version)
    assert ("城关镇", "已交", 3) in _state(database, office.handout_id)


def test_a_returned_table_keeps_its_header_and_cannot_be_removed(database: Database, tmp_path: Path) -> None:
    import dataclasses

    from huiwu.errors import RuleError
    from huiwu.services.handouts import get_handout, save_handout

    office, _, (path,) = _sent(database, tmp_path)
    fill(path, "城关镇", FILLED)
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [path])
    with database.uow() as uow:
        detail = get_handout(uow, office.handout_id)
        table = detail.edit.tables[0]
        renamed = dataclasses.replace(detail.edit, tables=(dataclasses.replace(table, columns=(*table.columns, "备注2")),))
        with pytest.raises(RuleError, match="不能再改表头"):
            save_handout(uow, renamed, detail.id, detail.version)
    with database.uow() as uow:
        detail = get_handout(uow, office.handout_id)
        with pytest.raises(RuleError, match="不能删除"):
            save_handout(uow, dataclasses.replace(detail.edit, tables=()), detail.id, detail.version)
    assert ("城关镇", "已交", 3) in _state(database, office.handout_id)


def test_adding_and_removing_other_tables_leaves_a_returned_one_as_it_was(database: Database, tmp_path: Path) -> None:
    """Tables are matched by id, not by position: a new table put before a returned one, then removed, never
    gives the returned table another's title or header, nor moves what units sent back."""
    import dataclasses

    from huiwu.models import HandoutTable, ReturnRequest
    from huiwu.services.handouts import TableEdit, get_handout, save_handout

    office, _, (path,) = _sent(database, tmp_path)
    fill(path, "城关镇", FILLED)
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [path])
    with database.uow() as uow:
        detail = get_handout(uow, office.handout_id)
        returned = detail.edit.tables[0]
        extra = TableEdit("新增统计表", ("单位", "数量"), (("", ""),))
        save_handout(uow, dataclasses.replace(detail.edit, tables=(extra, returned)), detail.id, detail.version)
    with database.uow() as uow:
        detail = get_handout(uow, office.handout_id)
        assert [t.title for t in detail.edit.tables] == ["新增统计表", returned.title]
        assert detail.edit.tables[1].id == returned.id and detail.edit.tables[1].columns == returned.columns
        save_handout(uow, dataclasses.replace(detail.edit, tables=(detail.edit.tables[1],)), detail.id, detail.version)
    with database.uow() as uow:
        tables = uow.session.scalars(select(HandoutTable).where(HandoutTable.handout_id == office.handout_id)).all()
        assert [(t.id, t.title) for t in tables] == [(returned.id, returned.title)]
        assert uow.session.scalar(select(ReturnRequest.handout_table_id).where(
            ReturnRequest.handout_id == office.handout_id)) == returned.id
    assert ("城关镇", "已交", 3) in _state(database, office.handout_id)
