"""Migration 0007 (pending server-side changes, cancellation grace, the phone's calendar) down and up again
on SQLite and PostgreSQL: every target and record kept, the new columns start empty."""

from __future__ import annotations

from sqlalchemy import inspect, text

from huiwu import db as dbmod
from huiwu.db import Database
from huiwu.models import CalDavPending, CalDavRecord, CalDavTarget


def test_migration_0007_round_trip(database: Database) -> None:
    with database.uow() as uow:
        t = CalDavTarget(name="县长日历", url="http://example/", calendar_url="http://example/zhang/")
        uow.session.add(t)
        uow.session.flush()
        uow.session.add_all([CalDavRecord(target_id=t.id, uid=f"u{n}@huiwu", href=f"/u{n}.ics", etag=f'"{n}"',
                                          resend=n == 1) for n in range(3)])
        uow.session.add(CalDavPending(target_id=t.id, kind="deleted", title="防汛调度会"))
        t.imported_calendar_id = 42
        uow.commit()

    def rows() -> list[tuple[object, ...]]:
        with database.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT uid, href, etag FROM caldav_record ORDER BY uid"))]

    before = rows()
    dbmod.downgrade(database, "0006")
    tables = inspect(database.engine)
    assert "caldav_pending" not in tables.get_table_names()
    assert not {"cancelled_at", "resend"} & {c["name"] for c in tables.get_columns("caldav_record")}
    assert "imported_calendar_id" not in {c["name"] for c in tables.get_columns("caldav_target")}
    assert rows() == before
    dbmod.upgrade(database, backup=False)
    with database.engine.connect() as conn:
        assert set(conn.execute(text("SELECT resend, cancelled_at FROM caldav_record"))) == {(False, None)}
        assert conn.execute(text("SELECT imported_calendar_id FROM caldav_target")).scalar_one() is None
        assert conn.execute(text("SELECT count(*) FROM caldav_pending")).scalar_one() == 0
    assert rows() == before
