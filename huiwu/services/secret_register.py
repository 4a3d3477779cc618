"""涉密材料 发放回收登记: the materials a 涉密 meeting (or 议题) hands out, each copy numbered (份号 000001 …) and
assigned to a recipient, handed out (发放) and ticked back (回收) at the end of its 议题.

The register is the one numbering truth: copies printed by the app for a registered material carry the
register's 份号 and 领取人 (:func:`copies_to_print`, ``printing.document_pdf(…, material_id=…)``). A copy still
out keeps the meeting's 涉密材料/材料退收 checklist items open (huiwu.services.checklists asks
:func:`outstanding`) and is listed on the 工作台 once its 议题 (or the meeting) has ended (:func:`overdue_copies`).
Reading never writes; each change is one commit with its audit entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import AgendaItem, Meeting, MeetingStatus, SecretCopy, SecretMaterial
from huiwu.rules import register as rules
from huiwu.rules.secrecy import highest_secrecy, is_state_secret, level_label, secrecy_mark, secrecy_term_for
from huiwu.services import audit
from huiwu.services.aggregate import AGENDA, HEAD, load_meeting

if TYPE_CHECKING:
    from huiwu.printing.register import RegisterDoc

__all__ = [
    "CopyRow",
    "MaterialInput",
    "MaterialRow",
    "OverdueCopies",
    "RecipientInput",
    "RegisterView",
    "ReturnResult",
    "add_copies",
    "add_material",
    "copies_to_print",
    "default_recipients",
    "issue_copies",
    "outstanding",
    "overdue_copies",
    "register_doc",
    "register_view",
    "remove_material",
    "return_copy",
    "set_recipient",
    "undo_return",
    "update_material",
]

MAX_COPIES = 500
ENTITY_MATERIAL, ENTITY_COPY = "secret_material", "secret_copy"


# ---------------------------------------------------------------- plain data


@dataclass(frozen=True)
class RecipientInput:
    """Who gets a copy: a directory person (name and unit from the directory) or a name with its unit."""

    person_id: int | None = None
    name: str = ""
    unit: str = ""


@dataclass(frozen=True)
class MaterialInput:
    title: str
    agenda_item_id: int | None = None
    secrecy_level: str = ""  # "": the 议题's, else the meeting's
    secrecy_term: str = ""  # "" with no level given: the 议题's or the meeting's term
    copies: int = 0  # 0: one per recipient
    recipients: tuple[RecipientInput, ...] | None = None  # None: the meeting's expected participants (排序号)


@dataclass(frozen=True)
class CopyRow:
    id: int
    version: int
    material_id: int
    material_no: int  # the material's 序号 in the meeting
    material_title: str
    agenda_title: str
    copy_no: int
    number: str  # 份号 "000003"
    code: str  # "2-000003"
    person_id: int | None
    name: str
    unit: str
    level_label: str  # 密级
    issued_at: dt.datetime | None  # office zone
    issued_by: str
    returned_at: dt.datetime | None  # office zone
    returned_to: str
    note: str
    state_text: str  # 未发放 / 未收回 / 已收回
    out: bool

    @property
    def recipient(self) -> str:
        return rules.recipient_text(self.name, self.unit)

    @property
    def handler(self) -> str:
        """经办人: who took it back, else who handed it out."""
        if self.returned_to and self.issued_by and self.returned_to != self.issued_by:
            return f"{self.issued_by}／{self.returned_to}"
        return self.returned_to or self.issued_by


@dataclass(frozen=True)
class MaterialRow:
    id: int
    version: int
    no: int
    title: str
    agenda_item_id: int | None
    agenda_title: str
    level: str
    level_label: str
    term: str
    mark: str  # "秘密★1年"
    copies: tuple[CopyRow, ...]
    totals: rules.Totals

    @property
    def label(self) -> str:
        """"2. 预算调整方案（秘密，未收回 3 份）" for a chooser."""
        return f"{self.no}. {self.title}（{self.level_label}，{self.totals.text}）"


@dataclass(frozen=True)
class RegisterView:
    meeting_id: int
    title: str
    starts_at: dt.datetime  # office zone
    ends_at: dt.datetime
    venue: str
    mark: str  # the meeting's own 密级 mark, "" when it is not 涉密
    secret: bool  # the meeting or one of its 议题 is a state secret: the register applies
    agenda: tuple[tuple[int, str, str], ...]  # (id, title, 密级 code) of the 议题
    materials: tuple[MaterialRow, ...]
    totals: rules.Totals

    @property
    def copies(self) -> tuple[CopyRow, ...]:
        return tuple(c for m in self.materials for c in m.copies)

    @property
    def out(self) -> tuple[CopyRow, ...]:
        return tuple(c for c in self.copies if c.out)

    @property
    def summary(self) -> str:
        if not self.materials:
            return "尚未登记涉密材料"
        return f"涉密材料 {len(self.materials)} 种，登记 {self.totals.registered} 份：{self.totals.text}"


@dataclass(frozen=True)
class ReturnResult:
    """One copy ticked back on the 回收 screen, and how the register stands after it."""

    copy: CopyRow
    view: RegisterView

    @property
    def text(self) -> str:
        return f"{self.copy.code}　{self.copy.recipient}　已收回"


@dataclass(frozen=True)
class OverdueCopies:
    """A meeting with copies still out after their 议题 (or the meeting) ended: the 工作台's line."""

    meeting_id: int
    meeting_title: str
    due: dt.datetime  # the earliest end among them (office zone)
    copies: tuple[CopyRow, ...]

    @property
    def text(self) -> str:
        shown = "、".join(f"{c.number} {c.recipient}" for c in self.copies[:8])
        more = f" 等 {len(self.copies)} 份" if len(self.copies) > 8 else ""
        return f"未收回：{shown}{more}"


# ---------------------------------------------------------------- reading


def _materials(uow: UnitOfWork, meeting_id: int) -> list[SecretMaterial]:
    return list(uow.session.scalars(
        select(SecretMaterial).where(SecretMaterial.meeting_id == meeting_id)
        .options(selectinload(SecretMaterial.copies)).order_by(SecretMaterial.position, SecretMaterial.id)))


def _local(value: dt.datetime | None, tz: dt.tzinfo) -> dt.datetime | None:
    return value.astimezone(tz) if value is not None else None


def _copy_row(c: SecretCopy, m: SecretMaterial, agenda_title: str, tz: dt.tzinfo) -> CopyRow:
    return CopyRow(
        id=c.id, version=c.version, material_id=m.id, material_no=m.position, material_title=m.title,
        agenda_title=agenda_title, copy_no=c.copy_no, number=rules.copy_number_text(c.copy_no),
        code=rules.copy_code(m.position, c.copy_no), person_id=c.person_id, name=c.recipient_name,
        unit=c.recipient_unit, level_label=level_label(m.secrecy_level), issued_at=_local(c.issued_at, tz),
        issued_by=c.issued_by, returned_at=_local(c.returned_at, tz), returned_to=c.returned_to, note=c.note,
        state_text=rules.state_text(c.issued_at, c.returned_at), out=rules.is_out(c.issued_at, c.returned_at))


def _material_row(m: SecretMaterial, agenda: dict[int, AgendaItem], tz: dt.tzinfo) -> MaterialRow:
    item = agenda.get(m.agenda_item_id) if m.agenda_item_id is not None else None
    agenda_title = item.title if item is not None else ""
    copies = tuple(_copy_row(c, m, agenda_title, tz) for c in sorted(m.copies, key=lambda c: c.copy_no))
    return MaterialRow(m.id, m.version, m.position, m.title, m.agenda_item_id, agenda_title, m.secrecy_level,
                       level_label(m.secrecy_level), m.secrecy_term, secrecy_mark(m.secrecy_level, m.secrecy_term),
                       copies, rules.totals_of((c.issued_at, c.returned_at) for c in m.copies))


def _view(uow: UnitOfWork, meeting: Meeting) -> RegisterView:
    tz = uow.settings.tz()
    agenda = {a.id: a for a in meeting.agenda_items}
    materials = tuple(_material_row(m, agenda, tz) for m in _materials(uow, meeting.id))
    secret = is_state_secret(meeting.confidentiality) or any(is_state_secret(a.secrecy_level)
                                                             for a in meeting.agenda_items)
    venue = meeting.venue.name if meeting.venue is not None else (meeting.video_link and "视频会议")
    ordered = sorted(meeting.agenda_items, key=lambda a: (a.position, a.id))
    return RegisterView(
        meeting.id, meeting.title, meeting.starts_at.astimezone(tz), meeting.ends_at.astimezone(tz), venue,
        secrecy_mark(meeting.confidentiality, meeting.secrecy_term), secret,
        tuple((a.id, a.title, a.secrecy_level) for a in ordered), materials,
        rules.totals_of((c.issued_at, c.returned_at) for m in materials for c in m.copies))


def register_view(uow: UnitOfWork, meeting_id: int) -> RegisterView:
    """The meeting's register: its materials in order, each copy in 份号 order."""
    return _view(uow, load_meeting(uow, meeting_id, options=HEAD + AGENDA))


def outstanding(uow: UnitOfWork, meeting_id: int) -> list[CopyRow]:
    """The meeting's copies handed out and not back (material, then 份号 order)."""
    rows = uow.session.execute(
        select(SecretCopy, SecretMaterial).join(SecretMaterial, SecretCopy.material_id == SecretMaterial.id)
        .where(SecretMaterial.meeting_id == meeting_id, SecretCopy.issued_at.is_not(None),
               SecretCopy.returned_at.is_(None))
        .order_by(SecretMaterial.position, SecretCopy.copy_no)).all()
    tz = uow.settings.tz()
    return [_copy_row(c, m, "", tz) for c, m in rows]


def outstanding_text(copies: Sequence[CopyRow], limit: int = 10, codes: bool | None = None) -> str:
    """"000003 张三（县财政局）、000007 李四（县审计局）等 12 份" — which copies are out and whose; with
    ``codes`` (by default when they are of several materials) "2-000003 张三（县财政局）"."""
    several = codes if codes is not None else len({c.material_id for c in copies}) > 1
    shown = "、".join(f"{c.code if several else c.number} {c.recipient}" for c in copies[:limit])
    return shown + (f" 等 {len(copies)} 份" if len(copies) > limit else "")


def agenda_ends(meeting: Meeting, tz: dt.tzinfo) -> dict[int, dt.datetime]:
    """When each 议题 ends by the 日程 (huiwu.rules.schedule.lay_out) when every 议题 has its minutes; else none
    (the meeting's end then counts for all of them)."""
    from huiwu.rules.schedule import lay_out

    items = sorted(meeting.agenda_items, key=lambda a: (a.position, a.id))
    if not items or not all(a.minutes for a in items):
        return {}
    ends: dict[int, dt.datetime] = {}
    for row in lay_out([a.minutes for a in items], meeting.starts_at.astimezone(tz), meeting.ends_at.astimezone(tz)):
        if row.item is not None:
            ends[items[row.item].id] = row.end
    return ends


def overdue_copies(uow: UnitOfWork, now: dt.datetime | None = None) -> list[OverdueCopies]:
    """Meetings with copies out after their 议题 ended (or the meeting, for a material of no 议题 or a 议题
    without minutes): "涉密材料 collected as soon as its 议题 ends" (DOMAIN.md)."""
    now = now or uow.now()
    tz = uow.settings.tz()
    meeting_ids = list(uow.session.scalars(
        select(SecretMaterial.meeting_id).join(SecretCopy, SecretCopy.material_id == SecretMaterial.id)
        .join(Meeting, Meeting.id == SecretMaterial.meeting_id)
        .where(SecretCopy.issued_at.is_not(None), SecretCopy.returned_at.is_(None), Meeting.deleted_at.is_(None),
               Meeting.status != MeetingStatus.CANCELLED, Meeting.starts_at < now)
        .distinct()))
    if not meeting_ids:
        return []
    meetings = {m.id: m for m in uow.session.scalars(  # the meetings, their 议题 and materials: three statements
        select(Meeting).where(Meeting.id.in_(meeting_ids)).options(selectinload(Meeting.agenda_items)))}
    materials: dict[int, list[SecretMaterial]] = {}
    for material in uow.session.scalars(
            select(SecretMaterial).where(SecretMaterial.meeting_id.in_(meeting_ids))
            .options(selectinload(SecretMaterial.copies)).order_by(SecretMaterial.position, SecretMaterial.id)):
        materials.setdefault(material.meeting_id, []).append(material)
    found: list[OverdueCopies] = []
    for meeting_id in meeting_ids:
        meeting = meetings[meeting_id]
        ends = agenda_ends(meeting, tz)
        agenda = {a.id: a for a in meeting.agenda_items}
        due: list[tuple[dt.datetime, CopyRow]] = []
        for m in materials.get(meeting_id, []):
            end = ends.get(m.agenda_item_id or 0, meeting.ends_at.astimezone(tz))
            if end > now:
                continue
            row = _material_row(m, agenda, tz)
            due += [(end, c) for c in row.copies if c.out]
        if due:
            found.append(OverdueCopies(meeting_id, meeting.title, min(e for e, _ in due), tuple(c for _, c in due)))
    return sorted(found, key=lambda o: o.due)


def default_recipients(uow: UnitOfWork, meeting_id: int) -> list[RecipientInput]:
    """One copy each for the meeting's expected participants in 排序号 order (the sign-in page's roster):
    a 代会 seat's copy goes to the 代会人员, a seat on leave with nobody coming gets none."""
    from huiwu.services.attendance import load_roster

    found: list[RecipientInput] = []
    for r in load_roster(uow, meeting_id).rows:
        if not r.counted:
            continue
        if r.substitute_name:
            found.append(RecipientInput(r.substitute_person_id, r.substitute_name, r.unit_name))
        elif not r.outcome.leave:
            found.append(RecipientInput(r.person_id, r.name, r.unit_name))
    return found


def copies_to_print(uow: UnitOfWork, meeting_id: int, material_id: int) -> tuple[tuple[int, ...], dict[int, str]]:
    """A registered material's copies as the app prints them: the 份号 in order, and each one's recipient
    line ("领取人：张三（县财政局）") — the register is the numbering truth of the printed copies."""
    m = _material(uow, material_id)
    if m.meeting_id != meeting_id:
        raise ValidationError(f"涉密材料“{m.title}”不属于这个会议。")
    if not m.copies:
        raise ValidationError(f"涉密材料“{m.title}”还没有登记份号。")
    copies = sorted(m.copies, key=lambda c: c.copy_no)
    return (tuple(c.copy_no for c in copies),
            {c.copy_no: f"领取人：{rules.recipient_text(c.recipient_name, c.recipient_unit)}"
             for c in copies if c.recipient_name})


# ---------------------------------------------------------------- writing


def _material(uow: UnitOfWork, material_id: int) -> SecretMaterial:
    m = uow.session.get(SecretMaterial, material_id, options=[selectinload(SecretMaterial.copies)])
    if m is None:
        raise NotFoundError(f"找不到编号为 {material_id} 的涉密材料，可能已被删除。")
    return m


def _copy(uow: UnitOfWork, copy_id: int) -> tuple[SecretCopy, SecretMaterial]:
    c = uow.session.get(SecretCopy, copy_id)
    if c is None:
        raise NotFoundError(f"找不到编号为 {copy_id} 的涉密材料份，可能已被删除。")
    return c, _material(uow, c.material_id)


def _check(what: str, current: int, version: int | None) -> None:
    if version is not None and current != version:
        raise ConflictError(what, version, current)


def _open_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    meeting = load_meeting(uow, meeting_id, options=HEAD + AGENDA)
    if meeting.status == MeetingStatus.CANCELLED:
        raise RuleError(f"会议“{meeting.title}”已取消，不再登记涉密材料。")
    return meeting


def _level(meeting: Meeting, agenda_item_id: int | None, level: str, term: str) -> tuple[str, str]:
    item = next((a for a in meeting.agenda_items if a.id == agenda_item_id), None)
    if agenda_item_id is not None and item is None:
        raise ValidationError("所选议题不属于这个会议。")
    agenda_level = item.secrecy_level if item is not None else ""
    chosen = rules.material_level(level, agenda_level, meeting.confidentiality)
    if not level and not term:  # the default 密级 brings its own 保密期限
        term = item.secrecy_term if item is not None and chosen == agenda_level else meeting.secrecy_term
    return chosen, secrecy_term_for(chosen, term)


def _recipient(uow: UnitOfWork, r: RecipientInput) -> tuple[int | None, str, str]:
    from huiwu.models import Person

    if r.person_id is not None:
        person = uow.session.get(Person, r.person_id)
        if person is None:
            raise NotFoundError(f"通讯录中找不到编号为 {r.person_id} 的人员。")
        return person.id, r.name.strip() or person.name, r.unit.strip() or (person.unit.name if person.unit else "")
    name = " ".join(r.name.split())
    if len(name) > 50 or len(r.unit.strip()) > 100:
        raise ValidationError("领取人姓名不超过 50 个字，单位不超过 100 个字。")
    return None, name, r.unit.strip()


def _title(title: str) -> str:
    text = " ".join(title.split())
    if not text:
        raise ValidationError("请填写材料名称。")
    if len(text) > 300:
        raise ValidationError("材料名称不超过 300 个字。")
    return text


def add_material(uow: UnitOfWork, meeting_id: int, data: MaterialInput) -> MaterialRow:
    """Register a 涉密材料 and number its copies 000001 … to their recipients (by default the meeting's
    expected participants in 排序号 order; more copies than recipients are left unassigned)."""
    meeting = _open_meeting(uow, meeting_id)
    title = _title(data.title)
    level, term = _level(meeting, data.agenda_item_id, data.secrecy_level, data.secrecy_term)
    recipients = list(data.recipients) if data.recipients is not None else default_recipients(uow, meeting_id)
    count = data.copies or len(recipients)
    if not 1 <= count <= MAX_COPIES:
        raise ValidationError(f"份数应在 1 到 {MAX_COPIES} 之间，现为 {count}。"
                              + ("（这个会议还没有参会人员，请填写份数。）" if not recipients and not data.copies else ""))
    last = uow.session.scalar(select(func.max(SecretMaterial.position)).where(SecretMaterial.meeting_id == meeting_id))
    material = SecretMaterial(meeting_id=meeting_id, agenda_item_id=data.agenda_item_id, position=(last or 0) + 1,
                              title=title, secrecy_level=level, secrecy_term=term)
    for k in range(1, count + 1):
        person_id, name, unit = _recipient(uow, recipients[k - 1]) if k <= len(recipients) else (None, "", "")
        material.copies.append(SecretCopy(copy_no=k, person_id=person_id, recipient_name=name, recipient_unit=unit))
    uow.session.add(material)
    uow.flush()
    audit.record(uow, ENTITY_MATERIAL, material.id, "create",
                 f"登记涉密材料“{title}”（{secrecy_mark(level, term)}，{count} 份，份号 "
                 f"{rules.copy_number_text(1)}—{rules.copy_number_text(count)}）", meeting_id=meeting_id,
                 changes=audit.diff({}, {"title": title, "secrecy_level": level, "secrecy_term": term,
                                         "copies": count}))
    uow.commit()
    return _material_row(material, {a.id: a for a in meeting.agenda_items}, uow.settings.tz())


def update_material(uow: UnitOfWork, material_id: int, version: int, title: str, agenda_item_id: int | None,
                    secrecy_level: str, secrecy_term: str) -> MaterialRow:
    m = _material(uow, material_id)
    _check(f"涉密材料“{m.title}”", m.version, version)
    meeting = _open_meeting(uow, m.meeting_id)
    agenda = {a.id: a for a in meeting.agenda_items}
    level, term = _level(meeting, agenda_item_id, secrecy_level, secrecy_term)
    before = {"title": m.title, "agenda": agenda[m.agenda_item_id].title if m.agenda_item_id in agenda else "",
              "secrecy_level": m.secrecy_level, "secrecy_term": m.secrecy_term}
    m.title, m.agenda_item_id, m.secrecy_level, m.secrecy_term = _title(title), agenda_item_id, level, term
    after = {"title": m.title, "agenda": agenda[agenda_item_id].title if agenda_item_id in agenda else "",
             "secrecy_level": level, "secrecy_term": term}
    changes = audit.diff(before, after)
    if changes:
        audit.record(uow, ENTITY_MATERIAL, m.id, "update", f"修改涉密材料“{m.title}”", meeting_id=m.meeting_id,
                     changes=changes)
        uow.commit()
    return _material_row(m, agenda, uow.settings.tz())


def remove_material(uow: UnitOfWork, material_id: int, version: int) -> None:
    """Remove a material registered by mistake — only while none of its copies has been handed out."""
    m = _material(uow, material_id)
    _check(f"涉密材料“{m.title}”", m.version, version)
    issued = [c for c in m.copies if c.issued_at is not None or c.returned_at is not None]
    if issued:
        raise RuleError(f"涉密材料“{m.title}”已发放 {len(issued)} 份，登记不能删除（发放回收记录须留存）。")
    meeting_id, title = m.meeting_id, m.title
    uow.session.delete(m)
    audit.record(uow, ENTITY_MATERIAL, material_id, "delete", f"删除涉密材料“{title}”的登记（未发放）",
                 meeting_id=meeting_id)
    uow.commit()


def add_copies(uow: UnitOfWork, material_id: int, recipients: Sequence[RecipientInput]) -> MaterialRow:
    """More copies of a registered material, numbered after the last one."""
    m = _material(uow, material_id)
    if not recipients:
        raise ValidationError("请至少加印一份。")
    if len(m.copies) + len(recipients) > MAX_COPIES:
        raise ValidationError(f"一份材料最多登记 {MAX_COPIES} 份。")
    first = max((c.copy_no for c in m.copies), default=0) + 1
    for k, r in enumerate(recipients, start=first):
        person_id, name, unit = _recipient(uow, r)
        m.copies.append(SecretCopy(copy_no=k, person_id=person_id, recipient_name=name, recipient_unit=unit))
    last = first + len(recipients) - 1
    audit.record(uow, ENTITY_MATERIAL, m.id, "add_copies",
                 f"涉密材料“{m.title}”加登 {len(recipients)} 份（份号 {rules.copy_number_text(first)}—"
                 f"{rules.copy_number_text(last)}）", meeting_id=m.meeting_id,
                 changes={"copies": [len(m.copies) - len(recipients), len(m.copies)]})
    uow.commit()
    meeting = load_meeting(uow, m.meeting_id, options=AGENDA)
    return _material_row(m, {a.id: a for a in meeting.agenda_items}, uow.settings.tz())


def set_recipient(uow: UnitOfWork, copy_id: int, version: int | None, recipient: RecipientInput) -> CopyRow:
    """Give a copy to another person (a directory person, or a name with its unit); not once it is back."""
    c, m = _copy(uow, copy_id)
    number = rules.copy_code(m.position, c.copy_no)
    _check(f"涉密材料份 {number}", c.version, version)
    if c.returned_at is not None:
        raise RuleError(f"{number} 已收回，领取人不能再改。")
    person_id, name, unit = _recipient(uow, recipient)
    if not name:
        raise ValidationError("请填写领取人。")
    before = {"recipient_name": c.recipient_name, "recipient_unit": c.recipient_unit}
    c.person_id, c.recipient_name, c.recipient_unit = person_id, name, unit
    audit.record(uow, ENTITY_COPY, c.id, "recipient", f"涉密材料“{m.title}”{number} 改由 {name} 领取",
                 meeting_id=m.meeting_id, changes=audit.diff(before, {"recipient_name": name, "recipient_unit": unit}))
    uow.commit()
    return _copy_row(c, m, "", uow.settings.tz())


def issue_copies(uow: UnitOfWork, meeting_id: int, copy_ids: Sequence[int] | None = None,
                 material_id: int | None = None) -> int:
    """发放: the copies (or every copy of the material not yet handed out) go out now, 经办人 the operator.
    Copies without a recipient are not handed out. The meeting's return checklist items are open again."""
    operator = uow.settings.operator_name()
    now = uow.now()
    if material_id is not None:
        m = _material(uow, material_id)
        if m.meeting_id != meeting_id:
            raise ValidationError(f"涉密材料“{m.title}”不属于这个会议。")
        chosen = [(c, m) for c in m.copies]
    else:
        chosen = [_copy(uow, i) for i in copy_ids or ()]
        if any(m.meeting_id != meeting_id for _, m in chosen):
            raise ValidationError("所选的份不属于这个会议。")
    todo = [(c, m) for c, m in chosen if c.issued_at is None and c.returned_at is None]
    unassigned = [rules.copy_code(m.position, c.copy_no) for c, m in todo if not c.recipient_name]
    if unassigned and material_id is None:
        raise ValidationError(f"{'、'.join(unassigned[:5])} 还没有指定领取人，请先指定再发放。")
    todo = [(c, m) for c, m in todo if c.recipient_name]
    if not todo:
        raise RuleError("所选的份都已发放（或尚未指定领取人），没有要发放的。")
    for c, _ in todo:
        c.issued_at, c.issued_by = now, operator
    titles = "、".join(dict.fromkeys(f"“{m.title}”" for _, m in todo))
    numbers = [rules.copy_number_text(c.copy_no) for c, _ in todo]
    span = numbers[0] if len(numbers) == 1 else f"{numbers[0]} 等"
    audit.record(uow, ENTITY_COPY, todo[0][0].id if len(todo) == 1 else None, "issue",
                 f"发放涉密材料{titles} {len(todo)} 份（份号 {span}）", meeting_id=meeting_id,
                 changes=audit.diff({}, {"issued_at": now, "issued_by": operator}))
    from huiwu.services.checklists import reopen_return_items

    reopen_return_items(uow, meeting_id, now)
    uow.commit()
    return len(todo)


def return_copy(uow: UnitOfWork, meeting_id: int, code: str, material_id: int | None = None) -> ReturnResult:
    """回收 on the speed screen: the copy the code names (a bare 份号 in ``material_id``'s material, or in the
    meeting's only material) is back now, 经办人 the operator. Unknown, not handed out or already returned:
    refused with a sentence, nothing changes."""
    meeting = load_meeting(uow, meeting_id, options=HEAD + AGENDA)
    materials = _materials(uow, meeting_id)
    if not materials:
        raise ValidationError(f"会议“{meeting.title}”没有登记涉密材料。")
    index = {(m.position, c.copy_no): (c, m) for m in materials for c in m.copies}
    scope = [m.position for m in materials if material_id is None or m.id == material_id]
    c, m = rules.resolve_code(code, index, scope)
    number = rules.copy_code(m.position, c.copy_no) if len(materials) > 1 else rules.copy_number_text(c.copy_no)
    whose = rules.recipient_text(c.recipient_name, c.recipient_unit)
    tz = uow.settings.tz()
    if c.returned_at is not None:
        raise RuleError(f"{number}（{whose}）已于 {c.returned_at.astimezone(tz):%H:%M} 收回，不要重复登记。")
    if c.issued_at is None:
        raise RuleError(f"{number}（{whose}）尚未登记发放。")
    now = uow.now()
    c.returned_at, c.returned_to = now, uow.settings.operator_name()
    audit.record(uow, ENTITY_COPY, c.id, "return", f"收回涉密材料“{m.title}”{number}（{whose}）",
                 meeting_id=meeting_id, changes=audit.diff({}, {"returned_at": now, "returned_to": c.returned_to}))
    uow.commit()
    agenda = {a.id: a for a in meeting.agenda_items}
    title = agenda[m.agenda_item_id].title if m.agenda_item_id in agenda else ""
    return ReturnResult(_copy_row(c, m, title, tz), _view(uow, meeting))


def undo_return(uow: UnitOfWork, copy_id: int, version: int | None = None) -> CopyRow:
    """A 回收 ticked by mistake: the copy is out again (the record keeps both entries)."""
    c, m = _copy(uow, copy_id)
    number = rules.copy_code(m.position, c.copy_no)
    _check(f"涉密材料份 {number}", c.version, version)
    if c.returned_at is None:
        raise RuleError(f"{number} 尚未收回，无需撤销。")
    before = {"returned_at": c.returned_at, "returned_to": c.returned_to}
    c.returned_at, c.returned_to = None, ""
    audit.record(uow, ENTITY_COPY, c.id, "undo_return",
                 f"撤销收回涉密材料“{m.title}”{number}（{rules.recipient_text(c.recipient_name, c.recipient_unit)}）",
                 meeting_id=m.meeting_id, changes=audit.diff(before, {"returned_at": None, "returned_to": ""}))
    from huiwu.services.checklists import reopen_return_items

    reopen_return_items(uow, m.meeting_id, uow.now())
    uow.commit()
    return _copy_row(c, m, "", uow.settings.tz())


def register_level(view: RegisterView, meeting: Meeting) -> tuple[str, str]:
    """The printed register's 密级: the highest of the meeting and of the materials it names."""
    return highest_secrecy([(meeting.confidentiality, meeting.secrecy_term)]
                           + [(m.level, m.term) for m in view.materials])


def register_doc(uow: UnitOfWork, meeting_id: int) -> RegisterDoc:
    """The 发放回收登记表 as printed: every copy in material, then 份号 order, with the totals."""
    from huiwu.printing.register import RegisterDoc, RegisterLine

    meeting = load_meeting(uow, meeting_id, options=HEAD + AGENDA)
    view = _view(uow, meeting)
    several = len(view.materials) > 1
    lines = tuple(RegisterLine(c.number, c.material_title, c.level_label, c.name, c.unit, c.issued_at,
                               c.returned_at, c.handler, c.out) for c in view.copies)
    materials = tuple(f"{m.no}. {m.title}（{m.mark}）：登记 {m.totals.registered} 份，{m.totals.text}"
                      for m in view.materials) if several else ()
    return RegisterDoc(
        meeting_title=view.title, starts_at=view.starts_at, ends_at=view.ends_at, venue=view.venue,
        secrecy_mark=secrecy_mark(*register_level(view, meeting)), lines=lines,
        totals_text=f"登记 {view.totals.registered} 份，{view.totals.text}",
        out_text=outstanding_text(view.out, limit=len(view.out), codes=several), materials_text=materials,
        issuer=uow.settings.issuer_line(), printed_on=uow.today())
