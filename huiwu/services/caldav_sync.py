"""Two-way sync of meetings with a CalDAV calendar (the office's, or one leader's that their phone shows).

Push: a meeting is written when it is new to the target or its SEQUENCE/version moved since the last push
(a cancelled meeting goes out with STATUS:CANCELLED). Pull: an object whose ETag moved on the server was
edited there. The conflict rule never loses an edit silently: when both sides changed, the office's version
is written to the server and the server's edit is kept in the audit log of the meeting and reported; when
only the server changed, its title/time/place are applied to the meeting, with an audit entry.

Passwords live in the OS keyring (service ``huiwu-caldav``, key = target name), never in the database or
the settings file.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from huiwu import passwords
from huiwu.calendar.ics_export import ExportEvent, build_calendar
from huiwu.db import Database, UnitOfWork
from huiwu.errors import ConflictError, HuiwuError, NotFoundError, ValidationError
from huiwu.models import (
    AgendaItem,
    CalDavRecord,
    CalDavTarget,
    Meeting,
    MeetingStatus,
    Participant,
    Person,
    Venue,
)
from huiwu.services import audit
from huiwu.services.calendars import meeting_export_event

__all__ = [
    "KEYRING_SERVICE",
    "CalDavError",
    "SyncResult",
    "TargetEdit",
    "TargetRow",
    "delete_target",
    "exchange",
    "get_password",
    "list_targets",
    "plan_sync",
    "record_sync",
    "save_target",
    "set_password",
    "sync_target",
]

KEYRING_SERVICE = "huiwu-caldav"
Progress = Callable[[int, int, str], None]
_NS = {"d": "DAV:", "c": "urn:ietf:params:xml:ns:caldav"}
_REPORT = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">'
    "<d:prop><d:getetag/><c:calendar-data/></d:prop>"
    '<c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"/></c:comp-filter></c:filter>'
    "</c:calendar-query>"
)
_PAST_DAYS = 30  # meetings that ended longer ago are not pushed any more


class CalDavError(HuiwuError):
    """The server could not be reached or refused a request; the message says which and what to do."""


@dataclass(frozen=True)
class TargetEdit:
    name: str
    url: str
    username: str = ""
    calendar_url: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class TargetRow:
    id: int
    name: str
    url: str
    username: str
    calendar_url: str
    person_id: int | None
    person_name: str
    last_sync_at: dt.datetime | None
    last_sync_result: str
    has_password: bool
    version: int


@dataclass(frozen=True)
class SyncResult:
    target_id: int
    target_name: str
    finished_at: dt.datetime  # by the unit of work's clock
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    pulled: int = 0
    conflicts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        text = (
            f"新建 {self.created}，更新 {self.updated}，取消 {self.cancelled}，"
            f"采纳服务器修改 {self.pulled}，冲突 {len(self.conflicts)}"
        )
        return text


# ---------------------------------------------------------------- passwords


def get_password(target_name: str) -> str | None:
    try:
        return passwords.get(KEYRING_SERVICE, target_name)
    except HuiwuError as exc:
        raise CalDavError(f"无法读取“{target_name}”的密码：{exc}") from exc


def set_password(target_name: str, password: str | None) -> None:
    try:
        passwords.put(KEYRING_SERVICE, target_name, password)
    except (HuiwuError, OSError) as exc:
        raise CalDavError(f"无法保存“{target_name}”的密码：{exc}") from exc


# ---------------------------------------------------------------- targets


def _row(t: CalDavTarget, person: Person | None) -> TargetRow:
    try:
        has_password = get_password(t.name) is not None
    except CalDavError:
        has_password = False
    return TargetRow(t.id, t.name, t.url, t.username, t.calendar_url, t.person_id, person.name if person else "",
                     t.last_sync_at, t.last_sync_result, has_password, t.version)


def list_targets(uow: UnitOfWork) -> list[TargetRow]:
    rows = []
    for t in uow.session.scalars(select(CalDavTarget).order_by(CalDavTarget.name)):
        person = uow.session.get(Person, t.person_id) if t.person_id else None
        rows.append(_row(t, person))
    return rows


def save_target(
    uow: UnitOfWork,
    edit: TargetEdit,
    target_id: int | None = None,
    version: int | None = None,
    password: str | None = None,
) -> TargetRow:
    """Create or change a target; ``password`` (when given) goes to the OS keyring, nowhere else."""
    name, url = edit.name.strip(), edit.url.strip()
    if not name:
        raise ValidationError("请填写同步目标的名称。")
    if not url.lower().startswith(("http://", "https://")):
        raise ValidationError(f"服务器地址“{url}”无效，应以 http:// 或 https:// 开头。")
    cal_url = edit.calendar_url.strip()
    if cal_url and not cal_url.lower().startswith(("http://", "https://")):
        raise ValidationError(f"日历地址“{cal_url}”无效，应以 http:// 或 https:// 开头。")
    if edit.person_id is not None and uow.session.get(Person, edit.person_id) is None:
        raise NotFoundError("所选人员不存在。")
    clash = uow.session.scalar(select(CalDavTarget).where(CalDavTarget.name == name))
    if clash is not None and clash.id != target_id:
        raise ValidationError(f"已有名为“{name}”的同步目标。")
    old_name = None
    if target_id is None:
        t = CalDavTarget(name=name, url=url)
        uow.session.add(t)
        action = "create"
    else:
        found = uow.session.get(CalDavTarget, target_id)
        if found is None:
            raise NotFoundError("该同步目标已不存在。")
        t = found
        if version is not None and t.version != version:
            raise ConflictError(f"同步目标“{t.name}”", version, t.version)
        old_name = t.name
        action = "update"
    t.name, t.url, t.username, t.calendar_url, t.person_id = name, url, edit.username.strip(), cal_url, edit.person_id
    uow.session.flush()
    if old_name is not None and old_name != name and password is None:
        password = get_password(old_name)
        set_password(old_name, None)
    if password is not None:
        set_password(name, password)
    audit.record(uow, "caldav_target", t.id, action, f"{'新增' if action == 'create' else '修改'}日历同步目标“{name}”")
    uow.commit()
    person = uow.session.get(Person, t.person_id) if t.person_id else None
    return _row(t, person)


def delete_target(uow: UnitOfWork, target_id: int) -> None:
    t = uow.session.get(CalDavTarget, target_id)
    if t is None:
        raise NotFoundError("该同步目标已不存在。")
    name = t.name
    audit.record(uow, "caldav_target", t.id, "delete", f"删除日历同步目标“{name}”")
    uow.session.delete(t)
    uow.commit()
    set_password(name, None)


# ---------------------------------------------------------------- the server


@dataclass(frozen=True)
class _ServerObject:
    href: str
    etag: str
    data: str


class _Server:
    def __init__(self, target: SyncPlan, password: str | None) -> None:
        import caldav

        self.base = target.url
        self.calendar_url = (target.calendar_url or target.url).rstrip("/") + "/"
        self.name = target.target_name
        try:
            self.client = caldav.DAVClient(  # type: ignore[operator]
                url=target.url, username=target.username or None, password=password,
                timeout=30, require_tls=False, enable_rfc6764=False,
            )
        except Exception as exc:
            raise CalDavError(f"日历服务器地址“{target.url}”无法使用：{exc}") from exc

    def _call(self, what: str, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except HuiwuError:
            raise
        except Exception as exc:
            raise CalDavError(
                f"与日历服务器“{self.name}”通信失败（{what}）：{type(exc).__name__}: {str(exc)[:200]}。"
                "请检查网络、地址和密码后重试；本次同步未保存任何更改。"
            ) from exc

    def _check(self, status: int, what: str) -> None:
        if status == 401:
            raise CalDavError(f"日历服务器“{self.name}”拒绝登录（401），请检查用户名和密码。")
        if status >= 400:
            raise CalDavError(f"日历服务器“{self.name}”拒绝了请求（{what}，状态 {status}）。")

    def absolute(self, href: str) -> str:
        return urljoin(self.calendar_url, href)

    def list(self) -> dict[str, _ServerObject]:
        resp = self._call("读取日历", lambda: self.client.request(
            self.calendar_url, "REPORT", _REPORT,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}))
        self._check(resp.status, "读取日历")
        raw = resp.raw if isinstance(resp.raw, bytes) else str(resp.raw).encode("utf-8")
        out: dict[str, _ServerObject] = {}
        for r in ET.fromstring(raw).findall("d:response", _NS):
            href = r.findtext("d:href", default="", namespaces=_NS)
            etag = r.findtext(".//d:getetag", default="", namespaces=_NS)
            data = r.findtext(".//c:calendar-data", default="", namespaces=_NS)
            if href and data:
                url = self.absolute(href)
                out[url] = _ServerObject(url, etag, data)
        return out

    def put(self, href: str, body: bytes, etag: str | None) -> str:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag:
            headers["If-Match"] = etag
        else:
            headers["If-None-Match"] = "*"
        resp = self._call("写入日程", lambda: self.client.put(href, body.decode("utf-8"), headers))
        if resp.status == 412:
            return ""
        self._check(resp.status, "写入日程")
        new = resp.headers.get("ETag") or resp.headers.get("etag") or ""
        return str(new) or self.etag(href)

    def etag(self, href: str) -> str:
        body = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        resp = self._call("读取版本", lambda: self.client.request(href, "PROPFIND", body, {"Depth": "0"}))
        self._check(resp.status, "读取版本")
        raw = resp.raw if isinstance(resp.raw, bytes) else str(resp.raw).encode("utf-8")
        return ET.fromstring(raw).findtext(".//d:getetag", default="", namespaces=_NS)


# ---------------------------------------------------------------- sync


def _scope(uow: UnitOfWork, target: CalDavTarget, now: dt.datetime) -> list[Meeting]:
    stmt = (
        select(Meeting)
        .where(Meeting.deleted_at.is_(None), Meeting.ends_at >= now - dt.timedelta(days=_PAST_DAYS),
               Meeting.status != MeetingStatus.DRAFT)
        .options(
            selectinload(Meeting.participants).selectinload(Participant.person).selectinload(Person.unit),
            selectinload(Meeting.agenda_items).selectinload(AgendaItem.presenter_unit),
            selectinload(Meeting.venue), selectinload(Meeting.chair), selectinload(Meeting.host_unit),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if target.person_id is not None:
        invited = select(Participant.meeting_id).where(Participant.person_id == target.person_id)
        stmt = stmt.where((Meeting.chair_id == target.person_id) | Meeting.id.in_(invited))
    return list(uow.session.scalars(stmt))


@dataclass(frozen=True)
class _Fields:
    summary: str
    start: dt.datetime | None
    end: dt.datetime | None
    location: str
    status: str


def _server_fields(data: str) -> _Fields | None:
    from icalendar import Calendar

    try:
        cal = Calendar.from_ical(data)
    except Exception:
        return None
    for ev in cal.walk("VEVENT"):
        start = ev.get("DTSTART").dt if ev.get("DTSTART") is not None else None
        end = ev.get("DTEND").dt if ev.get("DTEND") is not None else None
        return _Fields(
            str(ev.get("SUMMARY", "")),
            start if isinstance(start, dt.datetime) and start.tzinfo else None,
            end if isinstance(end, dt.datetime) and end.tzinfo else None,
            str(ev.get("LOCATION", "")),
            str(ev.get("STATUS", "")).upper(),
        )
    return None


def _server_edits(ours: ExportEvent, theirs: _Fields) -> dict[str, list[Any]]:
    """{field: [ours, theirs]} for what the server changed relative to what the office pushed."""
    edits: dict[str, list[Any]] = {}
    if theirs.summary and theirs.summary != ours.summary and not ours.confidential:
        edits["title"] = [ours.summary, theirs.summary]
    if theirs.start is not None and theirs.start != ours.start:
        edits["starts_at"] = [ours.start.isoformat(), theirs.start.isoformat()]
    if theirs.end is not None and theirs.end != ours.end:
        edits["ends_at"] = [ours.end.isoformat(), theirs.end.isoformat()]
    if theirs.location != (ours.location or "") and not ours.confidential:
        edits["location"] = [ours.location or "", theirs.location]
    if theirs.status == "CANCELLED" and ours.status != "CANCELLED":
        edits["status"] = [ours.status, theirs.status]
    return edits


@dataclass(frozen=True)
class _Pushed:
    """What the target held of a meeting after the last sync."""

    href: str
    etag: str
    pushed_sequence: int
    pushed_version: int


@dataclass(frozen=True)
class _Meeting:
    """One meeting in the target's scope, as the office has it when the sync starts."""

    meeting_id: int
    version: int
    sequence: int
    uid: str
    title: str
    cancelled: bool
    event: ExportEvent
    body: bytes
    pushed: _Pushed | None


@dataclass(frozen=True)
class SyncPlan:
    """Everything the network part of a sync needs, read in one short unit of work (no ORM objects)."""

    target_id: int
    target_name: str
    url: str
    username: str
    calendar_url: str
    now: dt.datetime
    meetings: tuple[_Meeting, ...]


@dataclass(frozen=True)
class _Outcome:
    meeting_id: int
    version: int  # the office's version the sync started from
    pushed: _Pushed | None = None  # what to remember (None: leave the record as it was)
    created: bool = False
    updated: bool = False
    cancelled: bool = False
    conflict: str = ""  # both sides changed: the sentence, and the server's version below
    server_data: str = ""
    pull: tuple[tuple[str, Any, Any], ...] = ()  # (field, ours, theirs) edited on the server
    server_etag: str = ""
    note: str = ""


@dataclass(frozen=True)
class SyncExchange:
    """What the network part did and found, for :func:`record_sync` to write down."""

    plan: SyncPlan
    outcomes: tuple[_Outcome, ...]


def plan_sync(uow: UnitOfWork, target_id: int) -> SyncPlan:
    """Phase 1, on the database: the target, its records and its meetings as plain values. Writes nothing."""
    target = uow.session.get(CalDavTarget, target_id)
    if target is None:
        raise NotFoundError("该同步目标已不存在。")
    now = uow.now()
    records = {r.meeting_id: r for r in uow.session.scalars(
        select(CalDavRecord).where(CalDavRecord.target_id == target.id)) if r.meeting_id is not None}
    tz = uow.settings.timezone
    items = []
    for m in _scope(uow, target, now):
        rec = records.get(m.id)
        event = meeting_export_event(m)
        items.append(_Meeting(
            m.id, m.version, m.sequence, m.uid, m.title, m.status == MeetingStatus.CANCELLED, event,
            build_calendar([event], calendar_name=target.name, tz=tz, dtstamp=now),
            _Pushed(rec.href, rec.etag, rec.pushed_sequence, rec.pushed_version) if rec is not None else None,
        ))
    return SyncPlan(target.id, target.name, target.url, target.username, target.calendar_url, now, tuple(items))


def exchange(plan: SyncPlan, password: str | None = None, progress: Progress | None = None) -> SyncExchange:
    """Phase 2, on the network only (no database): push what the office changed, see what the server changed.

    ``password`` None: the one in the OS keyring. Raises :class:`CalDavError` with a sentence when the server
    cannot be used; nothing has been written to the database then.
    """
    if password is None and plan.username:
        password = get_password(plan.target_name)
        if password is None:
            raise CalDavError(f"系统密码库中没有“{plan.target_name}”的密码，请在设置中重新填写密码。")
    report = progress or (lambda done, total, text: None)
    server = _Server(plan, password)
    report(0, 1, "读取服务器上的日程…")
    objects = server.list()
    by_uid: dict[str, _ServerObject] = {}
    for obj in objects.values():
        for line in obj.data.splitlines():
            if line.startswith("UID:"):
                by_uid[line[4:].strip()] = obj
                break
    outcomes: list[_Outcome] = []
    total = len(plan.meetings)
    for n, m in enumerate(plan.meetings, 1):
        report(n, total, f"同步《{m.title}》")
        outcome = _exchange_one(server, m, objects, by_uid, plan.target_name)
        if outcome is not None:
            outcomes.append(outcome)
    report(total, total, "同步完成")
    return SyncExchange(plan, tuple(outcomes))


def _exchange_one(server: _Server, m: _Meeting, objects: dict[str, _ServerObject],
                  by_uid: dict[str, _ServerObject], target_name: str) -> _Outcome | None:
    rec = m.pushed
    pushed = lambda href, etag: _Pushed(href, etag, m.sequence, m.version)  # noqa: E731
    if rec is None:
        existing = by_uid.get(m.uid)
        if existing is None and m.cancelled:
            return None
        href = existing.href if existing else server.absolute(quote(m.uid.replace("/", "_")) + ".ics")
        etag = server.put(href, m.body, existing.etag if existing else None)
        return _Outcome(m.meeting_id, m.version, pushed(href, etag), created=True)
    current = objects.get(rec.href)
    office_changed = m.sequence != rec.pushed_sequence or m.version != rec.pushed_version
    if current is None:
        if m.cancelled:
            return _Outcome(m.meeting_id, m.version, pushed(rec.href, rec.etag))
        etag = server.put(rec.href, m.body, None)
        return _Outcome(m.meeting_id, m.version, pushed(rec.href, etag), created=True,
                        note=f"《{m.title}》在服务器上已被删除，已按本办数据重新写入。")
    server_changed = bool(current.etag) and current.etag != rec.etag
    if server_changed and office_changed:
        etag = server.put(rec.href, m.body, current.etag)
        sentence = (f"《{m.title}》在本办和服务器“{target_name}”上都被修改：服务器上保留本办版本，"
                    "服务器上的修改已记入会议的修改记录。")
        return _Outcome(m.meeting_id, m.version, pushed(rec.href, etag), updated=True, cancelled=m.cancelled,
                        conflict=sentence, server_data=current.data[:4000])
    if office_changed:
        etag = server.put(rec.href, m.body, rec.etag or current.etag)
        if not etag:  # 412: changed on the server meanwhile; the next sync sees it as a conflict
            return _Outcome(m.meeting_id, m.version, note=f"《{m.title}》在同步过程中被服务器修改，下次同步时再处理。")
        return _Outcome(m.meeting_id, m.version, pushed(rec.href, etag), updated=True, cancelled=m.cancelled)
    if server_changed:
        theirs = _server_fields(current.data)
        edits = _server_edits(m.event, theirs) if theirs is not None else {}
        note = (f"《{m.title}》在服务器“{target_name}”上被取消；本办未取消，请确认后在会议中处理。"
                if "status" in edits else "")
        pull = tuple((k, v[0], v[1]) for k, v in edits.items() if k != "status")
        return _Outcome(m.meeting_id, m.version, pull=pull, server_etag=current.etag, note=note)
    return None


def record_sync(uow: UnitOfWork, done: SyncExchange) -> SyncResult:
    """Phase 3, on the database, one commit: the records, the conflicts kept in the meetings' history, and the
    server's edits applied through the meetings service (its version check, due times, leave marks, 变更)."""

    plan = done.plan
    target = uow.session.get(CalDavTarget, plan.target_id)
    if target is None:
        raise NotFoundError("该同步目标已不存在。")
    records = {r.meeting_id: r for r in uow.session.scalars(
        select(CalDavRecord).where(CalDavRecord.target_id == target.id)) if r.meeting_id is not None}
    created = updated = cancelled = pulled = 0
    conflicts: list[str] = []
    notes: list[str] = []
    for o in done.outcomes:
        rec = records.get(o.meeting_id)
        if o.note:
            notes.append(o.note)
        if o.conflict:
            conflicts.append(o.conflict)
            audit.record(uow, "meeting", o.meeting_id, "caldav_conflict", o.conflict, meeting_id=o.meeting_id,
                         changes={"server_version": o.server_data})
        if o.pull:
            applied = _pull(uow, o, target.name)
            if applied is None:
                notes.append(f"编号 {o.meeting_id} 的会议在同步期间被本办修改，服务器上的修改下次同步时再处理。")
                continue
            pulled += int(applied)
            m = uow.session.get(Meeting, o.meeting_id)
            if rec is not None and m is not None:  # the server's copy is now what the office has
                rec.etag, rec.pushed_sequence, rec.pushed_version, rec.synced_at = \
                    o.server_etag, m.sequence, m.version, plan.now
            continue
        if o.server_etag and rec is not None:
            rec.etag, rec.synced_at = o.server_etag, plan.now
        if o.pushed is not None:
            if rec is None:
                m = uow.session.get(Meeting, o.meeting_id)
                rec = CalDavRecord(target_id=target.id, meeting_id=o.meeting_id, uid=m.uid if m else "",
                                   href=o.pushed.href)
                uow.session.add(rec)
                records[o.meeting_id] = rec
            rec.href, rec.etag = o.pushed.href, o.pushed.etag
            rec.pushed_sequence, rec.pushed_version, rec.synced_at = o.pushed.pushed_sequence, o.pushed.pushed_version, plan.now
        created += int(o.created)
        updated += int(o.updated)
        cancelled += int(o.cancelled)
    result = SyncResult(target.id, target.name, plan.now, created, updated, cancelled, pulled, tuple(conflicts),
                        tuple(notes))
    target.last_sync_at = result.finished_at
    target.last_sync_result = result.summary() + ("；" + "；".join(conflicts) if conflicts else "")
    audit.record(uow, "caldav_target", target.id, "sync", f"与“{target.name}”同步：{result.summary()}")
    uow.commit()
    return result


def _pull(uow: UnitOfWork, o: _Outcome, target_name: str) -> bool | None:
    """The server's title/time/place, as a save of the meeting; None when the office changed it meanwhile."""
    from dataclasses import replace

    from huiwu.services import meetings

    try:
        detail = meetings.get_meeting(uow, o.meeting_id)
    except NotFoundError:
        return False
    if detail.version != o.version or detail.deleted:
        return None
    data = detail.as_input()
    done: list[str] = []
    edits = {k: theirs for k, _, theirs in o.pull}
    if "title" in edits:
        data = replace(data, title=str(edits["title"])[:300])
        done.append(f"名称改为《{data.title}》")
    if "starts_at" in edits or "ends_at" in edits:
        start = dt.datetime.fromisoformat(edits["starts_at"]) if "starts_at" in edits else data.starts_at
        end = dt.datetime.fromisoformat(edits["ends_at"]) if "ends_at" in edits else data.ends_at
        if end > start:
            data = replace(data, starts_at=start, ends_at=end)
            done.append(f"时间改为 {start.astimezone(uow.settings.tz()):%m月%d日 %H:%M}")
    if "location" in edits:
        text = str(edits["location"])
        venue_name = text.split("（", 1)[0].strip()
        venue = uow.session.scalar(select(Venue).where(Venue.name == venue_name)) if venue_name else None
        if venue is not None:
            data = replace(data, venue_id=venue.id)
            done.append(f"地点改为{venue.name}")
        else:
            data = replace(data, notes=(data.notes + "\n" if data.notes else "") + f"日历服务器“{target_name}”上的地点：{text}")
            done.append(f"服务器上的地点“{text}”未对应会议室，已记入备注")
    if not done:
        return False
    try:
        meetings.update_meeting(uow, o.meeting_id, o.version, data, because=f"采纳日历服务器“{target_name}”上的修改：",
                                commit=False)
    except ConflictError:
        return None
    audit.record(uow, "meeting", o.meeting_id, "caldav_pull", f"采纳日历服务器“{target_name}”上的修改：" + "，".join(done),
                 meeting_id=o.meeting_id, changes={k: [ours, theirs] for k, ours, theirs in o.pull})
    return True


def sync_target(
    database: Database, target_id: int, progress: Progress | None = None, *, password: str | None = None
) -> SyncResult:
    """The whole sync for the CLI and scripts: read (one unit of work), talk to the server (no database
    transaction open), write down (one unit of work). The GUI runs the middle part on its network thread."""
    with database.uow() as uow:
        plan = plan_sync(uow, target_id)
    done = exchange(plan, password, progress)
    with database.uow() as uow:
        return record_sync(uow, done)
