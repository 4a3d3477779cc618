"""Partial import: one bad event no longer has to cost the file's good ones (issue 13 item 1).

The default stays all or nothing; the refusal lists every bad event with the physical line of its
offending property, and ``skip_bad`` / ``--skip-bad`` / the GUI's 导入其余 N 个日程 import the rest.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from huiwu.calendar.ics_import import IcsImportError, parse_ics
from huiwu.db import Database
from huiwu.models import ImportedCalendar, ImportedEvent
from huiwu.services import calendars
from tests.conftest import run_cli

GOOGLE = "google/google_testkalender_edge_cases.ics"
EXCHANGE = "outlook/exchange2010_request_raw_newlines.ics"


def _file(*events: str) -> bytes:
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n").encode()


GOOD = "UID:good-{n}\r\nDTSTART:2026100{n}T010000Z\r\nDTEND:2026100{n}T020000Z\r\nSUMMARY:会议{n}\r\n"
# lines 1-3 calendar head; each event below is 6 lines (BEGIN, 4 properties, END)
BAD_RRULE = "UID:bad-r\r\nDTSTART:20261005T010000Z\r\nSUMMARY:坏规则\r\nRRULE:EVERY DAY\r\n"
BAD_DATE = "UID:bad-d\r\nSUMMARY:坏日期\r\nDTEND:20261006T020000Z\r\nDTSTART:20260230T010000Z\r\n"


def test_every_bad_event_is_listed_with_the_line_of_its_property() -> None:
    data = _file(GOOD.format(n=1), BAD_RRULE, GOOD.format(n=2), BAD_DATE, GOOD.format(n=3))
    with pytest.raises(IcsImportError) as info:
        parse_ics(data, "混合.ics")
    error = info.value
    assert [(b.line, b.summary) for b in error.bad_events] == [(14, "坏规则"), (26, "坏日期")]
    lines = data.decode().split("\r\n")
    assert lines[13].startswith("RRULE:EVERY") and lines[25].startswith("DTSTART:20260230")
    assert error.good_count == 3 and error.line == 14
    message = str(error)
    assert "有 2 个日程无法读取" in message and "第 14 行 RRULE" in message
    assert "第 26 行 DTSTART 的日期“20260230T010000Z”无效" in message
    assert "只导入其余 3 个日程" in message and "均未导入" in message
    parsed = parse_ics(data, "混合.ics", skip_bad=True)
    assert [e.uid for e in parsed.events] == ["good-1", "good-2", "good-3"]
    assert [b.line for b in parsed.bad] == [14, 26]
    assert parsed.bad[1].sentence() == "第 26 行 DTSTART 的日期“20260230T010000Z”无效（没有这一天或这一时刻）（日程“坏日期”）。"


def test_damage_to_the_file_itself_refuses_it_even_with_skip_bad() -> None:
    truncated = _file(GOOD.format(n=1))[: -len(b"END:VCALENDAR\r\n")]
    with pytest.raises(IcsImportError, match="END:VCALENDAR") as info:
        parse_ics(truncated, "截断.ics", skip_bad=True)
    assert info.value.bad_events == ()


def test_a_file_of_only_bad_events_offers_nothing_to_import() -> None:
    with pytest.raises(IcsImportError) as info:
        parse_ics(_file(BAD_RRULE), "坏.ics")
    assert info.value.good_count == 0 and "只导入其余" not in str(info.value)
    assert parse_ics(_file(BAD_RRULE), "坏.ics", skip_bad=True).events == ()


def test_repairs_noted_on_a_left_out_event_are_not_reported() -> None:
    noisy = "UID:n\r\nDTSTART;;VALUE=DATE-TIME:20261005T010000Z\r\nRRULE:EVERY DAY\r\n"
    parsed = parse_ics(_file(GOOD.format(n=1), noisy), "x.ics", skip_bad=True)
    assert not any("空参数" in w for w in parsed.warnings) and len(parsed.bad) == 1


def test_google_testkalender_imports_its_20_good_events_and_names_line_22(ics_corpus: Path) -> None:
    data = (ics_corpus / GOOGLE).read_bytes()
    assert data.split(b"\n")[21].startswith(b"DTSTART:20171032T000000")  # physical line 22, as counted by hand
    with pytest.raises(IcsImportError) as info:
        parse_ics(data, "google.ics")
    assert [b.line for b in info.value.bad_events] == [22] and info.value.good_count == 20
    parsed = parse_ics(data, "google.ics", skip_bad=True)
    assert len(parsed.events) == 20 and [b.line for b in parsed.bad] == [22]
    assert "20171032" in parsed.bad[0].reason


def test_exchange_invite_keeps_its_zoom_meeting(ics_corpus: Path) -> None:
    data = (ics_corpus / EXCHANGE).read_bytes()
    assert data.split(b"\n")[68] == b"BEGIN:VEVENT" and data.split(b"\n")[69].startswith(b"UID:")
    parsed = parse_ics(data, "zoom.ics", skip_bad=True)
    assert [e.summary for e in parsed.events] == ["Team Meeting"]
    assert [(b.line, b.reason) for b in parsed.bad] == [(69, "开始的事件缺少开始时间（DTSTART）。")]


def _count(database: Database, name: str) -> int | None:
    with database.uow() as uow:
        cal = uow.session.scalar(select(ImportedCalendar).where(ImportedCalendar.name == name))
        if cal is None:
            return None
        return uow.session.scalar(select(func.count()).select_from(ImportedEvent)
                                  .where(ImportedEvent.calendar_id == cal.id))


def test_service_all_or_nothing_by_default_and_the_good_ones_with_skip_bad(database: Database,
                                                                           tmp_path: Path) -> None:
    path = tmp_path / "混合.ics"
    path.write_bytes(_file(GOOD.format(n=1), BAD_RRULE, GOOD.format(n=2)))
    with database.uow() as uow, pytest.raises(IcsImportError) as info:
        calendars.import_ics(uow, path, "县长日历")
    assert info.value.good_count == 2 and _count(database, "县长日历") is None
    with database.uow() as uow:
        result = calendars.import_ics(uow, path, "县长日历", skip_bad=True)
    assert (result.total, result.added, [b.line for b in result.bad]) == (2, 2, [14])
    assert "跳过无法读取的日程 1 个" in result.summary()
    assert _count(database, "县长日历") == 2


def test_cli_refuses_listing_bad_events_and_imports_the_rest_with_skip_bad(
        sqlite_db: Database, ics_corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(sqlite_db.sqlite_path())
    path = str(ics_corpus / GOOGLE)
    assert run_cli(["--db", url, "import-ics", path, "--calendar", "测试日历"]) == 2
    captured = capsys.readouterr()
    assert "有 1 个日程无法读取" in captured.err and "  第 22 行 DTSTART" in captured.err
    assert "加 --skip-bad 可只导入其余 20 个日程" in captured.err and captured.out == ""
    assert _count(sqlite_db, "测试日历") is None  # nothing written
    assert run_cli(["--db", url, "import-ics", path, "--calendar", "测试日历", "--skip-bad"]) == 0
    out = capsys.readouterr().out
    assert "共 20 个日程" in out and "已跳过：第 22 行 DTSTART" in out
    assert _count(sqlite_db, "测试日历") == 20
