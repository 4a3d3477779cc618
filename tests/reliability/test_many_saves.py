"""Issue 11 item 1: a clerk's busy day of saves in one process neither crashes nor slows with the square."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from huiwu.db import Database
from tests.reliability.conftest import size

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_thousands_of_saves_of_every_kind_in_one_process(database: Database) -> None:
    add_items, rounds = size(3000, 5000), size(150, 1000)
    database.dispose()  # the child has the database to itself
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    child = subprocess.run(
        [sys.executable, "-m", "tests.reliability.many_saves", database.url, str(add_items), str(rounds)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    figures = child.stdout.strip().splitlines()[-1:] or ["(no figures)"]
    print(f"\n{database.engine.dialect.name}: exit={child.returncode} {figures[0]}")
    assert child.returncode == 0, f"exit {child.returncode}\n{child.stdout[-2000:]}\n{child.stderr[-4000:]}"
    assert figures[0].startswith(f"saves={add_items + 7 * rounds + min(rounds, 10)} ")


def test_adding_an_item_loads_the_same_rows_at_3_or_300_items(database: Database) -> None:
    """The cause of the square (issue 11 item 1): each add_item loaded the meeting's whole checklist."""
    from sqlalchemy import event

    from huiwu.services import checklists, meetings
    from tests.attendance.conftest import at

    with database.uow() as uow:
        meeting_id = meetings.create_meeting(
            uow, meetings.MeetingInput("常务会", "topic", at(30, 9), at(30, 11))).meeting_id
    loaded: list[int] = []

    def one_save() -> int:
        loaded.clear()
        with database.uow() as uow:
            event.listen(uow.session, "loaded_as_persistent", lambda session, instance: loaded.append(1))
            checklists.add_item(uow, meeting_id, checklists.ItemInput("before", "事项", -1, "days"))
        return len(loaded)

    few = one_save()
    for _ in range(300):
        one_save()
    assert one_save() == few
