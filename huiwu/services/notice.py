"""会议通知 text: generated from the meeting, or the clerk's edited text kept in ``meeting.notice_text``.

The edited form is plain text: the first line is the title, the second the 主送 line (ending in "："),
then paragraphs separated by blank lines. The printing engineer lays :class:`NoticeContent` out in GB/T 9704.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError
from huiwu.models import (
    MEETING_KIND_LABELS,
    PARTICIPANT_ROLE_LABELS,
    Meeting,
    MeetingKind,
    ParticipantRole,
)
from huiwu.services import audit
from huiwu.services.aggregate import load_meeting

_WEEKDAYS = "一二三四五六日"
_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class NoticeContent:
    title: str  # 关于召开××会议的通知
    addressees: str  # 主送, without the trailing colon
    paragraphs: tuple[str, ...]
    signature: str  # 落款: the office
    date: dt.date
    contact_name: str = ""
    contact_phone: str = ""
    edited: bool = False  # True when it comes from the clerk's text

    def as_text(self) -> str:
        body = "\n\n".join(self.paragraphs)
        return f"{self.title}\n{self.addressees}：\n\n{body}\n\n{self.signature}\n{_cn_date(self.date)}"


def build_notice(uow: UnitOfWork, meeting_id: int) -> NoticeContent:
    m = load_meeting(uow, meeting_id)
    if m.notice_text.strip():
        return parse_notice_text(m.notice_text, uow.settings.office_name, _issue_date(uow, m), m)
    return generate_notice(uow, m)


def generate_notice(uow: UnitOfWork, m: Meeting) -> NoticeContent:
    tz = uow.settings.tz()
    start, end = m.starts_at.astimezone(tz), m.ends_at.astimezone(tz)
    name = m.title if m.title.endswith("会") or "会议" in m.title else m.title + "会议"
    title = f"关于召开{name}的通知"
    units = sorted({p.person.unit for p in m.participants if p.role != ParticipantRole.STAFF},
                   key=lambda u: (u.sort_order, u.name))
    addressees = _addressees([u.name for u in units])
    kind = MEETING_KIND_LABELS.get(MeetingKind(m.kind), "")
    reason = (f"经研究，定于{_cn_datetime(start)}召开{name}" +
              (f"（{kind}）" if kind and kind not in name else "") + "。现将有关事项通知如下：")
    paras = [reason]
    when = f"{_cn_datetime(start)}至{start_end(start, end)}"
    paras.append(f"一、会议时间\n{when}，会期{_duration(start, end)}。")
    place = m.venue.name + (f"（{m.venue.location}）" if m.venue and m.venue.location else "") if m.venue else ""
    if m.video_link:
        place = f"{place}；视频会议：{m.video_link}" if place else f"视频会议：{m.video_link}"
    paras.append(f"二、会议地点\n{place or '另行通知'}")
    people = []
    if m.chair is not None:
        people.append(f"主持：{m.chair.name}（{m.chair.title}）" if m.chair.title else f"主持：{m.chair.name}")
    for role in (ParticipantRole.ATTEND, ParticipantRole.NONVOTING, ParticipantRole.INVITED):
        group = sorted((p for p in m.participants if p.role == role and p.person_id != m.chair_id),
                       key=lambda p: (p.person.unit.sort_order, p.person.unit.name, p.person.sort_order))
        if group:
            names = "、".join(f"{p.person.unit.short_name or p.person.unit.name}{p.person.name}" for p in group)
            people.append(f"{PARTICIPANT_ROLE_LABELS[role]}：{names}")
    paras.append("三、参加人员\n" + ("\n".join(people) if people else "另行通知"))
    if m.agenda_items:
        topics = "\n".join(f"{i + 1}. {a.title}" + (f"（{_presenter(a)}汇报）" if _presenter(a) else "")
                           for i, a in enumerate(m.agenda_items))
        paras.append("四、会议议题\n" + topics)
    n = 4 if m.agenda_items else 3
    matters = ["请参会人员提前 15 分钟到达会场签到，会议期间将手机调至静音。",
               "确因特殊情况不能参会的，须按规定履行请假手续，经批准后方可请人代会，并于会前报告会务组。"]
    if m.agenda_items:
        matters.insert(1, "各汇报单位请于会前 2 个工作日将汇报材料报送会务组。")
    matters_text = "\n".join(f"（{_NUMERALS[i]}）{t}" for i, t in enumerate(matters))
    paras.append(f"{_NUMERALS[n]}、有关事宜\n{matters_text}")
    if m.contact_name or m.contact_phone:
        paras.append(f"联系人：{m.contact_name}　联系电话：{m.contact_phone}".strip())
    return NoticeContent(title, addressees, tuple(paras), uow.settings.office_name, _issue_date(uow, m),
                         m.contact_name, m.contact_phone, edited=False)


def notice_text(uow: UnitOfWork, meeting_id: int, regenerate: bool = False) -> str:
    """The text the 会议通知 tab shows: the clerk's edit, or the generated one (``regenerate`` forces it)."""
    m = load_meeting(uow, meeting_id)
    if m.notice_text.strip() and not regenerate:
        return m.notice_text
    return generate_notice(uow, m).as_text()


def save_notice_text(uow: UnitOfWork, meeting_id: int, text: str, version: int) -> int:
    """Keep the clerk's edited notice (empty text = generate again). Returns the meeting's new version."""
    m = load_meeting(uow, meeting_id)
    if m.version != version:
        raise ConflictError(f"会议“{m.title}”", version, m.version)
    text = text.strip()
    if text == generate_notice(uow, m).as_text().strip():
        text = ""  # unchanged from the generated one: keep following the meeting
    before = m.notice_text
    m.notice_text = text
    m.updated_at = uow.now()
    audit.record(uow, "meeting", m.id, "notice", "修改会议通知文字" if text else "会议通知恢复为自动生成",
                 meeting_id=m.id, changes={"notice_text": [before[:200], text[:200]]})
    uow.flush()
    uow.commit()
    return m.version


def parse_notice_text(text: str, office: str, date: dt.date, m: Meeting | None = None) -> NoticeContent:
    blocks = [b.strip() for b in text.strip().replace("\r\n", "\n").split("\n\n") if b.strip()]
    first = blocks[0].splitlines() if blocks else [""]
    title = first[0].strip()
    addressees = ""
    rest_first = [ln for ln in first[1:] if ln.strip()]
    if rest_first and rest_first[0].rstrip().endswith(("：", ":")):
        addressees = rest_first.pop(0).rstrip().rstrip("：:")
    paragraphs = (["\n".join(rest_first)] if rest_first else []) + blocks[1:]
    signature = office
    if paragraphs:  # a trailing "落款\n日期" block written by as_text()
        last = paragraphs[-1].splitlines()
        if len(last) == 2 and last[1].strip().endswith("日") and "年" in last[1]:
            signature = last[0].strip()
            paragraphs = paragraphs[:-1]
    return NoticeContent(title, addressees, tuple(paragraphs), signature, date,
                         m.contact_name if m else "", m.contact_phone if m else "", edited=True)


# ---------------------------------------------------------------- wording


def _addressees(units: list[str]) -> str:
    if not units:
        return "各有关单位"
    if len(units) > 8:
        return "各有关单位"
    return "、".join(units)


def _presenter(a: object) -> str:
    unit = getattr(a, "presenter_unit", None)
    return (unit.name if unit else "") or getattr(a, "presenter_name", "")


def _cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _clock(t: dt.datetime) -> str:
    noon = "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")
    hour = t.hour if t.hour <= 12 else t.hour - 12
    return f"{noon}{hour}时" + (f"{t.minute}分" if t.minute else "")


def _cn_datetime(t: dt.datetime) -> str:
    return f"{t.month}月{t.day}日（星期{_WEEKDAYS[t.weekday()]}）{_clock(t)}"


def start_end(start: dt.datetime, end: dt.datetime) -> str:
    if end.date() == start.date():
        return _clock(end)
    return f"{end.month}月{end.day}日{_clock(end)}"


def _duration(start: dt.datetime, end: dt.datetime) -> str:
    days = (end.date() - start.date()).days + 1
    if days > 1:
        return f"{days}天"
    minutes = int((end - start).total_seconds() // 60)
    return "半天" if minutes <= 240 else "1天"


def _issue_date(uow: UnitOfWork, m: Meeting) -> dt.date:
    return min(uow.today(), m.starts_at.astimezone(uow.settings.tz()).date())


