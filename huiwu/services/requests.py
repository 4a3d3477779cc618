"""会议申报: units and leaders' offices ask for meetings in next week's 一周会议安排; the clerk reviews each
beside the draft week (its clashes, its 整合会议/借会开会 proposals) and accepts it (it becomes a meeting, keeping
the link) or declines it with a reason.

Requests for week W are due by the cut-off in W-1 (huiwu.rules.requests; the settings hold the weekday and
time). The cut-off is applied when a request is filed: ``late`` (逾期申报) is recorded then and never
recomputed, so moving the setting later does not rewrite what was late when it came in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    MEETING_KIND_LABELS,
    MERGE_KIND_LABELS,
    REQUEST_STATE_LABELS,
    Group,
    Meeting,
    MeetingKind,
    MeetingRequest,
    MeetingRequestInvitee,
    MergeKind,
    ParticipantRole,
    Person,
    RequestState,
    Unit,
    Venue,
)
from huiwu.rules.order import person_order_columns
from huiwu.rules.requests import cutoff_label, cutoff_of, is_late, parse_cutoff_time
from huiwu.schedule.merge import MeetingSummary, propose_merges
from huiwu.services import audit, meetings
from huiwu.services.week import ConflictRow, clashes_of, week_bounds, week_label, week_summaries
from huiwu.text import WEEKDAYS

__all__ = [
    "AcceptResult",
    "RequestInput",
    "RequestProposal",
    "RequestRow",
    "RequestsView",
    "accept_request",
    "decline_request",
    "delete_request",
    "file_request",
    "request_cutoff",
    "update_request",
    "week_requests",
]



@dataclass(frozen=True)
class RequestInput:
    title: str
    kind: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    alt_starts_at: dt.datetime | None = None  # a second choice of time
    alt_ends_at: dt.datetime | None = None
    venue_id: int | None = None
    venue_note: str = ""
    chair_id: int | None = None
    unit_id: int | None = None  # 申报单位
    requested_by: str = ""  # 申报人 (and phone)
    person_ids: tuple[int, ...] = ()
    unit_ids: tuple[int, ...] = ()  # a unit: its 主要负责同志 (the unit's leaders) are invited
    group_ids: tuple[int, ...] = ()
    notes: str = ""
    requested_at: dt.datetime | None = None  # when it reached the office (a call yesterday); None: now


@dataclass(frozen=True)
class RequestProposal:
    kind: str  # merge / ride
    kind_label: str
    other_key: str  # "meeting:12" or "request:3"
    other_title: str
    absorbed: bool  # True: the request would go into the other; False: the other into it
    reason: str

    @property
    def other_meeting_id(self) -> int | None:
        return int(self.other_key.split(":")[1]) if self.other_key.startswith("meeting:") else None

    @property
    def text(self) -> str:
        into = f"并入《{self.other_title}》" if self.absorbed else f"《{self.other_title}》可并入本会"
        return f"{self.kind_label}：{into}（{self.reason}）"


@dataclass(frozen=True)
class RequestRow:
    request_id: int
    version: int
    iso_year: int
    iso_week: int
    title: str
    kind: str
    kind_label: str
    starts_at: dt.datetime  # office zone
    ends_at: dt.datetime
    alt_starts_at: dt.datetime | None
    alt_ends_at: dt.datetime | None
    time_text: str
    alt_text: str
    venue_id: int | None
    venue_text: str
    venue_note: str
    chair_id: int | None
    chair_name: str
    unit_id: int | None
    unit_name: str
    requested_by: str
    requested_at: dt.datetime  # office zone
    late: bool
    state: str
    state_label: str
    decided_at: dt.datetime | None
    decided_by: str
    decline_reason: str
    meeting_id: int | None
    notes: str
    person_ids: tuple[int, ...]  # as asked (not expanded)
    unit_ids: tuple[int, ...]
    group_ids: tuple[int, ...]
    invitees_text: str  # "张三、县农业农村局（主要负责同志）、乡镇长"
    people: tuple[tuple[int, str], ...]  # everyone it would invite, expanded, in 排序号 order
    clashes: tuple[ConflictRow, ...] = ()  # only while 待审核
    proposals: tuple[RequestProposal, ...] = ()

    @property
    def pending(self) -> bool:
        return self.state == RequestState.PENDING

    @property
    def requester_text(self) -> str:
        return "，".join(t for t in (self.unit_name, self.requested_by) if t) or "（未填申报人）"


@dataclass(frozen=True)
class RequestsView:
    iso_year: int
    iso_week: int
    label: str
    cutoff: dt.datetime  # office zone
    cutoff_text: str  # "截止 11月27日（周五）15:00"
    rows: tuple[RequestRow, ...]

    def count(self, state: str | None = None, late: bool | None = None) -> int:
        return sum(1 for r in self.rows if (state is None or r.state == state) and (late is None or r.late == late))

    @property
    def pending(self) -> tuple[RequestRow, ...]:
        return tuple(r for r in self.rows if r.pending)


@dataclass(frozen=True)
class AcceptResult:
    request_id: int
    meeting_id: int
    meeting_version: int
    summary: str
    warnings: tuple[str, ...] = ()
    clashes: tuple[str, ...] = ()


# ---------------------------------------------------------------- the cut-off


def request_cutoff(uow: UnitOfWork, iso_year: int, iso_week: int) -> dt.datetime:
    """When requests for the week are due, by the settings (default the Friday before at 15:00)."""
    s = uow.settings
    return cutoff_of(iso_year, iso_week, s.request_cutoff_weekday, parse_cutoff_time(s.request_cutoff_time), s.tz())


def _cutoff_text(cutoff: dt.datetime) -> str:
    return f"申报截止 {cutoff.month}月{cutoff.day}日（周{WEEKDAYS[cutoff.weekday()]}）{cutoff:%H:%M}"


def cutoff_rule_text(uow: UnitOfWork) -> str:
    """"上周五 15:00": the rule in the clerk's words (设置 and the 申报 dialog show it)."""
    s = uow.settings
    return cutoff_label(s.request_cutoff_weekday, parse_cutoff_time(s.request_cutoff_time))


# ---------------------------------------------------------------- reading


def _time_text(start: dt.datetime, end: dt.datetime) -> str:
    day = f"{start.month}月{start.day}日（周{WEEKDAYS[start.weekday()]}）"
    if start.date() == end.date():
        return f"{day}{start:%H:%M}—{end:%H:%M}"
    return f"{day}{start:%H:%M}—{end.month}月{end.day}日{end:%H:%M}"


def _load(uow: UnitOfWork, request_id: int) -> MeetingRequest:
    r = uow.session.get(MeetingRequest, request_id)
    if r is None:
        raise NotFoundError(f"会议申报 {request_id} 不存在（可能已被删除）。")
    return r


def _expanded(uow: UnitOfWork, person_ids: Sequence[int], unit_ids: Sequence[int], group_ids: Sequence[int]
              ) -> list[tuple[int, str]]:
    """Everyone a request would invite: the people, each unit's leaders and each group's members, once each,
    in 排序号 order (the order the meeting's list will have)."""
    wanted = set(person_ids)
    for unit_id in unit_ids:
        wanted.update(meetings.people_of_unit(uow, unit_id, leaders_only=True))
    for group_id in group_ids:
        wanted.update(meetings.people_of_group(uow, group_id))
    if not wanted:
        return []
    rows = uow.session.execute(
        select(Person.id, Person.name).join(Unit, Person.unit_id == Unit.id).where(Person.id.in_(wanted))
        .order_by(*person_order_columns())
    )
    return [(pid, name) for pid, name in rows]


def _invitees_text(r: MeetingRequest) -> str:
    parts: list[str] = []
    for i in r.invitees:
        if i.person is not None:
            parts.append(i.person.name)
        elif i.unit is not None:
            parts.append(f"{i.unit.name}（主要负责同志）")
        elif i.group is not None:
            parts.append(i.group.name)
    return "、".join(parts)


def _row(uow: UnitOfWork, r: MeetingRequest, people: list[tuple[int, str]],
         clashes: Sequence[ConflictRow] = (), proposals: Sequence[RequestProposal] = ()) -> RequestRow:
    tz = uow.settings.tz()
    start, end = r.starts_at.astimezone(tz), r.ends_at.astimezone(tz)
    alt_start = r.alt_starts_at.astimezone(tz) if r.alt_starts_at is not None else None
    alt_end = r.alt_ends_at.astimezone(tz) if r.alt_ends_at is not None else None
    venue = r.venue.name if r.venue is not None else ""
    return RequestRow(
        request_id=r.id, version=r.version, iso_year=r.iso_year, iso_week=r.iso_week, title=r.title, kind=r.kind,
        kind_label=MEETING_KIND_LABELS.get(MeetingKind(r.kind), r.kind) if r.kind in set(MeetingKind) else r.kind,
        starts_at=start, ends_at=end, alt_starts_at=alt_start, alt_ends_at=alt_end,
        time_text=_time_text(start, end),
        alt_text=_time_text(alt_start, alt_end) if alt_start is not None and alt_end is not None else "",
        venue_id=r.venue_id, venue_text="，".join(t for t in (venue, r.venue_note) if t), venue_note=r.venue_note,
        chair_id=r.chair_id, chair_name=r.chair.name if r.chair is not None else "",
        unit_id=r.unit_id, unit_name=r.unit.name if r.unit is not None else "",
        requested_by=r.requested_by, requested_at=r.requested_at.astimezone(tz), late=r.late,
        state=r.state, state_label=REQUEST_STATE_LABELS.get(RequestState(r.state), r.state),
        decided_at=r.decided_at.astimezone(tz) if r.decided_at is not None else None, decided_by=r.decided_by,
        decline_reason=r.decline_reason, meeting_id=r.meeting_id, notes=r.notes,
        person_ids=tuple(i.person_id for i in r.invitees if i.person_id is not None),
        unit_ids=tuple(i.unit_id for i in r.invitees if i.unit_id is not None),
        group_ids=tuple(i.group_id for i in r.invitees if i.group_id is not None),
        invitees_text=_invitees_text(r), people=tuple(people), clashes=tuple(clashes), proposals=tuple(proposals),
    )


def _people_of(uow: UnitOfWork, r: MeetingRequest) -> list[tuple[int, str]]:
    return _expanded(uow, [i.person_id for i in r.invitees if i.person_id is not None],
                     [i.unit_id for i in r.invitees if i.unit_id is not None],
                     [i.group_id for i in r.invitees if i.group_id is not None])


def _summary(r: MeetingRequest, people: list[tuple[int, str]]) -> MeetingSummary:
    return MeetingSummary(
        key=f"request:{r.id}", title=r.title, start=r.starts_at, end=r.ends_at,
        chair_key=f"person:{r.chair_id}" if r.chair_id is not None else None,
        organizer_unit_key=f"unit:{r.unit_id}" if r.unit_id is not None else None,
        participant_keys=frozenset(f"person:{pid}" for pid, _ in people), status="scheduled", kind=r.kind,
        chair_name=r.chair.name if r.chair is not None else "",
        organizer_unit_name=r.unit.name if r.unit is not None else "",
    )


def week_requests(uow: UnitOfWork, iso_year: int, iso_week: int, review: bool = True) -> RequestsView:
    """The week's requests, late ones marked; with ``review`` each 待审核 one carries its clashes with the draft
    week and its merge proposals against the week's meetings and the other pending requests."""
    week_bounds(iso_year, iso_week, uow.settings.tz())  # refuses a week that does not exist
    found = list(uow.session.scalars(
        select(MeetingRequest)
        .where(MeetingRequest.iso_year == iso_year, MeetingRequest.iso_week == iso_week)
        .options(selectinload(MeetingRequest.invitees).selectinload(MeetingRequestInvitee.person),
                 selectinload(MeetingRequest.invitees).selectinload(MeetingRequestInvitee.unit),
                 selectinload(MeetingRequest.invitees).selectinload(MeetingRequestInvitee.group),
                 selectinload(MeetingRequest.venue), selectinload(MeetingRequest.chair),
                 selectinload(MeetingRequest.unit))
        .order_by(MeetingRequest.requested_at, MeetingRequest.id)
    ))
    people = {r.id: _people_of(uow, r) for r in found}
    pending = [r for r in found if r.state == RequestState.PENDING]
    proposals: dict[int, list[RequestProposal]] = {r.id: [] for r in pending}
    if review and pending:
        summaries = [*week_summaries(uow, iso_year, iso_week), *(_summary(r, people[r.id]) for r in pending)]
        titles = {s.key: s.title for s in summaries}
        for p in propose_merges(summaries, threshold=uow.settings.merge_threshold, tz=uow.settings.tz()):
            label = MERGE_KIND_LABELS[MergeKind(p.kind)]
            for mine, other, absorbed in ((p.source_key, p.target_key, True), (p.target_key, p.source_key, False)):
                if mine.startswith("request:"):
                    proposals[int(mine.split(":")[1])].append(
                        RequestProposal(p.kind, label, other, titles[other], absorbed, p.reason))
    rows = []
    for r in found:
        if review and r.state == RequestState.PENDING:
            clashes = clashes_of(uow, f"request:{r.id}", r.title, r.starts_at, r.ends_at, r.venue, r.chair,
                                 people[r.id])
            rows.append(_row(uow, r, people[r.id], clashes, proposals[r.id]))
        else:
            rows.append(_row(uow, r, people[r.id]))
    cutoff = request_cutoff(uow, iso_year, iso_week)
    return RequestsView(iso_year, iso_week, week_label(iso_year, iso_week), cutoff, _cutoff_text(cutoff),
                        tuple(rows))


# ---------------------------------------------------------------- writing


def _validate(uow: UnitOfWork, data: RequestInput) -> None:
    meetings.check_title_and_kind(data.title, data.kind)  # what it asks for must be a meeting the editor takes
    for start, end, what in ((data.starts_at, data.ends_at, "拟定时间"), (data.alt_starts_at, data.alt_ends_at, "备选时间")):
        if start is None and end is None:
            continue
        if start is None or end is None:
            raise ValidationError(f"{what}要有开始和结束。")
        if start.tzinfo is None or end.tzinfo is None:
            raise ValidationError(f"{what}缺少时区。")
        if end <= start:
            raise ValidationError(f"{what}的结束要晚于开始。")
    tz = uow.settings.tz()
    if data.alt_starts_at is not None and data.alt_starts_at.tzinfo is not None and \
            data.alt_starts_at.astimezone(tz).isocalendar()[:2] != data.starts_at.astimezone(tz).isocalendar()[:2]:
        raise ValidationError("备选时间要和拟定时间在同一周（申报的是这一周的会议安排）。")
    if not (data.person_ids or data.unit_ids or data.group_ids):
        raise ValidationError("请填写参会人员（人员、单位或分组，至少一项）。")
    for model, ids, what in ((Person, data.person_ids, "人员"), (Unit, data.unit_ids, "单位"),
                             (Group, data.group_ids, "分组"), (Venue, _some(data.venue_id), "会场"),
                             (Person, _some(data.chair_id), "主持人"), (Unit, _some(data.unit_id), "申报单位")):
        missing = set(ids) - set(uow.session.scalars(select(model.id).where(model.id.in_(set(ids))))) if ids else set()
        if missing:
            raise NotFoundError(f"{what}不存在（编号 {'、'.join(str(i) for i in sorted(missing))}），可能已被删除。")
    if len(data.requested_by.strip()) > 100:
        raise ValidationError("申报人一栏太长（最多 100 字）。")


def _some(value: int | None) -> tuple[int, ...]:
    return (value,) if value is not None else ()


def _apply(r: MeetingRequest, data: RequestInput) -> None:
    r.title, r.kind = data.title.strip(), data.kind
    r.starts_at, r.ends_at = data.starts_at, data.ends_at
    r.alt_starts_at, r.alt_ends_at = data.alt_starts_at, data.alt_ends_at
    r.venue_id, r.venue_note = data.venue_id, data.venue_note.strip()
    r.chair_id, r.unit_id, r.requested_by = data.chair_id, data.unit_id, data.requested_by.strip()
    r.notes = data.notes.strip()
    r.invitees = [
        *(MeetingRequestInvitee(person_id=i) for i in dict.fromkeys(data.person_ids)),
        *(MeetingRequestInvitee(unit_id=i) for i in dict.fromkeys(data.unit_ids)),
        *(MeetingRequestInvitee(group_id=i) for i in dict.fromkeys(data.group_ids)),
    ]


def file_request(uow: UnitOfWork, data: RequestInput) -> RequestRow:
    """Files a request for the week its wanted time falls in; marks it 逾期申报 when it came after the cut-off."""
    _validate(uow, data)
    now = uow.now()
    requested_at = data.requested_at or now
    if requested_at.tzinfo is None:
        raise ValidationError("申报时间缺少时区。")
    if requested_at > now + dt.timedelta(minutes=1):
        raise ValidationError("申报时间不能晚于现在。")
    iso = data.starts_at.astimezone(uow.settings.tz()).isocalendar()
    cutoff = request_cutoff(uow, iso.year, iso.week)
    r = MeetingRequest(iso_year=iso.year, iso_week=iso.week, requested_at=requested_at,
                       late=is_late(requested_at, cutoff), state=RequestState.PENDING,
                       created_by=uow.settings.operator_name())
    _apply(r, data)
    uow.session.add(r)
    uow.flush()
    late = "（逾期申报）" if r.late else ""
    audit.record(uow, "meeting_request", r.id, "create",
                 f"收到会议申报“{r.title}”（{week_label(iso.year, iso.week)}）{late}")
    uow.commit()
    return _row(uow, r, _people_of(uow, r))


def _pending(uow: UnitOfWork, request_id: int, version: int) -> MeetingRequest:
    r = _load(uow, request_id)
    if r.version != version:
        raise ConflictError(f"会议申报“{r.title}”", version, r.version)
    if r.state != RequestState.PENDING:
        raise RuleError(f"会议申报“{r.title}”已{REQUEST_STATE_LABELS[RequestState(r.state)]}，不能再改。")
    return r


def update_request(uow: UnitOfWork, request_id: int, version: int, data: RequestInput) -> RequestRow:
    """Corrects a 待审核 request (what the unit said on the phone). Its week follows the new time; ``late``
    stays as filed, unless it moves to another week, whose cut-off then decides."""
    r = _pending(uow, request_id, version)
    _validate(uow, data)
    _apply(r, data)
    iso = data.starts_at.astimezone(uow.settings.tz()).isocalendar()
    if (iso.year, iso.week) != (r.iso_year, r.iso_week):
        r.iso_year, r.iso_week = iso.year, iso.week
        r.late = is_late(r.requested_at, request_cutoff(uow, iso.year, iso.week))
    audit.record(uow, "meeting_request", r.id, "update", f"修改会议申报“{r.title}”")
    uow.flush()
    uow.commit()
    return _row(uow, r, _people_of(uow, r))


def delete_request(uow: UnitOfWork, request_id: int, version: int) -> None:
    """Removes a 待审核 request entered by mistake (one decided stays, for the record)."""
    r = _pending(uow, request_id, version)
    audit.record(uow, "meeting_request", r.id, "delete", f"删除会议申报“{r.title}”")
    uow.session.delete(r)
    uow.commit()


def decline_request(uow: UnitOfWork, request_id: int, version: int, reason: str) -> RequestRow:
    """未列入, with the reason the office gives the unit (e.g. "与县政府常务会议合并召开")."""
    r = _pending(uow, request_id, version)
    if not reason.strip():
        raise ValidationError("请写明不予安排的原因（会告知申报单位）。")
    r.state, r.decline_reason = RequestState.DECLINED, reason.strip()
    r.decided_at, r.decided_by = uow.now(), uow.settings.operator_name()
    audit.record(uow, "meeting_request", r.id, "decline", f"会议申报“{r.title}”未列入：{r.decline_reason}")
    uow.flush()
    uow.commit()
    return _row(uow, r, _people_of(uow, r))


def accept_request(uow: UnitOfWork, request_id: int, version: int, use_alternative: bool = False,
                   merge_into: int | None = None, merge_kind: str = MergeKind.MERGE) -> AcceptResult:
    """列入: the request becomes a 草稿 meeting at its wanted (or second-choice) time, with its invitees, venue,
    chair and the asking unit as 主办; the request keeps the link. With ``merge_into`` the new meeting is at once
    merged into that meeting (整合会议 / 借会开会, credited in the 会议精简 ledger). One commit."""
    r = _pending(uow, request_id, version)
    if use_alternative and (r.alt_starts_at is None or r.alt_ends_at is None):
        raise ValidationError(f"会议申报“{r.title}”没有备选时间。")
    starts, ends = (r.alt_starts_at, r.alt_ends_at) if use_alternative else (r.starts_at, r.ends_at)
    assert starts is not None and ends is not None
    who = "，".join(t for t in (r.unit.name if r.unit is not None else "", r.requested_by) if t)
    filed = r.requested_at.astimezone(uow.settings.tz())
    origin = f"据会议申报（{who}，{filed.month}月{filed.day}日{filed:%H:%M}{'，逾期申报' if r.late else ''}）列入。"
    notes = "\n".join(t for t in (r.notes, r.venue_note and f"会场意向：{r.venue_note}", origin) if t)
    data = meetings.MeetingInput(title=r.title, kind=r.kind, starts_at=starts, ends_at=ends, venue_id=r.venue_id,
                                 host_unit_id=r.unit_id, chair_id=r.chair_id, notes=notes)
    people = [meetings.ParticipantInput(pid, ParticipantRole.ATTEND) for pid, _ in _people_of(uow, r)]
    m, (warnings, clashes) = meetings.build_meeting(uow, data, (), people)
    r.state, r.meeting_id = RequestState.ACCEPTED, m.id
    r.decided_at, r.decided_by = uow.now(), uow.settings.operator_name()
    summary = f"会议申报“{r.title}”已列入{week_label(r.iso_year, r.iso_week)}"
    audit.record(uow, "meeting_request", r.id, "accept", summary, meeting_id=m.id)
    meeting_id, meeting_version = m.id, m.version
    if merge_into is not None:
        target = uow.session.get(Meeting, merge_into)
        if target is None or target.deleted_at is not None:
            raise NotFoundError(f"要并入的会议（编号 {merge_into}）不存在，可能已被删除。")
        merged = meetings.merge_into(uow, m.id, m.version, merge_into, target.version, merge_kind)
        summary += "，" + merged.summary
        meeting_id, meeting_version, warnings, clashes = merge_into, merged.target_version, merged.warnings, ()
    uow.flush()
    uow.commit()
    return AcceptResult(r.id, meeting_id, meeting_version, summary, tuple(warnings), tuple(clashes))
