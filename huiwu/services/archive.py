"""归档: one 归档卷 per meeting, built from the documents the office already prints, and the 已归档 state.

The volume is read-only work (:func:`build_volume`); filing it (:func:`archive_meeting`) checks the rule of
:mod:`huiwu.rules.archive`, stores the volume as built — frozen — and records who filed it, in one commit. A
later change to the meeting (anything its 修改记录 records) reopens it visibly: :func:`reopen_if_archived`,
called by :func:`huiwu.services.audit.record`, the one door every change goes through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError, RuleError, ValidationError
from huiwu.models import (
    ACTION_STATE_LABELS,
    MEETING_STATUS_LABELS,
    ActionItem,
    ActionState,
    AuditEntry,
    Handout,
    Meeting,
    MeetingArchive,
    MeetingStatus,
)
from huiwu.progress import CancelCheck, Meter, Progress
from huiwu.rules import archive as rules
from huiwu.services.aggregate import ACTIONS, HEAD, WHOLE, load_meeting

if TYPE_CHECKING:  # reportlab loads when a volume is built, not when the meetings list asks what is filed
    from huiwu.printing.fonts import FontMap

ENTITY = "meeting_archive"
#: What the volume's sections read of the meeting, loaded with it once: a later load in the same unit of work
#: reuses the meeting as first loaded, so loading less first would cost a statement per participant.
VOLUME = WHOLE + ACTIONS
_CHECKED = "archive_checked"  # session.info: the meetings whose archive this unit of work has looked at


@dataclass(frozen=True)
class ItemRow:
    """A 议定事项 as the 归档 dialog shows it."""

    id: int
    version: int
    text: str
    unit_name: str
    state: str
    state_label: str
    archive_note: str

    @property
    def closed(self) -> bool:
        return self.state == ActionState.CLOSED


@dataclass(frozen=True)
class ArchiveState:
    meeting_id: int
    title: str
    status: str
    archived_at: dt.datetime | None  # office zone; None: not filed (or reopened since)
    archived_by: str
    pages: int
    reopened_at: dt.datetime | None  # office zone: the last filing was reopened by a change
    reopened_by: str
    reopened_reason: str
    items: tuple[ItemRow, ...]
    blockers: tuple[rules.Blocker, ...]

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    @property
    def short_text(self) -> str:
        """Beside the meeting's status: "已归档", "归档后有修改，需重新归档", or "" when never filed."""
        if self.archived_at is not None:
            return "已归档"
        return "归档后有修改，需重新归档" if self.reopened_at is not None else ""

    @property
    def text(self) -> str:
        """The one sentence every screen shows: "已归档（2026-12-03 10:05，张三，共 38 页）" and so on."""
        if self.archived_at is not None:
            return f"已归档（{self.archived_at:%Y-%m-%d %H:%M}，{self.archived_by}，共 {self.pages} 页）"
        if self.reopened_at is not None:
            return (f"归档后于 {self.reopened_at:%Y-%m-%d %H:%M} 有修改（{self.reopened_reason}），"
                    "归档卷已重新打开，需重新归档")
        return "未归档"


@dataclass(frozen=True)
class Volume:
    pdf: bytes
    entries: tuple[rules.Entry, ...]
    pages: int


# --------------------------------------------------------------------------- reading


def _latest(uow: UnitOfWork, meeting_id: int) -> MeetingArchive | None:
    return uow.session.scalars(select(MeetingArchive).where(MeetingArchive.meeting_id == meeting_id)
                               .order_by(MeetingArchive.id.desc()).limit(1)).first()


def archive_state(uow: UnitOfWork, meeting_id: int) -> ArchiveState:
    """Whether the meeting is filed, and what stands in the way of filing it. Reads only."""
    m = load_meeting(uow, meeting_id, options=HEAD + ACTIONS)
    tz = uow.settings.tz()
    latest = _latest(uow, meeting_id)
    items = tuple(
        ItemRow(id=a.id, version=a.version, text=a.text,
                unit_name=a.responsible_unit.name if a.responsible_unit else "", state=a.state,
                state_label=ACTION_STATE_LABELS.get(ActionState(a.state), a.state), archive_note=a.archive_note)
        for a in m.action_items)
    from huiwu.services.secret_register import outstanding, outstanding_text

    out = outstanding(uow, meeting_id)
    found = rules.blockers(m.status, (rules.OpenItem(i.id, i.text, i.state, i.archive_note) for i in items),
                           len(out), outstanding_text(out, limit=5))
    filed = latest is not None and latest.reopened_at is None
    return ArchiveState(
        meeting_id=m.id, title=m.title, status=m.status,
        archived_at=latest.archived_at.astimezone(tz) if filed and latest else None,
        archived_by=latest.archived_by if latest else "", pages=latest.pages if latest else 0,
        reopened_at=latest.reopened_at.astimezone(tz) if latest and latest.reopened_at else None,
        reopened_by=latest.reopened_by if latest else "", reopened_reason=latest.reopened_reason if latest else "",
        items=items, blockers=tuple(found))


def archived_meetings(uow: UnitOfWork, meeting_ids: Any = None) -> set[int]:
    """The meetings filed and not reopened since (among ``meeting_ids`` — ids or a select of them — when
    given), in one statement."""
    newest = select(MeetingArchive.meeting_id, MeetingArchive.reopened_at).order_by(MeetingArchive.id)
    if meeting_ids is not None:
        newest = newest.where(MeetingArchive.meeting_id.in_(meeting_ids))
    state: dict[int, bool] = {}
    for mid, reopened in uow.session.execute(newest):
        state[mid] = reopened is None  # the newest filing of each meeting wins
    return {mid for mid, filed in state.items() if filed}


# --------------------------------------------------------------------------- the volume


def build_volume(uow: UnitOfWork, meeting_id: int, *, progress: Progress | None = None,
                 cancelled: CancelCheck | None = None, filed_by: str = "", filed_at: dt.datetime | None = None
                 ) -> Volume:
    """The 归档卷 as it would be filed now: contents page, then each section of :data:`rules.SECTIONS` that the
    meeting has, every page numbered through. Writes nothing; ``cancelled`` may stop it between sections."""
    from huiwu.printing.archive import ContentsDoc, bind, page_count, render_contents
    from huiwu.services import printing

    m = load_meeting(uow, meeting_id, options=VOLUME)  # first in the unit of work: every section reuses it
    fonts = printing.fonts(uow)
    meter = Meter(progress, cancelled, total=len(rules.SECTIONS) + 2)
    makers = _sections(uow, m, fonts)
    made: list[tuple[str, bytes | None, str]] = []
    for step, (key, _title) in enumerate(rules.SECTIONS, start=1):
        pdf, note = makers[key]()
        made.append((key, pdf, note))
        meter.report(step)
    counts = [(key, page_count(pdf) if pdf else 0, note) for key, pdf, note in made]
    entries = tuple(rules.contents(counts, start=2))
    total = 1 + sum(c for _, c, _ in counts)
    tz = uow.settings.tz()
    when = (filed_at or uow.now()).astimezone(tz)
    mark = printing.content_mark(m)
    facts = (
        ("会议名称", m.title),
        ("会议时间", _when(m, tz)),
        ("会议地点", m.venue.name if m.venue else (m.video_link and "视频会议") or ""),
        ("主持人", m.chair.name if m.chair else ""),
        ("主办单位", m.host_unit.name if m.host_unit else ""),
        ("密级", _level_text(m)),
        ("会议状态", MEETING_STATUS_LABELS.get(MeetingStatus(m.status), m.status)),
        ("立卷", f"{when:%Y年%-m月%-d日 %H:%M}" + (f"，{filed_by}" if filed_by else "")),
        ("立卷单位", uow.settings.issuer_line()),
    )
    contents = ContentsDoc(title=f"{m.title}归档卷", facts=facts, entries=entries, total_pages=total, mark=mark)
    cover = render_contents(contents, fonts)
    parts = [("卷内目录", cover)] + [(rules.SECTION_TITLES[key], pdf) for key, pdf, _ in made if pdf]
    meter.report(len(rules.SECTIONS) + 1)
    pdf = bind(contents.title, parts, fonts["song"].name)
    meter.finish()
    return Volume(pdf=pdf, entries=entries, pages=total)


def archive_pdf(uow: UnitOfWork, meeting_id: int, *, progress: Progress | None = None,
                cancelled: CancelCheck | None = None) -> bytes:
    """What `huiwu print archive` and the editor's preview show: the filed volume, frozen as it was filed,
    while the meeting is 已归档; otherwise the volume as it would be filed now."""
    latest = _latest(uow, meeting_id)
    if latest is not None and latest.reopened_at is None:
        load_meeting(uow, meeting_id)  # a deleted meeting is not found, filed or not
        return latest.pdf
    return build_volume(uow, meeting_id, progress=progress, cancelled=cancelled).pdf


def _level_text(m: Meeting) -> str:
    """The meeting's own 密级, and the highest of its 议题 when that is higher ("内部；议题最高：秘密★1年")."""
    from huiwu.rules.secrecy import level_label, secrecy_mark
    from huiwu.services import printing

    own = secrecy_mark(m.confidentiality, m.secrecy_term) or level_label(m.confidentiality)
    content = printing.content_mark(m)
    return own if not content or content == own else f"{own}；议题最高密级：{content}"


def _when(m: Meeting, tz: dt.tzinfo) -> str:
    from huiwu.printing._layout import cn_datetime

    return cn_datetime(m.starts_at.astimezone(tz), m.ends_at.astimezone(tz))


Maker = Callable[[], tuple[bytes | None, str]]


def _sections(uow: UnitOfWork, m: Meeting, fonts: FontMap) -> dict[str, Maker]:
    """Each section's maker: (its PDF, or None when the meeting has none, and the contents page's note)."""
    from huiwu.printing.archive import join_pdfs
    from huiwu.services import printing

    def document(kind: str) -> Maker:
        return lambda: (printing.document_pdf(uow, kind, m.id), "")

    def actions() -> tuple[bytes | None, str]:
        if not m.action_items:
            return None, "本次会议无议定事项"
        listed = printing.document_pdf(uow, "actions", m.id)
        unfinished = [a for a in m.action_items if a.state != ActionState.CLOSED]
        if not unfinished:
            return listed, "均已销号"
        notes = _table(uow, m, "未销号议定事项说明", f"以下 {len(unfinished)} 项议定事项归档时尚未销号，原因如下。",
                       (("序号", 8, "CENTER"), ("议定事项", 44, "LEFT"), ("责任单位", 20, "LEFT"),
                        ("状态", 12, "CENTER"), ("未销号原因", 40, "LEFT")),
                       [(str(i), a.text, a.responsible_unit.name if a.responsible_unit else "",
                         ACTION_STATE_LABELS.get(ActionState(a.state), a.state), a.archive_note or "（未说明）")
                        for i, a in enumerate(unfinished, start=1)], "")
        return join_pdfs([listed, notes]), f"{len(unfinished)} 项未销号，附说明"

    def handouts() -> tuple[bytes | None, str]:
        from huiwu.printing.handout import render_handout

        filed = list(uow.session.scalars(select(Handout).where(Handout.meeting_id == m.id).order_by(Handout.id)))
        if not filed:
            return None, "本次会议无明白纸"
        pdf = join_pdfs([render_handout(printing.handout_doc(uow, h), fonts) for h in filed])
        return pdf, f"共 {len(filed)} 份" if len(filed) > 1 else ""

    def register() -> tuple[bytes | None, str]:
        if not _has_secret_material(uow, m):
            return None, "本次会议未发放涉密材料"
        return printing.document_pdf(uow, "register", m.id), ""

    return {
        "notice": document("notice"),
        "replies": lambda: (_replies(uow, m), ""),
        "agenda": document("agenda"),
        "result": document("result"),
        "leave": lambda: _leave(uow, m),
        "minutes": document("minutes"),
        "actions": actions,
        "handout": handouts,
        "register": register,
        "history": lambda: (_history(uow, m), ""),
    }


def _has_secret_material(uow: UnitOfWork, m: Meeting) -> bool:
    from huiwu.models import SecretMaterial

    return uow.session.scalar(select(SecretMaterial.id).where(SecretMaterial.meeting_id == m.id).limit(1)) is not None


def _table(uow: UnitOfWork, m: Meeting, title: str, intro: str, columns: tuple[tuple[str, float, str], ...],
           rows: Sequence[tuple[str, ...]], empty: str, *, lists_agenda: bool = False) -> bytes:
    """A table of the volume, marked as the meeting is — or as its 议题 are, when it names them (the 修改记录),
    as the notice and the 议程 are marked (:func:`huiwu.services.printing.content_mark`)."""
    from huiwu.printing.archive import TableSection, render_table
    from huiwu.rules.secrecy import secrecy_mark
    from huiwu.services import printing

    mark = printing.content_mark(m) if lists_agenda else secrecy_mark(m.confidentiality, m.secrecy_term)
    section = TableSection(title=title, intro=intro, columns=columns, rows=tuple(rows), empty=empty, mark=mark)
    return render_table(section, printing.fonts(uow))


def _replies(uow: UnitOfWork, m: Meeting) -> bytes:
    from huiwu.services.replies import reply_ledger

    view = reply_ledger(uow, m.id)
    rows = [(r.unit_name, r.name, r.title, r.text, f"{r.returned_at:%m-%d %H:%M} {r.channel}".strip()
             if r.returned_at else "", r.leave_state_label) for r in view.rows]
    return _table(uow, m, f"{m.title}回执情况", f"{view.deadline_text}。{view.summary}。",
                  (("单位", 30, "LEFT"), ("姓名", 14, "CENTER"), ("职务", 26, "LEFT"), ("回执", 28, "LEFT"),
                   ("回复时间", 20, "CENTER"), ("请假", 14, "CENTER")), rows, "本次会议没有需要回执的人员。")


def _leave(uow: UnitOfWork, m: Meeting) -> tuple[bytes, str]:
    from huiwu.services.leave import leave_for_meeting

    tz = uow.settings.tz()
    leaves = leave_for_meeting(uow, m.id)
    rows = []
    for lv in leaves:
        decided = f"{lv.decided_at.astimezone(tz):%m-%d %H:%M}" if lv.decided_at else ""
        decision = "，".join(t for t in (lv.state_label, lv.approver_name, decided, lv.decision_note) if t)
        rows.append((lv.person_name, lv.unit_name, lv.reason, lv.substitute_name, lv.channel
                     + ("（补办）" if lv.retroactive else ""), f"{lv.created_at.astimezone(tz):%m-%d %H:%M}", decision))
    pdf = _table(uow, m, f"{m.title}请假记录", f"共 {len(rows)} 件请假。" if rows else "",
                 (("姓名", 11, "CENTER"), ("单位", 20, "LEFT"), ("事由", 20, "LEFT"), ("代会人员", 12, "CENTER"),
                  ("请假方式", 10, "CENTER"), ("提出时间", 21, "CENTER"), ("审批情况", 30, "LEFT")),
                 rows, "本次会议无人请假。")
    return pdf, f"共 {len(rows)} 件" if rows else "无人请假"


def _history(uow: UnitOfWork, m: Meeting) -> bytes:
    from huiwu.services.audit import meeting_history

    tz = uow.settings.tz()
    rows = [(f"{r.at.astimezone(tz):%Y-%m-%d %H:%M}", r.actor, r.summary, r.changes_text)
            for r in meeting_history(uow, m.id)]
    return _table(uow, m, f"{m.title}修改记录", "", (("时间", 26, "CENTER"), ("操作人", 14, "CENTER"),
                                                     ("事项", 34, "LEFT"), ("修改内容", 46, "LEFT")),
                  rows, "本次会议没有修改记录。", lists_agenda=True)


# --------------------------------------------------------------------------- writing


def set_archive_note(uow: UnitOfWork, action_id: int, note: str, version: int | None = None) -> None:
    """Why a 议定事项 may be filed unfinished ("移交下次会议研究", "长期事项，按季度报送"); empty clears it. One commit."""
    item = uow.session.get(ActionItem, action_id)
    if item is None:
        raise NotFoundError(f"找不到编号为 {action_id} 的议定事项。")
    if version is not None and item.version != version:
        from huiwu.errors import ConflictError

        raise ConflictError("这条议定事项", version, item.version)
    text = rules.note_text(note)
    if len(text) > rules.NOTE_CHARS:
        raise ValidationError(f"未销号原因最多 {rules.NOTE_CHARS} 个字，现在有 {len(text)} 个字。")
    if text == item.archive_note:
        return
    from huiwu.services import audit

    audit.record(uow, "action_item", item.id, "archive_note", f"议定事项“{rules._short(item.text)}”未销号原因：{text or '（清除）'}",
                 meeting_id=item.meeting_id, changes={"archive_note": [item.archive_note, text]})
    item.archive_note = text
    uow.commit()


def archive_meeting(uow: UnitOfWork, meeting_id: int, *, progress: Progress | None = None,
                    cancelled: CancelCheck | None = None) -> ArchiveState:
    """File the meeting: refuse with every reason when the rule says not yet; otherwise build the volume,
    keep it as filed and mark the meeting 已归档, in one commit. Filing an already filed meeting is refused."""
    load_meeting(uow, meeting_id, options=VOLUME)  # before the state: the volume below reads it all
    state = archive_state(uow, meeting_id)
    if state.archived:
        raise RuleError(f"会议“{state.title}”已经归档（{state.text}）。")
    if state.blockers:
        raise RuleError("还不能归档：\n" + "\n".join(f"· {b.text}" for b in state.blockers))
    who = uow.settings.operator_name()
    now = uow.now()
    volume = build_volume(uow, meeting_id, progress=progress, cancelled=cancelled, filed_by=who, filed_at=now)
    if cancelled is not None and cancelled():
        from huiwu.errors import Cancelled

        raise Cancelled()
    uow.session.add(MeetingArchive(meeting_id=meeting_id, archived_by=who, pages=volume.pages,
                                   contents=[[e.title, e.first, e.last, e.note] for e in volume.entries], pdf=volume.pdf))
    from huiwu.services import audit

    audit.record(uow, ENTITY, None, "archived", f"归档：归档卷共 {volume.pages} 页", meeting_id=meeting_id)
    uow.session.info.setdefault(_CHECKED, set()).add(meeting_id)
    uow.commit()
    return archive_state(uow, meeting_id)


def reopen_if_archived(uow: UnitOfWork, meeting_id: int, summary: str) -> None:
    """A change to a filed meeting: its archive is reopened — when, by whom and what changed — and says so
    in the 修改记录. Called by :func:`huiwu.services.audit.record`; looks once per meeting per unit of work."""
    checked: set[int] = uow.session.info.setdefault(_CHECKED, set())
    if meeting_id in checked:
        return
    checked.add(meeting_id)
    with uow.session.no_autoflush:
        latest = _latest(uow, meeting_id)
    if latest is None or latest.reopened_at is not None:
        return
    who = uow.settings.operator_name()
    latest.reopened_at = uow.now()
    latest.reopened_by = who
    latest.reopened_reason = summary[:200]
    uow.session.add(AuditEntry(actor=who, entity=ENTITY, entity_id=latest.id, meeting_id=meeting_id,
                               action="reopened", summary=f"归档后修改（{summary[:60]}），归档卷重新打开，需重新归档",
                               changes={}))
