"""Meetings: create, edit, copy (再开一次), cancel, soft delete, status flow, agenda and participants.

One save is one use case: the editor sends the whole meeting (fields, 议题, participants) with the version it
opened, and gets back the new version plus warnings (Chinese sentences, never blocking). A stale version
is refused with :class:`ConflictError` before anything changes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlalchemy.orm.exc import StaleDataError

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    CONFIDENTIALITY_LABELS,
    MEETING_KIND_LABELS,
    MEETING_STATUS_LABELS,
    MERGE_KIND_LABELS,
    PARTICIPANT_ROLE_LABELS,
    AgendaAttendingUnit,
    AgendaItem,
    ChecklistItem,
    Confidentiality,
    GroupMember,
    Meeting,
    MeetingKind,
    MeetingMerge,
    MeetingStatus,
    MergeKind,
    Participant,
    ParticipantRole,
    Person,
    Unit,
    Venue,
)
from huiwu.rules.order import SeatKey, person_order_columns, seat_order
from huiwu.rules.secrecy import is_state_secret, secrecy_term_for
from huiwu.services import audit, checklists
from huiwu.services.aggregate import WHOLE, load_meeting
from huiwu.services.audit import AuditRow
from huiwu.services.rows import plain_rows

S = MeetingStatus
TRANSITIONS: dict[str, frozenset[str]] = {
    S.DRAFT: frozenset({S.SCHEDULED, S.NOTIFIED, S.CANCELLED}),
    S.SCHEDULED: frozenset({S.DRAFT, S.NOTIFIED, S.IN_PROGRESS, S.FINISHED, S.CANCELLED}),
    S.NOTIFIED: frozenset({S.SCHEDULED, S.IN_PROGRESS, S.FINISHED, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.FINISHED, S.NOTIFIED}),
    S.FINISHED: frozenset(),
    S.CANCELLED: frozenset({S.DRAFT}),
}
SIGNIN_OPENS = dt.timedelta(minutes=30)  # 签到 opens T-30min (DOMAIN.md)
SYNCED_FIELDS = ("title", "starts_at", "ends_at", "venue_id", "video_link", "status")


# ---------------------------------------------------------------- inputs


@dataclass(frozen=True)
class MeetingInput:
    title: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    venue_id: int | None = None
    video_link: str = ""
    host_unit_id: int | None = None
    undertaker_unit_id: int | None = None
    chair_id: int | None = None
    confidentiality: str = Confidentiality.PUBLIC
    notes: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    secrecy_term: str = ""  # 保密期限, only for 秘密/机密/绝密 (huiwu.rules.secrecy)


@dataclass(frozen=True)
class AgendaInput:
    title: str
    presenter_unit_id: int | None = None
    presenter_name: str = ""
    minutes: int = 0
    attending_unit_ids: tuple[int, ...] = ()
    confidential: bool = False  # 涉密 without saying the level: 秘密
    secrecy_level: str = ""  # secret_mimi / secret_jimi / secret_juemi, or ""
    secrecy_term: str = ""


@dataclass(frozen=True)
class ParticipantInput:
    person_id: int
    role: str = ParticipantRole.ATTEND


# ---------------------------------------------------------------- outputs


@dataclass(frozen=True)
class SaveResult:
    meeting_id: int
    version: int
    warnings: tuple[str, ...] = ()  # every warning, the clashes included (last)
    clashes: tuple[str, ...] = ()  # the clashes with the schedule, in 周安排's words


@dataclass(frozen=True)
class MeetingRow:
    id: int
    version: int
    title: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    starts_at: dt.datetime  # office zone
    ends_at: dt.datetime
    venue_name: str
    video_link: str
    chair_name: str
    participants: int
    checklist_done: int
    checklist_total: int
    deleted: bool
    iso_week: str  # "2026-W48"
    archived: bool = False  # 已归档 (filed and not reopened since: huiwu.services.archive)

    @property
    def place(self) -> str:
        return self.venue_name or self.video_link

    @property
    def status_text(self) -> str:
        """The status as the meetings list shows it: "已结束 · 已归档" once filed."""
        return f"{self.status_label} · 已归档" if self.archived else self.status_label


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    presenter_unit_id: int | None
    presenter_unit_name: str
    presenter_name: str
    minutes: int
    attending_unit_ids: tuple[int, ...]
    attending_unit_names: tuple[str, ...]
    confidential: bool
    secrecy_level: str = ""
    secrecy_term: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    name: str
    unit_id: int
    unit_name: str
    title: str
    phone: str
    role: str
    role_label: str
    attendance: str
    sort_key: SeatKey


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    version: int
    uid: str
    title: str
    kind: str
    status: str
    status_label: str
    starts_at: dt.datetime  # office zone
    ends_at: dt.datetime
    venue_id: int | None
    venue_name: str
    venue_capacity: int
    video_link: str
    host_unit_id: int | None
    undertaker_unit_id: int | None
    chair_id: int | None
    chair_name: str
    confidentiality: str
    notes: str
    contact_name: str
    contact_phone: str
    sequence: int
    cancel_reason: str
    notice_text: str
    deleted: bool
    agenda: tuple[AgendaRow, ...]
    participants: tuple[ParticipantRow, ...]
    warnings: tuple[str, ...] = field(default=())  # the clashes included (last)
    clashes: tuple[str, ...] = field(default=())
    secrecy_term: str = ""  # 保密期限

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def as_input(self) -> MeetingInput:
        return MeetingInput(self.title, self.kind, self.starts_at, self.ends_at, self.venue_id, self.video_link,
                            self.host_unit_id, self.undertaker_unit_id, self.chair_id, self.confidentiality,
                            self.notes, self.contact_name, self.contact_phone, self.secrecy_term)


@dataclass(frozen=True)
class NameMatch:
    """The result of pasting a list of names: who was found, and what was not (never silently dropped)."""

    person_ids: tuple[int, ...]
    unknown: tuple[str, ...]
    ambiguous: tuple[str, ...]  # a name shared by several people: "王伟（县教育局、县财政局）"

    def message(self) -> str:
        parts = []
        if self.unknown:
            parts.append(f"通讯录中没有：{'、'.join(self.unknown)}")
        if self.ambiguous:
            parts.append(f"重名未添加，请逐个选择：{'、'.join(self.ambiguous)}")
        return "；".join(parts)


# ---------------------------------------------------------------- queries


def iso_week_label(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def parse_iso_week(text: str) -> tuple[dt.datetime, dt.datetime]:
    """"2026-W48" → Monday 00:00 .. next Monday 00:00 (naive; the caller attaches the office zone)."""
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", text.strip(), re.IGNORECASE)
    if not match:
        raise ValidationError(f"周次“{text}”格式不对，应为 2026-W48。")
    try:
        monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError as exc:
        raise ValidationError(f"周次“{text}”不存在。") from exc
    start = dt.datetime.combine(monday, dt.time())
    return start, start + dt.timedelta(days=7)


def list_meetings(
    uow: UnitOfWork,
    week: str | None = None,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    status: str | None = None,
    kind: str | None = None,
    search: str = "",
    deleted: bool = False,
) -> list[MeetingRow]:
    """Meetings in start order. ``deleted=True`` lists only the soft-deleted ones (to restore)."""
    tz = uow.settings.tz()
    q = select(Meeting.id)
    if week:
        lo, hi = parse_iso_week(week)
        start, end = lo.replace(tzinfo=tz), hi.replace(tzinfo=tz)
    if start is not None:
        q = q.where(Meeting.starts_at >= start)
    if end is not None:
        q = q.where(Meeting.starts_at < end)
    if status:
        q = q.where(Meeting.status == status)
    if kind:
        q = q.where(Meeting.kind == kind)
    q = q.where(Meeting.deleted_at.is_not(None) if deleted else Meeting.deleted_at.is_(None))
    if search.strip():
        q = q.where(Meeting.title.contains(search.strip(), autoescape=True))  # "%" and "_" are letters here
    return _listed(uow, q)


def _listed(uow: UnitOfWork, q: Any) -> list[MeetingRow]:
    """The rows of the meetings ``q`` selects (a select of their ids, filtered): their columns with their room,
    chair and counts in one statement, and which are filed in one more when any could be."""
    tz = uow.settings.tz()
    chair = _CHAIR

    def counted(model: Any, *where: Any) -> Any:  # the list never loads the people or the steps, it counts them
        return select(func.count()).where(model.meeting_id == Meeting.id, *where).correlate(Meeting).scalar_subquery()

    meetings = plain_rows(uow, q.add_columns(
        Meeting.version, Meeting.title, Meeting.kind, Meeting.status, Meeting.starts_at, Meeting.ends_at, Venue.name,
        Meeting.video_link, chair.name, Meeting.deleted_at, counted(Participant),
        counted(ChecklistItem, ChecklistItem.done.is_(True)), counted(ChecklistItem),
    ).outerjoin(Venue, Meeting.venue_id == Venue.id).outerjoin(chair, Meeting.chair_id == chair.id)
        .order_by(Meeting.starts_at, Meeting.id))  # the list's columns only, not the meetings as entities
    from huiwu.services.archive import archived_meetings

    filed = archived_meetings(uow, select(q.subquery().c.id)) if any(m[4] in _HELD for m in meetings) else set()
    return [_plain_row(tz, mid, version, title, kind, status, start, end, venue, link, chair_name, deleted,
                       (people, done, total), status in _HELD and mid in filed)
            for mid, version, title, kind, status, start, end, venue, link, chair_name, deleted, people, done, total
            in meetings]


_CHAIR = aliased(Person)  # made once: an alias costs more to make than a week's list takes to read
_HELD = (MeetingStatus.FINISHED, MeetingStatus.CANCELLED)  # only a held (or cancelled) meeting can be filed


def _plain_row(tz: dt.tzinfo, meeting_id: int, version: int, title: str, kind: str, status: str,
               starts_at: dt.datetime, ends_at: dt.datetime, venue_name: str | None, video_link: str,
               chair_name: str | None, deleted_at: dt.datetime | None, counts: tuple[int, int, int],
               archived: bool = False) -> MeetingRow:
    """A meeting's row from the list's plain values."""
    start = starts_at.astimezone(tz)
    people, done, total = counts
    return MeetingRow(
        meeting_id, version, title, kind, MEETING_KIND_LABELS.get(MeetingKind(kind), kind), status,
        MEETING_STATUS_LABELS.get(MeetingStatus(status), status), start, ends_at.astimezone(tz),
        venue_name or "", video_link, chair_name or "", people, done, total, deleted_at is not None,
        iso_week_label(start.date()), archived,
    )


def meeting_row(uow: UnitOfWork, meeting_id: int) -> MeetingRow:
    """One meeting as the list shows it (deleted or not), read by the list's own statement."""
    rows = _listed(uow, select(Meeting.id).where(Meeting.id == meeting_id))
    if not rows:
        raise NotFoundError(f"找不到编号为 {meeting_id} 的会议，可能已被删除。")
    return rows[0]


def get_meeting(uow: UnitOfWork, meeting_id: int) -> MeetingDetail:
    # the editor also opens a deleted one, to restore it
    m = load_meeting(uow, meeting_id, include_deleted=True, options=WHOLE)
    tz = uow.settings.tz()
    agenda = tuple(
        AgendaRow(a.id, a.position, a.title, a.presenter_unit_id, a.presenter_unit.name if a.presenter_unit else "",
                  a.presenter_name, a.minutes, tuple(u.unit_id for u in a.attending_units),
                  tuple(u.unit.name for u in a.attending_units), a.confidential, a.secrecy_level, a.secrecy_term)
        for a in m.agenda_items
    )
    return MeetingDetail(
        m.id, m.version, m.uid, m.title, m.kind, m.status, MEETING_STATUS_LABELS.get(MeetingStatus(m.status), ""),
        m.starts_at.astimezone(tz), m.ends_at.astimezone(tz), m.venue_id, m.venue.name if m.venue else "",
        m.venue.capacity if m.venue else 0, m.video_link, m.host_unit_id, m.undertaker_unit_id, m.chair_id,
        m.chair.name if m.chair else "", m.confidentiality, m.notes, m.contact_name, m.contact_phone, m.sequence,
        m.cancel_reason, m.notice_text, m.deleted_at is not None, agenda, participant_rows(m),
        *_warned(uow, m), secrecy_term=m.secrecy_term,
    )


def participant_rows(m: Meeting) -> tuple[ParticipantRow, ...]:
    """In 排序号 order (rules.order.seat_order: 工作人员 last)."""
    return tuple(
        ParticipantRow(p.id, p.person_id, p.person.name, p.person.unit_id, p.person.unit.name, p.person.title,
                       p.person.phone, p.role, PARTICIPANT_ROLE_LABELS.get(ParticipantRole(p.role), p.role),
                       p.attendance, _seat_key(p))
        for p in _in_order(m.participants)
    )


def _seat_key(p: Participant) -> SeatKey:
    person = p.person
    return seat_order(p.role, person.unit.sort_order, person.unit.name, person.unit_id, person.sort_order,
                      person.name, person.id)


def _in_order(participants: Sequence[Participant]) -> list[Participant]:
    return sorted(participants, key=_seat_key)


def history(uow: UnitOfWork, meeting_id: int) -> list[AuditRow]:
    return audit.meeting_history(uow, meeting_id)


# ---------------------------------------------------------------- people from units, groups, pasted names


def people_of_unit(uow: UnitOfWork, unit_id: int, leaders_only: bool = False) -> list[int]:
    q = select(Person.id).join(Unit, Person.unit_id == Unit.id).where(Person.unit_id == unit_id, Person.active.is_(True))
    if leaders_only:
        q = q.where(Person.is_leader.is_(True))
    return list(uow.session.scalars(q.order_by(*person_order_columns())))


def people_of_group(uow: UnitOfWork, group_id: int) -> list[int]:
    return list(uow.session.scalars(
        select(GroupMember.person_id).where(GroupMember.group_id == group_id).order_by(GroupMember.position)
    ))


def match_names(uow: UnitOfWork, text: str) -> NameMatch:
    """Names pasted from Word or Excel (separated by spaces, commas, 、 or new lines); "单位 姓名" also works."""
    tokens = [t for t in re.split(r"[\s,，、;；]+", text) if t]
    people = list(uow.session.scalars(select(Person).where(Person.active.is_(True))))
    by_name: dict[str, list[Person]] = {}
    for p in people:
        by_name.setdefault(p.name, []).append(p)
    unit_names = {u.name for u in uow.session.scalars(select(Unit))} | {
        u.short_name for u in uow.session.scalars(select(Unit)) if u.short_name}
    found: list[int] = []
    unknown: list[str] = []
    ambiguous: list[str] = []
    for token in tokens:
        if token in unit_names:
            continue
        matches = by_name.get(token, [])
        if len(matches) == 1:
            if matches[0].id not in found:
                found.append(matches[0].id)
        elif matches:
            ambiguous.append(f"{token}（{'、'.join(p.unit.name for p in matches)}）")
        else:
            unknown.append(token)
    return NameMatch(tuple(found), tuple(unknown), tuple(ambiguous))


# ---------------------------------------------------------------- warnings


def meeting_warnings(uow: UnitOfWork, m: Meeting, duplicates: Sequence[str] = ()) -> list[str]:
    """Not-blocking problems of a meeting, as sentences for the clerk — its clashes with the rest of the
    schedule in the words of 周安排 included (last)."""
    return list(_warned(uow, m, duplicates)[0])


def _warned(uow: UnitOfWork, m: Meeting, duplicates: Sequence[str] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(all warnings, the clashes among them)."""
    from huiwu.services.week import meeting_clashes

    warnings: list[str] = [f"参会人员“{name}”重复列出，只保留一次。" for name in duplicates]
    people = [p for p in m.participants if p.role != ParticipantRole.STAFF]
    if m.venue is not None and m.venue.capacity and len(people) > m.venue.capacity:
        warnings.append(f"参会人数 {len(people)} 人超过{m.venue.name}的容量（{m.venue.capacity} 人）。")
    excused = {p.person_id for p in m.participants if p.leave_request_id is not None}  # the leave service's marks
    if m.kind == MeetingKind.STANDING:
        members = [p for p in m.participants if p.role == ParticipantRole.ATTEND]
        present = [p for p in members if p.person_id not in excused]
        if members and len(present) * 2 <= len(members):
            warnings.append(f"常务会议应到组成人员 {len(members)} 人，除请假外只有 {len(present)} 人能出席，"
                            "不足半数。")
    total = sum(a.minutes for a in m.agenda_items)
    length = int((m.ends_at - m.starts_at).total_seconds() // 60)
    if total > length:
        warnings.append(f"议题合计 {total} 分钟，超过会议时长 {length} 分钟。")
    names = [p.person.name for p in _in_order(m.participants) if p.person_id in excused]
    if names:
        warnings.append(f"{'、'.join(names)}已请假（已批准），仍在参会名单中。")
    clashes = [c.message for c in meeting_clashes(uow, m)] \
        if m.status != MeetingStatus.CANCELLED and m.deleted_at is None else []
    return tuple(warnings + clashes), tuple(clashes)


def preview_warnings(
    uow: UnitOfWork, meeting_id: int | None, data: MeetingInput, person_ids: Sequence[int]
) -> list[str]:
    """The clashes the editor's unsaved form would have if saved now (the same sentences as after saving).

    A read: nothing is written. ``person_ids`` are the invitees listed in the form.
    """
    from huiwu.services.week import clashes_of

    if data.starts_at.tzinfo is None or data.ends_at <= data.starts_at:
        return []
    venue = uow.session.get(Venue, data.venue_id) if data.venue_id is not None else None
    chair = uow.session.get(Person, data.chair_id) if data.chair_id is not None else None
    names = dict(uow.session.execute(select(Person.id, Person.name).where(Person.id.in_(set(person_ids)))).all()) \
        if person_ids else {}
    return [c.message for c in clashes_of(
        uow, f"meeting:{meeting_id}" if meeting_id is not None else "meeting:new", data.title.strip() or "本会议",
        data.starts_at, data.ends_at, venue, chair, [(pid, names[pid]) for pid in dict.fromkeys(person_ids)
                                                     if pid in names])]


# ---------------------------------------------------------------- create / update


def _settle(uow: UnitOfWork, m: Meeting, before: tuple[dt.datetime, dt.datetime] | None,
            duplicates: Sequence[str] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What every change of a meeting brings along (no commit): due times follow a move, the 请假/代会 marks
    follow the invitees and the time, a finalised week records its 变更, and the warnings are worked out.

    ``before`` is the meeting's (start, end) before the change, None for a new meeting.
    """
    from huiwu.services.leave import apply_approved_leave
    from huiwu.services.week import record_meeting_change

    uow.flush()
    if before is not None and before[0] != m.starts_at:
        checklists.recompute_due(uow, m)
    apply_approved_leave(uow, m.id)
    record_meeting_change(uow, m, before)
    uow.flush()
    return _warned(uow, m, duplicates)


def build_meeting(
    uow: UnitOfWork,
    data: MeetingInput,
    agenda: Sequence[AgendaInput],
    participants: Sequence[ParticipantInput],
    template_key: str | None = None,
) -> tuple[Meeting, tuple[tuple[str, ...], tuple[str, ...]]]:
    """A new 草稿 with its checklist, audited and settled, not committed: for the use cases that create a
    meeting as one step of theirs (create, copy, accept a 会议申报). Returns it with its warnings."""
    _validate(uow, data)
    m = Meeting(status=MeetingStatus.DRAFT, title=data.title.strip(), kind=data.kind, starts_at=data.starts_at,
                ends_at=data.ends_at)
    _apply(m, data)
    uow.session.add(m)
    _set_agenda(uow, m, agenda)
    duplicates = _set_participants(uow, m, participants)
    uow.flush()
    checklists.instantiate(uow, m, checklists.template_for(uow, m.kind, template_key))
    uow.flush()
    audit.record(uow, "meeting", m.id, "create", f"新建会议“{m.title}”（{_when(uow, m)}）", meeting_id=m.id,
                 changes=audit.diff({}, _snapshot(m)))
    return m, _settle(uow, m, None, duplicates)


def create_meeting(
    uow: UnitOfWork,
    data: MeetingInput,
    agenda: Sequence[AgendaInput] = (),
    participants: Sequence[ParticipantInput] = (),
    template_key: str | None = None,
) -> SaveResult:
    """A new 草稿 with its checklist from the kind's template."""
    m, warnings = build_meeting(uow, data, agenda, participants, template_key)
    uow.commit()
    return SaveResult(m.id, m.version, *warnings)


def update_meeting(
    uow: UnitOfWork,
    meeting_id: int,
    version: int,
    data: MeetingInput,
    agenda: Sequence[AgendaInput] | None = None,
    participants: Sequence[ParticipantInput] | None = None,
    confirm_closed: bool = False,
    because: str = "",
    commit: bool = True,
) -> SaveResult:
    """Save the editor. ``agenda`` / ``participants`` of None leave those lists as they are.

    ``because`` words the history entry when the change came from elsewhere (a calendar server), whose use
    case commits itself (``commit=False``).
    """
    m = load_meeting(uow, meeting_id)
    _check_version(m, version)
    _validate(uow, data)
    if m.status == MeetingStatus.CANCELLED:
        raise RuleError(f"会议“{m.title}”已取消，不能修改；如需再开，请用“再开一次”。")
    before = _snapshot(m)
    times = (m.starts_at, m.ends_at)
    m.title = data.title.strip()
    m.kind = data.kind
    m.starts_at, m.ends_at = data.starts_at, data.ends_at
    _apply(m, data)
    if agenda is not None:
        old_agenda = [_agenda_key(a.title, a.presenter_unit_id, a.presenter_name, a.minutes,
                                  tuple(u.unit_id for u in a.attending_units), a.secrecy_level, a.secrecy_term)
                      for a in m.agenda_items]
        _set_agenda(uow, m, agenda)
        new_agenda = [_agenda_key(a.title, a.presenter_unit_id, a.presenter_name, a.minutes,
                                  tuple(u.unit_id for u in a.attending_units), a.secrecy_level, a.secrecy_term)
                      for a in m.agenda_items]
        if old_agenda != new_agenda:
            audit.record(uow, "meeting", m.id, "agenda", f"修改议题（共 {len(agenda)} 项）", meeting_id=m.id,
                         changes={"agenda": [[k[0] for k in old_agenda], [k[0] for k in new_agenda]]})
    duplicates: list[str] = []
    if participants is not None:
        duplicates = _replace_participants(uow, m, participants, confirm_closed)
    after = _snapshot(m)
    changes = audit.diff(before, after)
    if any(k in changes for k in SYNCED_FIELDS):
        m.sequence += 1
    m.updated_at = uow.now()  # always an UPDATE, so the version moves even when only lists changed
    if changes:
        audit.record(uow, "meeting", m.id, "update",
                     (because or f"修改会议“{m.title}”：") + _fields_text(changes), meeting_id=m.id, changes=changes)
    _flush(uow, m, version)
    warnings = _settle(uow, m, times, duplicates)
    if commit:
        uow.commit()
    return SaveResult(m.id, m.version, *warnings)


def _agenda_key(title: str, unit_id: int | None, presenter: str, minutes: int, units: tuple[int, ...],
                level: str, term: str) -> tuple[object, ...]:
    return (title.strip(), unit_id, presenter.strip(), minutes, units, level, term)


def add_participants(
    uow: UnitOfWork,
    meeting_id: int,
    version: int,
    person_ids: Sequence[int],
    role: str = ParticipantRole.ATTEND,
    confirm_closed: bool = False,
    commit: bool = True,
) -> SaveResult:
    """Add people (one, a unit, a group); people already invited are reported, not added twice. ``commit``
    False: a step of a larger use case (a unit's 回执 naming its attendee), which commits itself."""
    m = load_meeting(uow, meeting_id)
    _check_version(m, version)
    _check_closed(m, confirm_closed)
    existing = {p.person_id for p in m.participants}
    duplicates: list[str] = []
    added: list[str] = []
    for pid in dict.fromkeys(person_ids):
        person = uow.session.get(Person, pid)
        if person is None:
            raise NotFoundError(f"找不到编号为 {pid} 的人员。")
        if pid in existing:
            duplicates.append(person.name)
            continue
        m.participants.append(Participant(person=person, role=role))
        existing.add(pid)
        added.append(person.name)
    if added:
        audit.record(uow, "participant", m.id, "add",
                     f"添加{PARTICIPANT_ROLE_LABELS[ParticipantRole(role)]}人员 {len(added)} 人：{_names(added)}",
                     meeting_id=m.id, changes={"added": added})
    m.updated_at = uow.now()
    _flush(uow, m, version)
    warnings = _settle(uow, m, (m.starts_at, m.ends_at), duplicates)
    if commit:
        uow.commit()
    return SaveResult(m.id, m.version, *warnings)


def copy_meeting(uow: UnitOfWork, meeting_id: int, starts_at: dt.datetime) -> SaveResult:
    """再开一次: the same meeting (fields, 议题, participants, checklist from the template) on a new date, 草稿."""
    src = load_meeting(uow, meeting_id)
    length = src.ends_at - src.starts_at
    data = MeetingInput(src.title, src.kind, starts_at, starts_at + length, src.venue_id, src.video_link,
                        src.host_unit_id, src.undertaker_unit_id, src.chair_id, src.confidentiality, src.notes,
                        src.contact_name, src.contact_phone, src.secrecy_term)
    agenda = [AgendaInput(a.title, a.presenter_unit_id, a.presenter_name, a.minutes,
                          tuple(u.unit_id for u in a.attending_units), a.confidential, a.secrecy_level, a.secrecy_term)
              for a in src.agenda_items]
    people = [ParticipantInput(p.person_id, p.role) for p in src.participants]
    m, warnings = build_meeting(uow, data, agenda, people)
    audit.record(uow, "meeting", m.id, "copy", f"由会议“{src.title}”（编号 {src.id}）再开一次", meeting_id=m.id)
    uow.commit()
    return SaveResult(m.id, m.version, *warnings)


def set_status(uow: UnitOfWork, meeting_id: int, version: int, status: str,
               now: dt.datetime | None = None) -> SaveResult:
    """Move along 草稿 → 已安排 → 已通知 → 进行中 → 已结束, with the rules in TRANSITIONS."""
    m = load_meeting(uow, meeting_id)
    _check_version(m, version)
    now = now or uow.now()
    old = MeetingStatus(m.status)
    new = MeetingStatus(status)
    label_old, label_new = MEETING_STATUS_LABELS[old], MEETING_STATUS_LABELS[new]
    if new == old:
        return SaveResult(m.id, m.version, *_warned(uow, m))
    if new == MeetingStatus.CANCELLED:
        raise RuleError("取消会议请使用“取消会议”并填写原因。")
    if new not in TRANSITIONS[old]:
        raise RuleError(f"会议“{m.title}”当前为{label_old}，不能改为{label_new}。")
    if new == MeetingStatus.IN_PROGRESS and now < m.starts_at - SIGNIN_OPENS:
        raise RuleError(f"会议“{m.title}”还没到签到时间（开会前 30 分钟开始），不能改为进行中。")
    if new == MeetingStatus.FINISHED and now < m.starts_at:
        raise RuleError(f"会议“{m.title}”还没有开始，不能结束。")
    if new == MeetingStatus.NOTIFIED and not m.participants:
        raise RuleError(f"会议“{m.title}”还没有参会人员，不能标记为已通知。")
    m.status = new
    m.sequence += 1
    if new == MeetingStatus.FINISHED:
        from huiwu.services.attendance import finalize_attendance

        finalize_attendance(uow, m.id)
    audit.record(uow, "meeting", m.id, "status", f"会议状态：{label_old} → {label_new}", meeting_id=m.id,
                 changes={"status": [old.value, new.value]})
    _flush(uow, m, version)
    warnings = _warned(uow, m)
    uow.commit()
    return SaveResult(m.id, m.version, *warnings)


def cancel_meeting(uow: UnitOfWork, meeting_id: int, version: int, reason: str) -> SaveResult:
    m = load_meeting(uow, meeting_id)
    _check_version(m, version)
    reason = reason.strip()
    if not reason:
        raise ValidationError("请填写取消原因。")
    if m.status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
        raise RuleError(f"会议“{m.title}”{MEETING_STATUS_LABELS[MeetingStatus(m.status)]}，不能取消。")
    old = m.status
    m.status, m.cancel_reason = MeetingStatus.CANCELLED, reason
    m.sequence += 1
    audit.record(uow, "meeting", m.id, "cancel", f"取消会议“{m.title}”：{reason}", meeting_id=m.id,
                 changes={"status": [old, MeetingStatus.CANCELLED.value], "cancel_reason": ["", reason]})
    _flush(uow, m, version)
    _settle(uow, m, (m.starts_at, m.ends_at))
    uow.commit()
    return SaveResult(m.id, m.version)


def delete_meeting(uow: UnitOfWork, meeting_id: int, version: int) -> SaveResult:
    """Soft delete: hidden from every list, recoverable from the “已删除” filter."""
    m = load_meeting(uow, meeting_id)
    _check_version(m, version)
    if m.status in (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED):
        raise RuleError(f"会议“{m.title}”{MEETING_STATUS_LABELS[MeetingStatus(m.status)]}，不能删除。")
    m.deleted_at = uow.now()
    m.sequence += 1
    audit.record(uow, "meeting", m.id, "delete", f"删除会议“{m.title}”（可在“已删除”中恢复）", meeting_id=m.id)
    _flush(uow, m, version)
    _settle(uow, m, (m.starts_at, m.ends_at))
    uow.commit()
    return SaveResult(m.id, m.version)


def restore_meeting(uow: UnitOfWork, meeting_id: int) -> SaveResult:
    m = load_meeting(uow, meeting_id, include_deleted=True)
    if m.deleted_at is None:
        return SaveResult(m.id, m.version)
    m.deleted_at = None
    m.sequence += 1
    audit.record(uow, "meeting", m.id, "restore", f"恢复已删除的会议“{m.title}”", meeting_id=m.id)
    warnings = _settle(uow, m, (m.starts_at, m.ends_at))
    uow.commit()
    return SaveResult(m.id, m.version, *warnings)


@dataclass(frozen=True)
class MergeResult:
    source_id: int
    target_id: int
    moved_agenda_items: int
    moved_participants: int
    summary: str
    target_version: int = 0
    warnings: tuple[str, ...] = ()


def merge_meetings(
    uow: UnitOfWork, source_id: int, source_version: int, target_id: int, target_version: int,
    kind: str = MergeKind.MERGE,
) -> MergeResult:
    """整合会议 / 借会开会, once the clerk confirmed a proposal: the source's 议题 and invitees move into the
    target and the source is cancelled. Both versions are checked, so a concurrent edit is never overwritten.

    People already invited to the target keep their own entry (and its attendance); 议题 follow the
    target's own. The target's 请假 marks, the finalised weeks' 变更 and the warnings follow as after any save.
    """
    result = merge_into(uow, source_id, source_version, target_id, target_version, kind)
    uow.commit()
    return result


def merge_into(
    uow: UnitOfWork, source_id: int, source_version: int, target_id: int, target_version: int,
    kind: str = MergeKind.MERGE,
) -> MergeResult:
    """:func:`merge_meetings` without the commit: for a use case that merges as one step of its own."""
    if source_id == target_id:
        raise ValidationError("不能把会议并入它自己。")
    if kind not in {k.value for k in MergeKind}:
        raise ValidationError(f"合并方式“{kind}”不对。")
    source, target = load_meeting(uow, source_id), load_meeting(uow, target_id)
    _check_version(source, source_version)
    _check_version(target, target_version)
    for m in (source, target):
        if m.status in (MeetingStatus.CANCELLED, MeetingStatus.FINISHED):
            raise RuleError(f"会议“{m.title}”已{MEETING_STATUS_LABELS[MeetingStatus(m.status)]}，不能合并。")
    next_pos = max((a.position for a in target.agenda_items), default=-1) + 1
    moved_agenda = 0
    for item in sorted(source.agenda_items, key=lambda a: (a.position, a.id)):
        source.agenda_items.remove(item)
        item.position = next_pos
        target.agenda_items.append(item)
        next_pos += 1
        moved_agenda += 1
    present = {p.person_id for p in target.participants}
    shared = sum(1 for p in source.participants if p.person_id in present)  # they now come once, not twice
    minutes = max(int((source.ends_at - source.starts_at).total_seconds() // 60), 0)
    uow.session.add(MeetingMerge(source_id=source.id, target_id=target.id, kind=kind, person_times_saved=shared,
                                 minutes_saved=shared * minutes, merged_by=uow.settings.operator_name()))
    moved_people: list[str] = []
    for p in _in_order(source.participants):  # the cancelled source keeps its list, for the record
        if p.person_id in present:
            continue
        target.participants.append(Participant(person=p.person, role=p.role))
        present.add(p.person_id)
        moved_people.append(p.person.name)
    before = {"status": source.status, "cancel_reason": source.cancel_reason}
    source.status = MeetingStatus.CANCELLED
    source.cancel_reason = f"并入《{target.title}》"
    source.merged_into_id = target.id
    source.sequence += 1
    target.sequence += 1
    target.updated_at = uow.now()
    summary = (f"{MERGE_KIND_LABELS[MergeKind(kind)]}：“{source.title}”并入“{target.title}”：移入议题 {moved_agenda} 项、参会人员 {len(moved_people)} 人，"
               "原会议已取消")
    audit.record(uow, "meeting", source.id, "merge_out", summary, meeting_id=source.id,
                 changes=audit.diff(before, {"status": source.status, "cancel_reason": source.cancel_reason}))
    audit.record(uow, "meeting", target.id, "merge_in", summary, meeting_id=target.id,
                 changes={"agenda_items": [0, moved_agenda], "added": moved_people})
    _flush(uow, source, source_version)
    _flush(uow, target, target_version)
    _settle(uow, source, (source.starts_at, source.ends_at))
    warnings = _settle(uow, target, (target.starts_at, target.ends_at))
    return MergeResult(source_id, target_id, moved_agenda, len(moved_people), summary, target.version,
                       warnings[0])


# ---------------------------------------------------------------- helpers


def check_title_and_kind(title: str, kind: str) -> None:
    """A meeting's name and kind as the office may give them: the editor's rule, also a 会议申报's."""
    if not title.strip():
        raise ValidationError("请填写会议名称。")
    if len(title.strip()) > 300:
        raise ValidationError("会议名称太长（最多 300 字）。")
    if kind not in {k.value for k in MeetingKind}:
        raise ValidationError(f"会议类型“{kind}”不对。")


def _validate(uow: UnitOfWork, data: MeetingInput) -> None:
    check_title_and_kind(data.title, data.kind)
    if data.confidentiality not in {c.value for c in Confidentiality}:
        raise ValidationError(f"密级“{data.confidentiality}”不对。")
    secrecy_term_for(data.confidentiality, data.secrecy_term)  # refuses a 保密期限 it cannot read
    for t in (data.starts_at, data.ends_at):
        if t.tzinfo is None:
            raise ValidationError("会议时间缺少时区。")
    if data.ends_at <= data.starts_at:
        raise ValidationError("结束时间必须晚于开始时间。")
    if data.ends_at - data.starts_at > dt.timedelta(days=14):
        raise ValidationError("会期超过 14 天，请检查结束时间。")
    if data.venue_id is not None and uow.session.get(Venue, data.venue_id) is None:
        raise NotFoundError("所选会议室已不存在。")


def _apply(m: Meeting, data: MeetingInput) -> None:
    m.venue_id = data.venue_id
    m.video_link = data.video_link.strip()
    m.host_unit_id, m.undertaker_unit_id = data.host_unit_id, data.undertaker_unit_id
    m.chair_id = data.chair_id
    m.confidentiality = data.confidentiality
    m.secrecy_term = secrecy_term_for(data.confidentiality, data.secrecy_term)
    m.notes = data.notes.strip()
    m.contact_name, m.contact_phone = data.contact_name.strip(), data.contact_phone.strip()


def _set_agenda(uow: UnitOfWork, m: Meeting, agenda: Sequence[AgendaInput]) -> None:
    for i, a in enumerate(agenda):
        if not a.title.strip():
            raise ValidationError(f"第 {i + 1} 项议题没有标题。")
        if a.minutes < 0:
            raise ValidationError(f"第 {i + 1} 项议题的时长不能是负数。")
        if a.secrecy_level and not is_state_secret(a.secrecy_level):
            raise ValidationError(f"第 {i + 1} 项议题的密级“{a.secrecy_level}”不对，应为秘密、机密或绝密。")
    levels = [a.secrecy_level or (Confidentiality.MIMI.value if a.confidential else "") for a in agenda]
    terms = []
    for i, (a, level) in enumerate(zip(agenda, levels, strict=True)):
        try:
            terms.append(secrecy_term_for(level, a.secrecy_term) if level else "")
        except ValidationError as exc:
            raise ValidationError(f"第 {i + 1} 项议题：{exc}") from None
    existing = list(m.agenda_items)
    for extra in existing[len(agenda):]:
        m.agenda_items.remove(extra)  # delete-orphan
    for i, a in enumerate(agenda):
        if i < len(existing):
            item = existing[i]
        else:
            item = AgendaItem()
            m.agenda_items.append(item)
        item.position, item.title, item.presenter_unit_id = i, a.title.strip(), a.presenter_unit_id
        item.presenter_name, item.minutes = a.presenter_name.strip(), a.minutes
        item.secrecy_level, item.secrecy_term, item.confidential = levels[i], terms[i], bool(levels[i])
        wanted = list(dict.fromkeys(a.attending_unit_ids))
        if [u.unit_id for u in item.attending_units] != wanted:
            item.attending_units = []
            uow.flush()
            item.attending_units = [AgendaAttendingUnit(unit_id=uid) for uid in wanted]


def _set_participants(uow: UnitOfWork, m: Meeting, participants: Sequence[ParticipantInput]) -> list[str]:
    seen: set[int] = set()
    duplicates: list[str] = []
    for p in participants:
        person = uow.session.get(Person, p.person_id)
        if person is None:
            raise NotFoundError(f"找不到编号为 {p.person_id} 的人员。")
        if p.person_id in seen:
            duplicates.append(person.name)
            continue
        seen.add(p.person_id)
        m.participants.append(Participant(person=person, role=p.role))
    return duplicates


def _replace_participants(uow: UnitOfWork, m: Meeting, participants: Sequence[ParticipantInput],
                          confirm_closed: bool) -> list[str]:
    """Keep rows (and their attendance) of people still invited; add and remove the rest; audit the change."""
    current = {p.person_id: p for p in m.participants}
    wanted: dict[int, str] = {}
    duplicates: list[str] = []
    for p in participants:
        if p.person_id in wanted:
            person = uow.session.get(Person, p.person_id)
            duplicates.append(person.name if person else str(p.person_id))
            continue
        wanted[p.person_id] = p.role
    removed = [current[pid] for pid in current if pid not in wanted]
    added = [pid for pid in wanted if pid not in current]
    changed_roles = [pid for pid in wanted if pid in current and current[pid].role != wanted[pid]]
    if not (removed or added or changed_roles):
        return duplicates
    _check_closed(m, confirm_closed)
    for gone in removed:
        m.participants.remove(gone)
    added_names = []
    for pid in added:
        person = uow.session.get(Person, pid)
        if person is None:
            raise NotFoundError(f"找不到编号为 {pid} 的人员。")
        m.participants.append(Participant(person=person, role=wanted[pid]))
        added_names.append(person.name)
    for pid in changed_roles:
        current[pid].role = wanted[pid]
    parts = []
    if added_names:
        parts.append(f"添加 {len(added_names)} 人：{_names(added_names)}")
    if removed:
        parts.append(f"移除 {len(removed)} 人：{_names([p.person.name for p in removed])}")
    if changed_roles:
        parts.append(f"调整 {len(changed_roles)} 人的身份")
    closed = m.status == MeetingStatus.FINISHED
    audit.record(uow, "participant", m.id, "closed_edit" if closed else "update",
                 ("（会议已结束后修改）" if closed else "") + "参会人员：" + "；".join(parts), meeting_id=m.id,
                 changes={"added": added_names, "removed": [p.person.name for p in removed]})
    uow.flush()
    return duplicates




def _check_closed(m: Meeting, confirm_closed: bool) -> None:
    if m.status == MeetingStatus.FINISHED and not confirm_closed:
        raise RuleError(f"会议“{m.title}”已结束，修改参会人员会影响出勤统计；确需修改，请确认后再保存。")
    if m.status == MeetingStatus.CANCELLED:
        raise RuleError(f"会议“{m.title}”已取消，不能修改参会人员。")


def _check_version(m: Meeting, version: int) -> None:
    if m.version != version:
        raise ConflictError(f"会议“{m.title}”", version, m.version)


def _flush(uow: UnitOfWork, m: Meeting, version: int) -> None:
    try:
        uow.flush()
    except StaleDataError as exc:  # someone saved between our read and our write
        uow.session.rollback()
        raise ConflictError(f"会议“{m.title}”", version, version + 1) from exc




def _snapshot(m: Meeting) -> dict[str, object]:
    return {
        "title": m.title, "kind": m.kind, "starts_at": m.starts_at, "ends_at": m.ends_at, "venue_id": m.venue_id,
        "video_link": m.video_link, "host_unit_id": m.host_unit_id, "undertaker_unit_id": m.undertaker_unit_id,
        "chair_id": m.chair_id, "confidentiality": m.confidentiality,
        "secrecy_term": m.secrecy_term, "notes": m.notes,
        "contact_name": m.contact_name, "contact_phone": m.contact_phone, "status": m.status,
    }


_FIELD_LABELS = {
    "title": "名称", "kind": "类型", "starts_at": "开始时间", "ends_at": "结束时间", "venue_id": "会议室",
    "video_link": "视频链接", "host_unit_id": "主办单位", "undertaker_unit_id": "承办单位", "chair_id": "主持人",
    "confidentiality": "密级", "secrecy_term": "保密期限", "notes": "备注", "contact_name": "联系人", "contact_phone": "联系电话",
    "status": "状态",
}


def _fields_text(changes: dict[str, object]) -> str:
    return "、".join(_FIELD_LABELS.get(k, k) for k in changes)


def _names(names: Sequence[str], limit: int = 20) -> str:
    text = "、".join(names[:limit])
    return text + (f" 等 {len(names)} 人" if len(names) > limit else "")


def _when(uow: UnitOfWork, m: Meeting) -> str:
    return m.starts_at.astimezone(uow.settings.tz()).strftime("%Y-%m-%d %H:%M")


def labels() -> dict[str, dict[str, str]]:
    """Code → Chinese label tables the GUI fills its combo boxes from."""
    return {
        "kind": {k.value: v for k, v in MEETING_KIND_LABELS.items()},
        "status": {k.value: v for k, v in MEETING_STATUS_LABELS.items()},
        "confidentiality": {k.value: v for k, v in CONFIDENTIALITY_LABELS.items()},
        "role": {k.value: v for k, v in PARTICIPANT_ROLE_LABELS.items()},
    }
