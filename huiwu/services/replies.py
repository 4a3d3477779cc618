"""回执: who will come to a meeting, as the invitees (or the invited units) answer the notice — 参会, 不参会 (with
a reason), 代会 (who), or nothing yet (未回复, 逾期 once the deadline has passed). The first use of the returns
ledger (huiwu.services.returns).

A 不参会 reply becomes a leave request to the approver the office's rule names (huiwu.services.leave
default_approver), a 代会 reply a leave request naming the substitute; approving it marks the sign-in sheet as
any approved leave does. A unit asked to name its attendee ("请各单位确定一名负责同志参加") answers with a
name, and that person joins the participants. Reading the ledger never writes: an invitee who has not replied
has no row in return_item until a reply is recorded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    LEAVE_STATE_LABELS,
    REPLY_ANSWER_LABELS,
    LeaveRequest,
    LeaveState,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    ReplyAnswer,
    ReturnItem,
    ReturnKind,
    ReturnRequest,
    ReturnState,
    Unit,
)
from huiwu.rules import returns as rules
from huiwu.rules.order import seat_order, unit_order
from huiwu.services import audit, leave, meetings, returns
from huiwu.services.holidays import work_calendar
from huiwu.text import WEEKDAYS

__all__ = [
    "RepliesView",
    "ReplyInput",
    "ReplyRow",
    "SheetPreview",
    "Unapproved",
    "add_unit_placeholders",
    "export_reply_sheet",
    "import_reply_sheet",
    "missing_replies",
    "read_reply_sheet",
    "record_reply",
    "reply_deadline",
    "reply_ledger",
]



@dataclass(frozen=True)
class ReplyInput:
    answer: str  # ReplyAnswer: attend / absent / substitute
    reason: str = ""  # 不参会 / 代会: why
    substitute_person_id: int | None = None  # 代会: a directory person …
    substitute_name: str = ""  # … or a name
    named_person_id: int | None = None  # a unit's reply: who comes
    channel: str = "电话"  # 电话 / 书面 / 短信 (the leave request's 请假方式 too)
    note: str = ""


@dataclass(frozen=True)
class ReplyRow:
    key: str  # "person:12" / "unit:5"
    item_id: int | None  # None: nothing recorded yet
    item_version: int
    person_id: int | None
    unit_id: int | None
    name: str  # the invitee, or the unit for a unit's reply
    unit_name: str
    title: str
    phone: str
    state: str  # pending / returned
    state_text: str  # 未回复 / 已回复 / 逾期
    overdue: bool
    answer: str
    answer_label: str
    reason: str
    substitute_text: str
    named_person: str
    returned_at: dt.datetime | None  # office zone
    channel: str
    leave_request_id: int | None
    leave_state: str
    leave_state_label: str

    @property
    def text(self) -> str:
        """The reply as the ledger says it: "不参会（出差）", "代会（王五）", "参会：张三"."""
        if self.state != ReturnState.RETURNED:
            return self.state_text
        if self.answer == ReplyAnswer.ABSENT:
            return f"不参会（{self.reason}）" if self.reason else "不参会"
        if self.answer == ReplyAnswer.SUBSTITUTE:
            return f"代会（{self.substitute_text}）"
        return f"参会：{self.named_person}" if self.named_person else "参会"


@dataclass(frozen=True)
class RepliesView:
    meeting_id: int
    title: str
    starts_at: dt.datetime  # office zone
    deadline: dt.datetime  # office zone; the default (the working day before, 17:00) until the clerk sets one
    deadline_text: str  # "请于11月24日（周二）17:00前报送"
    request_id: int | None
    request_version: int
    rows: tuple[ReplyRow, ...]
    counts: returns.ReturnCounts
    answers: dict[str, int] = field(default_factory=dict)  # attend / absent / substitute → how many

    @property
    def summary(self) -> str:
        a = self.answers
        return (f"回执{self.counts.text}；参会 {a.get(ReplyAnswer.ATTEND, 0)}，不参会 {a.get(ReplyAnswer.ABSENT, 0)}，"
                f"代会 {a.get(ReplyAnswer.SUBSTITUTE, 0)}")


# ---------------------------------------------------------------- reading


def _meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    """The meeting with its invitees, their people and units joined in: a constant number of statements
    however many were invited (chained selectin loads would go 500 ids at a time)."""
    from huiwu.services.aggregate import PEOPLE, load_meeting

    return load_meeting(uow, meeting_id, options=PEOPLE)


def reply_request(uow: UnitOfWork, meeting_id: int) -> ReturnRequest | None:
    """The meeting's 回执 request, if a reply (or a unit to name its attendee) has been recorded."""
    return _request(uow, meeting_id)


def _request(uow: UnitOfWork, meeting_id: int) -> ReturnRequest | None:
    return uow.session.scalar(
        select(ReturnRequest).where(ReturnRequest.meeting_id == meeting_id, ReturnRequest.kind == ReturnKind.REPLY)
        .options(selectinload(ReturnRequest.items).selectinload(ReturnItem.unit),
                 selectinload(ReturnRequest.items).selectinload(ReturnItem.substitute),
                 selectinload(ReturnRequest.items).selectinload(ReturnItem.named_person))
        .order_by(ReturnRequest.id).limit(1)
    )


def reply_deadline(uow: UnitOfWork, m: Meeting, request: ReturnRequest | None) -> dt.datetime:
    """The 回执's deadline: the one set, else the working day before the meeting at 17:00 (huiwu.rules.returns)."""
    tz = uow.settings.tz()
    if request is not None and request.deadline is not None:
        return request.deadline.astimezone(tz)
    return rules.default_reply_deadline(m.starts_at, work_calendar(uow).is_workday, tz)


def meeting_reply_deadline(uow: UnitOfWork, m: Meeting) -> dt.datetime:
    """:func:`reply_deadline` reading only the stored deadline, not the ledger's items (the printed notice)."""
    stored = uow.session.scalar(
        select(ReturnRequest.deadline).where(ReturnRequest.meeting_id == m.id, ReturnRequest.kind == ReturnKind.REPLY)
        .order_by(ReturnRequest.id).limit(1))
    if stored is not None:
        return stored.astimezone(uow.settings.tz())
    return reply_deadline(uow, m, None)


def deadline_text(deadline: dt.datetime) -> str:
    return f"请于{deadline.month}月{deadline.day}日（周{WEEKDAYS[deadline.weekday()]}）{deadline:%H:%M}前报送"


def _invitees(m: Meeting) -> list[Participant]:
    """Who is asked for a 回执: every invitee but the 工作人员, in the one seat order (排序号)."""
    return sorted((p for p in m.participants if p.role != ParticipantRole.STAFF), key=lambda p: seat_order(
        p.role, p.person.unit.sort_order, p.person.unit.name, p.person.unit_id, p.person.sort_order, p.person.name,
        p.person_id))


def reply_ledger(uow: UnitOfWork, meeting_id: int, now: dt.datetime | None = None) -> RepliesView:
    """Every invitee (工作人员 aside) and every unit asked to name its attendee, in 排序号 order, with the reply."""
    now = now or uow.now()
    tz = uow.settings.tz()
    m = _meeting(uow, meeting_id)
    request = _request(uow, meeting_id)
    deadline = reply_deadline(uow, m, request)
    items = {(i.person_id, i.unit_id): i for i in request.items} if request is not None else {}
    leaves = _leaves(uow, [i.leave_request_id for i in items.values() if i.leave_request_id is not None])
    invited = _invitees(m)
    rows = [_row(f"person:{p.person_id}", items.get((p.person_id, None)), p.person, p.person.unit, deadline, now, tz,
                 leaves) for p in invited]
    units = sorted((i for i in items.values() if i.unit is not None),
                   key=lambda i: unit_order(i.unit.sort_order, i.unit.name, i.unit.id) if i.unit else (0, "", 0))
    rows += [_row(f"unit:{i.unit_id}", i, None, i.unit, deadline, now, tz, leaves) for i in units]
    counts = returns.counts_of([r.state for r in rows], deadline, now)
    answers: dict[str, int] = {}
    for r in rows:
        if r.state == ReturnState.RETURNED:
            answers[r.answer] = answers.get(r.answer, 0) + 1
    return RepliesView(m.id, m.title, m.starts_at.astimezone(tz), deadline, deadline_text(deadline),
                       request.id if request else None, request.version if request else 0, tuple(rows), counts,
                       answers)


def _leaves(uow: UnitOfWork, ids: Sequence[int]) -> dict[int, LeaveRequest]:
    if not ids:
        return {}
    return {lr.id: lr for lr in uow.session.scalars(select(LeaveRequest).where(LeaveRequest.id.in_(ids)))}


def _row(key: str, item: ReturnItem | None, person: Person | None, unit: Unit | None, deadline: dt.datetime,
         now: dt.datetime, tz: dt.tzinfo, leaves: dict[int, LeaveRequest]) -> ReplyRow:
    state = item.state if item is not None else ReturnState.PENDING
    lr = leaves.get(item.leave_request_id) if item is not None and item.leave_request_id is not None else None
    substitute = ""
    if item is not None:
        substitute = item.substitute.name if item.substitute is not None else item.substitute_name
    return ReplyRow(
        key=key, item_id=item.id if item else None, item_version=item.version if item else 0,
        person_id=person.id if person else None, unit_id=unit.id if unit and person is None else None,
        name=person.name if person else (unit.name if unit else ""), unit_name=unit.name if unit else "",
        title=person.title if person else "", phone=person.phone if person else "",
        state=state, state_text=rules.state_text(state, deadline, now), overdue=rules.is_overdue(state, deadline, now),
        answer=item.answer if item else "",
        answer_label=REPLY_ANSWER_LABELS.get(ReplyAnswer(item.answer), "") if item and item.answer else "",
        reason=item.reason if item else "", substitute_text=substitute,
        named_person=item.named_person.name if item and item.named_person else "",
        returned_at=item.returned_at.astimezone(tz) if item and item.returned_at else None,
        channel=item.channel if item else "", leave_request_id=lr.id if lr else None,
        leave_state=lr.state if lr else "",
        leave_state_label=LEAVE_STATE_LABELS.get(LeaveState(lr.state), lr.state) if lr else "",
    )


# ---------------------------------------------------------------- writing


def _open_meeting(uow: UnitOfWork, meeting_id: int) -> Meeting:
    m = _meeting(uow, meeting_id)
    if m.status in (MeetingStatus.CANCELLED, MeetingStatus.FINISHED):
        state = "已取消" if m.status == MeetingStatus.CANCELLED else "已结束"
        raise RuleError(f"会议“{m.title}”{state}，不再登记回执。")
    return m


def _ensure_request(uow: UnitOfWork, m: Meeting) -> ReturnRequest:
    request = _request(uow, m.id)
    if request is None:
        request = returns.open_request(uow, ReturnKind.REPLY, m.title, reply_deadline(uow, m, None),
                                       meeting_id=m.id)
    return request


def add_unit_placeholders(uow: UnitOfWork, meeting_id: int, unit_ids: Sequence[int]) -> int:
    """"请各单位确定一名负责同志参加": each unit gets a 回执 line of its own, answered with the attendee's name.
    Units already asked are skipped. Returns how many were added; one commit."""
    m = _open_meeting(uow, meeting_id)
    request = _ensure_request(uow, m)
    have = {i.unit_id for i in request.items if i.unit_id is not None}
    added = []
    for unit_id in dict.fromkeys(unit_ids):
        if unit_id in have:
            continue
        unit = uow.session.get(Unit, unit_id)
        if unit is None:
            raise NotFoundError(f"单位（编号 {unit_id}）不存在，可能已被删除。")
        request.items.append(ReturnItem(unit_id=unit_id))
        added.append(unit.name)
    if added:
        audit.record(uow, "return_request", request.id, "add_units",
                     f"请以下单位确定参会人员并报回执：{'、'.join(added)}", meeting_id=m.id)
    uow.commit()
    return len(added)


def record_reply(uow: UnitOfWork, meeting_id: int, key: str, data: ReplyInput,
                 item_version: int | None = None) -> ReplyRow:
    """Records one reply (by phone, on paper) and what it brings along, in one commit:
    不参会 → a leave request to the approver the office's rule names; 代会 → a leave request naming the
    substitute; a unit's 参会 → its named attendee joins the participants. A changed reply withdraws the leave
    request the earlier one filed, if it is still open."""
    _record(uow, meeting_id, key, data, item_version)
    uow.commit()
    view = reply_ledger(uow, meeting_id)
    return next(r for r in view.rows if r.key == key)


def _record(uow: UnitOfWork, meeting_id: int, key: str, data: ReplyInput, item_version: int | None = None) -> None:
    m = _open_meeting(uow, meeting_id)
    kind, _, raw = key.partition(":")
    if kind not in ("person", "unit") or not raw.isdigit():
        raise ValidationError(f"回执对象“{key}”不对。")
    ident = int(raw)
    if data.answer not in {a.value for a in ReplyAnswer}:
        raise ValidationError(f"回执“{data.answer}”不对，应为参会、不参会或代会。")
    if data.channel not in leave.CHANNELS:
        raise ValidationError(f"回执方式“{data.channel}”不对，应为书面、电话或短信。")
    if kind == "person" and not any(p.person_id == ident and p.role != ParticipantRole.STAFF for p in m.participants):
        raise RuleError("此人不在本次会议的参会人员中。")
    request = _ensure_request(uow, m)
    item = next((i for i in request.items if (i.person_id if kind == "person" else i.unit_id) == ident
                 and (i.unit_id is None if kind == "person" else i.person_id is None)), None)
    if kind == "unit" and item is None:
        raise RuleError("该单位没有被要求报送参会人员。")
    if item is None:
        item = ReturnItem(person_id=ident)
        request.items.append(item)
        uow.flush()
    elif item_version is not None and item.version != item_version:
        raise ConflictError("这条回执", item_version, item.version)
    who = uow.session.get(Person, ident).name if kind == "person" else (item.unit.name if item.unit else "")  # type: ignore[union-attr]
    _check(uow, m, kind, ident, data)
    _withdraw_earlier(uow, item, data)
    item.state, item.answer, item.reason = ReturnState.RETURNED, data.answer, data.reason.strip()
    substitute_id = data.substitute_person_id if data.answer == ReplyAnswer.SUBSTITUTE else None
    item.substitute = uow.session.get(Person, substitute_id) if substitute_id is not None else None
    item.substitute_name = data.substitute_name.strip() if data.answer == ReplyAnswer.SUBSTITUTE else ""
    named_id = data.named_person_id if kind == "unit" else None
    item.named_person = uow.session.get(Person, named_id) if named_id is not None else None
    item.returned_at, item.channel = uow.now(), data.channel
    item.entered_by, item.note = uow.settings.operator_name(), data.note.strip()
    if kind == "person" and data.answer in (ReplyAnswer.ABSENT, ReplyAnswer.SUBSTITUTE) and item.leave_request_id is None:
        substitute = (leave.Substitute(data.substitute_person_id, data.substitute_name.strip())
                      if data.answer == ReplyAnswer.SUBSTITUTE else None)
        lr = leave.build_leave(uow, leave.LeaveInput(ident, data.reason.strip() or "回执：代会", meeting_id=m.id,
                                                     substitute=substitute, channel=data.channel))
        item.leave_request_id = lr.id
    if kind == "unit" and data.named_person_id is not None and data.answer == ReplyAnswer.ATTEND:
        meetings.add_participants(uow, m.id, m.version, [data.named_person_id], ParticipantRole.ATTEND,
                                  commit=False)
    what = _reply_words(data, uow)
    audit.record(uow, "return_item", item.id, "reply", f"{who} 回执：{what}", meeting_id=m.id)
    uow.flush()


def _check(uow: UnitOfWork, m: Meeting, kind: str, ident: int, data: ReplyInput) -> None:
    if data.answer == ReplyAnswer.ABSENT and not data.reason.strip():
        raise ValidationError("不参会的，请写明原因（会作为请假事由送审批）。")
    if data.answer == ReplyAnswer.SUBSTITUTE:
        if kind == "unit":
            raise ValidationError("单位的回执请直接填写参会人员。")
        if data.substitute_person_id is None and not data.substitute_name.strip():
            raise ValidationError("代会的，请写明代会人员。")
        if data.substitute_person_id == ident:
            raise ValidationError("代会人员不能是本人。")
    if kind == "unit" and data.answer == ReplyAnswer.ATTEND:
        if data.named_person_id is None:
            raise ValidationError("请选择该单位的参会人员。")
        if uow.session.get(Person, data.named_person_id) is None:
            raise NotFoundError("所填参会人员不存在，可能已被删除。")
    for pid in (data.substitute_person_id,):
        if pid is not None and uow.session.get(Person, pid) is None:
            raise NotFoundError("代会人员不存在，可能已被删除。")


def _withdraw_earlier(uow: UnitOfWork, item: ReturnItem, data: ReplyInput) -> None:
    """A new answer replaces the leave request the earlier one filed, if that is still open."""
    if item.leave_request_id is None:
        return
    lr = uow.session.get(LeaveRequest, item.leave_request_id)
    same = (lr is not None and item.answer == data.answer and item.reason == data.reason.strip()
            and item.substitute_person_id == data.substitute_person_id
            and item.substitute_name == data.substitute_name.strip())
    if same:
        return
    if lr is not None and lr.state in (LeaveState.PENDING, LeaveState.APPROVED):
        leave.withdraw_in(uow, lr.id)
    item.leave_request_id = None


def _reply_words(data: ReplyInput, uow: UnitOfWork) -> str:
    label = REPLY_ANSWER_LABELS[ReplyAnswer(data.answer)]
    if data.answer == ReplyAnswer.ABSENT:
        return f"{label}（{data.reason.strip()}），已转请假审批"
    if data.answer == ReplyAnswer.SUBSTITUTE:
        sub = uow.session.get(Person, data.substitute_person_id) if data.substitute_person_id else None
        return f"{label}（{sub.name if sub else data.substitute_name.strip()}），已转请假审批"
    named = uow.session.get(Person, data.named_person_id) if data.named_person_id else None
    return f"{label}：{named.name}" if named else label


# ---------------------------------------------------------------- the evening before (the 工作台)

LOOKAHEAD = dt.timedelta(days=4)  # a meeting after a long weekend still has its 回执 due the working day before


def missing_replies(uow: UnitOfWork, now: dt.datetime | None = None) -> list[returns.Missing]:
    """Each 已通知 meeting whose 回执 is due within a day (the evening before) or overdue, with the invitees and
    units who have not answered, in 排序号 order. A constant number of statements."""
    now = now or uow.now()
    tz = uow.settings.tz()
    found = list(uow.session.scalars(
        select(Meeting)
        .where(Meeting.deleted_at.is_(None), Meeting.status == MeetingStatus.NOTIFIED, Meeting.starts_at > now,
               Meeting.starts_at <= now + LOOKAHEAD)
        .options(selectinload(Meeting.participants).selectinload(Participant.person).selectinload(Person.unit))
        .order_by(Meeting.starts_at, Meeting.id)
    ))
    if not found:
        return []
    requests = {r.meeting_id: r for r in uow.session.scalars(
        select(ReturnRequest).where(ReturnRequest.kind == ReturnKind.REPLY,
                                    ReturnRequest.meeting_id.in_([m.id for m in found]))
        .options(selectinload(ReturnRequest.items).selectinload(ReturnItem.unit)))}
    missing = []
    for m in found:
        request = requests.get(m.id)
        deadline = reply_deadline(uow, m, request)
        if not rules.due_soon(deadline, now):
            continue
        answered = {i.person_id for i in (request.items if request else ()) if i.state == ReturnState.RETURNED}
        invited = _invitees(m)
        names = [p.person.name for p in invited if p.person_id not in answered]
        names += [i.unit.name for i in (request.items if request else ())
                  if i.unit is not None and i.person_id is None and i.state != ReturnState.RETURNED]
        if names:
            missing.append(returns.Missing(request.id if request else 0, ReturnKind.REPLY, "回执", m.title,
                                           deadline.astimezone(tz), rules.is_overdue(ReturnState.PENDING, deadline, now),
                                           tuple(names), m.id, None))
    return missing


@dataclass(frozen=True)
class Unapproved:
    """Leave asked for a meeting that starts within a day and is not approved yet: "未批准不得缺席"."""

    leave_request_id: int
    meeting_id: int
    meeting_title: str
    starts_at: dt.datetime  # office zone
    person_name: str
    reason: str
    approver_name: str

    @property
    def text(self) -> str:
        approver = f"，待{self.approver_name}审批" if self.approver_name else ""
        return f"{self.person_name}（《{self.meeting_title}》{self.starts_at:%m-%d %H:%M}）请假未批准：{self.reason}{approver}"


def unapproved_leave(uow: UnitOfWork, now: dt.datetime | None = None) -> list[Unapproved]:
    """The leave still 待审批 for meetings starting within a day: 未批准不得缺席, so the clerk chases the approver."""
    now = now or uow.now()
    tz = uow.settings.tz()
    rows = uow.session.scalars(
        select(LeaveRequest).join(Meeting, LeaveRequest.meeting_id == Meeting.id)
        .where(LeaveRequest.state == LeaveState.PENDING, Meeting.deleted_at.is_(None),
               Meeting.status != MeetingStatus.CANCELLED, Meeting.starts_at > now,
               Meeting.starts_at <= now + dt.timedelta(days=1))
        .options(selectinload(LeaveRequest.person), selectinload(LeaveRequest.meeting),
                 selectinload(LeaveRequest.approver))
        .order_by(Meeting.starts_at, LeaveRequest.id)
    )
    return [Unapproved(lr.id, lr.meeting_id or 0, lr.meeting.title if lr.meeting else "",
                       lr.meeting.starts_at.astimezone(tz) if lr.meeting else now, lr.person.name, lr.reason,
                       lr.approver.name if lr.approver else "") for lr in rows]


# ---------------------------------------------------------------- the 回执 as a sheet, out and back

SHEET_COLUMNS = ("单位", "姓名", "职务", "联系电话", "是否参会", "不参会原因", "代会人员")
ANSWER_WORDS = {  # what offices write in 是否参会
    ReplyAnswer.ATTEND: ("参会", "参加", "是", "√", "✓", "出席", "列席"),
    ReplyAnswer.ABSENT: ("不参会", "不参加", "否", "×", "✗", "请假"),
    ReplyAnswer.SUBSTITUTE: ("代会", "委托", "代为参会"),
}


@dataclass(frozen=True)
class SheetReply:
    row: int
    key: str
    name: str
    data: ReplyInput


@dataclass(frozen=True)
class SheetPreview:
    path: str
    replies: tuple[SheetReply, ...]
    blank: int  # invitees on the sheet with 是否参会 left empty (still 未回复)
    errors: tuple[str, ...]  # "回执.xlsx “回执”表第 5 行“是否参会”列：…"

    @property
    def clean(self) -> bool:
        return not self.errors


def export_reply_sheet(uow: UnitOfWork, meeting_id: int, path: Path) -> Path:
    """The 回执 as a workbook to send out: every invitee (and every unit asked to name one) on its own row,
    单位、姓名、职务、联系电话 filled in, 是否参会 / 原因 / 代会人员 left to fill. A read: nothing is written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    from huiwu.files import save_workbook

    view = reply_ledger(uow, meeting_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "回执"
    sheet.append(list(SHEET_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    for r in view.rows:
        sheet.append([r.unit_name, r.name if r.person_id is not None else "", r.title, r.phone,
                      r.answer_label if r.state == ReturnState.RETURNED else "", r.reason, r.substitute_text])
    for column, width in zip("ABCDEFG", (24, 10, 18, 16, 10, 24, 12), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.append([])
    sheet.append([f"《{view.title}》回执：{view.deadline_text}。是否参会填写：参会 / 不参会 / 代会；"
                  "不参会的请填写原因，代会的请填写代会人员。"])
    return save_workbook(book, path)


def _answer_of(text: str) -> str | None:
    cleaned = text.strip()
    for answer, words in ANSWER_WORDS.items():
        if cleaned in words:
            return answer
    return None


def read_reply_sheet(uow: UnitOfWork, meeting_id: int, path: Path) -> SheetPreview:
    """Reads a returned 回执 sheet against the meeting's invitees; every problem names the file, sheet, row and
    column. Writes nothing."""
    from huiwu.services.roster import RosterError, _cell, _header, _open

    view = reply_ledger(uow, meeting_id)
    try:
        book = _open(path)
    except RosterError as exc:
        return SheetPreview(path.name, (), 0, (str(exc),))
    errors: list[str] = []
    found: list[SheetReply] = []
    blank = 0
    by_name: dict[str, list[ReplyRow]] = {}
    unit_rows: dict[str, ReplyRow] = {}
    for r in view.rows:
        if r.person_id is not None:
            by_name.setdefault(r.name, []).append(r)
        else:
            unit_rows[r.unit_name] = r
    named_once: dict[str, list[Person]] = {}
    for p in uow.session.scalars(select(Person).where(Person.active.is_(True))):
        named_once.setdefault(p.name, []).append(p)
    people = {name: found[0] for name, found in named_once.items() if len(found) == 1}  # a name, one person
    try:
        sheet = book.worksheets[0]
        index, rows = _header(sheet, sheet.title, SHEET_COLUMNS, ("姓名", "是否参会"))
        seen: set[str] = set()
        for number, values in enumerate(rows, start=2):
            cells = {c: _cell(values[i]) if i < len(values) else "" for c, i in index.items()}
            where = f"{path.name}“{sheet.title}”表第 {number} 行"
            name, unit, said = cells.get("姓名", ""), cells.get("单位", ""), cells.get("是否参会", "")
            if not name and not said:
                continue  # an empty row, a unit still to answer, or the note line under the table
            candidates = by_name.get(name, []) if name else []
            if len(candidates) > 1:
                candidates = [c for c in candidates if c.unit_name == unit] or candidates
                if len(candidates) > 1:
                    errors.append(f"{where}“单位”列：有 {len(candidates)} 位“{name}”，请填写其单位。")
                    continue
            if not candidates and unit in unit_rows:
                candidates = [unit_rows[unit]]  # a unit asked to name its attendee, who is in 姓名 (or 代会人员)
            if not candidates:
                who = name or unit
                errors.append(f"{where}“姓名”列：“{who}”不是本次会议的参会人员（或被要求报送的单位）。")
                continue
            row = candidates[0]
            if not said:
                blank += 1
                continue
            answer = _answer_of(said)
            if answer is None:
                errors.append(f"{where}“是否参会”列：“{said}”看不懂，请填写参会、不参会或代会。")
                continue
            if row.key in seen:
                errors.append(f"{where}“姓名”列：“{row.name}”在表中出现了两次。")
                continue
            seen.add(row.key)
            reason, substitute = cells.get("不参会原因", ""), cells.get("代会人员", "")
            if answer == ReplyAnswer.ABSENT and not reason:
                errors.append(f"{where}“不参会原因”列：不参会的请填写原因。")
                continue
            if answer == ReplyAnswer.SUBSTITUTE and not substitute:
                errors.append(f"{where}“代会人员”列：代会的请填写代会人员。")
                continue
            named = None
            if row.person_id is None:  # a unit's line: the name it sends is its attendee
                person = people.get(name or substitute)
                if person is None:
                    errors.append(f"{where}“姓名”列：单位报送的参会人员“{name or substitute or '（未填）'}”不在通讯录中，"
                                  "请先添加到通讯录。")
                    continue
                named, answer = person.id, ReplyAnswer.ATTEND
            sub = people.get(substitute) if answer == ReplyAnswer.SUBSTITUTE else None
            data = ReplyInput(answer=answer, reason=reason or ("代会" if answer == ReplyAnswer.SUBSTITUTE else ""),
                              substitute_person_id=sub.id if sub else None,
                              substitute_name="" if sub else (substitute if answer == ReplyAnswer.SUBSTITUTE else ""),
                              named_person_id=named, channel="书面", note=f"导入自 {path.name}")
            found.append(SheetReply(number, row.key, row.name, data))
    finally:
        book.close()
    return SheetPreview(path.name, tuple(found), blank, tuple(errors))


def import_reply_sheet(uow: UnitOfWork, meeting_id: int, path: Path) -> SheetPreview:
    """Records every reply of a clean sheet in one commit (each as :func:`record_reply` would); a sheet with
    any problem records nothing and its preview says why."""
    preview = read_reply_sheet(uow, meeting_id, path)
    if not preview.clean:
        return preview
    for r in preview.replies:
        _record(uow, meeting_id, r.key, r.data)
    uow.commit()
    return preview
