"""The 通讯录 lists read plain columns (issue 18): on a random directory, each row is what the same entity
gives when opened on its own (get_person) or read as an ORM object, in the same order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from huiwu.db import Database
from huiwu.models import UNIT_KIND_LABELS, Group, GroupMember, Person, Unit, UnitKind, Venue
from huiwu.rules.order import person_order
from huiwu.services import directory as svc

NAMES = "赵钱孙李周吴郑王冯陈"


@st.composite
def offices(draw: st.DrawFn) -> dict[str, Any]:
    units = draw(st.lists(st.tuples(st.integers(0, 3), st.sampled_from(list(UnitKind)), st.booleans(),
                                    st.sampled_from(["", "简称"])), min_size=1, max_size=4))
    people = draw(st.lists(st.tuples(st.integers(0, len(units) - 1), st.integers(0, 2), st.booleans(),
                                     st.booleans(), st.one_of(st.none(), st.integers(0, 9))), max_size=10))
    groups = draw(st.lists(st.lists(st.integers(0, 9), unique=True, max_size=5), max_size=3))
    venues = draw(st.lists(st.tuples(st.integers(0, 99), st.booleans(), st.integers(0, 9)), max_size=3))
    return {"units": units, "people": people, "groups": groups, "venues": venues}


def _build(database: Database, office: dict[str, Any]) -> None:
    stamp = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    with database.uow() as uow:
        s = uow.session
        for model in (GroupMember, Group, Venue, Person, Unit):
            s.execute(delete(model))
        units = [Unit(name=f"单位{i}", sort_order=order, kind=kind, active=active, short_name=short, updated_at=stamp)
                 for i, (order, kind, active, short) in enumerate(office["units"])]
        s.add_all(units)
        people = [Person(name=NAMES[i], unit=units[unit], sort_order=order, active=active, is_leader=leader,
                         title="局长" if leader else "", updated_at=stamp)
                  for i, (unit, order, active, leader, _) in enumerate(office["people"])]
        s.add_all(people)
        s.flush()
        for person, (*_, boss) in zip(people, office["people"], strict=True):
            if isinstance(boss, int) and boss < len(people) and people[boss] is not person:
                person.supervisor_id = people[boss].id
        for g, members in enumerate(office["groups"]):
            known = [m for m in members if isinstance(m, int) and m < len(people)]
            s.add(Group(name=f"分组{g}", sort_order=-g, updated_at=stamp,
                        members=[GroupMember(person_id=people[m].id, position=k) for k, m in enumerate(known)]))
        for v, (capacity, active, seats) in enumerate(office["venues"]):
            s.add(Venue(name=f"会议室{v}", capacity=capacity, active=active, platform_seats=seats, updated_at=stamp))
        uow.commit()


@pytest.mark.parametrize("include_inactive", [True, False])
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(office=offices())
def test_lists_are_the_entities_as_opened_one_by_one(database: Database, include_inactive: bool,
                                                     office: dict[str, Any]) -> None:
    _build(database, office)
    with database.uow() as uow:
        people = svc.list_people(uow, include_inactive)
        assert people == [svc.get_person(uow, p.id) for p in people]
        chosen = [p for p in uow.session.scalars(select(Person)) if include_inactive or p.active]
        assert [p.id for p in people] == [p.id for p in sorted(chosen, key=lambda p: person_order(
            p.unit.sort_order, p.unit.name, p.unit.id, p.sort_order, p.name, p.id))]

        units = svc.list_units(uow, include_inactive)
        orm_units = sorted((u for u in uow.session.scalars(select(Unit)) if include_inactive or u.active),
                           key=lambda u: (u.sort_order, u.name, u.id))
        active_people = [p for p in uow.session.scalars(select(Person)) if p.active]
        assert units == [svc.UnitRow(u.id, u.name, u.short_name, u.kind, UNIT_KIND_LABELS[UnitKind(u.kind)],
                                     u.sort_order, u.active, sum(p.unit_id == u.id for p in active_people), u.version)
                         for u in orm_units]

        groups = svc.list_groups(uow)
        orm_groups = uow.session.scalars(select(Group).order_by(Group.sort_order, Group.name)).all()
        assert groups == [svc.GroupRow(g.id, g.name, g.description, tuple(m.person_id for m in g.members), g.version)
                          for g in orm_groups]

        venues = svc.list_venues(uow, include_inactive)
        orm_venues = [v for v in uow.session.scalars(select(Venue).order_by(Venue.name))
                      if include_inactive or v.active]
        assert venues == [svc.VenueRow(v.id, v.name, v.location, v.capacity, v.has_video, v.active, v.notes,
                                       v.version, v.platform_seats) for v in orm_venues]
