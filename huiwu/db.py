"""Engines, the unit of work, migrations and backups.

The embedded default is a SQLite file in the user's data folder, in WAL mode with foreign keys on and a
busy timeout, so a crash or a second window never corrupts it. An office that shares data between PCs
gives every copy the same PostgreSQL URL; the code is the same.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Mapper, Session, object_session, sessionmaker

from huiwu.clock import SYSTEM_CLOCK, Clock
from huiwu.errors import DatabaseError
from huiwu.files import DiskFullError, disk_full_message, make_private, write_atomic
from huiwu.models import Base
from huiwu.settings import Settings, data_dir

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def default_sqlite_path() -> Path:
    return data_dir() / "huiwu.sqlite3"


PASSWORD_SERVICE = "huiwu-database"


def resolve_url(cli_url: str | None = None, settings: Settings | None = None) -> str:
    """``--db`` first, then ``HUIWU_DATABASE_URL``, then the settings page, then the embedded file.

    The settings keep the shared server's address without its password; the password comes from the
    password store (:mod:`huiwu.passwords`).
    """
    for candidate in (cli_url, os.environ.get("HUIWU_DATABASE_URL")):
        if candidate:
            return normalise_url(candidate)
    if settings is not None and settings.database_url:
        return with_stored_password(normalise_url(settings.database_url))
    return f"sqlite:///{default_sqlite_path()}"


def split_password(url: str) -> tuple[str, str | None]:
    """(the address without its password, the password) of a database URL."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    if parsed.password is None:
        return url, None
    return _without_password(parsed), str(parsed.password)


def _without_password(parsed: URL) -> str:
    # URL.set(password=None) leaves the password as it is ("None" means "unchanged" there).
    bare = URL.create(parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, parsed.query)
    return bare.render_as_string(hide_password=False)


def with_stored_password(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.password is not None or parsed.username is None or parsed.get_backend_name() == "sqlite":
        return url
    from huiwu import passwords

    secret = passwords.get(PASSWORD_SERVICE, _without_password(parsed))
    return parsed.set(password=secret).render_as_string(hide_password=False) if secret else url


def keep_password_out_of_settings(settings: Settings) -> bool:
    """Move a password written into the settings' database address to the password store; True when changed."""
    address, secret = split_password(settings.database_url)
    if secret is None:
        return False
    from huiwu import passwords

    passwords.put(PASSWORD_SERVICE, normalise_url(address), secret)
    settings.database_url = address
    return True


def normalise_url(url: str) -> str:
    """Accept a bare file path for SQLite and a plain postgresql:// URL (we ship psycopg 3)."""
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"数据库地址“{url}”格式不正确：{exc}") from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
            if Path(database).parent == data_dir():
                make_private(data_dir())  # the office's data: this account only
            if not Path(database).exists():
                Path(database).touch(mode=0o600)  # SQLite gives the -wal and -shm files the same mode
            else:
                make_private(Path(database))
        # One serial worker thread does the GUI's database work, but migrations run on the main thread
        # first; the pool may hand that connection to the worker, which is safe as use is serial.
        engine = create_engine(url, connect_args={"timeout": 5, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


def check_connection(url: str) -> str:
    """Connect once and say what is there; raises DatabaseError with a sentence the user can act on."""
    engine = make_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            tables = inspect(conn).get_table_names()
    except (OperationalError, SQLAlchemyError) as exc:
        raise DatabaseError(f"无法连接数据库：{_first_line(exc)}") from exc
    finally:
        engine.dispose()
    if "meeting" in tables:
        return "连接成功，数据库中已有会务数据。"
    return "连接成功，这是一个空数据库，首次启动时将自动建表。"


def _first_line(exc: BaseException) -> str:
    message = str(getattr(exc, "orig", None) or exc)
    return message.strip().splitlines()[0] if message.strip() else type(exc).__name__


# ---------------------------------------------------------------- time stamps from the unit of work's clock


def _clock_of(target: object) -> Clock:
    session = object_session(target)
    clock = session.info.get("clock") if session is not None else None
    return clock if isinstance(clock, Clock) else SYSTEM_CLOCK


def _stamp_new(mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """``created_at``/``updated_at``/``at`` of a new row: the clock's now, unless the service set them."""
    now: dt.datetime | None = None
    for column in mapper.columns:
        if column.info.get("stamp") and column.key is not None and getattr(target, column.key, None) is None:
            now = now or _clock_of(target).now()
            setattr(target, column.key, now)


def _stamp_changed(mapper: Mapper[Any], connection: Any, target: Any) -> None:
    """``updated_at`` of a row about to be UPDATEd with real changes (what ``onupdate`` would do)."""
    session = object_session(target)
    if session is None or not session.is_modified(target, include_collections=False):
        return
    state = inspect(target)
    for column in mapper.columns:
        key = column.key
        if column.info.get("stamp") == "update" and key is not None and not state.attrs[key].history.has_changes():
            setattr(target, key, _clock_of(target).now())


event.listen(Base, "before_insert", _stamp_new, propagate=True)
event.listen(Base, "before_update", _stamp_changed, propagate=True)


class UnitOfWork:
    """One use case = one session = one transaction. Leaving the block without ``commit()`` rolls back.

    ``clock`` is the one source of "now" for the use case: services read ``uow.now()`` / ``uow.today()``,
    and the rows' time stamps come from it too.
    """

    def __init__(
        self, session_factory: sessionmaker[Session], settings: Settings, clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self._factory = session_factory
        self.settings = settings
        self.clock = clock
        self._session: Session | None = None

    def now(self) -> dt.datetime:
        """The current instant (aware, UTC) by this unit of work's clock."""
        return self.clock.now()

    def today(self) -> dt.date:
        """Today in the office's time zone."""
        return self.clock.today(self.settings.tz())

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside a 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        self._session.info["clock"] = self.clock
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


class Database:
    """An engine plus the factory of units of work; one per open database."""

    def __init__(self, url: str, settings: Settings | None = None, clock: Clock = SYSTEM_CLOCK) -> None:
        self.url = url
        self.settings = settings or Settings()
        self.clock = clock
        self.engine = make_engine(url)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self.settings, self.clock)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def sqlite_path(self) -> Path | None:
        database = self.engine.url.database
        if self.is_sqlite and database and database != ":memory:":
            return Path(database)
        return None

    def dispose(self) -> None:
        self.engine.dispose()


# ---------------------------------------------------------------- migrations and backups


def alembic_config(db: Database) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = db.engine
    return cfg


def current_revision(db: Database) -> str | None:
    """Read alembic_version directly: cheaper than Alembic's MigrationContext, same answer."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return versions[0] if len(versions) == 1 else None


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()



def upgrade(db: Database, revision: str = "head", backup: bool = True) -> Path | None:
    """Bring the schema to ``revision``; an existing SQLite file is copied aside first when anything will change."""
    from huiwu import migrations

    current = current_revision(db)
    if revision == "head" and current == migrations.HEAD:
        return None  # the common case: up to date, and no Alembic import needed
    from alembic import command

    backup_path = backup_sqlite(db, reason="before-upgrade") if backup and current is not None else None
    try:
        command.upgrade(alembic_config(db), revision)
    except SQLAlchemyError as exc:
        raise DatabaseError(f"数据库升级失败：{_first_line(exc)}。原数据已备份，未作修改。") from exc
    return backup_path


def downgrade(db: Database, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(db), revision)


def backup_sqlite(db: Database, reason: str = "manual", keep: int | None = None) -> Path | None:
    """Copy the SQLite file with the online backup API (safe while in use) and keep the newest N."""
    source = db.sqlite_path()
    if source is None or not source.exists():
        return None
    folder = source.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = db.clock.local(db.settings.tz()).strftime("%Y%m%d-%H%M%S-%f")  # the office's wall clock
    target = folder / f"{source.stem}-{stamp}-{reason}.sqlite3"
    n = 1
    while target.exists():  # two backups within one tick of the clock (or a clock standing still)
        n += 1
        target = folder / f"{source.stem}-{stamp}-{n}-{reason}.sqlite3"
    _sqlite_copy(source, target)
    make_private(folder)
    _rotate(folder, source.stem, reason, keep if keep is not None else db.settings.backups_kept)
    log.info("backed up %s to %s", source, target)
    return target


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy (the online backup API), written whole or not at all, readable by the clerk only."""
    needed = source.stat().st_size * 1.2 + 16 * 1024 * 1024
    target.parent.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(target.parent).free < needed:
        raise DiskFullError(disk_full_message(target))

    def copy(tmp: Path) -> None:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(tmp)) as dst:
            src.backup(dst)

    write_atomic(target, copy, private=True)


def _rotate(folder: Path, stem: str, reason: str, keep: int) -> None:
    """Keep the newest ``keep`` backups of each purpose: routine backups never rotate a pre-upgrade one away."""
    backups = sorted(folder.glob(f"{stem}-*-{reason}.sqlite3"))
    for old in backups[: max(0, len(backups) - keep)]:
        old.unlink(missing_ok=True)


def backup_to(db: Database, target: Path) -> Path:
    """``huiwu backup FILE``: a consistent copy of the embedded database wherever the user wants it."""
    source = db.sqlite_path()
    if source is None:
        raise DatabaseError("PostgreSQL 数据库请用 pg_dump 备份；本命令只备份内置的 SQLite 数据库。")
    _sqlite_copy(source, target)
    return target


@contextmanager
def open_database(
    url: str, settings: Settings | None = None, migrate: bool = True, clock: Clock = SYSTEM_CLOCK
) -> Iterator[Database]:
    db = Database(url, settings, clock)
    try:
        if migrate:
            upgrade(db)
        yield db
    finally:
        db.dispose()
