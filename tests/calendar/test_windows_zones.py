"""The Windows-zone table is icalendar's (CLDR) plus a small documented supplement (issue 13 item 1)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, available_timezones

import pytest
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from huiwu.calendar import windows_zones
from huiwu.calendar.ics_import import parse_ics


def test_every_name_icalendar_knows_is_resolved_as_icalendar_says() -> None:
    assert len(WINDOWS_TO_OLSON) >= 139
    for name, iana in WINDOWS_TO_OLSON.items():
        assert windows_zones.windows_to_iana(name) == iana
        assert windows_zones.windows_to_iana(name.upper()) == iana  # Exchange's capitalisation varies


def test_the_supplement_holds_only_names_icalendar_lacks_and_real_zones() -> None:
    assert windows_zones.LEGACY_WINDOWS_NAMES
    assert not set(windows_zones.LEGACY_WINDOWS_NAMES) & set(WINDOWS_TO_OLSON)
    zones = available_timezones()
    assert all(iana in zones for iana in windows_zones.WINDOWS_TO_IANA.values())


@pytest.mark.parametrize(("tzid", "iana"), [("China Standard Time", "Asia/Shanghai"),
                                             ("Mexico Standard Time", "America/Mexico_City"),
                                             ("Yukon Standard Time", "America/Whitehorse")])
def test_an_outlook_event_in_a_windows_zone(tzid: str, iana: str) -> None:
    data = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:w\r\n"
            f"DTSTART;TZID={tzid}:20260310T090000\r\nSUMMARY:会\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    parsed = parse_ics(data, "o.ics")
    assert parsed.warnings == ()
    assert parsed.events[0].start.utcoffset() is not None
    local = parsed.events[0].start.astimezone(ZoneInfo(iana))  # type: ignore[union-attr]
    assert (local.hour, local.minute) == (9, 0)
