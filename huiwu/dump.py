"""A whole database as one JSON file, and back: the backup a shared PostgreSQL gets where pg_dump is absent.

An office PC rarely has PostgreSQL's client tools; before a downgrade (which drops tables) the app still
needs a copy it can restore itself. The dump reads the tables as they are in the database (reflection,
not the models), so it works at any schema revision; :func:`restore` rebuilds the schema at the dump's
revision in an empty database and puts every row back, in one transaction. ``huiwu db restore FILE`` is
its command. The same file moves an office from the embedded SQLite to a shared server.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import json
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, Table, bindparam, insert, inspect, select, text, update

from huiwu.errors import DatabaseError
from huiwu.files import write_atomic

FORMAT = "huiwu-dump/1"


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, dt.time):
        return {"$time": value.isoformat()}
    if isinstance(value, decimal.Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, bytes | memoryview):
        return {"$bytes": base64.b64encode(bytes(value)).decode("ascii")}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((tag, raw),) = value.items()
        decoders = {"$datetime": dt.datetime.fromisoformat, "$date": dt.date.fromisoformat,
                    "$time": dt.time.fromisoformat, "$decimal": decimal.Decimal,
                    "$bytes": lambda s: base64.b64decode(s)}
        if tag in decoders:
            return decoders[tag](raw)
    return value


def dump(db: Any, path: Path) -> int:
    """Write every table's rows to ``path`` (atomically, readable by this account only); returns the row count."""
    from huiwu.db import current_revision

    revision = current_revision(db)
    metadata = MetaData()
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":  # one snapshot of every table, even while other PCs write
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        metadata.reflect(conn)
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).mappings()
            tables[table.name] = [{k: _encode(v) for k, v in row.items()} for row in rows]
    document = {"format": FORMAT, "revision": revision, "engine": db.engine.dialect.name, "tables": tables}

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False)

    write_atomic(path, write, private=True)
    return sum(len(rows) for rows in tables.values())


def read(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DatabaseError(f"找不到备份文件 {path}。") from None
    except (OSError, ValueError) as exc:
        raise DatabaseError(f"{path.name} 不是会务的备份文件（{exc.__class__.__name__}）。") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise DatabaseError(f"{path.name} 不是会务的备份文件（缺少 {FORMAT} 标记）。")
    return document


def restore(db: Any, path: Path) -> int:
    """Rebuild the dumped database in ``db``, which must be empty; all of it or nothing. Returns the row count."""
    from alembic import command

    from huiwu.db import _migration_engine, _sentence, alembic_config, known_revisions

    document = read(path)
    revision = document.get("revision")
    if revision is not None and revision not in known_revisions(db):
        raise DatabaseError(f"备份 {path.name} 的结构版本“{revision}”不是本程序认识的版本；请用更新版本的会务恢复。")
    existing = [t for t in inspect(db.engine).get_table_names() if t != "alembic_version"]
    if existing:
        raise DatabaseError(f"只能恢复到空数据库：目标数据库已有 {len(existing)} 张表。"
                            "请新建一个空数据库（或空的 SQLite 文件）再恢复。")
    total = 0
    try:
        with _migration_engine(db) as engine, engine.begin() as conn:
            if revision is not None:
                cfg = alembic_config(db, engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
            metadata = MetaData()
            metadata.reflect(conn)
            later: list[tuple[Table, list[str], list[dict[str, Any]]]] = []
            for table in metadata.sorted_tables:
                rows = [{k: _decode(v) for k, v in row.items()} for row in document["tables"].get(table.name, [])]
                if not rows:
                    continue
                # A row may point at a later row of its own table (分管领导, a meeting merged into another):
                # those columns go in empty first and are filled once every row is there.
                own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
                conn.execute(insert(table), [{**r, **dict.fromkeys(own)} for r in rows])
                if own:
                    later.append((table, own, rows))
                total += len(rows)
            for table, own, rows in later:
                keys = [c.name for c in table.primary_key.columns]
                pointing = [r for r in rows if any(r.get(c) is not None for c in own)]
                if pointing:
                    statement = update(table).where(*(table.c[k] == bindparam(f"key_{k}") for k in keys)).values(
                        {c: bindparam(f"new_{c}") for c in own})
                    conn.execute(statement, [{**{f"key_{k}": r[k] for k in keys}, **{f"new_{c}": r.get(c) for c in own}}
                                             for r in pointing])
            if conn.dialect.name == "postgresql":  # the next id after the restored ones
                for table in metadata.sorted_tables:
                    if "id" in table.columns and table.name in document["tables"]:
                        conn.execute(text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                        ))
    except DatabaseError:
        raise
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError):
            raise _sentence(exc, db.url) from exc
        raise
    return total
