"""会议纪要 of a meeting: a draft from the record, saving, 起草 → 送审 → 已签发 → 已印发, revisions after 签发,
and a decision made a 督办 item (议定事项) in one step.

The 出席 / 请假 / 列席 lines are never stored: every view reads them from the attendance record
(:func:`huiwu.services.attendance.load_roster`, whose outcomes the sign-in page, the 签到表 and the 通报 show)
through :func:`huiwu.rules.minutes.attendance_lines`. Until the clerk saves a 纪要, the meeting shows a draft
made from its record: one section per 议题 (its title the heading), the meeting's 议定事项 attached to the
section of their 议题. Numbers run per meeting kind and year (〔2026〕49号); the next one is taken when the 纪要
is first saved. After 签发 the text changes only by a recorded revision (why, who, when, the text before).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    ACTION_STATE_LABELS,
    MINUTES_STATE_LABELS,
    OVERDUE_LABEL,
    ActionItem,
    ActionState,
    AgendaItem,
    Meeting,
    MeetingStatus,
    Minutes,
    MinutesDecision,
    MinutesRevision,
    MinutesSection,
    MinutesState,
    ParticipantRole,
    Unit,
    UnitKind,
)
from huiwu.rules import minutes as rules
from huiwu.rules.order import unit_order
from huiwu.rules.secrecy import highest_secrecy, is_state_secret, secrecy_mark
from huiwu.services import audit
from huiwu.services.aggregate import ACTIONS, AGENDA, HEAD, load_meeting
from huiwu.services.attendance import RosterRow, load_roster
from huiwu.text import cn_date, cn_datetime, venue_text

__all__ = [
    "DecisionInput",
    "MinutesInput",
    "MinutesView",
    "SectionInput",
    "ToAction",
    "decision_sources",
    "decision_to_action",
    "load_minutes",
    "minutes_text",
    "save_draft",
    "save_minutes",
    "transition",
]

OTHER_HEADING = "其他事项"
#: The state changes the tab and ``huiwu minutes`` offer: action → (from, to, what the record says).
TRANSITIONS: dict[str, tuple[MinutesState, MinutesState, str]] = {
    "submit": (MinutesState.DRAFT, MinutesState.REVIEW, "送审"),
    "return": (MinutesState.REVIEW, MinutesState.DRAFT, "退回修改"),
    "sign": (MinutesState.REVIEW, MinutesState.SIGNED, "签发"),
    "issue": (MinutesState.SIGNED, MinutesState.ISSUED, "印发"),
}
ACTION_LABELS = {k: v[2] for k, v in TRANSITIONS.items()}
#: What a 纪要 view reads of its meeting, in a constant few statements.
MEETING_ROWS = HEAD + AGENDA + ACTIONS


# ---------------------------------------------------------------- plain data


@dataclass(frozen=True)
class DecisionView:
    id: int | None  # None in a draft not saved yet
    text: str
    action_item_id: int | None
    action_text: str  # "督办：县财政局，2026年12月10日前，办理中" once it is a 督办 item
    ref: str  # "纪要〔2026〕49号 一、（一）": the paragraph a 督办 item links back to


@dataclass(frozen=True)
class SectionView:
    id: int | None
    agenda_item_id: int | None
    heading: str
    body: str
    decisions: tuple[DecisionView, ...] = ()


@dataclass(frozen=True)
class RevisionView:
    number: int
    reason: str
    made_by: str
    made_at: dt.datetime  # office zone


@dataclass(frozen=True)
class MinutesView:
    """A meeting's 纪要 as the tab, ``huiwu minutes`` and the printer show it (a draft when not saved)."""

    meeting_id: int
    meeting_title: str
    minutes_id: int | None  # None: a draft from the record, nothing saved yet
    version: int  # 0 while unsaved: the first save creates it
    state: str
    state_label: str
    kind: str
    year: int | None
    number: int | None
    number_text: str  # 〔2026〕49号
    title: str
    time_text: str  # 2026年11月24日（星期二）9:00—12:00
    place: str
    chair: str
    attendance: rules.AttendanceLines
    held: bool  # the lines are the record (the meeting has started), else the expected invitees
    sections: tuple[SectionView, ...]
    distribution: str  # 分送
    issuer: str  # 印发机关
    issued_on: dt.date | None
    confidentiality: str  # the level the 纪要 carries (the meeting's, or a 涉密 议题's when higher)
    secrecy_mark: str  # "秘密★1年", or ""
    submitted: str = ""  # "王晓燕 2026-11-25 10:00", each step's who and when
    signed: str = ""
    issued: str = ""
    signed_by: str = ""
    revision: int = 0
    revisions: tuple[RevisionView, ...] = ()
    agenda: tuple[tuple[int, str], ...] = field(default=())  # (id, title) of the meeting's 议题, for the tab

    @property
    def saved(self) -> bool:
        return self.minutes_id is not None

    @property
    def secret(self) -> bool:
        return is_state_secret(self.confidentiality)

    @property
    def needs_reason(self) -> bool:
        """已签发 / 已印发: a change of the text is a revision, with its reason."""
        return self.state in (MinutesState.SIGNED, MinutesState.ISSUED)

    @property
    def actions(self) -> tuple[str, ...]:
        """The state changes allowed now (keys of :data:`TRANSITIONS`)."""
        if not self.saved:
            return ()
        return tuple(k for k, (old, _new, _label) in TRANSITIONS.items() if old == self.state)

    def as_input(self) -> MinutesInput:
        return MinutesInput(
            self.title, self.number, self.year, self.distribution, self.issuer,
            tuple(SectionInput(s.heading, s.body, s.agenda_item_id,
                               tuple(DecisionInput(d.text, d.id, d.action_item_id) for d in s.decisions), s.id)
                  for s in self.sections))

    def header_lines(self) -> list[tuple[str, str]]:
        """时间 / 地点 / 主持, then 出席 / 请假 / 列席: (label, text) as printed."""
        head = [("时间", self.time_text), ("地点", self.place or "—"), ("主持", self.chair or "—")]
        return head + self.attendance.lines()

    def as_text(self) -> str:
        """The 纪要 as plain text (``huiwu minutes``): the title and number, the lines, the body, the 版记."""
        out = [f"{self.secrecy_mark}" if self.secrecy_mark else "", self.title, self.number_text, ""]
        out = [line for line in out[:-1] if line] + [""]
        out += [f"{label}：{text}" for label, text in self.header_lines()]
        for i, s in enumerate(self.sections, 1):
            out += ["", rules.numbered_heading(i, s.heading)]
            out += [p.strip() for p in s.body.splitlines() if p.strip()]
            for k, d in enumerate(s.decisions, 1):
                link = f"（{d.action_text}）" if d.action_text else ""
                out.append(f"{rules.decision_mark(k)}{d.text}{link}")
        out += ["", f"分送：{self.distribution}" if self.distribution else "分送：—",
                f"{self.issuer}　　{cn_date(self.issued_on)}印发" if self.issued_on else f"{self.issuer}　　（未印发）"]
        status = f"状态：{self.state_label}" + (f"（第{self.revision}次修订）" if self.revision else "")
        if not self.saved:
            status += "（据会议记录生成的草稿，尚未保存）"
        return "\n".join([*out, "", status]) + "\n"


@dataclass(frozen=True)
class DecisionInput:
    text: str
    id: int | None = None  # an existing decision keeps its 督办 link
    action_item_id: int | None = None  # a new one may attach an existing 议定事项 of the meeting (the draft's)


@dataclass(frozen=True)
class SectionInput:
    heading: str
    body: str = ""
    agenda_item_id: int | None = None
    decisions: tuple[DecisionInput, ...] = ()
    id: int | None = None


@dataclass(frozen=True)
class MinutesInput:
    title: str
    number: int | None = None  # None: the next of its kind and year
    year: int | None = None  # None: the meeting's year
    distribution: str = ""
    issuer: str = ""
    sections: tuple[SectionInput, ...] = ()


@dataclass(frozen=True)
class ToAction:
    """A decision made a 督办 item: who is responsible and by when (the text defaults to the decision's)."""

    responsible_unit_id: int | None
    deadline: dt.date | None = None
    responsible_person_id: int | None = None
    text: str = ""


# ---------------------------------------------------------------- reading


def _load(uow: UnitOfWork, meeting_id: int) -> Minutes | None:
    return uow.session.scalars(
        select(Minutes).where(Minutes.meeting_id == meeting_id).options(
            selectinload(Minutes.sections).selectinload(MinutesSection.decisions)
            .joinedload(MinutesDecision.action_item).joinedload(ActionItem.responsible_unit),
            selectinload(Minutes.revisions))
    ).one_or_none()


def load_minutes(uow: UnitOfWork, meeting_id: int) -> MinutesView:
    """The meeting's 纪要, or a draft from its record when none is saved. Reading writes nothing."""
    meeting = load_meeting(uow, meeting_id, options=MEETING_ROWS)
    return _view(uow, meeting, _load(uow, meeting_id))


def minutes_text(uow: UnitOfWork, meeting_id: int) -> str:
    """``huiwu minutes MEETING_ID``: the 纪要's text (a draft from the record when none exists yet)."""
    return load_minutes(uow, meeting_id).as_text()


def _view(uow: UnitOfWork, meeting: Meeting, m: Minutes | None) -> MinutesView:
    tz = uow.settings.tz()
    level, term = _content(meeting)
    lines, held, roster = _attendance(uow, meeting)
    agenda = tuple((a.id, a.title) for a in _agenda(meeting))
    if m is None:
        year = meeting.starts_at.astimezone(tz).year
        number = _next_number(uow, meeting.kind, year)
        sections = _draft_sections(meeting, rules.number_text(year, number), uow.today())
        return MinutesView(
            meeting.id, meeting.title, None, 0, MinutesState.DRAFT, MINUTES_STATE_LABELS[MinutesState.DRAFT],
            meeting.kind, year, number, rules.number_text(year, number),
            rules.default_title(uow.settings.office_name, meeting.kind, number, meeting.title),
            _time_text(meeting, tz), _place(meeting), _chair(meeting), lines, held, sections,
            _default_distribution(roster), uow.settings.issuer_line(), None, level, secrecy_mark(level, term),
            agenda=agenda)
    number_text = rules.number_text(m.year, m.number)
    today = uow.today()
    sections = tuple(
        SectionView(s.id, s.agenda_item_id, s.heading, s.body, tuple(
            DecisionView(d.id, d.text, d.action_item_id, _action_text(d.action_item, today),
                         rules.decision_ref(number_text, i, k)) for k, d in enumerate(s.decisions, 1)))
        for i, s in enumerate(m.sections, 1))
    return MinutesView(
        meeting.id, meeting.title, m.id, m.version, m.state, MINUTES_STATE_LABELS[MinutesState(m.state)], m.kind,
        m.year, m.number, number_text, m.title, _time_text(meeting, tz), _place(meeting), _chair(meeting), lines,
        held, sections, m.distribution, m.issuer, m.issued_on, level, secrecy_mark(level, term),
        submitted=_step(m.submitted_by, m.submitted_at, tz), signed=_step(m.signed_by, m.signed_at, tz),
        issued=_step(m.issued_by, m.issued_at, tz), signed_by=m.signed_by, revision=m.revision,
        revisions=tuple(RevisionView(r.number, r.reason, r.made_by, r.made_at.astimezone(tz)) for r in m.revisions),
        agenda=agenda)


def _attendance(uow: UnitOfWork, meeting: Meeting) -> tuple[rules.AttendanceLines, bool, Sequence[RosterRow]]:
    """The lines from the roster (the sign-in page's rows and outcomes, in 排序号 order)."""
    roster = load_roster(uow, meeting.id)
    unit_ids = {r.unit_id for r in roster.rows}
    units = {uid: (kind, short or name) for uid, kind, short, name in uow.session.execute(
        select(Unit.id, Unit.kind, Unit.short_name, Unit.name).where(Unit.id.in_(unit_ids)))} if unit_ids else {}
    seats = []
    for r in roster.rows:
        kind, short = units.get(r.unit_id, (UnitKind.OTHER, r.unit_name))
        seats.append(rules.MinutesSeat(
            name=r.name, role=r.role, outcome=r.outcome, unit_prefix="" if kind == UnitKind.LEADERSHIP else short,
            substitute_name=r.substitute_name, approved_leave=r.leave_request_id is not None or r.substitute_approved,
            chair=r.person_id == meeting.chair_id))
    held = (meeting.status in (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED) or uow.now() >= meeting.starts_at
            or any(r.signed for r in roster.rows))  # someone signed in: the record is the meeting's
    return rules.attendance_lines(seats, held), held, roster.rows


def _agenda(meeting: Meeting) -> list[AgendaItem]:
    return sorted(meeting.agenda_items, key=lambda a: (a.position, a.id))


def _draft_sections(meeting: Meeting, number_text: str, today: dt.date) -> tuple[SectionView, ...]:
    """One section per 议题, the meeting's 议定事项 under the 议题 they belong to (by their 议题, else by naming
    it); the rest under 其他事项."""
    agenda = _agenda(meeting)
    placed: dict[int | None, list[ActionItem]] = {}
    for a in meeting.action_items:
        home = a.agenda_item_id if any(x.id == a.agenda_item_id for x in agenda) else next(
            (x.id for x in agenda if x.title.strip() and x.title.strip() in a.text), None)
        placed.setdefault(home, []).append(a)
    plan: list[tuple[int | None, str, str]] = []
    for x in agenda:
        presenter = (x.presenter_unit.name if x.presenter_unit else "") or x.presenter_name
        decided = "经研究，会议议定：" if placed.get(x.id) else ""
        if presenter and "讲话" in x.title:
            body = f"{presenter}作了讲话。" + decided
        elif presenter:
            body = f"会议听取了{presenter}的汇报。" + decided
        else:
            body = decided
        plan.append((x.id, x.title, body))
    if placed.get(None) or not plan:
        plan.append((None, OTHER_HEADING, ""))
    out = []
    for i, (agenda_id, heading, body) in enumerate(plan, 1):
        decisions = tuple(DecisionView(None, a.text, a.id, _action_text(a, today), rules.decision_ref(number_text, i, k))
                          for k, a in enumerate(placed.get(agenda_id, []), 1))
        out.append(SectionView(None, agenda_id, heading, body, decisions))
    return tuple(out)


def _action_text(a: ActionItem | None, today: dt.date) -> str:
    if a is None:
        return ""
    overdue = a.state == ActionState.OPEN and a.deadline is not None and a.deadline < today
    state = OVERDUE_LABEL if overdue else ACTION_STATE_LABELS.get(ActionState(a.state), a.state)
    parts = [a.responsible_unit.name if a.responsible_unit else "", f"{cn_date(a.deadline)}前" if a.deadline else "",
             state]
    return "督办：" + "，".join(p for p in parts if p)


def _content(meeting: Meeting) -> tuple[str, str]:
    """The 纪要 records the 议题: it carries the highest 密级 of the meeting and of its 议题."""
    level, term = highest_secrecy([(meeting.confidentiality, meeting.secrecy_term)]
                                  + [(a.secrecy_level, a.secrecy_term) for a in meeting.agenda_items])
    return (level, term) if is_state_secret(level) else (meeting.confidentiality, "")


def _time_text(meeting: Meeting, tz: dt.tzinfo) -> str:
    return cn_datetime(meeting.starts_at.astimezone(tz), meeting.ends_at.astimezone(tz), weekday="星期")


def _place(meeting: Meeting) -> str:
    parts = []
    if meeting.venue is not None:
        parts.append(venue_text(meeting.venue.name, meeting.venue.location))
    if meeting.video_link:
        parts.append("视频会议")
    return "、".join(parts)


def _chair(meeting: Meeting) -> str:
    c = meeting.chair
    if c is None:
        return ""
    return f"{c.name}（{c.title}）" if c.title else c.name


def _default_distribution(rows: Sequence[RosterRow]) -> str:
    """分送: the units of the invitees (出席 and 列席), in 排序号 order; "各有关单位" beyond eight."""
    seen: dict[int, tuple[int, str]] = {}
    for r in rows:
        if r.role != ParticipantRole.STAFF:
            seen.setdefault(r.unit_id, (r.unit_sort, r.unit_name))
    units = sorted(seen.items(), key=lambda t: unit_order(t[1][0], t[1][1], t[0]))
    if not units or len(units) > 8:
        return "各有关单位"
    return "，".join(name for _, (_, name) in units)


def _step(who: str, when: dt.datetime | None, tz: dt.tzinfo) -> str:
    if when is None:
        return ""
    return f"{who} {when.astimezone(tz):%Y-%m-%d %H:%M}".strip()


def _next_number(uow: UnitOfWork, kind: str, year: int) -> int:
    taken = uow.session.scalars(select(Minutes.number).where(Minutes.kind == kind, Minutes.year == year))
    return rules.next_number(taken)


def decision_sources(uow: UnitOfWork, action_ids: Iterable[int] | Select[Any]) -> dict[int, str]:
    """督办 item → the 纪要 paragraph it came from ("纪要〔2026〕49号 二、（一）"), in one statement. ``action_ids``:
    ids, or a select of them (a list's own query: 20,000 ids bound one by one would pass SQLite's limit)."""
    ids = action_ids if isinstance(action_ids, Select) else list(action_ids)
    if isinstance(ids, list) and not ids:
        return {}
    rows = uow.session.execute(
        select(MinutesDecision.action_item_id, MinutesDecision.position, MinutesSection.position, Minutes.year,
               Minutes.number)
        .join(MinutesSection, MinutesDecision.section_id == MinutesSection.id)
        .join(Minutes, MinutesSection.minutes_id == Minutes.id)
        .where(MinutesDecision.action_item_id.in_(ids)))
    return {aid: rules.decision_ref(rules.number_text(year, number), spos + 1, dpos + 1)
            for aid, dpos, spos, year, number in rows if aid is not None}


def edited(view: MinutesView, data: MinutesInput) -> MinutesView:
    """The view as it would read with ``data`` saved (the tab's live preview); reads nothing, writes nothing."""
    links = {d.id: d for s in view.sections for d in s.decisions if d.id is not None}
    by_item = {d.action_item_id: d for s in view.sections for d in s.decisions if d.action_item_id is not None}
    year = data.year or view.year
    number = data.number or view.number
    number_text = rules.number_text(year, number)
    sections = []
    for i, s in enumerate(data.sections, 1):
        decisions = []
        for k, d in enumerate(s.decisions, 1):
            known = links.get(d.id) if d.id is not None else by_item.get(d.action_item_id or 0)
            decisions.append(DecisionView(d.id, d.text, known.action_item_id if known else None,
                                          known.action_text if known else "", rules.decision_ref(number_text, i, k)))
        sections.append(SectionView(s.id, s.agenda_item_id, s.heading, s.body, tuple(decisions)))
    return dataclasses.replace(view, title=data.title, year=year, number=number, number_text=number_text,
                               distribution=data.distribution, issuer=data.issuer or view.issuer,
                               sections=tuple(sections))


# ---------------------------------------------------------------- saving


def save_draft(uow: UnitOfWork, meeting_id: int) -> MinutesView:
    """Keep the draft made from the record as the meeting's 纪要 (numbered now). Refused when one exists."""
    view = load_minutes(uow, meeting_id)
    if view.saved:
        raise RuleError(f"会议“{view.meeting_title}”已有纪要（{view.number_text}），不能再生成草稿。")
    return save_minutes(uow, meeting_id, view.as_input(), 0)


def save_minutes(uow: UnitOfWork, meeting_id: int, data: MinutesInput, version: int,
                 reason: str = "") -> MinutesView:
    """Save the 纪要 (``version`` 0 creates it). After 签发 a change needs ``reason`` and becomes a revision."""
    meeting = load_meeting(uow, meeting_id, options=MEETING_ROWS)
    m = _load(uow, meeting_id)
    creating = m is None
    if m is None:
        if version != 0:
            raise ConflictError("会议纪要", version, 0)
        m = Minutes(meeting_id=meeting.id, kind=meeting.kind, state=MinutesState.DRAFT, sections=[], revisions=[])
    elif m.version != version:
        raise ConflictError(f"会议纪要“{m.title}”", version, m.version)
    title = " ".join(data.title.split())
    if not title:
        raise ValidationError("请填写纪要标题，如“县政府第49次常务会议纪要”。")
    if len(title) > 300:
        raise ValidationError("纪要标题太长（不超过 300 字）。")
    sections = _clean_sections(data.sections)
    year = data.year or m.year or meeting.starts_at.astimezone(uow.settings.tz()).year
    if data.number is not None and data.number < 1:
        raise ValidationError("纪要编号应为正整数，如 49。")
    number = data.number or m.number or _next_number(uow, m.kind, year)
    _check_number_free(uow, m, m.kind, year, number)
    before = _snapshot(m) if not creating else {}
    was = _body(m) if not creating else []
    m.title, m.year, m.number = title, year, number
    m.distribution, m.issuer = data.distribution.strip(), data.issuer.strip() or uow.settings.issuer_line()
    _apply_sections(uow, meeting, m, sections)
    after = _snapshot(m)
    if not creating and after == before:
        return _view(uow, meeting, m)  # nothing changed: nothing written
    who = uow.settings.operator_name()
    revised = not creating and m.state in (MinutesState.SIGNED, MinutesState.ISSUED)
    if revised and not reason.strip():
        raise ValidationError(f"纪要已{MINUTES_STATE_LABELS[MinutesState(m.state)]}，修改须填写修订原因（将记入修订记录）。")
    if revised:
        m.revisions.append(MinutesRevision(number=m.revision + 1, reason=reason.strip(), made_by=who, before=before))
        m.revision += 1
    m.updated_at = uow.now()  # the sections are rows of their own: the 纪要's version moves with them
    if creating:
        uow.session.add(m)
    _flush(uow, m)
    changes = _changes(before, after, was, _body(m))
    if revised:
        changes |= {"reason": reason.strip(), "revision": [m.revision - 1, m.revision]}
    action = "create" if creating else "revise" if revised else "update"
    summary = {"create": f"起草会议纪要《{m.title}》（{rules.number_text(year, number)}）",
               "update": f"修改会议纪要《{m.title}》",
               "revise": f"修订已签发的会议纪要《{m.title}》（第{m.revision}次修订）：{reason.strip()}"}[action]
    audit.record(uow, "minutes", m.id, action, summary, meeting_id=meeting.id, changes=changes)
    uow.commit()
    return _view(uow, meeting, m)


def _clean_sections(sections: Sequence[SectionInput]) -> list[SectionInput]:
    out = []
    for s in sections:
        decisions = tuple(DecisionInput(" ".join(d.text.split()), d.id, d.action_item_id)
                          for d in s.decisions if d.text.strip() or d.id is not None)
        if any(not d.text for d in decisions):
            raise ValidationError(f"“{s.heading.strip() or '未命名部分'}”有一条议定内容为空，请填写或删除。")
        heading, body = s.heading.strip(), s.body.strip()
        if not (heading or body or decisions):
            continue  # an empty section left by the clerk
        if not heading:
            raise ValidationError("纪要的每一部分都要有标题（通常是议题名称）。")
        out.append(SectionInput(heading, body, s.agenda_item_id, decisions, s.id))
    return out


def _check_number_free(uow: UnitOfWork, m: Minutes, kind: str, year: int, number: int) -> None:
    other = uow.session.scalars(select(Minutes).where(
        Minutes.kind == kind, Minutes.year == year, Minutes.number == number,
        Minutes.id != (m.id or 0))).first()
    if other is not None:
        raise ValidationError(f"编号{rules.number_text(year, number)}已被《{other.title}》使用，"
                              f"请换一个编号（本年下一个可用编号为 {_next_number(uow, kind, year)}）。")


def _flush(uow: UnitOfWork, m: Minutes) -> None:
    try:
        uow.flush()
    except IntegrityError as exc:  # another PC took the number meanwhile
        uow.session.rollback()
        raise ValidationError(f"编号{rules.number_text(m.year, m.number)}刚刚被另一份纪要使用，请换一个编号后再保存。") from exc


def _apply_sections(uow: UnitOfWork, meeting: Meeting, m: Minutes, sections: list[SectionInput]) -> None:
    """The sections and decisions as given, in order; existing ones (by id) are updated in place so a 督办 link
    stays. A decision that is already a 督办 item cannot be dropped."""
    agenda_ids = {a.id for a in meeting.agenda_items}
    action_ids = {a.id for a in meeting.action_items}
    old_sections = {s.id: s for s in m.sections}
    old_decisions = {d.id: d for s in m.sections for d in s.decisions}
    kept = {d.id for s in sections for d in s.decisions if d.id is not None}
    for gone in old_decisions.values():
        if gone.id not in kept and gone.action_item_id is not None:
            raise RuleError(f"议定内容“{_short(gone.text)}”已转为督办事项，不能从纪要中删除；"
                            "如确需删除，请先在“议定事项”中删除该督办事项。")
    linked = {x.action_item_id for x in old_decisions.values() if x.id in kept and x.action_item_id is not None}
    home = {dec.id: s for s in m.sections for dec in s.decisions}
    new_sections: list[MinutesSection] = []
    for i, s in enumerate(sections):
        row = old_sections.pop(s.id, None) if s.id is not None else None
        if row is None:
            row = MinutesSection(decisions=[])
        row.position, row.heading, row.body = i, s.heading, s.body
        row.agenda_item_id = s.agenda_item_id if s.agenda_item_id in agenda_ids else None
        decisions: list[MinutesDecision] = []
        for k, d in enumerate(s.decisions):
            dec = old_decisions.get(d.id) if d.id is not None else None
            if dec is not None and home[dec.id] is not row and dec in home[dec.id].decisions:
                home[dec.id].decisions.remove(dec)  # moved to another section: not deleted with its old one
            if dec is None:
                dec = MinutesDecision()
                if d.action_item_id in action_ids and d.action_item_id not in linked:
                    dec.action_item_id = d.action_item_id
                    linked.add(d.action_item_id)
            dec.position, dec.text = k, d.text
            decisions.append(dec)
        row.decisions = decisions
        new_sections.append(row)
    m.sections = new_sections


def _body(m: Minutes) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.heading, s.body, tuple(d.text for d in s.decisions)) for s in m.sections]


def _snapshot(m: Minutes) -> dict[str, Any]:
    """The 纪要's text as plain values: what a revision keeps of the text before."""
    return {
        "title": m.title, "number": rules.number_text(m.year, m.number), "distribution": m.distribution,
        "issuer": m.issuer,
        "sections": [{"heading": h, "body": b, "decisions": list(d)} for h, b, d in _body(m)],
        "agenda": [s.agenda_item_id for s in m.sections],  # which 议题 each part reports (its 督办 items follow)
    }


def _changes(before: dict[str, Any], after: dict[str, Any], was: list[Any], now: list[Any]) -> dict[str, Any]:
    """For the 修改记录: the fields that changed, and which parts of the body (by heading)."""
    changes: dict[str, Any] = {k: [before.get(k, ""), after[k]] for k in ("title", "number", "distribution", "issuer")
               if before.get(k, "") != after[k]}
    if was != now:
        old = {h: (b, d) for h, b, d in was}
        touched = [h for h, b, d in now if old.get(h) != (b, d)]
        gone = [h for h, _, _ in was if h not in {x[0] for x in now}]
        parts = "、".join([*touched, *(f"删除“{h}”" for h in gone)]) or "调整顺序"
        changes["sections"] = parts if len(parts) <= 80 else parts[:80] + "…"
    elif before.get("agenda") != after.get("agenda"):
        changes["sections"] = "各部分对应的议题"
    return changes


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


# ---------------------------------------------------------------- 起草 → 送审 → 已签发 → 已印发


def transition(uow: UnitOfWork, meeting_id: int, action: str, version: int, *, signer: str = "",
               issued_on: dt.date | None = None) -> MinutesView:
    """送审 (to the chair), 退回修改, 签发 (``signer``: who signed, by default the chair), 印发 (``issued_on``:
    by default today in the office's zone); each records who and when."""
    if action not in TRANSITIONS:
        raise ValidationError(f"不认识的纪要操作“{action}”，可选：{'、'.join(ACTION_LABELS.values())}。")
    old, new, label = TRANSITIONS[action]
    meeting = load_meeting(uow, meeting_id, options=MEETING_ROWS)
    m = _load(uow, meeting_id)
    if m is None:
        raise RuleError(f"会议“{meeting.title}”还没有保存的纪要：请先保存纪要草稿，再{label}。")
    if m.version != version:
        raise ConflictError(f"会议纪要“{m.title}”", version, m.version)
    state = MinutesState(m.state)
    if state != old:
        raise RuleError(f"纪要当前为“{MINUTES_STATE_LABELS[state]}”，不能{label}"
                        f"（{label}须在“{MINUTES_STATE_LABELS[old]}”时进行）。")
    if action == "submit" and meeting.status != MeetingStatus.FINISHED:
        raise RuleError(f"会议“{meeting.title}”还没有结束，纪要不能送审；会议结束后出席、请假情况才是定数。")
    if action == "submit" and not m.sections:
        raise RuleError("纪要正文为空，不能送审。")
    who, now = uow.settings.operator_name(), uow.now()
    changes: dict[str, Any] = {"state": [state.value, new.value]}
    summary = f"会议纪要《{m.title}》{label}"
    if action == "submit":
        m.submitted_at, m.submitted_by = now, who
        summary += "（送主持人审签）"
    elif action == "sign":
        m.signed_at = now
        m.signed_by = " ".join(signer.split()) or (meeting.chair.name if meeting.chair else who)
        changes["signed_by"] = m.signed_by
        summary += f"，签发人：{m.signed_by}"
    elif action == "issue":
        m.issued_at, m.issued_by = now, who
        m.issued_on = issued_on or uow.today()
        changes["issued_on"] = m.issued_on.isoformat()
        summary += f"，印发日期：{cn_date(m.issued_on)}"
    m.state = new
    audit.record(uow, "minutes", m.id, action, summary, meeting_id=meeting.id, changes=changes)
    uow.commit()
    return _view(uow, meeting, m)


# ---------------------------------------------------------------- a decision becomes a 督办 item


def decision_to_action(uow: UnitOfWork, meeting_id: int, decision_id: int, data: ToAction,
                       version: int | None = None) -> MinutesView:
    """One step: the 议定事项 (督办 item) for the decision — its responsible unit, deadline and 议题 — created and
    linked from the 纪要 paragraph, in one commit, with its record. ``version`` is the 纪要's as the clerk saw it."""
    from huiwu.services.actions import ActionInput, build_action

    meeting = load_meeting(uow, meeting_id, options=MEETING_ROWS)
    m = _load(uow, meeting_id)
    if m is not None and version is not None and m.version != version:
        raise ConflictError("会议纪要", version, m.version)
    found = [(i, k, s, d) for i, s in enumerate(m.sections, 1) for k, d in enumerate(s.decisions, 1)
             if d.id == decision_id] if m is not None else []
    if m is None or not found:
        raise NotFoundError("找不到这条议定内容，可能已从纪要中删除；请刷新后再试。")
    i, k, section, decision = found[0]
    if decision.action_item_id is not None:
        raise RuleError(f"议定内容“{_short(decision.text)}”已转为督办事项。")
    if data.responsible_unit_id is None:
        raise ValidationError("请选择责任单位：督办事项要有牵头负责的单位。")
    text = " ".join((data.text or decision.text).split())
    ref = rules.decision_ref(rules.number_text(m.year, m.number), i, k)
    item = build_action(uow, meeting, ActionInput(text, data.responsible_unit_id, data.responsible_person_id,
                                                  data.deadline, section.agenda_item_id),
                        summary=f"{ref}转为督办事项：{_short(text)}", extra={"from_minutes": ref})
    decision.action_item_id = item.id
    decision.action_item = item
    m.updated_at = uow.now()  # the 纪要 changed: a tab opened before this sees a conflict, never overwrites
    uow.commit()
    return _view(uow, meeting, m)
