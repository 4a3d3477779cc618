"""huiwu handout-returns over the demo office: send, export, import (errors exit 2 and change nothing), the
ledger as text and as JSON with Chinese unescaped, the merged table, 时限节点 to 督办."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from huiwu.db import Database
from huiwu.models import Handout
from tests.conftest import run_cli
from tests.handout_returns.office import fill


def _first_handout(db: Database) -> int:
    """A copy of the demo's first 明白纸, for its meeting, not sent yet (the demo's own was sent to units)."""
    from huiwu.services.handouts import duplicate_handout

    with db.uow() as uow:
        first = uow.session.scalar(select(Handout).order_by(Handout.id))
        assert first is not None
        return duplicate_handout(uow, first.id, first.meeting_id).id


def test_send_export_import_ledger_and_merged(demo_db: Database, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", demo_db.url]
    hid = _first_handout(demo_db)
    assert run_cli([*db, "handout-returns", str(hid)]) == 0
    assert "附表尚未发送" in capsys.readouterr().out
    assert run_cli([*db, "handout-returns", str(hid), "--send", "--units", "城关镇、河口镇", "应急管理局",
                    "--deadline", "2026-11-30 17:00"]) == 0
    assert "已向 3 个单位发送 1 张附表" in capsys.readouterr().out
    assert run_cli([*db, "handout-returns", str(hid), "--export", str(tmp_path / "out")]) == 0
    (path,) = (tmp_path / "out").glob("*.xlsx")
    assert load_workbook(path).sheetnames == ["应急管理局", "城关镇", "河口镇"]
    capsys.readouterr()

    bad = tmp_path / "bad.xlsx"
    book = load_workbook(path)
    book["城关镇"]["A4"] = "单位名称"
    book.save(bad)
    assert run_cli([*db, "handout-returns", str(hid), "--import", str(bad)]) == 2
    out = capsys.readouterr().out
    assert "bad.xlsx“城关镇”表第 4 行“A（单位）”列：列名应为“单位”，现为“单位名称”" in out

    fill(path, "城关镇", [("城关镇", "8", "5", "两个村台账未建")])
    assert run_cli([*db, "handout-returns", str(hid), "--import", str(path)]) == 0
    assert "已导入：收到 1 张附表（城关镇），共 1 行" in capsys.readouterr().out

    assert run_cli([*db, "handout-returns", str(hid), "--json"]) == 0
    raw = capsys.readouterr().out
    assert "城关镇" in raw and "\\u" not in raw  # Chinese unescaped
    (table,) = json.loads(raw)["tables"]
    assert table["deadline"] == "2026-11-30T17:00:00+08:00"
    units = {u["unit"]: u for u in table["units"]}
    assert units["城关镇"]["state"] == "已交" and units["城关镇"]["rows"] == [["城关镇", "8", "5", "两个村台账未建", ""]]
    assert units["城关镇"]["returned_at"].startswith("2026-11-23T10:00")
    assert units["河口镇"] == {"unit": "河口镇", "state": "未交", "returned_at": None, "channel": "", "entered_by": "",
                             "rows": []}

    assert run_cli([*db, "handout-returns", str(hid)]) == 0
    text = capsys.readouterr().out
    assert "共 3 个单位，已交 1，未交 2" in text and "城关镇" in text

    for name in ("汇总.xlsx", "汇总.pdf"):
        assert run_cli([*db, "handout-returns", str(hid), "--merged", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "汇总.pdf").read_bytes().startswith(b"%PDF")
    assert run_cli([*db, "handout-returns", str(hid), "--merged", str(tmp_path / "x.csv")]) == 2


def test_milestones_to_actions_and_refusals(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", demo_db.url]
    hid = _first_handout(demo_db)
    assert run_cli([*db, "handout-returns", str(hid), "--to-actions"]) == 0
    assert "新建督办事项 4 项" in capsys.readouterr().out
    assert run_cli([*db, "handout-returns", str(hid), "--to-actions"]) == 0
    assert "新建督办事项 0 项，已有 4 项" in capsys.readouterr().out
    assert run_cli([*db, "handout-returns", str(hid), "--send"]) == 2
    assert "--deadline" in capsys.readouterr().err
    assert run_cli([*db, "handout-returns", str(hid), "--send", "--units", "火星镇", "--deadline", "2026-11-30"]) == 2
    assert "单位“火星镇”不在通讯录中" in capsys.readouterr().err
    assert run_cli([*db, "handout-returns", "9999"]) == 2
    assert "明白纸不存在" in capsys.readouterr().err
