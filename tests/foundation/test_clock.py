"""The one clock: fixed and advancing clocks, "today" in the office's zone, and every time stamp from it."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from huiwu import db as dbmod
from huiwu.clock import SYSTEM_CLOCK, AdvancingClock, FixedClock
from huiwu.db import Database
from huiwu.models import AuditEntry, Meeting, Unit
from huiwu.services import checklists, meetings
from huiwu.services.meetings import MeetingInput
from huiwu.settings import Settings

SH = ZoneInfo("Asia/Shanghai")


def test_fixed_clock_stands_still_until_moved() -> None:
    clock = FixedClock(dt.datetime(2026, 11, 30, 23, 30, tzinfo=SH))
    assert clock.now() == clock.now() == dt.datetime(2026, 11, 30, 15, 30, tzinfo=dt.UTC)
    assert clock.now().tzinfo is dt.UTC
    clock.advance(dt.timedelta(hours=1))
    assert clock.today(SH) == dt.date(2026, 12, 1)  # 00:30 in Beijing is already the 1st
    assert clock.today(dt.UTC) == dt.date(2026, 11, 30)
    clock.set(dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert clock.local(SH).hour == 8


def test_clocks_refuse_naive_times() -> None:
    with pytest.raises(ValueError):
        FixedClock(dt.datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        AdvancingClock(dt.datetime(2026, 1, 1))


def test_advancing_clock_starts_where_pinned_and_moves_forward() -> None:
    start = dt.datetime(2026, 11, 23, 10, tzinfo=SH)
    clock = AdvancingClock(start)
    first = clock.now()
    assert dt.timedelta(0) <= first - start < dt.timedelta(seconds=5)
    time.sleep(0.01)
    assert clock.now() > first
    clock.advance(dt.timedelta(days=1))
    assert clock.today(SH) == dt.date(2026, 11, 24)


def test_system_clock_is_the_default() -> None:
    assert Database("sqlite://", Settings()).clock is SYSTEM_CLOCK
    assert abs(SYSTEM_CLOCK.now() - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)


@given(st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31), timezones=st.just(dt.UTC)))
def test_today_is_the_office_date(moment: dt.datetime) -> None:
    assert FixedClock(moment).today(SH) == moment.astimezone(SH).date()


def _meeting(database: Database, day: int = 24) -> int:
    start = dt.datetime(2026, 11, day, 9, tzinfo=SH)
    with database.uow() as uow:
        return meetings.create_meeting(uow, MeetingInput("专题会议", "topic", start, start + dt.timedelta(hours=2))).meeting_id


def test_time_stamps_of_rows_come_from_the_units_clock(database: Database) -> None:
    clock = FixedClock(dt.datetime(2031, 5, 6, 7, 8, tzinfo=SH))
    pinned = Database(database.url, database.settings, clock)
    try:
        mid = _meeting(pinned)
        with pinned.uow() as uow:
            m = uow.session.get(Meeting, mid)
            assert m is not None
            assert m.created_at == m.updated_at == clock.now()
            assert {e.at for e in uow.session.scalars(select(AuditEntry).where(AuditEntry.meeting_id == mid))} == {
                clock.now()}
            version = m.version
        clock.advance(dt.timedelta(minutes=5))
        with pinned.uow() as uow:
            detail = meetings.get_meeting(uow, mid)
            meetings.update_meeting(uow, mid, version, replace(detail.as_input(), title="专题会议（改）"))
        with pinned.uow() as uow:
            m = uow.session.get(Meeting, mid)
            assert m is not None
            assert m.created_at == clock.now() - dt.timedelta(minutes=5)
            assert m.updated_at == clock.now()
    finally:
        pinned.dispose()


def test_a_row_that_does_not_change_keeps_its_stamp(database: Database, clock: object) -> None:
    with database.uow() as uow:
        unit = Unit(name="县财政局")
        uow.session.add(unit)
        uow.commit()
        stamped = unit.updated_at
    with database.uow() as uow:
        unit = uow.session.scalars(select(Unit)).one()
        unit.name = "县财政局"  # the same value: no UPDATE, no new stamp
        uow.commit()
        assert unit.updated_at == stamped


def test_overdue_is_judged_by_the_clock_not_the_calendar_on_the_wall(database: Database) -> None:
    mid = _meeting(database)
    for now, overdue in ((dt.datetime(2026, 11, 1, tzinfo=SH), 0), (dt.datetime(2027, 6, 1, tzinfo=SH), 19)):
        pinned = Database(database.url, database.settings, FixedClock(now))
        try:
            with pinned.uow() as uow:
                rows = checklists.checklist(uow, mid)
            assert sum(r.overdue for r in rows) == overdue and len(rows) == 19
        finally:
            pinned.dispose()


def test_backups_under_a_clock_standing_still_do_not_overwrite_each_other(sqlite_db: Database) -> None:
    pinned = Database(sqlite_db.url, Settings(backups_kept=5), FixedClock(dt.datetime(2026, 11, 23, tzinfo=SH)))
    try:
        first = dbmod.backup_sqlite(pinned, reason="manual")
        second = dbmod.backup_sqlite(pinned, reason="manual")
        assert first is not None and second is not None and first != second
        assert first.exists() and second.exists()
        assert "20261123-000000" in first.name
    finally:
        pinned.dispose()
