"""The project's own pathological calendar files (tests/ics): one per repair or refusal of the importer.

They run everywhere, a fresh clone included, so the importer's repairs stay tested without ../shared. Each
file is checked twice: that its bytes really carry the damage it is named after (so a file "cleaned up" by
an editor fails here instead of silently testing nothing), and that the importer repairs or refuses it as
stated. The property tests at the end mutate these files (and the corpus too, when ../shared is there).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huiwu.calendar.ics_import import IcsImportError, ParsedCalendar, expand_events, parse_ics
from tests.conftest import OWN_ICS, corpus_files, own_ics_files


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


NOV = (utc(2026, 11, 1), utc(2027, 1, 1))


@dataclass(frozen=True)
class Imports:
    """The file imports: so many events and skipped components, with these facts."""

    present: Callable[[bytes], bool]  # the damage is really in the bytes
    events: int = 1
    skipped: int = 0
    summary: str | None = None  # of the first event
    start: datetime | date | None = None  # of the first event, UTC
    warning: str | None = None  # a fragment of one warning; None: no warning at all
    occurrences: int | None = None  # in November–December 2026, shown in Asia/Shanghai


@dataclass(frozen=True)
class Refused:
    """The whole file is refused, naming this line and saying these things."""

    present: Callable[[bytes], bool]
    line: int | None
    fragments: tuple[str, ...]


def _utf8_fails(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _fold_inside_a_character(data: bytes) -> bool:
    head, sep, _ = data.partition(b"\r\n ")
    return bool(sep) and _utf8_fails(head)


def _raw_text_line(data: bytes) -> bool:
    """A line inside the event that is neither a content line nor a fold: an unescaped newline."""
    lines = data.decode("utf-8").split("\r\n")
    body = lines[lines.index("BEGIN:VEVENT") + 1 : lines.index("END:VEVENT")]
    return any(not re.match(r"[A-Za-z-]+[;:]", line) and not line.startswith((" ", "\t")) for line in body)


MEETING = "县政府常务会议"
NINE_BEIJING = utc(2026, 11, 24, 1)

OWN: dict[str, Imports | Refused] = {
    # ------------------------------------------------------------ encodings
    "encoding/utf8_bom.ics": Imports(lambda b: b.startswith(b"\xef\xbb\xbf"), summary=MEETING, start=NINE_BEIJING),
    "encoding/utf16le_bom.ics": Imports(lambda b: b.startswith(b"\xff\xfe") and b[3] == 0, summary=MEETING),
    "encoding/utf16be_no_bom.ics": Imports(lambda b: b[0] == 0 and b[1] == ord("B"), summary=MEETING),
    # A lone surrogate cannot be decoded without loss: refused (it was once stored as "\ufffd").
    "encoding/utf16le_lone_surrogate.ics": Refused(lambda b: b"\x00\xd8" in b, 10, ("UTF-16", "0x00D8")),
    "encoding/gb18030.ics": Imports(_utf8_fails, summary="关于召开全县防汛抗旱工作会议的通知",
                                    start=date(2026, 11, 25), warning="GB18030"),
    # Neither valid UTF-8 nor valid GB18030: refused naming both and the line (it was once stored with "\ufffd").
    "encoding/utf8_two_broken_bytes.ics": Refused(_utf8_fails, 8, ("UTF-8", "GB18030", "0xFF")),
    # ------------------------------------------------------------ folds and line ends
    "folding/fold_splits_utf8_character.ics": Imports(_fold_inside_a_character,
                                                      summary="关于召开全县安全生产工作会议的通知"),
    "folding/tab_folds.ics": Imports(lambda b: b.count(b"\r\n\t") == 3, summary="全县冬季安全生产工作会议"),
    "folding/mixed_line_endings.ics": Imports(
        lambda b: b"\r\n" in b and re.search(rb"[^\r]\n", b) is not None and re.search(rb"\r[^\n]", b) is not None,
        summary="周调度会"),
    "folding/fold_right_after_name.ics": Imports(lambda b: b"DTSTART\r\n :" in b, summary="调度会",
                                                 start=NINE_BEIJING),
    # ------------------------------------------------------------ text
    "text/quoted_printable.ics": Imports(lambda b: b"ENCODING=QUOTED-PRINTABLE" in b and b"=\r\n=" in b,
                                         summary="常务会议"),
    "text/raw_newlines_in_description.ics": Imports(_raw_text_line, summary="视频会议"),
    "text/empty_parameter.ics": Imports(lambda b: b"DTSTART;;" in b, start=NINE_BEIJING, warning="空参数"),
    "text/sequence_not_integer.ics": Imports(lambda b: b"SEQUENCE:two" in b, warning="SEQUENCE"),
    "text/missing_uid.ics": Imports(lambda b: b"\nUID" not in b, summary="没有 UID 的会议", warning="没有 UID"),
    # ------------------------------------------------------------ recurrence
    "recurrence/rrule_spaces_and_escapes.ics": Imports(lambda b: b"\\;UNTIL" in b and b"MO, TU" in b,
                                                       occurrences=5),
    "recurrence/rdate_date_with_z.ics": Imports(lambda b: b"RDATE:20261210Z" in b, warning="带有 Z",
                                                occurrences=2),  # 1 Nov (yearly; 2027 is outside) + RDATE 10 Dec
    "recurrence/datetime_recurrence_id_on_date_series.ics": Imports(
        lambda b: b"RECURRENCE-ID;TZID=" in b and b"DTSTART;VALUE=DATE:" in b, events=2, occurrences=4),
    "recurrence/floating_until_on_timed_series.ics": Imports(lambda b: b"UNTIL=20261214\r\n" in b, occurrences=4),
    # ------------------------------------------------------------ times
    "times/allday_dtend_equals_dtstart.ics": Imports(
        lambda b: b"DTSTART;VALUE=DATE:20261125" in b and b"DTEND;VALUE=DATE:20261125" in b,
        start=date(2026, 11, 25), warning="按一天处理"),
    "times/end_before_start.ics": Imports(lambda b: b"DTSTART:20261124T03" in b and b"DTEND:20261124T01" in b,
                                          start=utc(2026, 11, 24, 3), warning="早于开始时间"),
    # ------------------------------------------------------------ zones (each unlike the office zone)
    "zones/windows_zone_name.ics": Imports(lambda b: b"TZID=W. Europe Standard Time" in b and b"VTIMEZONE" not in b,
                                           start=utc(2026, 6, 10, 7)),  # 09:00 CEST
    "zones/china_standard_time_with_vtimezone.ics": Imports(lambda b: b"TZID:China Standard Time" in b,
                                                            start=NINE_BEIJING),
    "zones/legacy_display_name.ics": Imports(lambda b: b"(UTC+09:00) Osaka" in b, start=utc(2026, 11, 24, 0)),
    "zones/mozilla_prefixed_tzid.ics": Imports(lambda b: b"/mozilla.org/" in b, start=utc(2026, 11, 24, 8)),
    "zones/gmt_offset_name.ics": Imports(lambda b: b"GMT+0300" in b, start=utc(2026, 11, 24, 6), warning="固定时差"),
    "zones/custom_vtimezone_only_in_file.ics": Imports(lambda b: "TZID:本地时间".encode() in b,
                                                       start=utc(2026, 11, 24, 4)),
    "zones/broken_vtimezone.ics": Imports(lambda b: b"TZOFFSETTO:eight hours" in b, start=NINE_BEIJING,
                                          warning="无法使用"),
    "zones/vtimezone_without_tzid.ics": Imports(lambda b: b"BEGIN:VTIMEZONE\r\nBEGIN:STANDARD" in b,
                                                warning="缺少 TZID"),
    "zones/unknown_tzid.ics": Imports(lambda b: b"Mars/Olympus_Mons" in b, start=NINE_BEIJING, warning="无法识别"),
    "zones/x_wr_timezone_floating.ics": Imports(lambda b: b"X-WR-TIMEZONE:Europe/Berlin" in b
                                                and b"DTSTART:20261124T090000\r\n" in b, start=utc(2026, 11, 24, 8)),
    # ------------------------------------------------------------ structure
    "structure/bare_vevent.ics": Imports(lambda b: b"VCALENDAR" not in b, summary=MEETING),
    "structure/trailing_after_end.ics": Imports(lambda b: not b.endswith(b"END:VCALENDAR\r\n"), warning="之后还有内容"),
    "structure/empty_calendar.ics": Imports(lambda b: b"VEVENT" not in b, events=0, warning="没有事件"),
    "structure/todo_and_freebusy_skipped.ics": Imports(lambda b: b"VTODO" in b and b"VFREEBUSY" in b, skipped=2),
    # ------------------------------------------------------------ refused, naming the line
    "refused/missing_end_vevent.ics": Refused(lambda b: b"END:VEVENT" not in b, 3, ("END:VEVENT", "截断")),
    "refused/missing_end_vcalendar.ics": Refused(lambda b: b"END:VCALENDAR" not in b, 1, ("END:VCALENDAR",)),
    "refused/bad_date.ics": Refused(lambda b: b"20261132" in b, 14, ("20261132T090000",)),
    "refused/no_dtstart.ics": Refused(lambda b: b.count(b"DTSTART") == 1, 12, ("DTSTART",)),
    "refused/bad_rrule.ics": Refused(lambda b: b"RRULE:EVERY" in b, 7, ("RRULE",)),
    "refused/dtend_type_mismatch.ics": Refused(lambda b: b"DTSTART;VALUE=DATE" in b, 7, ("DTEND", "DTSTART")),
    "refused/bad_duration.ics": Refused(lambda b: b"DURATION:two" in b, 7, ("DURATION",)),
    "refused/event_after_end_vcalendar.ics": Refused(lambda b: b.rstrip().endswith(b"END:VEVENT"), 13,
                                                     ("END:VCALENDAR",)),
    "refused/invalid_content_line.ics": Refused(lambda b: "这不是日历内容".encode() in b, 7, ("这不是日历内容",)),
    "refused/not_a_calendar.ics": Refused(lambda b: b"BEGIN" not in b, 1, ("BEGIN:VCALENDAR",)),
    # ------------------------------------------------------------ bounded work (no accepted file may hang 周安排)
    "refused/rrule_interval_zero.ics": Refused(lambda b: b"INTERVAL=0" in b, 8, ("INTERVAL",)),
    "refused/rrule_minutely.ics": Refused(lambda b: b"FREQ=MINUTELY" in b, 8, ("MINUTELY",)),
    "refused/rrule_hourly_without_end.ics": Refused(lambda b: b"FREQ=HOURLY\r\n" in b, 8, ("按小时",)),
    # Found in review: a daily rule listing every hour, minute and second repeats 86,400 times a day.
    "refused/rrule_daily_every_second.ics": Refused(lambda b: b"FREQ=DAILY;BYHOUR=0,1" in b and b"BYSECOND=" in b,
                                                    8, ("每天重复 86400 次",)),
    "text/sequence_out_of_range.ics": Imports(lambda b: b"SEQUENCE:9999999999" in b, summary="专题会议",
                                              warning="超出范围"),
    "text/nul_bytes.ics": Imports(lambda b: b"\x00" in b, summary="专题会议", warning="空字符"),
    "zones/vtimezone_too_many_rules.ics": Imports(lambda b: b.count(b"BEGIN:STANDARD") == 600, start=NINE_BEIJING,
                                                  warning="过长"),
    # Found by the reliability fuzzer: an observance repeating every 0 days made the zone's expansion endless.
    "zones/vtimezone_rule_interval_zero.ics": Imports(lambda b: b"BEGIN:VTIMEZONE" in b and b"INTERVAL=0" in b,
                                                      start=NINE_BEIJING, warning="不是按年变化的时区规则"),
}


def test_every_own_file_has_an_expectation() -> None:
    assert {str(p.relative_to(OWN_ICS)) for p in own_ics_files()} == set(OWN)


def test_every_repair_the_importer_names_has_a_file() -> None:
    """The repairs listed in the importer's docstring each have a file here (a new repair needs one too)."""
    kinds = {name.split("/")[0] for name in OWN}
    assert kinds == {"encoding", "folding", "text", "recurrence", "times", "zones", "structure", "refused"}
    assert sum(isinstance(e, Refused) for e in OWN.values()) >= 13


@pytest.mark.parametrize("name", sorted(OWN))
def test_the_damage_is_really_in_the_file(name: str) -> None:
    assert OWN[name].present((OWN_ICS / name).read_bytes()), f"{name} no longer carries the damage it is named for"


@pytest.mark.parametrize("name", sorted(OWN))
def test_own_file_is_repaired_or_refused(name: str) -> None:
    data = (OWN_ICS / name).read_bytes()
    expected = OWN[name]
    file_name = Path(name).name
    if isinstance(expected, Refused):
        with pytest.raises(IcsImportError) as info:
            parse_ics(data, file_name)
        assert info.value.line == expected.line
        assert str(info.value).startswith(f"无法导入日历文件 {file_name}：")
        for fragment in expected.fragments:
            assert fragment in info.value.reason
        return
    parsed = parse_ics(data, file_name)
    assert (len(parsed.events), len(parsed.skipped)) == (expected.events, expected.skipped)
    if expected.warning is None:
        assert parsed.warnings == ()
    else:
        assert any(expected.warning in w for w in parsed.warnings), parsed.warnings
    if expected.summary is not None:
        assert parsed.events[0].summary == expected.summary
        assert "\ufffd" not in parsed.events[0].summary
    if expected.start is not None:
        assert parsed.events[0].start == expected.start
    if expected.occurrences is not None:
        result = expand_events(parsed.events, *NOV, "Asia/Shanghai")
        assert result.warnings == ()
        assert len(result.occurrences) == expected.occurrences


def test_repaired_texts_keep_their_lines() -> None:
    qp = parse_ics((OWN_ICS / "text/quoted_printable.ics").read_bytes(), "qp.ics").events[0]
    assert qp.description == "第一行\n第二行"
    raw = parse_ics((OWN_ICS / "text/raw_newlines_in_description.ics").read_bytes(), "zoom.ics").events[0]
    assert raw.description == "会议号：123 456 789\n\n密码：8888\n请提前 10 分钟入会。"
    assert raw.location == "县政府视频会议室"  # the property after the raw lines is still a property
    tabs = parse_ics((OWN_ICS / "folding/tab_folds.ics").read_bytes(), "tab.ics").events[0]
    assert (tabs.uid, tabs.description) == ("own-tab-fold", "第一段第二段")


def test_generated_uid_is_stable_across_imports() -> None:
    data = (OWN_ICS / "text/missing_uid.ics").read_bytes()
    first, second = (parse_ics(data, "x.ics").events[0].uid for _ in range(2))
    assert first == second and first.startswith("huiwu-import-")


def test_moved_instance_of_a_date_series_lands_on_its_new_day() -> None:
    parsed = parse_ics((OWN_ICS / "recurrence/datetime_recurrence_id_on_date_series.ics").read_bytes(), "duty.ics")
    days = [(o.start, o.summary) for o in expand_events(parsed.events, *NOV, "Asia/Shanghai").occurrences]
    assert days == [(date(2026, 11, 2), "值班"), (date(2026, 11, 10), "值班（调整）"), (date(2026, 11, 16), "值班"),
                    (date(2026, 11, 23), "值班")]


# ---------------------------------------------------------------- properties (no corpus needed)


def _outcome(data: bytes) -> None:
    try:
        calendar = parse_ics(data, "fuzz.ics")
    except IcsImportError as error:
        assert str(error).startswith("无法导入日历文件 fuzz.ics：")
        return
    assert isinstance(calendar, ParsedCalendar)
    expand_events(calendar.events, utc(2000, 1, 1), utc(2030, 1, 1), "Asia/Shanghai")


def corpus_seeds() -> list[Path]:
    """The corpus's small files (its two holiday feeds are large and add nothing a mutation of a small file
    does not)."""
    return [p for p in corpus_files() if "holidays" not in p.name]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[Path] | None = None) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds or own_ics_files())).read_bytes())
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        if kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            del data[at:]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_calendar_files_never_raise_anything_else(data: bytes) -> None:
    _outcome(data)


def test_mutated_corpus_files_never_raise_anything_else(ics_corpus: Path) -> None:
    """The same on the real clients' files (../shared): skipped with the reason without it, fails under CI."""
    seeds = corpus_seeds()
    assert seeds

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(mutated(seeds))
    def check(data: bytes) -> None:
        _outcome(data)

    check()


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_raise_anything_else(data: bytes) -> None:
    _outcome(data)
