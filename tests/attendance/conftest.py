"""A small hand-made office for the attendance, leave and statistics tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from huiwu.db import Database
from huiwu.models import Meeting, MeetingStatus, Participant, ParticipantRole, Person, Unit, UnitKind
from huiwu.pinyin import name_pinyin

TZ = dt.timezone(dt.timedelta(hours=8))


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    """A time in November 2026, office time (UTC+8)."""
    return dt.datetime(2026, 11, day, hour, minute, second, tzinfo=TZ)


@dataclass
class Office:
    people: dict[str, int] = field(default_factory=dict)
    units: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    participants: dict[tuple[str, str], int] = field(default_factory=dict)


PEOPLE = (
    # unit, kind, unit order, name, title, is_leader, order, supervisor
    ("县政府领导", UnitKind.LEADERSHIP, 1, "王县长", "县长", True, 1, None),
    ("县政府领导", UnitKind.LEADERSHIP, 1, "李副县", "副县长", True, 2, "王县长"),
    ("县财政局", UnitKind.DEPARTMENT, 2, "张三", "局长", True, 1, "李副县"),
    ("县财政局", UnitKind.DEPARTMENT, 2, "赵四", "副局长", False, 2, "李副县"),
    ("县财政局", UnitKind.DEPARTMENT, 2, "钱五", "科员", False, 3, None),
    ("县教育局", UnitKind.DEPARTMENT, 3, "孙六", "局长", True, 1, "李副县"),
    ("县教育局", UnitKind.DEPARTMENT, 3, "周七", "副局长", False, 2, "李副县"),
    ("城关镇", UnitKind.TOWNSHIP, 4, "吴八", "镇长", True, 1, "李副县"),
    ("城关镇", UnitKind.TOWNSHIP, 4, "郑九", "副镇长", False, 2, None),
    ("县政府办公室", UnitKind.DEPARTMENT, 5, "冯十", "科员", False, 5, None),
)


def seed_office(db: Database, meetings: list[tuple[str, dt.datetime, list[str], str]] | None = None) -> Office:
    """People above; meetings (title, start, attendee names, status) of 2 hours; 冯十 is staff on each."""
    office = Office()
    with db.uow() as uow:
        s = uow.session
        units: dict[str, Unit] = {}
        people: dict[str, Person] = {}
        for unit_name, kind, uorder, name, title, leader, order, sup in PEOPLE:
            if unit_name not in units:
                units[unit_name] = Unit(name=unit_name, kind=kind, sort_order=uorder)
                s.add(units[unit_name])
            py = name_pinyin(name)
            person = Person(name=name, unit=units[unit_name], title=title, is_leader=leader, sort_order=order,
                            pinyin_initials=py.initials, pinyin_full=py.full)
            if sup:
                person.supervisor = people[sup]
            people[name] = person
            s.add(person)
        s.flush()
        for title, start, names, status in meetings or []:
            m = Meeting(title=title, starts_at=start, ends_at=start + dt.timedelta(hours=2), status=status,
                        chair_id=people["王县长"].id)
            s.add(m)
            for n in names:
                m.participants.append(Participant(person=people[n], role=ParticipantRole.ATTEND))
            m.participants.append(Participant(person=people["冯十"], role=ParticipantRole.STAFF))
            s.flush()
            office.meetings[title] = m.id
            for p in m.participants:
                office.participants[(title, p.person.name)] = p.id
        office.people = {n: p.id for n, p in people.items()}
        office.units = {n: u.id for n, u in units.items()}
        uow.commit()
    return office


ALL = ["王县长", "李副县", "张三", "赵四", "钱五", "孙六", "周七", "吴八", "郑九"]
NOTIFIED = MeetingStatus.NOTIFIED
