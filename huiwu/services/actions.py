"""议定事项督办: a meeting's decisions as action items with a responsible unit and person, a deadline,
feedback entries and a state (办理中 / 已办结 / 已销号; 逾期 is derived: open and past its deadline).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    ACTION_STATE_LABELS,
    OVERDUE_LABEL,
    ActionFeedback,
    ActionItem,
    ActionState,
    Meeting,
    Person,
    Unit,
)
from huiwu.services import audit
from huiwu.services.rows import plain_rows


@dataclass(frozen=True)
class ActionInput:
    text: str
    responsible_unit_id: int | None = None
    responsible_person_id: int | None = None
    deadline: dt.date | None = None
    agenda_item_id: int | None = None


@dataclass(frozen=True)
class FeedbackRow:
    id: int
    entry_date: dt.date
    text: str
    author: str


@dataclass(frozen=True)
class ActionRow:
    """One 议定事项 as lists and the printed 督办清单 show it."""

    id: int
    version: int
    meeting_id: int
    meeting_title: str
    meeting_date: dt.date
    text: str
    unit_id: int | None
    unit_name: str
    person_id: int | None
    person_name: str
    deadline: dt.date | None
    state: str  # open / done / closed
    state_label: str  # 办理中 / 已办结 / 已销号 / 逾期
    overdue: bool
    closed_at: dt.datetime | None
    feedback: tuple[FeedbackRow, ...]
    source: str = ""  # the 纪要 paragraph it came from: "纪要〔2026〕49号 二、（一）" (huiwu.services.minutes)

    @property
    def last_feedback(self) -> str:
        if not self.feedback:
            return ""
        f = self.feedback[-1]
        return f"{f.entry_date:%m-%d} {f.text}"


def _row(uow: UnitOfWork, a: ActionItem, today: dt.date, source: str = "") -> ActionRow:
    return _action_row(
        uow.settings.tz(), today, a.id, a.version, a.meeting_id, a.meeting.title, a.meeting.starts_at, a.text,
        a.responsible_unit_id, a.responsible_unit.name if a.responsible_unit else None, a.responsible_person_id,
        a.responsible_person.name if a.responsible_person else None, a.deadline, a.state, a.closed_at,
        tuple(FeedbackRow(f.id, f.entry_date, f.text, f.author) for f in a.feedback), source,
    )


def _action_row(tz: dt.tzinfo, today: dt.date, action_id: int, version: int, meeting_id: int, meeting_title: str,
                meeting_start: dt.datetime, text: str, unit_id: int | None, unit_name: str | None,
                person_id: int | None, person_name: str | None, deadline: dt.date | None, state: str,
                closed_at: dt.datetime | None, feedback: tuple[FeedbackRow, ...], source: str) -> ActionRow:
    """The row of one item from its plain values, whether they come from an entity or from a list's columns."""
    overdue = state == ActionState.OPEN and deadline is not None and deadline < today
    label = OVERDUE_LABEL if overdue else ACTION_STATE_LABELS.get(ActionState(state), state)
    return ActionRow(
        action_id, version, meeting_id, meeting_title, meeting_start.astimezone(tz).date(), text, unit_id,
        unit_name or "", person_id, person_name or "", deadline, state, label, overdue,
        closed_at.astimezone(tz) if closed_at else None, feedback, source,
    )


def action_rows(
    uow: UnitOfWork,
    meeting_id: int | None = None,
    unit_id: int | None = None,
    state: str | None = None,
    overdue_only: bool = False,
    today: dt.date | None = None,
    ids: Collection[int] | None = None,
) -> list[ActionRow]:
    """Action items across meetings (deleted meetings excluded), deadline first. ``state`` may be "overdue";
    ``ids`` narrows to those items.

    Three statements however many items: the items' columns with their meeting's, unit's and person's, the
    feedback of the same items, and the 纪要 paragraphs they came from.
    """
    today = today or uow.today()
    q = (select(ActionItem.id).join(Meeting, ActionItem.meeting_id == Meeting.id)
         .where(Meeting.deleted_at.is_(None)))
    if ids is not None:
        q = q.where(ActionItem.id.in_(list(ids)))
    if meeting_id is not None:
        q = q.where(ActionItem.meeting_id == meeting_id)
    if unit_id is not None:
        q = q.where(ActionItem.responsible_unit_id == unit_id)
    if state == "overdue":
        overdue_only = True
    elif state:
        q = q.where(ActionItem.state == state)
    if overdue_only:
        q = q.where(ActionItem.state == ActionState.OPEN, ActionItem.deadline < today)
    feedback: dict[int, list[FeedbackRow]] = {}
    for action_id, entry_id, entry_date, entry_text, author in plain_rows(uow, select(
            ActionFeedback.action_item_id, ActionFeedback.id, ActionFeedback.entry_date, ActionFeedback.text,
            ActionFeedback.author).where(ActionFeedback.action_item_id.in_(q))
            .order_by(ActionFeedback.action_item_id, ActionFeedback.entry_date, ActionFeedback.id)):
        feedback.setdefault(action_id, []).append(FeedbackRow(entry_id, entry_date, entry_text, author))
    items = plain_rows(uow, q.add_columns(
        ActionItem.version, ActionItem.meeting_id, Meeting.title, Meeting.starts_at, ActionItem.text,
        ActionItem.responsible_unit_id, Unit.name, ActionItem.responsible_person_id, Person.name, ActionItem.deadline,
        ActionItem.state, ActionItem.closed_at)
        .outerjoin(Unit, ActionItem.responsible_unit_id == Unit.id)
        .outerjoin(Person, ActionItem.responsible_person_id == Person.id).order_by(ActionItem.id))
    sources = _sources(uow, q)  # the link back to the 纪要, for the items of the same query
    tz = uow.settings.tz()
    rows = [_action_row(tz, today, aid, version, mid, title, start, text, uid, unit, pid, person, deadline, state,
                        closed, tuple(feedback.get(aid, ())), sources.get(aid, ""))
            for aid, version, mid, title, start, text, uid, unit, pid, person, deadline, state, closed in items]
    return sorted(rows, key=lambda r: (r.deadline or dt.date.max, r.id))


def milestones_due(uow: UnitOfWork, today: dt.date | None = None, within_days: int = 7) -> list[ActionRow]:
    """Open 督办 items made from a 明白纸's 时限节点 that fall due within ``within_days`` (not yet overdue): what
    the 工作台 lists before they fall due (overdue ones are already in its 逾期督办 list)."""
    today = today or uow.today()
    ids = set(uow.session.scalars(select(ActionItem.id).where(
        ActionItem.handout_milestone_id.is_not(None), ActionItem.state == ActionState.OPEN,
        ActionItem.deadline >= today, ActionItem.deadline <= today + dt.timedelta(days=within_days))))
    return action_rows(uow, state=ActionState.OPEN, today=today, ids=ids) if ids else []


def get_action(uow: UnitOfWork, action_id: int) -> ActionRow:
    return _row(uow, _action(uow, action_id), uow.today(), _sources(uow, [action_id]).get(action_id, ""))


def _sources(uow: UnitOfWork, ids: list[int] | Select[Any]) -> dict[int, str]:
    from huiwu.services.minutes import decision_sources

    return decision_sources(uow, ids)


def create_action(uow: UnitOfWork, meeting_id: int, data: ActionInput) -> ActionRow:
    meeting = uow.session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"找不到编号为 {meeting_id} 的会议。")
    a = build_action(uow, meeting, data)
    uow.commit()
    return _row(uow, a, uow.today())


def build_action(uow: UnitOfWork, meeting: Meeting, data: ActionInput, summary: str = "",
                 extra: dict[str, object] | None = None) -> ActionItem:
    """A new 议定事项 of ``meeting``, checked and recorded, without committing: the one way one is made (by
    hand, or from a 纪要 paragraph with ``summary`` and ``extra`` changes saying where it came from)."""
    _validate(uow, data)
    a = ActionItem(text=data.text.strip(), responsible_unit_id=data.responsible_unit_id,
                   responsible_person_id=data.responsible_person_id, deadline=data.deadline,
                   agenda_item_id=data.agenda_item_id, state=ActionState.OPEN)
    meeting.action_items.append(a)
    uow.flush()
    audit.record(uow, "action_item", a.id, "create", summary or f"新增议定事项：{_short(a.text)}",
                 meeting_id=meeting.id, changes=audit.diff({}, _snapshot(a)) | (extra or {}))
    return a


def update_action(uow: UnitOfWork, action_id: int, version: int, data: ActionInput) -> ActionRow:
    a = _action(uow, action_id)
    _check_version(a, version)
    _validate(uow, data)
    before = _snapshot(a)
    a.text, a.deadline = data.text.strip(), data.deadline
    a.responsible_unit_id, a.responsible_person_id = data.responsible_unit_id, data.responsible_person_id
    a.agenda_item_id = data.agenda_item_id
    changes = audit.diff(before, _snapshot(a))
    if changes:
        audit.record(uow, "action_item", a.id, "update", f"修改议定事项：{_short(a.text)}", meeting_id=a.meeting_id,
                     changes=changes)
    uow.commit()
    return _row(uow, a, uow.today())


def add_feedback(uow: UnitOfWork, action_id: int, entry_date: dt.date, text: str, author: str = "") -> ActionRow:
    a = _action(uow, action_id)
    text = text.strip()
    if not text:
        raise ValidationError("请填写反馈内容。")
    if a.state == ActionState.CLOSED:
        raise RuleError("该议定事项已销号，不能再添加反馈。")
    a.feedback.append(ActionFeedback(entry_date=entry_date, text=text, author=author.strip()))
    uow.flush()
    audit.record(uow, "action_item", a.id, "feedback", f"反馈（{entry_date:%Y-%m-%d}）：{_short(text)}",
                 meeting_id=a.meeting_id, changes={"feedback": ["", text]})
    uow.commit()
    return _row(uow, a, uow.today())


def mark_done(uow: UnitOfWork, action_id: int, version: int | None = None) -> ActionRow:
    """办结: the responsible unit reports it finished."""
    return _set_state(uow, action_id, version, ActionState.DONE)


def close_action(uow: UnitOfWork, action_id: int, version: int | None = None) -> ActionRow:
    """销号: the office checks it off — only with at least one feedback entry on record."""
    return _set_state(uow, action_id, version, ActionState.CLOSED)


def reopen_action(uow: UnitOfWork, action_id: int, version: int | None = None) -> ActionRow:
    return _set_state(uow, action_id, version, ActionState.OPEN)


def delete_action(uow: UnitOfWork, action_id: int) -> None:
    a = _action(uow, action_id)
    meeting_id, text = a.meeting_id, a.text
    a.meeting.action_items.remove(a)
    audit.record(uow, "action_item", action_id, "delete", f"删除议定事项：{_short(text)}", meeting_id=meeting_id)
    uow.commit()


def _set_state(uow: UnitOfWork, action_id: int, version: int | None, state: ActionState) -> ActionRow:
    a = _action(uow, action_id)
    if version is not None:
        _check_version(a, version)
    old = ActionState(a.state)
    if old == state:
        return _row(uow, a, uow.today())
    if state == ActionState.CLOSED and not a.feedback:
        raise RuleError(f"议定事项“{_short(a.text)}”还没有任何反馈，不能销号；请先登记办理反馈。")
    if old == ActionState.CLOSED and state != ActionState.OPEN:
        raise RuleError("该议定事项已销号。")
    a.state = state
    a.closed_at = uow.now() if state == ActionState.CLOSED else None
    audit.record(uow, "action_item", a.id, "state",
                 f"议定事项{ACTION_STATE_LABELS[old]} → {ACTION_STATE_LABELS[state]}：{_short(a.text)}",
                 meeting_id=a.meeting_id, changes={"state": [old.value, state.value]})
    uow.commit()
    return _row(uow, a, uow.today())


def _validate(uow: UnitOfWork, data: ActionInput) -> None:
    if not data.text.strip():
        raise ValidationError("请填写议定事项的内容。")
    if data.responsible_unit_id is not None and uow.session.get(Unit, data.responsible_unit_id) is None:
        raise NotFoundError("所选责任单位已不存在。")
    if data.responsible_person_id is not None and uow.session.get(Person, data.responsible_person_id) is None:
        raise NotFoundError("所选责任人已不存在。")


def _check_version(a: ActionItem, version: int) -> None:
    if a.version != version:
        raise ConflictError(f"议定事项“{_short(a.text)}”", version, a.version)


def _action(uow: UnitOfWork, action_id: int) -> ActionItem:
    a = uow.session.get(ActionItem, action_id)
    if a is None:
        raise NotFoundError(f"找不到编号为 {action_id} 的议定事项。")
    return a


def _snapshot(a: ActionItem) -> dict[str, object]:
    return {"text": a.text, "responsible_unit_id": a.responsible_unit_id,
            "responsible_person_id": a.responsible_person_id, "deadline": a.deadline}


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"
