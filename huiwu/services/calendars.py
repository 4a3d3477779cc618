"""Calendar files: export of the office's meetings as .ics, import of other calendars into the week view.

Export turns meetings into :class:`~huiwu.calendar.ics_export.ExportEvent` and leaves the text to
``build_calendar``; import stores what ``parse_ics`` read. A refused file writes nothing. An accepted one is
written into a hidden calendar a batch per transaction and then put in the old one's place in one short
transaction, so readers see the old calendar or the new one, never half, and a clerk saving on another PC
never waits for the whole file (an interrupted import leaves only a hidden calendar, swept by the next).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from huiwu.calendar.ics_export import ExportEvent, build_calendar, redact
from huiwu.calendar.ics_import import BadEvent, ParsedEvent, When, parse_ics, recurrence_key
from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    MEETING_KIND_LABELS,
    AgendaItem,
    Confidentiality,
    ImportedCalendar,
    ImportedEvent,
    ImportedEventPerson,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Venue,
)
from huiwu.progress import CancelCheck, Meter, Progress
from huiwu.rules.order import seat_order
from huiwu.rules.secrecy import is_state_secret
from huiwu.services import audit
from huiwu.text import control_character_at

__all__ = [
    "CalendarRow",
    "ImportResult",
    "delete_calendar",
    "export_events",
    "export_ics",
    "import_ics",
    "list_calendars",
    "meeting_export_event",
    "update_calendar",
]

_ROLE = {
    ParticipantRole.ATTEND: "REQ-PARTICIPANT",
    ParticipantRole.INVITED: "REQ-PARTICIPANT",
    ParticipantRole.NONVOTING: "OPT-PARTICIPANT",
    ParticipantRole.STAFF: "NON-PARTICIPANT",
}
_COLOR_CHARS = set("0123456789abcdefABCDEF")
BATCH = 2000  # events written per transaction by an import or a deletion
# Shares of an import's progress (of 1000), as measured on a 20 MB file: parsing is about three quarters.
_PARSED, _PREPARED, _WRITTEN = 700, 750, 980
STAGING = "\x1f"  # names of calendars being built or taken apart begin with it; they are never shown


@dataclass(frozen=True)
class CalendarRow:
    id: int
    name: str
    color: str
    source: str
    owner_person_id: int | None
    owner_name: str
    imported_at: dt.datetime | None
    visible: bool
    event_count: int
    version: int


@dataclass(frozen=True)
class ImportResult:
    calendar_id: int
    calendar_name: str
    created_calendar: bool
    added: int
    updated: int
    removed: int
    total: int
    mapped_people: int
    warnings: tuple[str, ...]
    skipped: tuple[str, ...]
    bad: tuple[BadEvent, ...] = ()  # events of the file left out (skip_bad=True), each with its line

    def summary(self) -> str:
        left_out = f"跳过无法读取的日程 {len(self.bad)} 个，" if self.bad else ""
        return (
            f"已导入日历“{self.calendar_name}”：共 {self.total} 个日程（新增 {self.added}，更新 {self.updated}，"
            f"删除 {self.removed}），{left_out}关联通讯录人员 {self.mapped_people} 人次。"
        )


# ---------------------------------------------------------------- export


def _description(m: Meeting) -> str:
    lines: list[str] = []
    items = sorted(m.agenda_items, key=lambda a: (a.position, a.id))
    if items:
        lines.append("议程：")
        for n, a in enumerate(items, 1):
            who = "，".join(x for x in (a.presenter_unit.name if a.presenter_unit else "", a.presenter_name) if x)
            lines.append(f"{n}. {a.title}" + (f"（汇报：{who}）" if who else ""))
    if m.video_link:
        lines.append(f"视频会议：{m.video_link}")
    if m.contact_name or m.contact_phone:
        lines.append(f"联系人：{m.contact_name} {m.contact_phone}".rstrip())
    if m.status == MeetingStatus.CANCELLED and m.cancel_reason:
        lines.append(f"取消原因：{m.cancel_reason}")
    return "\n".join(lines)


def _location(m: Meeting) -> str | None:
    if m.venue is not None:
        return f"{m.venue.name}（{m.venue.location}）" if m.venue.location else m.venue.name
    return m.video_link or None


def _status(m: Meeting) -> str:
    if m.status == MeetingStatus.CANCELLED:
        return "CANCELLED"
    return "TENTATIVE" if m.status == MeetingStatus.DRAFT else "CONFIRMED"


def meeting_export_event(m: Meeting, include_confidential: bool = False) -> ExportEvent:
    """The calendar form of one meeting (agenda, venue, participants loaded or lazily loadable)."""
    attendees: list[tuple[str, str | None, str]] = []
    if m.chair is not None:
        attendees.append((m.chair.name, None, "CHAIR"))
    seen = {m.chair_id}
    for p in sorted(m.participants, key=lambda x: seat_order(
            x.role, x.person.unit.sort_order, x.person.unit.name, x.person.unit_id, x.person.sort_order, x.person.name,
            x.person_id)):
        if p.person_id in seen:
            continue
        seen.add(p.person_id)
        attendees.append((p.person.name, None, _ROLE.get(ParticipantRole(p.role), "REQ-PARTICIPANT")))
    organizer_name = m.host_unit.name if m.host_unit is not None else (m.chair.name if m.chair else "")
    event = ExportEvent(
        uid=m.uid,
        sequence=m.sequence,
        summary=m.title,
        start=m.starts_at,
        end=m.ends_at,
        location=_location(m),
        description=_description(m) or None,
        status=_status(m),
        organizer=(organizer_name, None) if organizer_name else None,
        attendees=tuple(attendees),
        categories=(_kind_label(m.kind),),
        last_modified=m.updated_at,
        created=m.created_at,
        confidential=m.confidentiality != Confidentiality.PUBLIC,
    )
    if event.confidential and not include_confidential:
        label = "涉密会议" if is_state_secret(m.confidentiality) else "内部会议"
        return redact(event, label)
    return event


def _kind_label(kind: str) -> str:
    try:
        return MEETING_KIND_LABELS[MeetingKind(kind)]
    except ValueError:
        return kind


def _export_query(
    uow: UnitOfWork, lo: dt.datetime, hi: dt.datetime, person_id: int | None, venue_id: int | None
) -> list[Meeting]:
    stmt = (
        select(Meeting)
        .where(Meeting.deleted_at.is_(None), Meeting.starts_at < hi, Meeting.ends_at > lo)
        .options(
            selectinload(Meeting.participants).selectinload(Participant.person).selectinload(Person.unit),
            selectinload(Meeting.agenda_items).selectinload(AgendaItem.presenter_unit),
            selectinload(Meeting.venue),
            selectinload(Meeting.chair),
            selectinload(Meeting.host_unit),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if venue_id is not None:
        stmt = stmt.where(Meeting.venue_id == venue_id)
    if person_id is not None:
        invited = select(Participant.meeting_id).where(Participant.person_id == person_id)
        stmt = stmt.where((Meeting.chair_id == person_id) | Meeting.id.in_(invited))
    return list(uow.session.scalars(stmt))


def _calendar_name(
    uow: UnitOfWork, date_from: dt.date, date_to: dt.date, person: Person | None, venue: Venue | None
) -> str:
    office = uow.settings.office_name
    if person is not None:
        return f"{person.name} · 会议安排"
    if venue is not None:
        return f"{venue.name} · 会议室预订"
    y, w, d = date_from.isocalendar()
    if d == 1 and date_to == date_from + dt.timedelta(days=6):
        return f"{office} · {y}年第{w}周会议"
    return f"{office} · {date_from.isoformat()}至{date_to.isoformat()}会议"


def export_events(
    uow: UnitOfWork,
    *,
    date_from: dt.date,
    date_to: dt.date,
    person_id: int | None = None,
    venue_id: int | None = None,
    include_confidential: bool = False,
) -> tuple[str, list[ExportEvent]]:
    """(calendar name, events) of the meetings touching ``[date_from, date_to]`` (both inclusive)."""
    if date_to < date_from:
        raise ValidationError("导出的结束日期早于开始日期。")
    tz = uow.settings.tz()
    person = uow.session.get(Person, person_id) if person_id is not None else None
    venue = uow.session.get(Venue, venue_id) if venue_id is not None else None
    if person_id is not None and person is None:
        raise NotFoundError("要导出日程的人员不存在。")
    if venue_id is not None and venue is None:
        raise NotFoundError("要导出日程的会议室不存在。")
    lo = dt.datetime.combine(date_from, dt.time(), tzinfo=tz)
    hi = dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    meetings = _export_query(uow, lo, hi, person_id, venue_id)
    name = _calendar_name(uow, date_from, date_to, person, venue)
    return name, [meeting_export_event(m, include_confidential) for m in meetings]


def export_ics(
    uow: UnitOfWork,
    *,
    date_from: dt.date,
    date_to: dt.date,
    person_id: int | None = None,
    venue_id: int | None = None,
    include_confidential: bool = False,
    method: str | None = None,
) -> bytes:
    """RFC 5545 text of the office's meetings; confidential ones redacted unless asked for."""
    name, events = export_events(
        uow, date_from=date_from, date_to=date_to, person_id=person_id, venue_id=venue_id,
        include_confidential=include_confidential,
    )
    return build_calendar(events, calendar_name=name, tz=uow.settings.timezone, method=method, dtstamp=uow.now())


# ---------------------------------------------------------------- import


def _aware(moment: When, tz: dt.tzinfo) -> dt.datetime:
    if isinstance(moment, dt.datetime):
        return (moment if moment.tzinfo is not None else moment.replace(tzinfo=tz)).astimezone(dt.UTC)
    return dt.datetime.combine(moment, dt.time(), tzinfo=tz).astimezone(dt.UTC)


def _rid(moment: When | None) -> str:
    return recurrence_key(moment)


def _valid_color(color: str) -> bool:
    return color.startswith("#") and len(color) in (7, 9) and set(color[1:]) <= _COLOR_CHARS


_COMPARED = ("summary", "location", "description", "starts_at", "ends_at", "all_day", "is_recurring", "status",
             "sequence", "attendees", "raw")


def _event_values(p: ParsedEvent, tz: dt.tzinfo) -> dict[str, Any]:
    """The stored columns of one parsed event (the ones an update compares, :data:`_COMPARED`)."""
    start, end = _aware(p.start, tz), _aware(p.end, tz)
    if end < start:
        end = start
    return {
        "summary": p.summary or "",
        "location": p.location or "",
        "description": p.description or "",
        "starts_at": start,
        "ends_at": end,
        "all_day": p.all_day,
        "is_recurring": p.is_recurring,
        "status": (p.status or "")[:20],
        "sequence": p.sequence,
        "attendees": [[a[0] or "", a[1] or ""] for a in p.attendees],
        "raw": p.raw,
    }


def _people_by_name(uow: UnitOfWork) -> dict[str, int]:
    """Active people whose name is unique in the directory (an ambiguous name is not guessed)."""
    counts: dict[str, list[int]] = {}
    for pid, name in uow.session.execute(select(Person.id, Person.name).where(Person.active.is_(True))):
        counts.setdefault(name.strip(), []).append(pid)
    return {name: ids[0] for name, ids in counts.items() if len(ids) == 1}


def import_ics(
    uow: UnitOfWork,
    path: str | Path,
    calendar_name: str,
    color: str | None = None,
    owner_person_id: int | None = None,
    *,
    data: bytes | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    skip_bad: bool = False,
) -> ImportResult:
    """Import (or re-import) a calendar file into the named imported calendar, all or nothing.

    A file with unreadable events is refused (:class:`IcsImportError` lists each with its line in
    ``bad_events``) unless ``skip_bad``: then the other events are imported and the result's ``bad`` lists
    the ones left out. Either way nothing is half-written: the stored calendar is the file's good events.

    Events are matched by (UID, RECURRENCE-ID): matched ones are updated, new ones added, and events of
    the calendar that are no longer in the file are removed. Attendees (and the owner) whose name is a
    unique person in the directory are linked to that person, so their events count in conflict checks.

    ``progress`` hears (done, total) about a hundred times. ``cancelled`` is asked while the file is read
    and while the hidden calendar is filled: a cancel there raises :class:`~huiwu.errors.Cancelled` and
    removes the hidden calendar, so the database is as it was. The final swap is never interrupted.
    """
    meter = Meter(progress, cancelled)
    path = Path(path)
    name = calendar_name.strip()
    if not name:
        raise ValidationError("请填写日历名称。")
    if len(name) > 100:
        raise ValidationError("日历名称太长（最多 100 字）。")
    if (n := control_character_at(name)) is not None:
        raise ValidationError(f"日历名称的第 {n} 个字是换行或控制字符，请删除后再导入。")
    if color is not None and not _valid_color(color):
        raise ValidationError(f"颜色“{color}”无效，应为 #RRGGBB。")
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ValidationError(f"无法读取日历文件 {path.name}：{exc.strerror or exc}。") from None
    # IcsImportError or Cancelled: nothing written yet
    parsed = parse_ics(data, path.name, uow.settings.timezone, progress=meter.part(0, _PARSED), skip_bad=skip_bad)
    if owner_person_id is not None and uow.session.get(Person, owner_person_id) is None:
        raise NotFoundError("日历所属人员不存在。")
    tz = uow.settings.tz()
    # 1. Everything is read and prepared before anything is written.
    cal = uow.session.scalar(select(ImportedCalendar).where(ImportedCalendar.name == name))
    incoming: dict[tuple[str, str], dict[str, Any]] = {}
    for p in parsed.events:
        incoming[(p.uid[:500], _rid(p.recurrence_id))] = {"uid": p.uid[:500], "recurrence_id": _rid(p.recurrence_id),
                                                           **_event_values(p, tz)}
    existing: dict[tuple[str, str], tuple[Any, ...]] = {}
    if cal is not None:
        columns = [getattr(ImportedEvent, c) for c in _COMPARED]
        for row in uow.session.execute(select(ImportedEvent.uid, ImportedEvent.recurrence_id, *columns)
                                       .where(ImportedEvent.calendar_id == cal.id)):
            existing[(row[0], row[1])] = tuple(row[2:])
    added = sum(1 for k in incoming if k not in existing)
    updated = sum(1 for k, v in incoming.items()
                  if k in existing and existing[k] != tuple(v[c] for c in _COMPARED))
    removed = sum(1 for k in existing if k not in incoming)
    by_name = _people_by_name(uow)
    owner = owner_person_id if owner_person_id is not None else (cal.owner_person_id if cal is not None else None)
    people = [_mapped_people(v["attendees"], by_name, owner) for v in incoming.values()]
    old_id, old_version = (cal.id, cal.version) if cal is not None else (None, None)
    meter.report(_PREPARED)
    uow.session.rollback()  # the reads are done; no snapshot is held while writing
    _sweep(uow)

    # 2. The new events go into a hidden calendar, a batch per transaction: a clerk's save on another PC
    #    waits at most one batch (a few hundredths of a second), not the whole file (issue 11 item 8).
    staging = ImportedCalendar(name=STAGING + uuid.uuid4().hex, visible=False, color=color or "#4a90d9",
                               source=str(path)[:1000], imported_at=uow.now())
    uow.session.add(staging)
    uow.commit()
    staging_id = staging.id
    try:
        mapped = _write_batches(uow, staging_id, list(incoming.values()), people, meter.part(_PREPARED, _WRITTEN))
        # 3. One short transaction puts the new calendar in the old one's place: readers see old or new.
        meter.report(_WRITTEN, cancellable=False)
        _swap(uow, staging_id, old_id, old_version, name, color, owner)
        left_out = f"，跳过无法读取的日程 {len(parsed.bad)} 个" if parsed.bad else ""
        audit.record(uow, "imported_calendar", staging_id, "import",
                     f"导入日历“{name}”（{path.name}）：新增 {added}，更新 {updated}，删除 {removed}{left_out}")
        uow.commit()
    except BaseException as exc:
        uow.session.rollback()
        with contextlib.suppress(Exception):  # best effort: what is left is hidden and swept by a later import
            _purge(uow, staging_id)
        if isinstance(exc, IntegrityError):
            raise RuleError("导入期间通讯录或该日历在另一台电脑上被修改，本次导入没有保存；请重试。") from exc
        raise
    if old_id is not None:
        _purge(uow, old_id)  # the replaced events, in batches, after the swap
    meter.finish()
    return ImportResult(staging_id, name, cal is None, added, updated, removed, len(incoming), mapped,
                        parsed.warnings, parsed.skipped, parsed.bad)


def _write_batches(uow: UnitOfWork, calendar_id: int, rows: list[dict[str, Any]], people: list[list[int]],
                   progress: Progress | None = None) -> int:
    """The events (and their directory people) under ``calendar_id``, :data:`BATCH` per transaction."""
    mapped = 0
    for first in range(0, len(rows), BATCH):
        if progress is not None:
            progress(first, len(rows))  # may raise Cancelled: the caller then removes the hidden calendar
        chunk = [{**r, "calendar_id": calendar_id} for r in rows[first:first + BATCH]]
        ids = uow.session.scalars(insert(ImportedEvent).returning(ImportedEvent.id, sort_by_parameter_order=True),
                                  chunk).all()
        links = [{"event_id": i, "person_id": pid} for i, pids in zip(ids, people[first:first + BATCH], strict=True)
                 for pid in pids]
        if links:
            uow.session.execute(insert(ImportedEventPerson), links)
        mapped += len(links)
        uow.commit()
    return mapped


def _swap(uow: UnitOfWork, staging_id: int, old_id: int | None, old_version: int | None, name: str,
          color: str | None, owner: int | None) -> None:
    """Give the finished hidden calendar the name (and the clerk's choices) of the one it replaces."""
    new = uow.session.get(ImportedCalendar, staging_id)
    assert new is not None
    old = uow.session.get(ImportedCalendar, old_id) if old_id is not None else None
    if old_id is not None and (old is None or old.name != name):
        raise RuleError(f"日历“{name}”刚刚在另一台电脑上被删除，本次导入没有保存；如仍需要，请重新导入。")
    if old is not None and old.version != old_version:
        raise ConflictError.meanwhile(f"日历“{name}”")
    if old is None and uow.session.scalar(select(ImportedCalendar.id).where(ImportedCalendar.name == name)):
        raise RuleError(f"日历“{name}”刚刚在另一台电脑上导入，本次导入没有保存；请重试（将更新该日历）。")
    new.visible = True
    if old is not None:  # the clerk's choices for the calendar stay: its colour (unless a new one), shown or hidden
        new.color, new.visible = color or old.color, old.visible
        old.name, old.visible = STAGING + uuid.uuid4().hex, False
        uow.flush()  # the old name is free before the new calendar takes it
    new.name = name
    new.owner_person_id = owner


def _mapped_people(attendees: list[list[str]], by_name: dict[str, int], owner: int | None) -> list[int]:
    """Directory people an event counts for: attendees whose name is one person's, and the calendar's owner."""
    ids = {by_name[name.strip()] for name, _ in attendees if name and name.strip() in by_name}
    if owner is not None:
        ids.add(owner)
    return sorted(ids)


def _purge(uow: UnitOfWork, calendar_id: int) -> None:
    """Delete a calendar and its events, a batch per transaction (a deletion never holds the write lock long)."""
    while True:
        ids = list(uow.session.scalars(select(ImportedEvent.id).where(ImportedEvent.calendar_id == calendar_id)
                                       .limit(BATCH)))
        if not ids:
            break
        uow.session.execute(delete(ImportedEventPerson).where(ImportedEventPerson.event_id.in_(ids)))
        uow.session.execute(delete(ImportedEvent).where(ImportedEvent.id.in_(ids)))
        uow.commit()
    uow.session.execute(delete(ImportedCalendar).where(ImportedCalendar.id == calendar_id))
    uow.commit()


def _sweep(uow: UnitOfWork) -> None:
    """Remove what an interrupted import or deletion left (older than an hour: not one running on another PC)."""
    cutoff = uow.now() - dt.timedelta(hours=1)
    leftovers = list(uow.session.scalars(select(ImportedCalendar.id).where(
        ImportedCalendar.name.startswith(STAGING, autoescape=True),
        or_(ImportedCalendar.imported_at.is_(None), ImportedCalendar.imported_at < cutoff))))
    uow.session.rollback()
    for calendar_id in leftovers:
        _purge(uow, calendar_id)


def list_calendars(uow: UnitOfWork) -> list[CalendarRow]:
    from sqlalchemy import func

    counts = dict(
        uow.session.execute(select(ImportedEvent.calendar_id, func.count()).group_by(ImportedEvent.calendar_id)).all()
    )
    rows = []
    for c in uow.session.scalars(select(ImportedCalendar).where(~ImportedCalendar.name.startswith(STAGING))
                                 .order_by(ImportedCalendar.name)):
        owner = uow.session.get(Person, c.owner_person_id) if c.owner_person_id else None
        rows.append(CalendarRow(c.id, c.name, c.color, c.source, c.owner_person_id, owner.name if owner else "",
                                c.imported_at, c.visible, int(counts.get(c.id, 0)), c.version))
    return rows


def update_calendar(
    uow: UnitOfWork, calendar_id: int, *, color: str | None = None, visible: bool | None = None
) -> CalendarRow:
    cal = uow.session.get(ImportedCalendar, calendar_id)
    if cal is None:
        raise NotFoundError("该导入日历已不存在。")
    if color is not None:
        if not _valid_color(color):
            raise ValidationError(f"颜色“{color}”无效，应为 #RRGGBB。")
        cal.color = color
    if visible is not None:
        cal.visible = visible
    audit.record(uow, "imported_calendar", cal.id, "update", f"修改导入日历“{cal.name}”")
    uow.commit()
    return next(r for r in list_calendars(uow) if r.id == calendar_id)


def delete_calendar(uow: UnitOfWork, calendar_id: int) -> None:
    cal = uow.session.get(ImportedCalendar, calendar_id)
    if cal is None:
        raise NotFoundError("该导入日历已不存在。")
    audit.record(uow, "imported_calendar", cal.id, "delete", f"删除导入日历“{cal.name}”")
    cal.name, cal.visible, cal.imported_at = STAGING + uuid.uuid4().hex, False, uow.now()  # gone from every view
    uow.commit()
    _purge(uow, calendar_id)  # then its events, a batch at a time
