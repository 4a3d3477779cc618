"""xlsx roster import: row-level errors, nothing written unless the whole file validates, round trip."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from huiwu.db import Database
from huiwu.services import directory as svc
from huiwu.services.roster import PEOPLE_COLUMNS, RosterError, export_roster, import_roster, preview_roster

HEADER = list(PEOPLE_COLUMNS)


def write_book(path: Path, people: list[list[object]], units: list[list[object]] | None = None,
               header: list[str] | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    if units is not None:
        sheet.title = "单位"
        sheet.append(["单位名称", "简称", "类别", "排序号"])
        for row in units:
            sheet.append(row)
        sheet = book.create_sheet("人员")
    else:
        sheet.title = "人员"
    sheet.append(header or HEADER)
    for row in people:
        sheet.append(row)
    book.save(path)
    return path


def snapshot(database: Database) -> tuple[object, ...]:
    with database.uow() as uow:
        return tuple(svc.list_units(uow)), tuple(svc.list_people(uow))


@pytest.fixture
def office(database: Database) -> Database:
    with database.uow() as uow:
        svc.save_unit(uow, svc.UnitEdit("县财政局", sort_order=2))
    return database


def test_good_file_previews_then_imports(office: Database, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "ok.xlsx",
        [["县财政局", "张三", "局长", 1, "13800000000", "是", "是", ""],
         [],  # an empty row in the middle is not an error
         ["城关镇", "单雄信", "镇长", 1, "", "是", "", "张三"]],
        units=[["县财政局", "财政局", "县直部门", 2], ["城关镇", "", "乡镇", 20]],
    )
    with office.uow() as uow:
        preview = preview_roster(uow, path)
    assert preview.ok, preview.errors
    assert preview.units_added == ("城关镇",)
    assert preview.people_added == ("县财政局 张三", "城关镇 单雄信")
    assert snapshot(office)[1] == ()  # the preview wrote nothing
    with office.uow() as uow:
        import_roster(uow, path)
    with office.uow() as uow:
        people = {p.name: p for p in svc.list_people(uow)}
    assert people["单雄信"].supervisor_name == "张三"
    assert people["单雄信"].pinyin_initials == "sxx"
    assert people["张三"].is_leader and people["张三"].phone == "13800000000"


def test_errors_name_sheet_row_and_column_and_change_nothing(office: Database, tmp_path: Path) -> None:
    path = write_book(
        tmp_path / "bad.xlsx",
        [["县财政局", "张三", "局长", 1, "", "是", "是", ""],
         ["县不存在局", "李四", "科员", 2, "", "", "", ""],
         ["县财政局", "张三", "副局长", 2, "", "", "", ""],
         ["县财政局", "", "科员", "第三", "", "也许", "", ""],
         ["县财政局", "王五", "科员", 3, "", "", "", "不存在的人"]],
    )
    before = snapshot(office)
    with office.uow() as uow:
        preview = preview_roster(uow, path)
    messages = [str(e) for e in preview.errors]
    assert not preview.ok
    assert "“人员”表第 3 行“单位”列：单位“县不存在局”不在通讯录中" in messages[0]
    assert any("第 4 行“姓名”列" in m and "与第 2 行重复" in m for m in messages)
    assert any("第 5 行“姓名”列：姓名为空" in m for m in messages)
    assert any("第 5 行“排序号”列：“第三”不是数字" in m for m in messages)
    assert any("第 5 行“是否领导”列" in m for m in messages)
    assert any("第 6 行“分管领导”列" in m for m in messages)
    assert preview.rows_rejected == 4
    with office.uow() as uow, pytest.raises(RosterError, match="未导入任何数据"):
        import_roster(uow, path)
    assert snapshot(office) == before


def test_wrong_headers_are_named(office: Database, tmp_path: Path) -> None:
    path = write_book(tmp_path / "hdr.xlsx", [["县财政局", "张三"]], header=["部门", "名字"])
    with office.uow() as uow, pytest.raises(RosterError, match="缺少列：单位、姓名"):
        preview_roster(uow, path)


def test_not_an_xlsx_file(office: Database, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with office.uow() as uow, pytest.raises(RosterError, match=r"不是有效的 \.xlsx 文件"):
        preview_roster(uow, path)


@pytest.mark.slow
def test_a_20_mb_file_gives_row_errors_and_changes_nothing(sqlite_db: Database, tmp_path: Path) -> None:
    """A huge export of the wrong thing: refused with a row-level message, nothing written."""
    office = sqlite_db
    with office.uow() as uow:
        svc.save_unit(uow, svc.UnitEdit("县财政局", sort_order=2))
    path = tmp_path / "huge.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet("人员")
    sheet.append(HEADER)
    for i in range(26000):  # random text does not compress, so the file really is ~20 MB
        sheet.append(["县财政局", f"人员{i}", os.urandom(700).hex(), i, "", "否", "是", ""])
    book.save(path)
    assert path.stat().st_size > 20 * 1024 * 1024
    before = snapshot(office)
    with office.uow() as uow:
        preview = preview_roster(uow, path)
    assert not preview.ok
    assert any("超过 20000 行" in str(e) for e in preview.errors)
    assert snapshot(office) == before


def test_export_then_import_round_trips(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    with demo_db.uow() as uow:
        count = export_roster(uow, path)
    assert count >= 300
    before = snapshot(demo_db)
    with demo_db.uow() as uow:
        preview = preview_roster(uow, path)
    assert preview.ok and preview.people_unchanged == count
    assert not preview.people_added and not preview.people_updated and not preview.units_updated
    with demo_db.uow() as uow:
        import_roster(uow, path)
    after = snapshot(demo_db)
    strip = lambda rows: [(r.name, getattr(r, "unit_name", ""), getattr(r, "title", ""), r.sort_order) for r in rows]  # noqa: E731
    assert strip(after[1]) == strip(before[1])


def test_cli_import_roster_names_the_row_and_changes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "cli.sqlite3"
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg")}
    run = lambda *a: subprocess.run([sys.executable, "-m", "huiwu", "--db", str(db_path), *a],  # noqa: E731
                                    capture_output=True, text=True, env=env, timeout=120)
    bad = write_book(tmp_path / "bad.xlsx", [["县不存在局", "李四", "科员", 1, "", "", "", ""]])
    result = run("import-roster", str(bad))
    assert result.returncode == 2
    assert "第 2 行“单位”列" in result.stdout and "未导入任何数据" in result.stdout
    result = run("export-roster", str(tmp_path / "empty.xlsx"))
    assert result.returncode == 0 and "已导出 0 名人员" in result.stdout


def test_a_phone_that_is_no_phone_is_a_row_error(office: Database, tmp_path: Path) -> None:
    path = write_book(tmp_path / "phones.xlsx",
                      [["县财政局", "张三", "局长", 1, "0316-1234567、138 0000 1234", "是", "是", ""],
                       ["县财政局", "李四", "科员", 2, "abc", "", "", ""]])
    with office.uow() as uow:
        preview = preview_roster(uow, path)
    messages = [str(e) for e in preview.errors]
    assert len(messages) == 1 and "第 3 行“联系电话”列：电话“abc”不是有效的电话号码" in messages[0]
