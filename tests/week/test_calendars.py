"""ICS export and import services: the corpus, a second parser, round trips and re-imports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
import vobject
from sqlalchemy import func, select

from huiwu.calendar.ics_import import IcsImportError, parse_ics
from huiwu.db import Database
from huiwu.errors import ValidationError
from huiwu.models import ImportedCalendar, ImportedEvent, Meeting, MeetingStatus
from huiwu.services import calendars, week
from tests.conftest import corpus_files, own_ics_files
from tests.week.conftest import OCT, Week41
from tests.week.factory import SH, add_meeting, at


def _unique_keys(data: bytes, name: str) -> int:
    parsed = parse_ics(data, name)
    return len({(e.uid[:500], calendars._rid(e.recurrence_id)) for e in parsed.events})


def _import_each(database: Database, files: list[Path]) -> tuple[int, int]:
    """Every file through the service: all its events stored, or refused with nothing written."""
    imported = refused = 0
    for n, path in enumerate(files):
        name = f"语料{n:02d}"
        data = path.read_bytes()
        try:
            expected = _unique_keys(data, path.name)
        except IcsImportError as exc:
            with database.uow() as uow, pytest.raises(IcsImportError) as caught:
                calendars.import_ics(uow, path, name)
            assert path.name in str(caught.value) and str(caught.value) == str(exc)
            with database.uow() as uow:
                assert uow.session.scalar(select(ImportedCalendar).where(ImportedCalendar.name == name)) is None
            refused += 1
            continue
        with database.uow() as uow:
            result = calendars.import_ics(uow, path, name)
        assert result.total == expected == result.added, path
        with database.uow() as uow:
            count = uow.session.scalar(
                select(func.count()).select_from(ImportedEvent).where(ImportedEvent.calendar_id == result.calendar_id)
            )
        assert count == expected, path
        imported += 1
    return imported, refused


def test_every_own_file_imports_or_is_refused(database: Database) -> None:
    imported, refused = _import_each(database, own_ics_files())
    assert (imported, refused) == (37, 16)  # the two files with undecodable bytes are refused


def test_every_corpus_file_imports_or_is_refused(database: Database, ics_corpus: Path) -> None:
    files = corpus_files()
    assert len(files) >= 40
    imported, refused = _import_each(database, files)
    assert imported >= 30 and refused >= 1


def _export_week41(database: Database, **kw: object) -> bytes:
    with database.uow() as uow:
        return calendars.export_ics(uow, date_from=OCT[5], date_to=OCT[11], **kw)  # type: ignore[arg-type]


def test_export_parsed_back_by_icalendar_and_vobject(database: Database, week41: Week41) -> None:
    w = week41
    with database.uow() as uow:
        m = uow.session.get(Meeting, w.m2)
        assert m is not None
        m.status, m.sequence = MeetingStatus.CANCELLED, 3
        uow.commit()
    data = _export_week41(database)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["X-WR-CALNAME"]) == "××县人民政府办公室 · 2026年第41周会议"
    assert cal.walk("VTIMEZONE")
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 7
    flood = events["防汛调度会"]
    assert flood["DTSTART"].dt == at(OCT[8], 9) and flood["DTSTART"].params["TZID"] == "Asia/Shanghai"
    cns = [str(a.params["CN"]) for a in flood.get("ATTENDEE")]
    assert "张县长" in cns and "吴会计" in cns
    assert "汛情通报" in str(flood["DESCRIPTION"]) and str(flood["LOCATION"]).startswith("第一会议室")
    assert str(flood["ORGANIZER"].params["CN"]) == "县政府办公室"
    cancelled = events["安全生产专题会"]
    assert str(cancelled["STATUS"]) == "CANCELLED" and int(cancelled["SEQUENCE"]) == 3
    # a second, independent parser
    vcal = vobject.readOne(data.decode("utf-8"))
    vevents = {e.summary.value: e for e in vcal.vevent_list}
    assert set(vevents) == set(events)
    v = vevents["防汛调度会"]
    assert v.dtstart.value.astimezone(SH) == at(OCT[8], 9)
    assert {a.params["CN"][0] for a in v.attendee_list} >= {"张县长", "王主任"}
    assert vevents["安全生产专题会"].status.value == "CANCELLED"
    with database.uow() as uow:
        uid = uow.session.get(Meeting, w.m1).uid  # type: ignore[union-attr]
    assert v.uid.value == uid


def test_confidential_meetings_redacted_unless_asked(database: Database, week41: Week41) -> None:
    with database.uow() as uow:
        add_meeting(uow, "涉密专题研究会", at(OCT[9], 9), at(OCT[9], 10), people=[week41.office.people[0]],
                    confidentiality="secret_mimi", agenda=["绝密事项"])
    hidden = _export_week41(database)
    assert "涉密专题研究会".encode() not in hidden and "绝密事项".encode() not in hidden
    assert "SUMMARY:涉密会议".encode() in hidden
    shown = _export_week41(database, include_confidential=True)
    assert "涉密专题研究会".encode() in shown
    person = _export_week41(database, person_id=week41.office.people[0])
    cal = icalendar.Calendar.from_ical(person)
    assert str(cal["X-WR-CALNAME"]) == "张县长 · 会议安排"
    assert len(cal.walk("VEVENT")) == 3  # m1, m6 and the secret one
    venue = icalendar.Calendar.from_ical(_export_week41(database, venue_id=week41.office.venues[0]))
    assert len(venue.walk("VEVENT")) == 2
    cancel = _export_week41(database, method="CANCEL")
    assert b"METHOD:CANCEL" in cancel


def test_round_trip_and_reimport_removes(database: Database, week41: Week41, tmp_path: Path) -> None:
    data = _export_week41(database)
    path = tmp_path / "week41.ics"
    path.write_bytes(data)
    with database.uow() as uow:
        result = calendars.import_ics(uow, path, "回环", color="#336699")
        meetings = {(m.uid, m.title, m.starts_at, m.ends_at) for m in uow.session.scalars(select(Meeting))}
        events = {(e.uid, e.summary, e.starts_at, e.ends_at) for e in uow.session.scalars(select(ImportedEvent))}
    assert result.added == 7 and result.mapped_people > 0
    assert events == meetings
    # re-import the same file: nothing changes; then one event fewer: it is removed
    with database.uow() as uow:
        again = calendars.import_ics(uow, path, "回环")
    assert (again.added, again.updated, again.removed, again.created_calendar) == (0, 0, 0, False)
    cal = icalendar.Calendar.from_ical(data)
    victim = next(e for e in cal.walk("VEVENT") if str(e["SUMMARY"]) == "周日碰头会")
    cal.subcomponents.remove(victim)
    path.write_bytes(cal.to_ical())
    with database.uow() as uow:
        third = calendars.import_ics(uow, path, "回环")
        titles = set(uow.session.scalars(select(ImportedEvent.summary)))
    assert third.removed == 1 and "周日碰头会" not in titles and len(titles) == 6


def test_refused_reimport_keeps_previous_events(database: Database, tmp_path: Path) -> None:
    good = tmp_path / "a.ics"
    good.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20261005T010000Z\r\nDTEND:20261005T020000Z\r\nSUMMARY:甲\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with database.uow() as uow:
        calendars.import_ics(uow, good, "甲日历")
    bad = tmp_path / "b.ics"
    bad.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:2\r\nDTSTART:2026-99\r\n", encoding="utf-8")
    with database.uow() as uow, pytest.raises(IcsImportError, match=r"b\.ics"):
        calendars.import_ics(uow, bad, "甲日历")
    with database.uow() as uow:
        assert list(uow.session.scalars(select(ImportedEvent.summary))) == ["甲"]
        with pytest.raises(ValidationError):
            calendars.import_ics(uow, good, "  ")
        with pytest.raises(ValidationError):
            calendars.import_ics(uow, good, "乙", color="red")
    _ = dt


def test_a_stored_rule_with_no_end_is_left_out_of_the_week_with_a_warning(database: Database, tmp_path: Path) -> None:
    """A database filled by an older version may hold a rule today's importer refuses (INTERVAL=0 hung every
    week view, issue 11): the week shows without it and says so."""
    path = tmp_path / "weekly.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:w1\r\nDTSTAMP:20260101T000000Z\r\n"
        "DTSTART:20261005T010000Z\r\nDTEND:20261005T020000Z\r\nRRULE:FREQ=WEEKLY\r\nSUMMARY:周例会\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    with database.uow() as uow:
        calendars.import_ics(uow, path, "局长日历")
    with database.uow() as uow:
        event = uow.session.scalars(select(ImportedEvent)).one()
        assert "周例会" in [o.title for o in week.week_view(uow, 2026, 41).items]
        event.raw = event.raw.replace("RRULE:FREQ=WEEKLY", "RRULE:FREQ=DAILY;INTERVAL=0")  # as an older version stored it
        uow.commit()
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    assert "周例会" not in [o.title for o in view.items]
    assert any("局长日历：日程“周例会”不能显示" in w and "INTERVAL" in w for w in view.warnings), view.warnings


def _leader_file(path: Path, *events: str) -> Path:
    body = "".join(f"BEGIN:VEVENT\r\nDTSTAMP:20261001T000000Z\r\n{e}END:VEVENT\r\n" for e in events)
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Outlook//ZH\r\n" + body + "END:VCALENDAR\r\n",
                    encoding="utf-8")
    return path


# Outlook's 本次改期: the Friday 9 October 09:00 occurrence of a weekly 周五调度会 moved to 14:30.
MOVED = ("UID:fri-dispatch@test\r\nRECURRENCE-ID;TZID=Asia/Shanghai:20261009T090000\r\n"
         "DTSTART;TZID=Asia/Shanghai:20261009T143000\r\nDTEND;TZID=Asia/Shanghai:20261009T153000\r\n"
         "SEQUENCE:1\r\nSUMMARY:周五调度会（改期）\r\n")
SERIES = ("UID:fri-dispatch@test\r\nDTSTART;TZID=Asia/Shanghai:20260925T090000\r\n"
          "DTEND;TZID=Asia/Shanghai:20260925T100000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nSUMMARY:周五调度会\r\n")


def test_lone_instance_is_shown_on_its_day_and_checked_for_conflicts(
        database: Database, week41: Week41, tmp_path: Path) -> None:
    w = week41
    path = _leader_file(tmp_path / "moved.ics", MOVED)
    with database.uow() as uow:
        result = calendars.import_ics(uow, path, "县长日历", owner_person_id=w.office.people[0])
    assert result.total == 1
    assert any("RECURRENCE-ID" in x and "单独" in x for x in result.warnings), result.warnings
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    imported = [(i.title, i.start) for i in view.items if i.source == "imported"]
    assert imported == [("周五调度会（改期）", at(OCT[9], 14, 30))]
    # 张县长 chairs 项目推进会 (9 October 14:00-15:00): the moved instance clashes with it
    clash = [c for c in view.conflicts if c.kind == "person_double_booked" and c.resource == "张县长"]
    assert len(clash) == 1 and clash[0].meeting_ids == (w.m6,)


def test_series_arriving_later_takes_the_lone_instance_in_place_of_its_occurrence(
        database: Database, week41: Week41, tmp_path: Path) -> None:
    with database.uow() as uow:
        calendars.import_ics(uow, _leader_file(tmp_path / "moved.ics", MOVED), "县长日历")
    full = _leader_file(tmp_path / "full.ics", SERIES, MOVED)  # the re-export: the series and its moved instance
    with database.uow() as uow:
        again = calendars.import_ics(uow, full, "县长日历")
    assert (again.added, again.updated, again.removed, again.total) == (1, 0, 0, 2)
    assert not any("单独" in x for x in again.warnings)
    with database.uow() as uow:
        this_week = [(i.title, i.start) for i in week.week_view(uow, 2026, 41).items if i.source == "imported"]
        next_week = [(i.title, i.start) for i in week.week_view(uow, 2026, 42).items if i.source == "imported"]
    assert this_week == [("周五调度会（改期）", at(OCT[9], 14, 30))]  # not also 09:00
    assert next_week == [("周五调度会", at(dt.date(2026, 10, 16), 9))]
