"""Thousands of saves of every kind in one process, as the GUI's long-lived worker makes them.

Run by test_many_saves.py in a child process, so that a crash of the interpreter (issue 11: SIGSEGV in the
garbage collector after a few hundred checklist saves) is seen as the child's exit status rather than taking
pytest down. Also runnable by hand at any size::

    python -m tests.reliability.many_saves sqlite:////tmp/x.sqlite3 5000 1000

It prints one line of figures, ``saves=N seconds=S``, and exits 0 only when every save went through.
The collector runs far more often than by default (threshold 50), so a graph it mishandles is met early.
"""

from __future__ import annotations

import faulthandler
import gc
import sys
import time

from huiwu.clock import AdvancingClock
from huiwu.db import Database, upgrade
from huiwu.services import attendance, checklists, leave, meetings
from huiwu.settings import Settings
from tests.attendance.conftest import ALL, NOTIFIED, at, seed_office

KINDS = ("add_item", "update_item", "set_done", "move_item", "meeting", "sign_in", "correct", "leave")


def run(url: str, add_items: int, rounds: int) -> int:
    """``add_items`` checklist additions on one meeting, then ``rounds`` rounds of a save of each other kind."""
    database = Database(url, Settings(), AdvancingClock(at(24, 8, 40)))
    upgrade(database, backup=False)
    office = seed_office(database, [("常务会", at(24, 9), ALL, NOTIFIED)])
    meeting_id = office.meetings["常务会"]
    saves = 0
    item_ids: list[int] = []
    for i in range(add_items):
        with database.uow() as uow:
            row = checklists.add_item(uow, meeting_id, checklists.ItemInput("before", f"事项{i}", -1 - i % 5, "days"))
            uow.commit()
        item_ids.append(row.id)
        saves += 1
    for i in range(rounds):
        item_id = item_ids[i % len(item_ids)]
        with database.uow() as uow:
            current = checklists.item_row(uow, item_id)
            checklists.update_item(uow, item_id, current.version,
                                   checklists.ItemInput("before", f"改{i}", -2, "days"))
            uow.commit()
        with database.uow() as uow:
            checklists.set_done(uow, item_id, i % 2 == 0)
            uow.commit()
        if i < 10:  # a move returns the whole list (0.4 s at 3,000 items): a few are enough
            with database.uow() as uow:
                checklists.move_item(uow, item_id, 1)
                uow.commit()
            saves += 1
        with database.uow() as uow:
            detail = meetings.get_meeting(uow, meeting_id)
            data = meetings.MeetingInput(f"常务会{i}", detail.kind, detail.starts_at, detail.ends_at,
                                         chair_id=detail.chair_id)
            meetings.update_meeting(uow, meeting_id, detail.version, data)
            uow.commit()
        pid = office.participants[("常务会", ALL[2 + i % 7])]
        with database.uow() as uow:
            attendance.sign_in(uow, meeting_id, pid, at(24, 8, 50))
            uow.commit()
        with database.uow() as uow:
            attendance.correct_attendance(uow, pid, "present", f"核实{i}", signed_in_at=at(24, 8, 55))
            uow.commit()
        with database.uow() as uow:
            attendance.undo_sign_in(uow, pid)
            uow.commit()
        with database.uow() as uow:
            leave_id = leave.create_leave(uow, leave.LeaveInput(office.people["钱五"], f"事由{i}", meeting_id))
            uow.commit()
        with database.uow() as uow:
            leave.withdraw_leave(uow, leave_id)
            uow.commit()
        saves += 7
    database.dispose()
    return saves


def main(argv: list[str]) -> int:
    faulthandler.enable()
    gc.set_threshold(50, 5, 5)
    url, add_items, rounds = argv[0], int(argv[1]), int(argv[2])
    started = time.perf_counter()
    saves = run(url, add_items, rounds)
    print(f"saves={saves} seconds={time.perf_counter() - started:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
