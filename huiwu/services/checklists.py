"""会前 / 会中 / 会后 checklists: templates (TOML files in resources/checklists, or saved by the office) and
the items of one meeting, with due times relative to the meeting start.

A broken template file never stops the app: the loader records an error naming the file and the line
(:func:`template_errors`) and that kind falls back to the built-in list below. Due times use the office's
working-day calendar (holidays and 调休 included) and are recomputed whenever the meeting moves.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from huiwu.calendar.workdays import WorkCalendar, due_at
from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    CHECKLIST_PHASE_LABELS,
    MEETING_KIND_LABELS,
    ChecklistItem,
    ChecklistPhase,
    ChecklistTemplate,
    ChecklistTemplateItem,
    Meeting,
    MeetingKind,
    OffsetUnit,
)
from huiwu.services import audit
from huiwu.services.aggregate import load_meeting

log = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "resources" / "checklists"
PHASE_ORDER = {ChecklistPhase.BEFORE: 0, ChecklistPhase.DURING: 1, ChecklistPhase.AFTER: 2}
_PHASE_BY_LABEL = {label: code for code, label in CHECKLIST_PHASE_LABELS.items()}
_KIND_BY_LABEL = {label: code for code, label in MEETING_KIND_LABELS.items()}
_UNIT_LABELS = {"minutes": "分钟", "hours": "小时", "days": "天", "workdays": "个工作日"}
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


# ---------------------------------------------------------------- plain data


@dataclass(frozen=True)
class TemplateItem:
    phase: str  # ChecklistPhase code
    title: str
    offset_value: int = 0
    offset_unit: str = OffsetUnit.DAYS
    at_time: str = ""  # "17:00" or ""
    owner: str = ""


@dataclass(frozen=True)
class Template:
    key: str  # "file:standing" or "db:12"
    name: str
    kind: str | None
    items: tuple[TemplateItem, ...]
    source: str  # the file path, "内置" or "本单位保存"


@dataclass(frozen=True)
class TemplateError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path} 第 {self.line} 行：{self.message}"


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    version: int
    meeting_id: int
    position: int
    phase: str
    phase_label: str
    title: str
    offset_value: int
    offset_unit: str
    at_time: str
    offset_label: str  # "T-3天" / "T+1个工作日 17:00"
    due_at: dt.datetime | None  # in the office zone
    owner: str
    done: bool
    done_by: str
    done_at: dt.datetime | None
    note: str
    overdue: bool
    blocked: str = ""  # why it cannot be done yet: the 涉密材料 copies still out (huiwu.services.secret_register)

    @property
    def state_label(self) -> str:
        if self.blocked:
            return "待收回"
        return "已完成" if self.done else ("逾期" if self.overdue else "未完成")


@dataclass(frozen=True)
class ItemInput:
    phase: str
    title: str
    offset_value: int = 0
    offset_unit: str = OffsetUnit.DAYS
    at_time: str = ""
    owner: str = ""
    note: str = ""


# ---------------------------------------------------------------- built-in fallback (DOMAIN.md)

_B, _D, _A = ChecklistPhase.BEFORE, ChecklistPhase.DURING, ChecklistPhase.AFTER
BUILTIN_ITEMS: tuple[TemplateItem, ...] = (
    TemplateItem(_B, "拟定会议方案并报批", -7, "days", "", "秘书科"),
    TemplateItem(_B, "议题确定，收齐会议审批呈报单和议题材料", -5, "days", "", "秘书科"),
    TemplateItem(_B, "发会议通知，收集回执", -3, "days", "", "秘书科"),
    TemplateItem(_B, "议题材料印制（A4 双面）并送领导", -2, "workdays", "", "综合科"),
    TemplateItem(_B, "跟踪出席、请假情况并报领导", -1, "days", "", "秘书科"),
    TemplateItem(_B, "会场预订与布置（会标、座次、席卡）", -1, "days", "", "综合科"),
    TemplateItem(_B, "打印签到表、明白纸", -1, "days", "", "秘书科"),
    TemplateItem(_B, "音响、投影、网络调试", -30, "minutes", "", "信息中心"),
    TemplateItem(_D, "工作人员到岗，开启签到", -30, "minutes", "", "秘书科"),
    TemplateItem(_D, "出（列）席人数报主持人", 5, "minutes", "", "秘书科"),
    TemplateItem(_D, "会议记录、录音", 0, "minutes", "", "秘书科"),
    TemplateItem(_A, "会议纪要初稿", 1, "workdays", "17:00", "秘书科"),
    TemplateItem(_A, "纪要审签印发，议定事项分解督办", 3, "workdays", "", "督查室"),
    TemplateItem(_A, "责任单位报送进展", 5, "workdays", "", "督查室"),
    TemplateItem(_A, "材料退收、立卷归档", 5, "workdays", "", "综合科"),
)

_cache: tuple[dict[str, Template], tuple[TemplateError, ...]] | None = None


# ---------------------------------------------------------------- loading template files


def load_template_files(folder: Path | None = None) -> tuple[dict[str, Template], tuple[TemplateError, ...]]:
    """Every ``*.toml`` in ``folder`` by meeting kind; kinds without a valid file get the built-in list."""
    folder = folder or TEMPLATE_DIR
    templates: dict[str, Template] = {}
    errors: list[TemplateError] = []
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else []:
        try:
            template = parse_template_file(path)
        except TemplateFileError as exc:
            log.warning("checklist template skipped: %s", exc.error)
            errors.append(exc.error)
            continue
        if template.kind is None:
            continue
        if template.kind in templates:
            errors.append(TemplateError(str(path), 1, f"会议类型“{MEETING_KIND_LABELS[MeetingKind(template.kind)]}”"
                                                      f"已有模板 {templates[template.kind].source}，本文件未使用"))
            continue
        templates[template.kind] = template
    for kind in MeetingKind:
        if kind.value not in templates:
            templates[kind.value] = Template(f"builtin:{kind.value}", MEETING_KIND_LABELS[kind], kind.value,
                                             BUILTIN_ITEMS, "内置")
    return templates, tuple(errors)


class TemplateFileError(Exception):
    def __init__(self, error: TemplateError) -> None:
        super().__init__(str(error))
        self.error = error


def parse_template_file(path: Path) -> Template:
    """Parse one file; a :class:`TemplateFileError` names the file and the line of what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateFileError(TemplateError(str(path), 1, f"无法读取：{exc}")) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_from_message(str(exc))
        raise TemplateFileError(TemplateError(str(path), line, f"TOML 格式错误：{exc}")) from exc
    item_lines = [i + 1 for i, raw in enumerate(text.splitlines()) if raw.strip().startswith("[[items]]")]

    def fail(message: str, index: int | None = None) -> TemplateFileError:
        line = item_lines[index] if index is not None and index < len(item_lines) else 1
        return TemplateFileError(TemplateError(str(path), line, message))

    kind_raw = str(data.get("kind", "")).strip()
    kind = str(_KIND_BY_LABEL.get(kind_raw, kind_raw)) or None
    if kind is not None and kind not in {k.value for k in MeetingKind}:
        raise fail(f"未知的会议类型“{kind_raw}”（应为 {'、'.join(MEETING_KIND_LABELS.values())}）")
    name = str(data.get("name", "")).strip() or (MEETING_KIND_LABELS[MeetingKind(kind)] if kind else path.stem)
    raw_items = data.get("items", [])
    if not isinstance(raw_items, list) or not raw_items:
        raise fail("没有任何清单项（[[items]]）")
    items = []
    for index, raw in enumerate(raw_items):
        try:
            items.append(_template_item(raw))
        except ValidationError as exc:
            raise fail(f"第 {index + 1} 项：{exc}", index) from exc
    return Template(f"file:{path.name}", name, kind, tuple(items), str(path))


def _line_from_message(message: str) -> int:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 1


def _template_item(raw: Any) -> TemplateItem:
    if not isinstance(raw, dict):
        raise ValidationError("格式不对")
    title = str(raw.get("title", "")).strip()
    if not title:
        raise ValidationError("缺少标题（title）")
    phase_raw = str(raw.get("phase", "")).strip()
    phase = str(_PHASE_BY_LABEL.get(phase_raw, phase_raw))
    if phase not in {p.value for p in ChecklistPhase}:
        raise ValidationError(f"阶段“{phase_raw}”不对（应为 会前、会中 或 会后）")
    offset = raw.get("offset", 0)
    if not isinstance(offset, int) or isinstance(offset, bool):
        raise ValidationError(f"偏移量“{offset}”不是整数")
    unit = str(raw.get("unit", "days")).strip()
    if unit not in {u.value for u in OffsetUnit}:
        raise ValidationError(f"未知的时间单位“{unit}”（应为 minutes、hours、days 或 workdays）")
    at_time = str(raw.get("at_time", "")).strip()
    _check_at_time(at_time, unit)
    return TemplateItem(phase, title, offset, unit, at_time, str(raw.get("owner", "")).strip())


def _check_at_time(at_time: str, unit: str) -> None:
    if not at_time:
        return
    if not _TIME_RE.match(at_time):
        raise ValidationError(f"时刻“{at_time}”格式不对（应为 17:00 这样的时:分）")
    if unit in ("minutes", "hours"):
        raise ValidationError("按分钟或小时计算的项不能再指定时刻")


def file_templates(reload: bool = False) -> dict[str, Template]:
    global _cache
    if _cache is None or reload:
        _cache = load_template_files()
    return _cache[0]


def template_errors(reload: bool = False) -> tuple[TemplateError, ...]:
    """Problems found in the template files (each names the file and line); the GUI shows them."""
    global _cache
    if _cache is None or reload:
        _cache = load_template_files()
    return _cache[1]


def list_templates(uow: UnitOfWork) -> list[Template]:
    """Office-saved templates first (they win when chosen), then one per kind from the files."""
    saved = [_db_template(t) for t in uow.session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.name))]
    return saved + sorted(file_templates().values(), key=lambda t: list(MeetingKind).index(MeetingKind(t.kind or "other")))


def template_for(uow: UnitOfWork, kind: str, key: str | None = None) -> Template:
    """The chosen template, or the newest office-saved one for the kind, or the file/built-in one."""
    if key:
        for t in list_templates(uow):
            if t.key == key:
                return t
        raise NotFoundError(f"找不到清单模板 {key}。")
    saved = uow.session.scalars(
        select(ChecklistTemplate).where(ChecklistTemplate.meeting_kind == kind).order_by(ChecklistTemplate.id.desc())
    ).first()
    if saved is not None:
        return _db_template(saved)
    return file_templates()[kind if kind in file_templates() else MeetingKind.OTHER.value]


def _db_template(t: ChecklistTemplate) -> Template:
    items = tuple(TemplateItem(i.phase, i.title, i.offset_value, i.offset_unit, i.at_time, i.owner) for i in t.items)
    return Template(f"db:{t.id}", t.name, t.meeting_kind, items, "本单位保存")


# ---------------------------------------------------------------- one meeting's items


def work_calendar(uow: UnitOfWork) -> WorkCalendar:
    from huiwu.services.holidays import work_calendar as office_calendar

    return office_calendar(uow)


def compute_due(meeting_start: dt.datetime, item: ChecklistItem | TemplateItem, calendar: WorkCalendar,
                tz: dt.tzinfo) -> dt.datetime:
    at = dt.time.fromisoformat(item.at_time) if item.at_time and item.offset_unit in ("days", "workdays") else None
    return due_at(meeting_start.astimezone(tz), item.offset_value, item.offset_unit, calendar, at)


def instantiate(uow: UnitOfWork, meeting: Meeting, template: Template | None = None,
                calendar: WorkCalendar | None = None) -> int:
    """Give a new meeting its checklist (no commit). Returns the number of items."""
    template = template or template_for(uow, meeting.kind)
    calendar = calendar or work_calendar(uow)
    tz = uow.settings.tz()
    start = len(meeting.checklist_items)
    for i, t in enumerate(template.items):
        item = ChecklistItem(position=start + i, phase=t.phase, title=t.title, offset_value=t.offset_value,
                             offset_unit=t.offset_unit, at_time=t.at_time, owner=t.owner)
        item.due_at = compute_due(meeting.starts_at, item, calendar, tz)
        meeting.checklist_items.append(item)
    return len(template.items)


def recompute_due(uow: UnitOfWork, meeting: Meeting) -> int:
    """After the meeting moved: every item's due time follows (no commit). Returns how many changed."""
    calendar = work_calendar(uow)
    tz = uow.settings.tz()
    changed = 0
    for item in meeting.checklist_items:
        due = compute_due(meeting.starts_at, item, calendar, tz)
        if item.due_at != due:
            item.due_at = due
            changed += 1
    return changed


def offset_label(value: int, unit: str, at_time: str = "") -> str:
    sign = "+" if value >= 0 else "-"
    text = f"T{sign}{abs(value)}{_UNIT_LABELS.get(unit, unit)}"
    return f"{text} {at_time}" if at_time else text


def _row(uow: UnitOfWork, item: ChecklistItem, now: dt.datetime, blocked: str | None = None) -> ChecklistRow:
    """The item as every list shows it; ``blocked`` when the caller knows it already (else looked up)."""
    if blocked is None:
        blocked = return_block(uow, item.meeting_id, item.title)
    tz = uow.settings.tz()
    due = item.due_at.astimezone(tz) if item.due_at else None
    return ChecklistRow(
        item.id, item.version, item.meeting_id, item.position, item.phase,
        CHECKLIST_PHASE_LABELS.get(ChecklistPhase(item.phase), item.phase), item.title, item.offset_value,
        item.offset_unit, item.at_time, offset_label(item.offset_value, item.offset_unit, item.at_time), due,
        item.owner, item.done, item.done_by, item.done_at.astimezone(tz) if item.done_at else None, item.note,
        overdue=bool(not item.done and due is not None and due < now), blocked=blocked,
    )


# ---------------------------------------------------------------- 涉密材料 still out keep their items open


def return_block(uow: UnitOfWork, meeting_id: int, title: str) -> str:
    """Why the item cannot be done: the meeting's 涉密材料 copies still out, when the item is about their
    return ("涉密材料随议题收回", "材料退收、立卷归档" — huiwu.rules.register.is_return_item); "" otherwise.
    The one place this rule lives: ticking refuses it, the list shows it, issuing copies reopens the items."""
    from huiwu.rules.register import is_return_item

    return _copies_out(uow, meeting_id) if is_return_item(title) else ""


def _copies_out(uow: UnitOfWork, meeting_id: int) -> str:
    from huiwu.services.secret_register import outstanding, outstanding_text

    out = outstanding(uow, meeting_id)
    return f"还有 {len(out)} 份涉密材料未收回：{outstanding_text(out)}" if out else ""


def reopen_return_items(uow: UnitOfWork, meeting_id: int, now: dt.datetime) -> int:
    """Copies went out (or a 回收 was undone): the meeting's return items ticked done are open again (no commit)."""
    from huiwu.rules.register import is_return_item

    items = uow.session.scalars(select(ChecklistItem).where(ChecklistItem.meeting_id == meeting_id,
                                                            ChecklistItem.done.is_(True))).all()
    reopened = 0
    for item in items:
        if is_return_item(item.title):
            item.done, item.done_by, item.done_at = False, "", None
            audit.record(uow, "checklist_item", item.id, "undone",
                         f"清单项“{item.title}”改为未完成（涉密材料已发放，尚未全部收回）", meeting_id=meeting_id,
                         changes=audit.diff({"done": True}, {"done": False}))
            reopened += 1
    return reopened


def checklist(uow: UnitOfWork, meeting_id: int, now: dt.datetime | None = None) -> list[ChecklistRow]:
    """The meeting's items in phase order, then their own order."""
    meeting = load_meeting(uow, meeting_id)
    now = now or uow.now()
    items = sorted(meeting.checklist_items, key=lambda i: (PHASE_ORDER.get(ChecklistPhase(i.phase), 9), i.position))
    from huiwu.rules.register import is_return_item

    returning = [is_return_item(i.title) for i in items]
    out = _copies_out(uow, meeting.id) if any(returning) else ""  # one look however many return items
    return [_row(uow, i, now, out if r else "") for i, r in zip(items, returning, strict=True)]


def item_row(uow: UnitOfWork, item_id: int, now: dt.datetime | None = None) -> ChecklistRow:
    return _row(uow, _item(uow, item_id), now or uow.now())


def set_done(uow: UnitOfWork, item_id: int, done: bool, version: int | None = None, note: str | None = None,
             now: dt.datetime | None = None) -> ChecklistRow:
    """Tick or untick; records who (the operator) and when."""
    item = _item(uow, item_id)
    _check_version(item, version)
    blocked = return_block(uow, item.meeting_id, item.title) if done else ""
    if blocked:
        raise RuleError(f"“{item.title}”还不能完成：{blocked}。请全部收回后再勾选。")
    before = {"done": item.done, "note": item.note}
    item.done = done
    item.done_by = uow.settings.operator_name() if done else ""
    now = now or uow.now()
    item.done_at = now if done else None
    if note is not None:
        item.note = note.strip()
    audit.record(uow, "checklist_item", item.id, "done" if done else "undone",
                 f"清单项“{item.title}”{'已完成' if done else '改为未完成'}", meeting_id=item.meeting_id,
                 changes=audit.diff(before, {"done": item.done, "note": item.note}))
    uow.commit()
    return _row(uow, item, now)


def add_item(uow: UnitOfWork, meeting_id: int, data: ItemInput) -> ChecklistRow:
    meeting = load_meeting(uow, meeting_id)
    _validate_input(data)
    # The next position from the database, not from the loaded list: a save costs the same with 3 items or 3,000.
    last = uow.session.scalar(select(func.max(ChecklistItem.position)).where(ChecklistItem.meeting_id == meeting.id))
    item = ChecklistItem(meeting_id=meeting.id, position=(last if last is not None else -1) + 1, phase=data.phase,
                         title=data.title.strip(), offset_value=data.offset_value, offset_unit=data.offset_unit,
                         at_time=data.at_time, owner=data.owner.strip(), note=data.note.strip())
    item.due_at = compute_due(meeting.starts_at, item, work_calendar(uow), uow.settings.tz())
    uow.session.add(item)
    uow.flush()
    uow.session.expire(meeting, ["checklist_items"])  # a list loaded earlier in this unit of work shows it too
    audit.record(uow, "checklist_item", item.id, "create", f"添加清单项“{item.title}”（{item.phase}）",
                 meeting_id=meeting.id)
    uow.commit()
    return _row(uow, item, uow.now())


def update_item(uow: UnitOfWork, item_id: int, version: int, data: ItemInput) -> ChecklistRow:
    item = _item(uow, item_id)
    _check_version(item, version)
    _validate_input(data)
    fields = ("phase", "title", "offset_value", "offset_unit", "at_time", "owner", "note")
    before = {f: getattr(item, f) for f in fields}
    after = {"phase": data.phase, "title": data.title.strip(), "offset_value": data.offset_value,
             "offset_unit": data.offset_unit, "at_time": data.at_time, "owner": data.owner.strip(),
             "note": data.note.strip()}
    for k, v in after.items():
        setattr(item, k, v)
    item.due_at = compute_due(item.meeting.starts_at, item, work_calendar(uow), uow.settings.tz())
    audit.record(uow, "checklist_item", item.id, "update", f"修改清单项“{item.title}”", meeting_id=item.meeting_id,
                 changes=audit.diff(before, after))
    uow.commit()
    return _row(uow, item, uow.now())


def remove_item(uow: UnitOfWork, item_id: int) -> None:
    item = _item(uow, item_id)
    meeting_id, title = item.meeting_id, item.title
    item.meeting.checklist_items.remove(item)  # delete-orphan; keeps the loaded collection right
    audit.record(uow, "checklist_item", item_id, "delete", f"删除清单项“{title}”", meeting_id=meeting_id)
    uow.commit()


def move_item(uow: UnitOfWork, item_id: int, delta: int) -> list[ChecklistRow]:
    """Move an item up (-1) or down (+1) within its phase; returns the whole list."""
    item = _item(uow, item_id)
    meeting = item.meeting
    ordered = sorted(meeting.checklist_items, key=lambda i: (PHASE_ORDER.get(ChecklistPhase(i.phase), 9), i.position))
    same = [i for i in ordered if i.phase == item.phase]
    index = same.index(item)
    target = index + delta
    if 0 <= target < len(same):
        same[index], same[target] = same[target], same[index]
        positions = sorted(i.position for i in same)
        if len(set(positions)) < len(positions):
            positions = list(range(min(positions), min(positions) + len(positions)))
        for pos, it in zip(positions, same, strict=True):
            it.position = pos
        audit.record(uow, "checklist_item", item.id, "move", f"调整清单项“{item.title}”的顺序", meeting_id=meeting.id)
        uow.commit()
    return checklist(uow, meeting.id)


def save_as_template(uow: UnitOfWork, meeting_id: int, name: str) -> Template:
    """Save this meeting's list as an office template for its kind (it then wins for new meetings)."""
    meeting = load_meeting(uow, meeting_id)
    name = name.strip()
    if not name:
        raise ValidationError("请填写模板名称。")
    if uow.session.scalar(select(ChecklistTemplate).where(ChecklistTemplate.name == name)) is not None:
        raise ValidationError(f"已有名为“{name}”的清单模板，请换一个名称。")
    if not meeting.checklist_items:
        raise ValidationError("这个会议的清单是空的，不能存为模板。")
    template = ChecklistTemplate(name=name, meeting_kind=meeting.kind)
    ordered = sorted(meeting.checklist_items, key=lambda i: (PHASE_ORDER.get(ChecklistPhase(i.phase), 9), i.position))
    template.items = [
        ChecklistTemplateItem(position=n, phase=i.phase, title=i.title, offset_value=i.offset_value,
                              offset_unit=i.offset_unit, at_time=i.at_time, owner=i.owner)
        for n, i in enumerate(ordered)
    ]
    uow.session.add(template)
    uow.flush()
    audit.record(uow, "checklist_template", template.id, "create",
                 f"把会议“{meeting.title}”的清单存为模板“{name}”", meeting_id=meeting.id)
    uow.commit()
    return _db_template(template)


def delete_template(uow: UnitOfWork, template_id: int) -> None:
    template = uow.session.get(ChecklistTemplate, template_id)
    if template is None:
        raise NotFoundError("找不到这个清单模板。")
    uow.session.delete(template)
    audit.record(uow, "checklist_template", template_id, "delete", f"删除清单模板“{template.name}”")
    uow.commit()


# ---------------------------------------------------------------- helpers


def _validate_input(data: ItemInput) -> None:
    if not data.title.strip():
        raise ValidationError("请填写清单项的内容。")
    if data.phase not in {p.value for p in ChecklistPhase}:
        raise ValidationError(f"阶段“{data.phase}”不对。")
    if data.offset_unit not in {u.value for u in OffsetUnit}:
        raise ValidationError(f"时间单位“{data.offset_unit}”不对。")
    _check_at_time(data.at_time, data.offset_unit)


def _check_version(item: ChecklistItem, version: int | None) -> None:
    if version is not None and item.version != version:
        raise ConflictError(f"清单项“{item.title}”", version, item.version)




def _item(uow: UnitOfWork, item_id: int) -> ChecklistItem:
    item = uow.session.get(ChecklistItem, item_id)
    if item is None:
        raise NotFoundError(f"找不到编号为 {item_id} 的清单项，可能已被删除。")
    return item
