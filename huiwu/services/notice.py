"""会议通知: one model, from which the editor's tab, the printed notice and ``huiwu notice`` all come.

The notice is generated from the meeting (:func:`generate_notice`: 标题, 主送, 缘由, 时间, 地点, 参加人员 by role,
议题, 有关事宜, 联系人, 落款, 日期) until the clerk edits it; then the clerk's text is kept exactly as typed
(``meeting.notice_text``) and read back by :func:`parse_notice` into the same :class:`Notice`.

The text form is what the tab shows: the title on the first line, the 主送 line ending in "：", then the body
— every line one paragraph, as the printer lays it out (a heading "一、会议时间" is its own line) — then the
落款 and the date, then anything typed after them (附注 such as "（此件公开发布）"). Nothing typed is dropped and
the 落款 and date are read from the text, so they never print twice.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from huiwu.db import UnitOfWork
from huiwu.errors import ConflictError
from huiwu.models import (
    MEETING_KIND_LABELS,
    PARTICIPANT_ROLE_LABELS,
    Meeting,
    MeetingKind,
    Participant,
    ParticipantRole,
    UnitKind,
)
from huiwu.rules.order import seat_order, unit_order
from huiwu.services import audit
from huiwu.services.aggregate import AGENDA, HEAD, PEOPLE, load_meeting
from huiwu.text import WEEKDAYS, cn_date, split_contact

_NUMERALS = "一二三四五六七八九十"
_CN_DIGITS = "〇一二三四五六七八九"
#: What :func:`generate_notice` reads of a meeting, loaded with it (a constant few statements, issue 18).
NOTICE_ROWS = HEAD + AGENDA + PEOPLE
# 成文日期 as offices type it: "2026年11月23日" or "二〇二六年十一月二十三日".
_DATE_LINE = re.compile(r"^\s*(\d{4}|[〇零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
                        r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*$")


@dataclass(frozen=True)
class Notice:
    """A 会议通知, generated or as the clerk edited it."""

    title: str  # 关于召开××会议的通知
    addressees: str  # 主送, without the trailing colon ("" when the text has none)
    paragraphs: tuple[str, ...]  # the body, one entry per line, blank lines kept as ""
    signature: str  # 落款 ("" when the text has none)
    date_text: str  # 成文日期 as written, e.g. "2026年11月23日" ("" when none)
    postscript: tuple[str, ...] = ()  # lines after the date (附注), kept in order
    edited: bool = False  # True when it is the clerk's text

    @property
    def body(self) -> tuple[str, ...]:
        """The body paragraphs as printed: the non-empty lines, stripped."""
        return tuple(p.strip() for p in self.paragraphs if p.strip())

    def as_text(self) -> str:
        head = [self.title] + ([f"{self.addressees}："] if self.addressees else [])
        tail = [x for x in (self.signature, self.date_text) if x] + list(self.postscript)
        return "\n".join([*head, "", *self.paragraphs, "", *tail]).strip() + "\n"


# ---------------------------------------------------------------- use cases


def build_notice(uow: UnitOfWork, meeting_id: int) -> Notice:
    """The notice of a meeting: the clerk's edited text when there is one, else generated."""
    m = load_meeting(uow, meeting_id, options=NOTICE_ROWS)
    if m.notice_text.strip():
        return parse_notice(m.notice_text)
    return generate_notice(uow, m)


def notice_text(uow: UnitOfWork, meeting_id: int, regenerate: bool = False) -> str:
    """The text the 会议通知 tab shows: the clerk's edit, or the generated one (``regenerate`` forces it)."""
    m = load_meeting(uow, meeting_id, options=NOTICE_ROWS)
    if m.notice_text.strip() and not regenerate:
        return m.notice_text
    return generate_notice(uow, m).as_text()


def save_notice_text(uow: UnitOfWork, meeting_id: int, text: str, version: int) -> int:
    """Keep the clerk's edited notice (empty text = generate again). Returns the meeting's new version."""
    m = load_meeting(uow, meeting_id)
    if m.version != version:
        raise ConflictError(f"会议“{m.title}”", version, m.version)
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if text == generate_notice(uow, m).as_text().strip():
        text = ""  # unchanged from the generated one: keep following the meeting
    before = m.notice_text
    m.notice_text = text + "\n" if text else ""
    m.updated_at = uow.now()
    audit.record(uow, "meeting", m.id, "notice", "修改会议通知文字" if text else "会议通知恢复为自动生成",
                 meeting_id=m.id, changes={"notice_text": [before[:200], text[:200]]})
    uow.flush()
    uow.commit()
    return m.version


def notice_warnings(notice: Notice) -> list[str]:
    """What an edited notice lacks that GB/T 9704 expects (shown in the tab; the print follows the text)."""
    warnings = []
    if not notice.signature:
        warnings.append("通知没有落款（发文机关署名）。")
    if not notice.date_text:
        warnings.append("通知没有成文日期（如“2026年11月23日”，单独一行，放在落款下面）。")
    return warnings


# ---------------------------------------------------------------- reading the clerk's text


def parse_notice(text: str) -> Notice:
    """The clerk's text as a :class:`Notice`: every line lands in exactly one place, none twice."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    title = lines.pop(0).strip() if lines else ""
    addressees = ""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if (first is not None and lines[first].strip().endswith(("：", ":")) and len(lines[first].strip()) <= 120
            and lines[first].strip().rstrip("：:")):
        addressees = lines[first].strip().rstrip("：:")
        lines = lines[first + 1:]
    body, signature, date_text = lines, "", ""
    postscript: tuple[str, ...] = ()
    dated = [i for i, line in enumerate(lines) if _DATE_LINE.match(line)]
    if dated:
        d = dated[-1]
        date_text = lines[d].strip()
        postscript = tuple(line for line in lines[d + 1:] if line.strip())
        before = [i for i in range(d) if lines[i].strip()]
        if before and _looks_like_signature(lines[before[-1]]):
            signature = lines[before[-1]].strip()
            body = lines[:before[-1]]
        else:
            body = lines[:d]
    while body and not body[0].strip():
        body = body[1:]
    while body and not body[-1].strip():
        body = body[:-1]
    return Notice(title, addressees, tuple(body), signature, date_text, postscript, edited=True)


def _looks_like_signature(line: str) -> bool:
    """A 落款 is a short name line: no sentence punctuation, no heading number."""
    text = line.strip()
    return 0 < len(text) <= 40 and not text.endswith(("。", "；", "：", ":", "，")) and not re.match(
        r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、])", text)


# ---------------------------------------------------------------- generating from the meeting


def generate_notice(uow: UnitOfWork, m: Meeting) -> Notice:
    tz = uow.settings.tz()
    start, end = m.starts_at.astimezone(tz), m.ends_at.astimezone(tz)
    name = m.title if m.title.endswith("会") or "会议" in m.title else m.title + "会议"
    title = m.title if m.title.startswith("关于") else f"关于召开{name}的通知"
    invited = [p for p in m.participants if p.role != ParticipantRole.STAFF]
    units = sorted({p.person.unit for p in invited}, key=lambda u: unit_order(u.sort_order, u.name, u.id))
    addressees = "、".join(u.name for u in units) if 0 < len(units) <= 8 else "各有关单位"
    kind = MEETING_KIND_LABELS.get(MeetingKind(m.kind), "")
    paras = [f"经研究，定于{_cn_datetime(start)}召开{name}" + (f"（{kind}）" if kind and kind not in name else "")
             + "。现将有关事项通知如下：", ""]
    n = iter(_NUMERALS)
    paras += [f"{next(n)}、会议时间", f"{_cn_datetime(start)}至{_end_text(start, end)}，会期{_duration(start, end)}。", ""]
    place = m.venue.name + (f"（{m.venue.location}）" if m.venue.location else "") if m.venue else ""
    if m.video_link:
        place = f"{place}；视频会议：{m.video_link}" if place else f"视频会议：{m.video_link}"
    paras += [f"{next(n)}、会议地点", (place or "另行通知") + "。", ""]
    people = []
    if m.chair is not None:
        people.append(f"主持：{m.chair.name}（{m.chair.title}）。" if m.chair.title else f"主持：{m.chair.name}。")
    for role in (ParticipantRole.ATTEND, ParticipantRole.NONVOTING, ParticipantRole.INVITED):
        group = [p for p in _in_order(m.participants) if p.role == role and p.person_id != m.chair_id]
        if group:
            names = "、".join(_who(p) for p in group)
            people.append(f"{PARTICIPANT_ROLE_LABELS[role]}：{names}。")
    paras += [f"{next(n)}、参加人员", *(people or ["另行通知。"]), ""]
    if m.agenda_items:
        paras.append(f"{next(n)}、会议议题")
        for i, a in enumerate(sorted(m.agenda_items, key=lambda a: (a.position, a.id)), 1):
            presenter = (a.presenter_unit.name if a.presenter_unit else "") or a.presenter_name
            paras.append(f"（{_cn_number(i)}）{a.title}" + (f"（{presenter}汇报）" if presenter else "") + "。")
        paras.append("")
    matters = ["请参会人员提前 15 分钟到达会场签到，会议期间将手机调至静音。"]
    if m.agenda_items:
        matters.append("各汇报单位请于会前 2 个工作日将汇报材料报送会务组。")
    matters.append("确因特殊情况不能参会的，须按规定履行请假手续，经批准后方可请人代会，并于会前报告会务组。")
    matters.append(f"{reply_instruction(uow, m)}（见附件），未批准不得缺席。")
    paras.append(f"{next(n)}、有关事宜")
    paras += [f"（{_NUMERALS[i]}）{t}" for i, t in enumerate(matters)]
    name, phone = m.contact_name, m.contact_phone
    if not (name or phone):  # the meeting names no contact: the office's default one (设置)
        name, phone = split_contact(uow.settings.contact_line())
    if name or phone:
        contact = "　".join(x for x in (name and f"联系人：{name}", phone and f"联系电话：{phone}") if x)
        paras += ["", contact]
    paras += ["", "附件：回执"]
    return Notice(title, addressees, tuple(paras), uow.settings.issuer_line(), cn_date(_issue_date(uow, m)))


def reply_instruction(uow: UnitOfWork, m: Meeting) -> str:
    """"请于11月24日（周二）17:00前将回执报送会务组": the 回执's deadline as the ledger holds it (the one set,
    else the working day before the meeting at 17:00), the same sentence on the notice and on its 回执 form."""
    from huiwu.services.replies import deadline_text, meeting_reply_deadline

    when = deadline_text(meeting_reply_deadline(uow, m)).removesuffix("前报送")
    return f"{when}前将回执报送会务组"


def _who(p: Participant) -> str:
    """县领导 by name and post ("谢家豪（常务副县长）"), everyone else by unit and name ("财政局钱七")."""
    person = p.person
    if person.unit.kind == UnitKind.LEADERSHIP:
        return f"{person.name}（{person.title}）" if person.title else person.name
    return f"{person.unit.short_name or person.unit.name}{person.name}"


def _in_order(participants: list[Participant]) -> list[Participant]:
    return sorted(participants, key=lambda p: seat_order(
        p.role, p.person.unit.sort_order, p.person.unit.name, p.person.unit_id, p.person.sort_order, p.person.name,
        p.person_id))


# ---------------------------------------------------------------- wording


def _cn_number(k: int) -> str:
    if k <= 10:
        return "十" if k == 10 else _CN_DIGITS[k]
    if k < 20:
        return "十" + _CN_DIGITS[k - 10]
    return _CN_DIGITS[k // 10] + "十" + (_CN_DIGITS[k % 10] if k % 10 else "")


def _clock(t: dt.datetime) -> str:
    noon = "上午" if t.hour < 12 else "中午" if t.hour == 12 else ("下午" if t.hour < 18 else "晚上")
    hour = t.hour if t.hour <= 12 else t.hour - 12
    return f"{noon}{hour}时" + (f"{t.minute}分" if t.minute else "")


def _cn_datetime(t: dt.datetime) -> str:
    return f"{t.month}月{t.day}日（星期{WEEKDAYS[t.weekday()]}）{_clock(t)}"


def _end_text(start: dt.datetime, end: dt.datetime) -> str:
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
