"""Issue 11 items 4 and 6: a database that cannot be used is a sentence; a migration never destroys unasked.

Bad and unreachable addresses, an unknown schema revision, a locked file; downgrades that ask first and
back up on both engines (the app's own dump where pg_dump is absent, restored by ``huiwu db restore``);
the first schema creation in one transaction, checked by killing the process while it runs.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, text

from huiwu import db as dbmod
from huiwu import dump
from huiwu.demo import create_demo
from huiwu.errors import DatabaseError
from huiwu.files import DiskFullError
from huiwu.migrations import HEAD
from huiwu.models import Meeting, Person, Unit
from tests.conftest import PostgresServer, _pg_bin, run_cli
from tests.reliability.conftest import size
from tests.reliability.hostile import fingerprint

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("address", "says"), [
    ("postgresql://huiwu@127.0.0.1:1/huiwu", "无法连接数据库 postgresql+psycopg://huiwu@127.0.0.1:1/huiwu"),
    ("postgresql://huiwu:s3cret@no-such-host.invalid/huiwu", "无法连接数据库"),
    ("postgresql://huiwu:s3cret@server:port/huiwu", "格式不正确"),
    ("postgresql://a:b@[::1/x", "格式不正确"),
    ("mysql://a@b/c", "不支持 mysql 数据库"),
    ("postgresql+nosuchdriver://a@b/c", "无法使用"),
])
def test_a_database_address_that_cannot_work_is_a_sentence(
    address: str, says: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HUIWU_DEBUG")  # as the clerk runs it
    assert run_cli(["--db", address, "meetings"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and says in err, err
    assert "Traceback" not in err and "s3cret" not in err and "sqlalche.me" not in err
    assert len(err.splitlines()) == 1


def test_an_unknown_schema_revision_is_a_sentence_and_nothing_changes(
    sqlite_db: dbmod.Database, capsys: pytest.CaptureFixture[str]
) -> None:
    path = sqlite_db.sqlite_path()
    assert path is not None
    sqlite_db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9f3e1c'")
    before = path.read_bytes()
    assert run_cli(["--db", str(path), "meetings"]) == 2
    err = capsys.readouterr().err
    assert "结构版本“9f3e1c”不是本程序认识的版本" in err and "数据库没有被改动" in err
    assert path.read_bytes() == before and not (path.parent / "backups").exists()


def test_a_locked_database_is_a_sentence(sqlite_db: dbmod.Database) -> None:
    path = sqlite_db.sqlite_path()
    holder = sqlite3.connect(path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="数据库正忙"), sqlite_db.uow() as uow:
            uow.session.execute(text("PRAGMA busy_timeout=100"))  # a short wait instead of the app's 5 s
            uow.session.add(Unit(name="县财政局"))
            uow.commit()
    finally:
        holder.rollback()
        holder.close()


def _counts(database: dbmod.Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in names}


def test_downgrade_asks_first_then_backs_up_and_the_backup_restores(
    database: dbmod.Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`huiwu db downgrade base` on the demo office: refused without --yes; with it, a backup first, which
    `huiwu db restore` puts back whole into an empty database (PostgreSQL: the app's dump, no pg_dump)."""
    monkeypatch.setattr(dbmod.shutil, "which", lambda name: None)  # an office PC: no PostgreSQL client tools
    with database.uow() as uow:
        create_demo(uow)
        first, last = (uow.session.scalar(select(f(Person.id))) for f in (func.min, func.max))
        uow.session.get(Person, first).supervisor_id = last  # rows pointing at later rows of their own table
        early, late = (uow.session.scalar(select(f(Meeting.id))) for f in (func.min, func.max))
        uow.session.get(Meeting, early).merged_into_id = late
        uow.commit()
    before, prints = _counts(database), fingerprint(database)
    assert before["meeting"] > 20
    database.dispose()

    assert run_cli(["--db", database.url, "db", "downgrade", "base"]) == 2
    said = capsys.readouterr().out
    assert "清空整个数据库" in said and "--yes" in said and _counts(database) == before

    assert run_cli(["--db", database.url, "db", "downgrade", "base", "--yes"]) == 0
    said = capsys.readouterr().out
    assert "降级前已备份到" in said
    backup = Path(said.split("降级前已备份到 ", 1)[1].split("（", 1)[0])
    assert backup.exists() and oct(backup.stat().st_mode & 0o777) == "0o600"
    assert _counts(database) == {}

    if database.is_sqlite:  # the file copy is the backup; the app's dump restores it into another database
        source = dbmod.Database(f"sqlite:///{backup}", database.settings, database.clock)
        dump.dump(source, tmp_path / "office.json")
        source.dispose()
        restorable = tmp_path / "office.json"
    else:
        assert backup.suffix == ".json"
        restorable = backup
    assert run_cli(["--db", database.url, "db", "restore", str(restorable)]) == 0
    assert "已从" in capsys.readouterr().out
    assert _counts(database) == before and fingerprint(database) == prints
    with database.uow() as uow:  # and the restored office keeps working: new rows get new ids
        uow.session.add(Unit(name="新设单位"))
        uow.commit()
    assert run_cli(["--db", database.url, "db", "restore", str(restorable)]) == 2  # not over an office
    assert "只能恢复到空数据库" in capsys.readouterr().err


@pytest.mark.postgres
def test_downgrade_on_postgresql_uses_pg_dump_where_installed(pg_server: PostgresServer, pg_template: str) -> None:
    tool = _pg_bin("pg_dump")
    if tool is None:
        pytest.skip("pg_dump is not installed here")
    database = dbmod.Database(pg_server.create_database(template=pg_template))
    try:
        with database.uow() as uow:
            uow.session.add(Unit(name="县财政局"))
            uow.commit()
        backup = dbmod.downgrade(database, "base", pg_dump=tool)
        assert backup is not None and backup.suffix == ".pgdump" and backup.read_bytes().startswith(b"PGDMP")
        assert _counts(database) == {}
    finally:
        database.dispose()


def test_a_downgrade_whose_backup_fails_drops_nothing(sqlite_db: dbmod.Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise DiskFullError("磁盘已满")

    monkeypatch.setattr(dbmod, "_sqlite_copy", full)
    with pytest.raises(DiskFullError, match="磁盘已满"):
        dbmod.downgrade(sqlite_db, "base")
    assert dbmod.current_revision(sqlite_db) == dbmod.head_revision(sqlite_db)


def test_routine_backups_never_rotate_the_pre_downgrade_one_away(sqlite_db: dbmod.Database) -> None:
    backup = dbmod.downgrade(sqlite_db, "0001")
    for _ in range(sqlite_db.settings.backups_kept + 2):
        dbmod.backup_sqlite(sqlite_db, reason="manual")
    assert backup is not None and backup.exists()


def test_first_schema_creation_survives_kill_9(tmp_path: Path) -> None:
    """Killed at any moment while creating the schema, the file holds all of it or none of it, and the next
    start (which upgrades) works. Before issue 11 a kill left 17 of 28 tables and every start refused."""
    attempts = size(12, 60)
    env = {**os.environ, "HUIWU_DATA_DIR": str(tmp_path / "data")}

    def start(path: Path) -> subprocess.Popen[bytes]:
        child = subprocess.Popen([sys.executable, "-m", "huiwu.cli", "--db", str(path), "db", "upgrade"],
                                 cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while not path.exists() and child.poll() is None:
            time.sleep(0.001)
        return child

    began = time.perf_counter()
    start(tmp_path / "timing.sqlite3").wait()
    span = time.perf_counter() - began  # from the file's first moment to the end of creating the schema
    created = skipped = 0
    for n in range(attempts):
        path = tmp_path / f"first-{n}.sqlite3"
        child = start(path)
        time.sleep(span * n / (attempts - 1))  # kills spread over the whole creation
        child.send_signal(signal.SIGKILL)
        child.wait()
        tables = set(_tables(path))
        if tables:
            assert {"alembic_version", "meeting", "participant", "audit_entry"} <= tables, sorted(tables)
            created += 1
        else:
            skipped += 1
        database = dbmod.Database(f"sqlite:///{path}")
        try:
            dbmod.upgrade(database, backup=False)
            assert dbmod.current_revision(database) == dbmod.head_revision(database)
        finally:
            database.dispose()
    print(f"\nkill -9 during first creation: {attempts} kills, {created} found it whole, {skipped} found it empty,"
          " 0 half-built")


def _tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


@pytest.mark.parametrize(("target", "says"), [
    (HEAD, "无需降级"), ("9999", "没有结构版本“9999”"),
])
def test_a_downgrade_to_a_target_that_makes_no_sense_is_a_sentence(sqlite_db: dbmod.Database, target: str,
                                                                   says: str) -> None:
    with pytest.raises(DatabaseError, match=says):
        dbmod.downgrade(sqlite_db, target)
    dbmod.downgrade(sqlite_db, "0001", backup=False)
    with pytest.raises(DatabaseError, match="比它新"):
        dbmod.downgrade(sqlite_db, "0002")
    assert dbmod.current_revision(sqlite_db) == "0001"
