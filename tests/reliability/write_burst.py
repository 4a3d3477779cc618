"""A burst of checklist saves, each committed and then reported on stdout (run by test_kill_during_writes.py).

    python -m tests.reliability.write_burst URL MEETING_ID N

After each commit it prints the new item's id: an id printed is a save the clerk was told succeeded.
"""

from __future__ import annotations

import sys

from huiwu.db import Database
from huiwu.services import checklists


def main(argv: list[str]) -> int:
    url, meeting_id, count = argv[0], int(argv[1]), int(argv[2])
    database = Database(url)
    for n in range(count):
        with database.uow() as uow:
            row = checklists.add_item(uow, meeting_id, checklists.ItemInput("before", f"突击{n}", -1, "days"))
        print(row.id, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
