"""Every real-world file in ../shared/ics-corpus either imports completely or is refused with a sentence.

The expectations below were written by reading each file (counting BEGIN:VEVENT blocks and working out
recurrences by hand), not by running the importer.  The decision for each damaged file is documented in
the comment next to it.

A clone without ../shared skips these (visibly; under CI it fails): the project's own files in tests/ics,
tested in test_ics_own_files.py, cover every repair on their own.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from huiwu.calendar.ics_import import IcsImportError, expand_events, parse_ics


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


ALL_TIME = (utc(1990, 1, 1), utc(2031, 1, 1))

# file: ("ok", VEVENTs imported, components skipped, (window, occurrences) or None)
#     | ("refused", fragments the message must contain)
EXPECTED: dict[str, tuple] = {
    # 75 one-off holidays + 14 yearly COUNT=5 series.
    "apple/apple_icloud_cn_holidays_zh.ics": ("ok", 89, 0, (ALL_TIME, 75 + 14 * 5)),
    "apple/apple_macos_tzoffset_seconds_cyrillic.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # Only a VTODO: nothing to import, the to-do is reported as skipped.
    "caldav/davdroid_vtodo_rrule_due_date.ics": ("ok", 0, 1, None),
    # Thursdays of July 2024 minus EXDATE 4 July.
    "caldav/davx5_exdate_override_trailing_vtimezone.ics": (
        "ok",
        2,
        0,
        ((utc(2024, 7, 1), utc(2024, 8, 1)), 3),
    ),
    "caldav/etar_android_alarm_crlf.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # Tuesdays of September 2020 (8, 15, 22 overridden, 29).
    "caldav/evolution_allday_override_crlf.ics": ("ok", 2, 0, ((utc(2020, 9, 1), utc(2020, 10, 1)), 4)),
    "caldav/groupwise7_invalid.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # DAILY COUNT=5 with the non-standard RRULE;TZID parameter dropped.
    "caldav/lotus_notes6_request.ics": ("ok", 1, 0, (ALL_TIME, 5)),
    # Yearly on 1 July, 2025..2030.
    "caldav/nextcloud_multi_valarm_related_to.ics": ("ok", 1, 0, (ALL_TIME, 6)),
    # COUNT=8 minus one UTC EXDATE.
    "caldav/sabredav_weekly_one_exdate_crlf.ics": ("ok", 1, 0, (ALL_TIME, 7)),
    # X-UNKNOWN skipped; VTIMEZONE without TZID ignored.  Oct-Dec 2012: 2 Oct (moved), 5 Nov RDATE (moved
    # to 6 Nov), 6 Nov, RDATEs 10 and 30 Nov; 4 Dec is an EXDATE.
    "caldav/zimbra_recur_exdates_overrides.ics": ("ok", 3, 1, ((utc(2012, 10, 1), utc(2013, 1, 1)), 5)),
    # Repaired: QUOTED-PRINTABLE decoded.
    "encoding/drupal_quoted_printable.ics": ("ok", 4, 0, (ALL_TIME, 4)),
    "google/floating_with_x_wr_timezone.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    "google/google_alarm_xwr_mismatch_crlf.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # Repaired: RDATE:20131210Z read as a date.  1 + 2 RDATEs for the 2014 series, 3 standalone instances.
    "google/google_birthday_recurrence_id_date.ics": ("ok", 4, 0, (ALL_TIME, 6)),
    # December 2021: the 31 Dec instance was moved to 17 Dec.
    "google/google_moved_monthly_event.ics": ("ok", 2, 0, ((utc(2021, 12, 1), utc(2022, 1, 1)), 1)),
    # Refused: the first VEVENT has DTSTART 20171032 (there is no 32 October).  The VFREEBUSY whose periods
    # run backwards would only have been skipped.  With skip_bad the other 20 import (test_ics_partial).
    "google/google_testkalender_edge_cases.ics": ("refused", ("第 22 行", "20171032")),
    # Refused: UTF-8 whose LOCATION, SUMMARY and DESCRIPTION (lines 21-23) lost bytes to "?"; neither UTF-8
    # nor GB18030 decodes it without loss, and replacement characters are never stored (issue 13).
    "i18n/bloc_jp_broken_utf8.ics": ("refused", ("第 21 行", "UTF-8", "GB18030", "0xE5")),
    "i18n/chinese_holidays_tab_folded_prodid.ics": ("ok", 66, 0, (ALL_TIME, 66)),
    # Repaired: the X-COMMENT after END:VCALENDAR is ignored with a warning.
    "i18n/podio_tab_folds_altrep_trailing_garbage.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # Accepted: a bare VEVENT without VCALENDAR.
    "i18n/umlaut_organizer_cn_vevent_only_crlf.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # An empty but well-formed calendar imports nothing (with a warning), it is not an error.
    "malformed/bom_crlf_empty_calendar.ics": ("ok", 0, 0, None),
    # Repaired: the empty parameter in "DTSTART;;VALUE=DATE-TIME" is dropped; the value itself is fine.
    "malformed/broken_double_semicolon_param.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    "malformed/broken_dtstart_invalid_date.ics": ("refused", ("第 6 行", "INVALID-DATE")),
    # Refused: truncated; names the line where the unfinished VEVENT began.
    "malformed/radicale_missing_end_vevent_and_vcalendar.ics": ("refused", ("第 4 行", "END:VEVENT")),
    # Folds right after every property name are ordinary folds; the VTODO is skipped.
    "mozilla/mozilla10_vtodo_bom_broken_folds.ics": ("ok", 6, 1, (ALL_TIME, 6)),
    # 18-20 Mar (19 moved) and 7-10 Mar (8, 9 moved).
    "mozilla/thunderbird_recurrence_overrides_crlf.ics": ("ok", 5, 0, (ALL_TIME, 7)),
    # "W. Europe Standard Time" → Europe/Berlin.  January 2026: 23 Jan and 30 Jan (moved to 10:30).
    "mozilla/thunderbird_windows_tz_broken_vtimezone.ics": (
        "ok",
        2,
        0,
        ((utc(2026, 1, 1), utc(2026, 2, 1)), 2),
    ),
    # Empty TZID resolved through the VTIMEZONE with the empty TZID (UTC+0).
    "outlook/exchange2010_blank_tzid.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # 12 + 12 fortnightly bin days; the 3 moved instances replace their originals.
    "outlook/exchange2010_gmt_recurrence_overrides_crlf.ics": ("ok", 5, 0, (ALL_TIME, 24)),
    # Refused: the second VEVENT (line 69) has only a UID - no DTSTART.  The raw newlines in the first
    # event's DESCRIPTION alone would have been repaired; with skip_bad its Zoom meeting imports.
    "outlook/exchange2010_request_raw_newlines.ics": ("refused", ("第 69 行", "DTSTART")),
    # Repaired: "BYDAY=MO, TU, …" spaces; missing UID generated.  3 Jul, 6-10, 13-17, 20-22 Jul 2015.
    "outlook/exchange_cdo_gmt_offset_tzname.ics": ("ok", 1, 0, (ALL_TIME, 14)),
    "outlook/exchange_cdo_pacific_escaped_tzid.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # Only a VFREEBUSY (with 7-digit dates): skipped unread, nothing to import.
    "outlook/outlook11_freebusy_bad_dates.ics": ("ok", 0, 1, None),
    # Sydney weekdays: Tue 10 - Mon 16 March 2009 local = 5 standups before 16 Mar 00:00 UTC.
    "outlook/outlook11_standup_quoted_tzid_sydney.ics": (
        "ok",
        1,
        0,
        ((utc(2009, 3, 9), utc(2009, 3, 16)), 5),
    ),
    "outlook/outlook12_cyrillic_8bit_tzid.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    "outlook/outlook12_w_australia_xprops.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    "outlook/outlook2007_tab_folds_allday.ics": ("ok", 1, 0, (ALL_TIME, 1)),
    # Two weekly series: Fri 25 and Sat 26 December 2009.
    "outlook/windows_calendar_japanese_tzname.ics": ("ok", 2, 0, ((utc(2009, 12, 1), utc(2010, 1, 1)), 2)),
    # 7 daily + 1 weekly (UNTIL) + 2 weekly (COUNT).
    "outlook/windows_calendar_utf16le_bom_crlf.ics": ("ok", 3, 0, (ALL_TIME, 10)),
}

def test_every_corpus_file_has_an_expectation(ics_corpus: Path) -> None:
    names = sorted(str(p.relative_to(ics_corpus)) for p in ics_corpus.glob("*/*.ics"))
    assert set(names) == set(EXPECTED)
    assert len(EXPECTED) == 40


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name: str, ics_corpus: Path) -> None:
    data = (ics_corpus / name).read_bytes()
    expected = EXPECTED[name]
    if expected[0] == "refused":
        with pytest.raises(IcsImportError) as info:
            parse_ics(data, Path(name).name)
        message = str(info.value)
        assert Path(name).name in message
        for fragment in expected[1]:
            assert fragment in message
        assert info.value.line is not None
        return
    _, events, skipped, occurrences = expected
    calendar = parse_ics(data, Path(name).name)
    assert len(calendar.events) == events
    assert len(calendar.skipped) == skipped
    if occurrences is not None:
        (start, end), count = occurrences
        result = expand_events(calendar.events, start, end, "Asia/Shanghai")
        assert result.warnings == ()
        assert len(result.occurrences) == count
