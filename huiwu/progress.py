"""Progress of a long operation (a big .ics or roster, a year's statistics, a 1,000-person sheet), no Qt.

A core function that can take long accepts ``progress: Progress | None`` (called with done and total) and,
where stopping is safe, ``cancelled: CancelCheck | None``. :class:`Meter` turns its many small steps into
about a hundred calls of the callback (a callback per row of 100,000 rows would cost more than the work)
and raises :class:`~huiwu.errors.Cancelled` at the checks the operation places before it writes.
"""

from __future__ import annotations

from collections.abc import Callable

from huiwu.errors import Cancelled

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

STEPS = 100  # calls of the callback over a whole operation: one per per cent


class Meter:
    """Report ``done`` of ``total`` at most every 1%, always the end; check for cancel at each report."""

    def __init__(self, progress: Progress | None, cancelled: CancelCheck | None = None, total: int = 1000) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.total = max(total, 1)
        self._step = max(self.total // STEPS, 1)
        self._next = 0  # the next value worth reporting
        self._last = -1

    def report(self, done: int, cancellable: bool = True) -> None:
        """Cheap when nothing is due, so it can be called per item."""
        if done < self._next:
            return
        done = min(done, self.total)
        self._next = done + self._step
        if cancellable:
            self.check()
        if self.progress is not None and done > self._last:
            self._last = done
            self.progress(done, self.total)

    def check(self) -> None:
        """A point where stopping is safe: raise :class:`Cancelled` if the clerk asked to."""
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def finish(self) -> None:
        """The end is always reported (and never cancelled: the work is done)."""
        self._next = 0
        self.report(self.total, cancellable=False)

    def part(self, start: int, end: int, cancellable: bool = True) -> Part:
        """The share ``[start, end]`` of this meter's total, for one phase of the operation."""
        return Part(self, start, end, cancellable)


class Part:
    """One phase of a :class:`Meter`: its own ``done`` of ``total`` mapped onto its share of the whole.

    A part is itself a :data:`Progress`, so a sub-function (``parse_ics`` inside the import) reports into it.
    """

    __slots__ = ("_cancellable", "_end", "_meter", "_start")

    def __init__(self, meter: Meter, start: int, end: int, cancellable: bool) -> None:
        self._meter, self._start, self._end, self._cancellable = meter, start, end, cancellable

    def __call__(self, done: int, total: int) -> None:
        self._meter.report(self._start + (self._end - self._start) * done // max(total, 1), self._cancellable)
