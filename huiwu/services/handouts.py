"""明白纸 (one-page handouts): list, open, save, duplicate and delete, each one unit of work, audited.

A handout is saved whole (fields, milestones and attached tables together) so the editor never leaves half
a handout behind; the version column refuses a save over someone else's newer one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, cast

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    CONFIDENTIALITY_LABELS,
    Confidentiality,
    Handout,
    HandoutMilestone,
    HandoutTable,
    Meeting,
)
from huiwu.printing import data as d
from huiwu.rules.secrecy import document_level, level_label, secrecy_term_for
from huiwu.rules.secrecy import secrecy_mark as mark_of
from huiwu.services import audit
from huiwu.services.rows import plain_rows
from huiwu.settings import contact_line

MAX_COPIES = 999


@dataclass(frozen=True)
class MilestoneEdit:
    due_date: dt.date | None
    node: str
    owner: str = ""


@dataclass(frozen=True)
class TableEdit:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...] = ()
    # the saved table this edits (None: a new one), so a save never mixes tables up; not part of what it says
    id: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class HandoutEdit:
    """What the editor sends; texts hold one item per line."""

    title: str
    tasks: str = ""
    standards: str = ""
    rewards_penalties: str = ""
    contact: str = ""
    copies: int = 1
    meeting_id: int | None = None
    milestones: tuple[MilestoneEdit, ...] = ()
    tables: tuple[TableEdit, ...] = ()
    confidentiality: str = Confidentiality.PUBLIC.value  # its own 密级; printed: the higher of this and the meeting's
    secrecy_term: str = ""  # 保密期限 of its own 密级


@dataclass(frozen=True)
class HandoutRow:
    id: int
    title: str
    meeting_id: int | None
    meeting_title: str  # "" when standalone
    updated_at: dt.datetime  # office zone
    version: int


@dataclass(frozen=True)
class HandoutDetail:
    id: int
    version: int
    edit: HandoutEdit
    confidentiality: d.Confidentiality = "公开"  # as printed: the higher of its own and its meeting's
    meeting_title: str = ""
    secrecy_mark: str = ""  # "秘密★1年" as printed


@dataclass(frozen=True)
class MeetingChoice:
    """A meeting the editor can link to: its label shows the date so equal titles differ."""

    id: int
    label: str
    confidentiality: d.Confidentiality = "公开"
    starts_at: dt.datetime | None = field(default=None, compare=False)
    secrecy_mark: str = ""  # "秘密★1年" when the meeting is 涉密
    level: str = Confidentiality.PUBLIC.value  # the meeting's 密级 and 保密期限, as stored
    term: str = ""


# --------------------------------------------------------------------------- queries


def list_handouts(uow: UnitOfWork) -> list[HandoutRow]:
    tz = uow.settings.tz()
    rows = plain_rows(uow, select(Handout.id, Handout.title, Handout.meeting_id, Meeting.title, Handout.updated_at,
                                  Handout.version).outerjoin(Meeting, Handout.meeting_id == Meeting.id)
                      .order_by(Handout.updated_at.desc(), Handout.id.desc()))
    return [HandoutRow(hid, title, mid, meeting or "", updated.astimezone(tz), version)
            for hid, title, mid, meeting, updated, version in rows]


def get_handout(uow: UnitOfWork, handout_id: int) -> HandoutDetail:
    return _detail(_get(uow, handout_id))


def meeting_choices(uow: UnitOfWork) -> list[MeetingChoice]:
    """Meetings to link a handout to, latest first (their columns only: five thousand meetings in ten years)."""
    tz = uow.settings.tz()
    meetings = plain_rows(uow, select(Meeting.id, Meeting.starts_at, Meeting.title, Meeting.confidentiality,
                                      Meeting.secrecy_term).where(Meeting.deleted_at.is_(None))
                          .order_by(Meeting.starts_at.desc(), Meeting.id.desc()))
    marks: dict[tuple[str, str], tuple[d.Confidentiality, str]] = {}  # a few levels and terms among them all
    choices = []
    for mid, starts_at, title, level, term in meetings:
        if (level, term) not in marks:
            marks[level, term] = (cast(d.Confidentiality, level_label(level)), mark_of(level, term))
        label, mark = marks[level, term]
        start = starts_at.astimezone(tz)
        choices.append(MeetingChoice(mid, f"{start:%Y-%m-%d} {title}", label, start, mark, level, term))
    return choices


# --------------------------------------------------------------------------- changes


def save_handout(uow: UnitOfWork, edit: HandoutEdit, handout_id: int | None = None,
                 version: int | None = None) -> HandoutDetail:
    """Create (no id) or replace a handout whole; ``version`` is the one the editor opened."""
    edit = validate(uow, edit)
    handout = _get(uow, handout_id, version) if handout_id is not None else Handout()
    before = _plain(handout) if handout_id is not None else {}
    handout.title, handout.tasks, handout.standards = edit.title, edit.tasks, edit.standards
    handout.rewards_penalties, handout.contact, handout.copies = edit.rewards_penalties, edit.contact, edit.copies
    handout.confidentiality, handout.secrecy_term = edit.confidentiality, edit.secrecy_term
    handout.meeting = uow.session.get(Meeting, edit.meeting_id) if edit.meeting_id is not None else None
    handout.milestones = [
        HandoutMilestone(position=k, due_date=m.due_date, node=m.node, owner=m.owner)
        for k, m in enumerate(edit.milestones)
    ]
    _set_tables(uow, handout, edit.tables)
    handout.updated_at = uow.now()  # touch the row itself, so a change to milestones alone bumps the version
    uow.session.add(handout)
    uow.flush()
    after = _plain(handout)
    action = "update" if handout_id is not None else "create"
    audit.record(uow, "handout", handout.id, action, f"明白纸：{handout.title}", meeting_id=handout.meeting_id,
                 changes=audit.diff(before, after))
    detail = _detail(handout)
    uow.commit()
    return detail


def _set_tables(uow: UnitOfWork, handout: Handout, tables: Sequence[TableEdit]) -> None:
    """The attached tables as given, each saved one updated in place by its id: a table already sent to units
    keeps its row, so what the units returned (huiwu.services.handout_returns, which cascades from it) is never
    lost or moved to another table by a save; removing or adding a table leaves the others as they were. A sent
    table that units have returned can neither lose its header nor be removed."""
    from huiwu.models import ReturnItem, ReturnRequest, ReturnState

    existing = {t.id: t for t in handout.tables} if handout.id is not None else {}
    returned: set[int] = set()
    if existing:
        returned = set(uow.session.scalars(
            select(ReturnRequest.handout_table_id).join(ReturnItem, ReturnItem.request_id == ReturnRequest.id)
            .where(ReturnRequest.handout_table_id.in_(list(existing)), ReturnItem.state == ReturnState.RETURNED)))
    kept: list[HandoutTable] = []
    for k, t in enumerate(tables):
        table = existing.pop(t.id, None) if t.id is not None else None
        if table is None:
            kept.append(HandoutTable(position=k, title=t.title, columns=list(t.columns), rows=[list(r) for r in t.rows]))
            continue
        if table.id in returned and list(table.columns) != list(t.columns):
            raise RuleError(f"附表“{table.title or k + 1}”已有单位报回，不能再改表头；如需新表，请另加一张附表。")
        table.position, table.title, table.columns, table.rows = k, t.title, list(t.columns), [list(r) for r in t.rows]
        kept.append(table)
    for table in existing.values():
        if table.id in returned:
            raise RuleError(f"附表“{table.title}”已有单位报回，不能删除。")
    handout.tables = kept


def duplicate_handout(uow: UnitOfWork, handout_id: int, meeting_id: int | None = None,
                      title: str | None = None) -> HandoutDetail:
    """A copy of an earlier handout, to adapt for a new meeting (linked to ``meeting_id`` or standalone)."""
    source = _get(uow, handout_id)
    edit = _edit(source)
    new = HandoutEdit(
        title=title or f"{source.title}（副本）"[:300], tasks=edit.tasks, standards=edit.standards,
        rewards_penalties=edit.rewards_penalties, contact=edit.contact, copies=edit.copies,
        meeting_id=meeting_id, milestones=edit.milestones, tables=tuple(replace(t, id=None) for t in edit.tables),
        confidentiality=edit.confidentiality, secrecy_term=edit.secrecy_term,
    )
    return save_handout(uow, new)


def delete_handout(uow: UnitOfWork, handout_id: int, version: int | None = None) -> None:
    handout = _get(uow, handout_id, version)
    audit.record(uow, "handout", handout.id, "delete", f"删除明白纸：{handout.title}", meeting_id=handout.meeting_id)
    uow.session.delete(handout)
    uow.commit()


# --------------------------------------------------------------------------- pure helpers


def validate(uow: UnitOfWork | None, edit: HandoutEdit) -> HandoutEdit:
    """Trim and check an edit; tables get rectangular rows. Raises ValidationError naming the field."""
    title = edit.title.strip()
    if not title:
        raise ValidationError("明白纸的标题不能为空。")
    if len(title) > 300:
        raise ValidationError(f"明白纸的标题太长（{len(title)} 字，最多 300 字）。")
    if not 1 <= edit.copies <= MAX_COPIES:
        raise ValidationError(f"份数应在 1 到 {MAX_COPIES} 之间，现为 {edit.copies}。")
    if edit.confidentiality not in {c.value for c in Confidentiality}:
        raise ValidationError(f"明白纸的密级“{edit.confidentiality}”不对，应为公开、内部、秘密、机密或绝密。")
    term = secrecy_term_for(edit.confidentiality, edit.secrecy_term)  # refuses a 保密期限 it cannot read
    if edit.meeting_id is not None and uow is not None:
        meeting = uow.session.get(Meeting, edit.meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise ValidationError(f"要关联的会议不存在（编号 {edit.meeting_id}），可能已被删除。")
    milestones = []
    for k, m in enumerate(edit.milestones, start=1):
        node, owner = m.node.strip(), m.owner.strip()
        if not node and not owner and m.due_date is None:
            continue  # an empty row the clerk added and left
        if not node:
            raise ValidationError(f"时限节点第 {k} 行缺少“节点内容”。")
        milestones.append(MilestoneEdit(m.due_date, node, owner))
    tables = []
    for k, t in enumerate(edit.tables, start=1):
        columns = tuple(c.strip() for c in t.columns)
        name = t.title.strip() or f"附表{k}"
        if not columns or any(not c for c in columns):
            raise ValidationError(f"附表“{name}”有空的列名，请填写或删除该列。")
        width = len(columns)
        rows = tuple(tuple((list(r) + [""] * width)[:width]) for r in t.rows)
        tables.append(TableEdit(name, columns, tuple(tuple(c.strip() for c in r) for r in rows), t.id))
    return HandoutEdit(
        title=title, tasks=edit.tasks.strip(), standards=edit.standards.strip(),
        rewards_penalties=edit.rewards_penalties.strip(), contact=edit.contact.strip()[:300],
        copies=edit.copies, meeting_id=edit.meeting_id, milestones=tuple(milestones), tables=tuple(tables),
        confidentiality=edit.confidentiality, secrecy_term=term,
    )


def document(edit: HandoutEdit, issuer: str = "", date: dt.date | None = None, default_contact: str = "", *,
             meeting_level: str = Confidentiality.PUBLIC.value, meeting_term: str = "") -> d.HandoutDoc:
    """The printable 明白纸 of an edit, without a database: the editor's live preview uses it.

    ``issuer`` and ``default_contact`` are the office's (``Settings.issuer_line()`` and ``default_contact``),
    so the preview signs and names a contact exactly as the print does; ``meeting_level``/``meeting_term``
    are the linked meeting's 密级, so the preview carries the mark the print will (:func:`marks`)."""
    from huiwu.services.printing import milestone_date_text, split_lines, table_doc

    term = edit.secrecy_term if edit.confidentiality != Confidentiality.PUBLIC else ""
    label, mark = marks(edit.confidentiality, term, meeting_level, meeting_term)
    return d.HandoutDoc(
        title=edit.title.strip() or "（未命名明白纸）",
        tasks=split_lines(edit.tasks),
        standards=split_lines(edit.standards),
        milestones=tuple(d.Milestone(milestone_date_text(m.due_date), m.node, m.owner)
                         for m in edit.milestones if m.node.strip() or m.due_date),
        rewards_penalties=split_lines(edit.rewards_penalties),
        contact=contact_line(edit.contact, default_contact),
        tables=tuple(table_doc(t.title or "附表", t.columns, t.rows) for t in edit.tables if t.columns),
        confidentiality=label,
        secrecy_mark=mark,
        copies=max(1, edit.copies),
        issuer=issuer,
        date=date,
    )


_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?$"),
    re.compile(r"^(?P<m>\d{1,2})[-/.月](?P<d>\d{1,2})日?前?$"),
)


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """'2026-12-01', '2026年12月1日', '12月1日' (this year) or '' (no date). Raises ValidationError otherwise."""
    text = text.strip().removesuffix("前")
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year = int(match.groupdict().get("y") or today.year)
            try:
                return dt.date(year, int(match["m"]), int(match["d"]))
            except ValueError:
                break
    raise ValidationError(f"日期“{text}”无法识别，请写成 2026-12-01 或 12月1日。")


# --------------------------------------------------------------------------- internals


def _get(uow: UnitOfWork, handout_id: int | None, version: int | None = None) -> Handout:
    handout = uow.session.get(Handout, handout_id) if handout_id is not None else None
    if handout is None:
        raise NotFoundError(f"明白纸不存在（编号 {handout_id}），可能已被其他人删除。")
    if version is not None and handout.version != version:
        raise ConflictError(f"明白纸“{handout.title}”", version, handout.version)
    return handout


def marks(own: str, own_term: str, meeting_level: str, meeting_term: str) -> tuple[d.Confidentiality, str]:
    """The 密级 label and first-page mark a 明白纸 prints: the higher of its own and its meeting's."""
    level, term = document_level(own, own_term, meeting_level, meeting_term)
    return CONFIDENTIALITY_LABELS.get(level, "公开"), mark_of(level, term)  # type: ignore[call-overload]


def handout_marks(h: Handout) -> tuple[d.Confidentiality, str]:
    m = h.meeting
    return marks(h.confidentiality, h.secrecy_term, m.confidentiality if m else Confidentiality.PUBLIC.value,
                 m.secrecy_term if m else "")


def _edit(h: Handout) -> HandoutEdit:
    return HandoutEdit(
        title=h.title, tasks=h.tasks, standards=h.standards, rewards_penalties=h.rewards_penalties,
        contact=h.contact, copies=h.copies, meeting_id=h.meeting_id,
        confidentiality=h.confidentiality, secrecy_term=h.secrecy_term,
        milestones=tuple(MilestoneEdit(m.due_date, m.node, m.owner) for m in h.milestones),
        tables=tuple(
            TableEdit(t.title, tuple(str(c) for c in t.columns),
                      tuple(tuple("" if c is None else str(c) for c in r) for r in t.rows), t.id)
            for t in h.tables
        ),
    )


def _detail(h: Handout) -> HandoutDetail:
    label, mark = handout_marks(h)
    return HandoutDetail(h.id, h.version, _edit(h), label, h.meeting.title if h.meeting else "", mark)


def _plain(h: Handout) -> dict[str, Any]:
    return {
        "title": h.title, "tasks": h.tasks, "standards": h.standards, "rewards_penalties": h.rewards_penalties,
        "contact": h.contact, "copies": h.copies, "meeting_id": h.meeting_id,
        "confidentiality": h.confidentiality, "secrecy_term": h.secrecy_term,
        "milestones": [[m.due_date.isoformat() if m.due_date else "", m.node, m.owner] for m in h.milestones],
        "tables": [[t.title, list(t.columns), [list(r) for r in t.rows]] for t in h.tables],
    }
