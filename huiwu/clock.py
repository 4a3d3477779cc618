"""The one clock of the core: every "now" and every "today" of huiwu/ comes from a :class:`Clock`.

Whether a checklist item is 逾期, which week 周安排 opens on, what date a notice is signed — all of these
depend on the time, and a rule that reads the wall clock itself gives a different answer tomorrow than in
today's test. So the core never asks the system: the caller passes a clock (``Database(url, clock=...)``,
which hands it to every unit of work as ``uow.clock``). The GUI and the CLI pass :data:`SYSTEM_CLOCK`;
tests pass a :class:`FixedClock` or an :class:`AdvancingClock` pinned to a date of their choosing.

This is the only module under huiwu/ that reads the wall clock (a test checks it).
"""

from __future__ import annotations

import datetime as dt
import time

__all__ = ["SYSTEM_CLOCK", "AdvancingClock", "Clock", "FixedClock", "SystemClock"]


class Clock:
    """What time it is. Subclasses say where it comes from; everything else derives from :meth:`now`."""

    def now(self) -> dt.datetime:
        """The current instant, timezone-aware, in UTC."""
        raise NotImplementedError

    def local(self, tz: dt.tzinfo) -> dt.datetime:
        """The current wall-clock time in ``tz`` (the office's zone)."""
        return self.now().astimezone(tz)

    def today(self, tz: dt.tzinfo) -> dt.date:
        """Today's date in ``tz``: 12月1日 00:30 in Beijing is still 11月30日 in UTC."""
        return self.local(tz).date()


class SystemClock(Clock):
    """The operating system's clock, for the GUI and the CLI."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


def _aware(at: dt.datetime) -> dt.datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(f"a clock needs a timezone-aware time, not {at!r}")
    return at.astimezone(dt.UTC)


class FixedClock(Clock):
    """Stands still at one instant until told otherwise (:meth:`set`, :meth:`advance`)."""

    def __init__(self, at: dt.datetime) -> None:
        self._at = _aware(at)

    def now(self) -> dt.datetime:
        return self._at

    def set(self, at: dt.datetime) -> None:
        self._at = _aware(at)

    def advance(self, delta: dt.timedelta) -> None:
        self._at += delta

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"


class AdvancingClock(Clock):
    """Starts at a pinned instant and runs forward at the real pace (the process's monotonic clock).

    For tests that need time to pass (an edit after a sync is "later" than the sync) without depending on
    the date the test runs on.
    """

    def __init__(self, start: dt.datetime) -> None:
        self._start = _aware(start)
        self._origin = time.monotonic()

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=time.monotonic() - self._origin)

    def set(self, at: dt.datetime) -> None:
        self._start, self._origin = _aware(at), time.monotonic()

    def advance(self, delta: dt.timedelta) -> None:
        self._start += delta

    def __repr__(self) -> str:
        return f"AdvancingClock(from {self._start.isoformat()})"


SYSTEM_CLOCK: Clock = SystemClock()
