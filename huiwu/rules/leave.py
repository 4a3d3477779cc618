"""请假: whether approved leave covers a meeting, and what a 代会 needs.

DOMAIN.md: "Without approval nobody may be absent or send a substitute." A request keeps its person away
once it is 已批准; after 销假 (已销假) only up to the time they came back. A request for one meeting covers
that meeting only; a request for a period (请销假) covers every meeting that overlaps the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from huiwu.models import LeaveState

# States whose request keeps the person away (已销假 only up to the return).
COVERING_STATES = frozenset({LeaveState.APPROVED, LeaveState.RETURNED})


@dataclass(frozen=True)
class LeaveFact:
    """A leave request as the rules see it."""

    id: int
    person_id: int
    state: str
    meeting_id: int | None = None  # a request for one meeting
    starts_at: dt.datetime | None = None  # or for a period
    ends_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None  # 销假
    substitute_person_id: int | None = None  # 代会人员 named in the request
    substitute_name: str = ""

    @property
    def names_a_substitute(self) -> bool:
        return self.substitute_person_id is not None or bool(self.substitute_name.strip())


def absence(leave: LeaveFact, meeting_span: tuple[dt.datetime, dt.datetime] | None = None
            ) -> tuple[dt.datetime, dt.datetime] | None:
    """When the request keeps the person away: its period (cut at the 销假 time), or its meeting's time.

    ``meeting_span`` is the start and end of the request's own meeting (for a request for one meeting).
    None when the request keeps nobody away (not approved, returned before it began, no times).
    """
    if leave.state not in COVERING_STATES:
        return None
    if leave.meeting_id is not None:
        if meeting_span is None:
            return None
        start, end = meeting_span
        if leave.returned_at is not None and leave.returned_at <= start:
            return None
        return start, end
    if leave.starts_at is None or leave.ends_at is None:
        return None
    end = leave.ends_at if leave.returned_at is None else min(leave.ends_at, leave.returned_at)
    if end <= leave.starts_at:
        return None
    return leave.starts_at, end


def covers(leave: LeaveFact, meeting_id: int, starts_at: dt.datetime, ends_at: dt.datetime) -> bool:
    """Approved leave of this request excuses its person from this meeting."""
    if leave.meeting_id is not None:
        if leave.meeting_id != meeting_id:
            return False
        return absence(leave, (starts_at, ends_at)) is not None
    span = absence(leave)
    return span is not None and span[0] < ends_at and span[1] > starts_at


def covering_leave(
    leaves: Iterable[LeaveFact], meeting_id: int, starts_at: dt.datetime, ends_at: dt.datetime
) -> LeaveFact | None:
    """The request that excuses a person from a meeting: one for the meeting itself first, else the earliest."""
    found = [lv for lv in leaves if covers(lv, meeting_id, starts_at, ends_at)]
    if not found:
        return None

    def key(lv: LeaveFact) -> tuple[bool, dt.datetime, int]:
        start = lv.starts_at or starts_at
        return (lv.meeting_id != meeting_id, start, lv.id)

    return min(found, key=key)


def substitute_allowed(leave: LeaveFact | None, person_id: int | None, name: str) -> bool:
    """A 代会 is in order when approved leave covering the meeting names that substitute.

    Matched by the directory person when both sides name one, else by name. Anyone else standing in is a
    未经批准代会: the clerk may still record it (an explicit override, kept in the record and the 通报).
    """
    if leave is None or leave.state not in COVERING_STATES or not leave.names_a_substitute:
        return False
    if person_id is not None and leave.substitute_person_id is not None:
        return person_id == leave.substitute_person_id
    return bool(name.strip()) and name.strip() == leave.substitute_name.strip()
