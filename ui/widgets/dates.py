"""Between Python's dates and Qt's: one place, so every date edit shows the office's wall clock.

Qt date-time edits carry no zone here; they show and return the wall-clock fields of the office's time zone
(``AppContext.local_now()`` in, ``from_qdt(edit.dateTime(), tz)`` out), whatever zone the PC is set to.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime


def qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> dt.date:
    return dt.date(d.year(), d.month(), d.day())


def to_qdt(t: dt.datetime) -> QDateTime:
    """The wall-clock fields of ``t`` (already in the zone to show), to the minute."""
    return QDateTime(t.year, t.month, t.day, t.hour, t.minute, 0)


def from_qdt(q: QDateTime, tz: dt.tzinfo) -> dt.datetime:
    """The edit's wall-clock fields read as a time in ``tz``."""
    d, t = q.date(), q.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)
