"""Demo data for the 明白纸 returns: the demo's first 明白纸 sent to three units with its tables, two of them
returned (exported, filled in and imported through huiwu.services.handout_returns, each at the moment it
came in), the third overdue, and its 时限节点 turned into 督办 items.

Called at the end of huiwu.demo.create_demo; running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.files import save_workbook
from huiwu.models import Handout, Person, ReturnKind, ReturnRequest, Unit
from huiwu.services import handout_returns as svc

RECIPIENTS = 3
PROBLEMS = ("部分村组台账不完整，正在补齐", "个别任务进度滞后，已明确专人督促", "无")


@dataclass(frozen=True)
class DemoReturns:
    handout_id: int | None
    request_ids: tuple[int, ...] = ()
    returned: tuple[str, ...] = ()
    overdue: tuple[str, ...] = ()
    actions: int = 0


def _value(column: str, unit: Unit, contact: str, k: int, seed: int) -> str:
    if "单位" in column:
        return unit.name
    if "联系" in column or "电话" in column:
        return contact
    if "问题" in column or "备注" in column:
        return PROBLEMS[(seed + k) % len(PROBLEMS)]
    if "完成" in column:
        return str(3 + (seed + k) % 4)
    if "数" in column:
        return str(6 + (seed * 3 + k) % 5)
    return "已落实"


def _fill(path: Path, unit: Unit, contact: str, seed: int) -> None:
    """What the unit's clerk types in: one row per office row (or two when the office fixed none)."""
    book = load_workbook(path)
    for ws in book.worksheets:
        columns = [c.value for c in ws[svc.HEADER_ROW]]
        for k in range(2):
            for c, column in enumerate(columns, start=1):
                cell = ws.cell(row=svc.FIRST_DATA_ROW + k, column=c)
                if cell.value in (None, ""):
                    cell.value = _value(str(column or ""), unit, contact, k, seed)
                    cell.data_type = "s"
    save_workbook(book, path)


def add_demo_returns(uow: UnitOfWork, today: dt.date) -> DemoReturns:
    tz = uow.settings.tz()
    handout = uow.session.scalar(select(Handout).order_by(Handout.id))
    if handout is None or not handout.tables:
        return DemoReturns(None)
    if uow.session.scalar(select(ReturnRequest.id).where(ReturnRequest.handout_id == handout.id,
                                                         ReturnRequest.kind == ReturnKind.TABLE)):
        return DemoReturns(handout.id)  # already sent: the demo runs once
    unit_ids = svc.default_unit_ids(uow, handout.id)[:RECIPIENTS]
    if len(unit_ids) < RECIPIENTS:
        return DemoReturns(handout.id)

    def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(today + dt.timedelta(days=days), dt.time(hour, minute), tzinfo=tz)

    with uow.clock_at(at(-7, 9, 30)):
        sent = svc.send_tables(uow, handout.id, at(-3, 17), unit_ids)
        actions = len(svc.milestones_to_actions(uow, handout.id).created) if handout.meeting_id else 0
    units = {u.id: u for u in uow.session.scalars(select(Unit).where(Unit.id.in_(unit_ids)))}
    returned = []
    with tempfile.TemporaryDirectory(prefix="huiwu-demo-") as folder:
        with uow.clock_at(at(-7, 9, 40)):
            files = svc.export_tables(uow, handout.id, Path(folder), per_unit_files=True, unit_ids=unit_ids[:2])
        for seed, (path, unit_id, when) in enumerate(zip(files, unit_ids, (at(-5, 16, 20), at(-4, 10, 5)),
                                                         strict=False)):
            unit = units[unit_id]
            head = uow.session.scalar(select(Person).where(Person.unit_id == unit_id).order_by(Person.sort_order))
            contact = f"{head.name} 0310-{5200000 + unit_id * 37}" if head else "0310-5200000"
            _fill(path, unit, contact, seed)
            with uow.clock_at(when):
                svc.import_returns(uow, handout.id, [path])
            returned.append(unit.name)
    late = tuple(units[i].name for i in unit_ids if units[i].name not in returned)
    return DemoReturns(handout.id, sent.request_ids, tuple(returned), late, actions)
