"""UTCDateTime's one-function result processor gives what the generic TypeDecorator chain gave (issue 18).

The chain was: the dialect's own conversion (on SQLite ``datetime.fromisoformat`` of the stored text; none on
PostgreSQL, whose driver gives naive datetimes), then :meth:`UTCDateTime.process_result_value`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect

from huiwu import db as dbmod
from huiwu.models import Meeting, UTCDateTime

DIALECTS: tuple[Dialect, ...] = (sqlite.dialect(), postgresql.dialect())


def _old(value: object, dialect: Dialect) -> dt.datetime | None:
    """The processing before: impl's processor, then process_result_value."""
    decorated: Any = UTCDateTime().dialect_impl(dialect)
    impl = decorated.impl_instance.result_processor(dialect, None)
    return decorated.process_result_value(impl(value) if impl else value, dialect)


def _new(value: object, dialect: Dialect) -> dt.datetime | None:
    decorated: Any = UTCDateTime().dialect_impl(dialect)
    process = decorated._cached_result_processor(dialect, None)
    assert process is not None
    return process(value)


def _same(value: object, dialect: Dialect) -> None:
    """Equal values, or the same refusal of a text neither can read."""
    try:
        old = _old(value, dialect)
    except ValueError:
        with pytest.raises(ValueError):
            _new(value, dialect)
        return
    new = _new(value, dialect)
    assert new == old
    assert new is None or new.tzinfo is dt.UTC


moments = st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30))


@given(moments)
def test_sqlite_text_as_stored(moment: dt.datetime) -> None:
    """The text SQLAlchemy writes on SQLite, and the shorter forms other writers leave."""
    for text in (moment.strftime("%Y-%m-%d %H:%M:%S.%f"), moment.isoformat(), moment.isoformat(" ", "seconds"),
                 moment.isoformat(timespec="minutes"), moment.date().isoformat()):
        _same(text, DIALECTS[0])


@given(moments, st.sampled_from(["+08:00", "+00:00", "Z", "-05:30"]))
def test_sqlite_text_with_an_offset(moment: dt.datetime, offset: str) -> None:
    """Text that already carries an offset is read as before (its wall time, marked UTC)."""
    _same(moment.isoformat(" ") + offset, DIALECTS[0])


@given(moments)
def test_postgres_naive_datetimes(moment: dt.datetime) -> None:
    _same(moment, DIALECTS[1])


def test_none_stays_none_and_nonsense_is_refused() -> None:
    for dialect in DIALECTS:
        _same(None, dialect)
    for text in ("", "not a time", "2026-13-01 10:00:00", "999-01-01 00:00:00.000000"):
        _same(text, DIALECTS[0])


def test_a_stored_moment_comes_back_as_the_utc_singleton(database: dbmod.Database) -> None:
    start = dt.datetime(2026, 11, 24, 1, 0, 0, 123456, tzinfo=dt.UTC)
    with database.uow() as uow:
        uow.session.add(Meeting(title="常务会议", starts_at=start, ends_at=start + dt.timedelta(hours=2)))
        uow.commit()
    with database.uow() as uow:
        got = uow.session.execute(select(Meeting.starts_at, Meeting.deleted_at)).one()
    assert got == (start, None)
    assert got[0].tzinfo is dt.UTC
