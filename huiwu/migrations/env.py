"""Alembic environment: the engine comes from huiwu.db, so migrations run on SQLite and PostgreSQL alike."""

from __future__ import annotations

from alembic import context

from huiwu.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying them
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
