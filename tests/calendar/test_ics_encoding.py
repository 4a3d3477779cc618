"""Encoding detection (issue 13 item 1): strict UTF-8, UTF-16, GB18030 - never a guess, never "\ufffd"."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from huiwu.calendar.ics_import import IcsImportError, parse_ics
from huiwu.db import Database
from huiwu.models import ImportedEvent
from huiwu.services import calendars


def invite(summary: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//旧系统//ZH\r\nBEGIN:VEVENT\r\nUID:gbk-1\r\n"
            f"DTSTART:20261124T010000Z\r\nDTEND:20261124T020000Z\r\nSUMMARY:{summary}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("summary", ["碰头会（王堃）", "李喆", "张玥同志"])
def test_short_gb18030_invite_with_names_outside_gb2312(summary: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        summary.encode("gb2312")  # the names really are outside GB2312 (the old guess's measure)
    parsed = parse_ics(invite(summary).encode("gb18030"), "邀请.ics")
    assert parsed.events[0].summary == summary
    assert any("GB18030" in w for w in parsed.warnings)


def test_gb18030_invite_through_the_service(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "碰头会.ics"
    path.write_bytes(invite("碰头会（王堃）").encode("gb18030"))
    with database.uow() as uow:
        calendars.import_ics(uow, path, "县长日历")
    with database.uow() as uow:
        event = uow.session.query(ImportedEvent).one()
        assert event.summary == "碰头会（王堃）" and "\ufffd" not in event.raw


def test_undecodable_bytes_refuse_the_file_naming_the_encodings_and_the_line() -> None:
    data = invite("县政府常务会议").encode("utf-8").replace("常务".encode(), b"\xff\x81")
    with pytest.raises(IcsImportError) as info:
        parse_ics(data, "坏.ics")
    assert info.value.line == 8 and data.split(b"\r\n")[7].startswith(b"SUMMARY:")
    message = str(info.value)
    assert "坏.ics" in message and "UTF-8" in message and "GB18030" in message and "0xFF" in message
    assert "\ufffd" not in message


def test_the_line_named_counts_folds() -> None:
    text = invite("县政府常务会议").replace("SUMMARY:县政府", "SUMMARY:县政\r\n 府")
    data = text.encode("utf-8").replace("常务".encode(), b"\xff\x81")
    with pytest.raises(IcsImportError) as info:
        parse_ics(data, "折行.ics")
    assert info.value.line == 9  # the fold's second physical line, where the bad byte is


def test_utf16_with_a_lone_surrogate_is_refused_naming_utf16() -> None:
    data = b"\xff\xfe" + invite("会议").encode("utf-16-le").replace("议".encode("utf-16-le"), b"\x00\xd8")
    with pytest.raises(IcsImportError, match="UTF-16") as info:
        parse_ics(data, "u16.ics")
    assert info.value.line == 8


HAN = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(HAN)
def test_any_han_text_in_gb18030_round_trips_or_is_valid_utf8(text: str) -> None:
    """GB18030 decodes every Han character; the one ambiguity left is a byte string that is also valid
    UTF-8 (录 is C2 BC, which UTF-8 reads as ¼): valid UTF-8 is read as UTF-8, as documented."""
    data = invite(text).encode("gb18030")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        assume(False)
    assert parse_ics(data, "gb.ics").events[0].summary == text


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=20).filter(lambda t: t.strip() == t and "\\" not in t))
def test_no_text_is_ever_stored_with_replacement_characters(text: str) -> None:
    for data in (invite(text).encode("utf-8", errors="surrogatepass"), invite(text).encode("gb18030", errors="replace")):
        try:
            parsed = parse_ics(data, "x.ics")
        except IcsImportError:
            continue
        assert all("\ufffd" not in e.summary or "\ufffd" in text for e in parsed.events)
