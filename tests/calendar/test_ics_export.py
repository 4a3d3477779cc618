"""The exported calendar is read back by two independent parsers and by our own importer."""

from __future__ import annotations

import socket
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from huiwu.calendar.ics_export import ExportEvent, build_calendar, redact
from huiwu.calendar.ics_import import parse_ics

SH = ZoneInfo("Asia/Shanghai")
UTC = UTC
STAMP = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)

MEETING = ExportEvent(
    uid="meeting-42@huiwu",
    sequence=3,
    summary="关于召开全县安全生产工作会议（第一次），请各单位准时参加；不得缺席",
    start=datetime(2025, 3, 10, 9, 0, tzinfo=SH),
    end=datetime(2025, 3, 10, 11, 30, tzinfo=SH),
    location="县政府三楼第一会议室",
    description="议程：\n一、传达上级文件精神\n二、研究部署安全生产工作\n三、其他事项",
    organizer=("县政府办公室", "office@gov.example.cn"),
    attendees=(
        ("张三", "zhangsan@gov.example.cn", "CHAIR"),
        ("李四", None, "REQ-PARTICIPANT"),
        ("王五, 副县长", "wangwu@gov.example.cn", "OPT-PARTICIPANT"),
    ),
    categories=("常务会议", "安全生产"),
    last_modified=datetime(2025, 2, 28, 10, 0, tzinfo=UTC),
    created=datetime(2025, 2, 20, 10, 0, tzinfo=UTC),
)
CANCELLED = ExportEvent(
    uid="meeting-43@huiwu",
    sequence=5,
    summary="防汛调度会",
    start=datetime(2025, 3, 11, 1, 0, tzinfo=UTC),
    end=datetime(2025, 3, 11, 2, 0, tzinfo=UTC),
    status="CANCELLED",
)
ALL_DAY = ExportEvent(
    uid="training@huiwu",
    sequence=0,
    summary="全县干部培训",
    start=datetime(2025, 3, 12, tzinfo=SH),
    end=datetime(2025, 3, 14, tzinfo=SH),
    all_day=True,
)


def exported(method: str | None = "PUBLISH") -> bytes:
    return build_calendar(
        [MEETING, CANCELLED, ALL_DAY], calendar_name="县政府 · 一周会议安排", method=method, dtstamp=STAMP
    )


def test_icalendar_reads_it_back() -> None:
    cal = icalendar.Calendar.from_ical(exported())
    assert str(cal["X-WR-CALNAME"]) == "县政府 · 一周会议安排"
    assert str(cal["METHOD"]) == "PUBLISH"
    first, second, third = cal.walk("VEVENT")
    assert str(first["SUMMARY"]) == MEETING.summary
    assert str(first["DESCRIPTION"]) == MEETING.description
    assert first["DTSTART"].dt == MEETING.start and first["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert int(first["SEQUENCE"]) == 3 and str(first["STATUS"]) == "CONFIRMED"
    names = [a.params["CN"] for a in first["ATTENDEE"]]
    assert names == ["张三", "李四", "王五, 副县长"]
    assert str(first["ORGANIZER"].params["CN"]) == "县政府办公室"
    assert str(second["STATUS"]) == "CANCELLED" and int(second["SEQUENCE"]) == 5
    assert third["DTSTART"].dt == date(2025, 3, 12) and third["DTEND"].dt == date(2025, 3, 14)
    assert not first.errors and not cal.errors


def test_vobject_reads_it_back() -> None:
    cal = vobject.readOne(exported().decode("utf-8"))
    assert cal.x_wr_calname.value == "县政府 · 一周会议安排"
    first = cal.vevent_list[0]
    assert first.summary.value == MEETING.summary
    assert first.location.value == "县政府三楼第一会议室"
    assert first.dtstart.value == MEETING.start
    assert first.dtstart.value.utcoffset().total_seconds() == 8 * 3600
    assert [a.params["CN"][0] for a in first.attendee_list] == ["张三", "李四", "王五, 副县长"]
    assert first.attendee_list[0].params["ROLE"] == ["CHAIR"]
    assert first.sequence.value == "3"
    assert cal.vevent_list[1].status.value == "CANCELLED"


def test_round_trip_through_our_importer() -> None:
    parsed = parse_ics(exported(), "export.ics")
    assert parsed.name == "县政府 · 一周会议安排" and parsed.timezone_hint == "Asia/Shanghai"
    assert parsed.warnings == ()
    first, second, third = parsed.events
    assert (first.uid, first.summary, first.location) == (MEETING.uid, MEETING.summary, MEETING.location)
    assert (first.start, first.end) == (MEETING.start, MEETING.end)
    assert [(name, email, role) for name, email, role, _ in first.attendees] == [
        (n, e, r) for n, e, r in MEETING.attendees
    ]
    assert first.organizer == MEETING.organizer
    assert (second.uid, second.status, second.sequence) == (CANCELLED.uid, "CANCELLED", 5)
    assert (third.start, third.end, third.all_day) == (date(2025, 3, 12), date(2025, 3, 14), True)


def test_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    long = ExportEvent(
        uid="long@huiwu",
        sequence=0,
        summary="会议" * 200,
        start=MEETING.start,
        end=MEETING.end,
        description="a" * 77 + "议程" * 100 + "\n" + "𠀀" * 50,
    )
    data = build_calendar([long, MEETING], calendar_name="测试", dtstamp=STAMP)
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    physical = data.split(b"\r\n")
    assert max(len(line) for line in physical) <= 75
    for line in physical:
        line.decode("utf-8")  # raises if a fold split a character
    assert any(line.startswith(b" ") for line in physical)
    assert parse_ics(data, "long.ics").events[0].summary == "会议" * 200


def test_vtimezone_is_present_compact_and_built_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    meeting_2031 = ExportEvent(
        uid="offline@huiwu",
        sequence=0,
        summary="离线",
        start=datetime(2031, 5, 6, 9, tzinfo=SH),
        end=datetime(2031, 5, 6, 10, tzinfo=SH),
    )
    data = build_calendar([meeting_2031], calendar_name="离线", dtstamp=STAMP)
    cal = icalendar.Calendar.from_ical(data)
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert str(vtimezone["TZID"]) == "Asia/Shanghai"
    assert b"BEGIN:DAYLIGHT" not in data  # China's 1986-91 DST is outside the exported years
    text = data.decode()
    assert text.index("BEGIN:VTIMEZONE") < text.index("BEGIN:VEVENT")
    assert "BEGIN:VEVENT\r\nTZID" not in text and "\r\nTZID:Asia/Shanghai\r\n" in text


def test_tzid_is_only_on_the_times() -> None:
    event_text = exported().decode().split("BEGIN:VEVENT", 1)[1]
    for line in event_text.split("\r\n"):
        if "TZID=" in line:
            assert line.startswith(("DTSTART;", "DTEND;"))


def test_cancel_method_marks_every_event_cancelled() -> None:
    cal = icalendar.Calendar.from_ical(
        build_calendar([MEETING], calendar_name="取消", method="CANCEL", dtstamp=STAMP)
    )
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(cal.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert "METHOD" not in icalendar.Calendar.from_ical(exported(method=None))


def test_attendee_without_email_gets_a_stable_urn() -> None:
    first = exported().decode()
    assert first.count("urn:uuid:") == 1
    urn = first.split("urn:uuid:")[1][:36]
    assert urn in exported().decode()


def test_redact_keeps_time_and_uid_and_hides_details() -> None:
    hidden = redact(MEETING, "涉密会议")
    assert (hidden.uid, hidden.start, hidden.end, hidden.sequence) == (
        MEETING.uid,
        MEETING.start,
        MEETING.end,
        3,
    )
    assert hidden.summary == "涉密会议"
    assert (hidden.location, hidden.description, hidden.attendees) == (None, None, ())
    data = build_calendar([hidden], calendar_name="领导日程", dtstamp=STAMP).decode()
    assert "CLASS:CONFIDENTIAL" in data
    assert "安全生产" not in data and "县政府三楼" not in data and "张三" not in data


def test_naive_datetimes_are_rejected() -> None:
    naive = ExportEvent(
        uid="n", sequence=0, summary="x", start=datetime(2025, 1, 1, 9), end=datetime(2025, 1, 1, 10)
    )
    with pytest.raises(ValueError):
        build_calendar([naive], calendar_name="x", dtstamp=STAMP)
