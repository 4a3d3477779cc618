"""Windows time-zone names → IANA names, for calendar files written by Outlook and Exchange.

Outlook writes ``TZID:China Standard Time`` (a Windows registry key) or, in older versions, the zone's
display name (``(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi``).  Neither is an IANA name, so
``zoneinfo`` cannot resolve them; without this table an invitation from a provincial office would be
shifted by the difference between the file's own VTIMEZONE guess and the real rules.

``WINDOWS_TO_IANA`` is icalendar's copy of the CLDR ``windowsZones.xml`` mapping (``WINDOWS_TO_OLSON``,
the default zone of each Windows name, kept current with icalendar releases) plus ``LEGACY_WINDOWS_NAMES``,
the few names older Outlook versions write that CLDR has dropped.  It replaces a hand copy of 114 entries
that had fallen behind (Kazakhstan's 2024 change: "Central Asia Standard Time" is Asia/Bishkek now).
What icalendar does not do is kept here: case-insensitive lookup, ``DISPLAY_NAME_FRAGMENTS`` for legacy
display names by distinctive city lists (checked in order, so more specific fragments come first), and a
fixed offset read from names like "(UTC+08:00) …" as the last resort.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# Names of older Windows versions that Outlook 2003-2010 and Exchange 2007 still write, dropped from CLDR's
# windowsZones.xml and so missing from icalendar's table (checked against icalendar 7.3).
LEGACY_WINDOWS_NAMES: dict[str, str] = {
    "Armenian Standard Time": "Asia/Yerevan",
    "Kamchatka Standard Time": "Asia/Kamchatka",
    "Mexico Standard Time": "America/Mexico_City",
    "Mexico Standard Time 2": "America/Chihuahua",
    "Mid-Atlantic Standard Time": "Etc/GMT+2",
}

# icalendar's CLDR mapping (139 names in 7.x); ours adds only the legacy names above.
WINDOWS_TO_IANA: dict[str, str] = {**WINDOWS_TO_OLSON, **LEGACY_WINDOWS_NAMES}

DISPLAY_NAME_FRAGMENTS: tuple[tuple[str, str], ...] = (
    ("beijing", "Asia/Shanghai"),
    ("chongqing", "Asia/Shanghai"),
    ("urumqi", "Asia/Shanghai"),
    ("hong kong", "Asia/Hong_Kong"),
    ("taipei", "Asia/Taipei"),
    ("osaka, sapporo, tokyo", "Asia/Tokyo"),
    ("seoul", "Asia/Seoul"),
    ("kuala lumpur, singapore", "Asia/Singapore"),
    ("singapore", "Asia/Singapore"),
    ("ulaanbaatar", "Asia/Ulaanbaatar"),
    ("irkutsk", "Asia/Irkutsk"),
    ("krasnoyarsk", "Asia/Krasnoyarsk"),
    ("bangkok, hanoi, jakarta", "Asia/Bangkok"),
    ("yangon", "Asia/Yangon"),
    ("rangoon", "Asia/Yangon"),
    ("dhaka", "Asia/Dhaka"),
    ("kathmandu", "Asia/Kathmandu"),
    ("chennai, kolkata, mumbai, new delhi", "Asia/Kolkata"),
    ("sri jayawardenepura", "Asia/Colombo"),
    ("islamabad, karachi", "Asia/Karachi"),
    ("tashkent", "Asia/Tashkent"),
    ("ekaterinburg", "Asia/Yekaterinburg"),
    ("yekaterinburg", "Asia/Yekaterinburg"),
    ("kabul", "Asia/Kabul"),
    ("tehran", "Asia/Tehran"),
    ("abu dhabi, muscat", "Asia/Dubai"),
    ("kuwait, riyadh", "Asia/Riyadh"),
    ("baghdad", "Asia/Baghdad"),
    ("jerusalem", "Asia/Jerusalem"),
    ("istanbul", "Europe/Istanbul"),
    ("moscow, st. petersburg", "Europe/Moscow"),
    ("perth", "Australia/Perth"),
    ("canberra, melbourne, sydney", "Australia/Sydney"),
    ("brisbane", "Australia/Brisbane"),
    ("adelaide", "Australia/Adelaide"),
    ("darwin", "Australia/Darwin"),
    ("hobart", "Australia/Hobart"),
    ("auckland, wellington", "Pacific/Auckland"),
    ("guam, port moresby", "Pacific/Port_Moresby"),
    ("fiji", "Pacific/Fiji"),
    ("hawaii", "Pacific/Honolulu"),
    ("amsterdam, berlin", "Europe/Berlin"),
    ("brussels, copenhagen, madrid, paris", "Europe/Paris"),
    ("belgrade, bratislava, budapest", "Europe/Budapest"),
    ("sarajevo, skopje, warsaw, zagreb", "Europe/Warsaw"),
    ("athens, bucharest", "Europe/Bucharest"),
    ("helsinki, kyiv", "Europe/Kiev"),
    ("helsinki, kiev", "Europe/Kiev"),
    ("dublin, edinburgh, lisbon, london", "Europe/London"),
    ("dublin; edinburgh; lisbon; london", "Europe/London"),
    ("monrovia, reykjavik", "Atlantic/Reykjavik"),
    ("cairo", "Africa/Cairo"),
    ("harare, pretoria", "Africa/Johannesburg"),
    ("nairobi", "Africa/Nairobi"),
    ("west central africa", "Africa/Lagos"),
    ("casablanca", "Africa/Casablanca"),
    ("eastern time (us & canada)", "America/New_York"),
    ("central time (us & canada)", "America/Chicago"),
    ("mountain time (us & canada)", "America/Denver"),
    ("pacific time (us & canada)", "America/Los_Angeles"),
    ("indiana (east)", "America/Indianapolis"),
    ("arizona", "America/Phoenix"),
    ("alaska", "America/Anchorage"),
    ("atlantic time (canada)", "America/Halifax"),
    ("newfoundland", "America/St_Johns"),
    ("saskatchewan", "America/Regina"),
    ("guadalajara, mexico city, monterrey", "America/Mexico_City"),
    ("bogota, lima, quito", "America/Bogota"),
    ("caracas", "America/Caracas"),
    ("santiago", "America/Santiago"),
    ("brasilia", "America/Sao_Paulo"),
    ("buenos aires", "America/Buenos_Aires"),
    ("coordinated universal time", "Etc/UTC"),
)

_LOWER_WINDOWS = {name.lower(): iana for name, iana in WINDOWS_TO_IANA.items()}
_OFFSET_IN_NAME = re.compile(
    r"\((?:UTC|GMT)\s*([+-])(\d{1,2}):?(\d{2})\)|^(?:UTC|GMT)\s*([+-])(\d{2}):?(\d{2})"
)


def windows_to_iana(name: str) -> str | None:
    """Case-insensitive, because Exchange and hand-edited files disagree on capitalisation."""
    return _LOWER_WINDOWS.get(name.strip().lower())


def display_name_to_iana(name: str) -> str | None:
    """Legacy Outlook display names differ by version and locale but keep their city lists."""
    lowered = " ".join(name.lower().split())
    for fragment, iana in DISPLAY_NAME_FRAGMENTS:
        if fragment in lowered:
            return iana
    return None


def offset_from_name(name: str) -> tzinfo | None:
    """Last resort for names like "(UTC+08:00) …": a fixed offset is better than the office zone."""
    match = _OFFSET_IN_NAME.search(name.strip())
    if match is None:
        return None
    sign, hours, minutes = (match.group(1), match.group(2), match.group(3))
    if sign is None:
        sign, hours, minutes = (match.group(4), match.group(5), match.group(6))
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=15):
        return None
    return timezone(-delta if sign == "-" else delta)
