"""Issue 11: kill -9 in the middle of bursts of saves loses no save the clerk was told of, on both engines."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.models import ChecklistItem
from huiwu.services import meetings
from tests.attendance.conftest import at
from tests.reliability.conftest import size

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_kill_9_during_write_bursts(database: Database) -> None:
    with database.uow() as uow:
        meeting_id = meetings.create_meeting(
            uow, meetings.MeetingInput("常务会", "topic", at(30, 9), at(30, 11))).meeting_id
    database.dispose()
    rng = random.Random(20261201)
    kills, told, lost = size(5, 20), 0, 0
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-m", "tests.reliability.write_burst", database.url,
                                  str(meeting_id), "1000"], cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                 env={**os.environ})
        assert child.stdout is not None
        first = child.stdout.readline()  # writing has begun
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
        ids = [int(line) for line in (first + rest).split()]
        told += len(ids)
        with database.uow() as uow:
            stored = set(uow.session.scalars(select(ChecklistItem.id).where(ChecklistItem.id.in_(ids))))
        lost += len(set(ids) - stored)
    if database.is_sqlite:
        path = database.sqlite_path()
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with database.uow() as uow:  # and the database still takes saves
        total = uow.session.scalar(select(func.count()).select_from(ChecklistItem))
    print(f"\n{database.engine.dialect.name}: {kills} kill -9, {told} saves reported, {lost} lost; "
          f"{total} checklist items stored")
    assert told > kills and lost == 0
