"""Shared fixtures: an isolated config folder, real SQLite and real PostgreSQL databases, the Qt app.

PostgreSQL is started once per test session from the system's binaries (``initdb`` refuses root, so
it runs as the ``postgres`` user via runuser). Without the binaries the PostgreSQL tests are skipped
with a visible reason — except under CI (``CI=true``), where a skip would hide a broken set-up and
is turned into a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

_SESSION_DIR = Path(tempfile.mkdtemp(prefix="huiwu-tests-"))
# The GUI runs offscreen on the office laptop's screen, 1366×768 (Qt's offscreen default is 800×800).
OFFICE_SCREEN = (1366, 768)
(_SESSION_DIR / "screen.json").write_text(json.dumps({"screens": [{
    "name": "laptop", "x": 0, "y": 0, "width": OFFICE_SCREEN[0], "height": OFFICE_SCREEN[1],
    "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SESSION_DIR / 'screen.json'}"
os.environ["HUIWU_CONFIG_DIR"] = str(_SESSION_DIR / "config")
os.environ["HUIWU_DATA_DIR"] = str(_SESSION_DIR / "data")
os.environ.pop("HUIWU_DATABASE_URL", None)
os.environ["HUIWU_DEBUG"] = "1"  # a bug in a command fails its test with the traceback (the clerk gets a sentence)
os.environ.setdefault("XDG_CONFIG_HOME", str(_SESSION_DIR / "xdg"))  # QSettings of the GUI tests

import datetime as dt  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

import pytest  # noqa: E402

from huiwu import db as dbmod  # noqa: E402
from huiwu.clock import AdvancingClock, Clock, FixedClock  # noqa: E402
from huiwu.settings import Settings  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# Every test runs at this instant (Monday of 2026-W48, 10:00 in Beijing), whatever the date of the machine:
# the demo office is built around this day, and "overdue", "this week" and "today" are judged against it.
# The clock advances at the real pace from there, so "later" stays later within a test.
PINNED_NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
DEMO_DAY = PINNED_NOW.date()

# ../shared beside the project holds the real clients' calendar files; a fresh clone has no ../shared.
ICS_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "ics-corpus"
# The project's own pathological files, one per repair or refusal of the importer (tests/ics/README.md).
OWN_ICS = Path(__file__).resolve().parent / "ics"


def corpus_files() -> list[Path]:
    """The corpus's .ics files, or none when ../shared is absent (the tests that need them then skip)."""
    return sorted(ICS_CORPUS.rglob("*.ics")) if ICS_CORPUS.is_dir() else []


def own_ics_files() -> list[Path]:
    return sorted(OWN_ICS.rglob("*.ics"))


def require_corpus() -> Path:
    """The corpus folder; skips the test with a visible reason when it is absent, fails under CI."""
    if ICS_CORPUS.is_dir():
        return ICS_CORPUS
    message = (f"real-client calendar corpus not found at {ICS_CORPUS} (a clone without ../shared): "
               "skipped; the project's own files in tests/ics still test every repair")
    if IN_CI:
        pytest.fail(message + ". Under CI this is a failure.")
    pytest.skip(message)


@pytest.fixture
def ics_corpus() -> Path:
    return require_corpus()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_SESSION_DIR, ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def settings() -> Settings:
    return Settings(operator="测试员")


@pytest.fixture
def clock() -> Clock:
    """The test's clock, shared by its databases and GUI context; a test may ``set``/``advance`` it."""
    return AdvancingClock(PINNED_NOW)


# ---------------------------------------------------------------- PostgreSQL


def _pg_bin(name: str) -> str | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        self.url_base = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}"

    def _run(self, *cmd: str) -> subprocess.CompletedProcess[str]:
        full = ["runuser", "-u", "postgres", "--", *cmd] if self.as_postgres else list(cmd)
        return subprocess.run(full, capture_output=True, text=True, check=False)

    def start(self) -> None:
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        assert initdb and pg_ctl
        self.root.mkdir(parents=True, exist_ok=True)
        if self.as_postgres:
            shutil.chown(self.root, "postgres", "postgres")
        result = self._run(initdb, "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                           "--locale=C.UTF-8", "--no-sync")
        if result.returncode:
            raise RuntimeError(f"initdb failed: {result.stderr}")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        result = self._run(pg_ctl, "-D", str(self.data), "-o", options, "-l", str(self.root / "log"), "-w", "start")
        if result.returncode:
            raise RuntimeError(f"pg_ctl start failed: {result.stderr}\n{(self.root / 'log').read_text(errors='replace')}")

    def stop(self) -> None:
        pg_ctl = _pg_bin("pg_ctl")
        if pg_ctl:
            self._run(pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self, template: str | None = None) -> str:
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as conn:
            suffix = f" TEMPLATE {template}" if template else ""
            for attempt in range(20):  # the template may still be busy for a moment after use
                try:
                    conn.execute(f"CREATE DATABASE {name}{suffix}")
                    break
                except psycopg.errors.ObjectInUse:
                    time.sleep(0.1 * (attempt + 1))
        return f"{self.url_base}/{name}"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    if not (_pg_bin("initdb") and _pg_bin("pg_ctl")):
        message = "PostgreSQL binaries (initdb, pg_ctl) not found: PostgreSQL tests skipped. Install postgresql."
        if IN_CI:
            pytest.fail(message + " Under CI this is a failure.")
        pytest.skip(message)
    server = PostgresServer(Path(tempfile.mkdtemp(prefix="huiwu-pg-")))
    try:
        server.start()
    except RuntimeError as exc:
        if IN_CI:
            pytest.fail(str(exc))
        pytest.skip(f"PostgreSQL could not start: {exc}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer) -> str:
    """A migrated database that each test copies (CREATE DATABASE … TEMPLATE is much faster than migrating)."""
    url = pg_server.create_database()
    database = dbmod.Database(url, Settings())
    dbmod.upgrade(database, backup=False)
    database.dispose()
    return url.rsplit("/", 1)[1]


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = dbmod.Database(f"sqlite:///{path}", Settings())
    dbmod.upgrade(database, backup=False)
    database.dispose()
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(
    request: pytest.FixtureRequest, settings: Settings, clock: Clock, tmp_path: Path
) -> Iterator[dbmod.Database]:
    """A migrated, empty database — once on SQLite, once on a real PostgreSQL."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "huiwu.sqlite3"
        shutil.copy(template, path)
        url = f"sqlite:///{path}"
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        url = server.create_database(template=request.getfixturevalue("pg_template"))
    database = dbmod.Database(url, settings, clock)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(settings: Settings, clock: Clock, tmp_path: Path, sqlite_template: Path) -> Iterator[dbmod.Database]:
    """SQLite only, for tests about the embedded file itself and for the GUI."""
    path = tmp_path / "huiwu.sqlite3"
    shutil.copy(sqlite_template, path)
    database = dbmod.Database(f"sqlite:///{path}", settings, clock)
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The demo office, built once per session at the pinned date and copied by the tests that need it."""
    from huiwu.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    database = dbmod.Database(f"sqlite:///{path}", Settings(operator="测试员"), FixedClock(PINNED_NOW))
    with database.uow() as uow:
        create_demo(uow)
    database.dispose()
    return path


@pytest.fixture
def demo_db(settings: Settings, clock: Clock, tmp_path: Path, demo_template: Path) -> Iterator[dbmod.Database]:
    """The demo office, with its identity in the settings (清河县人民政府办公室), as ``create_demo`` leaves them."""
    from huiwu.demo import adopt_demo_identity

    adopt_demo_identity(settings)
    path = tmp_path / "demo.sqlite3"
    shutil.copy(demo_template, path)
    database = dbmod.Database(f"sqlite:///{path}", settings, clock)
    yield database
    database.dispose()


@pytest.fixture
def no_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A Linux PC without a Secret Service (keyring's fail backend), with its own config folder."""
    import keyring
    from keyring.backends import fail

    from huiwu import passwords

    monkeypatch.setenv("HUIWU_CONFIG_DIR", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    passwords.end_session()
    yield
    passwords.set_prompt(None)
    passwords.end_session()
    keyring.set_keyring(previous)


# ---------------------------------------------------------------- GUI


@pytest.fixture
def gui_ctx(qtbot, demo_db: dbmod.Database, settings: Settings):  # type: ignore[no-untyped-def]
    """An AppContext over the demo office, with zh_CN loaded like the real app."""
    from PySide6.QtWidgets import QApplication

    from ui.app import build_context, install_translations

    translators = install_translations(QApplication.instance(), "zh_CN")  # type: ignore[arg-type]
    ctx = build_context(demo_db, settings)  # the database's clock: pinned
    yield ctx
    qtbot.waitUntil(lambda: ctx.pending == 0, timeout=10000)
    ctx.shutdown()
    app = QApplication.instance()
    for translator in translators:
        app.removeTranslator(translator)  # type: ignore[union-attr]


def wait_idle(qtbot, ctx, timeout: int = 10000) -> None:  # type: ignore[no-untyped-def]
    """Let the background worker finish and its results reach the GUI."""
    qtbot.waitUntil(lambda: ctx.pending == 0, timeout=timeout)


def run_cli(argv: list[str]) -> int:
    """``huiwu …`` in-process, at the pinned instant (the real command passes the system clock)."""
    from huiwu.cli import run

    return run(argv, AdvancingClock(PINNED_NOW))
