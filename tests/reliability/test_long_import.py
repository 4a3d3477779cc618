"""Issue 11 item 8: a long calendar import never holds the database's write lock for the whole file.

What is asserted is counted, not timed: no transaction of the import writes more than one batch of
events, and the result is the same as a single transaction's (readers see the old calendar or the new
one). The waiting time of a clerk's save during a 100,000-event import is measured in bench/import_lock.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select

from huiwu.db import Database
from huiwu.models import ImportedCalendar, ImportedEvent, ImportedEventPerson, Person, Unit
from huiwu.services import calendars
from tests.reliability.conftest import size


def big_calendar(path: Path, events: int, attendee: str = "张三") -> Path:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//huiwu tests//big//ZH"]
    for i in range(events):
        day = 1 + i % 28
        lines += ["BEGIN:VEVENT", f"UID:big-{i}", f"DTSTART:202611{day:02d}T0{i % 10}0000Z",
                  f"DTEND:202611{day:02d}T0{i % 10}3000Z", f"SUMMARY:会议{i}", f"ATTENDEE;CN={attendee}:mailto:a@b",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_big_import_writes_a_batch_per_transaction(database: Database, tmp_path: Path) -> None:
    events = size(5000, 100_000)
    with database.uow() as uow:
        unit = Unit(name="县政府领导")
        uow.session.add(unit)
        uow.session.flush()
        uow.session.add(Person(name="张三", unit_id=unit.id))
        uow.commit()
    per_transaction: list[int] = [0]

    def count(state: Any) -> None:  # the rows the import hands to each INSERT INTO imported_event
        table = getattr(getattr(state.statement, "table", None), "name", "")
        if state.is_insert and table == "imported_event":
            params = state.parameters
            per_transaction[-1] += len(params) if isinstance(params, list) else 1

    def committed(session: Any) -> None:
        per_transaction.append(0)

    sessions = database._factory
    event.listen(sessions, "do_orm_execute", count)
    event.listen(sessions, "after_commit", committed)
    try:
        with database.uow() as uow:
            first = calendars.import_ics(uow, big_calendar(tmp_path / "a.ics", events), "县长日程")
        with database.uow() as uow:  # again, the last tenth of the events gone
            again = calendars.import_ics(uow, big_calendar(tmp_path / "b.ics", events * 9 // 10), "县长日程")
    finally:
        event.remove(sessions, "do_orm_execute", count)
        event.remove(sessions, "after_commit", committed)
    written = [n for n in per_transaction if n]
    print(f"\n{database.engine.dialect.name}: {events} events in {len(written)} write transactions, "
          f"at most {max(written)} events each")
    assert max(written) <= calendars.BATCH and sum(written) == events + events * 9 // 10
    assert (first.added, first.total, first.mapped_people) == (events, events, events)
    assert (again.added, again.updated, again.removed) == (0, 0, events - events * 9 // 10)
    with database.uow() as uow:
        names = list(uow.session.scalars(select(ImportedCalendar.name)))
        stored = uow.session.scalar(select(func.count()).select_from(ImportedEvent))
        links = uow.session.scalar(select(func.count()).select_from(ImportedEventPerson))
        assert names == ["县长日程"] and stored == links == events * 9 // 10  # nothing hidden left behind
        assert [c.name for c in calendars.list_calendars(uow)] == ["县长日程"]
        calendars.delete_calendar(uow, again.calendar_id)
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ImportedEvent)) == 0
        assert list(uow.session.scalars(select(ImportedCalendar.name))) == []


def test_an_interrupted_import_leaves_only_a_hidden_calendar_swept_later(database: Database, tmp_path: Path) -> None:
    import datetime as dt

    with database.uow() as uow:
        calendars.import_ics(uow, big_calendar(tmp_path / "a.ics", 10), "局长日程")
    with database.uow() as uow:  # what a kill -9 between two batches leaves: a hidden, half-filled calendar
        left = ImportedCalendar(name=calendars.STAGING + "interrupted", visible=False,
                                imported_at=uow.now() - dt.timedelta(hours=2))
        uow.session.add(left)
        uow.commit()
    with database.uow() as uow:
        assert [c.name for c in calendars.list_calendars(uow)] == ["局长日程"]
        calendars.import_ics(uow, big_calendar(tmp_path / "b.ics", 12), "局长日程")
    with database.uow() as uow:
        assert list(uow.session.scalars(select(ImportedCalendar.name))) == ["局长日程"]


def test_two_pcs_importing_one_new_calendar_at_once(database: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The second to finish is told so in words; neither leaves a hidden calendar behind."""
    import pytest

    from huiwu.errors import RuleError

    real = calendars._write_batches

    def meanwhile(uow, calendar_id, rows, people, *progress):  # type: ignore[no-untyped-def]
        written = real(uow, calendar_id, rows, people, *progress)
        monkeypatch.setattr(calendars, "_write_batches", real)
        with database.uow() as other:  # the other PC finishes first
            calendars.import_ics(other, big_calendar(tmp_path / "other.ics", 3), "局长日程")
        return written

    monkeypatch.setattr(calendars, "_write_batches", meanwhile)
    with pytest.raises(RuleError, match="刚刚在另一台电脑上导入"), database.uow() as uow:
        calendars.import_ics(uow, big_calendar(tmp_path / "mine.ics", 5), "局长日程")
    with database.uow() as uow:
        assert list(uow.session.scalars(select(ImportedCalendar.name))) == ["局长日程"]
        assert uow.session.scalar(select(func.count()).select_from(ImportedEvent)) == 3


def test_a_batch_that_fails_leaves_the_old_calendar_and_nothing_hidden(database: Database, tmp_path: Path,
                                                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from huiwu.files import DiskFullError

    with database.uow() as uow:
        calendars.import_ics(uow, big_calendar(tmp_path / "a.ics", 10), "局长日程")

    original = calendars._write_batches

    def full(uow, calendar_id, rows, people, *progress):  # type: ignore[no-untyped-def]
        original(uow, calendar_id, rows[:4], people[:4])  # one batch went in, then the disk filled up
        raise DiskFullError("磁盘已满")

    monkeypatch.setattr(calendars, "_write_batches", full)
    with pytest.raises(DiskFullError), database.uow() as uow:
        calendars.import_ics(uow, big_calendar(tmp_path / "b.ics", 20), "局长日程")
    with database.uow() as uow:
        assert list(uow.session.scalars(select(ImportedCalendar.name))) == ["局长日程"]
        assert uow.session.scalar(select(func.count()).select_from(ImportedEvent)) == 10
