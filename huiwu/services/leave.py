"""请假: requests, approval, 销假 and 补办 — and the 请假/代会 marks they put on meetings.

The marks on ``Participant`` are always a function of the requests: after every change of a request the
marks it owns are recomputed (``_sync_marks``), so approving, rejecting, withdrawing and 销假 in any order
leave the same marks as the final state alone would.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, RuleError, ValidationError
from huiwu.models import (
    LEAVE_STATE_LABELS,
    Attendance,
    LeaveRequest,
    LeaveState,
    Meeting,
    MeetingStatus,
    Participant,
    Person,
    Unit,
    UnitKind,
)
from huiwu.rules import leave as rules
from huiwu.rules.leave import LeaveFact
from huiwu.rules.order import person_order_columns
from huiwu.services import audit
from huiwu.services.rows import plain_rows

CHANNELS = ("书面", "电话", "短信")
# States whose request puts marks on meetings (RETURNED only up to the return time).
MARKING_STATES = tuple(rules.COVERING_STATES)


@dataclass(frozen=True)
class Substitute:
    """代会人员: a directory person, or a free name and title."""

    person_id: int | None = None
    name: str = ""
    title: str = ""


@dataclass(frozen=True)
class LeaveInput:
    person_id: int
    reason: str
    meeting_id: int | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    substitute: Substitute | None = None
    approver_id: int | None = None  # None: the default approver (DOMAIN.md)
    channel: str = "书面"
    retroactive: bool = False  # 补办


@dataclass(frozen=True)
class LeaveInfo:
    """An approved absence, for other services (conflicts, week view, inviting)."""

    leave_id: int
    person_id: int
    meeting_id: int | None
    starts_at: dt.datetime
    ends_at: dt.datetime  # the effective end (the return time after 销假)
    reason: str
    substitute_name: str


@dataclass(frozen=True)
class LeaveRow:
    id: int
    person_id: int
    person_name: str
    unit_name: str
    title: str
    meeting_id: int | None
    meeting_title: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    reason: str
    substitute_person_id: int | None
    substitute_name: str
    substitute_title: str
    approver_id: int | None
    approver_name: str
    state: str
    state_label: str
    channel: str
    retroactive: bool
    decided_at: dt.datetime | None
    decision_note: str
    returned_at: dt.datetime | None
    created_at: dt.datetime
    marked_meetings: int
    version: int


# ---------------------------------------------------------------- queries


def leave_fact(leave: LeaveRequest) -> LeaveFact:
    """A request as the rules see it (the substitute by name, whether from the directory or typed)."""
    return LeaveFact(
        id=leave.id, person_id=leave.person_id, state=leave.state, meeting_id=leave.meeting_id,
        starts_at=leave.starts_at, ends_at=leave.ends_at, returned_at=leave.returned_at,
        substitute_person_id=leave.substitute_person_id, substitute_name=_substitute_label(leave),
    )


def leave_facts(uow: UnitOfWork, leave_ids: Iterable[int] | Select[Any]) -> dict[int, LeaveFact]:
    """The requests with these ids (or those a select of ids picks), by id, as the rules see them (for the marks
    a participant row points to): one statement of their columns, with the 代会 person's name."""
    ids = leave_ids if isinstance(leave_ids, Select) else set(leave_ids)
    if isinstance(ids, set) and not ids:
        return {}
    substitute = _SUBSTITUTE
    rows = plain_rows(uow, select(
        LeaveRequest.id, LeaveRequest.person_id, LeaveRequest.state, LeaveRequest.meeting_id, LeaveRequest.starts_at,
        LeaveRequest.ends_at, LeaveRequest.returned_at, LeaveRequest.substitute_person_id, substitute.name,
        LeaveRequest.substitute_name,
    ).outerjoin(substitute, LeaveRequest.substitute_person_id == substitute.id).where(LeaveRequest.id.in_(ids)))
    return {lid: LeaveFact(lid, pid, state, mid, start, end, returned, sub_id,
                           sub_person if sub_person is not None else typed)  # as _substitute_label says it
            for lid, pid, state, mid, start, end, returned, sub_id, sub_person, typed in rows}


_SUBSTITUTE = aliased(Person)  # made once: an alias costs more to make than a few requests take to read


def approved_leave_for(
    uow: UnitOfWork, person_ids: list[int] | set[int] | tuple[int, ...], start: dt.datetime, end: dt.datetime
) -> dict[int, LeaveInfo]:
    """Approved leave overlapping [start, end) per person (the earliest one when several overlap)."""
    ids = list(set(person_ids))
    if not ids:
        return {}
    s = uow.session
    rows = s.execute(
        select(LeaveRequest, Meeting.starts_at, Meeting.ends_at)
        .outerjoin(Meeting, LeaveRequest.meeting_id == Meeting.id)
        .where(LeaveRequest.person_id.in_(ids), LeaveRequest.state.in_(list(MARKING_STATES)))
    ).all()
    found: dict[int, LeaveInfo] = {}
    for leave, m_start, m_end in rows:
        span = rules.absence(leave_fact(leave), (m_start, m_end) if m_start is not None else None)
        if span is None:
            continue
        lo, hi = span
        if not (lo < end and hi > start):
            continue
        info = LeaveInfo(
            leave.id, leave.person_id, leave.meeting_id, lo, hi, leave.reason, _substitute_label(leave)
        )
        current = found.get(leave.person_id)
        if current is None or (info.starts_at, info.leave_id) < (current.starts_at, current.leave_id):
            found[leave.person_id] = info
    return found


def _substitute_label(leave: LeaveRequest) -> str:
    if leave.substitute is not None:
        return leave.substitute.name
    return leave.substitute_name


def list_leave(
    uow: UnitOfWork,
    state: str | None = None,
    date_from: dt.datetime | None = None,
    date_to: dt.datetime | None = None,
    person_id: int | None = None,
) -> list[LeaveRow]:
    """Requests, newest first; the period filter keeps requests whose time overlaps it.

    One statement however many: the requests' columns with their meeting's, the names of the people they
    name and the seats each marks (counted in SQL).
    """
    chosen = select(LeaveRequest.id).outerjoin(Meeting, LeaveRequest.meeting_id == Meeting.id)
    if state:
        chosen = chosen.where(LeaveRequest.state == state)
    if person_id is not None:
        chosen = chosen.where(LeaveRequest.person_id == person_id)
    if date_from is not None:
        chosen = chosen.where(or_(Meeting.ends_at > date_from, LeaveRequest.ends_at > date_from))
    if date_to is not None:
        chosen = chosen.where(or_(Meeting.starts_at < date_to, LeaveRequest.starts_at < date_to))
    filtered = state or person_id is not None or date_from is not None or date_to is not None
    # the filters pick the requests on their own (with their meeting's times), the names are joined to those only
    return _listed(uow, _leave_list().where(LeaveRequest.id.in_(chosen)) if filtered else _leave_list())


def _listed(uow: UnitOfWork, query: Select[*tuple[Any, ...]]) -> list[LeaveRow]:
    """The rows of the list's one statement (:func:`_leave_list`, narrowed by the caller)."""
    return [_leave_row(lid, pid, name, unit, title, mid, None if found is None else (mtitle, mstart, mend), start,
                       end, reason, sub_id, None if sub_name is None else (sub_name, sub_title), typed, typed_title,
                       approver_id, approver_name, state, channel, retroactive, decided, note, returned, created,
                       count, version)
            for (lid, pid, name, unit, title, mid, found, mtitle, mstart, mend, start, end, reason, sub_id, sub_name,
                 sub_title, typed, typed_title, approver_id, approver_name, state, channel, retroactive, decided,
                 note, returned, created, count, version) in plain_rows(uow, query)]


@functools.cache
def _leave_list() -> Select[*tuple[Any, ...]]:
    """The list's statement before its filters, made once: its three aliases of Person cost more to make than a
    small list takes to read (a statement is immutable; each filter makes a new one from it)."""
    person, approver, substitute = aliased(Person), aliased(Person), aliased(Person)
    marked = (select(func.count(Participant.id)).where(Participant.leave_request_id == LeaveRequest.id)
              .correlate(LeaveRequest).scalar_subquery())
    return (select(
        LeaveRequest.id, LeaveRequest.person_id, person.name, Unit.name, person.title, LeaveRequest.meeting_id,
        Meeting.id, Meeting.title, Meeting.starts_at, Meeting.ends_at, LeaveRequest.starts_at, LeaveRequest.ends_at,
        LeaveRequest.reason, LeaveRequest.substitute_person_id, substitute.name, substitute.title,
        LeaveRequest.substitute_name, LeaveRequest.substitute_title, LeaveRequest.approver_id, approver.name,
        LeaveRequest.state, LeaveRequest.channel, LeaveRequest.retroactive, LeaveRequest.decided_at,
        LeaveRequest.decision_note, LeaveRequest.returned_at, LeaveRequest.created_at, marked, LeaveRequest.version,
    ).outerjoin(Meeting, LeaveRequest.meeting_id == Meeting.id)
        .join(person, LeaveRequest.person_id == person.id).join(Unit, person.unit_id == Unit.id)
        .outerjoin(substitute, LeaveRequest.substitute_person_id == substitute.id)
        .outerjoin(approver, LeaveRequest.approver_id == approver.id)
        .order_by(LeaveRequest.created_at.desc(), LeaveRequest.id.desc()))


def _leave_row(lid: int, person_id: int, person_name: str, unit_name: str, title: str, meeting_id: int | None,
               meeting: tuple[str, dt.datetime, dt.datetime] | None, starts_at: dt.datetime | None,
               ends_at: dt.datetime | None, reason: str, substitute_id: int | None,
               substitute: tuple[str, str] | None, substitute_name: str, substitute_title: str,
               approver_id: int | None, approver_name: str | None, state: str, channel: str, retroactive: bool,
               decided_at: dt.datetime | None, decision_note: str, returned_at: dt.datetime | None,
               created_at: dt.datetime, marked: int, version: int) -> LeaveRow:
    """One request as the lists show it, from plain values: its meeting's title and time when it is for one
    (else its own period), the directory's 代会 person over the typed one, the approver's name when there is
    one."""
    return LeaveRow(
        id=lid,
        person_id=person_id,
        person_name=person_name,
        unit_name=unit_name,
        title=title,
        meeting_id=meeting_id,
        meeting_title=meeting[0] if meeting else "",
        starts_at=meeting[1] if meeting else starts_at,
        ends_at=meeting[2] if meeting else ends_at,
        reason=reason,
        substitute_person_id=substitute_id,
        substitute_name=substitute[0] if substitute else substitute_name,
        substitute_title=substitute[1] if substitute else substitute_title,
        approver_id=approver_id,
        approver_name=(approver_name or "") if approver_id else "",
        state=state,
        state_label=LEAVE_STATE_LABELS[LeaveState(state)],
        channel=channel,
        retroactive=retroactive,
        decided_at=decided_at,
        decision_note=decision_note,
        returned_at=returned_at,
        created_at=created_at,
        marked_meetings=marked,
        version=version,
    )


def leave_for_meeting(uow: UnitOfWork, meeting_id: int) -> list[LeaveRow]:
    """Every request that concerns one meeting, oldest first: those filed for it, and the range requests
    (请销假) that marked one of its participants — what its 归档卷 files with their approvals."""
    marked = select(Participant.leave_request_id).where(Participant.meeting_id == meeting_id,
                                                        Participant.leave_request_id.is_not(None))
    return _listed(uow, _leave_list().where(or_(LeaveRequest.meeting_id == meeting_id, LeaveRequest.id.in_(marked)))
                   .order_by(None).order_by(LeaveRequest.created_at, LeaveRequest.id))


def get_leave(uow: UnitOfWork, leave_id: int) -> LeaveRow:
    """One request as the lists show it, read by the lists' own statement."""
    rows = _listed(uow, _leave_list().where(LeaveRequest.id == leave_id))
    if not rows:
        raise NotFoundError("请假记录不存在或已被删除。")
    return rows[0]


# ---------------------------------------------------------------- default approver


def county_head_id(uow: UnitOfWork) -> int | None:
    """县长: the first leader of the leadership unit."""
    return uow.session.scalar(
        select(Person.id)
        .join(Unit, Person.unit_id == Unit.id)
        .where(Unit.kind == UnitKind.LEADERSHIP, Person.is_leader, Person.active)
        .order_by(*person_order_columns())
        .limit(1)
    )


def default_approver(uow: UnitOfWork, person_id: int, meeting_id: int | None = None) -> int | None:
    """DOMAIN.md: 副县长 and 政府组成人员 (heads of 县直部门) ask the 县长; others their 分管领导 or the chair."""
    person = uow.session.get(Person, person_id)
    if person is None:
        raise NotFoundError("人员不存在或已被删除。")
    head = county_head_id(uow)
    kind = person.unit.kind
    is_dept_head = kind == UnitKind.DEPARTMENT and person.is_leader and person.sort_order == 1
    if (kind == UnitKind.LEADERSHIP or is_dept_head) and head is not None and head != person.id:
        return head
    if person.supervisor_id is not None and person.supervisor_id != person.id:
        return person.supervisor_id
    if meeting_id is not None:
        meeting = uow.session.get(Meeting, meeting_id)
        if meeting is not None and meeting.chair_id is not None and meeting.chair_id != person.id:
            return meeting.chair_id
    return None


# ---------------------------------------------------------------- use cases


def create_leave(uow: UnitOfWork, data: LeaveInput, approve: bool = False) -> int:
    """Record a request (待审批); ``approve`` records an already-given approval (e.g. 补办 by phone)."""
    leave = build_leave(uow, data, approve)
    uow.commit()
    return leave.id


def build_leave(uow: UnitOfWork, data: LeaveInput, approve: bool = False) -> LeaveRequest:
    """:func:`create_leave` without the commit: for a use case that files leave as one step of its own (a
    不参会 回执 becomes a request to the approver the office's rule names)."""
    s = uow.session
    person = s.get(Person, data.person_id)
    if person is None:
        raise NotFoundError("请假人不存在或已被删除。")
    if not data.reason.strip():
        raise ValidationError("请填写请假事由。")
    if data.channel not in CHANNELS:
        raise ValidationError(f"请假方式“{data.channel}”无效，应为书面、电话或短信。")
    if data.meeting_id is None:
        if data.starts_at is None or data.ends_at is None:
            raise ValidationError("请选择一个会议，或填写请假的起止时间。")
        if data.ends_at <= data.starts_at:
            raise ValidationError("请假结束时间必须晚于开始时间。")
    else:
        meeting = s.get(Meeting, data.meeting_id)
        if meeting is None or meeting.deleted_at is not None:
            raise NotFoundError("所请假的会议不存在或已被删除。")
        if meeting.status == MeetingStatus.CANCELLED:
            raise RuleError(f"会议“{meeting.title}”已取消，无需请假。")
    sub = data.substitute
    if sub is not None and sub.person_id is not None:
        if sub.person_id == data.person_id:
            raise ValidationError("代会人员不能是请假人本人。")
        if s.get(Person, sub.person_id) is None:
            raise NotFoundError("代会人员不存在或已被删除。")
    approver_id = data.approver_id
    if approver_id is None:
        approver_id = default_approver(uow, data.person_id, data.meeting_id)
    elif s.get(Person, approver_id) is None:
        raise NotFoundError("审批人不存在或已被删除。")
    leave = LeaveRequest(
        person_id=data.person_id,
        meeting_id=data.meeting_id,
        starts_at=None if data.meeting_id is not None else data.starts_at,
        ends_at=None if data.meeting_id is not None else data.ends_at,
        reason=data.reason.strip(),
        substitute_person_id=sub.person_id if sub else None,
        substitute_name=(sub.name.strip() if sub and sub.person_id is None else ""),
        substitute_title=(sub.title.strip() if sub and sub.person_id is None else ""),
        approver_id=approver_id,
        channel=data.channel,
        retroactive=data.retroactive,
        state=LeaveState.PENDING,
    )
    s.add(leave)
    s.flush()
    label = "补办请假" if data.retroactive else "请假申请"
    audit.record(uow, "leave_request", leave.id, "create", f"{person.name} {label}：{leave.reason}",
                 meeting_id=data.meeting_id)
    if approve:
        _decide(uow, leave, LeaveState.APPROVED, "")
    return leave


def approve_leave(uow: UnitOfWork, leave_id: int, note: str = "", version: int | None = None) -> LeaveRow:
    leave = _get(uow, leave_id, version)
    if leave.state not in (LeaveState.PENDING, LeaveState.REJECTED):
        raise RuleError(f"该请假当前为“{_label(leave)}”，不能批准。")
    _decide(uow, leave, LeaveState.APPROVED, note)
    uow.commit()
    return get_leave(uow, leave_id)


def reject_leave(uow: UnitOfWork, leave_id: int, note: str = "", version: int | None = None) -> LeaveRow:
    leave = _get(uow, leave_id, version)
    if leave.state not in (LeaveState.PENDING, LeaveState.APPROVED):
        raise RuleError(f"该请假当前为“{_label(leave)}”，不能改为不批准。")
    _decide(uow, leave, LeaveState.REJECTED, note)
    uow.commit()
    return get_leave(uow, leave_id)


def withdraw_leave(uow: UnitOfWork, leave_id: int, version: int | None = None) -> LeaveRow:
    withdraw_in(uow, leave_id, version)
    uow.commit()
    return get_leave(uow, leave_id)


def withdraw_in(uow: UnitOfWork, leave_id: int, version: int | None = None) -> None:
    """:func:`withdraw_leave` without the commit (a 回执 changed from 不参会 to 参会 withdraws its request)."""
    leave = _get(uow, leave_id, version)
    if leave.state not in (LeaveState.PENDING, LeaveState.APPROVED):
        raise RuleError(f"该请假当前为“{_label(leave)}”，不能撤回。")
    _decide(uow, leave, LeaveState.WITHDRAWN, "", decided=False)


def return_from_leave(
    uow: UnitOfWork, leave_id: int, returned_at: dt.datetime | None = None, version: int | None = None
) -> LeaveRow:
    """销假: the absence ended at ``returned_at``; marks on meetings from then on are reverted."""
    leave = _get(uow, leave_id, version)
    if leave.state != LeaveState.APPROVED:
        raise RuleError(f"只有已批准的请假才能销假，该请假当前为“{_label(leave)}”。")
    at = returned_at or uow.now()
    if leave.meeting_id is None and leave.starts_at is not None and at < leave.starts_at:
        raise ValidationError("销假时间不能早于请假开始时间。")
    before = {"state": leave.state, "returned_at": None}
    leave.state = LeaveState.RETURNED
    leave.returned_at = at
    changed = _sync_marks(uow, leave)
    audit.record(uow, "leave_request", leave.id, "return", f"{leave.person.name} 销假（撤销 {changed} 个会议的请假标记）",
                 meeting_id=leave.meeting_id,
                 changes=audit.diff(before, {"state": leave.state, "returned_at": at}))
    uow.commit()
    return get_leave(uow, leave_id)


def change_approver(uow: UnitOfWork, leave_id: int, approver_id: int | None, version: int | None = None) -> LeaveRow:
    leave = _get(uow, leave_id, version)
    if approver_id is not None and uow.session.get(Person, approver_id) is None:
        raise NotFoundError("审批人不存在或已被删除。")
    before = {"approver_id": leave.approver_id}
    leave.approver_id = approver_id
    audit.record(uow, "leave_request", leave.id, "update", f"{leave.person.name} 的请假更换审批人",
                 meeting_id=leave.meeting_id, changes=audit.diff(before, {"approver_id": approver_id}))
    uow.commit()
    return get_leave(uow, leave_id)


def apply_approved_leave(uow: UnitOfWork, meeting_id: int) -> int:
    """Make the 请假/代会 marks of one meeting's participants agree with the requests (no commit).

    For the meetings service, after invitees were added or the meeting moved: newly covered people get
    their mark, people whose request no longer covers the meeting lose it. Returns how many rows changed.
    """
    s = uow.session
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        return 0
    s.flush()
    person_ids = {p.person_id for p in meeting.participants}
    marked = {p.leave_request_id for p in meeting.participants if p.leave_request_id is not None}
    candidates: list[LeaveRequest] = list(s.scalars(
        select(LeaveRequest).where(
            LeaveRequest.person_id.in_(person_ids), LeaveRequest.state.in_(list(MARKING_STATES)),
            or_(LeaveRequest.meeting_id == meeting.id,
                and_(LeaveRequest.meeting_id.is_(None), LeaveRequest.starts_at < meeting.ends_at,
                     LeaveRequest.ends_at > meeting.starts_at)),
        )
    )) if person_ids else []
    covering = sorted((lv for lv in candidates
                       if rules.covers(leave_fact(lv), meeting.id, meeting.starts_at, meeting.ends_at)),
                      key=lambda lv: (lv.meeting_id is None, lv.id))  # a request for the meeting itself first
    order = [i for i in sorted(marked) if i not in {lv.id for lv in covering}] + [lv.id for lv in covering]
    changed = 0
    for leave_id in order:
        leave = s.get(LeaveRequest, leave_id)
        if leave is not None:
            changed += _sync_marks(uow, leave)
    return changed


# ---------------------------------------------------------------- internals


def _label(leave: LeaveRequest) -> str:
    return LEAVE_STATE_LABELS[LeaveState(leave.state)]


def _get(uow: UnitOfWork, leave_id: int, version: int | None = None) -> LeaveRequest:
    leave = uow.session.get(LeaveRequest, leave_id)
    if leave is None:
        raise NotFoundError("请假记录不存在或已被删除。")
    if version is not None and leave.version != version:
        from huiwu.errors import ConflictError

        raise ConflictError("该请假记录", version, leave.version)
    return leave


def _decide(uow: UnitOfWork, leave: LeaveRequest, state: LeaveState, note: str, decided: bool = True) -> None:
    before = {"state": leave.state, "decision_note": leave.decision_note}
    leave.state = state
    if decided:
        leave.decided_at = uow.now()
        leave.decision_note = note.strip()
    changed = _sync_marks(uow, leave)
    verb = {LeaveState.APPROVED: "批准", LeaveState.REJECTED: "不批准", LeaveState.WITHDRAWN: "撤回"}[state]
    audit.record(
        uow, "leave_request", leave.id, state.value,
        f"{verb} {leave.person.name} 的请假（{changed} 个会议的标记随之更新）",
        meeting_id=leave.meeting_id,
        changes=audit.diff(before, {"state": leave.state, "decision_note": leave.decision_note}),
    )


def _covered_participants(uow: UnitOfWork, leave: LeaveRequest) -> list[Participant]:
    """Participants of the person in (live) meetings the request excuses them from (rules.leave.covers)."""
    fact = leave_fact(leave)
    if fact.state not in rules.COVERING_STATES:
        return []
    query = (
        select(Participant, Meeting)
        .join(Meeting, Participant.meeting_id == Meeting.id)
        .where(
            Participant.person_id == leave.person_id,
            Meeting.deleted_at.is_(None),
            Meeting.status != MeetingStatus.CANCELLED,
        )
    )
    if leave.meeting_id is not None:
        query = query.where(Meeting.id == leave.meeting_id)
    elif leave.starts_at is not None and leave.ends_at is not None:
        query = query.where(and_(Meeting.starts_at < leave.ends_at, Meeting.ends_at > leave.starts_at))
    else:
        return []
    return [p for p, m in uow.session.execute(query) if rules.covers(fact, m.id, m.starts_at, m.ends_at)]


def _sync_marks(uow: UnitOfWork, leave: LeaveRequest) -> int:
    """Make the participants' marks agree with the request; returns how many rows changed."""
    s = uow.session
    s.flush()
    covered = {p.id: p for p in _covered_participants(uow, leave)}
    owned = {
        p.id: p for p in s.scalars(select(Participant).where(Participant.leave_request_id == leave.id))
    }
    changed = 0
    for pid, p in owned.items():
        if pid not in covered:
            _revert(p)
            changed += 1
    for p in covered.values():
        if p.leave_request_id not in (None, leave.id):
            continue  # another approved request already marks this meeting
        if p.attendance == Attendance.PRESENT and p.signed_in_at is not None:
            continue  # came in person: leave the sign-in alone
        if p.signed_in_at is not None and p.leave_request_id == leave.id:
            continue  # the substitute has signed in already
        if _mark(p, leave):
            changed += 1
    return changed


def _mark(p: Participant, leave: LeaveRequest) -> bool:
    has_sub = leave.substitute_person_id is not None or bool(leave.substitute_name)
    target = Attendance.SUBSTITUTE if has_sub else Attendance.LEAVE
    state = (p.attendance, p.leave_request_id, p.substitute_person_id, p.substitute_name, p.substitute_title)
    p.attendance = target
    p.leave_request_id = leave.id
    if has_sub:
        sub = leave.substitute
        p.substitute_person_id = leave.substitute_person_id
        p.substitute_name = sub.name if sub is not None else leave.substitute_name
        p.substitute_title = sub.title if sub is not None else leave.substitute_title
    else:
        p.substitute_person_id, p.substitute_name, p.substitute_title = None, "", ""
    return state != (p.attendance, p.leave_request_id, p.substitute_person_id, p.substitute_name, p.substitute_title)


def _revert(p: Participant) -> None:
    """Back to 未签到 (or 缺席 on a finished meeting) — unless someone has signed in already."""
    p.leave_request_id = None
    if p.signed_in_at is not None:
        return  # the sign-in stands (the invitee or the substitute was there)
    p.substitute_person_id, p.substitute_name, p.substitute_title = None, "", ""
    finished = p.meeting.status == MeetingStatus.FINISHED
    p.attendance = Attendance.ABSENT if finished else Attendance.PENDING
