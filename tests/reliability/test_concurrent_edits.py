"""Issue 11 item 2: two PCs editing one record — every editable record follows the same conflict rule.

First, forced interleavings on every versioned table of the demo office: clerk A opens, clerk B saves, A
saves: A is refused with a sentence (ConflictError, never a raw StaleDataError) and B's change stands.
Then two real processes race read-modify-write saves on records of each kind; a lost update would show as a
saved token missing from the record at the end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from huiwu.db import Database
from huiwu.demo import create_demo
from huiwu.errors import ConflictError
from huiwu.models import Base, Versioned
from tests.reliability.conftest import size

ROOT = Path(__file__).resolve().parents[2]
TEXT_FIELDS = {  # an editable text column of each versioned table
    "unit": "short_name", "person": "notes", "person_group": "description", "venue": "notes", "meeting": "notes",
    "participant": "note", "checklist_template": "name", "checklist_item": "note", "action_item": "text",
    "leave_request": "reason", "handout": "tasks", "imported_calendar": "source", "caldav_target": "last_sync_result",
    "week_plan": "finalized_by", "caldav_pending": "detail", "meeting_request": "notes", "meeting_cap": "note",
    "return_request": "title", "return_item": "note", "minutes": "distribution", "secret_material": "title",
    "secret_copy": "note",
}


def _versioned() -> list[type]:
    return sorted((m.class_ for m in Base.registry.mappers
                   if issubclass(m.class_, Versioned) or "version" in m.local_table.c),
                  key=lambda c: c.__tablename__)


def test_every_versioned_table_has_a_field_here() -> None:
    assert {c.__tablename__ for c in _versioned()} == set(TEXT_FIELDS)


def _first_rows(database: Database) -> dict[str, int]:
    with database.uow() as uow:
        found = {}
        for cls in _versioned():
            ident = uow.session.scalar(select(cls.id).order_by(cls.id).limit(1))  # type: ignore[attr-defined]
            if ident is not None:
                found[cls.__tablename__] = ident
        return found


def test_a_save_over_a_change_made_meanwhile_is_refused_on_every_record(database: Database) -> None:
    with database.uow() as uow:
        create_demo(uow)
    rows = _first_rows(database)
    assert len(rows) >= 10, sorted(rows)  # the demo office has records of nearly every kind
    tables = {c.__tablename__: c for c in _versioned()}
    for table, ident in rows.items():
        field = TEXT_FIELDS[table]
        with pytest.raises(ConflictError, match="刚刚在另一台电脑上被修改"), database.uow() as first:
            mine = first.session.get(tables[table], ident)
            with database.uow() as second:
                theirs = second.session.get(tables[table], ident)
                setattr(theirs, field, "对方的修改")
                second.commit()
            setattr(mine, field, "我的修改")
            first.commit()
        with database.uow() as uow:
            assert getattr(uow.session.get(tables[table], ident), field) == "对方的修改", table


@pytest.mark.slow
def test_two_processes_racing_lose_no_update(database: Database) -> None:
    with database.uow() as uow:
        create_demo(uow)
    rows = _first_rows(database)
    targets = [f"{t}:{i}:{TEXT_FIELDS[t]}" for t, i in rows.items() if t not in ("week_plan", "checklist_template",
                                                                                   "unit", "caldav_target")]
    with database.uow() as uow:  # start from empty text so the tokens can be counted
        tables = {c.__tablename__: c for c in _versioned()}
        for target in targets:
            table, ident, field = target.split(":")
            setattr(uow.session.get(tables[table], int(ident)), field, "")
        uow.commit()
    database.dispose()
    rounds = size(25, 200)
    env = {**os.environ, "PYTHONFAULTHANDLER": "1"}
    children = [subprocess.Popen([sys.executable, "-m", "tests.reliability.concurrent_edits", database.url, token,
                                  str(rounds), *targets], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for token in ("A", "B")]
    reports = []
    for child in children:
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err[-3000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    lost = phantom = 0
    with database.uow() as uow:
        for target in targets:
            table, ident, field = target.split(":")
            final = [f"|{m}" for m in (getattr(uow.session.get(tables[table], int(ident)), field) or "").split("|") if m]
            told = [m for r in reports for m in r["saved"][target]]
            lost += len(set(told) - set(final))
            phantom += len(set(final) - set(told))
    saves = sum(len(v) for r in reports for v in r["saved"].values())
    conflicts, errors = sum(r["conflicts"] for r in reports), sum(r["errors"] for r in reports)
    print(f"\n{database.engine.dialect.name}: {len(targets)} records × 2 processes × {rounds} rounds: {saves} saves, "
          f"{conflicts} conflicts reported, {lost} lost updates, {phantom} phantom, {errors} errors")
    assert (lost, phantom, errors) == (0, 0, 0), [r["details"] for r in reports]
