"""Benchmark: a year's attendance statistics over 200,000 participant rows vs the raw SQL GROUP BY.

Run: .venv/bin/python bench/stats.py [rows]

Builds a temp SQLite file with bulk inserts (60 units, 3,000 people, 2,000 meetings of 100 invitees over
2026, every attendance state), then times ``huiwu.services.stats.statistics`` per unit, per person and per
meeting against the equivalent hand-written SQL run through the bare sqlite3 module in the same process.
Best of 7 wall-clock runs each (of 3 when they are slow); target ratio <= 2.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _goals import goal
from sqlalchemy import insert

from huiwu.db import Database, upgrade
from huiwu.models import Meeting, Participant, Person, Unit
from huiwu.services import stats
from huiwu.settings import Settings

UNITS, PEOPLE, PER_MEETING = 60, 3000, 100

RAW_MEASURES = """
    count(DISTINCT p.meeting_id), count(p.id),
    sum(CASE WHEN p.attendance IN ('present','substitute') AND p.signed_in_at IS NOT NULL THEN 1 ELSE 0 END),
    sum(CASE WHEN p.attendance = 'leave' OR (p.attendance = 'substitute' AND p.signed_in_at IS NULL)
             THEN 1 ELSE 0 END),
    sum(CASE WHEN p.attendance = 'substitute' AND p.signed_in_at IS NOT NULL THEN 1 ELSE 0 END),
    sum(CASE WHEN p.attendance IN ('present','substitute') AND p.signed_in_at IS NOT NULL
             AND p.signed_in_at > m.starts_at THEN 1 ELSE 0 END),
    sum(CASE WHEN p.attendance = 'absent' THEN 1 ELSE 0 END)
"""
RAW_FROM = """
    FROM participant p JOIN meeting m ON p.meeting_id = m.id JOIN person pe ON p.person_id = pe.id
    WHERE m.starts_at >= ? AND m.starts_at < ? AND m.deleted_at IS NULL
      AND m.status IN ('in_progress','finished') AND p.role != 'staff'
"""
RAW = {
    "unit": f"SELECT {RAW_MEASURES}, u.id, u.name, u.sort_order {RAW_FROM.replace('WHERE', 'JOIN unit u ON pe.unit_id = u.id WHERE')}"
            " GROUP BY u.id, u.name, u.sort_order ORDER BY u.sort_order, u.name",
    "person": f"SELECT {RAW_MEASURES}, pe.id, pe.name, pe.title, u.name, u.sort_order, pe.sort_order "
              f"{RAW_FROM.replace('WHERE', 'JOIN unit u ON pe.unit_id = u.id WHERE')}"
              " GROUP BY pe.id, pe.name, pe.title, u.name, u.sort_order, pe.sort_order"
              " ORDER BY u.sort_order, u.name, pe.sort_order, pe.name",
    "meeting": f"SELECT {RAW_MEASURES}, m.id, m.title, m.starts_at {RAW_FROM}"
               " GROUP BY m.id, m.title, m.starts_at ORDER BY m.starts_at, m.id",
}
RAW_TOTAL = f"SELECT {RAW_MEASURES} {RAW_FROM}"


def stamped(model: Any, rows: list[dict[str, Any]], now: dt.datetime) -> list[dict[str, Any]]:
    """Bulk inserts bypass the unit of work that stamps created_at/updated_at: fill those columns in."""
    stamps = [c.name for c in model.__table__.columns if "stamp" in c.info and c.name not in rows[0]]
    return [{**row, **dict.fromkeys(stamps, now)} for row in rows]


def build(path: Path, rows: int) -> Database:
    db = Database(f"sqlite:///{path}", Settings(operator="bench"))
    upgrade(db, backup=False)
    rng = random.Random(11)
    meetings = rows // PER_MEETING
    tz = db.settings.tz()
    start_of_year = dt.datetime(2026, 1, 1, 9, tzinfo=tz)
    with db.engine.begin() as conn:
        now = start_of_year
        conn.execute(insert(Unit), stamped(Unit, [{"id": i + 1, "name": f"第{i + 1}单位", "sort_order": i + 1, "kind": "department",
                                     "short_name": "", "active": True, "version": 1} for i in range(UNITS)], now))
        conn.execute(insert(Person), stamped(Person, [{"id": i + 1, "name": f"人员{i + 1}", "unit_id": i % UNITS + 1, "title": "科员",
                                       "sort_order": i // UNITS + 1, "phone": "", "is_leader": False, "active": True,
                                       "pinyin_initials": "", "pinyin_full": "", "notes": "", "version": 1}
                                      for i in range(PEOPLE)], now))
        meeting_rows, starts = [], []
        for i in range(meetings):
            start = start_of_year + dt.timedelta(days=rng.randrange(360), hours=rng.choice((0, 6)))
            starts.append(start)
            meeting_rows.append({"id": i + 1, "uid": f"b{i}@huiwu", "title": f"会议{i + 1}", "kind": "topic",
                                 "status": "finished", "starts_at": start, "ends_at": start + dt.timedelta(hours=2),
                                 "video_link": "", "confidentiality": "public", "notes": "", "notice_text": "",
                                 "contact_name": "", "contact_phone": "", "sequence": 0, "cancel_reason": "",
                                 "version": 1})
        conn.execute(insert(Meeting), stamped(Meeting, meeting_rows, now))
        batch = []
        pid = 0
        for i in range(meetings):
            for person in rng.sample(range(1, PEOPLE + 1), PER_MEETING):
                pid += 1
                roll = rng.random()
                state, signed = "present", starts[i] + dt.timedelta(minutes=rng.randint(-25, 3))
                if roll < 0.04:
                    state, signed = "absent", None
                elif roll < 0.10:
                    state, signed = "leave", None
                elif roll < 0.13:
                    state = "substitute"
                batch.append({"id": pid, "meeting_id": i + 1, "person_id": person, "role": "attend",
                              "attendance": state, "signed_in_at": signed, "substitute_name": "",
                              "substitute_title": "", "note": ""})
                if len(batch) == 20000:
                    conn.execute(insert(Participant), stamped(Participant, batch, now))
                    batch = []
        if batch:
            conn.execute(insert(Participant), stamped(Participant, batch, now))
    return db


def best(fn: Callable[[], object], runs: int = 7, budget: float = 4.0) -> float:
    """The best of ``runs`` runs, or of 3 once they took ``budget`` seconds (keeps ``make bench`` short)."""
    times: list[float] = []
    while len(times) < runs and (len(times) < 3 or sum(times) < budget):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    folder = Path(tempfile.mkdtemp(prefix="huiwu-bench-stats-"))
    path = folder / "stats.sqlite3"
    t0 = time.perf_counter()
    db = build(path, rows)
    print(f"built {rows} attendance rows in {time.perf_counter() - t0:.1f} s")
    date_from, date_to = dt.date(2026, 1, 1), dt.date(2026, 12, 31)
    with db.uow() as uow:
        lo, hi = stats.period_bounds(uow, date_from, date_to)
    bounds = (lo.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" "),
              hi.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" "))
    raw = sqlite3.connect(path)
    worst = 0.0
    for group_by in ("unit", "person", "meeting"):
        def ours(g: str = group_by) -> object:
            with db.uow() as uow:
                return stats.statistics(uow, date_from, date_to, g)  # type: ignore[arg-type]

        def bare(g: str = group_by) -> object:
            result = raw.execute(RAW[g], bounds).fetchall()
            raw.execute(RAW_TOTAL, bounds).fetchone()
            return result

        got = ours()
        expected = bare()
        assert len(got.rows) == len(expected), (group_by, len(got.rows), len(expected))  # type: ignore[attr-defined, arg-type]
        assert got.total.expected == rows, got.total  # type: ignore[attr-defined]
        a, b = best(ours), best(bare)
        worst = max(worst, a / b)
        print(f"by {group_by:8s} huiwu {a * 1000:8.1f} ms   raw SQL {b * 1000:8.1f} ms   ratio {a / b:.2f}")
    goal("stats", worst, "<=", 2)  # the worst of unit, person and meeting
    raw.close()
    db.dispose()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
