"""Every printed document of the office: load what it needs in one unit of work, then render it to PDF bytes.

The renderers in :mod:`huiwu.printing` take plain data; this module is the only place that knows which rows
of the database make a sign-in sheet, a 明白纸 or an attendance 通报. Nothing here changes the database.
Times are converted to the office's zone before they reach a renderer; fonts follow ``settings.fonts``.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal, cast

from sqlalchemy import select
from sqlalchemy.orm import contains_eager, joinedload, selectinload

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, ValidationError
from huiwu.models import (
    ACTION_STATE_LABELS,
    CONFIDENTIALITY_LABELS,
    MEETING_KIND_LABELS,
    ActionItem,
    ActionState,
    Handout,
    Meeting,
)
from huiwu.printing import data as d
from huiwu.printing.fonts import FontMap, resolve_fonts
from huiwu.progress import CancelCheck, Meter, Progress
from huiwu.rules.attendance import Outcome
from huiwu.rules.order import unit_order
from huiwu.rules.secrecy import highest_secrecy, is_state_secret, numbered, secrecy_mark
from huiwu.services.aggregate import ACTIONS, AGENDA, HEAD, PEOPLE, load_meeting

if TYPE_CHECKING:
    from huiwu.printing.minutes import MinutesDoc
    from huiwu.services.minutes import MinutesView

Kind = Literal["notice", "agenda", "signin", "handout", "seating", "cards", "actions", "result", "minutes", "register"]
KINDS: tuple[str, ...] = ("notice", "agenda", "signin", "handout", "seating", "cards", "actions", "result", "minutes",
                          "register")
KIND_LABELS: dict[str, str] = {
    "notice": "会议通知",
    "agenda": "议程",
    "signin": "签到表",
    "handout": "明白纸",
    "seating": "座次表",
    "cards": "席卡",
    "actions": "督办清单",
    "result": "签到结果表",
    "register": "涉密材料发放回收登记表",
    "minutes": "会议纪要",
    "report": "出勤通报",
    "week": "一周会议安排",
}
FULL_DAY = dt.timedelta(hours=6)  # a meeting this long (or spanning dates) gets a 日程 after its 议程


@dataclass(frozen=True)
class ActionFilter:
    """Which 议定事项 go into a cross-meeting 督办清单 (all open ones by default)."""

    date_from: dt.date | None = None  # meeting date, office zone
    date_to: dt.date | None = None
    states: tuple[str, ...] = (ActionState.OPEN,)  # empty: every state
    unit_id: int | None = None
    overdue_only: bool = False
    meeting_id: int | None = None


# --------------------------------------------------------------------------- entry points


#: What each document reads of its meeting, loaded with the meeting (the roster comes in its own few statements).
_ROWS = {"notice": HEAD + AGENDA + PEOPLE, "agenda": HEAD + AGENDA, "signin": HEAD + AGENDA, "actions": HEAD + ACTIONS,
         "result": HEAD + AGENDA, "minutes": HEAD + AGENDA + ACTIONS}  # the 纪要: its 议定事项 with their units

#: Documents that can be printed as numbered copies (份号 on page 1 of each, GB/T 9704 §7.2.1).
NUMBERED_KINDS: tuple[str, ...] = ("notice", "agenda", "signin", "seating", "result", "minutes")
MAX_COPIES = 500


def document_pdf(uow: UnitOfWork, kind: str, meeting_id: int, *, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None, **options: Any) -> bytes:
    """The PDF of one document of one meeting; ``kind`` is one of :data:`KINDS`.

    ``copies=N`` (notice, 议程, 签到表, 座次表) prints N copies in one file, each numbered 000001 … on its first
    page above the 密级, each with its own page numbers — how a 涉密 meeting's papers are handed out and
    registered.

    ``progress`` hears (done, total) per copy and, on the 签到表, per page of rows; printing writes nothing,
    so ``cancelled`` may stop it at any of those points (raising :class:`~huiwu.errors.Cancelled`).
    """
    meter = Meter(progress, cancelled)
    makers = {
        "notice": _notice, "agenda": _agenda, "signin": _signin, "handout": _meeting_handouts,
        "seating": _seating, "cards": _cards, "actions": _meeting_actions, "result": _result,
        "minutes": _minutes,
        "register": _register,
    }
    maker = makers.get(kind)
    if maker is None:
        raise ValidationError(f"不认识的文档类型“{kind}”，可选：{'、'.join(KINDS)}。")
    meeting = load_meeting(uow, meeting_id, options=_ROWS.get(kind, HEAD))
    material_id = options.pop("material_id", None)
    if material_id is not None:  # the copies of a registered 涉密材料: its 份号 and each one's 领取人
        return _registered_copies(uow, kind, meeting, maker, int(material_id), meter, options)
    copies = int(options.pop("copies", 1))
    if copies != 1 and kind not in NUMBERED_KINDS:
        raise ValidationError(f"{KIND_LABELS[kind]}不按份号印制；可编号印制的有："
                              f"{'、'.join(KIND_LABELS[k] for k in NUMBERED_KINDS)}。")
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(f"印制份数应在 1 到 {MAX_COPIES} 之间，现为 {copies}。")
    if copies != 1:
        options["copies"] = copies
    pdf = maker(uow, meeting, fonts(uow), meter=meter, **options)
    meter.finish()
    return pdf


def numbered_copies(render: Callable[[int], bytes], copies: int | Sequence[int], confidentiality: str,
                    meter: Meter | None = None) -> bytes:
    """``copies`` renders of one document in one PDF, each keeping its own page numbers; numbered 1 … N when
    :func:`huiwu.rules.secrecy.numbered` says so (a single 涉密 copy is 000001), else unnumbered. A sequence
    gives the 份号 themselves (a registered material's copies, always numbered).
    ``meter`` hears of each copy made (the last twentieth is the merge)."""
    if isinstance(copies, int):
        if not numbered(copies, confidentiality):
            return render(0)
        numbers: Sequence[int] = range(1, copies + 1)
    else:
        numbers = copies
    if len(numbers) == 1:
        return render(numbers[0])
    from pypdf import PdfWriter

    writer = PdfWriter()
    made = meter.part(0, meter.total * 19 // 20) if meter is not None else None
    for i, k in enumerate(numbers):
        if made is not None:
            made(i, len(numbers))
        writer.append(io.BytesIO(render(k)))
    writer.compress_identical_objects()  # the fonts and images every copy embeds, once
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _registered_copies(uow: UnitOfWork, kind: str, meeting: Meeting, maker: Callable[..., bytes], material_id: int,
                       meter: Meter, options: dict[str, Any]) -> bytes:
    """One copy of the document per registered copy of the material, each with the register's 份号 and, beside
    it, "领取人：张三（县财政局）" (huiwu.services.secret_register is the numbering truth)."""
    from huiwu.printing._layout import copy_recipients
    from huiwu.services.secret_register import copies_to_print

    if kind not in NUMBERED_KINDS:
        raise ValidationError(f"{KIND_LABELS[kind]}不按份号印制；可按登记份号印制的有："
                              f"{'、'.join(KIND_LABELS[k] for k in NUMBERED_KINDS)}。")
    options.pop("copies", None)
    numbers, recipients = copies_to_print(uow, meeting.id, material_id)
    with copy_recipients(recipients):
        pdf = maker(uow, meeting, fonts(uow), meter=meter, copies=numbers, **options)
    meter.finish()
    return pdf


def _register(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, **_: Any) -> bytes:
    """涉密材料发放回收登记表 (a short sheet saying so when nothing was registered)."""
    from huiwu.printing.register import render_register
    from huiwu.services.secret_register import register_doc

    return render_register(register_doc(uow, meeting.id), fonts)


def actions_pdf(uow: UnitOfWork, filters: ActionFilter | None = None) -> bytes:
    """督办清单 across meetings."""
    from huiwu.printing.actions import render_actions

    f = filters or ActionFilter()
    query = select(ActionItem).join(ActionItem.meeting).where(Meeting.deleted_at.is_(None)).options(
        contains_eager(ActionItem.meeting), joinedload(ActionItem.responsible_unit),
        joinedload(ActionItem.responsible_person), selectinload(ActionItem.feedback))
    if f.meeting_id is not None:
        query = query.where(ActionItem.meeting_id == f.meeting_id)
    if f.states:
        query = query.where(ActionItem.state.in_(f.states))
    if f.unit_id is not None:
        query = query.where(ActionItem.responsible_unit_id == f.unit_id)
    tz = uow.settings.tz()
    if f.date_from is not None:
        query = query.where(Meeting.starts_at >= _local_midnight(f.date_from, tz))
    if f.date_to is not None:
        query = query.where(Meeting.starts_at < _local_midnight(f.date_to + dt.timedelta(days=1), tz))
    items = uow.session.scalars(query.order_by(ActionItem.deadline, ActionItem.id)).all()
    rows = _action_rows(uow, items)
    if f.overdue_only:
        rows = [r for r in rows if r.overdue]
    rows = [_renumber(r, i) for i, r in enumerate(rows, start=1)]
    doc = d.ActionDoc(as_of=uow.today(), rows=tuple(rows), issuer=uow.settings.issuer_line())
    return render_actions(doc, fonts(uow))


def report_pdf(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> bytes:
    """出勤通报: everyone late or absent without approved leave at the meetings of the period."""
    from huiwu.printing.report import render_report

    doc = report_doc(uow, date_from, date_to)
    return render_report(doc, fonts(uow))


def handout_pdf(uow: UnitOfWork, handout_id: int) -> bytes:
    from huiwu.printing.handout import render_handout

    handout = uow.session.get(Handout, handout_id)
    if handout is None:
        raise NotFoundError(f"明白纸不存在（编号 {handout_id}），可能已被其他人删除。")
    return render_handout(handout_doc(uow, handout), fonts(uow))


def week_pdf(uow: UnitOfWork, year: int, week: int, variant: str = "grid", include_secret: bool = False) -> bytes:
    """一周会议安排, delegated to the week engineer's service (涉密 meetings redacted unless asked)."""
    try:
        from huiwu.services import week as week_service
    except ImportError as exc:
        raise ValidationError("本版本尚未包含周安排打印（huiwu.services.week 不存在）。") from exc
    return cast(bytes, week_service.week_pdf(uow, year, week, variant, include_secret))


def fonts(uow: UnitOfWork) -> FontMap:
    return resolve_fonts(uow.settings.fonts or None)


# --------------------------------------------------------------------------- shared loading




def _local_midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)


def _local(uow: UnitOfWork, value: dt.datetime | None) -> dt.datetime | None:
    return value.astimezone(uow.settings.tz()) if value is not None else None


def meeting_label(meeting: Meeting | None) -> d.Confidentiality:
    if meeting is None:
        return "公开"
    label = CONFIDENTIALITY_LABELS.get(meeting.confidentiality, "公开")  # type: ignore[call-overload]
    return cast(d.Confidentiality, label)


def meeting_mark(meeting: Meeting | None) -> str:
    """The mark every document of the meeting carries ("秘密★1年"); empty unless it is 涉密."""
    return secrecy_mark(meeting.confidentiality, meeting.secrecy_term) if meeting is not None else ""


def _content(meeting: Meeting) -> tuple[str, str]:
    level, term = highest_secrecy([(meeting.confidentiality, meeting.secrecy_term)]
                                  + [(a.secrecy_level, a.secrecy_term) for a in meeting.agenda_items])
    return (level, term) if is_state_secret(level) else (meeting.confidentiality, "")


def content_level(meeting: Meeting) -> str:
    """The 密级 of a document that lists the 议题 (the notice, the 议程): the highest of the meeting and of its
    议题 — a 公开 meeting taking a 机密 议题 circulates a 机密 议程."""
    return _content(meeting)[0]


def content_mark(meeting: Meeting) -> str:
    """:func:`content_level`'s first-page mark ("机密★5年")."""
    return secrecy_mark(*_content(meeting))


def meeting_doc(uow: UnitOfWork, meeting: Meeting, *, lists_agenda: bool = False) -> d.MeetingDoc:
    """The meeting as the printers see it; ``lists_agenda``: the document shows the 议题, so it carries
    :func:`content_mark` (the sign-in sheet and the seating chart carry the meeting's own)."""
    agenda = tuple(
        d.AgendaDocItem(
            position=k,
            title=a.title,
            presenter_unit=a.presenter_unit.name if a.presenter_unit else "",
            presenter_name=a.presenter_name,
            minutes=a.minutes or None,
            attending_units=tuple(u.unit.name for u in sorted(
                a.attending_units, key=lambda x: unit_order(x.unit.sort_order, x.unit.name, x.unit_id))),
            secrecy_mark=secrecy_mark(a.secrecy_level, a.secrecy_term),
        )
        for k, a in enumerate(sorted(meeting.agenda_items, key=lambda a: (a.position, a.id)), start=1)
    )
    organisers = tuple(u.name for u in (meeting.host_unit, meeting.undertaker_unit) if u is not None)
    return d.MeetingDoc(
        title=meeting.title,
        kind_label=MEETING_KIND_LABELS.get(meeting.kind, ""),  # type: ignore[call-overload]
        starts_at=_local(uow, meeting.starts_at),
        ends_at=_local(uow, meeting.ends_at),
        venue=_venue_text(meeting),
        video_link=meeting.video_link,
        organisers=tuple(dict.fromkeys(organisers)),
        chair=meeting.chair.name if meeting.chair else "",
        confidentiality=meeting_label(meeting),
        secrecy_mark=content_mark(meeting) if lists_agenda else meeting_mark(meeting),
        notes=meeting.notes,
        agenda=agenda,
    )


def _venue_text(meeting: Meeting) -> str:
    from huiwu.text import venue_text

    return venue_text(meeting.venue.name, meeting.venue.location) if meeting.venue is not None else ""


# --------------------------------------------------------------------------- notice


def notice_doc(uow: UnitOfWork, meeting: Meeting) -> d.NoticeDoc:
    """The printed notice: the notice service's one model, line for line as the editor's tab shows it."""
    from huiwu.services.notice import build_notice, reply_instruction

    n = build_notice(uow, meeting.id)
    form = d.ReplyForm(title=f"{meeting.title}回执", columns=("单位", "姓名", "职务", "联系电话", "是否参会"),
                       deadline_text=f"注：{reply_instruction(uow, meeting)}；不参会的请注明原因及代会人员。")
    return d.NoticeDoc(title=n.title, recipients=n.addressees, paragraphs=n.body, issuer=n.signature,
                       date_text=n.date_text, postscript=n.postscript, reply_form=form,
                       secrecy_mark=content_mark(meeting), printed_by=uow.settings.office_name.strip(),
                       printed_on=uow.today())


def _notice(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, *, copies: int = 1, meter: Meter | None = None,
            **_: Any) -> bytes:
    from huiwu.printing.notice import render_notice

    doc = notice_doc(uow, meeting)
    return numbered_copies(lambda k: render_notice(replace(doc, copy_number=k), fonts), copies,
                           content_level(meeting), meter)


# --------------------------------------------------------------------------- agenda and 日程


def needs_schedule(meeting: d.MeetingDoc) -> bool:
    if meeting.starts_at is None or meeting.ends_at is None:
        return False
    return meeting.ends_at.date() > meeting.starts_at.date() or meeting.ends_at - meeting.starts_at >= FULL_DAY


def schedule_slots(meeting: d.MeetingDoc) -> list[d.ScheduleSlot]:
    """The 日程: the 议题 in the office's sessions (lunch kept free) when they have durations, else the
    meeting's sessions day by day (:mod:`huiwu.rules.schedule`)."""
    from huiwu.rules.schedule import BEYOND_END, LUNCH_LABEL, day_sessions, lay_out

    start, end = meeting.starts_at, meeting.ends_at
    if start is None or end is None:
        return []
    place = meeting.venue or meeting.video_link
    timed = bool(meeting.agenda) and all(a.minutes for a in meeting.agenda)
    rows = lay_out([a.minutes or 0 for a in meeting.agenda], start, end) if timed else day_sessions(start, end)
    slots: list[d.ScheduleSlot] = []
    for row in rows:
        span = f"{row.start:%H:%M}—{row.end:%H:%M}"
        if row.item is None:
            slots.append(d.ScheduleSlot(row.start.date(), span, LUNCH_LABEL))
        elif timed:
            a = meeting.agenda[row.item]
            title = (f"{a.title}（续）" if row.continued else a.title) + (BEYOND_END if row.beyond_end else "")
            slots.append(d.ScheduleSlot(row.start.date(), span, title, place,
                                        " ".join(x for x in (a.presenter_unit, a.presenter_name) if x)))
        else:
            slots.append(d.ScheduleSlot(row.start.date(), span, meeting.title, place, meeting.chair))
    return slots


def _agenda(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, *, copies: int = 1, meter: Meter | None = None,
            **_: Any) -> bytes:
    from huiwu.printing.agenda import render_agenda, render_agenda_and_schedule

    m = meeting_doc(uow, meeting, lists_agenda=True)
    slots = schedule_slots(m) if needs_schedule(m) else None

    def one(k: int) -> bytes:
        numbered = replace(m, copy_number=k)
        return render_agenda(numbered, fonts) if slots is None else render_agenda_and_schedule(numbered, slots, fonts)

    return numbered_copies(one, copies, content_level(meeting), meter)


# --------------------------------------------------------------------------- sign-in sheet


def signin_rows(uow: UnitOfWork, meeting: Meeting) -> list[d.ParticipantRow]:
    """The 签到表's lines: the sign-in page's roster (same order, same marks), as the sheet prints them."""
    from huiwu.rules.attendance import sheet_mark
    from huiwu.services.attendance import load_roster

    rows: list[d.ParticipantRow] = []
    for r in load_roster(uow, meeting.id).rows:
        mark = sheet_mark(r.outcome)
        rows.append(d.ParticipantRow(
            seq=r.seq, unit=r.unit_name, name=r.name, title=r.title, phone=r.phone, role_label=r.role_label,
            attendance=mark, substitute_name=r.substitute_name if mark == "代会" else "",
            substitute_title=r.substitute_title if mark == "代会" else "", note=r.note, unit_sort_key=r.unit_sort,
        ))
    return rows


def _signin(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, *, with_phone: bool = True,
            walk_in_rows: int = 0, copies: int = 1, meter: Meter | None = None, **_: Any) -> bytes:
    from huiwu.printing.signin import render_signin

    if walk_in_rows < 0 or walk_in_rows > 500:
        raise ValidationError(f"临时参会空白行数应在 0 到 500 之间，现为 {walk_in_rows}。")
    m, rows = meeting_doc(uow, meeting), signin_rows(uow, meeting)
    # One copy: its pages of rows are the progress. Several: the copies are (see numbered_copies).
    pages = meter.part(0, meter.total * 19 // 20) if meter is not None and copies == 1 else None
    return numbered_copies(lambda k: render_signin(replace(m, copy_number=k), rows, fonts, with_phone=with_phone,
                                                   walk_in_rows=walk_in_rows, progress=pages),
                           copies, meeting.confidentiality, meter)


# --------------------------------------------------------------------------- 签到结果表


def result_mark(o: Outcome, leave_reason: str = "") -> str:
    """What the 签到结果表 says of a seat (DOMAIN.md: "√ present, separate marks for 缺席 and 请假"): √ for the
    invitee in person and on time, 请假 with its 事由, otherwise the sign-in page's own label (迟到 n 分钟,
    代会（某某）, 缺席, 未签到 …, with "，早退"). A 工作人员 nobody expects is left blank until signed in."""
    if not o.expected and not o.present:
        return ""
    if o.own and not o.late:
        return "√" + ("，早退" if o.left_early else "")
    if o.leave:
        return f"请假（{leave_reason}）" if leave_reason else "请假"
    return o.label


def result_doc(uow: UnitOfWork, meeting: Meeting) -> d.ResultDoc:
    """The 签到结果表: the sign-in page's roster (same order, outcomes and tally), worded for paper."""
    from huiwu.models import LeaveRequest, MeetingStatus
    from huiwu.services.attendance import load_roster

    roster = load_roster(uow, meeting.id)
    tz = uow.settings.tz()
    leave_ids = {r.leave_request_id for r in roster.rows if r.outcome.leave and r.leave_request_id is not None}
    reasons: dict[int, str] = dict(uow.session.execute(
        select(LeaveRequest.id, LeaveRequest.reason).where(LeaveRequest.id.in_(leave_ids))).all()
    ) if leave_ids else {}
    rows = []
    for r in roster.rows:
        o = r.outcome
        note = [r.role_label] if r.role_label != "出席" else []
        if o.left_early and r.left_at is not None:
            note.append(f"{r.left_at.astimezone(tz):%H:%M} 离会")
        if r.note:
            note.append(r.note)
        rows.append(d.ResultRow(
            seq=r.seq, unit=r.unit_name, name=r.name, title=r.title,
            mark=result_mark(o, reasons.get(r.leave_request_id or 0, "").strip()),
            signed_in_at=r.signed_in_at.astimezone(tz) if r.signed and r.signed_in_at is not None else None,
            note="；".join(note),
        ))
    t = roster.counters
    totals = d.ResultTotals(expected=t.expected, present=t.present, substitute=t.substitute, leave=t.leave,
                            absent=t.absent, missing=t.missing, late=t.late, left_early=t.left_early)
    return d.ResultDoc(meeting=meeting_doc(uow, meeting), rows=tuple(rows), totals=totals,
                       closed=meeting.status == MeetingStatus.FINISHED or t.missing == 0, as_of=uow.now().astimezone(tz),
                       issuer=uow.settings.issuer_line())


def _result(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, *, copies: int = 1, meter: Meter | None = None,
            **_: Any) -> bytes:
    from huiwu.printing.result import render_result

    doc = result_doc(uow, meeting)
    pages = meter.part(0, meter.total * 19 // 20) if meter is not None and copies == 1 else None
    return numbered_copies(lambda k: render_result(replace(doc, meeting=replace(doc.meeting, copy_number=k)), fonts,
                                                   progress=pages),
                           copies, meeting.confidentiality, meter)


# --------------------------------------------------------------------------- seating and cards


def _seating(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, *, copies: int = 1, meter: Meter | None = None,
             **_: Any) -> bytes:
    from huiwu.printing.seating import render_seating
    from huiwu.services.platform import seating

    rule = uow.settings.seating_rule if uow.settings.seating_rule in ("alternate", "centre_on_first") else "alternate"
    people, crowd = seating(uow, meeting)
    doc = d.SeatingDoc(meeting.title, tuple(people), cast(d.SeatingRule, rule), _venue_text(meeting),
                       secrecy_mark=meeting_mark(meeting), audience=tuple(crowd))
    return numbered_copies(lambda k: render_seating(replace(doc, copy_number=k), fonts), copies,
                           meeting.confidentiality, meter)


def _cards(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, **_: Any) -> bytes:
    from huiwu.printing.cards import render_cards
    from huiwu.services.platform import platform_people

    return render_cards(platform_people(uow, meeting), fonts)


# --------------------------------------------------------------------------- 明白纸


def handout_doc(uow: UnitOfWork, handout: Handout) -> d.HandoutDoc:
    from huiwu.services.handouts import handout_marks

    label, mark = handout_marks(handout)
    return d.HandoutDoc(
        title=handout.title,
        tasks=split_lines(handout.tasks),
        standards=split_lines(handout.standards),
        milestones=tuple(d.Milestone(milestone_date_text(m.due_date), m.node, m.owner) for m in handout.milestones),
        rewards_penalties=split_lines(handout.rewards_penalties),
        contact=uow.settings.contact_line(handout.contact),
        tables=tuple(table_doc(t.title, t.columns, t.rows) for t in handout.tables),
        confidentiality=label,
        secrecy_mark=mark,
        copies=max(1, handout.copies),
        issuer=uow.settings.issuer_line(),
        date=uow.today(),
    )


def split_lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def milestone_date_text(value: dt.date | None) -> str:
    return f"{value.month}月{value.day}日前" if value else ""


def table_doc(title: str, columns: Sequence[Any], rows: Iterable[Any]) -> d.AttachedTable:
    cols = tuple(str(c) for c in columns) or ("内容",)
    body = tuple(
        tuple((str(r[k]) if k < len(r) and r[k] is not None else "") for k in range(len(cols)))
        for r in rows if isinstance(r, list | tuple)
    )
    filled = tuple(r for r in body if any(c.strip() for c in r))
    return d.AttachedTable(title=title, columns=cols, rows=filled, blank_rows=len(body) - len(filled) or 3)


def _meeting_handouts(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, **_: Any) -> bytes:
    from huiwu.printing.handout import render_handout

    handout = uow.session.scalars(
        select(Handout).where(Handout.meeting_id == meeting.id).order_by(Handout.updated_at.desc(), Handout.id)
    ).first()
    if handout is None:
        raise NotFoundError(f"会议“{meeting.title}”还没有明白纸。请先在“明白纸”页面新建并关联到这个会议。")
    return render_handout(handout_doc(uow, handout), fonts)


# --------------------------------------------------------------------------- 督办清单


def _action_rows(uow: UnitOfWork, items: Sequence[ActionItem]) -> list[d.ActionRow]:
    today = uow.today()
    rows = []
    for k, a in enumerate(items, start=1):
        overdue = a.state == ActionState.OPEN and a.deadline is not None and a.deadline < today
        label = "逾期" if overdue else ACTION_STATE_LABELS.get(a.state, a.state)  # type: ignore[call-overload]
        rows.append(d.ActionRow(
            seq=k, meeting_title=a.meeting.title, decision=a.text,
            responsible_unit=a.responsible_unit.name if a.responsible_unit else "",
            responsible_person=a.responsible_person.name if a.responsible_person else "",
            deadline=a.deadline, state_label=label,
            latest_feedback=a.feedback[-1].text if a.feedback else "", overdue=overdue,
        ))
    return rows


def _renumber(row: d.ActionRow, seq: int) -> d.ActionRow:
    from dataclasses import replace

    return replace(row, seq=seq)


def _meeting_actions(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, **_: Any) -> bytes:
    from huiwu.printing.actions import render_actions

    doc = d.ActionDoc(title=f"{meeting.title}议定事项督办清单", as_of=uow.today(),
                      rows=tuple(_action_rows(uow, meeting.action_items)), issuer=uow.settings.issuer_line())
    return render_actions(doc, fonts)


# --------------------------------------------------------------------------- 会议纪要


def minutes_doc(uow: UnitOfWork, meeting: Meeting) -> tuple[MinutesDoc, str]:
    """The printed 纪要 (the saved one, or the draft from the record: huiwu.services.minutes, the tab's model)
    and the 密级 it carries."""
    from huiwu.services.minutes import load_minutes

    return minutes_doc_of(load_minutes(uow, meeting.id))


def minutes_doc_of(v: MinutesView) -> tuple[MinutesDoc, str]:
    """A 纪要 view as the printer takes it — also the tab's live preview of the text being edited."""
    from huiwu.models import MinutesState
    from huiwu.printing.minutes import MinutesDoc, MinutesPart
    from huiwu.rules.minutes import decision_mark, numbered_heading

    parts = tuple(
        MinutesPart(numbered_heading(i, s.heading), split_lines(s.body),
                    tuple((decision_mark(k), d.text) for k, d in enumerate(s.decisions, 1)))
        for i, s in enumerate(v.sections, 1))
    watermark = {MinutesState.DRAFT: "草稿", MinutesState.REVIEW: "送审稿"}.get(MinutesState(v.state), "")
    return MinutesDoc(title=v.title, number_text=v.number_text, header=tuple(v.header_lines()), parts=parts,
                      distribution=v.distribution, issuer=v.issuer,
                      issued_on_text=f"{v.issued_on.year}年{v.issued_on.month}月{v.issued_on.day}日" if v.issued_on else "",
                      secrecy_mark=v.secrecy_mark, watermark=watermark), v.confidentiality


def _minutes(uow: UnitOfWork, meeting: Meeting, fonts: FontMap, *, copies: int = 1, meter: Meter | None = None,
             **_: Any) -> bytes:
    from huiwu.printing.minutes import render_minutes

    doc, level = minutes_doc(uow, meeting)
    return numbered_copies(lambda k: render_minutes(replace(doc, copy_number=k), fonts), copies, level, meter)


# --------------------------------------------------------------------------- 出勤通报


def report_doc(uow: UnitOfWork, date_from: dt.date, date_to: dt.date) -> d.ReportDoc:
    """The printed 通报: exactly the rows of :func:`huiwu.services.stats.absence_report` (the screen's, the .xlsx's)."""
    from huiwu.services.stats import absence_report

    report = absence_report(uow, date_from, date_to)
    tz = uow.settings.tz()
    rows = tuple(
        d.AttendanceReportRow(seq=r.seq, name=r.name, unit=r.unit_name, title=r.title, meeting=r.meeting_title,
                              time=r.meeting_start.astimezone(tz), kind=r.kind, situation=r.situation,
                              on_leave=r.on_leave, leave_channel=r.leave_channel)
        for r in report.rows
    )
    return d.ReportDoc(period_label=report.period_label, rows=rows, meeting_count=report.meeting_count,
                       issuer=uow.settings.issuer_line(), date=uow.today())


__all__ = [
    "KINDS",
    "KIND_LABELS",
    "ActionFilter",
    "actions_pdf",
    "document_pdf",
    "handout_pdf",
    "report_pdf",
    "week_pdf",
]
