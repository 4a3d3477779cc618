"""Windows time-zone names → IANA names, for calendar files written by Outlook and Exchange.

Outlook writes ``TZID:China Standard Time`` (a Windows registry key) or, in older versions, the zone's
display name (``(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi``).  Neither is an IANA name, so
``zoneinfo`` cannot resolve them; without this table an invitation from a provincial office would be
shifted by the difference between the file's own VTIMEZONE guess and the real rules.

``WINDOWS_TO_IANA`` is the CLDR ``windowsZones.xml`` mapping for territory "001" (the default zone of each
Windows name), copied by hand for the zones an office is likely to meet.  ``DISPLAY_NAME_FRAGMENTS``
recognises legacy display names by distinctive city lists; it is checked in order, so more specific
fragments come first.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo

WINDOWS_TO_IANA: dict[str, str] = {
    # China and its neighbours first: these are the zones Huiwu's users meet every day.
    "China Standard Time": "Asia/Shanghai",
    "Taipei Standard Time": "Asia/Taipei",
    "Tokyo Standard Time": "Asia/Tokyo",
    "Korea Standard Time": "Asia/Seoul",
    "North Korea Standard Time": "Asia/Pyongyang",
    "Singapore Standard Time": "Asia/Singapore",
    "Ulaanbaatar Standard Time": "Asia/Ulaanbaatar",
    "North Asia East Standard Time": "Asia/Irkutsk",
    "North Asia Standard Time": "Asia/Krasnoyarsk",
    "N. Central Asia Standard Time": "Asia/Novosibirsk",
    "Central Asia Standard Time": "Asia/Almaty",
    "Qyzylorda Standard Time": "Asia/Qyzylorda",
    "West Asia Standard Time": "Asia/Tashkent",
    "Ekaterinburg Standard Time": "Asia/Yekaterinburg",
    "Omsk Standard Time": "Asia/Omsk",
    "Yakutsk Standard Time": "Asia/Yakutsk",
    "Vladivostok Standard Time": "Asia/Vladivostok",
    "Magadan Standard Time": "Asia/Magadan",
    "Sakhalin Standard Time": "Asia/Sakhalin",
    "SE Asia Standard Time": "Asia/Bangkok",
    "Myanmar Standard Time": "Asia/Yangon",
    "Bangladesh Standard Time": "Asia/Dhaka",
    "Nepal Standard Time": "Asia/Kathmandu",
    "India Standard Time": "Asia/Calcutta",
    "Sri Lanka Standard Time": "Asia/Colombo",
    "Pakistan Standard Time": "Asia/Karachi",
    "Afghanistan Standard Time": "Asia/Kabul",
    "Iran Standard Time": "Asia/Tehran",
    "Arabian Standard Time": "Asia/Dubai",
    "Arab Standard Time": "Asia/Riyadh",
    "Arabic Standard Time": "Asia/Baghdad",
    "Azerbaijan Standard Time": "Asia/Baku",
    "Georgian Standard Time": "Asia/Tbilisi",
    "Caucasus Standard Time": "Asia/Yerevan",
    "Israel Standard Time": "Asia/Jerusalem",
    "Jordan Standard Time": "Asia/Amman",
    "Middle East Standard Time": "Asia/Beirut",
    "Syria Standard Time": "Asia/Damascus",
    "Turkey Standard Time": "Europe/Istanbul",
    # Oceania
    "W. Australia Standard Time": "Australia/Perth",
    "AUS Central Standard Time": "Australia/Darwin",
    "Cen. Australia Standard Time": "Australia/Adelaide",
    "E. Australia Standard Time": "Australia/Brisbane",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "Tasmania Standard Time": "Australia/Hobart",
    "West Pacific Standard Time": "Pacific/Port_Moresby",
    "Central Pacific Standard Time": "Pacific/Guadalcanal",
    "New Zealand Standard Time": "Pacific/Auckland",
    "Fiji Standard Time": "Pacific/Fiji",
    "Tonga Standard Time": "Pacific/Tongatapu",
    "Samoa Standard Time": "Pacific/Apia",
    "Hawaiian Standard Time": "Pacific/Honolulu",
    # Europe and Africa
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "Central Europe Standard Time": "Europe/Budapest",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "GTB Standard Time": "Europe/Bucharest",
    "FLE Standard Time": "Europe/Kiev",
    "Kaliningrad Standard Time": "Europe/Kaliningrad",
    "Russian Standard Time": "Europe/Moscow",
    "Belarus Standard Time": "Europe/Minsk",
    "Astrakhan Standard Time": "Europe/Astrakhan",
    "Russia Time Zone 3": "Europe/Samara",
    "Russia Time Zone 10": "Asia/Srednekolymsk",
    "Russia Time Zone 11": "Asia/Kamchatka",
    "Egypt Standard Time": "Africa/Cairo",
    "South Africa Standard Time": "Africa/Johannesburg",
    "W. Central Africa Standard Time": "Africa/Lagos",
    "E. Africa Standard Time": "Africa/Nairobi",
    "Morocco Standard Time": "Africa/Casablanca",
    "Libya Standard Time": "Africa/Tripoli",
    "Namibia Standard Time": "Africa/Windhoek",
    "Mauritius Standard Time": "Indian/Mauritius",
    "Azores Standard Time": "Atlantic/Azores",
    "Cape Verde Standard Time": "Atlantic/Cape_Verde",
    "UTC": "Etc/UTC",
    "UTC-02": "Etc/GMT+2",
    "UTC-08": "Etc/GMT+8",
    "UTC-09": "Etc/GMT+9",
    "UTC-11": "Etc/GMT+11",
    "UTC+12": "Etc/GMT-12",
    "UTC+13": "Etc/GMT-13",
    "Dateline Standard Time": "Etc/GMT+12",
    # The Americas
    "Eastern Standard Time": "America/New_York",
    "US Eastern Standard Time": "America/Indianapolis",
    "Central Standard Time": "America/Chicago",
    "Canada Central Standard Time": "America/Regina",
    "Mountain Standard Time": "America/Denver",
    "US Mountain Standard Time": "America/Phoenix",
    "Pacific Standard Time": "America/Los_Angeles",
    "Pacific Standard Time (Mexico)": "America/Tijuana",
    "Alaskan Standard Time": "America/Anchorage",
    "Aleutian Standard Time": "America/Adak",
    "Atlantic Standard Time": "America/Halifax",
    "Newfoundland Standard Time": "America/St_Johns",
    "Central America Standard Time": "America/Guatemala",
    "Central Standard Time (Mexico)": "America/Mexico_City",
    "Mountain Standard Time (Mexico)": "America/Mazatlan",
    "Eastern Standard Time (Mexico)": "America/Cancun",
    "SA Pacific Standard Time": "America/Bogota",
    "SA Western Standard Time": "America/La_Paz",
    "SA Eastern Standard Time": "America/Cayenne",
    "Venezuela Standard Time": "America/Caracas",
    "Pacific SA Standard Time": "America/Santiago",
    "E. South America Standard Time": "America/Sao_Paulo",
    "Argentina Standard Time": "America/Buenos_Aires",
    "Montevideo Standard Time": "America/Montevideo",
    "Paraguay Standard Time": "America/Asuncion",
    "Greenland Standard Time": "America/Godthab",
    "Cuba Standard Time": "America/Havana",
    "Haiti Standard Time": "America/Port-au-Prince",
}

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
