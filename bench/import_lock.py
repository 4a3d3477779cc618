"""Benchmark: how long a clerk's save waits while another PC imports a 100,000-event calendar (SQLite).

Run: .venv/bin/python bench/import_lock.py [events]

A second process saves a checklist item every 50 ms throughout the import and the re-import. The figure
is the worst wait of one save during the imports as a ratio to the median save with nothing else running,
measured in the same run. Before issue 11 the import held the write lock for the whole file: saves waited
the full 5 s busy timeout and some failed ("database is locked"); now the lock is held one batch at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from huiwu.db import Database, upgrade  # noqa: E402
from huiwu.services import calendars, meetings  # noqa: E402
from huiwu.settings import Settings  # noqa: E402

SAVER = """
import json, sys, time
sys.path.insert(0, {root!r})
from huiwu.db import Database
from huiwu.services import checklists
db = Database({url!r})
waits, failed = [], 0
end = time.time() + {seconds}
stop = {stop!r}
while time.time() < end and not __import__("os").path.exists(stop):
    started = time.perf_counter()
    try:
        with db.uow() as uow:
            checklists.add_item(uow, {meeting}, checklists.ItemInput("before", "x", -1, "days"))
    except Exception:
        failed += 1
    waits.append(time.perf_counter() - started)
    time.sleep(0.05)
print(json.dumps({{"waits": waits, "failed": failed}}))
"""


def saves(url: str, meeting: int, seconds: float, stop: Path) -> subprocess.Popen[str]:
    code = SAVER.format(root=str(ROOT), url=url, meeting=meeting, seconds=seconds, stop=str(stop))
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def main(events: int) -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder}/bench.sqlite3"
    database = Database(url, Settings())
    upgrade(database, backup=False)
    start = dt.datetime(2026, 12, 1, 1, tzinfo=dt.UTC)
    with database.uow() as uow:
        meeting = meetings.create_meeting(uow, meetings.MeetingInput("常务会", "topic", start, start + dt.timedelta(hours=2))
                                          ).meeting_id
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:bench"]
    for i in range(events):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=i % 700)
        lines += ["BEGIN:VEVENT", f"UID:e{i}", f"DTSTART:{day:%Y%m%d}T0{i % 10}0000Z",
                  f"DTEND:{day:%Y%m%d}T0{i % 10}3000Z", f"SUMMARY:会议{i}", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    (folder / "big.ics").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")

    stop = folder / "stop"
    baseline = json.loads(saves(url, meeting, 5, stop).communicate()[0])
    watcher = saves(url, meeting, 3600, stop)
    time.sleep(1)
    began = time.perf_counter()
    for _ in range(2):  # an import, then a re-import of the same file
        with database.uow() as uow:
            calendars.import_ics(uow, folder / "big.ics", "大日历")
    took = time.perf_counter() - began
    stop.touch()
    report = json.loads(watcher.communicate()[0])
    median = statistics.median(baseline["waits"])
    worst = max(report["waits"])
    print(f"{events} events imported twice in {took:.1f} s; {len(report['waits'])} saves meanwhile, "
          f"{report['failed']} failed")
    print(f"worst save wait during the imports / median save alone: {worst / median:.1f}×  "
          f"({worst * 1000:.0f} ms vs {median * 1000:.1f} ms)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
