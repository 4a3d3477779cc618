"""Engines, the unit of work, migrations and backups.

The embedded default is a SQLite file in the user's data folder, in WAL mode with foreign keys on and a
busy timeout, so a crash or a second window never corrupts it. An office that shares data between PCs
gives every copy the same PostgreSQL URL; the code is the same.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Mapper, Session, object_session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from huiwu.clock import SYSTEM_CLOCK, Clock, FixedClock
from huiwu.errors import ConflictError, DatabaseError, HuiwuError
from huiwu.files import DiskFullError, disk_full_message, make_private, write_atomic
from huiwu.models import Base
from huiwu.settings import Settings, data_dir, database_address, embedded_database_path, normalise_url

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def default_sqlite_path() -> Path:
    return embedded_database_path()


PASSWORD_SERVICE = "huiwu-database"


def resolve_url(cli_url: str | None = None, settings: Settings | None = None) -> str:
    """``--db`` first, then ``HUIWU_DATABASE_URL``, then the settings page, then the embedded file.

    The settings keep the shared server's address without its password; the password comes from the
    password store (:mod:`huiwu.passwords`).
    """
    address, from_settings = database_address(cli_url, settings)
    return with_stored_password(address) if from_settings else address


def split_password(url: str) -> tuple[str, str | None]:
    """(the address without its password, the password) of a database URL."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url, None
    if parsed.password is None:
        return url, None
    return _without_password(parsed), str(parsed.password)


def _without_password(parsed: URL, drivername: str | None = None) -> str:
    """The address without its password (``drivername`` "postgresql": the libpq form pg_dump takes)."""
    # URL.set(password=None) leaves the password as it is ("None" means "unchanged" there).
    bare = URL.create(drivername or parsed.drivername, parsed.username, None, parsed.host, parsed.port,
                      parsed.database, parsed.query if drivername is None else {})
    return bare.render_as_string(hide_password=False)


def with_stored_password(url: str) -> str:
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    if parsed.password is not None or parsed.username is None or parsed.get_backend_name() == "sqlite":
        return url
    from huiwu import passwords

    # On a PC without a keyring that keeps passwords for the session only, the window asks for it here.
    secret = passwords.get_or_ask(PASSWORD_SERVICE, _without_password(parsed),
                                  f"数据库服务器 {parsed.username}@{parsed.host or 'localhost'}")
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


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_read_only_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    """A read-only window's connection: SQLite refuses every write ("attempt to write a readonly database").

    The journal mode is left as the file has it (the window that has it open set WAL): setting it is a write.
    """
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA query_only=ON")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


# PostgreSQL: every transaction of the session starts READ ONLY; a write fails with SQLSTATE 25006.
PG_READ_ONLY_OPTIONS = "-c default_transaction_read_only=on"
READ_ONLY_MESSAGE = ("此窗口为只读方式打开，未作任何更改。要修改，请切换到已打开此数据库的会务窗口，"
                     "或关闭那个窗口后重新打开会务。")


URL_FORMS = "应为 SQLite 文件路径，或 postgresql://用户名@服务器:端口/数据库名"


def shown(url: str) -> str:
    """A database address as messages show it: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return url.split("@")[-1] if "@" in url else url


def make_engine(url: str, read_only: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: "postgresql://h:x/db" (a port that is no number)
        raise DatabaseError(f"数据库地址“{shown(url)}”格式不正确（{URL_FORMS}）。") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise DatabaseError(f"数据库地址“{shown(url)}”：不支持 {backend} 数据库（{URL_FORMS}）。")
    if backend == "sqlite":
        database = parsed.database
        if read_only and database and database != ":memory:" and not Path(database).is_file():
            raise DatabaseError(f"找不到数据库文件 {database}，无法以只读方式打开。")
        if database and database != ":memory:" and not read_only:
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
        event.listen(engine, "connect", _sqlite_read_only_pragmas if read_only else _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {"connect_timeout": 5}
    if read_only:
        connect_args["options"] = PG_READ_ONLY_OPTIONS
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except (ArgumentError, ImportError) as exc:  # NoSuchModuleError: "postgresql+nosuch://"
        raise DatabaseError(f"数据库地址“{shown(url)}”无法使用（{URL_FORMS}）。") from exc


def failure_message(exc: SQLAlchemyError, url: str = "", read_only: bool = False) -> str | None:
    """The sentence for a database failure that is the machine's state, not a bug; None for the others.

    An unreachable server, a wrong password, a full disk, a locked file: the clerk (or the office's IT)
    can act on each. The driver's text stays in the log; the message never shows SQL or the data.
    """
    if not isinstance(exc, DBAPIError):
        return None
    text = str(exc.orig).lower() if exc.orig is not None else ""
    where = shown(url) if url else "数据库"
    if "read-only transaction" in text or (read_only and "readonly database" in text):
        return READ_ONLY_MESSAGE  # PostgreSQL says so; SQLite's query_only looks like a read-only file
    if "disk is full" in text or "no space left" in text or "could not extend file" in text:
        if not url:
            return "磁盘已满，本次操作没有保存。请清理磁盘（例如删除不用的旧备份、下载文件）后重试。"
        if url.startswith("sqlite"):
            return disk_full_message(Path(make_url(url).database or "huiwu.sqlite3"))
        return f"数据库服务器 {where} 的磁盘已满，本次操作没有保存。请通知管理数据库服务器的同事清理磁盘。"
    if "database is locked" in text:
        return "数据库正忙（另一个程序或另一台电脑正在写入），请稍后重试；本次操作没有保存。"
    if "password authentication failed" in text or "no password supplied" in text:
        return f"无法登录数据库 {where}：用户名或密码不对。请在“设置”中重新填写数据库密码。"
    if 'database "' in text and "does not exist" in text:
        return f"数据库服务器上没有 {where} 这个数据库：请检查地址中的数据库名，或请管理员先建立它。"
    if isinstance(exc, OperationalError) and (exc.connection_invalidated or _is_connect_failure(text)):
        return (f"无法连接数据库 {where}。请检查数据库服务器是否开启、地址和端口是否正确、本机网络是否连通；"
                "本次操作没有保存。")
    if "unable to open database file" in text or "readonly database" in text:
        return f"无法写入数据库文件 {where}：请检查该文件夹是否存在、是否有写入权限。"
    if "file is not a database" in text or "malformed" in text:
        return f"数据库文件 {where} 已损坏或不是会务数据库。请从备份恢复（“huiwu backup” 的备份在同一文件夹的 backups 中）。"
    return None


def _is_connect_failure(text: str) -> bool:
    return any(marker in text for marker in (
        "connection refused", "could not connect", "connection failed", "failed to resolve host",
        "name or service not known", "timeout expired", "server closed the connection", "connection timed out",
        "no route to host", "network is unreachable",
    ))


def check_connection(url: str) -> str:
    """Connect once and say what is there; raises DatabaseError with a sentence the user can act on."""
    full = with_stored_password(normalise_url(url))  # the settings keep the address, the store its password
    engine = make_engine(full)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            tables = inspect(conn).get_table_names()
    except SQLAlchemyError as exc:
        raise DatabaseError(failure_message(exc, full) or f"无法连接数据库：{_first_line(exc)}") from exc
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


RECORD_LABELS = {
    "meeting": "会议", "person": "人员", "unit": "单位", "venue": "会议室",
    "participant": "签到记录", "person_group": "分组", "leave_request": "请假记录", "checklist_item": "清单项", "checklist_template": "清单模板",
    "action_item": "督办事项", "handout": "明白纸", "imported_calendar": "导入日历", "caldav_target": "日历同步设置",
    "week_plan": "周安排",
}


def _stale_record(exc: StaleDataError) -> str:
    match = re.search(r"table '(\w+)'", str(exc))
    return RECORD_LABELS.get(match.group(1), "该记录") if match else "该记录"


class UnitOfWork:
    """One use case = one session = one transaction. Leaving the block without ``commit()`` rolls back.

    ``clock`` is the one source of "now" for the use case: services read ``uow.now()`` / ``uow.today()``,
    and the rows' time stamps come from it too.
    """

    def __init__(
        self, session_factory: sessionmaker[Session], settings: Settings, clock: Clock = SYSTEM_CLOCK,
        read_only: bool = False,
    ) -> None:
        self._factory = session_factory
        self.settings = settings
        self.clock = clock
        self.read_only = read_only
        self._session: Session | None = None

    def now(self) -> dt.datetime:
        """The current instant (aware, UTC) by this unit of work's clock."""
        return self.clock.now()

    @contextmanager
    def clock_at(self, when: dt.datetime) -> Iterator[None]:
        """What the block does happens at ``when``: this unit of work's "now" and its rows' time stamps read a
        clock pinned there (the demo office writes its weeks of history so)."""
        saved = self.clock
        self.clock = self.session.info["clock"] = FixedClock(when)
        try:
            yield
        finally:
            self.clock = self.session.info["clock"] = saved

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
        except SQLAlchemyError:  # the connection is gone: nothing to roll back, and the cause is raised below
            log.warning("rollback failed", exc_info=True)
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, StaleDataError):  # the version column: another PC saved the same record meanwhile
            raise ConflictError.meanwhile(_stale_record(exc)) from exc
        if isinstance(exc, SQLAlchemyError):
            url = self._factory.kw["bind"].url.render_as_string(hide_password=False)
            if failure_message(exc, url, self.read_only) == READ_ONLY_MESSAGE:
                raise ReadOnlyError(READ_ONLY_MESSAGE) from exc
            if failure_message(exc, url) is not None:
                raise _sentence(exc, url) from exc

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()


class ReadOnlyError(DatabaseError):
    """A write in a window the clerk opened read-only (another window has the database open)."""


class Database:
    """An engine plus the factory of units of work; one per open database.

    ``read_only``: every connection refuses writes (SQLite ``query_only``, PostgreSQL read-only transactions),
    for a second window on a database another window of this PC already has open; a write attempt raises
    :class:`ReadOnlyError` with a sentence, and nothing is changed.
    """

    def __init__(
        self, url: str, settings: Settings | None = None, clock: Clock = SYSTEM_CLOCK, read_only: bool = False
    ) -> None:
        self.url = url
        self.settings = settings or Settings()
        self.clock = clock
        self.read_only = read_only
        self.engine = make_engine(url, read_only)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._factory, self.settings, self.clock, self.read_only)

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


def alembic_config(db: Database, engine: Engine | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine or db.engine
    return cfg


@contextmanager
def _migration_engine(db: Database) -> Iterator[Engine]:
    """The engine migrations run on: every migration, data and DDL alike, in one transaction.

    PostgreSQL's DDL is transactional already. Python's sqlite3 driver commits each CREATE/ALTER on its
    own (it only opens transactions before INSERT/UPDATE/DELETE), so a kill -9 during the first schema
    creation left 17 of 28 tables. On SQLite the migration engine therefore leaves the driver's
    transaction handling off and issues BEGIN IMMEDIATE itself (SQLAlchemy's documented recipe).
    """
    if not db.is_sqlite:
        yield db.engine
        return
    engine = create_engine(db.engine.url, connect_args={"timeout": 5, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, record: Any) -> None:
        _sqlite_pragmas(dbapi_conn, record)
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    try:
        yield engine
    finally:
        engine.dispose()


def current_revision(db: Database) -> str | None:
    """Read alembic_version directly: cheaper than Alembic's MigrationContext, same answer."""
    try:
        with db.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except SQLAlchemyError as exc:
        raise _sentence(exc, db.url) from exc
    return versions[0] if len(versions) == 1 else None


def _sentence(exc: SQLAlchemyError, url: str) -> HuiwuError:
    """The failure as an error the clerk can read; the driver's words go to the log."""
    log.warning("database failure on %s: %s", shown(url), exc)
    message = failure_message(exc, url)
    if message is None:
        return DatabaseError(f"数据库 {shown(url)} 出错：{_first_line(exc)}")
    return (DiskFullError if "磁盘已满" in message else DatabaseError)(message)


def known_revisions(db: Database) -> list[str]:
    from alembic.script import ScriptDirectory

    return [s.revision for s in ScriptDirectory.from_config(alembic_config(db)).walk_revisions()]


def _check_known(db: Database, revision: str | None) -> None:
    if revision is not None and revision not in known_revisions(db):
        raise DatabaseError(
            f"数据库 {shown(db.url)} 的结构版本“{revision}”不是本程序认识的版本，它可能由更新版本的会务建立。"
            "请安装最新版本的会务后再打开；数据库没有被改动。"
        )


def head_revision(db: Database) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()



def upgrade(db: Database, revision: str = "head", backup: bool = True) -> Path | None:
    """Bring the schema to ``revision``; an existing SQLite file is copied aside first when anything will change."""
    from huiwu import migrations

    current = current_revision(db)
    if revision == "head" and current == migrations.HEAD:
        return None  # the common case: up to date, and no Alembic import needed
    if db.read_only:
        raise DatabaseError(f"数据库 {shown(db.url)} 尚未建表或需要升级结构，只读方式无法打开。请先以正常方式打开会务一次"
                            "（它会自动升级）；数据库没有被改动。")
    from alembic import command

    _check_known(db, current)
    backup_path = backup_sqlite(db, reason="before-upgrade") if backup and current is not None else None
    from alembic.util import CommandError

    try:
        with _migration_engine(db) as engine:
            command.upgrade(alembic_config(db, engine), revision)
    except CommandError as exc:  # an unknown or older target revision: nothing was run
        raise DatabaseError(f"没有进行升级：结构版本“{revision}”无法升级到（{exc}）。数据库没有被改动。") from exc
    except SQLAlchemyError as exc:
        kept = f"升级前的数据已备份到 {backup_path}；" if backup_path else ""
        raise DatabaseError(f"数据库升级失败：{_first_line(exc)}。{kept}升级在一个事务中进行，数据库仍是原来的版本。") \
            from exc
    return backup_path


def downgrade(db: Database, revision: str, backup: bool = True, pg_dump: str | None = None) -> Path | None:
    """Take the schema down to ``revision`` (tables and columns of later revisions are dropped, with their data).

    A backup comes first on both engines (:func:`backup_before_downgrade`); if it cannot be made, nothing
    is dropped. Returns the backup's path.
    """
    from alembic import command
    from alembic.util import CommandError

    current = current_revision(db)
    _check_known(db, current)
    order = known_revisions(db)  # newest first
    if revision != "base" and revision not in order:
        raise DatabaseError(f"没有结构版本“{revision}”（可选：base、{'、'.join(reversed(order))}）。")
    if current is None:
        raise DatabaseError("数据库还没有建表，无需降级。")
    if revision == current:
        raise DatabaseError(f"数据库已是结构版本 {current}，无需降级；未作任何修改。")
    if revision != "base" and order.index(revision) < order.index(current):
        raise DatabaseError(f"数据库当前是结构版本 {current}，“{revision}”比它新：请用 huiwu db upgrade。未作任何修改。")
    backup_path = backup_before_downgrade(db, pg_dump) if backup else None
    try:
        with _migration_engine(db) as engine:
            command.downgrade(alembic_config(db, engine), revision)
    except SQLAlchemyError as exc:
        raise _sentence(exc, db.url) from exc
    except CommandError as exc:
        raise DatabaseError(f"降级没有进行：{exc}。") from exc
    return backup_path


def backup_before_downgrade(db: Database, pg_dump: str | None = None) -> Path:
    """SQLite: a copy of the file. PostgreSQL: ``pg_dump`` where it is installed, otherwise the app's own dump
    (:mod:`huiwu.dump`, restored by ``huiwu db restore``). Kept in the data folder's backups, this account only."""
    if db.is_sqlite:
        path = backup_sqlite(db, reason="before-downgrade", keep=max(db.settings.backups_kept, 1))
        if path is None:
            raise DatabaseError(f"找不到数据库文件 {db.sqlite_path()}，无法在降级前备份；未作任何修改。")
        return path
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    name = make_url(db.url).database or "huiwu"
    stamp = db.clock.local(db.settings.tz()).strftime("%Y%m%d-%H%M%S-%f")
    tool = pg_dump if pg_dump is not None else shutil.which("pg_dump")
    if tool:
        target = folder / f"{name}-{stamp}-before-downgrade.pgdump"
        try:
            return _pg_dump(db, tool, target)
        except DatabaseError as exc:
            log.warning("pg_dump failed, using the app's own dump: %s", exc)
    from huiwu import dump

    target = folder / f"{name}-{stamp}-before-downgrade.json"
    dump.dump(db, target)
    return target


def _pg_dump(db: Database, tool: str, target: Path) -> Path:
    import subprocess

    parsed = make_url(db.url)
    uri = _without_password(parsed, "postgresql")
    env = {**os.environ, **({"PGPASSWORD": str(parsed.password)} if parsed.password else {})}

    def run(tmp: Path) -> None:
        result = subprocess.run([tool, "--format=custom", f"--file={tmp}", uri],
                                env=env, capture_output=True, text=True, timeout=3600)
        if result.returncode != 0:
            raise DatabaseError(f"pg_dump 失败：{result.stderr.strip().splitlines()[-1] if result.stderr.strip() else result.returncode}")

    return write_atomic(target, run, private=True)


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
