"""Read-only subscription feeds: .ics files in a folder or share that Outlook, Thunderbird and phones subscribe to.

One feed for the office's meetings, one per leader (people marked 领导), one per venue; each is the export's
own calendar (:func:`huiwu.services.calendars.export_events` then ``build_calendar``), so confidential meetings
are redacted exactly as an export redacts them unless the office asks otherwise. A subscriber's client
re-reads the file (``REFRESH-INTERVAL`` / ``X-PUBLISHED-TTL``: every hour) and replaces its copy, so a
cancelled meeting shows as cancelled and a deleted one disappears.

File names are ASCII and built from the database ids (``huiwu-office.ics``, ``huiwu-leader-12.ics``,
``huiwu-venue-3.ics``): they survive a Windows share, a web server and a leader's renamed title, so a
subscription made once keeps working. The Chinese names a person reads are inside (``X-WR-CALNAME``) and in
the folder's ``index.html`` / ``README.txt``, which also say how to subscribe. Files of leaders and venues that
no longer exist are deleted; the folder's other files are never touched.

Building (a unit of work) and writing (the folder, maybe a slow share) are separate, so a caller can do the
second outside the transaction; :func:`publish_feeds` does both.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from huiwu.calendar.ics_export import build_calendar
from huiwu.db import UnitOfWork
from huiwu.errors import ValidationError
from huiwu.files import write_bytes_atomic
from huiwu.models import Person, Unit, Venue
from huiwu.rules.order import person_order_columns
from huiwu.services.calendars import export_events

log = logging.getLogger(__name__)

WEEKS_BEFORE = 4  # past meetings a subscriber still sees
WEEKS_AFTER = 26  # and the ones planned ahead
REFRESH = "PT1H"
OFFICE_FILE = "huiwu-office.ics"
INDEX_FILES = ("index.html", "README.txt")
_OURS = re.compile(r"^huiwu-(office|leader-\d+|venue-\d+)\.ics$")
# RFC 7986 REFRESH-INTERVAL and Outlook's X-PUBLISHED-TTL: how often a subscriber's client re-reads the file.
_REFRESH_LINES = (f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH}\r\nX-PUBLISHED-TTL:{REFRESH}\r\n").encode("ascii")


@dataclass(frozen=True)
class Feed:
    file_name: str
    calendar_name: str  # X-WR-CALNAME, e.g. 清河县人民政府办公室 会议安排
    kind: str  # "office", "leader" or "venue"
    events: int
    data: bytes


@dataclass(frozen=True)
class Published:
    folder: Path
    feeds: tuple[Feed, ...]
    written: tuple[Path, ...]  # the feeds, then index.html and README.txt
    removed: tuple[Path, ...]  # feeds of leaders and venues that are gone

    def summary(self) -> str:
        text = f"已发布 {len(self.feeds)} 个订阅日历到 {self.folder}"
        if self.removed:
            text += f"，删除 {len(self.removed)} 个已不存在的"
        return text + "。"


def leader_calendar_name(person: Person) -> str:
    return f"{person.title} {person.name} 日程" if person.title.strip() else f"{person.name} 日程"


def build_feeds(
    uow: UnitOfWork,
    *,
    include_confidential: bool = False,
    weeks_before: int = WEEKS_BEFORE,
    weeks_after: int = WEEKS_AFTER,
) -> list[Feed]:
    """Every feed's text, from the Monday ``weeks_before`` weeks back to ``weeks_after`` weeks ahead."""
    today = uow.today()
    monday = today - dt.timedelta(days=today.weekday())
    date_from = monday - dt.timedelta(weeks=weeks_before)
    date_to = monday + dt.timedelta(weeks=weeks_after, days=-1)
    office = uow.settings.office_name.strip()
    wanted: list[tuple[str, str, str, int | None, int | None]] = [
        (OFFICE_FILE, f"{office} 会议安排", "office", None, None)]
    leaders = uow.session.scalars(
        select(Person).join(Unit, Person.unit_id == Unit.id)
        .where(Person.is_leader.is_(True), Person.active.is_(True)).order_by(*person_order_columns()))
    wanted += [(f"huiwu-leader-{p.id}.ics", leader_calendar_name(p), "leader", p.id, None) for p in leaders]
    venues = uow.session.scalars(select(Venue).where(Venue.active.is_(True)).order_by(Venue.name, Venue.id))
    wanted += [(f"huiwu-venue-{v.id}.ics", v.name, "venue", None, v.id) for v in venues]
    feeds = []
    for file_name, calendar_name, kind, person_id, venue_id in wanted:
        _, events = export_events(uow, date_from=date_from, date_to=date_to, person_id=person_id,
                                  venue_id=venue_id, include_confidential=include_confidential)
        data = build_calendar(events, calendar_name=calendar_name, tz=uow.settings.timezone, method="PUBLISH",
                              dtstamp=uow.now())
        feeds.append(Feed(file_name, calendar_name, kind, len(events), _with_refresh(data)))
    return feeds


def _with_refresh(data: bytes) -> bytes:
    """The calendar's refresh properties go right after BEGIN:VCALENDAR (before any component)."""
    head = b"BEGIN:VCALENDAR\r\n"
    assert data.startswith(head)
    return head + _REFRESH_LINES + data[len(head):]


def write_feeds(folder: Path, feeds: list[Feed], office_name: str = "") -> Published:
    """Write each feed atomically (a subscriber never reads half a file), the index, and delete stale feeds."""
    folder = Path(folder).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = [write_bytes_atomic(folder / f.file_name, f.data) for f in feeds]
        written.append(write_bytes_atomic(folder / "index.html", _index_html(feeds, office_name).encode("utf-8")))
        written.append(write_bytes_atomic(folder / "README.txt", _readme(feeds, office_name).encode("utf-8")))
        keep = {f.file_name for f in feeds}
        removed = []
        for path in sorted(folder.iterdir()):
            if _OURS.match(path.name) and path.name not in keep:
                path.unlink(missing_ok=True)
                removed.append(path)
    except OSError as exc:
        raise ValidationError(f"无法写入订阅日历文件夹 {folder}：{exc.strerror or exc}。请检查该文件夹或共享是否可写。"
                              ) from exc
    return Published(folder, tuple(feeds), tuple(written), tuple(removed))


def publish_feeds(
    uow: UnitOfWork, folder: Path, *, include_confidential: bool = False, weeks_before: int = WEEKS_BEFORE,
    weeks_after: int = WEEKS_AFTER,
) -> list[Path]:
    """Build and write every feed; the files written (feeds first, then index.html and README.txt)."""
    feeds = build_feeds(uow, include_confidential=include_confidential, weeks_before=weeks_before,
                        weeks_after=weeks_after)
    return list(write_feeds(folder, feeds, uow.settings.office_name).written)


# ---------------------------------------------------------------- how to subscribe

_KINDS = {"office": "本单位会议安排", "leader": "领导日程", "venue": "会议室"}

_HOW = (
    ("Outlook（Windows）", "文件夹通过网站发布时：“文件 → 账户设置 → 账户设置 → Internet 日历 → 新建”，粘贴该 .ics 文件的网址"
     "（http:// 或 https://）。仅有共享文件夹时，Outlook 只能“打开日历 → 从文件”导入一次，不会自动更新，"
     "请改用网站地址或 Thunderbird。"),
    ("Thunderbird", "“新建日历 → 在网络上 → 格式 iCalendar (ICS)”，位置填该文件的网址，或共享文件夹中的文件路径"
     "（如 file:///Z:/会议日历/huiwu-office.ics）；勾选“只读”。"),
    ("iPhone / iPad", "“设置 → 日历 → 账户 → 添加账户 → 其他 → 添加已订阅的日历”，服务器填该文件的网址。"),
    ("安卓手机", "安装 ICSx⁵ 等订阅日历应用，添加该文件的网址；或在电脑上的 Google 日历“通过网址添加”。"),
)

_NOTE = ("这些日历由会务自动生成，会议有变化时自动重写，订阅的客户端每小时刷新一次。日历为只读：在手机或 Outlook 里"
         "修改不会回到会务。内部和涉密会议只显示时间和“内部会议”“涉密会议”，不显示名称、地点和参会人员。")


def _index_html(feeds: list[Feed], office_name: str) -> str:
    rows = "\n".join(
        f'<tr><td>{html.escape(_KINDS[f.kind])}</td><td><a href="{html.escape(f.file_name)}">'
        f"{html.escape(f.calendar_name)}</a></td><td><code>{html.escape(f.file_name)}</code></td>"
        f"<td>{f.events}</td></tr>" for f in feeds)
    how = "\n".join(f"<li><b>{html.escape(k)}</b>：{html.escape(v)}</li>" for k, v in _HOW)
    title = html.escape(f"{office_name} 订阅日历".strip())
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>\n<h1>{title}</h1>\n<p>{html.escape(_NOTE)}</p>\n"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>类别</th><th>日历</th><th>文件</th><th>会议数</th></tr>\n"
        f"{rows}\n</table>\n<h2>如何订阅</h2>\n<p>在本页点击日历名称可复制其网址（右键 → 复制链接）。</p>\n"
        f"<ul>\n{how}\n</ul>\n</body></html>\n")


def _readme(feeds: list[Feed], office_name: str) -> str:
    lines = [f"{office_name} 订阅日历".strip(), "", _NOTE, "", "日历文件："]
    lines += [f"  {f.file_name:<24}{_KINDS[f.kind]}：{f.calendar_name}（{f.events} 个会议）" for f in feeds]
    lines += ["", "如何订阅："]
    lines += [f"  {k}：{v}" for k, v in _HOW]
    return "\r\n".join(lines) + "\r\n"  # CRLF: Notepad on an office PC
