"""Alembic environment: the engine comes from huiwu.db, so migrations run on SQLite and PostgreSQL alike."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from huiwu.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():  # inside a caller's transaction (restore): part of it
        context.run_migrations()


def run_migrations_online() -> None:
    if "connection" in config.attributes:  # huiwu.dump.restore: the schema and the rows in one transaction
        _run(config.attributes["connection"])
        return
    with config.attributes["engine"].connect() as connection:
        _run(connection)


run_migrations_online()
