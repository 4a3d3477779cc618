"""Issue 11 item 5: a full disk is a sentence, leaves no half-written file and never damages the database.

A real small file system (tmpfs, mounted for the test where the machine allows it: root with mount
rights) holds the office's demo database, its data folder (backups, the log) and the output files; a filler
file takes every free byte; then each command runs as the clerk runs it, in its own process.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from huiwu.db import Database
from tests.reliability.hostile import fingerprint

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(disk)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        message = f"cannot mount a small file system here ({mounted.stderr.strip()}): disk-full tests skipped"
        pytest.skip(message)
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)


def _fill(disk: Path) -> Path:
    """Take every free byte (and inode headroom stays: tmpfs has plenty)."""
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb", buffering=0) as out:
        for size in (1024 * 1024, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    out.write(b"\0" * size)
    with contextlib.suppress(OSError), open(disk / "probe", "wb") as probe:
        probe.write(b"\0" * 4096)
        probe.flush()
        os.fsync(probe.fileno())
    (disk / "probe").unlink(missing_ok=True)
    return filler


def _huiwu(disk: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "HUIWU_DEBUG"}  # as the clerk runs it
    env["HUIWU_DATA_DIR"] = str(disk / "data")
    return subprocess.run([sys.executable, "-m", "huiwu.cli", "--db", str(disk / "data" / "huiwu.sqlite3"), *argv],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_every_command_on_a_full_disk(small_disk: Path, demo_template: Path, tmp_path: Path) -> None:
    data = small_disk / "data"
    data.mkdir()
    database_file = data / "huiwu.sqlite3"
    shutil.copy(demo_template, database_file)
    database = Database(f"sqlite:///{database_file}")
    before = fingerprint(database)
    database.dispose()
    roster = tmp_path / "roster.xlsx"  # inputs live on the big disk; outputs go to the full one
    assert _huiwu(small_disk, "export-roster", str(roster)).returncode == 0
    calendar = tmp_path / "leader.ics"
    calendar.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + b"".join(
        b"BEGIN:VEVENT\r\nUID:%d\r\nDTSTART:20261124T0%d0000Z\r\nSUMMARY:\xe4\xbc\x9a\r\nEND:VEVENT\r\n" % (n, n)
        for n in range(10)) + b"END:VCALENDAR\r\n")
    with sqlite3.connect(database_file) as conn:
        meeting_id = conn.execute("SELECT min(id) FROM meeting").fetchone()[0]
    _fill(small_disk)

    out = small_disk / "out"
    commands = {
        "meetings": ("meetings",),
        "import-ics": ("import-ics", str(calendar), "--calendar", "满盘测试"),
        "import-roster": ("import-roster", str(roster)),
        "backup": ("backup",),
        "backup to a file": ("backup", str(out / "copy.sqlite3")),
        "export-roster": ("export-roster", str(out / "roster.xlsx")),
        "export-ics": ("export-ics", "-o", str(out / "week.ics"), "--week", "2026-W48"),
        "print": ("print", "agenda", str(meeting_id), "-o", str(out / "agenda.pdf")),
        "db downgrade": ("db", "downgrade", "base", "--yes"),
    }
    figures = {"commands": 0, "tracebacks": 0, "left files": 0, "sentences": 0}
    problems = []
    for name, argv in commands.items():
        with contextlib.suppress(OSError):  # an empty folder needs no free block on tmpfs, usually
            out.mkdir(exist_ok=True)
        result = _huiwu(small_disk, *argv)
        figures["commands"] += 1
        text = result.stdout + result.stderr
        if "Traceback" in text or "SELECT" in text or "INSERT" in text:
            figures["tracebacks"] += 1
            problems.append(f"{name}: {text[-800:]}")
        left = [p for p in (out.iterdir() if out.exists() else []) if p.stat().st_size == 0 or p.name.startswith(".")]
        left += [p for p in (data / "backups").glob("*")] if (data / "backups").exists() else []
        if left:
            figures["left files"] += 1
            problems.append(f"{name}: left {[p.name for p in left]}")
            for p in left:
                p.unlink()
        if result.returncode == 2 and "磁盘已满" in result.stderr:
            figures["sentences"] += 1
        elif result.returncode != 0:
            problems.append(f"{name}: exit {result.returncode}: {text[-400:]}")
    print(f"\nfull disk: {figures}")
    assert not problems, "\n".join(problems)

    (small_disk / "filler").unlink()
    with sqlite3.connect(database_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    database = Database(f"sqlite:///{database_file}")
    try:
        assert fingerprint(database) == before  # nothing half-written, nothing lost, the downgrade did not run
    finally:
        database.dispose()
    assert figures["sentences"] >= len(commands) - 1  # every write said so; `meetings` may just work

