"""Office holiday overrides (节假日调整) and the office's working-day calendar built from them.

The ``holidays`` package knows the State Council's arrangement only for the years it has data for; the
office enters its own 放假 / 调休上班 days for the rest (and corrections). Every service that needs working
days calls :func:`work_calendar` so that the overrides always apply.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from huiwu.calendar.workdays import WorkCalendar, missing_year_message
from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, ValidationError
from huiwu.models import HolidayOverride
from huiwu.services import audit

__all__ = [
    "HolidayRow",
    "add_override",
    "list_overrides",
    "missing_year_warnings",
    "remove_override",
    "work_calendar",
]


@dataclass(frozen=True)
class HolidayRow:
    id: int
    day: dt.date
    is_workday: bool
    name: str

    @property
    def kind_label(self) -> str:
        return "上班" if self.is_workday else "放假"


def _row(h: HolidayOverride) -> HolidayRow:
    return HolidayRow(h.id, h.day, h.is_workday, h.name)


def list_overrides(uow: UnitOfWork) -> list[HolidayRow]:
    return [_row(h) for h in uow.session.scalars(select(HolidayOverride).order_by(HolidayOverride.day))]


def add_override(uow: UnitOfWork, day: dt.date, is_workday: bool, name: str = "") -> HolidayRow:
    """Add (or replace) the office's statement about one day."""
    name = name.strip()
    if len(name) > 100:
        raise ValidationError("名称太长（最多 100 字）。")
    existing = uow.session.scalar(select(HolidayOverride).where(HolidayOverride.day == day))
    label = "上班" if is_workday else "放假"
    if existing is not None:
        before = {"is_workday": existing.is_workday, "name": existing.name}
        existing.is_workday, existing.name = is_workday, name
        uow.session.flush()
        audit.record(uow, "holiday", existing.id, "update", f"修改节假日调整：{day.isoformat()} {label} {name}",
                     changes=audit.diff(before, {"is_workday": is_workday, "name": name}))
        row = _row(existing)
    else:
        h = HolidayOverride(day=day, is_workday=is_workday, name=name)
        uow.session.add(h)
        uow.session.flush()
        audit.record(uow, "holiday", h.id, "create", f"新增节假日调整：{day.isoformat()} {label} {name}")
        row = _row(h)
    _forget_calendar(uow)
    uow.commit()
    return row


def remove_override(uow: UnitOfWork, override_id: int) -> None:
    h = uow.session.get(HolidayOverride, override_id)
    if h is None:
        raise NotFoundError("该节假日调整已不存在（可能已被他人删除）。")
    audit.record(uow, "holiday", h.id, "delete", f"删除节假日调整：{h.day.isoformat()} {h.name}")
    uow.session.delete(h)
    _forget_calendar(uow)
    uow.commit()


_CACHE = "work_calendar"  # the key in the session's info: one calendar per unit of work


def work_calendar(uow: UnitOfWork) -> WorkCalendar:
    """The package's China calendar plus every office override, in the office's time zone.

    Read once per unit of work (the editor's clash check, the week and the checklist due times all ask for it,
    and on PostgreSQL each read is a round trip); a change of the overrides drops it.
    """
    info = uow.session.info
    cached = info.get(_CACHE)
    if isinstance(cached, WorkCalendar):
        return cached
    overrides = {h.day: (h.is_workday, h.name) for h in uow.session.scalars(select(HolidayOverride))}
    calendar = info[_CACHE] = WorkCalendar(overrides, tz=uow.settings.tz())
    return calendar


def _forget_calendar(uow: UnitOfWork) -> None:
    uow.session.info.pop(_CACHE, None)


def missing_year_warnings(uow: UnitOfWork, years: tuple[int, ...] | None = None) -> list[str]:
    """A sentence for each year (default: this year and next) whose arrangement nobody has entered."""
    if years is None:
        this = uow.today().year
        years = (this, this + 1)
    cal = work_calendar(uow)
    return [missing_year_message(y) for y in years if not cal.is_year_known(y)]
