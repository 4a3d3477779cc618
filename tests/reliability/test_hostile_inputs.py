"""Issue 11 items 3 and 4: hostile and fuzzed files meet a sentence or an import, never a hang or a traceback.

The inputs are generated here at run time (hostile.py): the specials issue 11 measured, at a CI-sized scale
by default and at their measured size with HUIWU_RELIABILITY=full, and mutants of the project's own .ics
files and (a test of its own, skipped visibly without it) of ../shared's corpus. They go through the real services in a child process with
a memory cap and a time cap per input. A refusal must leave the database exactly as it was.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from huiwu.db import Database
from tests.conftest import corpus_files, own_ics_files
from tests.reliability import hostile
from tests.reliability.conftest import FULL, size

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 3 * 1024**3  # bytes of address space for the child
SECONDS_CAP = 20.0  # per step of one input; the slowest refusal takes well under a second
MESSAGE_CAP = 2000  # characters: a refusal names the file, the line and the problem, not the input


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(database: Database, cases: list[dict[str, str]], folder: Path) -> list[dict[str, Any]]:
    listing = folder / "cases.json"
    listing.write_text(json.dumps(cases, ensure_ascii=False), encoding="utf-8")
    database.dispose()
    child = subprocess.run(
        [sys.executable, "-m", "tests.reliability.hostile", database.url, str(listing), str(SECONDS_CAP)],
        cwd=ROOT, env={**os.environ, "PYTHONFAULTHANDLER": "1"}, capture_output=True, text=True,
        timeout=SECONDS_CAP * 2 * len(cases) + 120, preexec_fn=_cap_memory,
    )
    results = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
    assert child.returncode == 0 and len(results) == len(cases), (
        f"the child died (exit {child.returncode}) after {len(results)} of {len(cases)} inputs\n{child.stderr[-4000:]}"
    )
    return results


def _figures(engine: str, results: list[dict[str, Any]]) -> Counter[str]:
    counts: Counter[str] = Counter(r["outcome"] for r in results)
    counts["week " + "hang"] = sum(r["week_outcome"] == "hang" for r in results)
    counts["week traceback"] = sum(r["week_outcome"] in ("traceback", "memory") for r in results)
    counts["changed after refusal"] = sum(r["changed_after_refusal"] for r in results)
    counts["message too long"] = sum(r["message_chars"] > MESSAGE_CAP for r in results)
    slowest = max(results, key=lambda r: r["seconds"])
    print(f"\n{engine}: {len(results)} inputs: " + ", ".join(f"{k} {counts[k]}" for k in (
        "accepted", "refused", "traceback", "hang", "memory", "week hang", "week traceback",
        "changed after refusal", "message too long")) + f"; slowest {slowest['case']} {slowest['seconds']} s")
    return counts


def _assert_zeros(results: list[dict[str, Any]], counts: Counter[str]) -> None:
    bad = [r for r in results if r["outcome"] in ("traceback", "hang", "memory")
           or r["week_outcome"] in ("traceback", "hang", "memory")
           or r["changed_after_refusal"] or r["message_chars"] > MESSAGE_CAP]
    assert not bad, "\n".join(f"{r['case']}: {r['outcome']}/{r['week_outcome']} {r['detail']}" for r in bad[:10])
    assert counts["refused"] + counts["accepted"] == len(results)


def _ics_cases(folder: Path) -> list[dict[str, str]]:
    scale = 1.0 if FULL else 0.05
    generated = hostile.hostile_ics(scale)
    generated |= hostile.fuzzed_ics(own_ics_files(), size(2, 25), seed=20261201)
    return _write(folder, generated)


def _write(folder: Path, generated: dict[str, bytes]) -> list[dict[str, str]]:
    cases = []
    for name, data in generated.items():
        path = folder / f"{name}.ics"
        path.write_bytes(data)
        cases.append({"name": name, "kind": "ics", "path": str(path)})
    return cases


@pytest.mark.slow
def test_hostile_and_fuzzed_calendars(database: Database, tmp_path: Path) -> None:
    cases = _ics_cases(tmp_path)
    results = _run(database, cases, tmp_path)
    counts = _figures(database.engine.dialect.name + " .ics", results)
    _assert_zeros(results, counts)
    by_name = {r["case"]: r for r in results}
    for name in ("rrule_interval_zero", "rrule_minutely_from_2000", "rrule_secondly_from_1900",
                 "rrule_secondly_no_end", "rrule_hourly_no_end", "empty", "not_a_calendar"):
        assert by_name[name]["outcome"] == "refused", by_name[name]
    for name in by_name:
        if name.startswith(("folded_line_", "one_line_")):
            assert by_name[name]["outcome"] == "refused" and by_name[name]["message_chars"] < 300
    for name in ("sequence_40_digits", "sequence_2_pow_31", "nul_bytes", "rrule_daily_count_1e8", "many_events"):
        assert by_name[name]["outcome"] == "accepted" and by_name[name]["week_outcome"] == "accepted", by_name[name]


@pytest.mark.slow
def test_fuzzed_corpus_calendars(database: Database, tmp_path: Path, ics_corpus: Path) -> None:
    """Mutants of the real clients' files (../shared): skipped with the reason on a clone without it, a
    failure under CI."""
    cases = _write(tmp_path, hostile.fuzzed_ics(corpus_files(), size(2, 25), seed=20261202))
    assert cases
    results = _run(database, cases, tmp_path)
    _assert_zeros(results, _figures(database.engine.dialect.name + " corpus .ics", results))


@pytest.mark.slow
def test_hostile_rosters(database: Database, tmp_path: Path) -> None:
    cases = [{"name": name, "kind": "roster", "path": str(path)}
             for name, path in hostile.hostile_rosters(tmp_path, 1.0 if FULL else 0.02).items()]
    results = _run(database, cases, tmp_path)
    counts = _figures(database.engine.dialect.name + " .xlsx", results)
    _assert_zeros(results, counts)
    by_name = {r["case"]: r for r in results}
    accepted = {"formula_name"}
    for name, r in sorted(by_name.items(), key=lambda kv: kv[0] not in accepted):
        assert r["outcome"] == ("accepted" if name in accepted else "refused"), r
        print(f"  {name}: {r['outcome']} {r['detail']}")
    # The name that looks like a formula went in as text; the office's export gives it back as text.
    from openpyxl import load_workbook

    from huiwu.services import roster

    with database.uow() as uow:
        roster.export_roster(uow, tmp_path / "export.xlsx")
    cells = [c for row in load_workbook(tmp_path / "export.xlsx")["人员"].iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
    assert cells and all(c.data_type == "s" for c in cells)
