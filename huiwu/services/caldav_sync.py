"""Two-way sync of meetings with a CalDAV calendar (the office's, or one leader's that their phone shows).

Push: a meeting is written when it is new to the target or its SEQUENCE/version moved since the last push.
A meeting cancelled or deleted in the office (or no longer the leader's) goes out as STATUS:CANCELLED with a
higher SEQUENCE, stays so for ``Settings.caldav_grace_days`` and is then removed from the server.

Pull: an object whose ETag moved on the server was edited there. The conflict rule never loses an edit
silently: when both sides changed, the office's version is written to the server and the server's edit is
kept in the audit log of the meeting and reported; when only the server changed, its title/time/place are
applied to the meeting, with an audit entry — except what the office keeps to itself (the title and place of
a confidential meeting): that edit is recorded, reported and the office's version written back.

A deletion or cancellation made on the server is never applied by itself nor undone by itself: it becomes a
:class:`~huiwu.models.CalDavPending` the clerk accepts (the meeting is cancelled in the office) or rejects (the
office's version is written back at the next sync). Events on the calendar that are not the office's (made
on the leader's phone) are kept in an imported calendar owned by the target's person, so 周安排 shows them
and checks them for conflicts like any imported calendar.

Passwords live in the OS keyring (service ``huiwu-caldav``, key = target name), never in the database or
the settings file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import ssl
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from huiwu import passwords
from huiwu.calendar.ics_export import ExportEvent, build_calendar
from huiwu.db import Database, UnitOfWork
from huiwu.errors import ConflictError, HuiwuError, NotFoundError, RuleError, ValidationError
from huiwu.models import (
    AgendaItem,
    CalDavPending,
    CalDavPendingState,
    CalDavRecord,
    CalDavTarget,
    ImportedCalendar,
    ImportedEvent,
    ImportedEventPerson,
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
    "PendingRow",
    "SyncResult",
    "TargetEdit",
    "TargetRow",
    "accept_pending",
    "delete_target",
    "exchange",
    "get_password",
    "list_pending",
    "list_targets",
    "plan_sync",
    "record_sync",
    "reject_pending",
    "save_target",
    "set_password",
    "sync_target",
]

log = logging.getLogger(__name__)
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
TIMEOUT = 30.0  # seconds a server may take to answer one request
PHONE_COLOR = "#e67e22"


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
    """What one sync did, both ways. ``lines`` names every change in Chinese, one sentence each."""

    target_id: int
    target_name: str
    finished_at: dt.datetime  # by the unit of work's clock
    created: int = 0
    updated: int = 0
    cancelled: int = 0
    pulled: int = 0
    conflicts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    removed: int = 0  # cancelled meetings taken off the server after the grace period
    pending: int = 0  # deletions/cancellations made on the server found by this sync
    waiting: int = 0  # of this target, still waiting for the clerk after this sync
    refused: int = 0  # server edits the office does not apply (a confidential meeting's title)
    phone_added: int = 0  # events of the leader's own (not the office's), new / changed / gone
    phone_updated: int = 0
    phone_removed: int = 0
    lines: tuple[str, ...] = ()
    failure: str = ""  # the sentence of an error that stopped the sync part-way (what was done is recorded)

    def summary(self) -> str:
        text = (
            f"新建 {self.created}，更新 {self.updated}，取消 {self.cancelled}，"
            f"采纳服务器修改 {self.pulled}，冲突 {len(self.conflicts)}"
        )
        extras = [(self.removed, "从服务器移除"), (self.refused, "未采纳"), (self.phone_added, "服务器上新日程"),
                  (self.phone_updated, "服务器上日程更新"), (self.phone_removed, "服务器上日程删除")]
        text += "".join(f"，{label} {n}" for n, label in extras if n)
        if self.waiting:
            text += f"；待您确认的服务器更改 {self.waiting} 项"
        if self.failure:
            text += "；同步未完成"
        return text

    def changed_meetings(self) -> bool:
        """Whether meetings or the week changed in the office (pages showing them should reload)."""
        return bool(self.pulled or self.pending or self.phone_added or self.phone_updated or self.phone_removed)


@dataclass(frozen=True)
class PendingRow:
    """A change made on the server to an office meeting, waiting for the clerk (接受 / 拒绝)."""

    id: int
    target_id: int
    target_name: str
    meeting_id: int | None
    title: str
    when: str  # the meeting's day and time, as the office has it
    kind: str  # "deleted" / "cancelled"
    kind_label: str  # 在服务器上被删除 / 在服务器上被取消
    detected_at: dt.datetime
    version: int

    def sentence(self) -> str:
        return f"《{self.title}》（{self.when}）{self.kind_label}（日历“{self.target_name}”）"


_KIND_LABELS = {"deleted": "在服务器上被删除", "cancelled": "在服务器上被取消"}


# ---------------------------------------------------------------- passwords


def get_password(target_name: str) -> str | None:
    try:
        return passwords.get(KEYRING_SERVICE, target_name)
    except HuiwuError as exc:
        raise CalDavError(f"无法读取“{target_name}”的密码：{exc}") from exc


def password_for_sync(target_name: str) -> str | None:
    """The target's password wherever the office keeps it; asked now (GUI) when it is only kept in memory."""
    try:
        return passwords.get_or_ask(KEYRING_SERVICE, target_name, f"日历同步目标“{target_name}”")
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
    uid: str = ""


_UID = re.compile(r"^UID[;:](?:[^:\r\n]*:)?(.*)$", re.MULTILINE)


def _uid_of(data: str) -> str:
    """The first UID of a VCALENDAR text (folded lines unfolded first)."""
    found = _UID.search(re.sub(r"\r?\n[ \t]", "", data))
    return found.group(1).strip() if found else ""


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception, its causes and what urllib3 wraps (MaxRetryError.reason), without repeats."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen):
            continue
        seen.append(e)
        todo.extend([e.__cause__, e.__context__, getattr(e, "reason", None) if isinstance(
            getattr(e, "reason", None), BaseException) else None])
        todo.extend(a for a in e.args if isinstance(a, BaseException))
    return seen


def failure_sentence(name: str, url: str, exc: BaseException) -> str:
    """What went wrong talking to a server, and what to do, in the clerk's words (never a library's text)."""
    parts = urlsplit(url)
    host = parts.hostname or url
    where = f"{host}:{parts.port}" if parts.port else host
    chain = _chain(exc)
    text = " ".join(f"{type(e).__name__} {e}" for e in chain)
    status = next((getattr(e, "status", None) for e in chain if isinstance(getattr(e, "status", None), int)), None)
    kind = {type(e).__name__ for e in chain}
    if status is not None and status >= 400:
        return status_sentence(name, status, "")
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in chain) or "CERTIFICATE_VERIFY_FAILED" in text \
            or "certificate verify failed" in text.lower():
        return (f"日历服务器“{name}”（{where}）的证书无法验证（可能是自签名证书、已过期或与地址不符）。"
                "请核对地址；如为单位自建服务器，请由管理员把它的证书加入本机受信任的证书后重试。")
    if "WRONG_VERSION_NUMBER" in text or "SSLError" in kind:
        return (f"无法与日历服务器“{name}”（{where}）建立加密连接。请核对地址是 https:// 还是 http://，"
                "或请管理员检查服务器的证书设置。")
    if "NameResolutionError" in kind or "Name or service not known" in text or "getaddrinfo" in text \
            or "nodename nor servname" in text or "Temporary failure in name resolution" in text:
        return (f"找不到日历服务器“{host}”（域名无法解析）。请检查地址是否拼写正确、本机网络和 DNS 是否正常。")
    if any(isinstance(e, TimeoutError) for e in chain) or "Timeout" in " ".join(kind) or "timed out" in text:
        return (f"日历服务器“{name}”（{where}）在 {TIMEOUT:.0f} 秒内没有响应。请稍后重试；"
                "如一直如此，请检查网络或联系服务器管理员。")
    if any(isinstance(e, ConnectionRefusedError) for e in chain) or "Connection refused" in text \
            or "actively refused" in text:
        return (f"无法连接到日历服务器“{name}”（{where}）：连接被拒绝。服务器可能没有运行，或地址、端口有误；"
                "请检查地址，或联系服务器管理员。")
    if any(isinstance(e, OSError) for e in chain) or "ConnectionError" in " ".join(kind):
        return (f"无法连接到日历服务器“{name}”（{where}）。请检查本机网络和服务器地址后重试。")
    return f"与日历服务器“{name}”（{where}）通信时出现意外错误。请稍后重试；如仍不行，请把日志发给管理员。"


def status_sentence(name: str, status: int, what: str) -> str:
    """An HTTP refusal as a sentence: who refused, why it may be, and what to do."""
    doing = f"（{what}）" if what else ""
    if status == 401:
        return (f"日历服务器“{name}”拒绝登录（401）：用户名或密码不对。"
                "请在“设置 → 日历同步”中编辑该目标，重新填写用户名和密码。")
    if status == 403:
        return (f"日历服务器“{name}”拒绝访问{doing}（403）：此账户无权使用该日历。"
                "请核对日历地址是否属于此账户，或请服务器管理员授予权限。")
    if status in (404, 410):
        return (f"日历服务器“{name}”上找不到该日历{doing}（{status}）。请核对“日历地址”"
                "（通常形如 https://服务器/用户名/日历名/），或先在服务器上创建该日历。")
    if status in (507, 413):
        return (f"日历服务器“{name}”的存储空间已满或超出配额{doing}（{status}）。"
                "请请服务器管理员扩大此账户的空间，或在服务器上删除不再需要的旧日程后重试。")
    if status >= 500:
        return (f"日历服务器“{name}”内部出错{doing}（{status}）。请稍后重试；如一直如此，请联系服务器管理员。")
    return f"日历服务器“{name}”拒绝了请求{doing}（{status}）。请检查设置中的地址后重试，或联系服务器管理员。"


class _Server:
    def __init__(self, target: SyncPlan, password: str | None) -> None:
        import caldav

        self.base = target.url
        self.calendar_url = (target.calendar_url or target.url).rstrip("/") + "/"
        self.name = target.target_name
        try:
            self.client = caldav.DAVClient(  # type: ignore[operator]
                url=target.url, username=target.username or None, password=password,
                timeout=TIMEOUT, require_tls=False, enable_rfc6764=False,
            )
        except Exception as exc:
            log.warning("CalDAV client for %s: %r", target.url, exc)
            raise CalDavError(f"日历服务器地址“{target.url}”无法使用，请检查“设置 → 日历同步”中的地址。") from exc

    def _call(self, what: str, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except HuiwuError:
            raise
        except Exception as exc:
            log.warning("CalDAV %s with %s failed: %r", what, self.name, exc)
            raise CalDavError(failure_sentence(self.name, self.calendar_url, exc)) from exc

    def _check(self, status: int, what: str) -> None:
        if status >= 400:
            raise CalDavError(status_sentence(self.name, status, what))

    def absolute(self, href: str) -> str:
        return urljoin(self.calendar_url, href)

    def list(self) -> dict[str, _ServerObject]:
        resp = self._call("读取日历", lambda: self.client.request(
            self.calendar_url, "REPORT", _REPORT,
            {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"}))
        self._check(resp.status, "读取日历")
        raw = resp.raw if isinstance(resp.raw, bytes) else str(resp.raw).encode("utf-8")
        out: dict[str, _ServerObject] = {}
        try:
            responses = ET.fromstring(raw).findall("d:response", _NS)
        except ET.ParseError as exc:
            raise CalDavError(f"“{self.name}”的日历地址返回的不是日历（无法读取服务器的答复）。"
                              "请核对“日历地址”是否指向一个 CalDAV 日历。") from exc
        for r in responses:
            href = r.findtext("d:href", default="", namespaces=_NS)
            etag = r.findtext(".//d:getetag", default="", namespaces=_NS)
            data = r.findtext(".//c:calendar-data", default="", namespaces=_NS)
            if href and data:
                url = self.absolute(href)
                out[url] = _ServerObject(url, etag, data, _uid_of(data))
        return out

    def put(self, href: str, body: bytes, etag: str | None) -> str:
        """The new ETag; "" when the server says the object changed meanwhile (412)."""
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

    def delete(self, href: str) -> None:
        resp = self._call("删除日程", lambda: self.client.request(href, "DELETE", "", {}))
        if resp.status not in (404, 410):
            self._check(resp.status, "删除日程")

    def etag(self, href: str) -> str:
        body = '<?xml version="1.0"?><d:propfind xmlns:d="DAV:"><d:prop><d:getetag/></d:prop></d:propfind>'
        resp = self._call("读取版本", lambda: self.client.request(href, "PROPFIND", body, {"Depth": "0"}))
        self._check(resp.status, "读取版本")
        raw = resp.raw if isinstance(resp.raw, bytes) else str(resp.raw).encode("utf-8")
        return ET.fromstring(raw).findtext(".//d:getetag", default="", namespaces=_NS)


# ---------------------------------------------------------------- sync


def _load_options() -> tuple[Any, ...]:
    return (
        selectinload(Meeting.participants).selectinload(Participant.person).selectinload(Person.unit),
        selectinload(Meeting.agenda_items).selectinload(AgendaItem.presenter_unit),
        selectinload(Meeting.venue), selectinload(Meeting.chair), selectinload(Meeting.host_unit),
    )


def _scope(uow: UnitOfWork, target: CalDavTarget, now: dt.datetime) -> list[Meeting]:
    stmt = (
        select(Meeting)
        .where(Meeting.deleted_at.is_(None), Meeting.ends_at >= now - dt.timedelta(days=_PAST_DAYS),
               Meeting.status != MeetingStatus.DRAFT)
        .options(*_load_options())
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


_FIELD_LABELS = {"title": "名称", "starts_at": "开始时间", "ends_at": "结束时间", "location": "地点", "status": "状态"}


def _server_edits(ours: ExportEvent, theirs: _Fields) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """({field: [ours, theirs]} the office applies, {field: [ours, theirs]} it does not) for what the server
    changed relative to what the office pushed. The title and place of a confidential meeting are the office's
    alone (the server only ever had the redacted label)."""
    edits: dict[str, list[Any]] = {}
    refused: dict[str, list[Any]] = {}
    if theirs.summary and theirs.summary != ours.summary:
        (refused if ours.confidential else edits)["title"] = [ours.summary, theirs.summary]
    if theirs.start is not None and theirs.start != ours.start:
        edits["starts_at"] = [ours.start.isoformat(), theirs.start.isoformat()]
    if theirs.end is not None and theirs.end != ours.end:
        edits["ends_at"] = [ours.end.isoformat(), theirs.end.isoformat()]
    if theirs.location != (ours.location or ""):
        (refused if ours.confidential else edits)["location"] = [ours.location or "", theirs.location]
    if theirs.status == "CANCELLED" and ours.status != "CANCELLED":
        edits["status"] = [ours.status, theirs.status]
    return edits, refused


@dataclass(frozen=True)
class _Pushed:
    """What the target held of a meeting after the last sync."""

    href: str
    etag: str
    pushed_sequence: int
    pushed_version: int
    record_id: int | None = None
    cancelled: bool = False  # the pushed version is STATUS:CANCELLED
    cancelled_at: dt.datetime | None = None
    resend: bool = False


@dataclass(frozen=True)
class _Meeting:
    """One meeting the target holds or should hold, as the office has it when the sync starts."""

    meeting_id: int
    version: int
    sequence: int
    uid: str
    title: str
    cancelled: bool  # goes out as STATUS:CANCELLED (cancelled, deleted, or no longer the leader's)
    event: ExportEvent
    body: bytes
    pushed: _Pushed | None
    gone: str = ""  # "deleted" (in the office) / "withdrawn" (no longer the target person's) / ""
    pending_open: bool = False  # a server-side deletion/cancellation of it waits for the clerk
    when: str = ""


@dataclass(frozen=True)
class _Removal:
    """A cancelled meeting whose grace period is over: deleted from the server, its record dropped."""

    record_id: int
    meeting_id: int | None
    href: str
    title: str


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
    removals: tuple[_Removal, ...] = ()
    known_uids: frozenset[str] = frozenset()  # the office's on this target: anything else is the leader's own
    grace_days: int = 7
    person_name: str = ""
    timezone: str = "Asia/Shanghai"


@dataclass(frozen=True)
class _Outcome:
    meeting_id: int | None
    version: int  # the office's version the sync started from
    pushed: _Pushed | None = None  # what to remember (None: leave the record as it was)
    record_id: int | None = None
    created: bool = False
    updated: bool = False
    cancelled: bool = False  # STATUS:CANCELLED written for the first time
    conflict: str = ""  # both sides changed: the sentence, and the server's version below
    server_data: str = ""
    pull: tuple[tuple[str, Any, Any], ...] = ()  # (field, ours, theirs) edited on the server
    refused: tuple[tuple[str, Any, Any], ...] = ()  # edited on the server, not applied by the office
    server_etag: str = ""
    server_href: str = ""
    note: str = ""
    line: str = ""  # the change, as the result lists it
    forget: bool = False  # drop the record (removed from the server, or deleted there after a cancellation)
    removed: bool = False
    server_change: str = ""  # "deleted" / "cancelled" on the server: a pending change for the clerk
    settle_pending: bool = False  # an open pending change of this meeting no longer applies
    resend_next: bool = False  # write the office's version at the next sync (after a partly refused edit)
    title: str = ""


@dataclass(frozen=True)
class SyncExchange:
    """What the network part did and found, for :func:`record_sync` to write down."""

    plan: SyncPlan
    outcomes: tuple[_Outcome, ...]
    foreign: tuple[_ServerObject, ...] = ()  # objects whose UID is not the office's on this target
    failure: str = ""  # the sentence of an error that stopped the exchange after the listing


def _when(moment: dt.datetime, tz: Any) -> str:
    local = moment.astimezone(tz)
    return f"{local.month}月{local.day}日 {local:%H:%M}"


def _item(m: Meeting, rec: CalDavRecord | None, name: str, tz_name: str, tz: Any, now: dt.datetime, gone: str,
          pending: set[int]) -> _Meeting:
    event = meeting_export_event(m)
    sequence = m.sequence
    if gone:
        if rec is not None and rec.cancelled_at is None:  # a higher SEQUENCE, so that phones apply it
            sequence = max(m.sequence, rec.pushed_sequence + 1)
        elif rec is not None:
            sequence = max(m.sequence, rec.pushed_sequence)
        event = dataclasses.replace(event, status="CANCELLED", sequence=sequence)
    cancelled = gone != "" or m.status == MeetingStatus.CANCELLED
    pushed = None
    if rec is not None:
        pushed = _Pushed(rec.href, rec.etag, rec.pushed_sequence, rec.pushed_version, rec.id,
                         rec.cancelled_at is not None, rec.cancelled_at, rec.resend)
    return _Meeting(m.id, m.version, sequence, m.uid, m.title, cancelled, event,
                    build_calendar([event], calendar_name=name, tz=tz_name, dtstamp=now), pushed, gone,
                    m.id in pending, _when(m.starts_at, tz))


def plan_sync(uow: UnitOfWork, target_id: int) -> SyncPlan:
    """Phase 1, on the database: the target, its records and its meetings as plain values. Writes nothing."""
    target = uow.session.get(CalDavTarget, target_id)
    if target is None:
        raise NotFoundError("该同步目标已不存在。")
    now = uow.now()
    tz_name, tz = uow.settings.timezone, uow.settings.tz()
    grace_days = max(int(uow.settings.caldav_grace_days), 0)
    records = list(uow.session.scalars(select(CalDavRecord).where(CalDavRecord.target_id == target.id)))
    by_meeting = {r.meeting_id: r for r in records if r.meeting_id is not None}
    pending = {mid for mid in uow.session.scalars(select(CalDavPending.meeting_id).where(
        CalDavPending.target_id == target.id, CalDavPending.state == CalDavPendingState.OPEN)) if mid is not None}
    items: dict[int, _Meeting] = {}
    for m in _scope(uow, target, now):
        items[m.id] = _item(m, by_meeting.get(m.id), target.name, tz_name, tz, now, "", pending)
    outside = [mid for mid in by_meeting if mid not in items]
    if outside:
        cutoff = now - dt.timedelta(days=_PAST_DAYS)
        for m in uow.session.scalars(select(Meeting).where(Meeting.id.in_(outside)).options(*_load_options())):
            if m.deleted_at is not None:
                gone = "deleted"
            elif m.ends_at < cutoff:
                continue  # long past: left as it is
            else:
                gone = "withdrawn"
            items[m.id] = _item(m, by_meeting[m.id], target.name, tz_name, tz, now, gone, pending)
    removals = []
    for r in records:
        item = items.get(r.meeting_id) if r.meeting_id is not None else None
        if r.meeting_id is None or (r.cancelled_at is not None and r.cancelled_at + dt.timedelta(days=grace_days)
                                    <= now and (item is None or item.cancelled)):
            removals.append(_Removal(r.id, r.meeting_id, r.href, item.title if item else r.uid))
    removed = {x.meeting_id for x in removals}
    person = uow.session.get(Person, target.person_id) if target.person_id else None
    meetings = tuple(sorted((i for mid, i in items.items() if mid not in removed),
                            key=lambda i: (i.event.start, i.meeting_id)))
    known = frozenset({i.uid for i in items.values()} | {r.uid for r in records})
    return SyncPlan(target.id, target.name, target.url, target.username, target.calendar_url, now, meetings,
                    tuple(removals), known, grace_days, person.name if person else "", tz_name)


def exchange(plan: SyncPlan, password: str | None = None, progress: Progress | None = None) -> SyncExchange:
    """Phase 2, on the network only (no database): push what the office changed, see what the server changed.

    ``password`` None: the stored one (keyring, encrypted file or this session's memory; asked if need be). Raises :class:`CalDavError` with a sentence when the server
    cannot be used at all (nothing has been written anywhere then). An error after some objects were written
    stops the exchange: what was done is returned with ``failure`` set, for :func:`record_sync` to keep.
    """
    if password is None and plan.username:
        password = password_for_sync(plan.target_name)
        if password is None:
            raise CalDavError(f"没有“{plan.target_name}”的密码，本次没有同步。密码保存在：{passwords.where()}；"
                              "可在“设置 → 日历同步”中编辑该目标，重新填写密码。")
    report = progress or (lambda done, total, text: None)
    server = _Server(plan, password)
    report(0, 1, "读取服务器上的日程…")
    objects = server.list()
    by_uid = {obj.uid: obj for obj in objects.values() if obj.uid}
    outcomes: list[_Outcome] = []
    total = len(plan.meetings) + len(plan.removals)
    failure = ""
    done = 0
    try:
        for r in plan.removals:
            done += 1
            report(done, total, f"从服务器移除《{r.title}》")
            server.delete(r.href)
            outcomes.append(_Outcome(r.meeting_id, 0, record_id=r.record_id, forget=True, removed=True, title=r.title,
                                     line=f"本办→服务器：《{r.title}》取消已满 {plan.grace_days} 天，已从服务器上移除"))
        for m in plan.meetings:
            done += 1
            report(done, total, f"同步《{m.title}》")
            outcome = _exchange_one(server, m, objects, by_uid, plan)
            if outcome is not None:
                outcomes.append(outcome)
    except CalDavError as exc:
        failure = str(exc)
    report(total, total, "同步完成" if not failure else "同步未完成")
    foreign = tuple(o for o in objects.values() if o.uid and o.uid not in plan.known_uids)
    return SyncExchange(plan, tuple(outcomes), foreign, failure)


_SEQUENCE = re.compile(r"^SEQUENCE:(\d+)", re.MULTILINE)


def _body_over(plan: SyncPlan, m: _Meeting, current: _ServerObject | None) -> bytes:
    """The office's version to write over the server's copy. When the server's SEQUENCE is as high as the
    office's (the phone bumped it with its edit), the office's goes one higher, or phones keep their own as
    the newer (RFC 5545 3.8.7.4)."""
    found = _SEQUENCE.search(current.data) if current is not None else None
    theirs = int(found.group(1)) if found else -1
    if theirs < m.event.sequence:
        return m.body
    event = dataclasses.replace(m.event, sequence=theirs + 1)
    return build_calendar([event], calendar_name=plan.target_name, tz=plan.timezone, dtstamp=plan.now)


def _exchange_one(server: _Server, m: _Meeting, objects: dict[str, _ServerObject],
                  by_uid: dict[str, _ServerObject], plan: SyncPlan) -> _Outcome | None:
    rec = m.pushed
    title, target_name = m.title, plan.target_name

    def out(**kw: Any) -> _Outcome:
        return _Outcome(m.meeting_id, m.version, record_id=rec.record_id if rec else None, title=title, **kw)

    def pushed(href: str, etag: str) -> _Pushed:
        return _Pushed(href, etag, m.sequence, m.version, rec.record_id if rec else None, m.cancelled)

    meanwhile = f"《{title}》在同步过程中被服务器修改，下次同步时再处理。"
    if rec is None:
        existing = by_uid.get(m.uid)
        if existing is None and m.cancelled:
            return None
        href = existing.href if existing else server.absolute(quote(m.uid.replace("/", "_")) + ".ics")
        etag = server.put(href, m.body, existing.etag if existing else None)
        if not etag:
            return out(note=meanwhile)
        line = (f"本办→服务器：《{title}》（{m.when}）已取消" if m.cancelled
                else f"本办→服务器：新建《{title}》（{m.when}）")
        return out(pushed=pushed(href, etag), created=True, cancelled=m.cancelled, line=line)
    current = objects.get(rec.href) or by_uid.get(m.uid)
    office_changed = m.sequence != rec.pushed_sequence or m.version != rec.pushed_version
    server_changed = current is not None and bool(current.etag) and current.etag != rec.etag
    if m.cancelled:
        if current is None:
            return out(forget=True, settle_pending=m.pending_open,
                       line=f"服务器：已取消的《{title}》已从服务器上删除，不再同步")
        if not (office_changed or server_changed or rec.resend):
            return out(settle_pending=True) if m.pending_open else None
        etag = server.put(current.href, _body_over(plan, m, current), current.etag)
        if not etag:
            return out(note=meanwhile)
        first = rec.cancelled_at is None
        why = {"deleted": "已在本办删除", "withdrawn": f"不再有{plan.person_name or '该日历'}参加"}.get(m.gone, "已在本办取消")
        if first:
            line = f"本办→服务器：《{title}》（{m.when}）{why}，服务器上标为已取消"
        elif office_changed:
            line = f"本办→服务器：更新已取消的《{title}》"
        else:
            line = f"服务器：已取消的《{title}》在服务器上被修改，未采纳，已恢复为已取消"
        refused: tuple[tuple[str, Any, Any], ...] = ()
        if server_changed and not office_changed:
            refused = (("server_version", "", current.data[:4000]),)
        return out(pushed=pushed(current.href, etag), updated=not first, cancelled=first, line=line,
                   settle_pending=m.pending_open, refused=refused)
    if rec.resend:
        etag = server.put(current.href if current else rec.href, _body_over(plan, m, current),
                          current.etag if current else None)
        if not etag:
            return out(note=meanwhile)
        return out(pushed=pushed(current.href if current else rec.href, etag), created=current is None,
                   updated=current is not None, line=f"本办→服务器：按您的决定，《{title}》（{m.when}）已重新写入服务器")
    if current is None:
        if m.pending_open:
            return None
        return out(server_change="deleted",
                   line=f"服务器：《{title}》（{m.when}）在服务器上被删除，等待您确认（接受则取消会议，拒绝则重新写入）")
    theirs = _server_fields(current.data)
    if theirs is not None and theirs.status == "CANCELLED":
        if m.pending_open:
            return None
        return out(server_change="cancelled", server_etag=current.etag, server_href=current.href,
                   server_data=current.data[:4000],
                   line=f"服务器：《{title}》（{m.when}）在服务器上被取消，等待您确认（接受则取消会议，拒绝则重新写入）")
    settle = m.pending_open  # the server's copy is back without the deletion/cancellation
    if server_changed and office_changed:
        etag = server.put(current.href, _body_over(plan, m, current), current.etag)
        sentence = (f"《{title}》在本办和服务器“{target_name}”上都被修改：服务器上保留本办版本，"
                    "服务器上的修改已记入会议的修改记录。")
        return out(pushed=pushed(current.href, etag), updated=True, conflict=sentence,
                   server_data=current.data[:4000], settle_pending=settle,
                   line=f"本办→服务器：更新《{title}》（两边都改过，以本办为准）")
    if office_changed:
        etag = server.put(current.href, m.body, rec.etag or current.etag)
        if not etag:  # 412: changed on the server meanwhile; the next sync sees it as a conflict
            return out(note=meanwhile)
        return out(pushed=pushed(current.href, etag), updated=True, settle_pending=settle,
                   line=f"本办→服务器：更新《{title}》（{m.when}）")
    if server_changed:
        edits, not_ours = _server_edits(m.event, theirs) if theirs is not None else ({}, {})
        edits.pop("status", None)
        pull = tuple((k, v[0], v[1]) for k, v in edits.items())
        refused_t = tuple((k, v[0], v[1]) for k, v in not_ours.items())
        if refused_t and not pull:  # only what the office keeps to itself: its version goes back at once
            etag = server.put(current.href, _body_over(plan, m, current), current.etag)
            if not etag:
                return out(note=meanwhile)
            return out(pushed=pushed(current.href, etag), refused=refused_t, settle_pending=settle)
        return out(pull=pull, refused=refused_t, server_etag=current.etag, server_href=current.href,
                   resend_next=bool(refused_t), settle_pending=settle)
    return out(settle_pending=True) if settle else None


def record_sync(uow: UnitOfWork, done: SyncExchange) -> SyncResult:
    """Phase 3, on the database, one commit: the records, the conflicts kept in the meetings' history, the
    server's edits applied through the meetings service (its version check, due times, leave marks, 变更),
    the server-side deletions and cancellations kept for the clerk, the leader's own events stored."""

    plan = done.plan
    target = uow.session.get(CalDavTarget, plan.target_id)
    if target is None:
        raise NotFoundError("该同步目标已不存在。")
    records = {r.id: r for r in uow.session.scalars(select(CalDavRecord).where(CalDavRecord.target_id == target.id))}
    by_meeting = {r.meeting_id: r for r in records.values() if r.meeting_id is not None}
    count: dict[str, int] = dict.fromkeys(("created", "updated", "cancelled", "pulled", "removed", "pending",
                                           "refused"), 0)
    conflicts: list[str] = []
    notes: list[str] = []
    lines: list[str] = []
    for o in done.outcomes:
        rec = records.get(o.record_id) if o.record_id is not None else (
            by_meeting.get(o.meeting_id) if o.meeting_id is not None else None)
        if o.note:
            notes.append(o.note)
        if o.line:
            lines.append(o.line)
        if o.settle_pending and o.meeting_id is not None:
            _settle_pending(uow, target.id, o.meeting_id)
        if o.forget:
            if rec is not None:
                uow.session.delete(rec)
            count["removed"] += int(o.removed)
            continue
        if o.server_change and o.meeting_id is not None:
            count["pending"] += _open_pending(uow, target, o)
            if rec is not None and o.server_etag:
                rec.etag, rec.href, rec.synced_at = o.server_etag, o.server_href or rec.href, plan.now
            continue
        if o.conflict:
            conflicts.append(o.conflict)
            audit.record(uow, "meeting", o.meeting_id, "caldav_conflict", o.conflict, meeting_id=o.meeting_id,
                         changes={"server_version": o.server_data})
        if o.refused:
            count["refused"] += 1
            lines.append(_refused(uow, o, target.name))
        if o.pull or (o.server_etag and o.pushed is None):
            applied = _pull(uow, o, target.name) if o.pull else False
            if applied is None:
                notes.append(f"《{o.title}》在同步期间被本办修改，服务器上的修改下次同步时再处理。")
                continue
            if applied:
                count["pulled"] += 1
                lines.append(f"服务器→本办：采纳《{o.title}》在服务器上的修改（{_fields_text(o.pull)}）")
            m = uow.session.get(Meeting, o.meeting_id) if o.meeting_id is not None else None
            if rec is not None and m is not None:  # the server's copy is now what the office has
                rec.etag, rec.href, rec.synced_at = o.server_etag, o.server_href or rec.href, plan.now
                if applied:
                    rec.pushed_sequence, rec.pushed_version = m.sequence, m.version
                rec.resend = rec.resend or o.resend_next
            continue
        if o.pushed is not None:
            if rec is None:
                m = uow.session.get(Meeting, o.meeting_id) if o.meeting_id is not None else None
                rec = CalDavRecord(target_id=target.id, meeting_id=o.meeting_id, uid=m.uid if m else "",
                                   href=o.pushed.href)
                uow.session.add(rec)
                if o.meeting_id is not None:
                    by_meeting[o.meeting_id] = rec
            rec.href, rec.etag = o.pushed.href, o.pushed.etag
            rec.pushed_sequence, rec.pushed_version = o.pushed.pushed_sequence, o.pushed.pushed_version
            rec.synced_at, rec.resend = plan.now, False
            rec.cancelled_at = (rec.cancelled_at or plan.now) if o.pushed.cancelled else None
        count["created"] += int(o.created)
        count["updated"] += int(o.updated)
        count["cancelled"] += int(o.cancelled)
    phone = _store_phone_events(uow, target, plan, done.foreign, lines)
    uow.flush()
    waiting = len(list(uow.session.scalars(select(CalDavPending.id).where(
        CalDavPending.target_id == target.id, CalDavPending.state == CalDavPendingState.OPEN))))
    if done.failure:
        notes.append(done.failure)
    result = SyncResult(target.id, target.name, plan.now, count["created"], count["updated"], count["cancelled"],
                        count["pulled"], tuple(conflicts), tuple(notes), count["removed"], count["pending"], waiting,
                        count["refused"], *phone, lines=tuple(lines), failure=done.failure)
    target.last_sync_at = result.finished_at
    target.last_sync_result = result.summary() + ("；" + "；".join(conflicts) if conflicts else "")
    audit.record(uow, "caldav_target", target.id, "sync", f"与“{target.name}”同步：{result.summary()}",
                 changes={"lines": list(lines)} if lines else None)
    uow.commit()
    return result


def _fields_text(fields: tuple[tuple[str, Any, Any], ...]) -> str:
    return "、".join(f"{_FIELD_LABELS.get(k, k)}“{theirs}”" if k in ("title", "location")
                    else _FIELD_LABELS.get(k, k) for k, _, theirs in fields)


def _refused(uow: UnitOfWork, o: _Outcome, target_name: str) -> str:
    """An edit made on the server that the office does not apply: kept in the meeting's history, reported."""
    shown = tuple(f for f in o.refused if f[0] != "server_version")
    if shown:
        what = _fields_text(shown)
        sentence = (f"服务器→本办：《{o.title}》是保密会议，服务器“{target_name}”上对{what}的修改未采纳"
                    "（名称和地点只在本办修改），已记入会议的修改记录，服务器上恢复为本办的版本")
    else:
        sentence = (f"服务器→本办：《{o.title}》已在本办取消，服务器“{target_name}”上对它的修改未采纳，"
                    "已记入会议的修改记录")
    audit.record(uow, "meeting", o.meeting_id, "caldav_refused", sentence.split("：", 1)[1], meeting_id=o.meeting_id,
                 changes={k: [ours, theirs] for k, ours, theirs in o.refused})
    return sentence


def _pull(uow: UnitOfWork, o: _Outcome, target_name: str) -> bool | None:
    """The server's title/time/place, as a save of the meeting; None when the office changed it meanwhile."""
    from huiwu.services import meetings

    assert o.meeting_id is not None
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
        data = dataclasses.replace(data, title=str(edits["title"])[:300])
        done.append(f"名称改为《{data.title}》")
    if "starts_at" in edits or "ends_at" in edits:
        start = dt.datetime.fromisoformat(edits["starts_at"]) if "starts_at" in edits else data.starts_at
        end = dt.datetime.fromisoformat(edits["ends_at"]) if "ends_at" in edits else data.ends_at
        if end > start:
            data = dataclasses.replace(data, starts_at=start, ends_at=end)
            done.append(f"时间改为 {start.astimezone(uow.settings.tz()):%m月%d日 %H:%M}")
    if "location" in edits:
        text = str(edits["location"])
        venue_name = text.split("（", 1)[0].strip()
        venue = uow.session.scalar(select(Venue).where(Venue.name == venue_name)) if venue_name else None
        if venue is not None:
            data = dataclasses.replace(data, venue_id=venue.id)
            done.append(f"地点改为{venue.name}")
        else:
            data = dataclasses.replace(
                data, notes=(data.notes + "\n" if data.notes else "") + f"日历服务器“{target_name}”上的地点：{text}")
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


# ---------------------------------------------------------------- changes made on the server, for the clerk


def _open_pending(uow: UnitOfWork, target: CalDavTarget, o: _Outcome) -> int:
    """Keep a server-side deletion/cancellation until the clerk decides; 1 when it is new."""
    assert o.meeting_id is not None
    found = uow.session.scalar(select(CalDavPending).where(
        CalDavPending.target_id == target.id, CalDavPending.meeting_id == o.meeting_id,
        CalDavPending.state == CalDavPendingState.OPEN))
    if found is not None:
        return 0
    uow.session.add(CalDavPending(target_id=target.id, meeting_id=o.meeting_id, kind=o.server_change,
                                  title=o.title[:300], detail=o.server_data))
    what = "删除" if o.server_change == "deleted" else "取消"
    audit.record(uow, "meeting", o.meeting_id, f"caldav_server_{o.server_change}",
                 f"日历服务器“{target.name}”上{what}了该会议，等待确认（接受则取消会议，拒绝则重新写入）",
                 meeting_id=o.meeting_id)
    return 1


def _settle_pending(uow: UnitOfWork, target_id: int | None, meeting_id: int) -> None:
    """Open pending changes of a meeting that no longer apply (cancelled in the office, or put back)."""
    stmt = select(CalDavPending).where(CalDavPending.meeting_id == meeting_id,
                                       CalDavPending.state == CalDavPendingState.OPEN)
    if target_id is not None:
        stmt = stmt.where(CalDavPending.target_id == target_id)
    for p in uow.session.scalars(stmt):
        p.state, p.resolved_at = CalDavPendingState.SETTLED, uow.now()


def _pending_row(uow: UnitOfWork, p: CalDavPending) -> PendingRow:
    target = uow.session.get(CalDavTarget, p.target_id)
    m = uow.session.get(Meeting, p.meeting_id) if p.meeting_id is not None else None
    when = _when(m.starts_at, uow.settings.tz()) if m is not None else ""
    return PendingRow(p.id, p.target_id, target.name if target else "", p.meeting_id, m.title if m else p.title,
                      when, p.kind, _KIND_LABELS.get(p.kind, p.kind), p.detected_at, p.version)


def list_pending(uow: UnitOfWork, target_id: int | None = None) -> list[PendingRow]:
    """The server-side deletions and cancellations waiting for the clerk, oldest first."""
    stmt = select(CalDavPending).where(CalDavPending.state == CalDavPendingState.OPEN).order_by(CalDavPending.id)
    if target_id is not None:
        stmt = stmt.where(CalDavPending.target_id == target_id)
    return [_pending_row(uow, p) for p in uow.session.scalars(stmt)]


def _open(uow: UnitOfWork, pending_id: int, version: int) -> CalDavPending:
    p = uow.session.get(CalDavPending, pending_id)
    if p is None:
        raise NotFoundError("该服务器更改已不存在（同步目标可能已被删除）。")
    if p.version != version or p.state != CalDavPendingState.OPEN:
        raise ConflictError.meanwhile(f"服务器上对《{p.title}》的更改")
    return p


def accept_pending(uow: UnitOfWork, pending_id: int, version: int) -> PendingRow:
    """接受: the meeting is cancelled in the office (the meetings service: its rules, audit, 变更); the next sync
    of every target writes STATUS:CANCELLED."""
    from huiwu.services import meetings

    p = _open(uow, pending_id, version)
    target = uow.session.get(CalDavTarget, p.target_id)
    target_name = target.name if target else ""
    row = _pending_row(uow, p)
    m = uow.session.get(Meeting, p.meeting_id) if p.meeting_id is not None else None
    p.state, p.resolved_at, p.resolved_by = CalDavPendingState.ACCEPTED, uow.now(), uow.settings.operator_name()
    what = "删除" if p.kind == "deleted" else "取消"
    if m is None or m.deleted_at is not None or m.status == MeetingStatus.CANCELLED:
        p.state = CalDavPendingState.SETTLED
        uow.commit()
        return row
    if m.status == MeetingStatus.FINISHED:
        raise RuleError(f"会议《{m.title}》已结束，不能取消；请点“拒绝”把它重新写入服务器。")
    if p.meeting_id is not None:
        _settle_pending(uow, None, p.meeting_id)  # the same meeting deleted on other targets too
    p.state = CalDavPendingState.ACCEPTED
    audit.record(uow, "meeting", m.id, "caldav_accept", f"接受日历服务器“{target_name}”上的{what}：取消会议",
                 meeting_id=m.id)
    meetings.cancel_meeting(uow, m.id, m.version, f"日历服务器“{target_name}”上已{what}（{p.resolved_by}确认）")
    return row


def reject_pending(uow: UnitOfWork, pending_id: int, version: int) -> PendingRow:
    """拒绝: the meeting stays; the next sync writes the office's version back to that server."""
    p = _open(uow, pending_id, version)
    row = _pending_row(uow, p)
    target = uow.session.get(CalDavTarget, p.target_id)
    p.state, p.resolved_at, p.resolved_by = CalDavPendingState.REJECTED, uow.now(), uow.settings.operator_name()
    rec = uow.session.scalar(select(CalDavRecord).where(CalDavRecord.target_id == p.target_id,
                                                        CalDavRecord.meeting_id == p.meeting_id))
    if rec is not None:
        rec.resend = True
    what = "删除" if p.kind == "deleted" else "取消"
    audit.record(uow, "meeting", p.meeting_id, "caldav_reject",
                 f"拒绝日历服务器“{target.name if target else ''}”上的{what}：下次同步时重新写入本办的会议",
                 meeting_id=p.meeting_id)
    uow.commit()
    return row


# ---------------------------------------------------------------- the leader's own events


def _phone_calendar(uow: UnitOfWork, target: CalDavTarget) -> ImportedCalendar:
    """The imported calendar (owned by the target's person) that holds the events not made by the office."""
    from huiwu.services.calendars import STAGING

    cal = uow.session.get(ImportedCalendar, target.imported_calendar_id) if target.imported_calendar_id else None
    if cal is not None and cal.name.startswith(STAGING):
        cal = None  # deleted by the clerk: a new one is made
    if cal is None:
        base = f"{target.name} · 服务器上的日程"[:95]
        name, n = base, 1
        while uow.session.scalar(select(ImportedCalendar.id).where(ImportedCalendar.name == name)) is not None:
            n += 1
            name = f"{base}（{n}）"
        cal = ImportedCalendar(name=name, color=PHONE_COLOR, source=(target.calendar_url or target.url)[:1000])
        uow.session.add(cal)
        uow.session.flush()
        target.imported_calendar_id = cal.id
    if cal.owner_person_id != target.person_id:
        cal.owner_person_id = target.person_id
    return cal


def _store_phone_events(uow: UnitOfWork, target: CalDavTarget, plan: SyncPlan,
                        foreign: tuple[_ServerObject, ...], lines: list[str]) -> tuple[int, int, int]:
    """Events on the calendar that are not the office's (the leader's phone) into the target's imported
    calendar: added, changed, gone (deleted on the phone). Returns those three counts."""
    from huiwu.calendar.ics_import import IcsImportError, parse_ics
    from huiwu.services import calendars

    uids = {o.uid for o in foreign}
    if uids:  # an office meeting this target does not hold (another leader's, a draft pushed elsewhere)
        office = set(uow.session.scalars(select(Meeting.uid).where(Meeting.uid.in_(uids))))
        foreign = tuple(o for o in foreign if o.uid not in office)
    if not foreign and not target.imported_calendar_id:
        return 0, 0, 0
    cal = _phone_calendar(uow, target)
    tz = uow.settings.tz()
    incoming: dict[tuple[str, str], dict[str, Any]] = {}
    for obj in foreign:
        try:
            parsed = parse_ics(obj.data.encode("utf-8"), f"{target.name}.ics", uow.settings.timezone)
        except IcsImportError as exc:
            lines.append(f"服务器→本办：服务器上的一个日程无法读取（{exc}），未列入周安排")
            continue
        for p in parsed.events:
            key = (p.uid[:500], calendars._rid(p.recurrence_id))
            incoming[key] = {"uid": key[0], "recurrence_id": key[1], **calendars._event_values(p, tz)}
    existing = {(e.uid, e.recurrence_id): e for e in uow.session.scalars(
        select(ImportedEvent).where(ImportedEvent.calendar_id == cal.id))}
    who = plan.person_name or "日历上"
    by_name = calendars._people_by_name(uow)
    added = updated = removed = 0
    meetings = [m for m in plan.meetings if not m.cancelled]
    for key, values in incoming.items():
        old = existing.get(key)
        if old is not None and all(getattr(old, c) == values[c] for c in calendars._COMPARED):
            continue
        if old is None:
            old = ImportedEvent(calendar_id=cal.id, **values)
            uow.session.add(old)
            added += 1
            verb = "新建日程"
        else:
            for c, v in values.items():
                setattr(old, c, v)
            updated += 1
            verb = "修改日程"
        uow.session.flush()
        uow.session.execute(delete(ImportedEventPerson).where(ImportedEventPerson.event_id == old.id))
        for pid in calendars._mapped_people(values["attendees"], by_name, target.person_id):
            uow.session.add(ImportedEventPerson(event_id=old.id, person_id=pid))
        title = values["summary"] or "（无标题）"
        start, end = values["starts_at"], values["ends_at"]
        span = f"{_when(start, tz)}—{end.astimezone(tz):%H:%M}"
        cancelled = values["status"].upper() == "CANCELLED"
        clash = [] if cancelled else [m.title for m in meetings if m.event.start < end and m.event.end > start]
        text = f"服务器→本办：{who}{verb}《{title}》（{span}）" + ("，已取消" if cancelled else "，已列入周安排")
        if clash:
            text += "；与" + "、".join(f"《{t}》" for t in clash) + "时间冲突"
        lines.append(text)
    for key, old in existing.items():
        if key not in incoming:
            lines.append(f"服务器→本办：{who}删除了日程《{old.summary or '（无标题）'}》，已从周安排中去掉")
            uow.session.execute(delete(ImportedEventPerson).where(ImportedEventPerson.event_id == old.id))
            uow.session.delete(old)
            removed += 1
    if added or updated or removed:
        cal.imported_at = plan.now
        audit.record(uow, "imported_calendar", cal.id, "caldav_pull",
                     f"日历服务器“{target.name}”上的日程：新增 {added}，修改 {updated}，删除 {removed}")
    return added, updated, removed


def sync_target(
    database: Database, target_id: int, progress: Progress | None = None, *, password: str | None = None
) -> SyncResult:
    """The whole sync for the CLI and scripts: read (one unit of work), talk to the server (no database
    transaction open), write down (one unit of work). The GUI runs the middle part on its network thread.

    An error part-way is raised as :class:`CalDavError` after what was done has been recorded."""
    with database.uow() as uow:
        plan = plan_sync(uow, target_id)
    done = exchange(plan, password, progress)
    with database.uow() as uow:
        result = record_sync(uow, done)
    if result.failure:
        raise CalDavError(result.failure)
    return result
