"""Plain-text rules shared by every input: what a one-line field may hold."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

WEEKDAYS = "一二三四五六日"  # 周一 … 周日 (星期一 … 星期日)


def cn_date(d: dt.date | None) -> str:
    """"2026年5月6日", the way every office document writes a date; "" for none."""
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def venue_text(name: str, location: str = "") -> str:
    """A room as documents name it: its building before it ("行政中心3楼县政府常务会议室") unless the name says it."""
    return f"{location}{name}" if location and location not in name else name


def cn_datetime(start: dt.datetime | None, end: dt.datetime | None = None, weekday: str = "周") -> str:
    """"2026年5月6日（周三）09:00—11:30", the way office forms write a meeting time (``weekday="星期"``: the
    纪要's "（星期三）"); an end on another day is written with its date."""
    if start is None:
        return ""
    text = f"{cn_date(start)}（{weekday}{WEEKDAYS[start.weekday()]}）{start:%H:%M}"
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}—{end:%H:%M}"
    return f"{text}—{cn_date(end)} {end:%H:%M}"


def control_character_at(text: str) -> int | None:
    """1-based position of the first line break or other control character (Unicode category Cc), or None.

    Names, posts and calendar names print on one line (sign-in sheet, 席卡, the week); a line break in an
    Excel cell (Alt+Enter) or a NUL in a file is the input's fault and is refused with its position.
    """
    for n, char in enumerate(text, start=1):
        if unicodedata.category(char) == "Cc":
            return n
    return None


# A phone as offices write it: 0316-1234567, 13800001234, (0316)1234567, 0316-1234567转8001.
_PHONE = re.compile(r"^[+＋(（]?\d[\d\-－—()（）转]{4,}\d$")
_PHONE_LIST = re.compile(r"[、，,;；/]")  # "0316-1234567、13800001234"


def phone_problem(text: str) -> str | None:
    """Why ``text`` is not a phone number an office can dial, or None (empty is fine: not every person has one).

    Digits with the separators offices write (0316-1234567, 138 0000 1234, (0316)1234567, 转 for an
    extension), at least 5 digits; several numbers may be listed with 、 or /. Letters or other words are
    refused, as is an 11-digit mobile that does not start with 1.
    """
    for phone in (p.strip() for p in _PHONE_LIST.split(text.strip())):
        if not phone:
            continue
        compact = "".join(phone.split())
        if not _PHONE.match(compact):
            return f"电话“{phone}”不是有效的电话号码：只能由数字和 - ( ) 转 组成，如 0316-1234567 或 13800001234。"
        digits = sum(ch.isdigit() for ch in compact)
        if digits < 5:
            return f"电话“{phone}”位数太少（{digits} 位）。"
        if digits > 20:
            return f"电话“{phone}”位数太多（{digits} 位）。"
        if compact.isdigit() and len(compact) == 11 and not compact.startswith("1"):
            return f"电话“{phone}”有 11 位，但手机号码应以 1 开头；座机请写区号和连字符，如 0316-12345678。"
    return None


def split_contact(text: str) -> tuple[str, str]:
    """"张三 0316-1234567" -> ("张三", "0316-1234567"): the last word is the phone when it looks like one.

    The office's default contact is one line (联系人及电话); a notice prints it as 联系人 and 联系电话, like a
    meeting's own contact.
    """
    words = text.split()
    if words and _PHONE.match(words[-1]):
        return " ".join(words[:-1]), words[-1]
    return text.strip(), ""
