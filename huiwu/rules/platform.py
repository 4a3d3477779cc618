"""Who sits on the 主席台: a chosen set, or by default the leaders in 排序号 up to the platform's seats.

A 主席台 seats the body's leaders (县领导), not every 局长 invited: by default the 主持人 first, then the
participants of the leadership units in 排序号, then — only when no leadership unit is invited, as at a
department's own meeting — the heads of the units present, all up to the room's 主席台 size. A clerk who picks
the set (Participant.platform) overrides the default: exactly the chosen, in 排序号, the chair first.
Everyone else sits 台下 by unit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from huiwu.rules.attendance import Outcome

DEFAULT_PLATFORM_SEATS = 9  # a county's usual 主席台 when the room does not say


@dataclass(frozen=True)
class Candidate:
    """One participant, in 排序号 order, as the 主席台 rule sees them."""

    key: int
    coming: bool  # not on leave, not absent, not sending a substitute
    leadership_unit: bool  # belongs to a 县领导 unit (UnitKind.LEADERSHIP)
    leader: bool  # the head of a unit (Person.is_leader)
    is_chair: bool = False
    chosen: bool | None = None  # the clerk's choice; None: not decided


def in_person(o: Outcome) -> bool:
    """Whether the invitee will be there themself (the 主席台 seats people, not their substitutes)."""
    return not (o.leave or o.absent or o.substitute or o.awaiting_substitute)


def needs_a_seat(o: Outcome) -> bool:
    """Whether someone sits for the invitation 台下: the invitee, or the 代会 substitute named for them."""
    return not (o.leave or o.absent)


def platform(candidates: Sequence[Candidate], seats: int = DEFAULT_PLATFORM_SEATS) -> list[int]:
    """Keys of the 主席台 members in seating order (No. 1 first)."""
    if any(c.chosen is not None for c in candidates):
        picked = [c for c in candidates if c.chosen and c.coming]
        return [c.key for c in sorted(picked, key=lambda c: not c.is_chair)]
    seats = seats if seats > 0 else DEFAULT_PLATFORM_SEATS
    coming = [c for c in candidates if c.coming]
    pool = [c for c in coming if c.leadership_unit] or [c for c in coming if c.leader]
    chairs = [c for c in coming if c.is_chair]
    ordered = chairs + [c for c in pool if not c.is_chair]
    return [c.key for c in ordered[:seats]]
