"""Reference data the editor's pickers need (units, people, groups, venues), loaded once in the background."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from huiwu.calendar.workdays import WorkCalendar
from huiwu.services import directory
from huiwu.services.directory import GroupRow, PersonRow, UnitRow, VenueRow
from huiwu.services.holidays import work_calendar


@dataclass(frozen=True)
class Refs:
    units: tuple[UnitRow, ...]
    people: tuple[PersonRow, ...]
    groups: tuple[GroupRow, ...]
    venues: tuple[VenueRow, ...]
    calendar: WorkCalendar  # the office's working days (holidays, 调休), for a new meeting's default date

    def person(self, person_id: int) -> PersonRow | None:
        return self.people_by_id.get(person_id)

    @property
    def people_by_id(self) -> dict[int, PersonRow]:
        cached: dict[int, PersonRow] | None = self.__dict__.get("_by_id")
        if cached is None:
            cached = {p.id: p for p in self.people}
            object.__setattr__(self, "_by_id", cached)
        return cached


def load_refs(uow: Any) -> Refs:
    return Refs(
        tuple(directory.list_units(uow, include_inactive=False)),
        tuple(directory.list_people(uow, include_inactive=False)),
        tuple(directory.list_groups(uow)),
        tuple(directory.list_venues(uow, include_inactive=False)),
        work_calendar(uow),
    )
