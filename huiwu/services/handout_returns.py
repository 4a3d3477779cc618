"""明白纸 tables out and back: send each attached table to the units that fill it in, export it as .xlsx, take
the returned files back (with the roster importer's standard), keep a ledger 已交 / 未交 / 逾期, merge all
returns into one table, and turn the 时限节点 into 督办 items.

One attached table sent out is one :class:`~huiwu.models.ReturnRequest` (kind "table") with one item per
recipient unit (huiwu.services.returns opens it and counts it; huiwu.rules.returns decides 逾期). Sending a
table again to more units adds them to the same request, so a table has one ledger.

Who receives a table by default (:func:`default_unit_ids`): the units of the linked meeting's invitees (出席,
列席, 特邀 — not 工作人员), leaving out 县领导 and 上级机关, which do not fill in a county's tables; a 明白纸
without a meeting goes to every active 乡镇. The clerk may choose any units instead.

A returned sheet (layout of :func:`export_tables`): row 1 the table's title, row 2 "填报单位：<unit>", row 3
the deadline and the 表格编号 HW<request id>, row 4 the columns, then the rows the office fixed (its filled
cells must come back unchanged) and blank rows to fill. A sheet that comes back exactly as sent is skipped,
so a unit may send back the whole workbook with only its own sheet filled in.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import HuiwuError, NotFoundError, RuleError, ValidationError
from huiwu.files import save_workbook
from huiwu.models import (
    UNIT_KIND_LABELS,
    ActionItem,
    ActionState,
    Handout,
    HandoutMilestone,
    HandoutTable,
    Participant,
    ParticipantRole,
    Person,
    ReturnItem,
    ReturnKind,
    ReturnRequest,
    ReturnState,
    Unit,
    UnitKind,
)
from huiwu.rules import returns as rules
from huiwu.services import audit
from huiwu.services.returns import ReturnCounts, counts_of, open_request

__all__ = [
    "CHANNEL",
    "HandoutReturns",
    "ImportPreview",
    "MergedTable",
    "MilestoneResult",
    "ReturnFileError",
    "TableImportError",
    "TableLedger",
    "default_unit_ids",
    "export_merged_xlsx",
    "export_tables",
    "handout_returns",
    "import_returns",
    "merged_pdf",
    "merged_tables",
    "milestone_actions",
    "milestones_due",
    "milestones_to_actions",
    "parse_deadline",
    "preview_import",
    "recipient_choices",
    "send_tables",
    "table_state_text",
]

CHANNEL = "表格导入"
UNIT_LABEL = "填报单位"
UNIT_COLUMN = "填报单位"  # the merged table's first column
TITLE_ROW, UNIT_ROW, INFO_ROW, HEADER_ROW = 1, 2, 3, 4
FIRST_DATA_ROW = HEADER_ROW + 1
BLANK_ROWS = 10  # blank rows to fill below the office's rows
MAX_CELL = 500  # characters in one returned cell: a table cell, not a report
MAX_ROWS = 1000  # rows in one returned sheet; more is not a 明白纸 table
DEADLINE_HOUR = dt.time(17, 0)  # a deadline given as a day only: 17:00 of that day, like the 回执's
_CODE = re.compile(r"表格编号\s*[:：]?\s*HW\s*(\d+)", re.I)
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")
_FILE_BAD = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
# 已交 / 未交 for a table; 逾期 comes from the one rule (huiwu.rules.returns), whose words are a 回执's.
TABLE_STATE_WORDS = {rules.STATE_TEXT[rules.PENDING]: "未交", rules.STATE_TEXT[rules.RETURNED]: "已交"}
_NO_UNIT_KINDS = (UnitKind.LEADERSHIP, UnitKind.SUPERIOR)


class TableImportError(HuiwuError):
    """A returned file was refused (it has errors); nothing was recorded."""


def table_state_text(state: str, deadline: dt.datetime | None, now: dt.datetime) -> str:
    """已交 / 未交 / 逾期 of one unit for one table (逾期 by huiwu.rules.returns.is_overdue)."""
    text = rules.state_text(state, deadline, now)
    return TABLE_STATE_WORDS.get(text, text)


# ---------------------------------------------------------------- plain results


@dataclass(frozen=True)
class UnitChoice:
    """A unit the send dialog offers; ``chosen`` when it is a default recipient or already received it."""

    id: int
    name: str
    short_name: str
    kind_label: str
    chosen: bool
    sent: bool  # already a recipient of every table sent so far


@dataclass(frozen=True)
class SendResult:
    request_ids: tuple[int, ...]
    tables: int
    units: int
    added: int  # recipient items added (a table already sent to a unit is not sent twice)
    deadline: dt.datetime  # office zone

    @property
    def text(self) -> str:
        return (f"已向 {self.units} 个单位发送 {self.tables} 张附表（新增 {self.added} 项），"
                f"报送截止 {self.deadline:%Y-%m-%d %H:%M}。")


@dataclass(frozen=True)
class LedgerUnit:
    item_id: int
    unit_id: int
    unit_name: str
    state: str  # pending / returned
    state_text: str  # 已交 / 未交 / 逾期
    overdue: bool
    returned_at: dt.datetime | None  # office zone
    channel: str
    entered_by: str
    rows: tuple[tuple[str, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class TableLedger:
    request_id: int
    table_id: int | None
    title: str
    columns: tuple[str, ...]
    deadline: dt.datetime | None  # office zone
    counts: ReturnCounts
    units: tuple[LedgerUnit, ...]

    @property
    def counts_text(self) -> str:
        c = self.counts
        late = f"（逾期 {c.overdue}）" if c.overdue else ""
        return f"共 {c.total} 个单位，已交 {c.returned}，未交 {c.pending}{late}"

    def as_json(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id, "table": self.title, "columns": list(self.columns),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "total": self.counts.total, "returned": self.counts.returned, "pending": self.counts.pending,
            "overdue": self.counts.overdue,
            "units": [{"unit": u.unit_name, "state": u.state_text,
                       "returned_at": u.returned_at.isoformat() if u.returned_at else None,
                       "channel": u.channel, "entered_by": u.entered_by, "rows": [list(r) for r in u.rows]}
                      for u in self.units],
        }


@dataclass(frozen=True)
class HandoutReturns:
    handout_id: int
    title: str
    meeting_id: int | None
    meeting_title: str
    tables: tuple[TableLedger, ...]  # the tables sent out, in the handout's order
    unsent: tuple[str, ...]  # titles of attached tables not sent yet
    milestones: int = 0  # 时限节点 with a responsible unit
    milestone_actions: int = 0  # of them, already 督办 items

    def as_json(self) -> dict[str, Any]:
        return {"handout_id": self.handout_id, "title": self.title, "meeting": self.meeting_title or None,
                "tables": [t.as_json() for t in self.tables], "unsent_tables": list(self.unsent),
                "milestones": self.milestones, "milestone_actions": self.milestone_actions}


@dataclass(frozen=True)
class ReturnFileError:
    """One problem of a returned file, where Excel shows it: file, sheet, row (as Excel numbers it), column."""

    file: str
    sheet: str
    row: int  # 0: the file as a whole
    column: str  # the column's header (or letter), "" for a whole row or sheet
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.sheet:
            where += f"“{self.sheet}”表"
        if self.row:
            where += f"第 {self.row} 行"
        if self.column:
            where += f"“{self.column}”列"
        return f"{where}：{self.message}"


@dataclass(frozen=True)
class SheetReturn:
    """One unit's filled-in table found in a returned file."""

    file: str
    sheet: str
    request_id: int
    table_title: str
    unit_id: int
    unit_name: str
    rows: tuple[tuple[str, ...], ...]
    replaces: bool  # the unit had returned this table before: the new rows replace the old


@dataclass(frozen=True)
class ImportPreview:
    files: tuple[str, ...]
    returns: tuple[SheetReturn, ...]
    skipped: tuple[str, ...]  # sheets left as sent (or empty), "file“sheet”：reason"
    errors: tuple[ReturnFileError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.returns)

    def summary(self) -> str:
        if self.errors:
            return f"{'、'.join(self.files)} 有 {len(self.errors)} 处错误，未导入任何数据。"
        if not self.returns:
            return f"{'、'.join(self.files)} 中没有已填写的附表（{len(self.skipped)} 个工作表与发出时相同或为空）。"
        again = sum(r.replaces for r in self.returns)
        units = "、".join(dict.fromkeys(r.unit_name for r in self.returns))
        text = f"收到 {len(self.returns)} 张附表（{units}），共 {sum(len(r.rows) for r in self.returns)} 行"
        if again:
            text += f"，其中 {again} 张替换此前报送的内容"
        if self.skipped:
            text += f"；{len(self.skipped)} 个工作表未填写，已跳过"
        return text + "。"


@dataclass(frozen=True)
class MergedTable:
    """All the units' returns of one table: the unit first, then the table's own columns."""

    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    returned: tuple[str, ...]  # units in 排序号 order
    missing: tuple[str, ...]  # 未交 (逾期 included)
    deadline: dt.datetime | None


@dataclass(frozen=True)
class MilestoneResult:
    created: tuple[str, ...]  # texts of the 督办 items made now
    existing: int  # milestones that already had theirs
    unresolved: tuple[str, ...] = field(default=())  # owners that name no single unit of the directory

    @property
    def text(self) -> str:
        parts = [f"新建督办事项 {len(self.created)} 项"]
        if self.existing:
            parts.append(f"已有 {self.existing} 项")
        if self.unresolved:
            parts.append(f"责任单位{''.join(f'“{u}”' for u in self.unresolved)}不是通讯录中的某一个单位，"
                         "这些督办事项未指定责任单位（责任写在事项内容中）")
        return "，".join(parts) + "。"


# ---------------------------------------------------------------- loading


def _handout(uow: UnitOfWork, handout_id: int) -> Handout:
    h = uow.session.scalar(
        select(Handout).where(Handout.id == handout_id)
        .options(selectinload(Handout.tables), selectinload(Handout.milestones), selectinload(Handout.meeting))
    )
    if h is None:
        raise NotFoundError(f"明白纸不存在（编号 {handout_id}），可能已被其他人删除。")
    return h


def _requests(uow: UnitOfWork, handout_id: int) -> dict[int, ReturnRequest]:
    """The handout's table requests by table id (a table is sent once; more units join the same request)."""
    found = uow.session.scalars(
        select(ReturnRequest).where(ReturnRequest.handout_id == handout_id, ReturnRequest.kind == ReturnKind.TABLE)
        .options(selectinload(ReturnRequest.items).selectinload(ReturnItem.unit)).order_by(ReturnRequest.id)
    )
    return {r.handout_table_id: r for r in found if r.handout_table_id is not None}


def _unit_order(item: ReturnItem) -> tuple[int, int]:
    return (item.unit.sort_order if item.unit else 0, item.id)


def _width(rows: Iterable[Sequence[Any]], width: int) -> list[tuple[str, ...]]:
    return [tuple(("" if c is None else str(c)) for c in (list(r) + [""] * width)[:width]) for r in rows]


def _columns(t: HandoutTable) -> tuple[str, ...]:
    return tuple(str(c) for c in t.columns)


# ---------------------------------------------------------------- recipients and sending


def default_unit_ids(uow: UnitOfWork, handout_id: int) -> list[int]:
    """The units of the linked meeting's invitees (not 工作人员, not 县领导 or 上级机关), or every active 乡镇
    when the 明白纸 has no meeting; in 排序号 order."""
    h = _handout(uow, handout_id)
    q = select(Unit.id).where(Unit.active.is_(True))
    if h.meeting_id is not None:
        q = q.where(Unit.kind.not_in([k.value for k in _NO_UNIT_KINDS]), Unit.id.in_(
            select(Person.unit_id).join(Participant, Participant.person_id == Person.id)
            .where(Participant.meeting_id == h.meeting_id, Participant.role != ParticipantRole.STAFF)))
    else:
        q = q.where(Unit.kind == UnitKind.TOWNSHIP)
    return list(uow.session.scalars(q.order_by(Unit.sort_order, Unit.id)))


def recipient_choices(uow: UnitOfWork, handout_id: int) -> list[UnitChoice]:
    """Every active unit the send dialog may choose, the defaults (or those already sent to) ticked."""
    sent_to = [{i.unit_id for i in r.items} for r in _requests(uow, handout_id).values()]
    already = set.intersection(*sent_to) if sent_to else set()
    defaults = set(default_unit_ids(uow, handout_id)) if not sent_to else already
    units = uow.session.scalars(select(Unit).where(Unit.active.is_(True)).order_by(Unit.sort_order, Unit.id))
    return [UnitChoice(u.id, u.name, u.short_name, UNIT_KIND_LABELS.get(UnitKind(u.kind), u.kind),
                       u.id in defaults, u.id in already) for u in units]


def parse_deadline(text: str, tz: dt.tzinfo) -> dt.datetime:
    """'2026-11-30 17:00', '2026-11-30' (17:00 that day) or '2026年11月30日17:00', in the office's zone."""
    t = text.strip()
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]*(\d{1,2})[:：时](\d{2})分?)?", t)
    if not m:
        raise ValidationError(f"截止时间“{text}”无法识别，请写成 2026-11-30 17:00 或 2026-11-30。")
    try:
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        at = dt.time(int(m[4]), int(m[5])) if m[4] else DEADLINE_HOUR
    except ValueError:
        raise ValidationError(f"截止时间“{text}”不是有效的日期或时间。") from None
    return dt.datetime.combine(day, at, tzinfo=tz)


def send_tables(uow: UnitOfWork, handout_id: int, deadline: dt.datetime,
                unit_ids: Sequence[int] | None = None) -> SendResult:
    """Send every attached table to ``unit_ids`` (default: :func:`default_unit_ids`) by ``deadline``.

    A table already sent gets the new units added and the new deadline; one commit, audited."""
    h = _handout(uow, handout_id)
    if deadline.tzinfo is None:
        raise ValidationError("截止时间缺少时区。")
    if not h.tables:
        raise RuleError(f"明白纸《{h.title}》没有附表，无需发送。请先在编辑页添加附表并保存。")
    ids = list(dict.fromkeys(unit_ids if unit_ids is not None else default_unit_ids(uow, handout_id)))
    if not ids:
        raise ValidationError("请至少选择一个报送单位。")
    units = {u.id: u for u in uow.session.scalars(select(Unit).where(Unit.id.in_(ids)))}
    if missing := [i for i in ids if i not in units]:
        raise NotFoundError(f"所选单位已不存在（编号 {'、'.join(map(str, missing))}）。")
    existing = _requests(uow, handout_id)
    request_ids, added = [], 0
    tz = uow.settings.tz()
    for t in h.tables:
        r = existing.get(t.id)
        if r is None:
            r = open_request(uow, ReturnKind.TABLE, t.title[:300], deadline, handout_id=h.id,
                             handout_table_id=t.id, unit_ids=ids)
            added += len(ids)
        else:
            have = {i.unit_id for i in r.items}
            new = [ReturnItem(unit_id=u) for u in ids if u not in have]
            r.items.extend(new)
            added += len(new)
            r.deadline = deadline
        request_ids.append(r.id)
    uow.flush()
    names = "、".join(units[i].short_name or units[i].name for i in ids[:10]) + (f" 等 {len(ids)} 个单位"
                                                                                if len(ids) > 10 else "")
    audit.record(uow, "handout", h.id, "send_tables",
                 f"明白纸《{h.title}》附表发送至{names}，报送截止 {deadline.astimezone(tz):%Y-%m-%d %H:%M}",
                 meeting_id=h.meeting_id)
    uow.commit()
    return SendResult(tuple(request_ids), len(h.tables), len(ids), added, deadline.astimezone(tz))


# ---------------------------------------------------------------- the ledger


def handout_returns(uow: UnitOfWork, handout_id: int) -> HandoutReturns:
    """Each sent table with each unit's 已交 / 未交 / 逾期, when and what came back."""
    h = _handout(uow, handout_id)
    now, tz = uow.now(), uow.settings.tz()
    requests = _requests(uow, handout_id)
    ledgers = []
    for t in h.tables:
        r = requests.get(t.id)
        if r is not None:
            ledgers.append(_ledger(r, _columns(t), now, tz))
    owned = [m for m in h.milestones if m.owner.strip()]
    made = _milestone_items(uow, h)
    return HandoutReturns(h.id, h.title, h.meeting_id, h.meeting.title if h.meeting else "", tuple(ledgers),
                          tuple(t.title for t in h.tables if t.id not in requests), len(owned),
                          sum(1 for m in owned if m.id in made))


def _ledger(r: ReturnRequest, columns: tuple[str, ...], now: dt.datetime, tz: dt.tzinfo) -> TableLedger:
    items = sorted((i for i in r.items if i.unit_id is not None), key=_unit_order)
    units = tuple(
        LedgerUnit(i.id, i.unit_id or 0, i.unit.name if i.unit else "?", i.state,
                   table_state_text(i.state, r.deadline, now), rules.is_overdue(i.state, r.deadline, now),
                   i.returned_at.astimezone(tz) if i.returned_at else None, i.channel, i.entered_by,
                   tuple(_width(i.data or [], len(columns))), i.note)
        for i in items
    )
    return TableLedger(r.id, r.handout_table_id, r.title, columns, r.deadline.astimezone(tz) if r.deadline else None,
                       counts_of((i.state for i in items), r.deadline, now), units)


# ---------------------------------------------------------------- export


def _sheet_title(text: str, taken: set[str]) -> str:
    base = _SHEET_BAD.sub("", text).strip().strip("'")[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f"({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def _file_name(*parts: str) -> str:
    return _FILE_BAD.sub("", "-".join(p for p in parts if p)).strip(" .")[:120] + ".xlsx"


_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FIXED = PatternFill("solid", fgColor="EEEEEE")
_HEAD = PatternFill("solid", fgColor="DDE6F0")


def _deadline_text(deadline: dt.datetime | None, tz: dt.tzinfo) -> str:
    if deadline is None:
        return "报送截止：按通知要求"
    d = deadline.astimezone(tz)
    return f"报送截止：{d.year}年{d.month}月{d.day}日 {d:%H:%M}前"


def _write_sheet(book: Workbook, title: str, unit: Unit, r: ReturnRequest, t: HandoutTable, tz: dt.tzinfo) -> None:
    ws = book.create_sheet(title)
    columns = _columns(t)
    width = len(columns)
    last = get_column_letter(max(width, 1))
    for row, text, font in ((TITLE_ROW, t.title, Font(bold=True, size=14)),
                            (UNIT_ROW, f"{UNIT_LABEL}：{unit.name}", Font(bold=True)),
                            (INFO_ROW, f"{_deadline_text(r.deadline, tz)}　表格编号：HW{r.id}", Font(color="606060"))):
        cell = ws.cell(row=row, column=1, value=text)
        cell.data_type = "s"
        cell.font = font
        cell.alignment = Alignment(horizontal="center" if row == TITLE_ROW else "left")
        if width > 1:
            ws.merge_cells(f"A{row}:{last}{row}")
    for c, name in enumerate(columns, start=1):
        cell = ws.cell(row=HEADER_ROW, column=c, value=name)
        cell.data_type = "s"
        cell.font, cell.fill, cell.border = Font(bold=True), _HEAD, _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fixed = _width(t.rows or [], width)
    for k in range(len(fixed) + BLANK_ROWS):
        values = fixed[k] if k < len(fixed) else ("",) * width
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=FIRST_DATA_ROW + k, column=c, value=value or None)
            cell.border = _BOX
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            if value:
                cell.data_type, cell.fill = "s", _FIXED
    for c, name in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = max(12, min(40, 2.2 * len(name) + 4))
    ws.row_dimensions[TITLE_ROW].height = 24
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"


def export_tables(uow: UnitOfWork, handout_id: int, folder: Path, per_unit_files: bool = False,
                  unit_ids: Sequence[int] | None = None) -> list[Path]:
    """The sent tables as .xlsx in ``folder``: one file per table with one sheet per recipient unit (named by
    its short name), or (``per_unit_files``) one file per unit with one sheet per table. Returns the files."""
    h = _handout(uow, handout_id)
    requests = _requests(uow, handout_id)
    tables = [(t, requests[t.id]) for t in h.tables if t.id in requests]
    if not tables:
        raise RuleError(f"明白纸《{h.title}》的附表尚未发送给任何单位；请先选择报送单位和截止时间并发送。")
    tz = uow.settings.tz()
    wanted = set(unit_ids) if unit_ids is not None else None
    folder = Path(folder)
    written: list[Path] = []
    if per_unit_files:
        units: dict[int, Unit] = {}
        for _, r in tables:
            for i in sorted(r.items, key=_unit_order):
                if i.unit is not None and (wanted is None or i.unit_id in wanted):
                    units.setdefault(i.unit.id, i.unit)
        for unit in units.values():
            book = Workbook()
            book.remove(book.active)
            taken: set[str] = set()
            for t, r in tables:
                if any(i.unit_id == unit.id for i in r.items):
                    _write_sheet(book, _sheet_title(t.title, taken), unit, r, t, tz)
            written.append(save_workbook(book, folder / _file_name(h.title, unit.short_name or unit.name)))
    else:
        for t, r in tables:
            book = Workbook()
            book.remove(book.active)
            taken = set()
            for i in sorted(r.items, key=_unit_order):
                if i.unit is not None and (wanted is None or i.unit_id in wanted):
                    _write_sheet(book, _sheet_title(i.unit.short_name or i.unit.name, taken), i.unit, r, t, tz)
            if book.sheetnames:
                name = _file_name(h.title, t.title) if len(tables) > 1 or t.title != h.title else _file_name(t.title)
                written.append(save_workbook(book, folder / name))
    return written


# ---------------------------------------------------------------- import


def _text(value: Any) -> str:
    """A cell as the text the office reads: 3.0 is "3", a date is 2026-11-30, Windows line ends are \\n."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d") if value.time() == dt.time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _cell_problem(text: str) -> str:
    if len(text) > MAX_CELL:
        return f"内容太长（{len(text)} 个字，最多 {MAX_CELL} 个字）。"
    for n, ch in enumerate(text, start=1):
        if ch != "\n" and (ord(ch) < 32 or ord(ch) == 127):
            return f"第 {n} 个字是控制字符，请在单元格中删除后再导入。"
    return ""


@dataclass
class _Target:
    request: ReturnRequest
    table: HandoutTable
    columns: tuple[str, ...]
    fixed: list[tuple[str, ...]]
    units: dict[str, ReturnItem]  # by full name and by short name


def _targets(h: Handout, requests: dict[int, ReturnRequest]) -> dict[int, _Target]:
    out = {}
    for t in h.tables:
        r = requests.get(t.id)
        if r is None:
            continue
        by_name: dict[str, ReturnItem] = {}
        for i in r.items:
            if i.unit is not None:
                by_name.setdefault(i.unit.name, i)
                if i.unit.short_name:
                    by_name.setdefault(i.unit.short_name, i)
        columns = _columns(t)
        out[r.id] = _Target(r, t, columns, _width(t.rows or [], len(columns)), by_name)
    return out


def _label_value(text: str, label: str) -> str | None:
    """"填报单位：县教育局" -> "县教育局"; None when the cell does not start with the label."""
    head = text.replace(" ", "").replace("　", "")
    if not head.startswith(label):
        return None
    rest = text.split("：", 1)[1] if "：" in text else text.split(":", 1)[1] if ":" in text else text[len(label):]
    return rest.strip()


class _Reader:
    def __init__(self, uow: UnitOfWork, h: Handout) -> None:
        self.h = h
        self.targets = _targets(h, _requests(uow, h.id))
        self.errors: list[ReturnFileError] = []
        self.returns: list[SheetReturn] = []
        self.skipped: list[str] = []
        self.seen: dict[tuple[int, int], str] = {}
        self._other_codes = set(uow.session.scalars(
            select(ReturnRequest.id).where(ReturnRequest.kind == ReturnKind.TABLE, ReturnRequest.handout_id != h.id)))

    def error(self, file: str, sheet: str, row: int, column: str, message: str) -> None:
        self.errors.append(ReturnFileError(file, sheet, row, column, message))

    def read_file(self, path: Path) -> None:
        # the importers' one guard: a missing file, not an xlsx, a zip bomb
        from huiwu.services.roster import RosterError
        from huiwu.services.roster import _open as open_workbook

        name = path.name
        try:
            book = open_workbook(path)
        except RosterError as exc:
            self.error(name, "", 0, "", str(exc).removeprefix(f"{name} "))
            return
        try:
            for ws in book.worksheets:
                self.read_sheet(name, ws.title, ws)
        except Exception as exc:  # a damaged sheet inside a valid zip fails while reading, in many ways
            self.error(name, "", 0, "", f"内容已损坏，无法读取（{exc.__class__.__name__}）。请用 Excel 打开后另存为 .xlsx 再导入。")
        finally:
            book.close()

    def _target_of(self, file: str, sheet: str, rows: list[list[str]]) -> _Target | None:
        info = " ".join(rows[INFO_ROW - 1]) if len(rows) >= INFO_ROW else ""
        if m := _CODE.search(info):
            code = int(m[1])
            if code in self.targets:
                return self.targets[code]
            if code in self._other_codes:
                self.error(file, sheet, INFO_ROW, "", f"表格编号 HW{code} 是另一份明白纸的附表，不是《{self.h.title}》的。")
                return None
        title = rows[TITLE_ROW - 1][0] if rows and rows[0] else ""
        by_title = [t for t in self.targets.values() if t.table.title == title]
        if len(by_title) == 1:
            return by_title[0]
        if len(self.targets) == 1:
            return next(iter(self.targets.values()))
        titles = "、".join(f"《{t.table.title}》" for t in self.targets.values())
        self.error(file, sheet, TITLE_ROW, "", f"认不出是哪张附表（第 1 行为“{title}”，应为 {titles} 之一）。")
        return None

    def read_sheet(self, file: str, sheet: str, ws: Any) -> None:
        rows: list[list[str]] = []
        for values in ws.iter_rows(values_only=True):
            rows.append([_text(v) for v in values])
            if len(rows) > MAX_ROWS + HEADER_ROW:
                self.error(file, sheet, len(rows), "", f"超过 {MAX_ROWS} 行，这不像明白纸的附表；请检查是否选错了文件。")
                return
        while rows and not any(rows[-1]):
            rows.pop()
        if not rows:
            self.skipped.append(f"{file}“{sheet}”：空白工作表")
            return
        target = self._target_of(file, sheet, rows)
        if target is None:
            return
        item = self._unit_of(file, sheet, rows, target)
        header_ok = self._check_header(file, sheet, rows, target)
        if item is None or not header_ok:
            return
        data = self._check_rows(file, sheet, rows, target)
        if data is None:
            return
        unit_name = item.unit.name if item.unit else "?"
        if [r for r in data if any(r)] == [r for r in target.fixed if any(r)]:
            self.skipped.append(f"{file}“{sheet}”：{unit_name}未填写，与发出时相同")
            return
        key = (target.request.id, item.id)
        if key in self.seen:
            self.error(file, sheet, UNIT_ROW, UNIT_LABEL,
                       f"{unit_name}的《{target.table.title}》在 {self.seen[key]} 中已有一份，同一次导入只能有一份。")
            return
        self.seen[key] = f"{file}“{sheet}”"
        self.returns.append(SheetReturn(file, sheet, target.request.id, target.table.title, item.unit_id or 0,
                                        unit_name, tuple(r for r in data if any(r)),
                                        item.state == ReturnState.RETURNED))

    def _unit_of(self, file: str, sheet: str, rows: list[list[str]], target: _Target) -> ReturnItem | None:
        cell = rows[UNIT_ROW - 1][0] if len(rows) >= UNIT_ROW and rows[UNIT_ROW - 1] else ""
        name = _label_value(cell, UNIT_LABEL)
        item = target.units.get(name) if name else None
        if item is None and not name:
            item = target.units.get(sheet)  # the cell was cleared: the sheet's name (the unit's short name)
        if item is not None:
            return item
        if name is None and cell:
            self.error(file, sheet, UNIT_ROW, UNIT_LABEL, f"第 {UNIT_ROW} 行应为“{UNIT_LABEL}：单位名称”，现为“{cell[:30]}”。")
        elif not name:
            self.error(file, sheet, UNIT_ROW, UNIT_LABEL, "没有写明填报单位。")
        else:
            self.error(file, sheet, UNIT_ROW, UNIT_LABEL,
                       f"单位“{name}”不在《{target.table.title}》的报送单位中；如需该单位报送，请先向它发送附表。")
        return None

    def _check_header(self, file: str, sheet: str, rows: list[list[str]], target: _Target) -> bool:
        header = rows[HEADER_ROW - 1] if len(rows) >= HEADER_ROW else []
        ok = True
        for c, expected in enumerate(target.columns):
            found = header[c] if c < len(header) else ""
            if found != expected:
                ok = False
                now = f"现为“{found}”" if found else "现为空"
                self.error(file, sheet, HEADER_ROW, f"{get_column_letter(c + 1)}（{expected}）",
                           f"列名应为“{expected}”，{now}。列名和列的顺序不能改动。")
        for c in range(len(target.columns), len(header)):
            if header[c]:
                ok = False
                self.error(file, sheet, HEADER_ROW, get_column_letter(c + 1),
                           f"多出一列“{header[c]}”；附表只有 {len(target.columns)} 列：{'、'.join(target.columns)}。")
        return ok

    def _check_rows(self, file: str, sheet: str, rows: list[list[str]],
                    target: _Target) -> list[tuple[str, ...]] | None:
        width, before = len(target.columns), len(self.errors)
        body = rows[FIRST_DATA_ROW - 1:]
        body += [[] for _ in range(len(target.fixed) - len(body))]
        data = []
        for k, values in enumerate(body):
            number = FIRST_DATA_ROW + k
            cells = tuple((values + [""] * width)[:width])
            for c in range(width, len(values)):
                if values[c]:
                    self.error(file, sheet, number, get_column_letter(c + 1),
                               f"在附表之外（附表只有 {width} 列），请删除或移入表内。")
            for c, text in enumerate(cells):
                if problem := _cell_problem(text):
                    self.error(file, sheet, number, target.columns[c], problem)
            if k < len(target.fixed):
                for c, office in enumerate(target.fixed[k]):
                    if office and cells[c] != office:
                        got = f"被改为“{cells[c][:30]}”" if cells[c] else "被删除"
                        self.error(file, sheet, number, target.columns[c],
                                   f"办公室预填的“{office}”{got}；预填内容不能改动，请恢复后再导入。")
            data.append(cells)
        return data if len(self.errors) == before else None


def _read(uow: UnitOfWork, handout_id: int, paths: Sequence[Path]) -> ImportPreview:
    h = _handout(uow, handout_id)
    reader = _Reader(uow, h)
    if not reader.targets:
        raise RuleError(f"明白纸《{h.title}》的附表尚未发送，没有可回收的表格。")
    for p in paths:
        reader.read_file(Path(p))
    return ImportPreview(tuple(Path(p).name for p in paths), tuple(reader.returns), tuple(reader.skipped),
                         tuple(reader.errors))


def preview_import(uow: UnitOfWork, handout_id: int, paths: Sequence[Path]) -> ImportPreview:
    """What :func:`import_returns` would record; reads the files and writes nothing."""
    return _read(uow, handout_id, paths)


def import_returns(uow: UnitOfWork, handout_id: int, paths: Sequence[Path]) -> ImportPreview:
    """Read the files again (they may have changed since the preview) and record every unit's rows, all in one
    commit, or nothing when any file has an error (:class:`TableImportError` with the first one)."""
    preview = _read(uow, handout_id, paths)
    if preview.errors:
        raise TableImportError(f"{preview.summary()}第一处：{preview.errors[0]}")
    if not preview.returns:
        raise TableImportError(preview.summary())
    record_returns(uow, handout_id, preview.returns)
    return preview


def record_returns(uow: UnitOfWork, handout_id: int, returns: Sequence[SheetReturn], channel: str = CHANNEL) -> None:
    """Put each unit's rows on its item (已交, now, by the operator), audited, in one commit."""
    h = _handout(uow, handout_id)
    requests = {r.id: r for r in _requests(uow, handout_id).values()}
    now, who = uow.now(), uow.settings.operator_name()
    for sr in returns:
        r = requests.get(sr.request_id)
        item = next((i for i in r.items if i.unit_id == sr.unit_id), None) if r else None
        if r is None or item is None:
            raise NotFoundError(f"{sr.unit_name}的《{sr.table_title}》已不在回收清单中，可能刚被删除。")
        again = item.state == ReturnState.RETURNED
        item.data = [list(row) for row in sr.rows]
        item.state, item.returned_at, item.channel, item.entered_by = ReturnState.RETURNED, now, channel, who
        item.note = f"{sr.file}“{sr.sheet}”"[:500]
        audit.record(uow, "return_item", item.id, "return",
                     f"明白纸《{h.title}》附表《{sr.table_title}》{'更新' if again else '收到'}{sr.unit_name}报送的 "
                     f"{len(sr.rows)} 行（{channel}：{sr.file}）", meeting_id=h.meeting_id)
    uow.commit()


# ---------------------------------------------------------------- the merged table


def merged_tables(uow: UnitOfWork, handout_id: int) -> list[MergedTable]:
    """Per sent table: every returned row with its unit first, the units in 排序号 order."""
    out = []
    for t in handout_returns(uow, handout_id).tables:
        returned = [u for u in t.units if u.state == ReturnState.RETURNED]
        out.append(MergedTable(t.title, (UNIT_COLUMN, *t.columns),
                               tuple((u.unit_name, *row) for u in returned for row in u.rows),
                               tuple(u.unit_name for u in returned),
                               tuple(u.unit_name for u in t.units if u.state != ReturnState.RETURNED), t.deadline))
    return out


def export_merged_xlsx(uow: UnitOfWork, handout_id: int, path: Path) -> Path:
    """The merged tables, one sheet each (the unit first), with who has not returned below."""
    tables = merged_tables(uow, handout_id)
    if not tables:
        raise RuleError("附表尚未发送，没有可汇总的内容。")
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    for m in tables:
        ws = book.create_sheet(_sheet_title(m.title, taken))
        ws.append([f"{m.title}（汇总）"])
        ws["A1"].font = Font(bold=True, size=14)
        ws.append(list(m.columns))
        for cell in ws[2]:
            cell.font, cell.fill, cell.border = Font(bold=True), _HEAD, _BOX
        for row in m.rows:
            ws.append(list(row))
            for cell in ws[ws.max_row]:
                cell.data_type, cell.border = "s", _BOX  # text as the units wrote it, never a live formula
        ws.append([])
        ws.append([f"已交 {len(m.returned)} 个单位；未交：{'、'.join(m.missing) or '无'}"])
        for c in range(1, len(m.columns) + 1):
            ws.column_dimensions[get_column_letter(c)].width = 16 if c == 1 else 14
        ws.freeze_panes = "B3"
    return save_workbook(book, Path(path))


def merged_doc(uow: UnitOfWork, handout_id: int) -> Any:
    from huiwu.printing.handout_returns import MergedDoc, MergedTableDoc

    h = _handout(uow, handout_id)
    tables = merged_tables(uow, handout_id)
    if not tables:
        raise RuleError("附表尚未发送，没有可汇总的内容。")
    docs = []
    for m in tables:
        when = f"报送截止 {m.deadline:%Y-%m-%d %H:%M}；" if m.deadline else ""
        docs.append(MergedTableDoc(m.title, m.columns, m.rows,
                                   f"{when}已交 {len(m.returned)} 个单位；未交：{'、'.join(m.missing) or '无'}"))
    from huiwu.services.handouts import handout_marks

    return MergedDoc(f"《{h.title}》附表汇总", tuple(docs), uow.settings.issuer_line(), uow.today(),
                     handout_marks(h)[1])


def merged_pdf(uow: UnitOfWork, handout_id: int) -> bytes:
    """The merged tables printed through the document pipeline (every font embedded)."""
    from huiwu.printing.handout_returns import render_merged
    from huiwu.services.printing import fonts

    return render_merged(merged_doc(uow, handout_id), fonts(uow))


# ---------------------------------------------------------------- 时限节点 → 督办


def _milestone_items(uow: UnitOfWork, h: Handout) -> dict[int, ActionItem]:
    ids = [m.id for m in h.milestones]
    if not ids:
        return {}
    found = uow.session.scalars(select(ActionItem).where(ActionItem.handout_milestone_id.in_(ids)))
    return {a.handout_milestone_id: a for a in found if a.handout_milestone_id is not None}


def _resolve_unit(uow: UnitOfWork, owner: str) -> Unit | None:
    """The one unit an owner names, by its full name, else its short name; None for "各乡镇" and the like."""
    text = owner.strip()
    for column in (Unit.name, Unit.short_name):
        found = list(uow.session.scalars(select(Unit).where(column == text, Unit.active.is_(True)).limit(2)))
        if len(found) == 1:
            return found[0]
    return None


def _action_text(m: HandoutMilestone, h: Handout, unit: Unit | None) -> str:
    text = f"{m.node}（明白纸《{h.title}》时限节点"
    return text + ("）" if unit is not None else f"，责任：{m.owner.strip()}）")


def milestones_to_actions(uow: UnitOfWork, handout_id: int) -> MilestoneResult:
    """Each 时限节点 with a responsible unit becomes a 督办 item on the linked meeting (text from the node,
    deadline from its date, the unit resolved by name), once: a second call makes nothing new. One commit.

    The 明白纸 editor saves milestones anew (new ids); an item made before that is found again by its text and
    deadline and relinked rather than made twice."""
    h = _handout(uow, handout_id)
    if h.meeting_id is None or h.meeting is None:
        raise RuleError(f"明白纸《{h.title}》没有关联会议，无法生成督办事项（督办事项须属于一次会议）。"
                        "请先在编辑页关联会议并保存。")
    made = _milestone_items(uow, h)
    owned = [m for m in h.milestones if m.owner.strip() and m.node.strip()]
    orphans = [a for a in uow.session.scalars(select(ActionItem).where(
        ActionItem.meeting_id == h.meeting_id, ActionItem.handout_milestone_id.is_not(None)))
        if a.handout_milestone_id not in made]
    created, existing, unresolved = [], 0, []
    for m in owned:
        if m.id in made:
            existing += 1
            continue
        unit = _resolve_unit(uow, m.owner)
        if unit is None:
            unresolved.append(m.owner.strip())
        text = _action_text(m, h, unit)
        again = next((a for a in orphans if a.text == text and a.deadline == m.due_date), None)
        if again is not None:
            again.handout_milestone_id = m.id
            orphans.remove(again)
            existing += 1
            continue
        a = ActionItem(meeting_id=h.meeting_id, text=text, responsible_unit_id=unit.id if unit else None,
                       deadline=m.due_date, state=ActionState.OPEN, handout_milestone_id=m.id)
        uow.session.add(a)
        uow.flush()
        audit.record(uow, "action_item", a.id, "create", f"明白纸时限节点转督办：{text[:30]}", meeting_id=h.meeting_id,
                     changes=audit.diff({}, {"text": a.text, "responsible_unit_id": a.responsible_unit_id,
                                                  "deadline": a.deadline}))
        created.append(text)
    uow.commit()
    return MilestoneResult(tuple(created), existing, tuple(dict.fromkeys(unresolved)))


def milestone_actions(uow: UnitOfWork, handout_id: int) -> list[Any]:
    """The 督办 items made from this 明白纸's 时限节点 (huiwu.services.actions.ActionRow), deadline first."""
    from huiwu.services.actions import action_rows

    h = _handout(uow, handout_id)
    made = {a.id for a in _milestone_items(uow, h).values()}
    if not made or h.meeting_id is None:
        return []
    return [r for r in action_rows(uow, meeting_id=h.meeting_id) if r.id in made]


def milestones_due(uow: UnitOfWork, today: dt.date | None = None, within_days: int = 7) -> list[Any]:
    """The 时限节点's 督办 items falling due within ``within_days``: :func:`huiwu.services.actions.milestones_due`."""
    from huiwu.services.actions import milestones_due as due

    return due(uow, today, within_days)
