"""Import of .ics files from the clients offices actually use (Outlook/Exchange, Google, Apple, CalDAV).

Plain ``icalendar`` refuses some real files outright and silently damages others (mojibake from GB18030,
events lost behind a broken VFREEBUSY, Windows zone names it cannot resolve).  So this module splits the
file into components itself, at the byte level, keeping line numbers; repairs a few well-understood kinds
of damage; and refuses the whole file - naming the line - when an event is broken in a way that would
otherwise be guessed.  By default nothing is half-imported: the service layer stores every event of the
file or none.  When only some events are broken (the file itself reads), the refusal lists each with the
physical line of its offending property, and ``skip_bad=True`` returns the others with the bad ones in
``ParsedCalendar.bad`` - the clerk's choice, never the default.

A lone instance (RECURRENCE-ID whose series is not in the file - Outlook's 本次改期, Google birthdays)
is an event on its own day; ``expand_events`` lets it replace its occurrence once the series is there.

Repairs (each recorded in ``ParsedCalendar.warnings``):

* decoding, strictly and never with replacement characters: UTF-16 when the file has its BOM or its zero
  bytes; else UTF-8 (with or without BOM) when the whole file is valid UTF-8; else GB18030 (which holds GBK
  and GB2312: names such as 王堃, 李喆 lie outside GB2312) when it is valid GB18030; else the file is refused
  naming the encodings tried and the line of the first bad byte.  The former repair "UTF-8 with a few broken
  bytes" is gone: it stored "\ufffd" in titles, and a clerk cannot tell which name was lost.  UTF-8 goes
  first because it checks itself; the one ambiguity left is a very short GB18030 text whose bytes happen to
  be valid UTF-8 too (录 is C2 BC, "¼" in UTF-8), which is read as UTF-8;
* folding at the byte level, so a fold that splits a UTF-8 character is harmless; TAB folds; mixed EOLs;
* ``ENCODING=QUOTED-PRINTABLE`` text (a vCalendar 1.0 habit), raw unescaped newlines in text properties
  (Exchange/Zoom invitations), empty parameters (``DTSTART;;VALUE=…``), spaces and escaped separators in
  RRULE (Microsoft CDO), ``RDATE:20131210Z`` on a DATE series (Google), DATE-TIME RECURRENCE-ID on a DATE
  series (Exchange), all-day events whose DTEND is not after DTSTART, missing UID (a stable one is made);
* VTODO/VJOURNAL/VFREEBUSY and unknown components are skipped, never parsed, so they cannot sink a file.

Bounded work: a file, a line and a time-zone definition have size limits, and rules whose expansion has no
useful end (INTERVAL=0, repeating every second or minute, hourly without a near end) are refused with a
sentence, so no accepted file can hang the import or every later 周安排.

Every event's ``raw`` is a self-contained VCALENDAR: TZIDs rewritten to IANA names where known, floating
times pinned to the zone they were read in, and a VTIMEZONE (under a content-hashed TZID) only for zones
that exist solely in the file.  ``expand_events`` works from that text alone.
"""

from __future__ import annotations

import hashlib
import math
import quopri
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from icalendar import Calendar, Timezone, vDuration, vRecur

from huiwu.calendar import windows_zones
from huiwu.errors import Cancelled, HuiwuError
from huiwu.progress import CancelCheck, Meter, Progress

UTC = UTC
Attendee = tuple[str | None, str | None, str, str]
Organizer = tuple[str | None, str | None]
When = date | datetime

_STATUSES = frozenset({"CONFIRMED", "TENTATIVE", "CANCELLED"})
_TEXT_PROPS = frozenset({"SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "CONTACT", "X-ALT-DESC"})
_KNOWN_PROPS = frozenset(
    """BEGIN END CALSCALE METHOD PRODID VERSION ATTACH CATEGORIES CLASS COMMENT DESCRIPTION GEO LOCATION
    PERCENT-COMPLETE PRIORITY RESOURCES STATUS SUMMARY COMPLETED DTEND DUE DTSTART DURATION FREEBUSY TRANSP
    TZID TZNAME TZOFFSETFROM TZOFFSETTO TZURL ATTENDEE CONTACT ORGANIZER RECURRENCE-ID RELATED-TO URL UID
    EXDATE EXRULE RDATE RRULE ACTION REPEAT TRIGGER CREATED DTSTAMP LAST-MODIFIED SEQUENCE REQUEST-STATUS
    NAME REFRESH-INTERVAL SOURCE COLOR IMAGE CONFERENCE ACKNOWLEDGED TZUNTIL TZID-ALIAS-OF""".split()
)
_SKIPPED_LABELS = {
    "VTODO": "待办事项",
    "VJOURNAL": "日志",
    "VFREEBUSY": "忙闲信息",
    "VAVAILABILITY": "可用时段",
}
_CALENDAR_ONLY = frozenset({"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"})

_NAME_RE = re.compile(r"([A-Za-z0-9-]+)([;:])")
_PARAM_RE = re.compile(r';([A-Za-z0-9-]*)(?:=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*))?')
_WHEN_RE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z)?")
_UNESCAPE_RE = re.compile(r"\\([\\;,nN])")
_PROD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Huiwu//ics-import//ZH\r\n"

MAX_FILE_BYTES = 64 * 1024 * 1024  # a year of a busy leader's calendar is a few MB
MAX_LINE_BYTES = 4 * 1024 * 1024  # one property (a long DESCRIPTION included), after unfolding
MAX_OBSERVANCES = 500  # STANDARD/DAYLIGHT blocks in one VTIMEZONE (real ones have a handful)
MAX_EVENTS = 100_000
MAX_SEQUENCE = 2**31 - 1  # what the database's integer holds
MAX_HOURLY = 1000  # occurrences of an hourly rule
MAX_PER_DAY = 24  # occurrences of one rule in one day


@dataclass(frozen=True, slots=True)
class BadEvent:
    """One event the file cannot give as it is: the physical line of its offending property and why.

    ``line`` is the line of the property at fault (DTSTART, RRULE, …), or the event's BEGIN:VEVENT when
    what is wrong is something missing (no DTSTART)."""

    line: int | None
    reason: str
    summary: str = ""

    def sentence(self) -> str:
        where = (f"第 {self.line} 行" + (" " if self.reason[:1].isascii() else "")) if self.line else ""
        reason = self.reason.rstrip("。")
        title = f"（日程“{_clip(self.summary, 30)}”）" if self.summary else ""
        return f"{where}{reason}{title}。"


class IcsImportError(HuiwuError):
    """A calendar file the office cannot use as it is; nothing from it has been stored.

    When what is wrong lies inside events only (the file itself is readable), ``bad_events`` lists each
    of them and ``good_count`` says how many others could be imported with ``skip_bad=True``."""

    def __init__(self, file_name: str, line: int | None, reason: str, *,
                 bad_events: tuple[BadEvent, ...] = (), good_count: int = 0) -> None:
        self.file_name = file_name
        self.line = line
        self.reason = reason
        self.bad_events = bad_events
        self.good_count = good_count
        if len(bad_events) > 1:
            listed = "；".join(b.sentence().rstrip("。") for b in bad_events)
            what = f"有 {len(bad_events)} 个日程无法读取：{listed}。"
        else:
            where = (f"第 {line} 行" + (" " if reason[:1].isascii() else "")) if line else ""
            what = bad_events[0].sentence() if bad_events else f"{where}{reason}"
        tail = (f"文件中的日程均未导入；可修正后重试，或跳过有问题的日程、只导入其余 {good_count} 个日程。"
                if bad_events and good_count else "文件中的日程均未导入，请修正后重试。")
        super().__init__(f"无法导入日历文件 {file_name}：{what}{tail}")


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    uid: str
    recurrence_id: When | None
    summary: str
    location: str | None
    description: str | None
    start: When
    end: When
    all_day: bool
    status: str | None
    sequence: int
    organizer: Organizer | None
    attendees: tuple[Attendee, ...]
    rrule: str | None
    is_recurring: bool
    raw: str
    line: int


@dataclass(frozen=True, slots=True)
class ParsedCalendar:
    name: str | None
    timezone_hint: str | None
    events: tuple[ParsedEvent, ...]
    warnings: tuple[str, ...]
    skipped: tuple[str, ...]
    bad: tuple[BadEvent, ...] = ()  # events left out (only with skip_bad=True)


@dataclass(frozen=True, slots=True)
class Occurrence:
    uid: str
    summary: str
    location: str | None
    start: When
    end: When
    all_day: bool
    recurrence_id: When | None = None


@dataclass(frozen=True, slots=True)
class ExpansionResult:
    occurrences: tuple[Occurrence, ...]
    warnings: tuple[str, ...]


class _Broken(Exception):
    """Internal: carries the line and reason until parse_ics knows the file name."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(slots=True)
class _Block:
    name: str
    line: int
    lines: list[tuple[int, str]]


@dataclass(slots=True)
class _Prop:
    name: str
    params: dict[str, str]
    value: str
    line: int
    text: str
    slot: int = 0


@dataclass(frozen=True, slots=True)
class _Zone:
    tz: tzinfo
    tzid: str
    vtimezone: str | None = None


@dataclass(slots=True)
class _Context:
    zones: _Zones
    hint: _Zone
    warnings: list[str]
    seen_uids: set[str] = field(default_factory=set)


# ---------------------------------------------------------------------------------------------- decoding


def _decode(data: bytes, warnings: list[str]) -> tuple[list[str], list[int]]:
    """Unfold before decoding: some generators fold in the middle of a multi-byte character."""
    if len(data) > MAX_FILE_BYTES:
        raise _Broken(None, f"文件太大（{len(data) / 1024 / 1024:.0f} MB），超过 {MAX_FILE_BYTES // 1024 // 1024} MB，"
                            "不像日程文件；请只导出需要的日历。")
    data = _normalise_encoding(data, warnings)
    lines: list[bytes] = []
    numbers: list[int] = []
    parts: list[bytes] = []  # the folded pieces of the current line, joined once (not += in a loop)
    folds: dict[int, list[int]] = {}  # logical line → lengths of its pieces, for lines that were folded
    size = 0
    for number, line in enumerate(data.splitlines(), 1):
        if line and line[0] in (32, 9) and parts:
            parts.append(line[1:])
            size += len(line) - 1
            if size > MAX_LINE_BYTES:
                raise _Broken(numbers[-1], f"开始的内容（连同折行）超过 {MAX_LINE_BYTES // 1024 // 1024} MB，文件可能已损坏。")
            continue
        if parts:
            _join(parts, lines, folds)
        parts, size = [line], len(line)
        numbers.append(number)
        if size > MAX_LINE_BYTES:
            raise _Broken(number, f"的内容超过 {MAX_LINE_BYTES // 1024 // 1024} MB，文件可能已损坏。")
    if parts:
        _join(parts, lines, folds)
    text = _decode_text(b"\n".join(lines), warnings, lambda pos: _physical_line(pos, lines, numbers, folds))
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("文件中有空字符（NUL），已删除。")
    decoded = text.split("\n")
    if len(decoded) != len(numbers):
        raise _Broken(None, "文件的字符编码无法识别。")
    return decoded, numbers


def _join(parts: list[bytes], lines: list[bytes], folds: dict[int, list[int]]) -> None:
    if len(parts) > 1:
        folds[len(lines)] = [len(p) for p in parts]
    lines.append(b"".join(parts))


def _physical_line(pos: int, lines: list[bytes], numbers: list[int], folds: dict[int, list[int]]) -> int:
    """The file's own line number of the byte at ``pos`` of the unfolded text (folds counted back in)."""
    offset = 0
    for index, line in enumerate(lines):
        if pos <= offset + len(line):
            inside, extra = pos - offset, 0
            for length in folds.get(index, ())[:-1]:
                if inside < length:
                    break
                inside, extra = inside - length, extra + 1
            return numbers[index] + extra
        offset += len(line) + 1
    return numbers[-1] if numbers else 1


def _normalise_encoding(data: bytes, warnings: list[str]) -> bytes:
    """UTF-16 (with a BOM, or recognised by its zero bytes) is decoded strictly and turned into UTF-8 up
    front, so that the rest works on one byte encoding."""
    encoding = None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    elif len(data) >= 4 and data[0] and not data[1] and not data[3]:
        encoding = "utf-16-le"
    elif len(data) >= 4 and not data[0] and not data[2] and data[1]:
        encoding = "utf-16-be"
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            good = data[: exc.start - exc.start % 2].decode(encoding, errors="ignore")
            line = len((good + "x").splitlines())
            raise _Broken(line, f"有无法识别的字节：文件是 UTF-16 编码，按 UTF-16 读取时此处的字节"
                                f"（0x{data[exc.start:exc.start + 2].hex().upper()}）无效，文件可能已损坏；"
                                "请在原来的程序里重新导出，或另存为 UTF-8。") from None
        data = text.encode("utf-8", errors="surrogatepass")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data


def _decode_text(blob: bytes, warnings: list[str], line_of: Callable[[int], int]) -> str:
    """Strictly UTF-8, else strictly GB18030 (which holds GBK and GB2312), else the file is refused.

    UTF-8 goes first because it checks itself: text in another encoding is almost never valid UTF-8.
    GB18030 has no such check and decodes most byte strings into *some* characters, so it is never
    guessed from how "Chinese" the result looks (that guess read GBK names such as 王堃 as garbage).
    Nothing is ever decoded with replacement characters.
    """
    try:
        return blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = blob.decode("gb18030")
    except UnicodeDecodeError as exc:
        gb_error = exc
    else:
        warnings.append("文件不是 UTF-8 编码，已按 GB18030（国标，含 GBK、GB2312）编码读取。")
        return text
    line, gb_line = line_of(utf8_error.start), line_of(gb_error.start)
    gb_where = "此处" if gb_line == line else f"第 {gb_line} 行"
    raise _Broken(line, f"有无法识别的字节：按 UTF-8 读取，此处的字节 0x{blob[utf8_error.start]:02X} 无效；"
                        f"按 GB18030（含 GBK、GB2312）读取，{gb_where}的字节 0x{blob[gb_error.start]:02X} 无效。"
                        "文件可能已损坏；请在原来的程序里重新导出，或另存为 UTF-8。")


# ------------------------------------------------------------------------------------------- splitting


@dataclass(slots=True)
class _Split:
    calendar: list[tuple[int, str]] = field(default_factory=list)
    blocks: list[_Block] = field(default_factory=list)


def _split(lines: list[str], numbers: list[int], warnings: list[str]) -> _Split:
    """Top-level pass: calendar properties and components, each with the line where it began."""
    result = _Split()
    open_calendar: int | None = None
    seen_calendar = False
    trailing = False
    i = 0
    while i < len(lines):
        text, number = lines[i], numbers[i]
        key = text.strip().upper()
        if not key:
            i += 1
        elif key == "BEGIN:VCALENDAR":
            if open_calendar is not None:
                raise _Broken(number, f"第 {open_calendar} 行开始的日历还没有结束（缺少 END:VCALENDAR）。")
            open_calendar, seen_calendar = number, True
            i += 1
        elif key == "END:VCALENDAR":
            if open_calendar is None:
                raise _Broken(number, "END:VCALENDAR 之前没有 BEGIN:VCALENDAR。")
            open_calendar = None
            i += 1
        elif key.startswith("BEGIN:") and (open_calendar is not None or not seen_calendar):
            block, i = _collect(lines, numbers, i)
            result.blocks.append(block)
        elif open_calendar is not None and not key.startswith("END:"):
            result.calendar.append((number, text))
            i += 1
        elif open_calendar is not None:
            raise _Broken(number, f"“{_clip(text)}”没有对应的 BEGIN。")
        elif key.startswith("BEGIN:"):
            raise _Broken(
                number, f"日历结束（END:VCALENDAR）之后还有“{_clip(text)}”，无法确定它是否属于这个日历。"
            )
        elif seen_calendar or result.blocks:
            trailing = True
            i += 1
        else:
            raise _Broken(number, f"“{_clip(text)}”不是日历内容（文件应以 BEGIN:VCALENDAR 开始）。")
    if open_calendar is not None:
        raise _Broken(open_calendar, "开始的日历没有结束：缺少 END:VCALENDAR，文件可能不完整。")
    if not seen_calendar and not result.blocks:
        raise _Broken(None, "文件中没有日历数据（缺少 BEGIN:VCALENDAR）。")
    if trailing:
        warnings.append("日历结束（END:VCALENDAR）之后还有内容，已忽略。")
    return result


def _collect(lines: list[str], numbers: list[int], start: int) -> tuple[_Block, int]:
    """Collect one component; a missing END is named by the line where the component began."""
    name = lines[start].strip()[6:].strip().upper()
    stack = [(name, numbers[start])]
    body: list[tuple[int, str]] = []
    i = start + 1
    while i < len(lines):
        text, number = lines[i], numbers[i]
        key = text.strip().upper()
        if key.startswith("BEGIN:"):
            inner = key[6:].strip()
            if inner in _CALENDAR_ONLY:
                raise _missing_end(stack[-1])
            stack.append((inner, number))
        elif key.startswith("END:"):
            closing = key[4:].strip()
            if closing != stack[-1][0]:
                if closing in {n for n, _ in stack} or closing == "VCALENDAR":
                    raise _missing_end(stack[-1])
                raise _Broken(number, f"“{_clip(text)}”没有对应的 BEGIN:{closing}。")
            stack.pop()
            if not stack:
                return _Block(name, numbers[start], body), i + 1
        body.append((number, text))
        i += 1
    raise _missing_end(stack[-1])


def _missing_end(opened: tuple[str, int]) -> _Broken:
    name, line = opened
    return _Broken(line, f"开始的 {name} 没有结束：缺少 END:{name}，文件可能被截断。")


def _clip(text: str, width: int = 40) -> str:
    text = text.strip()
    return text if len(text) <= width else text[:width] + "…"


# ------------------------------------------------------------------------------------ content lines


def _parse_line(text: str) -> tuple[str, dict[str, str], str, bool] | None:
    """RFC 5545 content line → (NAME, params, value, repaired); None when it is not a content line."""
    match = _NAME_RE.match(text)
    if match is None:
        return None
    name = match.group(1).upper()
    if match.group(2) == ":":
        return name, {}, text[match.end() :], False
    params: dict[str, str] = {}
    repaired = False
    pos = match.end() - 1
    while True:
        param = _PARAM_RE.match(text, pos)
        if param is None:
            return None
        key, raw = param.group(1).upper(), param.group(2)
        if not key and raw is None:
            repaired = True
        elif raw is None or not key:
            return None
        else:
            params[key] = _param_value(raw)
        pos = param.end()
        if text[pos : pos + 1] == ":":
            return name, params, text[pos + 1 :], repaired
        if text[pos : pos + 1] != ";":
            return None


def _param_value(raw: str) -> str:
    if '"' in raw:
        raw = ",".join(part.strip('"') for part in re.findall(r'"[^"]*"|[^,]+', raw))
    if "^" in raw:
        raw = raw.replace("^n", "\n").replace("^'", '"').replace("^^", "^")
    return raw


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return _UNESCAPE_RE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _quote(value: str) -> str:
    value = value.replace('"', "'")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def _head(name: str, params: dict[str, str]) -> str:
    return name + "".join(f";{key}={_quote(value)}" for key, value in params.items())


# ------------------------------------------------------------------------------------------ timezones


@lru_cache(maxsize=1)
def _iana_names() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()} | {"utc": "UTC", "gmt": "UTC", "z": "UTC"}


def _norm_tzid(tzid: str) -> str:
    return _unescape(tzid.strip().strip('"')).strip()


def _iana(name: str) -> str | None:
    """IANA names, also behind old Lightning prefixes such as /mozilla.org/20050126_1/Europe/Berlin."""
    names = _iana_names()
    parts = name.lower().split("/")
    for width in (len(parts), 3, 2):
        candidate = "/".join(parts[-width:])
        if candidate in names:
            return names[candidate]
    return None


@lru_cache(maxsize=512)
def _zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


class _Zones:
    """Resolves TZIDs: IANA, Windows names, legacy display names, then the file's own VTIMEZONE."""

    def __init__(self, blocks: Iterable[_Block], warnings: list[str]) -> None:
        self._warnings = warnings
        self._defined: dict[str, _Block] = {}
        self._cache: dict[str, _Zone | None] = {}
        for block in blocks:
            tzid = _block_tzid(block)
            if tzid is None:
                warnings.append(f"第 {block.line} 行的时区定义（VTIMEZONE）缺少 TZID，已忽略。")
            else:
                self._defined.setdefault(tzid, block)

    def sole(self) -> str | None:
        return next(iter(self._defined)) if len(self._defined) == 1 else None

    def resolve(self, tzid: str) -> _Zone | None:
        key = _norm_tzid(tzid)
        if key not in self._cache:
            self._cache[key] = self._lookup(key)
        return self._cache[key]

    def _lookup(self, key: str) -> _Zone | None:
        name = _iana(key) if key else None
        name = name or windows_zones.windows_to_iana(key) or windows_zones.display_name_to_iana(key)
        if name is not None:
            return _Zone(_zoneinfo(name), name)
        zone = self._from_vtimezone(key)
        if zone is not None:
            return zone
        fixed = windows_zones.offset_from_name(key)
        if fixed is not None:
            self._warnings.append(f"时区“{key}”按固定时差 {fixed} 处理（未考虑夏令时）。")
            return _Zone(fixed, _fixed_tzid(fixed), _fixed_vtimezone(fixed))
        return None

    def _from_vtimezone(self, key: str) -> _Zone | None:
        block = self._defined.get(key)
        if block is None:
            return None
        observances = sum(1 for _, text in block.lines if text.strip().upper() in ("BEGIN:STANDARD", "BEGIN:DAYLIGHT"))
        if observances > MAX_OBSERVANCES:
            self._warnings.append(f"第 {block.line} 行的时区定义“{key}”有 {observances} 条规则，过长，已忽略。")
            return None
        for _, text in block.lines:
            problem = _zone_rule_problem(text)
            if problem:
                self._warnings.append(f"第 {block.line} 行的时区定义“{key}”{problem}，已忽略。")
                return None
        body = [text for _, text in block.lines if not text.upper().startswith("TZID")]
        digest = hashlib.sha1("\n".join(body).encode("utf-8")).hexdigest()[:16]
        tzid = f"huiwu-vtz-{digest}"
        text = "BEGIN:VTIMEZONE\r\nTZID:" + tzid + "\r\n" + "\r\n".join(body) + "\r\nEND:VTIMEZONE\r\n"
        try:
            component = Timezone.from_ical(text)
            if not isinstance(component, Timezone):
                raise TypeError("not a VTIMEZONE")
            tz = component.to_tz(lookup_tzid=False)
            tz.utcoffset(datetime(2020, 1, 1))
        except Exception as exc:  # icalendar names what it could not read ("Expected UTC offset, got: …")
            said = f"（icalendar：{_clip(str(exc), 60)}）" if str(exc) else ""
            self._warnings.append(f"第 {block.line} 行的时区定义“{key}”无法使用{said}，已忽略。")
            return None
        return _Zone(tz, tzid, text)


def _zone_rule_problem(line: str) -> str:
    """What makes a VTIMEZONE's RRULE unusable, or "". Real zones change offset yearly; a rule like
    FREQ=DAILY;INTERVAL=0 there made the zone's expansion run forever (found by the reliability fuzzer)."""
    parsed = _parse_line(line)
    if parsed is None or parsed[0] != "RRULE":
        return ""
    try:
        rule = vRecur.from_ical(parsed[2].upper())
    except Exception:
        return "的重复规则无法识别"
    freq = str(rule.get("FREQ", [""])[0]).upper()
    interval = rule.get("INTERVAL", [1])[0]
    if freq != "YEARLY" or not isinstance(interval, int) or interval < 1:
        return f"的重复规则“{_clip(parsed[2])}”不是按年变化的时区规则"
    return ""


def _block_tzid(block: _Block) -> str | None:
    for _, text in block.lines:
        parsed = _parse_line(text)
        if parsed is not None and parsed[0] == "TZID":
            return _norm_tzid(parsed[2])
        if text.upper().startswith("BEGIN:"):
            break
    return None


def _fixed_tzid(fixed: tzinfo) -> str:
    offset = fixed.utcoffset(None) or timedelta(0)
    return f"huiwu-fixed-{int(offset.total_seconds()) // 60:+05d}"


def _fixed_vtimezone(fixed: tzinfo) -> str:
    offset = int((fixed.utcoffset(None) or timedelta(0)).total_seconds()) // 60
    sign = "-" if offset < 0 else "+"
    text = f"{sign}{abs(offset) // 60:02d}{abs(offset) % 60:02d}"
    return (
        f"BEGIN:VTIMEZONE\r\nTZID:{_fixed_tzid(fixed)}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
        f"TZOFFSETFROM:{text}\r\nTZOFFSETTO:{text}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    )


# ------------------------------------------------------------------------------------------ properties


def _read_props(block: _Block, warnings: list[str]) -> tuple[list[_Prop], list[str]]:
    """The event's own properties (with repairs) and its nested components' lines, kept for ``raw``."""
    props: list[_Prop] = []
    nested: list[str] = []
    depth = 0
    lines = block.lines
    i = 0
    while i < len(lines):
        number, text = lines[i]
        i += 1
        upper = text[:6].upper()
        if depth or upper == "BEGIN:":
            depth += 1 if upper == "BEGIN:" else -1 if upper[:4] == "END:" else 0
            if text.strip() and _parse_line(text) is not None:
                nested.append(text)
            continue
        parsed = _parse_line(text)
        if _continues_text(parsed, text, props):
            _append_text(props[-1], text)
            continue
        if parsed is None:
            raise _Broken(number, f"“{_clip(text)}”不是有效的日历内容行。")
        name, params, value, repaired = parsed
        prop = _Prop(name, params, value, number, text)
        if repaired:
            prop.text = _head(name, params) + ":" + value
            warnings.append(f"第 {number} 行 {name} 有空参数（;;），已忽略该空参数。")
        if params.get("ENCODING", "").upper() == "QUOTED-PRINTABLE":
            i = _decode_quoted_printable(prop, lines, i)
        props.append(prop)
    _finish_text_repairs(props)
    return props, nested


def _continues_text(
    parsed: tuple[str, dict[str, str], str, bool] | None, text: str, props: list[_Prop]
) -> bool:
    """Exchange writes raw newlines inside DESCRIPTION; such lines have no known property name."""
    if not props or props[-1].name not in _TEXT_PROPS:
        return False
    if not text.strip() or parsed is None:
        return True
    name = parsed[0]
    return name not in _KNOWN_PROPS and not name.startswith("X-")


def _append_text(prop: _Prop, text: str) -> None:
    prop.value = prop.value + "\\n" + text if prop.value else text
    prop.params["X-HUIWU-REJOINED"] = "1"


def _finish_text_repairs(props: list[_Prop]) -> None:
    for prop in props:
        if prop.params.pop("X-HUIWU-REJOINED", None):
            while prop.value.endswith("\\n"):
                prop.value = prop.value[:-2]
            prop.text = _head(prop.name, prop.params) + ":" + prop.value


def _decode_quoted_printable(prop: _Prop, lines: list[tuple[int, str]], i: int) -> int:
    """vCalendar 1.0 habit: soft line breaks end with '=' and continue on the next physical line."""
    value = prop.value
    while value.endswith("=") and i < len(lines):
        value = value[:-1] + lines[i][1]
        i += 1
    charset = prop.params.pop("CHARSET", "utf-8")
    prop.params.pop("ENCODING", None)
    raw = quopri.decodestring(value.encode("utf-8"))
    try:
        decoded = raw.decode(charset, errors="replace")
    except LookupError:
        decoded = raw.decode("utf-8", errors="replace")
    decoded = decoded.replace("\r\n", "\n").replace("\r", "\n")
    prop.value = _escape(decoded)
    prop.text = _head(prop.name, prop.params) + ":" + prop.value
    return i


# ------------------------------------------------------------------------------------------ date-times


def _parse_when(prop: _Prop, value: str | None = None) -> tuple[date | datetime, bool]:
    """→ (date, or naive/UTC datetime; whether a 'Z' was on a DATE). Refuses impossible dates."""
    text = (prop.value if value is None else value).strip()
    match = _WHEN_RE.fullmatch(text)
    if match is None:
        raise _Broken(prop.line, f"{prop.name} 的日期“{_clip(text)}”无法识别。")
    year, month, day, hour, minute, second, zulu = match.groups()
    try:
        if hour is None:
            return date(int(year), int(month), int(day)), zulu is not None
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), min(int(second or 0), 59))
    except ValueError:  # the shape is right but there is no such day or time (20171032)
        raise _Broken(prop.line, f"{prop.name} 的日期“{_clip(text)}”无效（没有这一天或这一时刻）。") from None
    return (moment.replace(tzinfo=UTC) if zulu else moment), False


def _zone_for(prop: _Prop, ctx: _Context, floating: _Zone) -> _Zone:
    tzid = prop.params.get("TZID")
    if tzid is None:
        return floating
    zone = ctx.zones.resolve(tzid)
    if zone is None:
        ctx.warnings.append(f"第 {prop.line} 行的时区“{_norm_tzid(tzid)}”无法识别，按 {floating.tzid} 处理。")
        return floating
    return zone


def _localise(moment: date | datetime, zone: _Zone) -> date | datetime:
    if isinstance(moment, datetime) and moment.tzinfo is None:
        return moment.replace(tzinfo=zone.tz)
    return moment


def _format_when(name: str, moment: date | datetime, zone: _Zone | None, used: set[_Zone]) -> str:
    if not isinstance(moment, datetime):
        return f"{name};VALUE=DATE:{moment:%Y%m%d}"
    if moment.tzinfo is UTC:
        return f"{name}:{moment:%Y%m%dT%H%M%S}Z"
    assert zone is not None
    used.add(zone)
    return f"{name};TZID={_quote(zone.tzid)}:{moment:%Y%m%dT%H%M%S}"


def _to_utc(moment: date | datetime) -> date | datetime:
    return moment.astimezone(UTC) if isinstance(moment, datetime) else moment


# ------------------------------------------------------------------------------------------- events


@dataclass(slots=True)
class _EventDraft:
    props: dict[str, _Prop]
    lists: dict[str, list[_Prop]]
    lines: list[str]
    used: set[_Zone] = field(default_factory=set)


def _index(props: list[_Prop]) -> _EventDraft:
    first: dict[str, _Prop] = {}
    lists: dict[str, list[_Prop]] = {}
    for slot, prop in enumerate(props):
        prop.slot = slot
        first.setdefault(prop.name, prop)
        lists.setdefault(prop.name, []).append(prop)
    return _EventDraft(first, lists, [prop.text for prop in props])


def _replace_line(draft: _EventDraft, prop: _Prop, text: str | None) -> None:
    """Swap one property's text in the raw lines (None removes it)."""
    draft.lines[prop.slot] = prop.text = text or ""


def _build_event(block: _Block, ctx: _Context) -> ParsedEvent:
    props, nested = _read_props(block, ctx.warnings)
    draft = _index(props)
    start_prop = draft.props.get("DTSTART")
    if start_prop is None:
        raise _Broken(block.line, "开始的事件缺少开始时间（DTSTART）。")
    start_zone = _zone_for(start_prop, ctx, ctx.hint)
    start = _localise(_parse_when(start_prop)[0], start_zone)
    all_day = not isinstance(start, datetime)
    _replace_line(draft, start_prop, _format_when("DTSTART", start, start_zone, draft.used))
    end = _event_end(draft, start, start_zone, ctx)
    recurrence_id = _recurrence_id(draft, start, start_zone, ctx)
    _normalise_lists(draft, start, start_zone, ctx)
    rrule = _normalise_rrule(draft, start, start_zone)
    uid = _uid(draft, block, ctx)
    return ParsedEvent(
        uid=uid,
        recurrence_id=_to_utc(recurrence_id) if recurrence_id is not None else None,
        summary=_text(draft, "SUMMARY") or "",
        location=_text(draft, "LOCATION"),
        description=_text(draft, "DESCRIPTION"),
        start=_to_utc(start),
        end=_to_utc(end),
        all_day=all_day,
        status=_status(draft),
        sequence=_sequence(draft, ctx),
        organizer=_organizer(draft),
        attendees=tuple(_address(p) for p in draft.lists.get("ATTENDEE", ())),
        rrule=rrule,
        is_recurring=rrule is not None or "RDATE" in draft.props,
        raw=_raw(draft, nested),
        line=block.line,
    )


def _event_end(draft: _EventDraft, start: date | datetime, zone: _Zone, ctx: _Context) -> date | datetime:
    """DTEND wins over DURATION; missing both means one day (all-day) or zero length."""
    end_prop, duration_prop = draft.props.get("DTEND"), draft.props.get("DURATION")
    if end_prop is not None and duration_prop is not None:
        _replace_line(draft, duration_prop, None)
        duration_prop = None
    if end_prop is not None:
        end_zone = _zone_for(end_prop, ctx, zone)
        end = _localise(_parse_when(end_prop)[0], end_zone)
        if isinstance(end, datetime) != isinstance(start, datetime):
            raise _Broken(end_prop.line, "DTEND 与 DTSTART 一个是日期、一个是日期时间，无法确定时长。")
        _replace_line(draft, end_prop, _format_when("DTEND", end, end_zone, draft.used))
    elif duration_prop is not None:
        end = start + _duration(duration_prop, start)
    else:
        return start + timedelta(days=1) if not isinstance(start, datetime) else start
    return _sane_end(draft, (start, zone), end, end_prop or duration_prop, ctx)


def _duration(prop: _Prop, start: date | datetime) -> timedelta:
    try:
        value = vDuration.from_ical(prop.value.strip())
    except Exception:
        raise _Broken(prop.line, f"DURATION 的时长“{_clip(prop.value)}”无法识别。") from None
    if not isinstance(value, timedelta):
        raise _Broken(prop.line, f"DURATION 的时长“{_clip(prop.value)}”无法识别。")
    if not isinstance(start, datetime):
        value = timedelta(days=max(value.days, 1))
    return value


def _sane_end(
    draft: _EventDraft,
    begin: tuple[date | datetime, _Zone],
    end: date | datetime,
    prop: _Prop | None,
    ctx: _Context,
) -> date | datetime:
    """All-day DTEND equal to DTSTART (Google) means one day; an end before the start is cut to the start."""
    start, zone = begin
    line = prop.line if prop is not None else 0
    if not isinstance(start, datetime) and end <= start:
        end = start + timedelta(days=1)
        ctx.warnings.append(f"第 {line} 行全天事件的结束日期不晚于开始日期，已按一天处理。")
    elif isinstance(start, datetime) and isinstance(end, datetime) and end < start:
        end = start
        ctx.warnings.append(f"第 {line} 行事件的结束时间早于开始时间，已按开始时间处理。")
    else:
        return end
    if prop is not None and prop.name == "DTEND":
        _replace_line(draft, prop, _format_when("DTEND", end, zone, draft.used))
    return end


def _recurrence_id(
    draft: _EventDraft, start: date | datetime, start_zone: _Zone, ctx: _Context
) -> date | datetime | None:
    """Exchange writes a DATE-TIME RECURRENCE-ID for instances of a DATE series; that means the date."""
    prop = draft.props.get("RECURRENCE-ID")
    if prop is None:
        return None
    zone = _zone_for(prop, ctx, start_zone)
    value = _localise(_parse_when(prop)[0], zone)
    if isinstance(value, datetime) and not isinstance(start, datetime):
        value = value.astimezone(zone.tz).date() if value.tzinfo is UTC else value.date()
    _replace_line(draft, prop, _format_when("RECURRENCE-ID", value, zone, draft.used))
    return value


def _normalise_lists(draft: _EventDraft, start: date | datetime, start_zone: _Zone, ctx: _Context) -> None:
    """EXDATE/RDATE: pin floating values to the series zone, read Google's DATE+Z as a DATE."""
    for name in ("EXDATE", "RDATE"):
        for prop in draft.lists.get(name, ()):
            if prop.params.get("VALUE", "").upper() == "PERIOD" or "/" in prop.value:
                _check_periods(prop)
                continue
            values = [v for v in prop.value.replace(" ", "").split(",") if v]
            if not values:
                _replace_line(draft, prop, None)
                continue
            zone = _zone_for(prop, ctx, start_zone)
            moments = [_list_value(prop, v, zone, ctx) for v in values]
            _replace_line(draft, prop, _format_list(name, moments, zone, draft.used))


def _list_value(prop: _Prop, value: str, zone: _Zone, ctx: _Context) -> date | datetime:
    moment, zulu_date = _parse_when(prop, value)
    if zulu_date:
        ctx.warnings.append(f"第 {prop.line} 行 {prop.name} 的日期“{value}”带有 Z，已按日期处理。")
    return _localise(moment, zone)


def _format_list(name: str, moments: list[date | datetime], zone: _Zone, used: set[_Zone]) -> str:
    dates = [m for m in moments if not isinstance(m, datetime)]
    utc = [m for m in moments if isinstance(m, datetime) and m.tzinfo is UTC]
    local = [m for m in moments if isinstance(m, datetime) and m.tzinfo is not UTC]
    parts = []
    if dates:
        parts.append(f"{name};VALUE=DATE:" + ",".join(f"{m:%Y%m%d}" for m in dates))
    if utc:
        parts.append(f"{name}:" + ",".join(f"{m:%Y%m%dT%H%M%S}Z" for m in utc))
    if local:
        used.add(zone)
        parts.append(f"{name};TZID={_quote(zone.tzid)}:" + ",".join(f"{m:%Y%m%dT%H%M%S}" for m in local))
    return "\r\n".join(parts)


def _check_periods(prop: _Prop) -> None:
    for value in prop.value.split(","):
        head, _, tail = value.partition("/")
        _parse_when(prop, head)
        if tail and not tail.lstrip("+-").startswith("P"):
            _parse_when(prop, tail)


def _normalise_rrule(draft: _EventDraft, start: date | datetime, start_zone: _Zone) -> str | None:
    """Microsoft CDO writes 'BYDAY=MO, TU' and 'FREQ=DAILY\\;UNTIL=…'; both mean the obvious rule."""
    first: str | None = None
    for prop in draft.lists.get("RRULE", ()):
        text = re.sub(r"\s+", "", prop.value.replace("\\;", ";").replace("\\,", ",")).strip(";").upper()
        text = _fix_until(text, start, start_zone)
        try:
            rule = vRecur.from_ical(text)
        except Exception:
            rule = None
        if not rule or "FREQ" not in rule:
            raise _Broken(prop.line, f"RRULE 重复规则“{_clip(prop.value)}”无法识别。")
        _check_bounded(prop, rule, start)
        _replace_line(draft, prop, "RRULE:" + text)
        first = first or text
    return first


def _check_bounded(prop: _Prop, rule: Any, start: date | datetime) -> None:
    """Refuse rules whose expansion has no useful end: every later week view would work through them."""
    freq = str(rule["FREQ"][0]).upper()
    interval = rule.get("INTERVAL", [1])[0]
    if not isinstance(interval, int) or interval < 1:
        raise _Broken(prop.line, f"RRULE 的间隔 INTERVAL“{interval}”无效（应为正整数）。")
    if freq in ("SECONDLY", "MINUTELY"):
        raise _Broken(prop.line, "按秒或按分钟重复的日程（FREQ=" + freq + "）不是会议安排，无法导入。")
    finer = ("BYMINUTE", "BYSECOND") if freq == "HOURLY" else ("BYHOUR", "BYMINUTE", "BYSECOND")
    times = math.prod(len(rule.get(part, [0])) for part in finer)  # occurrences per hour / per day
    if freq == "HOURLY" and times > 1:
        raise _Broken(prop.line, f"按小时重复的日程每小时重复 {times} 次，不是会议安排，无法导入。")
    if times > MAX_PER_DAY:
        raise _Broken(prop.line, f"重复规则每天重复 {times} 次（BYHOUR/BYMINUTE/BYSECOND），不是会议安排，无法导入。")
    if freq == "HOURLY":
        count = rule.get("COUNT", [None])[0]
        until = rule.get("UNTIL", [None])[0]
        near = False
        if isinstance(until, datetime) and isinstance(start, datetime):
            first = start if start.tzinfo is not None else start.replace(tzinfo=UTC)
            last = until if until.tzinfo is not None else until.replace(tzinfo=UTC)
            near = last - first <= timedelta(days=42)
        if not ((isinstance(count, int) and count <= MAX_HOURLY) or near):
            raise _Broken(prop.line, f"按小时重复的日程须有结束（COUNT 不超过 {MAX_HOURLY} 次，或 6 周内的 UNTIL），"
                                     "否则无法导入。")


def _fix_until(rule: str, start: date | datetime, zone: _Zone) -> str:
    """UNTIL must have DTSTART's type; a floating or DATE UNTIL on a timed series is read in its zone."""
    match = re.search(r"UNTIL=(\d{8})(T\d{6})?(Z)?", rule)
    if match is None or not isinstance(start, datetime) or match.group(3):
        return rule
    day = datetime.strptime(match.group(1), "%Y%m%d")
    if match.group(2):
        moment = day.replace(hour=int(match.group(2)[1:3]), minute=int(match.group(2)[3:5]))
    else:
        moment = day.replace(hour=23, minute=59, second=59)
    tz = start.tzinfo if start.tzinfo is not None else zone.tz
    until = moment.replace(tzinfo=tz).astimezone(UTC)
    return rule[: match.start()] + f"UNTIL={until:%Y%m%dT%H%M%S}Z" + rule[match.end() :]


def _uid(draft: _EventDraft, block: _Block, ctx: _Context) -> str:
    """A missing UID gets a stable one from the event's content, so re-importing does not duplicate it."""
    prop = draft.props.get("UID")
    uid = _unescape(prop.value.strip()) if prop is not None else ""
    if not uid:
        digest = hashlib.sha1("\n".join(draft.lines).encode("utf-8")).hexdigest()[:24]
        uid = f"huiwu-import-{digest}"
        ctx.warnings.append(f"第 {block.line} 行开始的事件没有 UID，已生成 {uid}。")
        if prop is not None:
            _replace_line(draft, prop, None)
        draft.lines.append(f"UID:{uid}")
    return uid


def _text(draft: _EventDraft, name: str) -> str | None:
    prop = draft.props.get(name)
    if prop is None:
        return None
    value = _unescape(prop.value).strip()
    return value or None


def _status(draft: _EventDraft) -> str | None:
    prop = draft.props.get("STATUS")
    value = prop.value.strip().upper() if prop is not None else ""
    return value if value in _STATUSES else None


def _sequence(draft: _EventDraft, ctx: _Context) -> int:
    prop = draft.props.get("SEQUENCE")
    if prop is None:
        return 0
    try:
        value = int(prop.value.strip()[:20])
    except ValueError:
        ctx.warnings.append(f"第 {prop.line} 行 SEQUENCE“{_clip(prop.value)}”不是整数，已按 0 处理。")
        return 0
    if not 0 <= value <= MAX_SEQUENCE or len(prop.value.strip()) > 19:
        ctx.warnings.append(f"第 {prop.line} 行 SEQUENCE“{_clip(prop.value)}”超出范围，已按 0 处理。")
        return 0
    return value


def _address(prop: _Prop) -> Attendee:
    value = prop.value.strip()
    email = value[7:].strip() if value.lower().startswith("mailto:") else None
    name = _unescape(prop.params["CN"]).strip() if prop.params.get("CN") else None
    role = prop.params.get("ROLE", "REQ-PARTICIPANT").upper()
    partstat = prop.params.get("PARTSTAT", "NEEDS-ACTION").upper()
    return name or None, email or None, role, partstat


def _organizer(draft: _EventDraft) -> Organizer | None:
    prop = draft.props.get("ORGANIZER")
    if prop is None:
        return None
    name, email, _, _ = _address(prop)
    return name, email


def _raw(draft: _EventDraft, nested: list[str]) -> str:
    zones = "".join(sorted({zone.vtimezone for zone in draft.used if zone.vtimezone}))
    body = "\r\n".join(line for line in draft.lines if line)
    tail = ("\r\n" + "\r\n".join(nested)) if nested else ""
    return f"{_PROD}{zones}BEGIN:VEVENT\r\n{body}{tail}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"


# ------------------------------------------------------------------------------------------ public API


def parse_ics(data: bytes, file_name: str, default_tz: str = "Asia/Shanghai", *,
              progress: Progress | None = None, cancelled: CancelCheck | None = None,
              skip_bad: bool = False) -> ParsedCalendar:
    """Read every event of an .ics file, or refuse the whole file with the line that is wrong.

    A file whose events are readable except some is refused listing every bad one (``bad_events`` on the
    error); with ``skip_bad`` the others are returned and the bad ones listed in ``ParsedCalendar.bad``.
    Damage to the file itself (encoding, a missing END) always refuses it: which events it holds is unsure.

    ``progress`` hears (done, total) about a hundred times; ``cancelled`` is asked as often and, when it
    says yes, :class:`~huiwu.errors.Cancelled` is raised (parsing writes nothing, so stopping is always safe).
    """
    office = _Zone(_zoneinfo(default_tz), default_tz)
    warnings: list[str] = []
    try:
        parsed = _parse(data, office, warnings, Meter(progress, cancelled))
    except Cancelled:
        raise
    except _Broken as broken:
        raise IcsImportError(file_name, broken.line, broken.reason) from None
    except Exception as exc:  # an unforeseen kind of damage must still reach the clerk as a sentence
        raise IcsImportError(file_name, None, f"文件内容无法解析（{type(exc).__name__}）。") from exc
    if parsed.bad and not skip_bad:
        first = parsed.bad[0]
        raise IcsImportError(file_name, first.line, first.reason, bad_events=parsed.bad,
                             good_count=len(parsed.events))
    return parsed


# Shares of a parse's progress (of 1000): decoding and splitting are a quarter of the time, events the rest.
_DECODED, _SPLIT = 150, 250


def _parse(data: bytes, office: _Zone, warnings: list[str], meter: Meter) -> ParsedCalendar:
    if not data.strip():
        raise _Broken(None, "文件是空的。")
    meter.report(0)
    lines, numbers = _decode(data, warnings)
    meter.report(_DECODED)
    split = _split(lines, numbers, warnings)
    meter.report(_SPLIT)
    zones = _Zones((b for b in split.blocks if b.name == "VTIMEZONE"), warnings)
    calendar = _calendar_props(split.calendar)
    hint_name = calendar.get("X-WR-TIMEZONE")
    ctx = _Context(zones, _floating_zone(hint_name, zones, office, warnings), warnings)
    if sum(1 for b in split.blocks if b.name == "VEVENT") > MAX_EVENTS:
        raise _Broken(None, f"文件中的事件超过 {MAX_EVENTS} 个，不像一份日程；请只导出需要的时间段。")
    events, skipped, bad = _events(split.blocks, ctx, meter.part(_SPLIT, meter.total))
    meter.finish()
    if not events and not bad:
        warnings.append("日历中没有事件（VEVENT）。")
    series = {e.uid for e in events if e.recurrence_id is None}
    for event in events:
        if is_lone_instance(event, series):
            warnings.append(f"第 {event.line} 行的日程“{_clip(event.summary or event.uid)}”是重复日程中的一次"
                            "（RECURRENCE-ID），文件中没有该重复日程，已作为单独的日程导入。")
    return ParsedCalendar(
        name=calendar.get("X-WR-CALNAME") or None,
        timezone_hint=hint_name or None,
        events=tuple(events),
        warnings=tuple(warnings),
        skipped=tuple(skipped),
        bad=tuple(bad),
    )


def _floating_zone(hint_name: str | None, zones: _Zones, office: _Zone, warnings: list[str]) -> _Zone:
    """Google's X-WR-TIMEZONE, else the file's only VTIMEZONE (Exchange writes floating times next to
    it, and its RRULE UNTIL confirms that zone), else the office zone."""
    if hint_name:
        resolved = zones.resolve(hint_name)
        if resolved is None:
            warnings.append(
                f"日历时区 X-WR-TIMEZONE“{hint_name}”无法识别，未注明时区的时间按 {office.tzid} 处理。"
            )
        return resolved or office
    sole = zones.sole()
    return zones.resolve(sole) or office if sole is not None else office


def _calendar_props(lines: list[tuple[int, str]]) -> dict[str, str]:
    props: dict[str, str] = {}
    for _, text in lines:
        parsed = _parse_line(text)
        if parsed is not None and parsed[0] in ("X-WR-CALNAME", "X-WR-TIMEZONE", "METHOD"):
            props.setdefault(parsed[0], _unescape(parsed[2]).strip())
    return props


def _events(blocks: list[_Block], ctx: _Context,
            progress: Progress) -> tuple[list[ParsedEvent], list[str], list[BadEvent]]:
    events: list[ParsedEvent] = []
    skipped: list[str] = []
    bad: list[BadEvent] = []
    count = len(blocks)
    for i, block in enumerate(blocks):
        progress(i, count)
        if block.name == "VEVENT":
            noted = len(ctx.warnings)
            try:
                events.append(_guarded_event(block, ctx))
            except _Broken as broken:
                del ctx.warnings[noted:]  # repairs noted on an event that is left out would only confuse
                bad.append(BadEvent(broken.line, broken.reason, _block_summary(block)))
        elif block.name != "VTIMEZONE":
            label = _SKIPPED_LABELS.get(block.name, "未知组件")
            skipped.append(f"第 {block.line} 行的{label}（{block.name}）不是会议，已跳过。")
    return events, skipped, bad


def _block_summary(block: _Block) -> str:
    """The SUMMARY of an event that could not be read, best effort, to help the clerk recognise it."""
    for _, text in block.lines:
        parsed = _parse_line(text)
        if parsed is not None and parsed[0] == "SUMMARY":
            return _unescape(parsed[2]).strip()
    return ""


def _guarded_event(block: _Block, ctx: _Context) -> ParsedEvent:
    """A bug or an unforeseen kind of damage still becomes a sentence with the event's line."""
    try:
        return _build_event(block, ctx)
    except _Broken:
        raise
    except Exception as exc:
        raise _Broken(block.line, f"开始的事件无法读取（{type(exc).__name__}）。") from exc


# ------------------------------------------------------------------------------------------ expansion


def expand_events(
    events: Sequence[ParsedEvent], window_start: datetime, window_end: datetime, tz: str
) -> ExpansionResult:
    """Occurrences inside the window, shown in ``tz``; a series that cannot be expanded is reported."""
    zone = _zoneinfo(tz)
    groups: dict[str, list[ParsedEvent]] = {}
    for event in events:
        groups.setdefault(event.uid, []).append(event)
    occurrences: list[Occurrence] = []
    warnings: list[str] = []
    for uid, group in groups.items():
        single = len(group) == 1 and not group[0].is_recurring and group[0].recurrence_id is None
        try:
            if single:
                occurrences.extend(_single(group[0], window_start, window_end, zone))
            elif all(e.recurrence_id is not None and not e.is_recurring for e in group):
                # Lone instances (Outlook's 本次改期, Google birthdays): their series is not here, so each
                # is an event on its own day; once the series arrives they replace its occurrence instead.
                for event in group:
                    occurrences.extend(_single(event, window_start, window_end, zone))
            else:
                occurrences.extend(_series(uid, group, window_start, window_end, zone))
        except Exception as exc:
            title = group[0].summary or uid
            warnings.append(
                f"“{title}”的重复规则无法展开，已跳过（{type(exc).__name__}: {_clip(str(exc), 80)}）。"
            )
    occurrences.sort(key=lambda o: _sort_key(o.start, zone))
    return ExpansionResult(tuple(occurrences), tuple(warnings))


def _sort_key(moment: date | datetime, zone: tzinfo) -> datetime:
    if isinstance(moment, datetime):
        return moment
    return datetime(moment.year, moment.month, moment.day, tzinfo=zone)


def _overlaps(start: date | datetime, end: date | datetime, lo: datetime, hi: datetime, zone: tzinfo) -> bool:
    first, last = _sort_key(start, zone), _sort_key(end, zone)
    if last == first:
        return lo <= first < hi
    return first < hi and last > lo


def _single(event: ParsedEvent, lo: datetime, hi: datetime, zone: tzinfo) -> list[Occurrence]:
    start = event.start.astimezone(zone) if isinstance(event.start, datetime) else event.start
    end = event.end.astimezone(zone) if isinstance(event.end, datetime) else event.end
    if not _overlaps(start, end, lo, hi, zone):
        return []
    return [Occurrence(event.uid, event.summary, event.location, start, end, event.all_day, event.recurrence_id)]


def is_lone_instance(event: ParsedEvent, uids_with_series: set[str]) -> bool:
    """An instance (RECURRENCE-ID) whose series (the VEVENT with its UID and no RECURRENCE-ID) is absent."""
    return event.recurrence_id is not None and event.uid not in uids_with_series


def recurrence_key(moment: When | None) -> str:
    """How a RECURRENCE-ID is stored and matched: UTC for a date-time, the day for a date, "" for none."""
    if moment is None:
        return ""
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    if isinstance(moment, datetime):
        return moment.strftime("%Y%m%dT%H%M%S")
    return moment.strftime("%Y%m%d")


def _series(uid: str, group: list[ParsedEvent], lo: datetime, hi: datetime, zone: tzinfo) -> list[Occurrence]:
    import recurring_ical_events

    calendar = _merged_calendar(group)
    result = []
    for component in recurring_ical_events.of(calendar).between(lo, hi):
        start = component["DTSTART"].dt
        end = component["DTEND"].dt if "DTEND" in component else start
        all_day = not isinstance(start, datetime)
        if not all_day:
            start, end = start.astimezone(zone), end.astimezone(zone)
        if not _overlaps(start, end, lo, hi, zone):
            continue
        rid = component.get("RECURRENCE-ID")
        result.append(
            Occurrence(
                uid=uid,
                summary=str(component.get("SUMMARY", "")),
                location=str(component["LOCATION"]) if component.get("LOCATION") else None,
                start=start,
                end=end,
                all_day=all_day,
                recurrence_id=rid.dt if rid is not None else None,
            )
        )
    return result


def _merged_calendar(group: list[ParsedEvent]) -> Calendar:
    merged = Calendar()
    merged.add("VERSION", "2.0")
    merged.add("PRODID", "-//Huiwu//ics-import//ZH")
    seen: set[str] = set()
    for event in group:
        for component in Calendar.from_ical(event.raw).subcomponents:
            if component.name == "VTIMEZONE":
                if str(component.get("TZID")) in seen:
                    continue
                seen.add(str(component.get("TZID")))
            merged.add_component(component)
    return merged
