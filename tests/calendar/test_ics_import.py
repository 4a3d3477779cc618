"""Specific behaviours of the .ics importer: encodings, folds, zones, repairs and refusals."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from huiwu.calendar.ics_import import IcsImportError, expand_events, parse_ics

UTC = UTC


def calendar(*event_lines: str, head: str = "", vtimezone: str = "") -> str:
    body = "\r\n".join(event_lines)
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
        f"{head}{vtimezone}BEGIN:VEVENT\r\n{body}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


SIMPLE = calendar(
    "UID:u1", "DTSTART:20250303T010000Z", "DTEND:20250303T030000Z", "SUMMARY:全县安全生产工作会议"
)


def test_utf16le_with_bom_decodes() -> None:
    data = b"\xff\xfe" + SIMPLE.encode("utf-16-le")
    event = parse_ics(data, "outlook.ics").events[0]
    assert event.summary == "全县安全生产工作会议"


def test_utf16be_with_bom_decodes() -> None:
    assert parse_ics(SIMPLE.encode("utf-16"), "x.ics").events[0].summary == "全县安全生产工作会议"
    assert (
        parse_ics(b"\xfe\xff" + SIMPLE.encode("utf-16-be"), "x.ics").events[0].summary
        == "全县安全生产工作会议"
    )


def test_utf16le_corpus_file(ics_corpus: Path) -> None:
    parsed = parse_ics((ics_corpus / "outlook/windows_calendar_utf16le_bom_crlf.ics").read_bytes(), "w.ics")
    assert [e.summary for e in parsed.events] == ["Daily Debug", "Weekly Debug", "Weekly by 2times"]
    assert parsed.events[0].start == datetime(2009, 12, 4, 1, 0, tzinfo=UTC)


def test_gb18030_chinese_summary() -> None:
    text = calendar(
        "UID:gb-1",
        "DTSTART;VALUE=DATE:20250301",
        "SUMMARY:关于召开全县防汛抗旱工作会议的通知",
        "LOCATION:县政府三楼会议室",
    )
    parsed = parse_ics(text.encode("gb18030"), "旧系统导出.ics")
    event = parsed.events[0]
    assert event.summary == "关于召开全县防汛抗旱工作会议的通知"
    assert event.location == "县政府三楼会议室"
    assert any("GB18030" in w for w in parsed.warnings)


def test_utf8_bom_is_stripped() -> None:
    assert parse_ics(b"\xef\xbb\xbf" + SIMPLE.encode(), "bom.ics").events[0].uid == "u1"


def test_fold_splitting_a_utf8_character() -> None:
    line = "SUMMARY:关于召开全县安全生产工作会议的通知".encode()
    cut = len(b"SUMMARY:") + 4  # inside the second character (3 bytes each)
    folded = line[:cut] + b"\r\n " + line[cut:]
    data = SIMPLE.encode().replace("SUMMARY:全县安全生产工作会议".encode(), folded)
    parsed = parse_ics(data, "fold.ics")
    assert parsed.events[0].summary == "关于召开全县安全生产工作会议的通知"
    assert parsed.warnings == ()


def test_tab_fold_and_mixed_line_endings() -> None:
    data = b"BEGIN:VCALENDAR\nVERSION:2.0\r\nBEGIN:VEVENT\nUID:a\r\nDTSTART:20250303T010000Z\nSUMMARY:Long\r\n\t title\nEND:VEVENT\r\nEND:VCALENDAR"
    assert parse_ics(data, "mixed.ics").events[0].summary == "Long title"


CHINA_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:China Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


def test_outlook_china_standard_time() -> None:
    text = calendar(
        'ORGANIZER;CN="办公室":mailto:office@example.gov.cn',
        "DTSTART;TZID=China Standard Time:20250310T090000",
        'DTEND;TZID="China Standard Time":20250310T113000',
        "UID:040000008200E00074C5B7101A82E008",
        "SUMMARY;LANGUAGE=zh-CN:常务会议",
        head="METHOD:REQUEST\r\n",
        vtimezone=CHINA_VTIMEZONE,
    )
    event = parse_ics(text.encode(), "invite.ics").events[0]
    assert event.start == datetime(2025, 3, 10, 1, 0, tzinfo=UTC)
    assert event.end == datetime(2025, 3, 10, 3, 30, tzinfo=UTC)
    assert "TZID=Asia/Shanghai" in event.raw
    local = event.start.astimezone(__import__("zoneinfo").ZoneInfo("Asia/Shanghai"))
    assert local.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize(
    "tzid, expected_utc_hour",
    [
        ('"(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi"', 1),
        ("China Standard Time", 1),
        ("W. Europe Standard Time", 7),
        ("GMT Standard Time", 8),
        ("W. Australia Standard Time", 1),
        ("Pacific Standard Time", 16),
        ("Eastern Standard Time", 13),
        ('"Canberra, Melbourne, Sydney"', 23),
        ('"(UTC-05:00) Eastern Time (US & Canada)"', 13),
        ('"Pacific Time (US & Canada), Tijuana"', 16),
        ('"(UTC+09:00) Somewhere Unknown"', 0),
        ("/mozilla.org/20050126_1/Asia/Shanghai", 1),
    ],
)
def test_windows_and_legacy_zone_names_without_vtimezone(tzid: str, expected_utc_hour: int) -> None:
    """09:00 local on 10 June 2025 (northern summer, southern winter)."""
    event = parse_ics(calendar("UID:z", f"DTSTART;TZID={tzid}:20250610T090000").encode(), "z.ics").events[0]
    assert event.start.hour == expected_utc_hour


def test_unknown_tzid_with_vtimezone_uses_its_offsets() -> None:
    vtz = CHINA_VTIMEZONE.replace("China Standard Time", "Екатеринбург").replace("+0800", "+0500")
    text = calendar("UID:y", "DTSTART;TZID=Екатеринбург:20250610T090000", vtimezone=vtz)
    assert parse_ics(text.encode(), "y.ics").events[0].start == datetime(2025, 6, 10, 4, tzinfo=UTC)


def test_unknown_tzid_without_vtimezone_falls_back_with_warning() -> None:
    parsed = parse_ics(calendar("UID:y", "DTSTART;TZID=Mars/Olympus:20250610T090000").encode(), "y.ics")
    assert parsed.events[0].start == datetime(2025, 6, 10, 1, tzinfo=UTC)
    assert any("Mars/Olympus" in w for w in parsed.warnings)


def test_x_wr_timezone_applies_to_floating_times() -> None:
    text = calendar(
        "UID:f", "DTSTART:20210916T210000", "DTEND:20210916T224500", head="X-WR-TIMEZONE:Europe/Brussels\r\n"
    )
    parsed = parse_ics(text.encode(), "google.ics")
    assert parsed.timezone_hint == "Europe/Brussels"
    assert parsed.events[0].start == datetime(2021, 9, 16, 19, 0, tzinfo=UTC)
    assert "TZID=Europe/Brussels" in parsed.events[0].raw


def test_floating_time_without_hint_uses_office_zone() -> None:
    event = parse_ics(calendar("UID:f", "DTSTART:20250303T090000").encode(), "f.ics").events[0]
    assert event.start == datetime(2025, 3, 3, 1, 0, tzinfo=UTC)
    assert event.end == event.start
    other = parse_ics(
        calendar("UID:f", "DTSTART:20250303T090000").encode(), "f.ics", default_tz="Europe/Berlin"
    )
    assert other.events[0].start == datetime(2025, 3, 3, 8, 0, tzinfo=UTC)


def test_all_day_events_stay_dates_and_default_to_one_day() -> None:
    parsed = parse_ics(calendar("UID:d", "DTSTART;VALUE=DATE:20251001").encode(), "d.ics")
    event = parsed.events[0]
    assert (event.start, event.end, event.all_day) == (date(2025, 10, 1), date(2025, 10, 2), True)
    google = parse_ics(
        calendar("UID:d", "DTSTART;VALUE=DATE:20251001", "DTEND;VALUE=DATE:20251001").encode(), "g"
    )
    assert google.events[0].end == date(2025, 10, 2)


def test_duration_gives_the_end() -> None:
    event = parse_ics(calendar("UID:d", "DTSTART:20250303T010000Z", "DURATION:PT1H15M").encode(), "d").events[
        0
    ]
    assert event.end == datetime(2025, 3, 3, 2, 15, tzinfo=UTC)


def test_radicale_truncated_file_is_refused_with_the_line(ics_corpus: Path) -> None:
    name = "radicale_missing_end_vevent_and_vcalendar.ics"
    with pytest.raises(IcsImportError) as info:
        parse_ics((ics_corpus / "malformed" / name).read_bytes(), name)
    assert info.value.line == 4
    assert info.value.file_name == name
    assert "END:VEVENT" in info.value.reason
    assert str(info.value).startswith(f"无法导入日历文件 {name}：第 4 行")


def test_error_message_names_file_line_and_value() -> None:
    with pytest.raises(IcsImportError) as info:
        parse_ics(calendar("UID:x", "DTSTART:INVALID-DATE").encode(), "foo.ics")
    assert "无法导入日历文件 foo.ics：第 6 行 DTSTART 的日期“INVALID-DATE”无法识别。" in str(info.value)


def test_missing_dtstart_refuses_the_whole_file() -> None:
    text = calendar("UID:ok", "DTSTART:20250303T010000Z") + "BEGIN:VEVENT\r\nUID:bad\r\nEND:VEVENT\r\n"
    text = text.replace("END:VCALENDAR\r\nBEGIN:VEVENT", "BEGIN:VEVENT").replace(
        "UID:bad\r\nEND:VEVENT\r\n", "UID:bad\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    with pytest.raises(IcsImportError) as info:
        parse_ics(text.encode(), "two.ics")
    assert info.value.line == 8 and "DTSTART" in info.value.reason


def test_missing_end_of_nested_alarm_names_the_alarm() -> None:
    text = calendar("UID:a", "DTSTART:20250303T010000Z", "BEGIN:VALARM", "TRIGGER:-PT5M")
    with pytest.raises(IcsImportError) as info:
        parse_ics(text.encode(), "a.ics")
    assert info.value.line == 7 and "END:VALARM" in info.value.reason


@pytest.mark.parametrize("data", [b"", b"   \r\n", b"hello world", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"])
def test_non_calendars_are_refused(data: bytes) -> None:
    with pytest.raises(IcsImportError):
        parse_ics(data, "x.ics")


def test_bare_vevent_and_trailing_content() -> None:
    bare = "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20250303T010000Z\r\nEND:VEVENT\r\n"
    assert len(parse_ics(bare.encode(), "b.ics").events) == 1
    trailing = parse_ics((SIMPLE + "X-COMMENT:cached\r\n").encode(), "t.ics")
    assert len(trailing.events) == 1 and any("END:VCALENDAR" in w for w in trailing.warnings)


def test_calendar_name_and_attendees() -> None:
    text = calendar(
        "UID:a",
        "DTSTART:20250303T010000Z",
        'ORGANIZER;CN="acme, ädmin":mailto:adm@example.de',
        'ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN="张三":mailto:zs@example.cn',
        "ATTENDEE;CN=李四:urn:uuid:c38e48ee-4509-56bb-9cdc-d8bfd4d20e46",
        "STATUS:cancelled",
        "SEQUENCE:3",
        head="X-WR-CALNAME:县政府会议\r\n",
    )
    parsed = parse_ics(text.encode(), "a.ics")
    event = parsed.events[0]
    assert parsed.name == "县政府会议"
    assert event.organizer == ("acme, ädmin", "adm@example.de")
    assert event.attendees == (
        ("张三", "zs@example.cn", "CHAIR", "ACCEPTED"),
        ("李四", None, "REQ-PARTICIPANT", "NEEDS-ACTION"),
    )
    assert (event.status, event.sequence) == ("CANCELLED", 3)


def test_skipped_components_are_counted() -> None:
    todo = "BEGIN:VTODO\r\nUID:t\r\nDUE:2006717T080000Z\r\nEND:VTODO\r\n"
    parsed = parse_ics(SIMPLE.replace("BEGIN:VEVENT", todo + "BEGIN:VEVENT").encode(), "t.ics")
    assert len(parsed.events) == 1
    assert len(parsed.skipped) == 1 and "VTODO" in parsed.skipped[0]


def test_quoted_printable_and_rrule_repairs() -> None:
    text = calendar(
        "UID:q",
        "DTSTART;TZID=Asia/Shanghai:20150703T100000",
        "SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E4=BC=9A=E8=AE=AE",
        "RRULE:FREQ=DAILY\\;UNTIL=20150710T020000Z\\;BYDAY=MO, TU, WE, TH, FR",
    )
    event = parse_ics(text.encode(), "q.ics").events[0]
    assert event.summary == "会议"
    assert event.rrule == "FREQ=DAILY;UNTIL=20150710T020000Z;BYDAY=MO,TU,WE,TH,FR"
    occurrences = expand_events(
        [event], datetime(2015, 7, 1, tzinfo=UTC), datetime(2015, 8, 1, tzinfo=UTC), "Asia/Shanghai"
    )
    assert len(occurrences.occurrences) == 6  # Fri 3, Mon 6 - Fri 10 July


def test_bloc_jp_broken_utf8_is_refused_not_stored_with_replacement_characters(ics_corpus: Path) -> None:
    with pytest.raises(IcsImportError) as info:
        parse_ics((ics_corpus / "i18n/bloc_jp_broken_utf8.ics").read_bytes(), "bloc.ics")
    assert info.value.line == 21  # LOCATION, the first line with a lost byte
    assert "UTF-8" in info.value.reason and "GB18030" in info.value.reason and info.value.bad_events == ()


def test_exchange_raw_newlines_are_rejoined_when_the_stub_event_is_removed(ics_corpus: Path) -> None:
    data = (ics_corpus / "outlook/exchange2010_request_raw_newlines.ics").read_bytes()
    data = data.replace(b"BEGIN:VEVENT\nUID:UniqueIDValueHere\nEND:VEVENT\n", b"")
    event = parse_ics(data, "zoom.ics").events[0]
    assert event.description is not None
    assert "Passcode: XXXXXXX" in event.description and "One tap mobile" in event.description
    assert event.summary == "Team Meeting" and len(event.attendees) == 3
    # Floating time next to the file's only VTIMEZONE (W. Europe): 10:00 CEST, as UNTIL=…T080000Z confirms.
    assert event.start == datetime(2024, 9, 23, 8, 0, tzinfo=UTC)
    result = expand_events(
        [event], datetime(2024, 9, 1, tzinfo=UTC), datetime(2024, 11, 1, tzinfo=UTC), "Asia/Shanghai"
    )
    assert len(result.occurrences) == 2  # 23 Sep and 7 Oct


def test_google_file_without_its_broken_event_keeps_the_rest_and_skips_freebusy(ics_corpus: Path) -> None:
    lines = (ics_corpus / "google/google_testkalender_edge_cases.ics").read_bytes().split(b"\n")
    data = b"\n".join(lines[:20] + lines[30:])  # drop the VEVENT of lines 21-30 (DTSTART 20171032)
    parsed = parse_ics(data, "google.ics")
    assert len(parsed.events) == 20
    assert len(parsed.skipped) == 1 and "VFREEBUSY" in parsed.skipped[0]
    cldr = next(e for e in parsed.events if e.summary == "Microsoft Unicode CLDR EXDATE Test")
    assert cldr.start == datetime(2016, 4, 9, 13, 0, tzinfo=UTC)  # 09:00 EDT
    result = expand_events(
        [cldr], datetime(2016, 1, 1, tzinfo=UTC), datetime(2017, 1, 1, tzinfo=UTC), "Asia/Shanghai"
    )
    assert len(result.occurrences) == 15 - 3  # COUNT=15 Saturdays; the 4th EXDATE (23 Jul) is past the end


def test_expansion_error_in_one_series_is_a_warning() -> None:
    good = parse_ics(
        calendar("UID:g", "DTSTART:20250303T010000Z", "RRULE:FREQ=DAILY;COUNT=3").encode(), "g"
    ).events[0]
    bad = dataclasses.replace(good, uid="b", summary="坏的系列", raw="not a calendar")
    result = expand_events(
        [good, bad], datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC), "Asia/Shanghai"
    )
    assert len(result.occurrences) == 3
    assert len(result.warnings) == 1 and "坏的系列" in result.warnings[0]


def test_expansion_applies_overrides_and_exdates_in_office_zone() -> None:
    master = calendar(
        "UID:s",
        "DTSTART;TZID=Asia/Shanghai:20250303T090000",
        "DTEND;TZID=Asia/Shanghai:20250303T100000",
        "RRULE:FREQ=WEEKLY;COUNT=4",
        "EXDATE;TZID=Asia/Shanghai:20250310T090000",
        "SUMMARY:周例会",
    )
    override = calendar(
        "UID:s",
        "RECURRENCE-ID;TZID=Asia/Shanghai:20250317T090000",
        "DTSTART;TZID=Asia/Shanghai:20250318T150000",
        "DTEND;TZID=Asia/Shanghai:20250318T160000",
        "SUMMARY:周例会（改期）",
    )
    events = parse_ics(master.encode(), "m").events + parse_ics(override.encode(), "o").events
    result = expand_events(
        events, datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC), "Asia/Shanghai"
    )
    assert [(o.start.day, o.start.hour, o.summary) for o in result.occurrences] == [
        (3, 9, "周例会"),
        (18, 15, "周例会（改期）"),
        (24, 9, "周例会"),
    ]
    assert str(result.occurrences[0].start.tzinfo) == "Asia/Shanghai"


def test_event_after_end_of_calendar_is_refused_not_dropped() -> None:
    extra = "BEGIN:VEVENT\r\nUID:late\r\nDTSTART:20250303T010000Z\r\nEND:VEVENT\r\n"
    with pytest.raises(IcsImportError) as info:
        parse_ics((SIMPLE + extra).encode(), "late.ics")
    assert info.value.line == 11


def test_concatenated_calendars_are_both_read() -> None:
    assert len(parse_ics((SIMPLE + SIMPLE.replace("u1", "u2")).encode(), "two.ics").events) == 2


def test_stray_end_inside_calendar_is_refused() -> None:
    with pytest.raises(IcsImportError) as info:
        parse_ics(SIMPLE.replace("END:VCALENDAR", "END:VTODO\r\nEND:VCALENDAR").encode(), "s.ics")
    assert "END:VTODO" in info.value.reason
