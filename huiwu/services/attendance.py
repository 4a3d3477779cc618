"""签到: one meeting's roster, sign-in, 代会, 早退, corrections, and closing the attendance.

One model (``Participant.attendance``) serves 签到, 请假, 代会 and 缺席. 迟到 is derived: signed in after the
start (exactly at the start is on time); 早到 is derived too: signed in at least ``settings.early_minutes``
before the start.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload
from sqlalchemy.orm.exc import StaleDataError

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    ATTENDANCE_LABELS,
    MEETING_STATUS_LABELS,
    PARTICIPANT_ROLE_LABELS,
    Attendance,
    LeaveRequest,
    Meeting,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Unit,
)
from huiwu.rules import attendance as rules
from huiwu.rules.leave import LeaveFact, covers, substitute_allowed
from huiwu.rules.order import seat_order
from huiwu.services import audit
from huiwu.services.aggregate import HEAD, load_meeting
from huiwu.services.leave import leave_facts
from huiwu.services.rows import plain_rows

F = TypeVar("F", bound=Callable[..., Any])
SIGNIN_OPENS = dt.timedelta(minutes=30)  # DOMAIN.md: 签到 opens T-30min
HEADCOUNT_AFTER = dt.timedelta(minutes=5)  # 出(列)席人数报主持人 within 5 minutes after the start


@dataclass(frozen=True)
class Substitute:
    """Who signs in for the invitee (代会): a directory person or a free name and title."""

    person_id: int | None = None
    name: str = ""
    title: str = ""


@dataclass(frozen=True)
class RosterRow:
    """One invitee on the sign-in page: the record, and what it means (``outcome``, by the office's rules).

    ``outcome`` is computed from the other fields, so a row changed with :func:`dataclasses.replace` (the
    GUI's optimistic sign-in) means exactly what the service's answer will.
    """

    participant_id: int
    seq: int  # 序号, in 排序号 order
    person_id: int
    name: str
    unit_id: int
    unit_name: str
    unit_sort: int
    title: str
    phone: str
    is_leader: bool
    role: str
    role_label: str
    pinyin_initials: str
    pinyin_full: str
    state: str
    signed_in_at: dt.datetime | None
    left_at: dt.datetime | None
    substitute_person_id: int | None
    substitute_name: str
    substitute_title: str
    substitute_approved: bool  # approved leave names this substitute (rules.leave.substitute_allowed)
    leave_request_id: int | None
    note: str
    version: int  # the record's version: a save from a second PC in between is refused, not overwritten
    meeting_start: dt.datetime
    meeting_end: dt.datetime
    early_minutes: int
    outcome: rules.Outcome = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        seat = rules.Seat(self.role, self.state, self.signed_in_at, self.left_at, self.substitute_name,
                          self.substitute_approved)
        object.__setattr__(self, "outcome", rules.outcome(seat, self.meeting_start, self.meeting_end,
                                                           self.early_minutes))

    @property
    def counted(self) -> bool:
        """工作人员 are not 应到."""
        return self.outcome.expected

    @property
    def signed(self) -> bool:
        return rules.has_signed(self.state, self.signed_in_at)

    @property
    def late(self) -> bool:
        return self.outcome.late

    @property
    def late_minutes(self) -> int | None:
        return self.outcome.late_minutes

    @property
    def early(self) -> bool:
        return self.outcome.early

    @property
    def missing(self) -> bool:
        """未到: nobody has signed in for this seat yet (and not excused)."""
        return self.outcome.missing

    @property
    def state_label(self) -> str:
        return rules.STATE_LABELS[Attendance(self.state)]

    @property
    def state_text(self) -> str:
        return self.outcome.label


@dataclass(frozen=True)
class MeetingHeader:
    id: int
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue: str
    status: str
    status_label: str
    chair_name: str
    version: int


@dataclass(frozen=True)
class Roster:
    meeting: MeetingHeader
    rows: tuple[RosterRow, ...]
    counters: rules.Tally
    early_minutes: int


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    title: str
    starts_at: dt.datetime
    status_label: str
    invitees: int


# ---------------------------------------------------------------- reading


def counters_of(rows: Iterable[RosterRow]) -> rules.Tally:
    return rules.tally(r.outcome for r in rows)


headcount_text = rules.headcount_text


def missing_by_unit(rows: Iterable[RosterRow]) -> list[tuple[str, list[RosterRow]]]:
    """Who is still missing, grouped by unit in 排序号 order."""
    groups: dict[str, list[RosterRow]] = {}
    for row in sorted((r for r in rows if r.counted and r.missing), key=lambda r: r.seq):
        groups.setdefault(row.unit_name, []).append(row)
    return list(groups.items())


def signin_meetings(uow: UnitOfWork, around: dt.datetime | None = None, days: int = 14) -> list[MeetingChoice]:
    """Recent and upcoming meetings that can hold a sign-in, by start time, with their 应到 (rules.is_expected)."""
    now = around or uow.now()
    chosen = select(Meeting.id).where(
        Meeting.deleted_at.is_(None),
        Meeting.status.not_in([MeetingStatus.CANCELLED, MeetingStatus.DRAFT]),
        Meeting.starts_at >= now - dt.timedelta(days=days),
        Meeting.starts_at <= now + dt.timedelta(days=days),
    )
    meetings = plain_rows(uow, chosen.add_columns(Meeting.title, Meeting.starts_at, Meeting.status)
                          .order_by(Meeting.starts_at, Meeting.id))
    counts: dict[int, int] = {}
    if meetings:  # the seats counted per role in SQL; which roles are 应到 is the rule's to say
        for mid, role, n in plain_rows(uow, select(Participant.meeting_id, Participant.role, func.count())
                                       .where(Participant.meeting_id.in_(chosen))
                                       .group_by(Participant.meeting_id, Participant.role)):
            if rules.is_expected(role):
                counts[mid] = counts.get(mid, 0) + n
    return [MeetingChoice(mid, title, start, MEETING_STATUS_LABELS[MeetingStatus(status)], counts.get(mid, 0))
            for mid, title, start, status in meetings]


def default_meeting(choices: list[MeetingChoice], now: dt.datetime, tz: dt.tzinfo) -> int | None:
    """Today's first meeting that has not ended long ago; else the next one; else the latest."""
    today = now.astimezone(tz).date()
    todays = [c for c in choices if c.starts_at.astimezone(tz).date() == today]
    if todays:
        return todays[0].id
    upcoming = [c for c in choices if c.starts_at >= now]
    if upcoming:
        return upcoming[0].id
    return choices[-1].id if choices else None


def load_roster(uow: UnitOfWork, meeting_id: int) -> Roster:
    """The sign-in page's list, in four statements whatever the size: the meeting with its room and chair,
    the participants with their person, unit and 代会 person, and their leave (with its 代会 person)."""
    meeting = load_meeting(uow, meeting_id, options=HEAD)
    s = uow.session
    result = list(s.execute(
        select(Participant, Person, Unit)
        .join(Person, Participant.person_id == Person.id)
        .join(Unit, Person.unit_id == Unit.id)
        .where(Participant.meeting_id == meeting_id)
        .options(joinedload(Participant.substitute))
    ).all())
    result.sort(key=lambda t: seat_order(t[0].role, t[2].sort_order, t[2].name, t[2].id, t[1].sort_order, t[1].name,
                                         t[1].id))
    leaves = leave_facts(uow, [p.leave_request_id for p, _, _ in result if p.leave_request_id is not None])
    early = uow.settings.early_minutes
    rows = tuple(_row(p, person, unit, i, meeting, early, leaves.get(p.leave_request_id or 0))
                 for i, (p, person, unit) in enumerate(result, 1))
    return Roster(_header(meeting), rows, counters_of(rows), early)


def _header(m: Meeting) -> MeetingHeader:
    return MeetingHeader(
        m.id, m.title, m.starts_at, m.ends_at, m.venue.name if m.venue else (m.video_link and "视频会议"),
        m.status, MEETING_STATUS_LABELS[MeetingStatus(m.status)], m.chair.name if m.chair else "", m.version,
    )


def _row(p: Participant, person: Person, unit: Unit, seq: int, meeting: Meeting, early_minutes: int,
         leave: LeaveFact | None) -> RosterRow:
    sub_name = p.substitute.name if p.substitute is not None else p.substitute_name
    sub_title = p.substitute.title if p.substitute is not None else p.substitute_title
    return RosterRow(
        participant_id=p.id,
        seq=seq,
        person_id=person.id,
        name=person.name,
        unit_id=unit.id,
        unit_name=unit.name,
        unit_sort=unit.sort_order,
        title=person.title,
        phone=person.phone,
        is_leader=person.is_leader,
        role=p.role,
        role_label=PARTICIPANT_ROLE_LABELS[ParticipantRole(p.role)],
        pinyin_initials=person.pinyin_initials,
        pinyin_full=person.pinyin_full,
        state=p.attendance,
        signed_in_at=p.signed_in_at,
        left_at=p.left_at,
        substitute_person_id=p.substitute_person_id,
        substitute_name=sub_name,
        substitute_title=sub_title,
        substitute_approved=substitute_allowed(leave, p.substitute_person_id, sub_name),
        leave_request_id=p.leave_request_id,
        note=p.note,
        version=p.version,
        meeting_start=meeting.starts_at,
        meeting_end=meeting.ends_at,
        early_minutes=early_minutes,
    )




def _participant(uow: UnitOfWork, participant_id: int) -> Participant:
    p = uow.session.get(Participant, participant_id)
    if p is None:
        raise NotFoundError("参会人员不存在，可能已从会议中移除；请刷新名单。")
    return p


def _fresh_row(uow: UnitOfWork, p: Participant, seq: int) -> RosterRow:
    leaves = leave_facts(uow, [p.leave_request_id] if p.leave_request_id is not None else [])
    return _row(p, p.person, p.person.unit, seq, p.meeting, uow.settings.early_minutes,
                leaves.get(p.leave_request_id or 0))


# ---------------------------------------------------------------- sign-in


def check_open(meeting: Meeting, at: dt.datetime, tz: dt.tzinfo) -> None:
    """Refuse a sign-in the office's rules do not allow (RuleError with the reason)."""
    if meeting.deleted_at is not None:
        raise RuleError(f"会议“{meeting.title}”已删除，不能签到。")
    if meeting.status == MeetingStatus.CANCELLED:
        raise RuleError(f"会议“{meeting.title}”已取消，不能签到。")
    if meeting.status == MeetingStatus.DRAFT:
        raise RuleError(f"会议“{meeting.title}”还是草稿，安排后才能签到。")
    if meeting.status == MeetingStatus.FINISHED:
        raise RuleError(f"会议“{meeting.title}”已结束，会后不能补签；如需更正请用“更正考勤”。")
    opens = meeting.starts_at - SIGNIN_OPENS
    if at < opens:
        local = opens.astimezone(tz)
        raise RuleError(f"签到尚未开始：会议 {meeting.starts_at.astimezone(tz):%m月%d日 %H:%M} 开始，"
                        f"{local:%H:%M} 起可以签到。")


def _commit(uow: UnitOfWork, participant_id: int, name: str, signing_in: bool = False) -> None:
    """Commit a change of one invitee's attendance (the race itself is handled by :func:`_one_writer`)."""
    uow.commit()


def _one_writer(signing_in: bool = False) -> Callable[[F], F]:
    """A change of one invitee's record saved meanwhile from another PC wins the race: this one is refused
    with a sentence, wherever the ORM notices (two sign-ins of one person are one sign-in)."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def run(uow: UnitOfWork, *args: Any, **kwargs: Any) -> Any:
            try:
                return fn(uow, *args, **kwargs)
            except StaleDataError:
                uow.session.rollback()
                participant_id = kwargs.get("participant_id", args[1] if signing_in else args[0])
                p = uow.session.get(Participant, participant_id)
                if p is not None:
                    uow.session.refresh(p)
                name = p.person.name if p is not None else "该人员"
                if signing_in and p is not None and rules.has_signed(p.attendance, p.signed_in_at):
                    raise _signed_elsewhere(uow, p) from None
                raise ConflictError(f"{name} 的考勤记录", 0, p.version if p is not None else 0) from None

        return run  # type: ignore[return-value]

    return wrap


def _signed_elsewhere(uow: UnitOfWork, p: Participant) -> RuleError:
    """Two sign-ins of one person are one sign-in: the second PC is told when the first one signed."""
    assert p.signed_in_at is not None
    return RuleError(f"{p.person.name} 已于 {p.signed_in_at.astimezone(uow.settings.tz()):%H:%M} 在另一台电脑上签到。")


def _check(p: Participant, version: int | None) -> None:
    if version is not None and p.version != version:
        raise ConflictError(f"{p.person.name} 的考勤记录", version, p.version)


@_one_writer(signing_in=True)
def sign_in(
    uow: UnitOfWork,
    meeting_id: int,
    participant_id: int,
    at: dt.datetime | None = None,
    substitute: Substitute | None = None,
    clear_leave: bool = False,
    seq: int = 0,
    unapproved_reason: str = "",
    version: int | None = None,
) -> RosterRow:
    """Sign one invitee in (or their 代会 substitute). Returns the updated row (``seq`` is kept as given).

    On approved leave without a substitute the caller must choose: pass a ``substitute`` (代会), or
    ``clear_leave=True`` when the invitee came after all (the leave mark is cleared with a note).
    A substitute that no approved leave names (rules.leave.substitute_allowed) is refused unless the clerk
    gives ``unapproved_reason``: it is then recorded as a 未经批准代会 (note, log and 通报).
    """
    at = at or uow.now()
    p = _participant(uow, participant_id)
    if p.meeting_id != meeting_id:
        raise ValidationError("该人员不在本次会议的名单中。")
    meeting = p.meeting
    if version is not None and p.version != version and rules.has_signed(p.attendance, p.signed_in_at):
        raise _signed_elsewhere(uow, p)
    _check(p, version)
    tz = uow.settings.tz()
    check_open(meeting, at, tz)
    name = p.person.name
    if p.signed_in_at is not None and p.attendance in (Attendance.PRESENT, Attendance.SUBSTITUTE):
        raise RuleError(f"{name} 已于 {p.signed_in_at.astimezone(tz):%H:%M} 签到。")
    before = _snapshot(p)
    if substitute is not None:
        _set_substitute(uow, p, substitute)
        if not substitute_allowed(_leave_of(uow, p), p.substitute_person_id, p.substitute_name):
            if not unapproved_reason.strip():
                raise RuleError(_unapproved_text(p))
            p.note = (p.note + "；" if p.note else "") + f"未经批准代会（{p.substitute_name}）：{unapproved_reason.strip()}"
        p.attendance = Attendance.SUBSTITUTE
    elif p.attendance == Attendance.SUBSTITUTE and not clear_leave:
        pass  # the substitute named in the approved leave has come
    elif p.attendance in (Attendance.LEAVE, Attendance.SUBSTITUTE):
        if not clear_leave:
            raise RuleError(f"{name} 已请假（已批准）。请选择代会人员签到，或确认本人到会后撤销请假标记。")
        p.note = (p.note + "；" if p.note else "") + f"本人到会，撤销请假标记（{at.astimezone(tz):%H:%M}）"
        p.attendance = Attendance.PRESENT
        p.substitute_person_id, p.substitute_name, p.substitute_title = None, "", ""
    else:
        p.attendance = Attendance.PRESENT
    p.signed_in_at = at
    p.left_at = None
    if meeting.status in (MeetingStatus.SCHEDULED, MeetingStatus.NOTIFIED):
        old = meeting.status
        meeting.status = MeetingStatus.IN_PROGRESS
        audit.record(uow, "meeting", meeting.id, "status", f"首人签到，会议“{meeting.title}”进入进行中",
                     meeting_id=meeting.id, changes=audit.diff({"status": old}, {"status": meeting.status}))
    who = f"{p.substitute_name or '代会人员'} 代 {name}" if p.attendance == Attendance.SUBSTITUTE else name
    audit.record(uow, "participant", p.id, "sign_in", f"{who} 签到", meeting_id=meeting.id,
                 changes=audit.diff(before, _snapshot(p)))
    _commit(uow, participant_id, name, signing_in=True)
    return _fresh_row(uow, p, seq)


def _set_substitute(uow: UnitOfWork, p: Participant, sub: Substitute) -> None:
    if sub.person_id is not None:
        person = uow.session.get(Person, sub.person_id)
        if person is None:
            raise NotFoundError("代会人员不存在或已被删除。")
        if person.id == p.person_id:
            raise ValidationError("代会人员不能是本人。")
        if any(other.person_id == person.id for other in p.meeting.participants):
            raise RuleError(f"{person.name} 本人也在本次会议的参会名单中，不能再为 {p.person.name} 代会。")
        p.substitute_person_id, p.substitute_name, p.substitute_title = person.id, person.name, person.title
    else:
        if not sub.name.strip():
            raise ValidationError("请填写代会人员姓名。")
        p.substitute_person_id, p.substitute_name, p.substitute_title = None, sub.name.strip(), sub.title.strip()


def _snapshot(p: Participant) -> dict[str, object]:
    return {
        "attendance": p.attendance,
        "signed_in_at": p.signed_in_at,
        "left_at": p.left_at,
        "substitute_name": p.substitute_name,
        "leave_request_id": p.leave_request_id,
    }


def _leave_of(uow: UnitOfWork, p: Participant) -> LeaveFact | None:
    """The approved leave that excuses this invitee from this meeting (the leave service's mark), if any."""
    if p.leave_request_id is None:
        return None
    fact = leave_facts(uow, [p.leave_request_id]).get(p.leave_request_id)
    m = p.meeting
    return fact if fact is not None and covers(fact, m.id, m.starts_at, m.ends_at) else None


def _unapproved_text(p: Participant) -> str:
    leave = "请假已批准，但未写明由其代会" if p.leave_request_id is not None else "没有经批准的请假"
    return (f"{p.person.name} {leave}。按规定，未经批准不得请人代会；如确需由 {p.substitute_name} 代会，"
            "请填写原因，将记为“未经批准代会”并列入通报。")


@_one_writer()
def undo_sign_in(uow: UnitOfWork, participant_id: int, seq: int = 0, version: int | None = None) -> RosterRow:
    """Take a sign-in back (a wrong match): back to 未签到, or to the approved leave's 请假/代会 mark."""
    p = _participant(uow, participant_id)
    _check(p, version)
    if p.signed_in_at is None:
        raise RuleError(f"{p.person.name} 尚未签到，无需撤销。")
    if p.meeting.status == MeetingStatus.FINISHED:
        raise RuleError("会议已结束，签到不能撤销；如需更正请用“更正考勤”。")
    before = _snapshot(p)
    p.signed_in_at = None
    p.left_at = None
    leave = uow.session.get(LeaveRequest, p.leave_request_id) if _leave_of(uow, p) is not None else None
    if leave is not None:
        from huiwu.services.leave import _mark

        _mark(p, leave)
    else:
        p.attendance = Attendance.PENDING
        p.substitute_person_id, p.substitute_name, p.substitute_title = None, "", ""
    audit.record(uow, "participant", p.id, "undo_sign_in", f"撤销 {p.person.name} 的签到", meeting_id=p.meeting_id,
                 changes=audit.diff(before, _snapshot(p)))
    _commit(uow, p.id, p.person.name)
    return _fresh_row(uow, p, seq)


@_one_writer()
def mark_left_early(uow: UnitOfWork, participant_id: int, at: dt.datetime | None = None, seq: int = 0,
                    version: int | None = None) -> RosterRow:
    """早退: record when a signed-in person left before the end."""
    at = at or uow.now()
    p = _participant(uow, participant_id)
    _check(p, version)
    if p.signed_in_at is None:
        raise RuleError(f"{p.person.name} 尚未签到，不能记为早退。")
    if at <= p.signed_in_at:
        raise ValidationError("早退时间必须晚于签到时间。")
    if at >= p.meeting.ends_at:
        raise ValidationError("离会时间不早于会议结束时间，不算早退。")
    before = _snapshot(p)
    p.left_at = at
    tz = uow.settings.tz()
    audit.record(uow, "participant", p.id, "left_early", f"{p.person.name} 早退（{at.astimezone(tz):%H:%M}）",
                 meeting_id=p.meeting_id, changes=audit.diff(before, _snapshot(p)))
    _commit(uow, p.id, p.person.name)
    return _fresh_row(uow, p, seq)


@_one_writer()
def correct_attendance(
    uow: UnitOfWork,
    participant_id: int,
    new_state: str,
    reason: str,
    signed_in_at: dt.datetime | None = None,
    seq: int = 0,
    version: int | None = None,
) -> RosterRow:
    """A manual correction by the clerk, recorded in the audit log with who (the operator) and why."""
    if not reason.strip():
        raise ValidationError("更正考勤必须填写原因。")
    try:
        state = Attendance(new_state)
    except ValueError as exc:
        raise ValidationError(f"考勤状态“{new_state}”无效。") from exc
    p = _participant(uow, participant_id)
    _check(p, version)
    before = _snapshot(p)
    p.attendance = state
    if state == Attendance.PRESENT:
        p.signed_in_at = signed_in_at or p.signed_in_at or p.meeting.starts_at
    elif state == Attendance.SUBSTITUTE:
        if not (p.substitute_name or p.substitute_person_id):
            raise ValidationError("改为代会前请先登记代会人员（在签到时选择代会）。")
        p.signed_in_at = signed_in_at or p.signed_in_at
    else:
        p.signed_in_at = None
        p.left_at = None
    p.note = (p.note + "；" if p.note else "") + f"更正为{ATTENDANCE_LABELS[state]}：{reason.strip()}"
    audit.record(
        uow, "participant", p.id, "correct",
        f"{uow.settings.operator_name()} 将 {p.person.name} 的考勤更正为{ATTENDANCE_LABELS[state]}，原因：{reason.strip()}",
        meeting_id=p.meeting_id, changes={**audit.diff(before, _snapshot(p)), "reason": reason.strip()},
    )
    _commit(uow, p.id, p.person.name)
    return _fresh_row(uow, p, seq)


# ---------------------------------------------------------------- closing


def finalize_attendance(uow: UnitOfWork, meeting_id: int) -> None:
    """At close: nobody signed in and not on approved leave becomes 缺席. Does NOT commit (the caller does).

    A 代会 substitute who never came leaves the invitee 请假 (the leave itself was approved).
    """
    meeting = load_meeting(uow, meeting_id)
    absent: list[str] = []
    for p in meeting.participants:
        if rules.has_signed(p.attendance, p.signed_in_at) or p.attendance in (Attendance.LEAVE, Attendance.ABSENT):
            continue  # came, or 请假 / 缺席 already (also a manual correction)
        on_leave = _leave_of(uow, p) is not None
        if on_leave:
            if p.attendance == Attendance.SUBSTITUTE:
                p.note = (p.note + "；" if p.note else "") + "代会人员未到"
            p.attendance = Attendance.LEAVE
        elif rules.absent_at_close(p.role, p.attendance, p.signed_in_at, on_leave):
            p.attendance = Attendance.ABSENT
            absent.append(p.person.name)
    audit.record(uow, "meeting", meeting.id, "finalize_attendance",
                 f"结束签到：缺席 {len(absent)} 人" + (f"（{'、'.join(absent[:20])}）" if absent else ""),
                 meeting_id=meeting.id)
    uow.flush()


def close_meeting_attendance(uow: UnitOfWork, meeting_id: int) -> Roster:
    """结束签到 from the sign-in page: compute 缺席, commit, and return the final roster."""
    meeting = load_meeting(uow, meeting_id)
    if meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.DRAFT):
        raise RuleError(f"会议“{meeting.title}”为{MEETING_STATUS_LABELS[MeetingStatus(meeting.status)]}，不能结束签到。")
    finalize_attendance(uow, meeting_id)
    uow.commit()
    return load_roster(uow, meeting_id)


def with_seq(row: RosterRow, seq: int) -> RosterRow:
    return replace(row, seq=seq)
