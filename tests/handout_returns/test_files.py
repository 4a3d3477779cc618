"""Returned files: malformed ones name file, sheet, row and column and change nothing; generated tables round
trip (export → fill → import → the merged table is what was filled, per unit); LibreOffice's own writer."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from huiwu.db import Database
from huiwu.services import handout_returns as svc
from tests.handout_returns.office import deadline, fill, make_office

FILLED = [("巡山护林", "12", "10", "两处卡点人员不足"), ("检查卡点", "6", "6", "")]


@pytest.fixture
def sent(sqlite_db: Database, tmp_path: Path):  # type: ignore[no-untyped-def]
    with sqlite_db.uow() as uow:
        office = make_office(uow)
    with sqlite_db.uow() as uow:
        svc.send_tables(uow, office.handout_id, deadline())
    with sqlite_db.uow() as uow:
        (path,) = svc.export_tables(uow, office.handout_id, tmp_path / "out")
    return office, path


def _nothing_recorded(db: Database, handout_id: int) -> None:
    with db.uow() as uow:
        assert all(u.state == "pending" for t in svc.handout_returns(uow, handout_id).tables for u in t.units)


def _errors(db: Database, handout_id: int, *paths: Path) -> list[str]:
    with db.uow() as uow:
        preview = svc.preview_import(uow, handout_id, list(paths))
    with db.uow() as uow, pytest.raises(svc.TableImportError):
        svc.import_returns(uow, handout_id, list(paths))
    _nothing_recorded(db, handout_id)
    assert not preview.ok
    return [str(e) for e in preview.errors]


def test_a_changed_header_names_sheet_row_and_column(sqlite_db: Database, sent) -> None:  # type: ignore[no-untyped-def]
    office, path = sent
    fill(path, "城关镇", FILLED)
    book = load_workbook(path)
    book["河口镇"]["C4"] = "完成数"
    book.save(path)
    errors = _errors(sqlite_db, office.handout_id, path)
    assert errors == [f"{path.name}“河口镇”表第 4 行“C（已完成）”列：列名应为“已完成”，现为“完成数”。列名和列的顺序不能改动。"]


def test_a_changed_fixed_row_and_a_cell_outside_the_table(sqlite_db: Database, sent) -> None:  # type: ignore[no-untyped-def]
    office, path = sent
    fill(path, "城关镇", [("巡山", "1", "1", ""), ("检查卡点", "2", "2", "", "多写的")])
    errors = _errors(sqlite_db, office.handout_id, path)
    assert f"{path.name}“城关镇”表第 5 行“项目”列：办公室预填的“巡山护林”被改为“巡山”；预填内容不能改动，请恢复后再导入。" in errors
    assert any(e.startswith(f"{path.name}“城关镇”表第 6 行“E”列：在附表之外") for e in errors)


def test_an_unknown_unit_and_a_long_cell(sqlite_db: Database, sent) -> None:  # type: ignore[no-untyped-def]
    office, path = sent
    book = load_workbook(path)
    book["城关镇"]["A2"] = "填报单位：东坝镇"
    book["河口镇"]["D7"] = "很" * (svc.MAX_CELL + 1)
    book.save(path)
    errors = _errors(sqlite_db, office.handout_id, path)
    assert errors[0] == (f"{path.name}“城关镇”表第 2 行“填报单位”列：单位“东坝镇”不在《森林防火工作进展表》的报送单位中；"
                         "如需该单位报送，请先向它发送附表。")
    assert errors[1].startswith(f"{path.name}“河口镇”表第 7 行“存在问题”列：内容太长（501 个字")


def test_not_an_xlsx_and_a_missing_file(sqlite_db: Database, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, path = sent
    fill(path, "城关镇", FILLED)  # a good file beside them is not imported either
    fake = tmp_path / "回执.xlsx"
    fake.write_text("这不是表格", encoding="utf-8")
    errors = _errors(sqlite_db, office.handout_id, path, fake, tmp_path / "没有.xlsx")
    assert errors[0].startswith("回执.xlsx：不是有效的 .xlsx 文件")
    assert errors[1].startswith("没有.xlsx：") and "找不到文件" in errors[1]


def test_the_same_unit_twice_in_one_import(sqlite_db: Database, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, path = sent
    fill(path, "城关镇", FILLED)
    copy = shutil.copy(path, tmp_path / "copy.xlsx")
    errors = _errors(sqlite_db, office.handout_id, path, Path(copy))
    assert any("copy.xlsx“城关镇”表第 2 行“填报单位”列：城关镇的《森林防火工作进展表》在" in e for e in errors)


def test_another_handouts_table_is_refused(sqlite_db: Database, sent, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, _ = sent
    with sqlite_db.uow() as uow:
        svc.send_tables(uow, office.standalone_id, deadline())
    with sqlite_db.uow() as uow:
        (other,) = svc.export_tables(uow, office.standalone_id, tmp_path / "other")
    fill(other, "城关镇", FILLED)
    errors = _errors(sqlite_db, office.handout_id, other)
    assert "是另一份明白纸的附表" in errors[0] and "第 3 行" in errors[0]


# ---------------------------------------------------------------- generated tables

CELL = st.text(alphabet=st.sampled_from("镇乡村组户人口一二三四五六七八九十0123456789ABCxyz、，（）— "), max_size=12).map(str.strip)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]], dict[str, list[list[str]]]]:
    width = draw(st.integers(1, 5))
    columns = draw(st.lists(CELL.filter(bool), min_size=width, max_size=width, unique=True))
    fixed = draw(st.lists(st.lists(CELL, min_size=width, max_size=width), max_size=3))
    fills = {}
    for unit in draw(st.lists(st.sampled_from(["城关镇", "河口镇", "西岭乡", "应急管理局"]), unique=True, min_size=1)):
        extra = draw(st.lists(st.lists(CELL, min_size=width, max_size=width), min_size=1, max_size=4))
        # the unit fills the empty cells of the office's rows and adds rows of its own
        own = [[office or draw(CELL) for office in row] for row in fixed]
        fills[unit] = own + extra
    return columns, fixed, fills


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=tables())
def test_generated_tables_round_trip(settings_fixture, clock, tmp_path_factory, sqlite_template, case) -> None:  # type: ignore[no-untyped-def]
    from huiwu import db as dbmod

    columns, fixed, fills = case
    tmp = tmp_path_factory.mktemp("gen")
    shutil.copy(sqlite_template, tmp / "db.sqlite3")
    database = dbmod.Database(f"sqlite:///{tmp / 'db.sqlite3'}", settings_fixture, clock)
    try:
        with database.uow() as uow:
            office = make_office(uow, columns, fixed)
        with database.uow() as uow:
            svc.send_tables(uow, office.handout_id, deadline())
        with database.uow() as uow:
            (path,) = svc.export_tables(uow, office.handout_id, tmp)
        for sheet, rows in fills.items():
            fill(path, sheet, rows)
        with database.uow() as uow:
            preview = svc.preview_import(uow, office.handout_id, [path])
        expected = {s: [tuple(r) for r in rows if any(r)] for s, rows in fills.items()}
        expected = {s: rows for s, rows in expected.items() if rows != [tuple(r) for r in fixed if any(r)]}
        if not expected:
            assert not preview.ok and not preview.errors
            return
        assert preview.ok, preview.errors
        with database.uow() as uow:
            svc.import_returns(uow, office.handout_id, [path])
        with database.uow() as uow:
            (merged,) = svc.merged_tables(uow, office.handout_id)
            names = {u.name: u.short_name for u in _units(uow)}
        got: dict[str, list[tuple[str, ...]]] = {}
        for row in merged.rows:
            got.setdefault(names[row[0]], []).append(row[1:])
        assert got == expected
    finally:
        database.dispose()


def _units(uow):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from huiwu.models import Unit

    return list(uow.session.scalars(select(Unit)))


@pytest.fixture
def settings_fixture(settings):  # type: ignore[no-untyped-def]
    return settings


# ---------------------------------------------------------------- LibreOffice's own writer


def test_libreoffice_round_trip_lands_in_the_ledger(database: Database, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or ("/usr/bin/soffice" if Path("/usr/bin/soffice").exists() else None)
    if soffice is None:
        if os.environ.get("CI"):  # .ci/run installs libreoffice-calc-nogui: missing there is a broken CI
            pytest.fail("soffice (LibreOffice) is missing on CI: .ci/run installs libreoffice-calc-nogui")
        pytest.skip("soffice (LibreOffice) is not installed here: the LibreOffice round trip is skipped (CI runs it)")
    with database.uow() as uow:
        office = make_office(uow)
    with database.uow() as uow:
        svc.send_tables(uow, office.handout_id, deadline())
    with database.uow() as uow:
        files = svc.export_tables(uow, office.handout_id, tmp_path / "out", per_unit_files=True)
    (tmp_path / "filled").mkdir()
    filled = fill(files[1], "森林防火工作进展表", FILLED, out=tmp_path / "filled" / "城关镇.xlsx")
    out = tmp_path / "lo"
    profile = tmp_path / "profile"
    started = time.perf_counter()
    result = subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx",
                             "--outdir", str(out), str(filled)], capture_output=True, text=True, timeout=180, check=False)
    converted = out / filled.name
    assert converted.exists(), f"soffice did not convert ({time.perf_counter() - started:.1f} s): {result.stderr}"
    assert converted.read_bytes() != filled.read_bytes()  # written by LibreOffice, not copied
    bad = tmp_path / "bad.xlsx"  # a malformed one, through LibreOffice too: named and nothing changes
    book = load_workbook(converted)
    book.active["B4"] = "数量"  # type: ignore[index]
    book.save(bad)
    with database.uow() as uow:
        errors = svc.preview_import(uow, office.handout_id, [bad]).errors
    assert [str(e) for e in errors] == ["bad.xlsx“森林防火工作进展表”表第 4 行“B（任务数）”列：列名应为“任务数”，现为“数量”。列名和列的顺序不能改动。"]
    with database.uow() as uow:
        svc.import_returns(uow, office.handout_id, [converted])
    with database.uow() as uow:
        (table,) = svc.handout_returns(uow, office.handout_id).tables
    unit = next(u for u in table.units if u.unit_name == "城关镇")
    assert (unit.state_text, unit.rows) == ("已交", tuple(FILLED))
