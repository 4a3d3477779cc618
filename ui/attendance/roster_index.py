"""The sign-in page's in-memory roster: lookups by 序号, name and pinyin, and optimistic rows.

Everything here runs on the GUI thread and is O(1) or O(candidates) per keystroke, so a sign-in with
1,000 invitees costs a small fraction of a frame (bench/signin.py). The database write goes to the worker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from huiwu.models import Attendance
from huiwu.pinyin import match_rank, normalise_query
from huiwu.rules.attendance import Tally
from huiwu.services.attendance import RosterRow, counters_of


class RosterIndex:
    def __init__(self, rows: list[RosterRow] | tuple[RosterRow, ...] = ()) -> None:
        self.reset(rows)

    def reset(self, rows: list[RosterRow] | tuple[RosterRow, ...]) -> None:
        self.rows: list[RosterRow] = list(rows)
        self.position: dict[int, int] = {}  # participant id -> row position
        self.by_seq: dict[int, int] = {}
        self.by_key: dict[str, list[int]] = {}  # name, initials and full pinyin -> positions
        for pos, row in enumerate(self.rows):
            self.position[row.participant_id] = pos
            self.by_seq[row.seq] = pos
            for key in {row.name, row.pinyin_initials, row.pinyin_full}:
                if key:
                    self.by_key.setdefault(key, []).append(pos)
        self.counters: Tally = counters_of(self.rows)

    def lookup(self, text: str) -> list[int]:
        """Positions matching what the clerk typed: a 序号, an exact name/initials/pinyin, else a prefix.

        People who still have to sign in come first; when some match, the others are dropped.
        """
        query = normalise_query(text)
        if not query:
            return []
        if query.isdigit():
            pos = self.by_seq.get(int(query))
            return [] if pos is None else [pos]
        found = list(self.by_key.get(query, ()))
        if not found:
            ranked = []
            for pos, row in enumerate(self.rows):
                rank = match_rank(query, row.name, row.pinyin_initials, row.pinyin_full)
                if rank is not None:
                    ranked.append((rank, pos))
            found = [pos for _, pos in sorted(ranked)]
        waiting = [pos for pos in found if not self.rows[pos].signed]
        return waiting or found

    def update(self, row: RosterRow) -> int:
        """Put a row (from the worker, or optimistic) in place; counters follow. Returns its position."""
        pos = self.position[row.participant_id]
        old = self.rows[pos]
        row = replace(row, seq=old.seq)
        self.rows[pos] = row
        self.counters = self.counters.swap(old.outcome, row.outcome)
        return pos


def optimistic_sign_in(row: RosterRow, now: dt.datetime, clear_leave: bool = False,
                       substitute: tuple[str, str] | None = None) -> RosterRow:
    """The row as the service will return it, shown at once while the write runs on the worker.

    Only the record changes here; what it means (迟到, 代会 …) follows from the office's rules, as in the service.
    """
    if substitute is not None:
        state = Attendance.SUBSTITUTE
        name, title = substitute
        approved = row.substitute_approved and name == row.substitute_name  # the leave names this one
    elif row.state == Attendance.SUBSTITUTE and not clear_leave:
        state, name, title, approved = Attendance.SUBSTITUTE, row.substitute_name, row.substitute_title, \
            row.substitute_approved
    else:
        state, name, title, approved = Attendance.PRESENT, "", "", False
    return replace(row, state=state, signed_in_at=now, left_at=None, substitute_name=name, substitute_title=title,
                   substitute_approved=approved)
