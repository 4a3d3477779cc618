"""Reading plain rows for the lists: a Core select of columns, run on the unit of work's connection.

``session.execute`` of a select of columns goes through the ORM's result machinery (loading contexts, ORM rows)
although no entity comes back; for a list of 20,000 rows that cost about as much as the database reading them
(issue 18). The session's autoflush is kept: pending changes of the unit of work are flushed first, exactly as
``session.execute`` would, so a read sees what the same unit of work just changed (and with nothing pending,
nothing is written).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVarTuple

from sqlalchemy import Connection, Row, Select

from huiwu.db import UnitOfWork

Ts = TypeVarTuple("Ts")


def _connection(uow: UnitOfWork) -> Connection:
    session = uow.session
    if session.autoflush:
        session.flush()
    return session.connection()


def plain_rows(uow: UnitOfWork, query: Select[*Ts]) -> Sequence[Row[*Ts]]:
    """The rows of ``query`` (tuples, by position and by name)."""
    return _connection(uow).execute(query).all()


def streamed_rows(uow: UnitOfWork, query: Select[*Ts], fetch: int) -> Iterator[Row[*Ts]]:
    """The rows of ``query``, fetched ``fetch`` at a time (the first are used while the database reads on)."""
    result = _connection(uow).execute(query.execution_options(yield_per=fetch))
    for chunk in result.partitions():  # iterating the result itself would fetch row by row
        yield from chunk
