"""One returns ledger for everything the office sends out and expects back by a deadline — a meeting's 回执
(huiwu.services.replies) and each attached table of a 明白纸 (huiwu.services.handout_returns) are its uses.

This module holds what they share: opening a request with its recipients, reading it with each recipient's
state (未回复 / 已回复 / 逾期 by huiwu.rules.returns), and the 工作台's list of returns still missing. Time is
the unit of work's clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, ValidationError
from huiwu.models import (
    RETURN_KIND_LABELS,
    Meeting,
    ReturnItem,
    ReturnKind,
    ReturnRequest,
    ReturnState,
    Unit,
)
from huiwu.rules import returns as rules

__all__ = [
    "Missing",
    "ReturnCounts",
    "counts_of",
    "load_request",
    "missing_returns",
    "open_request",
    "set_deadline",
]


@dataclass(frozen=True)
class ReturnCounts:
    total: int
    returned: int
    pending: int  # 未回复, the overdue ones included
    overdue: int

    @property
    def text(self) -> str:
        late = f"（逾期 {self.overdue}）" if self.overdue else ""
        return f"共 {self.total}，已回复 {self.returned}，未回复 {self.pending}{late}"


def counts_of(states: Iterable[str], deadline: dt.datetime | None, now: dt.datetime) -> ReturnCounts:
    listed = list(states)
    returned = sum(1 for s in listed if s == ReturnState.RETURNED)
    overdue = sum(1 for s in listed if rules.is_overdue(s, deadline, now))
    return ReturnCounts(len(listed), returned, len(listed) - returned, overdue)


def load_request(uow: UnitOfWork, request_id: int) -> ReturnRequest:
    r = uow.session.scalar(
        select(ReturnRequest).where(ReturnRequest.id == request_id)
        .options(selectinload(ReturnRequest.items).selectinload(ReturnItem.person),
                 selectinload(ReturnRequest.items).selectinload(ReturnItem.unit))
    )
    if r is None:
        raise NotFoundError(f"回收事项 {request_id} 不存在（可能已被删除）。")
    return r


def open_request(uow: UnitOfWork, kind: str, title: str, deadline: dt.datetime | None, *,
                 meeting_id: int | None = None, handout_id: int | None = None, handout_table_id: int | None = None,
                 person_ids: Sequence[int] = (), unit_ids: Sequence[int] = ()) -> ReturnRequest:
    """A new request with one 未回复 item per person and per unit (no commit: the use case commits)."""
    if kind not in {k.value for k in ReturnKind}:
        raise ValidationError(f"回收事项类型“{kind}”不对。")
    if deadline is not None and deadline.tzinfo is None:
        raise ValidationError("截止时间缺少时区。")
    r = ReturnRequest(kind=kind, title=title, deadline=deadline, meeting_id=meeting_id, handout_id=handout_id,
                      handout_table_id=handout_table_id)
    r.items = [*(ReturnItem(person_id=p) for p in dict.fromkeys(person_ids)),
               *(ReturnItem(unit_id=u) for u in dict.fromkeys(unit_ids))]
    uow.session.add(r)
    uow.flush()
    return r


def set_deadline(uow: UnitOfWork, request_id: int, version: int, deadline: dt.datetime) -> None:
    """The clerk moves the deadline (as the notice says). One commit."""
    from huiwu.services import audit

    r = load_request(uow, request_id)
    if r.version != version:
        raise ConflictError(f"{RETURN_KIND_LABELS[ReturnKind(r.kind)]}“{r.title}”", version, r.version)
    if deadline.tzinfo is None:
        raise ValidationError("截止时间缺少时区。")
    tz = uow.settings.tz()
    before = r.deadline.astimezone(tz).strftime("%Y-%m-%d %H:%M") if r.deadline else "未定"
    r.deadline = deadline
    audit.record(uow, "return_request", r.id, "deadline",
                 f"{RETURN_KIND_LABELS[ReturnKind(r.kind)]}截止时间由 {before} 改为 {deadline.astimezone(tz):%Y-%m-%d %H:%M}",
                 meeting_id=r.meeting_id)
    uow.commit()


# ---------------------------------------------------------------- the 工作台


@dataclass(frozen=True)
class Missing:
    """A return still missing, due within a day or already past: what the 工作台 lists."""

    request_id: int
    kind: str
    kind_label: str
    title: str  # the meeting's or the 明白纸 table's
    deadline: dt.datetime  # office zone
    overdue: bool
    missing: tuple[str, ...]  # who has not answered, in 排序号 order
    meeting_id: int | None
    handout_id: int | None

    @property
    def text(self) -> str:
        names = "、".join(self.missing[:8]) + (f" 等 {len(self.missing)} 个" if len(self.missing) > 8 else "")
        when = "已逾期" if self.overdue else f"{self.deadline:%m-%d %H:%M} 截止"
        return f"{self.kind_label}《{self.title}》{when}，未回复：{names}"


def missing_returns(uow: UnitOfWork, now: dt.datetime | None = None, kind: str = ReturnKind.TABLE) -> list[Missing]:
    """Returns of ``kind`` due within a day or overdue, with who is missing (only recipients with an item: a
    明白纸 table's units). A meeting's 回执, where an invitee who never answered has no item, is listed by
    huiwu.services.replies.missing_replies. Two statements whatever the office holds."""
    now = now or uow.now()
    tz = uow.settings.tz()
    horizon = now + dt.timedelta(days=1)
    requests = list(uow.session.scalars(
        select(ReturnRequest)
        .outerjoin(Meeting, ReturnRequest.meeting_id == Meeting.id)
        .where(ReturnRequest.kind == kind, ReturnRequest.deadline.is_not(None), ReturnRequest.deadline <= horizon,
               (Meeting.id.is_(None)) | ((Meeting.deleted_at.is_(None)) & (Meeting.status != "cancelled")
                                         & (Meeting.ends_at > now)))
        .order_by(ReturnRequest.deadline, ReturnRequest.id)
    ))
    if not requests:
        return []
    from sqlalchemy.orm import aliased

    from huiwu.models import Person

    own_unit, item_unit = aliased(Unit), aliased(Unit)
    pending = uow.session.execute(
        select(ReturnItem.request_id, Person.name, Person.sort_order, own_unit.sort_order, item_unit.name,
               item_unit.sort_order, ReturnItem.id)
        .outerjoin(Person, ReturnItem.person_id == Person.id)
        .outerjoin(own_unit, Person.unit_id == own_unit.id)
        .outerjoin(item_unit, ReturnItem.unit_id == item_unit.id)
        .where(ReturnItem.request_id.in_([r.id for r in requests]), ReturnItem.state == ReturnState.PENDING)
    )
    keyed: dict[int, list[tuple[tuple[int, int, int], str]]] = {}
    for request_id, person, person_sort, person_unit_sort, unit, unit_sort, item_id in pending:
        key = (unit_sort if person is None else person_unit_sort or 0, 0 if person is None else person_sort or 0, item_id)
        keyed.setdefault(request_id, []).append((key, person or unit or "?"))
    names = {rid: [name for _, name in sorted(rows)] for rid, rows in keyed.items()}
    found = []
    for r in requests:
        if r.id not in names or r.deadline is None:
            continue
        found.append(Missing(r.id, r.kind, RETURN_KIND_LABELS[ReturnKind(r.kind)], r.title,
                             r.deadline.astimezone(tz), rules.is_overdue(ReturnState.PENDING, r.deadline, now),
                             tuple(names[r.id]), r.meeting_id, r.handout_id))
    return found
