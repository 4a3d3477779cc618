"""通讯录 in and out of .xlsx — the format offices already keep.

Import is two steps: :func:`preview_roster` reads and validates the whole file and says what would
happen (rows added / updated / rejected, each error with its sheet, row and column); :func:`import_roster`
writes, in one transaction, only when the file validates. Export writes the same format, so
export → import round-trips.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.errors import Cancelled, HuiwuError
from huiwu.files import append_text_row, save_workbook
from huiwu.models import UNIT_KIND_LABELS, Person, Unit, UnitKind
from huiwu.progress import CancelCheck, Meter, Progress
from huiwu.services import audit
from huiwu.services.directory import PersonEdit, apply_person_edit, list_people, list_units
from huiwu.text import control_character_at, phone_problem

UNIT_SHEET = "单位"
PEOPLE_SHEET = "人员"
UNIT_COLUMNS = ("单位名称", "简称", "类别", "排序号")
PEOPLE_COLUMNS = ("单位", "姓名", "职务", "排序号", "联系电话", "是否领导", "是否在职", "分管领导")
REQUIRED_PEOPLE = ("单位", "姓名")
MAX_ROWS = 20000  # a county's whole roster is a few thousand; more means the wrong file
MAX_ERRORS_SHOWN = 200
# Shares of an import's progress (of 1000), as measured on 15,000 rows: reading the file, the rows, the flush.
_READ, _WRITTEN, _FLUSHED = 400, 750, 980
KIND_BY_LABEL = {label: kind for kind, label in UNIT_KIND_LABELS.items()}
YES = {"是", "Y", "y", "yes", "1", "√", "TRUE", "True", "true"}
NO = {"否", "N", "n", "no", "0", "", "FALSE", "False", "false"}


class RosterError(HuiwuError):
    """The file cannot be read as a roster at all (not an xlsx, a required sheet or column missing)."""


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int  # the spreadsheet row number, as Excel shows it
    column: str  # the header, e.g. "单位"
    message: str

    def __str__(self) -> str:
        where = f"“{self.sheet}”表第 {self.row} 行" + (f"“{self.column}”列" if self.column else "")
        return f"{where}：{self.message}"


@dataclass(frozen=True)
class UnitData:
    name: str
    short_name: str
    kind: str
    sort_order: int


@dataclass(frozen=True)
class PersonData:
    row: int
    unit_name: str
    name: str
    title: str
    sort_order: int
    phone: str
    is_leader: bool
    active: bool
    supervisor: str


@dataclass(frozen=True)
class RosterPreview:
    file_name: str
    units_added: tuple[str, ...]
    units_updated: tuple[str, ...]
    people_added: tuple[str, ...]
    people_updated: tuple[str, ...]
    people_unchanged: int
    rows_rejected: int
    errors: tuple[RowError, ...]
    errors_total: int

    @property
    def ok(self) -> bool:
        return self.errors_total == 0

    def summary(self) -> str:
        text = (
            f"{self.file_name}：新增单位 {len(self.units_added)} 个、更新 {len(self.units_updated)} 个；"
            f"新增人员 {len(self.people_added)} 人、更新 {len(self.people_updated)} 人、"
            f"无变化 {self.people_unchanged} 人、有错误的行 {self.rows_rejected} 行。"
        )
        if self.errors_total > len(self.errors):
            text += f"（共 {self.errors_total} 处错误，只列出前 {len(self.errors)} 处）"
        return text


# ---------------------------------------------------------------- reading


@dataclass
class _Parsed:
    units: dict[str, UnitData]
    people: list[PersonData]
    errors: list[RowError]
    rejected_rows: set[tuple[str, int]]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


MAX_UNZIPPED = 64 * 1024 * 1024  # a county's roster unzips to well under 1 MB; more is not a roster


def _open(path: Path) -> Any:
    if not path.exists():
        raise RosterError(f"找不到文件 {path}。")
    _check_unzipped_size(path)
    # openpyxl (and lxml) load when a file is read, not with the 通讯录 page
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a broken .xlsx fails inside openpyxl/lxml in many ways; each is the file's fault
        raise RosterError(f"{path.name} 不是有效的 .xlsx 文件（{exc.__class__.__name__}）。请用 Excel 另存为 .xlsx 后再导入。") from exc


def _check_unzipped_size(path: Path) -> None:
    """Refuse a file that would unpack to more than :data:`MAX_UNZIPPED` before openpyxl reads any of it."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise RosterError(f"{path.name} 不是有效的 .xlsx 文件（{exc.__class__.__name__}）。请用 Excel 另存为 .xlsx 后再导入。") \
            from exc
    if total > MAX_UNZIPPED:
        raise RosterError(f"{path.name} 解压后有 {total / 1024 / 1024:.0f} MB，远超通讯录文件的大小（上限 "
                          f"{MAX_UNZIPPED // 1024 // 1024} MB）；请检查是否选错了文件。")


def _header(sheet: Any, sheet_name: str, expected: tuple[str, ...], required: tuple[str, ...]) -> tuple[dict[str, int], Iterator[tuple[Any, ...]]]:
    rows = sheet.iter_rows(values_only=True)
    first = next(rows, None)
    headers = [_cell(v) for v in (first or ())]
    index = {h: i for i, h in enumerate(headers) if h}
    missing = [c for c in required if c not in index]
    if missing:
        raise RosterError(
            f"“{sheet_name}”表第 1 行缺少列：{'、'.join(missing)}。应有的列为：{'、'.join(expected)}"
            f"（当前第 1 行为：{'、'.join(h for h in headers if h) or '空'}）。"
        )
    return index, rows


def _read_units(book: Any, errors: list[RowError], rejected: set[tuple[str, int]]) -> dict[str, UnitData]:
    units: dict[str, UnitData] = {}
    if UNIT_SHEET not in book.sheetnames:
        return units
    index, rows = _header(book[UNIT_SHEET], UNIT_SHEET, UNIT_COLUMNS, ("单位名称",))
    for number, values in enumerate(rows, start=2):
        get = _getter(values, index)
        name = get("单位名称")
        if not any(_cell(v) for v in values):
            continue
        row_errors = []
        if not name:
            row_errors.append(RowError(UNIT_SHEET, number, "单位名称", "单位名称为空。"))
        for column, field in (("单位名称", Unit.name), ("简称", Unit.short_name)):
            if problem := _field_problem(field, get(column)):
                row_errors.append(RowError(UNIT_SHEET, number, column, problem))
        kind_label = get("类别") or UNIT_KIND_LABELS[UnitKind.DEPARTMENT]
        if kind_label not in KIND_BY_LABEL:
            row_errors.append(
                RowError(UNIT_SHEET, number, "类别", f"类别“{kind_label}”无效，应为：{'、'.join(KIND_BY_LABEL)}。")
            )
        sort_order, sort_error = _int(get("排序号"))
        if sort_error:
            row_errors.append(RowError(UNIT_SHEET, number, "排序号", sort_error))
        if name in units:
            row_errors.append(RowError(UNIT_SHEET, number, "单位名称", f"单位“{name}”重复出现。"))
        if row_errors:
            errors.extend(row_errors)
            rejected.add((UNIT_SHEET, number))
            continue
        units[name] = UnitData(name, get("简称"), KIND_BY_LABEL[kind_label], sort_order)
    return units


def _getter(values: tuple[Any, ...], index: dict[str, int]) -> Any:
    def get(column: str) -> str:
        i = index.get(column)
        return _cell(values[i]) if i is not None and i < len(values) else ""

    return get


MAX_ORDER = 99_999_999  # 排序号 fits the database's integer on every engine


def _int(text: str) -> tuple[int, str]:
    """排序号: a whole number from 0 to 99,999,999 (Excel may store it as 3.0)."""
    if not text:
        return 0, ""
    try:
        number = Decimal(text)
    except InvalidOperation:
        return 0, f"“{_clip(text)}”不是数字。"
    if not number.is_finite() or number != number.to_integral_value():
        return 0, f"“{_clip(text)}”不是整数。"
    if not 0 <= number <= MAX_ORDER:
        return 0, f"“{_clip(text)}”超出范围（0 到 {MAX_ORDER}）。"
    return int(number), ""


def _clip(text: str, width: int = 30) -> str:
    return text if len(text) <= width else text[:width] + "…"


def _field_problem(column: Any, text: str) -> str:
    """What is wrong with a value for its database column, or "".

    Longer than the column holds (SQLite would accept it, PostgreSQL not), or with a line break or another
    control character (an Alt+Enter in the cell): names and posts print on one line of the sign-in sheet.
    """
    limit = getattr(column.property.columns[0].type, "length", None)
    if limit is not None and len(text) > limit:
        return f"超过 {limit} 个字（现有 {len(text)} 个）。"
    if (n := control_character_at(text)) is not None:
        return f"第 {n} 个字是换行或控制字符，请在单元格中删除后再导入。"
    return ""


def _flag(text: str, default: bool) -> tuple[bool, str]:
    if text == "":
        return default, ""
    if text in YES:
        return True, ""
    if text in NO:
        return False, ""
    return default, f"“{text}”应填“是”或“否”。"


def _read_people(
    book: Any, known_units: set[str], errors: list[RowError], rejected: set[tuple[str, int]], progress: Progress
) -> list[PersonData]:
    if PEOPLE_SHEET not in book.sheetnames:
        if len(book.sheetnames) == 1:
            sheet_name = book.sheetnames[0]  # a plain one-sheet roster
        else:
            raise RosterError(f"文件中没有“{PEOPLE_SHEET}”工作表（现有：{'、'.join(book.sheetnames)}）。")
    else:
        sheet_name = PEOPLE_SHEET
    sheet = book[sheet_name]
    index, rows = _header(sheet, sheet_name, PEOPLE_COLUMNS, REQUIRED_PEOPLE)
    people: list[PersonData] = []
    seen: dict[tuple[str, str], int] = {}
    last = min(sheet.max_row or MAX_ROWS, MAX_ROWS + 1)  # from the sheet's dimension; None in some writers' files
    for number, values in enumerate(rows, start=2):
        progress(min(number, last), last)
        if number - 1 > MAX_ROWS:
            errors.insert(0, RowError(sheet_name, number, "", f"人员超过 {MAX_ROWS} 行，这不像通讯录文件；请检查是否选错了文件。"))
            rejected.add((sheet_name, number))
            break
        if not any(_cell(v) for v in values):
            continue  # empty rows are common in hand-kept sheets; they are not errors
        person, row_errors = _parse_person(sheet_name, number, _getter(values, index), known_units, seen)
        if row_errors:
            errors.extend(row_errors)
            rejected.add((sheet_name, number))
        elif person:
            people.append(person)
    return people


def _parse_person(
    sheet: str, number: int, get: Any, known_units: set[str], seen: dict[tuple[str, str], int]
) -> tuple[PersonData | None, list[RowError]]:
    errs: list[RowError] = []
    unit, name = get("单位"), get("姓名")
    if not name:
        errs.append(RowError(sheet, number, "姓名", "姓名为空。"))
    elif problem := _field_problem(Person.name, name):
        errs.append(RowError(sheet, number, "姓名", "姓名" + problem))
    for column, field in (("职务", Person.title), ("联系电话", Person.phone), ("分管领导", Person.name)):
        if problem := _field_problem(field, get(column)):
            errs.append(RowError(sheet, number, column, problem))
    if (phone_error := phone_problem(get("联系电话"))) is not None:
        errs.append(RowError(sheet, number, "联系电话", phone_error))
    if not unit:
        errs.append(RowError(sheet, number, "单位", "单位为空。"))
    elif unit not in known_units:
        errs.append(RowError(sheet, number, "单位", f"单位“{unit}”不在通讯录中，也不在本文件的“{UNIT_SHEET}”表中。"))
    sort_order, sort_error = _int(get("排序号"))
    if sort_error:
        errs.append(RowError(sheet, number, "排序号", sort_error))
    is_leader, leader_error = _flag(get("是否领导"), False)
    if leader_error:
        errs.append(RowError(sheet, number, "是否领导", leader_error))
    active, active_error = _flag(get("是否在职"), True)
    if active_error:
        errs.append(RowError(sheet, number, "是否在职", active_error))
    key = (unit, name)
    if name and unit and key in seen:
        errs.append(RowError(sheet, number, "姓名", f"“{unit}”的“{name}”与第 {seen[key]} 行重复。"))
    if errs:
        return None, errs
    seen[key] = number
    person = PersonData(number, unit, name, get("职务"), sort_order, get("联系电话"), is_leader, active, get("分管领导"))
    return person, []


def _parse(uow: UnitOfWork, path: Path, meter: Meter, end: int) -> _Parsed:
    """Read and check the whole file (nothing is written: a cancel here is always safe); ``end`` is the
    share of ``meter`` that reading takes."""
    meter.check()
    book = _open(path)
    try:
        errors: list[RowError] = []
        rejected: set[tuple[str, int]] = set()
        existing_units = {u.name for u in list_units(uow)}
        try:  # the sheets are read lazily: a damaged sheet inside a valid zip fails here
            units = _read_units(book, errors, rejected)
            meter.report(end // 10)
            people = _read_people(book, existing_units | set(units), errors, rejected, meter.part(end // 10, end))
        except (RosterError, Cancelled):
            raise
        except Exception as exc:
            raise RosterError(f"{path.name} 的内容已损坏，无法读取（{exc.__class__.__name__}）。"
                              "请用 Excel 打开后另存为 .xlsx 再导入。") from exc
    finally:
        book.close()
    supervisors = {p.name for p in people} | {p.name for p in list_people(uow)}
    for p in people:
        if p.supervisor and p.supervisor not in supervisors:
            errors.append(RowError(PEOPLE_SHEET, p.row, "分管领导", f"分管领导“{p.supervisor}”不在通讯录中。"))
            rejected.add((PEOPLE_SHEET, p.row))
    return _Parsed(units, people, errors, rejected)


# ---------------------------------------------------------------- preview and import


def preview_roster(uow: UnitOfWork, path: Path, *, progress: Progress | None = None,
                   cancelled: CancelCheck | None = None) -> RosterPreview:
    """What :func:`import_roster` would do; writes nothing, so ``cancelled`` may stop it anywhere."""
    meter = Meter(progress, cancelled)
    parsed = _parse(uow, path, meter, meter.total)
    preview = _preview(uow, path, parsed)
    meter.finish()
    return preview


def _preview(uow: UnitOfWork, path: Path, parsed: _Parsed) -> RosterPreview:
    db_units = {u.name: u for u in list_units(uow)}
    db_people = {(p.unit_name, p.name): p for p in list_people(uow)}
    units_added = tuple(n for n in parsed.units if n not in db_units)
    units_updated = tuple(
        n
        for n, u in parsed.units.items()
        if n in db_units
        and (db_units[n].short_name, db_units[n].kind, db_units[n].sort_order) != (u.short_name, u.kind, u.sort_order)
    )
    added, updated, unchanged = [], [], 0
    for p in parsed.people:
        old = db_people.get((p.unit_name, p.name))
        if old is None:
            added.append(f"{p.unit_name} {p.name}")
        elif (old.title, old.sort_order, old.phone, old.is_leader, old.active, old.supervisor_name) != (
            p.title, p.sort_order, p.phone, p.is_leader, p.active, p.supervisor
        ):
            updated.append(f"{p.unit_name} {p.name}")
        else:
            unchanged += 1
    return RosterPreview(
        file_name=path.name,
        units_added=units_added,
        units_updated=units_updated,
        people_added=tuple(added),
        people_updated=tuple(updated),
        people_unchanged=unchanged,
        rows_rejected=len(parsed.rejected_rows),
        errors=tuple(parsed.errors[:MAX_ERRORS_SHOWN]),
        errors_total=len(parsed.errors),
    )


def import_roster(uow: UnitOfWork, path: Path, *, progress: Progress | None = None,
                  cancelled: CancelCheck | None = None) -> RosterPreview:
    """Validate again (the file may have changed since the preview) and write all of it or nothing.

    ``cancelled`` is heeded until the commit: everything is one transaction, so a cancel (which raises
    :class:`~huiwu.errors.Cancelled`) rolls back and leaves the directory as it was.
    """
    meter = Meter(progress, cancelled)
    parsed = _parse(uow, path, meter, _READ)
    preview = _preview(uow, path, parsed)
    if not preview.ok:
        raise RosterError(f"{path.name} 有 {preview.errors_total} 处错误，未导入任何数据。第一处：{preview.errors[0]}")
    session = uow.session
    units = {u.name: u for u in session.scalars(select(Unit))}
    for unit_data in parsed.units.values():
        unit = units.get(unit_data.name) or Unit(name=unit_data.name)
        unit.short_name, unit.kind, unit.sort_order = unit_data.short_name, unit_data.kind, unit_data.sort_order
        session.add(unit)
        units[unit_data.name] = unit
    session.flush()
    people = {(p.unit.name, p.name): p for p in session.scalars(select(Person))}
    by_name: dict[str, Person] = {}
    for p in people.values():
        by_name.setdefault(p.name, p)
    touched: list[tuple[PersonData, Person]] = []
    written = meter.part(_READ, _WRITTEN)
    for i, data in enumerate(parsed.people):
        written(i, len(parsed.people))
        person = people.get((data.unit_name, data.name)) or Person()
        edit = PersonEdit(
            data.name, units[data.unit_name].id, data.title, data.sort_order, data.phone, data.is_leader, data.active
        )
        supervisor = person.supervisor_id
        apply_person_edit(person, edit)
        person.supervisor_id = supervisor
        session.add(person)
        by_name[data.name] = person
        touched.append((data, person))
    meter.report(_WRITTEN)
    session.flush()
    for data, person in touched:
        if data.supervisor:
            person.supervisor_id = by_name[data.supervisor].id
    meter.report(_FLUSHED)  # the last point where a cancel is heeded: nothing is committed yet
    audit.record(uow, "roster", None, "import", preview.summary())
    uow.commit()
    meter.finish()
    return preview


# ---------------------------------------------------------------- export


def export_roster(uow: UnitOfWork, path: Path) -> int:
    """Write units and people in the import format; returns the number of people written."""
    from openpyxl import Workbook

    book = Workbook()
    unit_sheet = book.active
    assert unit_sheet is not None
    unit_sheet.title = UNIT_SHEET
    unit_sheet.append(list(UNIT_COLUMNS))
    for u in list_units(uow):
        append_text_row(unit_sheet, [u.name, u.short_name, u.kind_label, u.sort_order])
    people_sheet = book.create_sheet(PEOPLE_SHEET)
    people_sheet.append(list(PEOPLE_COLUMNS))
    people = list_people(uow)
    for p in people:
        append_text_row(people_sheet, [p.unit_name, p.name, p.title, p.sort_order, p.phone,
                                       "是" if p.is_leader else "否", "是" if p.active else "否", p.supervisor_name])
    for sheet, widths in ((unit_sheet, (30, 14, 12, 8)), (people_sheet, (30, 10, 24, 8, 16, 10, 10, 10))):
        _style(sheet, widths)
    save_workbook(book, Path(path))
    return len(people)


def _style(sheet: Any, widths: tuple[int, ...]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
        cell.alignment = Alignment(horizontal="center")
    sheet.freeze_panes = "A2"
