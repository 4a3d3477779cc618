from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data")}
    return subprocess.run([sys.executable, "-m", "huiwu", *args], capture_output=True, text=True, env=env, timeout=120)


def test_demo_backup_and_db_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "office.sqlite3")
    result = run(tmp_path, "--db", db, "demo")
    assert result.returncode == 0, result.stderr
    assert "已生成演示数据" in result.stdout and "302 名人员" in result.stdout
    assert "单位名称已设为“清河县人民政府办公室”" in result.stdout  # the demo office signs its own papers
    assert '"office_name": "清河县人民政府办公室"' in (tmp_path / "cfg" / "settings.json").read_text(encoding="utf-8")
    assert run(tmp_path, "--db", db, "demo").returncode == 2  # never over existing data
    result = run(tmp_path, "--db", db, "db", "current")
    from huiwu.migrations import HEAD

    assert f"版本 {HEAD}（最新 {HEAD}）" in result.stdout
    result = run(tmp_path, "--db", db, "backup", str(tmp_path / "copy.sqlite3"))
    assert result.returncode == 0 and (tmp_path / "copy.sqlite3").stat().st_size > 100_000
    result = run(tmp_path, "backup", str(tmp_path / "again.sqlite3"), "--db", db)  # --db after the command too
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "again.sqlite3").stat().st_size > 100_000
    assert not (tmp_path / "data" / "huiwu.sqlite3").exists()  # the default database was never touched


def test_default_database_lives_in_the_data_folder(tmp_path: Path) -> None:
    result = run(tmp_path, "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "huiwu.sqlite3").exists()


def test_selftest_renders_the_window(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from ui.launcher import main; sys.exit(main(['--selftest']))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout


def test_command_table_lists_every_registered_command() -> None:
    import argparse
    import importlib

    from huiwu.cli import COMMANDS, command_modules

    for name in command_modules():
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        importlib.import_module(f"huiwu.cli.{name}").register(sub)
        for command in sub.choices:
            assert COMMANDS.get(command) == name, f"add {command!r}: {name!r} to huiwu.cli.COMMANDS"
