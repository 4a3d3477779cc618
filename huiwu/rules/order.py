"""排序号: the office's official order of units and people (also the 主席台 and sign-in sheet order).

DOMAIN.md: units in their 排序号, people by their 排序号 inside the unit. Every list of people in the app —
the roster, the sign-in sheet, the notice, the 通报, the statistics, the exports — sorts by these keys, so a
name never appears in two different places in two documents of one meeting.
"""

from __future__ import annotations

from typing import Any

from huiwu.models import ParticipantRole, Person, Unit

UnitKey = tuple[int, str, int]
PersonKey = tuple[int, str, int, int, str, int]
SeatKey = tuple[bool, int, str, int, int, str, int]


def unit_order(sort_order: int, name: str, unit_id: int = 0) -> UnitKey:
    """Units by 排序号; equal numbers by name, then by id so the order never depends on the query."""
    return (sort_order, name, unit_id)


def person_order(
    unit_sort: int, unit_name: str, unit_id: int, person_sort: int, person_name: str, person_id: int
) -> PersonKey:
    """People by their unit's 排序号, then their own 排序号 inside it; ties by name, then by id."""
    return (unit_sort, unit_name, unit_id, person_sort, person_name, person_id)


def person_order_columns() -> tuple[Any, ...]:
    """:func:`person_order` as SQL ORDER BY columns, for a query that joins Person and Unit."""
    return (Unit.sort_order, Unit.name, Unit.id, Person.sort_order, Person.name, Person.id)


def seat_order(
    role: str, unit_sort: int, unit_name: str, unit_id: int, person_sort: int, person_name: str, person_id: int
) -> SeatKey:
    """The invitees of one meeting: 排序号 order with 工作人员 after everyone else."""
    return (role == ParticipantRole.STAFF, unit_sort, unit_name, unit_id, person_sort, person_name, person_id)
