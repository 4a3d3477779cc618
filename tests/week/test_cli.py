from __future__ import annotations

from pathlib import Path

import pytest

from huiwu.db import Database
from tests.conftest import OWN_ICS
from tests.conftest import run_cli as run
from tests.week.conftest import build_week41


def test_week_and_ics_commands(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_week41(sqlite_db)
    url = str(sqlite_db.sqlite_path())
    assert run(["--db", url, "week", "conflicts", "--week", "2026-W41"]) == 0
    out = capsys.readouterr().out
    assert "共 5 处冲突" in out and "【会议室冲突】" in out and "建议：" in out
    assert run(["--db", url, "week", "show", "--week", "2026-W41"]) == 0
    out = capsys.readouterr().out
    assert "周六 10月10日（调休上班）" in out and "借会开会" in out
    target = tmp_path / "w41.ics"
    assert run(["--db", url, "export-ics", "-o", str(target), "--week", "2026-W41", "--person", "张县长"]) == 0
    assert "已导出 2 个会议" in capsys.readouterr().out
    assert run(["--db", url, "import-ics", str(target), "--calendar", "回环"]) == 0
    assert "新增 2" in capsys.readouterr().out
    bad = OWN_ICS / "refused" / "bad_date.ics"
    assert run(["--db", url, "import-ics", str(bad), "--calendar", "坏文件"]) == 2
    assert "无法导入日历文件 bad_date.ics：第 14 行 DTSTART 的日期“20261132T090000”无法识别" in capsys.readouterr().err
    assert run(["--db", url, "week", "finalize", "--week", "2026-W41"]) == 0
    assert "已定稿" in capsys.readouterr().out
    assert run(["--db", url, "week", "finalize", "--week", "2026-W41"]) == 2
