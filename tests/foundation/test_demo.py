from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.demo import create_demo
from huiwu.models import Meeting, Participant, Person, Unit, UnitKind
from huiwu.services.directory import list_groups, list_people, list_venues
from huiwu.settings import Settings


def test_demo_is_a_realistic_county_office(demo_db: Database) -> None:
    with demo_db.uow() as uow:
        s = uow.session
        assert 38 <= (s.scalar(select(func.count(Unit.id))) or 0) <= 50
        assert s.scalar(select(func.count(Unit.id)).where(Unit.kind == UnitKind.TOWNSHIP)) == 15
        assert (s.scalar(select(func.count(Person.id))) or 0) >= 300
        assert len(list_venues(uow)) == 6
        groups = {g.name: g for g in list_groups(uow)}
        assert len(groups["各乡镇乡镇长"].member_ids) == 15
        starts = [m.starts_at.date() for m in s.scalars(select(Meeting))]
        assert min(starts) < dt.date(2026, 11, 23) < max(starts)
        assert (max(starts) - min(starts)).days >= 7 * 7 - 3
        attended = s.scalar(select(func.count(Participant.id)).where(Participant.signed_in_at.is_not(None)))
        assert attended and attended > 100
        names = [p.name for p in list_people(uow)]
        assert len(set(names)) == len(names)


def test_demo_is_deterministic(tmp_path: Path, sqlite_template: Path) -> None:
    names = []
    for i in range(2):
        path = tmp_path / f"d{i}.sqlite3"
        shutil.copy(sqlite_template, path)
        database = Database(f"sqlite:///{path}", Settings())
        with database.uow() as uow:
            create_demo(uow, today=dt.date(2026, 11, 23))
        with database.uow() as uow:
            names.append([(p.name, p.unit_name, p.title) for p in list_people(uow)])
        database.dispose()
    assert names[0] == names[1]


def test_demo_refuses_a_database_with_data(demo_db: Database) -> None:
    with demo_db.uow() as uow, pytest.raises(ValueError, match="已有数据"):
        create_demo(uow)
