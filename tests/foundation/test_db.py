from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from huiwu import db as dbmod
from huiwu.models import Base, Meeting, Unit
from huiwu.settings import Settings, load_settings, save_settings

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_sqlite_is_wal_with_foreign_keys_and_busy_timeout(sqlite_db: dbmod.Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_times_round_trip_aware_and_unambiguous(database: dbmod.Database) -> None:
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=SHANGHAI)
    with database.uow() as uow:
        m = Meeting(title="常务会议", starts_at=start, ends_at=start + dt.timedelta(hours=2))
        uow.session.add(m)
        uow.commit()
        meeting_id = m.id
    with database.uow() as uow:
        loaded = uow.session.get(Meeting, meeting_id)
        assert loaded is not None
        assert loaded.starts_at.tzinfo is not None
        assert loaded.starts_at == start
        assert loaded.starts_at.astimezone(SHANGHAI).hour == 9
    with database.engine.connect() as conn:  # stored as UTC
        stored = conn.execute(text("SELECT starts_at FROM meeting")).scalar()
        assert str(stored).startswith("2026-11-24 01:00")


def test_naive_datetimes_are_refused(database: dbmod.Database) -> None:
    with database.uow() as uow:
        uow.session.add(Meeting(title="x", starts_at=dt.datetime(2026, 1, 1, 9), ends_at=dt.datetime(2026, 1, 1, 10)))
        with pytest.raises(Exception, match="naive datetime"):
            uow.flush()


def test_unit_of_work_rolls_back_without_commit(database: dbmod.Database) -> None:
    with database.uow() as uow:
        uow.session.add(Unit(name="县财政局"))
        uow.flush()
    with database.uow() as uow:
        assert uow.session.query(Unit).count() == 0


def test_migrations_upgrade_downgrade_upgrade(database: dbmod.Database) -> None:
    assert dbmod.current_revision(database) == dbmod.head_revision(database)
    dbmod.downgrade(database, "base")
    assert "meeting" not in inspect(database.engine).get_table_names()
    dbmod.upgrade(database, backup=False)
    assert dbmod.current_revision(database) == dbmod.head_revision(database)
    assert {"meeting", "participant", "leave_request", "handout", "week_plan", "audit_entry"} <= set(
        inspect(database.engine).get_table_names()
    )


def test_migrations_keep_a_populated_office(database: dbmod.Database) -> None:
    """Every migration, down and up again, on the demo office (SQLite and PostgreSQL): no row lost."""
    from sqlalchemy import text

    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)
    tables = ("unit", "person", "meeting", "participant", "leave_request", "checklist_item", "action_item",
              "audit_entry", "handout", "imported_event")

    def counts() -> dict[str, int]:
        with database.engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}

    before = counts()
    assert before["participant"] > 300 and before["meeting"] > 20
    dbmod.downgrade(database, "0001")
    assert dbmod.current_revision(database) == "0001" and counts() == before
    dbmod.upgrade(database, backup=False)
    assert dbmod.current_revision(database) == dbmod.head_revision(database) and counts() == before
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT min(version), max(version) FROM participant")).one() == (1, 1)


def test_migration_0003_turns_secret_into_the_three_levels_and_back(database: dbmod.Database) -> None:
    """0003 on the populated demo office (SQLite and PostgreSQL): a 涉密 meeting stored by 0002 becomes 秘密
    with no 保密期限; going down, 秘密/机密/绝密 all become 涉密 again and the 保密期限 column goes; no row lost."""
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)
    with database.engine.connect() as conn:
        ids = [int(m) for (m,) in conn.execute(text("SELECT id FROM meeting ORDER BY id LIMIT 3"))]

    def levels() -> dict[int, str]:
        with database.engine.connect() as conn:
            rows = conn.execute(text("SELECT id, confidentiality FROM meeting WHERE id IN (:a, :b, :c)"),
                                dict(zip("abc", ids, strict=True)))
            return {int(i): str(c) for i, c in rows}

    def count(table: str) -> int:
        with database.engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

    people = count("participant")
    dbmod.downgrade(database, "0002")
    assert "secrecy_term" not in {c["name"] for c in inspect(database.engine).get_columns("meeting")}
    with database.engine.begin() as conn:  # what 0002 could store: 公开, 内部, 涉密
        conn.execute(text("UPDATE meeting SET confidentiality = 'secret' WHERE id IN (:a, :b)"), dict(a=ids[0], b=ids[1]))
        conn.execute(text("UPDATE meeting SET confidentiality = 'internal' WHERE id = :c"), dict(c=ids[2]))
    dbmod.upgrade(database, backup=False)
    assert levels() == {ids[0]: "secret_mimi", ids[1]: "secret_mimi", ids[2]: "internal"}
    with database.uow() as uow:
        first = uow.session.get(Meeting, ids[0])
        assert first is not None and first.secrecy_term == ""
        first.confidentiality, first.secrecy_term = "secret_juemi", "长期"
        second = uow.session.get(Meeting, ids[1])
        assert second is not None
        second.confidentiality, second.secrecy_term = "secret_jimi", "5年"
        uow.commit()
    dbmod.downgrade(database, "0002")
    assert levels()[ids[0]] == levels()[ids[1]] == "secret" and levels()[ids[2]] == "internal"
    assert "secrecy_term" not in {c["name"] for c in inspect(database.engine).get_columns("meeting")}
    assert count("participant") == people
    dbmod.upgrade(database, backup=False)
    assert levels()[ids[0]] == "secret_mimi" and count("participant") == people


def test_models_and_migrations_agree(database: dbmod.Database) -> None:
    """A model change without a migration is caught here, on both databases."""
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_backs_up_the_sqlite_file_and_rotates(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    database = dbmod.Database(f"sqlite:///{path}", Settings(backups_kept=2))
    dbmod.upgrade(database, backup=False)
    with database.uow() as uow:
        uow.session.add(Unit(name="县教育局"))
        uow.commit()
    for _ in range(3):
        dbmod.backup_sqlite(database, reason="manual")
    backups = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 2
    with sqlite3.connect(backups[-1]) as conn:
        assert conn.execute("SELECT name FROM unit").fetchone() == ("县教育局",)
    database.dispose()


def test_upgrade_of_an_older_database_takes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.sqlite3"
    database = dbmod.Database(f"sqlite:///{path}", Settings())
    dbmod.upgrade(database, backup=False)
    assert dbmod.upgrade(database) is None  # at head: nothing to do, no backup
    with database.uow() as uow:
        uow.session.add(Unit(name="县审计局"))
        uow.commit()
    from huiwu import migrations

    monkeypatch.setattr(migrations, "HEAD", "9999_newer")  # as if the app had a newer revision
    backup = dbmod.upgrade(database)
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT name FROM unit").fetchone() == ("县审计局",)
    database.dispose()


def test_resolve_url_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("HUIWU_DATABASE_URL", raising=False)
    settings = Settings(database_url="postgresql://office@db/huiwu")
    assert dbmod.resolve_url("/tmp/x.sqlite3", settings) == "sqlite:////tmp/x.sqlite3"
    monkeypatch.setenv("HUIWU_DATABASE_URL", "postgresql://env@db/huiwu")
    assert dbmod.resolve_url(None, settings) == "postgresql+psycopg://env@db/huiwu"
    monkeypatch.delenv("HUIWU_DATABASE_URL")
    assert dbmod.resolve_url(None, settings) == "postgresql+psycopg://office@db/huiwu"
    assert dbmod.resolve_url(None, Settings()).endswith("huiwu.sqlite3")


def test_check_connection_says_what_is_wrong() -> None:
    with pytest.raises(dbmod.DatabaseError, match="无法连接数据库"):
        dbmod.check_connection("postgresql://nobody@127.0.0.1:1/none")


def test_check_connection_on_real_postgres(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = pg_server.create_database()
    assert "空数据库" in dbmod.check_connection(url)


def test_settings_round_trip_and_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    save_settings(Settings(office_name="清河县人民政府办公室", early_minutes=5), path)
    loaded = load_settings(path)
    assert loaded.office_name == "清河县人民政府办公室" and loaded.early_minutes == 5
    path.write_text('{"timezone": "Mars/Olympus", "early_minutes": "ten"}', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.timezone == "Asia/Shanghai" and loaded.early_minutes == 10
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()


def test_head_constant_matches_the_migration_scripts(sqlite_db: dbmod.Database) -> None:
    from huiwu.migrations import HEAD

    assert dbmod.head_revision(sqlite_db) == HEAD, "update huiwu/migrations/__init__.py HEAD"


def test_migration_0004_platform_choice_round_trip(database: dbmod.Database) -> None:
    """0004 on the populated demo office (SQLite and PostgreSQL): rooms get 主席台 seats, participants the
    clerk's 主席台 choice; going down drops both and no row is lost; going up again starts undecided."""
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)

    def count(table: str) -> int:
        with database.engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

    before = {t: count(t) for t in ("venue", "participant", "meeting")}
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE venue SET platform_seats = 7"))
        conn.execute(text("UPDATE participant SET platform = :yes WHERE id = (SELECT min(id) FROM participant)"),
                     dict(yes=True))
    dbmod.downgrade(database, "0003")
    assert "platform" not in {c["name"] for c in inspect(database.engine).get_columns("participant")}
    assert "platform_seats" not in {c["name"] for c in inspect(database.engine).get_columns("venue")}
    assert {t: count(t) for t in before} == before
    dbmod.upgrade(database, backup=False)
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT max(platform_seats) FROM venue")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM participant WHERE platform IS NOT NULL")).scalar_one() == 0
    assert {t: count(t) for t in before} == before


def test_migration_0005_handout_level_round_trip(database: dbmod.Database) -> None:
    """0005 on the populated demo office (SQLite and PostgreSQL): every 明白纸 starts 公开 with no 保密期限;
    going down drops both columns and keeps every handout, milestone and table."""
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)

    def count(table: str) -> int:
        with database.engine.connect() as conn:
            return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())

    before = {t: count(t) for t in ("handout", "handout_milestone", "handout_table")}
    assert before["handout"] >= 2
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE handout SET confidentiality = 'secret_juemi', secrecy_term = '长期'"))
    dbmod.downgrade(database, "0004")
    columns = {c["name"] for c in inspect(database.engine).get_columns("handout")}
    assert not columns & {"confidentiality", "secrecy_term"}
    assert {t: count(t) for t in before} == before
    dbmod.upgrade(database, backup=False)
    with database.engine.connect() as conn:
        rows = set(conn.execute(text("SELECT confidentiality, secrecy_term FROM handout")))
    assert rows == {("public", "")} and {t: count(t) for t in before} == before


def test_migration_0006_agenda_item_levels_round_trip(database: dbmod.Database) -> None:
    """0006 on the populated demo office (SQLite and PostgreSQL): a 议题 marked 涉密 becomes 秘密; going down
    drops the level and term but keeps the 涉密 flag and every 议题."""
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)

    def rows() -> list[tuple[object, ...]]:
        with database.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT id, confidential FROM agenda_item ORDER BY id"))]

    before = rows()
    flagged = {i for i, c in before if c}
    assert flagged and len(flagged) < len(before)
    dbmod.downgrade(database, "0005")
    assert not {"secrecy_level", "secrecy_term"} & {c["name"] for c in inspect(database.engine).get_columns("agenda_item")}
    assert rows() == before
    dbmod.upgrade(database, backup=False)
    with database.engine.connect() as conn:
        levels = dict(conn.execute(text("SELECT id, secrecy_level FROM agenda_item")).all())
    assert {i for i, lv in levels.items() if lv == "secret_mimi"} == flagged
    assert {lv for i, lv in levels.items() if i not in flagged} == {""} and rows() == before


def test_migration_0009_credits_merges_made_before_it(database: dbmod.Database) -> None:
    """0009 on the populated demo office: a merge made before the ledger existed is credited with the same
    person-times the merge itself counts now; going down drops the new tables and keeps the meetings."""
    from huiwu.demo import create_demo
    from huiwu.services import meetings, week

    with database.uow() as uow:
        create_demo(uow)
        view = week.week_view(uow, *_demo_week(uow))
        source, target = [i.meeting_id for i in view.items if i.meeting_id is not None and not i.cancelled][:2]
        assert source is not None and target is not None
        meetings.merge_meetings(uow, source, meetings.get_meeting(uow, source).version, target,
                                meetings.get_meeting(uow, target).version)
    query = "SELECT source_id, target_id, person_times_saved, minutes_saved FROM meeting_merge ORDER BY source_id"
    with database.engine.connect() as conn:
        credited = [tuple(r) for r in conn.execute(text(query))]
        titles = list(conn.execute(text("SELECT id, title, status, merged_into_id FROM meeting ORDER BY id")))
    assert (source, target) in {c[:2] for c in credited} and len(credited) == 3  # the demo's two and this one
    dbmod.downgrade(database, "0008")
    assert not {"meeting_request", "meeting_request_invitee", "meeting_cap", "meeting_merge"} & set(
        inspect(database.engine).get_table_names())
    dbmod.upgrade(database, backup=False)
    with database.engine.connect() as conn:
        again = [tuple(r) for r in conn.execute(text(query))]
        kinds = {k for (k,) in conn.execute(text("SELECT kind FROM meeting_merge"))}
        assert list(conn.execute(text("SELECT id, title, status, merged_into_id FROM meeting ORDER BY id"))) == titles
    assert again == credited and kinds == {"merge"}  # the counts as the merges made them; kind unknown before


def _demo_week(uow: dbmod.UnitOfWork) -> tuple[int, int]:
    iso = uow.now().astimezone(SHANGHAI).isocalendar()  # the demo fills the clock's week
    return iso.year, iso.week


def test_migration_0010_round_trip_keeps_actions_and_leave(database: dbmod.Database) -> None:
    """0010 on the populated demo office: going down drops the returns ledger and the 时限节点 link, keeping
    every 督办 item and leave request; going up again starts an empty ledger."""
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)

    def rows() -> list[tuple[object, ...]]:
        with database.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT 'a', id, text FROM action_item UNION ALL SELECT 'l', id, reason FROM leave_request ORDER BY 1, 2"))]

    before = rows()
    assert before
    dbmod.downgrade(database, "0009")
    tables = inspect(database.engine)
    assert not {"return_request", "return_item"} & set(tables.get_table_names())
    assert "handout_milestone_id" not in {c["name"] for c in tables.get_columns("action_item")}
    assert rows() == before
    dbmod.upgrade(database, backup=False)
    assert rows() == before


def test_migration_0011_round_trip_keeps_meetings_and_actions(database: dbmod.Database) -> None:
    """0011 on the populated demo office: going down drops the 纪要, the 涉密材料 register and the 归档卷 and the
    督办 items' archive note, keeping every meeting, 议题 and 督办 item; going up again starts them empty."""
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)

    def rows() -> list[tuple[object, ...]]:
        with database.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(
                "SELECT 'a', id, text FROM action_item UNION ALL SELECT 'm', id, title FROM meeting "
                "UNION ALL SELECT 'g', id, title FROM agenda_item ORDER BY 1, 2"))]

    new = {"minutes", "minutes_section", "minutes_decision", "minutes_revision", "secret_material", "secret_copy",
           "meeting_archive"}
    before = rows()
    assert before
    dbmod.downgrade(database, "0010")
    tables = inspect(database.engine)
    assert not new & set(tables.get_table_names())
    assert "archive_note" not in {c["name"] for c in tables.get_columns("action_item")}
    assert rows() == before
    dbmod.upgrade(database, backup=False)
    assert rows() == before
    with database.engine.connect() as conn:
        assert set(conn.execute(text("SELECT archive_note FROM action_item")).scalars()) == {""}
