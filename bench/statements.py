"""Benchmark: SQL statements and time per use case on a 16- and a 1,000-participant meeting, SQLite and PostgreSQL.

Run: .venv/bin/python bench/statements.py

The meetings and the use cases are those of tests/foundation/test_statements.py (the editor's load, the meeting
list, the notice, the sign-in roster, every printed document of a meeting). Per use case it prints the statements
at 16 and at 1,000 participants, and the median time at 1,000 as a ratio against a bare SELECT of the same rows
(the participants with their person and unit, through the same driver) run in the same process. PostgreSQL is
started from the system's binaries like the tests' PostgresServer does; without them, or when it does not start,
a skip line is printed and the SQLite figures stand alone. On an office's PostgreSQL over a LAN every statement
is a round trip more (about 1 ms), so the statement counts matter beyond these local times.
Target: statements equal at both sizes for every use case; the editor's load (get_meeting) at most 10.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goals import goal
from sqlalchemy.exc import OperationalError

from huiwu.clock import FixedClock
from huiwu.db import Database, UnitOfWork, upgrade
from huiwu.settings import Settings
from tests.foundation.test_statements import EDITOR_LIMIT, SIZES, build_meeting, clash_check, count, use_cases

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))  # the tests' pinned instant
RUNS = 5
BARE = """SELECT p.*, pe.*, u.* FROM participant p JOIN person pe ON p.person_id = pe.id
          JOIN unit u ON pe.unit_id = u.id WHERE p.meeting_id = {param}"""


# ---------------------------------------------------------------- PostgreSQL, when the machine has it


def _pg_bin(name: str) -> str | None:
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (folder / name).exists():
            return str(folder / name)
    return shutil.which(name)


def _start_postgres(root: Path) -> tuple[str | None, Callable[[], None]]:
    """(the URL of a fresh server's database, or None with the reason printed; how to stop it)."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        print("skip statements-postgresql: initdb/pg_ctl not found (install postgresql to measure it)")
        return None, lambda: None
    as_postgres = os.geteuid() == 0  # initdb refuses root

    def run(*cmd: str) -> subprocess.CompletedProcess[str]:
        full = ["runuser", "-u", "postgres", "--", *cmd] if as_postgres else list(cmd)
        return subprocess.run(full, capture_output=True, text=True, check=False)

    def stop() -> None:
        run(pg_ctl, "-D", str(root / "data"), "-m", "immediate", "stop")

    try:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = int(s.getsockname()[1])
        if as_postgres:
            shutil.chown(root, "postgres", "postgres")
        result = run(initdb, "-D", str(root / "data"), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                     "--locale=C.UTF-8", "--no-sync")
        if result.returncode == 0:
            options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
            result = run(pg_ctl, "-D", str(root / "data"), "-o", options, "-l", str(root / "log"), "-w", "start")
    except (OSError, LookupError) as exc:  # no runuser, no postgres user: the bench goes on without it
        print(f"skip statements-postgresql: {exc}")
        return None, lambda: None
    if result.returncode:
        print(f"skip statements-postgresql: it did not start ({result.stderr.strip()[:200]})")
        return None, lambda: None
    return f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres", stop


@contextmanager
def postgres() -> Iterator[str | None]:
    """A throw-away PostgreSQL server's database URL, or None when the machine cannot run one."""
    root = Path(tempfile.mkdtemp(prefix="huiwu-bench-pg-"))
    url, stop = _start_postgres(root)
    try:
        yield url
    finally:
        stop()
        shutil.rmtree(root, ignore_errors=True)


# ---------------------------------------------------------------- measuring


def median_time(fn: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bare_select(db: Database, meeting_id: int) -> Callable[[], object]:
    param = "?" if db.is_sqlite else "%s"

    def run() -> object:
        with db.engine.connect() as conn:
            return conn.exec_driver_sql(BARE.format(param=param), (meeting_id,)).fetchall()

    return run


def measure(label: str, url: str) -> tuple[dict[str, tuple[int, int]], int]:
    db = Database(url, Settings(operator="bench"), FixedClock(NOW))
    try:
        upgrade(db, backup=False)
        ids = {size: build_meeting(db, size) for size in SIZES}
        big = ids[SIZES[-1]]
        bare = median_time(bare_select(db, big), 20)
        print(f"-- {label}: bare SELECT of the 1,000 participants with person and unit {bare * 1000:.2f} ms")
        print(f"   {'use case':<16} {'stmts@16':>8} {'stmts@1000':>10} {'ms@1000':>9} {'× bare':>8}")
        counts: dict[str, tuple[int, int]] = {}
        for name, case in use_cases().items():
            small, large = (count(db, case, ids[size]) for size in SIZES)
            counts[name] = (small, large)

            def once(case: Callable[[UnitOfWork, int], object] = case) -> None:
                with db.uow() as uow:
                    case(uow, big)

            took = median_time(once, 3 if name.startswith("print") else RUNS)
            flag = "" if small == large else "  GROWS"
            print(f"   {name:<16} {small:>8} {large:>10} {took * 1000:>9.1f} {took / bare:>8.1f}{flag}")
        with db.uow() as uow:
            clashes = clash_check(db, uow, big)
        print(f"   (get_meeting includes the 周安排 clash check of services.week: {clashes} statements)")
        return counts, clashes
    finally:
        db.dispose()


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="huiwu-bench-statements-"))
    try:
        counts, clashes = measure("sqlite", f"sqlite:///{folder / 'bench.sqlite3'}")
        with postgres() as url:
            if url is not None:
                try:
                    counts, clashes = measure("postgresql", url)
                except (OperationalError, ImportError) as exc:  # no driver, or the server went away: SQLite stands
                    print(f"skip statements-postgresql: {str(exc).splitlines()[0]}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    grown = [name for name, (small, large) in counts.items() if small != large]
    editor = counts["get_meeting"][1]
    print(f"use cases whose statements grow with the meeting: {', '.join(grown) or 'none'}")
    print(f"opening a 1,000-participant meeting in the editor: {editor} statements (the editor's own "
          f"{editor - clashes}, the 周安排 clash check {clashes})")
    goal("statements-constant", len(grown), "=", 0, "", 0)
    goal("statements-open-meeting", editor, "<=", EDITOR_LIMIT, "", 0)


if __name__ == "__main__":
    main()
