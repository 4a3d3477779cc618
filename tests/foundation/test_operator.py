"""Who a record names (issue 17 item 5): the clerk's own name; the command line says it is the command line."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from huiwu.db import Database
from huiwu.models import AuditEntry
from huiwu.services.directory import UnitEdit, save_unit
from huiwu.settings import OperatorMissingError, Settings, load_settings, save_settings
from tests.conftest import run_cli


@pytest.fixture(autouse=True)
def root_account(monkeypatch: pytest.MonkeyPatch) -> None:
    """The account of the office's PC in the complaint: everything ran as "root"."""
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    monkeypatch.delenv("HUIWU_OPERATOR", raising=False)


def test_the_name_wins_then_the_environment_then_a_label(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings(operator=" 李秘书 ").operator_name() == "李秘书"
    unnamed = Settings()
    assert unnamed.operator_name() == "命令行（root）" != getpass.getuser()
    monkeypatch.setenv("HUIWU_OPERATOR", "  夜间同步  任务 ")
    assert Settings().operator_name() == "夜间同步 任务"  # a script says who it is
    assert Settings(operator="李秘书").operator_name() == "李秘书"


def test_the_window_writes_nothing_without_a_name(sqlite_db: Database) -> None:
    sqlite_db.settings.operator = ""
    sqlite_db.settings.unnamed_operator = None  # what the window's context sets
    with pytest.raises(OperatorMissingError, match="请先填写您的姓名"), sqlite_db.uow() as uow:
        save_unit(uow, UnitEdit(name="县信访局"))
        uow.commit()
    with sqlite_db.uow() as uow:
        assert uow.session.scalars(select(AuditEntry)).first() is None
    with sqlite_db.settings.writing_as("示例数据"), sqlite_db.uow() as uow:
        save_unit(uow, UnitEdit(name="县信访局"))
        uow.commit()
    assert sqlite_db.settings.unnamed_operator is None  # only within the block
    with sqlite_db.uow() as uow:
        assert [a.actor for a in uow.session.scalars(select(AuditEntry))] == ["示例数据"]


def test_who_writes_is_no_setting_of_the_pc(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    s = Settings(operator="李秘书")
    s.unnamed_operator = None
    save_settings(s, path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert "unnamed_operator" not in raw and raw["operator"] == "李秘书"
    path.write_text(json.dumps({**raw, "operator": "", "unnamed_operator": "root"}), encoding="utf-8")
    assert load_settings(path).operator_name() == "命令行（root）"


def test_a_command_names_the_command_line_not_the_account(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HUIWU_CONFIG_DIR", str(tmp_path / "cfg"))  # a PC where no clerk has given a name
    db = tmp_path / "office.sqlite3"
    assert run_cli(["--db", str(db), "demo"]) == 0
    database = Database(f"sqlite:///{db}", Settings())
    try:
        with database.uow() as uow:
            actors = set(uow.session.scalars(select(AuditEntry.actor)))
    finally:
        database.dispose()
    assert actors == {"命令行（root）"}
