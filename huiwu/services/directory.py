"""通讯录: units, people, groups and venues — listing, searching and editing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    UNIT_KIND_LABELS,
    Group,
    GroupMember,
    Participant,
    Person,
    Unit,
    UnitKind,
    Venue,
)
from huiwu.pinyin import match_rank, name_pinyin
from huiwu.rules.order import person_order
from huiwu.services import audit
from huiwu.services.rows import plain_rows
from huiwu.text import phone_problem

T = TypeVar("T", Unit, Person, Group, Venue)

# ---------------------------------------------------------------- plain rows


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    short_name: str
    kind: str
    kind_label: str
    sort_order: int
    active: bool
    people_count: int
    version: int


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    unit_id: int
    unit_name: str
    unit_sort: int
    title: str
    sort_order: int
    phone: str
    is_leader: bool
    active: bool
    supervisor_id: int | None
    supervisor_name: str
    pinyin_initials: str
    pinyin_full: str
    version: int


@dataclass(frozen=True)
class GroupRow:
    id: int
    name: str
    description: str
    member_ids: tuple[int, ...]
    version: int


@dataclass(frozen=True)
class VenueRow:
    id: int
    name: str
    location: str
    capacity: int
    has_video: bool
    active: bool
    notes: str
    version: int
    platform_seats: int = 0  # 主席台 seats; 0: the room does not say


# ---------------------------------------------------------------- edits (what the dialogs send)


@dataclass(frozen=True)
class UnitEdit:
    name: str
    kind: str = UnitKind.DEPARTMENT
    short_name: str = ""
    sort_order: int = 0
    active: bool = True


@dataclass(frozen=True)
class PersonEdit:
    name: str
    unit_id: int
    title: str = ""
    sort_order: int = 0
    phone: str = ""
    is_leader: bool = False
    active: bool = True
    supervisor_id: int | None = None


@dataclass(frozen=True)
class GroupEdit:
    name: str
    description: str = ""
    member_ids: tuple[int, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class VenueEdit:
    name: str
    capacity: int = 0
    has_video: bool = False
    location: str = ""
    active: bool = True
    notes: str = ""
    platform_seats: int = 0


# ---------------------------------------------------------------- units


def list_units(uow: UnitOfWork, include_inactive: bool = True) -> list[UnitRow]:
    counts = {unit_id: n for unit_id, n in plain_rows(
        uow, select(Person.unit_id, func.count(Person.id)).where(Person.active).group_by(Person.unit_id))}
    query = select(Unit.id, Unit.name, Unit.short_name, Unit.kind, Unit.sort_order, Unit.active, Unit.version
                   ).order_by(Unit.sort_order, Unit.name, Unit.id)
    if not include_inactive:
        query = query.where(Unit.active)
    return [UnitRow(uid, name, short, kind, UNIT_KIND_LABELS.get(kind, kind), order,  # type: ignore[call-overload]
                    active, counts.get(uid, 0), version)
            for uid, name, short, kind, order, active, version in plain_rows(uow, query)]


def save_unit(uow: UnitOfWork, edit: UnitEdit, unit_id: int | None = None, version: int | None = None) -> int:
    name = edit.name.strip()
    if not name:
        raise ValidationError("单位名称不能为空。")
    if edit.kind not in {k.value for k in UnitKind}:
        raise ValidationError(f"单位类别“{edit.kind}”不存在。")
    clash = uow.session.scalar(select(Unit).where(Unit.name == name, Unit.id != (unit_id or -1)))
    if clash:
        raise ValidationError(f"已有名为“{name}”的单位。")
    unit = _get(uow, Unit, unit_id, "单位", version) if unit_id else Unit()
    unit.name, unit.kind, unit.short_name = name, edit.kind, edit.short_name.strip()
    unit.sort_order, unit.active = edit.sort_order, edit.active
    uow.session.add(unit)
    uow.flush()
    audit.record(uow, "unit", unit.id, "update" if unit_id else "create", f"单位：{name}")
    uow.commit()
    return unit.id


def delete_unit(uow: UnitOfWork, unit_id: int) -> None:
    unit = _get(uow, Unit, unit_id, "单位")
    if uow.session.scalar(select(func.count(Person.id)).where(Person.unit_id == unit_id)):
        raise RuleError(f"“{unit.name}”下还有人员，不能删除；可以先把人员调出，或把单位设为停用。")
    uow.session.delete(unit)
    audit.record(uow, "unit", unit_id, "delete", f"删除单位：{unit.name}")
    uow.commit()


# ---------------------------------------------------------------- people


_SUPERVISOR = aliased(Person)  # made once: an alias costs about as much to make as the list takes to read


def list_people(uow: UnitOfWork, include_inactive: bool = True) -> list[PersonRow]:
    """Everyone (or the active), in the 排序号 order; the columns of the list only, with the 分管领导's name
    joined in (one statement)."""
    supervisor = _SUPERVISOR
    query = (select(Person.id, Person.name, Unit.id, Unit.name, Unit.sort_order, Person.title, Person.sort_order,
                    Person.phone, Person.is_leader, Person.active, Person.supervisor_id, supervisor.name,
                    Person.pinyin_initials, Person.pinyin_full, Person.version)
             .join(Unit, Person.unit_id == Unit.id).outerjoin(supervisor, Person.supervisor_id == supervisor.id))
    if not include_inactive:
        query = query.where(Person.active)
    rows = [PersonRow(pid, name, uid, uname, usort, title, order, phone, leader, active, sup_id,
                      (sup_name or "") if sup_id else "", initials, full, version)
            for pid, name, uid, uname, usort, title, order, phone, leader, active, sup_id, sup_name, initials, full,
            version in plain_rows(uow, query)]
    rows.sort(key=lambda r: person_order(r.unit_sort, r.unit_name, r.unit_id, r.sort_order, r.name, r.id))
    return rows


def get_person(uow: UnitOfWork, person_id: int) -> PersonRow:
    person = _get(uow, Person, person_id, "人员")
    supervisor = person.supervisor.name if person.supervisor else ""
    return _person_row(person, person.unit, {person.supervisor_id: supervisor} if person.supervisor_id else {})


def _person_row(p: Person, u: Unit, names: dict[int, str]) -> PersonRow:
    return PersonRow(
        id=p.id,
        name=p.name,
        unit_id=u.id,
        unit_name=u.name,
        unit_sort=u.sort_order,
        title=p.title,
        sort_order=p.sort_order,
        phone=p.phone,
        is_leader=p.is_leader,
        active=p.active,
        supervisor_id=p.supervisor_id,
        supervisor_name=names.get(p.supervisor_id, "") if p.supervisor_id else "",
        pinyin_initials=p.pinyin_initials,
        pinyin_full=p.pinyin_full,
        version=p.version,
    )


def search_people(rows: list[PersonRow], query: str, limit: int | None = None) -> list[PersonRow]:
    """Name, pinyin initials or full pinyin; the best matches first, then in 排序号 order."""
    ranked = []
    for index, row in enumerate(rows):
        rank = match_rank(query, row.name, row.pinyin_initials, row.pinyin_full)
        if rank is not None:
            ranked.append((rank, index, row))
    ranked.sort(key=lambda t: (t[0], t[1]))
    found = [row for _, _, row in ranked]
    return found[:limit] if limit else found


def find_people(uow: UnitOfWork, query: str, limit: int = 50) -> list[PersonRow]:
    return search_people(list_people(uow, include_inactive=False), query, limit)


def apply_person_edit(person: Person, edit: PersonEdit) -> None:
    person.name = edit.name.strip()
    person.unit_id = edit.unit_id
    person.title = edit.title.strip()
    person.sort_order = edit.sort_order
    person.phone = edit.phone.strip()
    person.is_leader = edit.is_leader
    person.active = edit.active
    person.supervisor_id = edit.supervisor_id
    spelled = name_pinyin(person.name)
    person.pinyin_initials, person.pinyin_full = spelled.initials, spelled.full


def validate_person(uow: UnitOfWork, edit: PersonEdit, person_id: int | None) -> None:
    name = edit.name.strip()
    if not name:
        raise ValidationError("姓名不能为空。")
    if len(name) > 50:
        raise ValidationError("姓名不能超过 50 个字。")
    unit = uow.session.get(Unit, edit.unit_id)
    if unit is None:
        raise ValidationError("请选择所在单位。")
    clash = uow.session.scalar(
        select(Person).where(Person.unit_id == edit.unit_id, Person.name == name, Person.id != (person_id or -1))
    )
    if clash:
        raise ValidationError(f"“{unit.name}”已有名叫“{name}”的人员；同名同单位请在姓名后加括号区分。")
    if person_id is not None and edit.supervisor_id == person_id:
        raise ValidationError("分管领导不能是本人。")
    if (problem := phone_problem(edit.phone)) is not None:
        raise ValidationError(problem)


def save_person(
    uow: UnitOfWork, edit: PersonEdit, person_id: int | None = None, version: int | None = None
) -> int:
    validate_person(uow, edit, person_id)
    person = _get(uow, Person, person_id, "人员", version) if person_id else Person()
    before = {"name": person.name, "title": person.title, "unit_id": person.unit_id, "phone": person.phone}
    apply_person_edit(person, edit)
    uow.session.add(person)
    uow.flush()
    after = {"name": person.name, "title": person.title, "unit_id": person.unit_id, "phone": person.phone}
    audit.record(
        uow,
        "person",
        person.id,
        "update" if person_id else "create",
        f"人员：{person.name}",
        changes=audit.diff(before, after),
    )
    uow.commit()
    return person.id


def delete_person(uow: UnitOfWork, person_id: int) -> None:
    """People who were invited to a meeting stay for the record; they can only be set inactive."""
    person = _get(uow, Person, person_id, "人员")
    if uow.session.scalar(select(func.count(Participant.id)).where(Participant.person_id == person_id)):
        raise RuleError(f"“{person.name}”已参加过会议，为保留会议记录不能删除；可以设为停用。")
    uow.session.delete(person)
    audit.record(uow, "person", person_id, "delete", f"删除人员：{person.name}")
    try:
        uow.commit()
    except IntegrityError as exc:
        raise RuleError(f"“{person.name}”仍被请假或督办记录引用，不能删除；可以设为停用。") from exc


# ---------------------------------------------------------------- groups


def list_groups(uow: UnitOfWork) -> list[GroupRow]:
    """Every group with its members in their order: two statements, not one more per group."""
    members: dict[int, list[int]] = {}
    for group_id, person_id in plain_rows(uow, select(GroupMember.group_id, GroupMember.person_id)
                                          .order_by(GroupMember.group_id, GroupMember.position)):
        members.setdefault(group_id, []).append(person_id)
    groups = plain_rows(uow, select(Group.id, Group.name, Group.description, Group.version)
                        .order_by(Group.sort_order, Group.name))
    return [GroupRow(gid, name, description, tuple(members.get(gid, ())), version)
            for gid, name, description, version in groups]


def save_group(uow: UnitOfWork, edit: GroupEdit, group_id: int | None = None, version: int | None = None) -> int:
    name = edit.name.strip()
    if not name:
        raise ValidationError("分组名称不能为空。")
    if uow.session.scalar(select(Group).where(Group.name == name, Group.id != (group_id or -1))):
        raise ValidationError(f"已有名为“{name}”的分组。")
    group = _get(uow, Group, group_id, "分组", version) if group_id else Group()
    group.name, group.description = name, edit.description
    seen: set[int] = set()
    unique_ids = [i for i in edit.member_ids if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]
    group.members = [GroupMember(person_id=pid, position=pos) for pos, pid in enumerate(unique_ids)]
    uow.session.add(group)
    uow.flush()
    audit.record(uow, "group", group.id, "update" if group_id else "create", f"分组：{name}（{len(unique_ids)} 人）")
    uow.commit()
    return group.id


def delete_group(uow: UnitOfWork, group_id: int) -> None:
    group = _get(uow, Group, group_id, "分组")
    uow.session.delete(group)
    audit.record(uow, "group", group_id, "delete", f"删除分组：{group.name}")
    uow.commit()


# ---------------------------------------------------------------- venues


def list_venues(uow: UnitOfWork, include_inactive: bool = True) -> list[VenueRow]:
    query = select(Venue.id, Venue.name, Venue.location, Venue.capacity, Venue.has_video, Venue.active, Venue.notes,
                   Venue.version, Venue.platform_seats).order_by(Venue.name)
    if not include_inactive:
        query = query.where(Venue.active)
    return [VenueRow(*row) for row in plain_rows(uow, query)]


def save_venue(uow: UnitOfWork, edit: VenueEdit, venue_id: int | None = None, version: int | None = None) -> int:
    name = edit.name.strip()
    if not name:
        raise ValidationError("会议室名称不能为空。")
    if edit.capacity < 0:
        raise ValidationError("容纳人数不能为负数。")
    if not 0 <= edit.platform_seats <= 90:
        raise ValidationError("主席台座位数应在 0 到 90 之间（0 表示不限定，按默认 9 席安排）。")
    if uow.session.scalar(select(Venue).where(Venue.name == name, Venue.id != (venue_id or -1))):
        raise ValidationError(f"已有名为“{name}”的会议室。")
    venue = _get(uow, Venue, venue_id, "会议室", version) if venue_id else Venue()
    venue.name, venue.capacity, venue.has_video = name, edit.capacity, edit.has_video
    venue.location, venue.active, venue.notes = edit.location, edit.active, edit.notes
    venue.platform_seats = edit.platform_seats
    uow.session.add(venue)
    uow.flush()
    audit.record(uow, "venue", venue.id, "update" if venue_id else "create", f"会议室：{name}")
    uow.commit()
    return venue.id


def delete_venue(uow: UnitOfWork, venue_id: int) -> None:
    venue = _get(uow, Venue, venue_id, "会议室")
    uow.session.delete(venue)
    audit.record(uow, "venue", venue_id, "delete", f"删除会议室：{venue.name}")
    uow.commit()


# ---------------------------------------------------------------- shared


def _get(
    uow: UnitOfWork, model: type[T], obj_id: int | None, what: str, version: int | None = None
) -> T:
    obj = uow.session.get(model, obj_id) if obj_id is not None else None
    if obj is None:
        raise NotFoundError(f"{what}不存在（编号 {obj_id}），可能已被其他人删除。")
    if version is not None and obj.version != version:
        raise ConflictError(f"{what}“{obj.name}”", version, obj.version)
    return obj
