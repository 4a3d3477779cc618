"""A window opened read-only (issue 17 item 5): reads work, every write is refused with a sentence, nothing changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from huiwu import db as dbmod
from huiwu.db import READ_ONLY_MESSAGE, Database, ReadOnlyError
from huiwu.models import AuditEntry, Unit
from huiwu.services.directory import UnitEdit, list_units, save_unit
from huiwu.settings import Settings


def _counts(database: Database) -> tuple[int, int]:
    with database.uow() as uow:
        s = uow.session
        return s.scalar(select(func.count(Unit.id))) or 0, s.scalar(select(func.count(AuditEntry.id))) or 0


def test_read_only_reads_and_refuses_every_write(database: Database, settings: Settings) -> None:
    """On SQLite (PRAGMA query_only) and PostgreSQL (default_transaction_read_only) alike."""
    with database.uow() as uow:
        unit_id = save_unit(uow, UnitEdit(name="县信访局"))
        uow.commit()
    before = _counts(database)
    reader = Database(database.url, settings, database.clock, read_only=True)
    try:
        assert reader.read_only and not database.read_only
        with reader.uow() as uow:
            assert [u.name for u in list_units(uow)] == ["县信访局"]
        with pytest.raises(ReadOnlyError) as caught, reader.uow() as uow:  # a service's write
            save_unit(uow, UnitEdit(name="县应急管理局"))
            uow.commit()
        assert str(caught.value) == READ_ONLY_MESSAGE and str(caught.value).startswith("此窗口为只读方式打开，未作任何更改。")
        with pytest.raises(ReadOnlyError), reader.uow() as uow:  # an edit of an existing row
            save_unit(uow, UnitEdit(name="县信访局（改）"), unit_id)
            uow.commit()
        with pytest.raises(ReadOnlyError), reader.uow() as uow:  # raw SQL, and DDL
            uow.session.execute(text("DELETE FROM unit"))
        with pytest.raises(ReadOnlyError), reader.uow() as uow:
            uow.session.execute(text("CREATE TABLE intruder (x integer)"))
        dbmod.upgrade(reader)  # up to date: nothing to do, nothing refused
        with reader.uow() as uow:  # the refused writes left the connections usable for reading
            assert len(list_units(uow)) == 1
    finally:
        reader.dispose()
    assert _counts(database) == before
    with database.uow() as uow:
        assert [u.name for u in list_units(uow)] == ["县信访局"]
        assert not uow.session.execute(text("SELECT 1 FROM unit WHERE name = '县应急管理局'")).first()


def test_read_only_never_migrates_or_creates(tmp_path: Path, settings: Settings) -> None:
    """A schema that would need migrating is refused with a sentence; a missing file is not created."""
    missing = tmp_path / "nowhere.sqlite3"
    with pytest.raises(dbmod.DatabaseError, match="找不到数据库文件"):
        Database(f"sqlite:///{missing}", settings, read_only=True)
    assert not missing.exists()
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    reader = Database(f"sqlite:///{empty}", settings, read_only=True)
    try:
        with pytest.raises(dbmod.DatabaseError, match="只读方式无法打开"):
            dbmod.upgrade(reader)
    finally:
        reader.dispose()
    assert empty.stat().st_size == 0


def test_the_read_only_sentence_is_the_core_failure_message(database: Database, settings: Settings) -> None:
    """ui/errors.error_text shows failure_message's sentence: PostgreSQL's refusal says "read-only transaction";
    SQLite's query_only looks like a read-only file, so only a read-only database's unit of work names it so."""
    from sqlalchemy.exc import SQLAlchemyError

    reader = Database(database.url, settings, database.clock, read_only=True)
    try:
        with reader.engine.connect() as conn:
            with pytest.raises(SQLAlchemyError) as caught:
                conn.execute(text("DELETE FROM unit"))
    finally:
        reader.dispose()
    assert dbmod.failure_message(caught.value, database.url, read_only=True) == READ_ONLY_MESSAGE
    if not database.is_sqlite:
        assert dbmod.failure_message(caught.value) == READ_ONLY_MESSAGE
