"""签到 and 考勤: who is 应到, who is 迟到 and by how many minutes, 早到, 早退, 代会, 缺席, 出席率 and the labels.

DOMAIN.md and DESIGN.md §5: "Late = signed after the start time (early arrival, 早来十分钟, is shown too).
代会: a substitute signs in for the invitee and both are recorded. At close, everyone not signed in and not
on approved leave is 缺席." 工作人员 are not 应到. The stored record (``Participant``) says what happened — who
signed in when, who left when, the 请假/代会 marks the leave service keeps — and :func:`outcome` says what
that means; the sign-in page, the sign-in sheet, the headcount, the statistics, the .xlsx and the printed
通报 all read the same :class:`Outcome`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from huiwu.models import Attendance, ParticipantRole

# The kinds of entry in the 通报 (attendance report), in the order a row lists them.
LATE, ABSENT, LEFT_EARLY, UNAPPROVED_SUBSTITUTE = "迟到", "缺席", "早退", "未经批准代会"
REPORT_KINDS = (LATE, ABSENT, LEFT_EARLY, UNAPPROVED_SUBSTITUTE)

STATE_LABELS: dict[str, str] = {  # keyed by Attendance, a StrEnum: its stored codes find it too
    Attendance.PENDING: "未签到",
    Attendance.PRESENT: "已签到",
    Attendance.LEAVE: "请假",
    Attendance.SUBSTITUTE: "代会",
    Attendance.ABSENT: "缺席",
}


# ---------------------------------------------------------------- single facts


def is_expected(role: str) -> bool:
    """应到: every invitee but the 工作人员."""
    return role != ParticipantRole.STAFF


def has_signed(state: str, signed_in_at: dt.datetime | None) -> bool:
    """Someone signed in for this seat: the invitee (已签到) or their substitute (代会)."""
    return signed_in_at is not None and state in (Attendance.PRESENT, Attendance.SUBSTITUTE)


def minutes_late(signed_in_at: dt.datetime | None, starts_at: dt.datetime) -> int | None:
    """Whole minutes completed after the start, at least 1 for anyone late; None when on time.

    Signing in exactly at the start is on time; 09:00:30 for 09:00 is 1 minute, 09:05:19 is 5.
    """
    if signed_in_at is None or signed_in_at <= starts_at:
        return None
    return max(1, int((signed_in_at - starts_at).total_seconds()) // 60)


def arrived_early(signed_in_at: dt.datetime | None, starts_at: dt.datetime, early_minutes: int) -> bool:
    """早到 ("早来十分钟"): signed in at least ``early_minutes`` (a setting) before the start."""
    return signed_in_at is not None and starts_at - signed_in_at >= dt.timedelta(minutes=early_minutes)


def left_early(left_at: dt.datetime | None, ends_at: dt.datetime) -> bool:
    """早退: left before the end (the time is recorded on the sign-in page)."""
    return left_at is not None and left_at < ends_at


def minutes_early_leaving(left_at: dt.datetime | None, ends_at: dt.datetime) -> int | None:
    """How long before the end someone left: whole minutes, at least 1; None when they stayed."""
    if not left_early(left_at, ends_at):
        return None
    assert left_at is not None
    return max(1, int((ends_at - left_at).total_seconds()) // 60)


def absent_at_close(role: str, state: str, signed_in_at: dt.datetime | None, on_leave: bool) -> bool:
    """When attendance is closed: nobody signed in, not on approved leave, not 工作人员 → 缺席.

    A substitute who never came leaves the invitee 请假 (the leave itself was approved).
    """
    if has_signed(state, signed_in_at) or not is_expected(role):
        return False
    if state in (Attendance.LEAVE, Attendance.ABSENT):
        return state == Attendance.ABSENT
    return not on_leave


# ---------------------------------------------------------------- one seat


@dataclass(frozen=True, slots=True)
class Seat:
    """One invitee's record at one meeting, as plain values."""

    role: str
    state: str  # Attendance code
    signed_in_at: dt.datetime | None = None
    left_at: dt.datetime | None = None
    substitute_name: str = ""  # who stands in (代会), if anyone
    substitute_approved: bool = False  # approved leave names that substitute (rules.leave.substitute_allowed)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one seat's record means; every count and label derives from it."""

    expected: bool  # 应到
    own: bool  # the invitee came in person (本人出席)
    substitute: bool  # a substitute came (代会, signed in)
    leave: bool  # 请假: excused, and nobody is expected for the seat
    absent: bool  # 缺席 (recorded when attendance was closed)
    missing: bool  # 未到 so far: nobody has signed in for the seat yet (a named substitute included)
    awaiting_substitute: bool  # the invitee is on leave and the 代会人员 named in it has not signed in yet
    late_minutes: int | None  # whoever signed in for the seat was late
    early: bool  # 早到
    left_early_minutes: int | None  # 早退: left this many minutes before the end
    unapproved_substitute: bool  # 未经批准代会
    label: str  # what the roster and the sign-in sheet say: "迟到 5 分钟", "代会（王五）", "缺席" …

    @property
    def present(self) -> bool:
        """实到: someone was there for the seat (the invitee or a substitute)."""
        return self.own or self.substitute

    @property
    def late(self) -> bool:
        return self.late_minutes is not None

    @property
    def left_early(self) -> bool:
        return self.left_early_minutes is not None

    def report_kinds(self) -> tuple[str, ...]:
        """The 通报 entries this seat earns: 迟到 / 缺席 / 早退 / 未经批准代会 (none when excused or on time)."""
        if not self.expected:
            return ()
        kinds = []
        if self.late:
            kinds.append(LATE)
        if self.absent:
            kinds.append(ABSENT)
        if self.left_early:
            kinds.append(LEFT_EARLY)
        if self.unapproved_substitute:
            kinds.append(UNAPPROVED_SUBSTITUTE)
        return tuple(kinds)


def outcome(seat: Seat, starts_at: dt.datetime, ends_at: dt.datetime, early_minutes: int = 10) -> Outcome:
    signed = has_signed(seat.state, seat.signed_in_at)
    own = signed and seat.state == Attendance.PRESENT
    substitute = signed and seat.state == Attendance.SUBSTITUTE
    late = minutes_late(seat.signed_in_at, starts_at) if signed else None
    gone = minutes_early_leaving(seat.left_at, ends_at) if signed else None
    unapproved = substitute and not seat.substitute_approved
    leave = not signed and seat.state == Attendance.LEAVE
    absent = not signed and seat.state == Attendance.ABSENT
    awaiting = not signed and seat.state == Attendance.SUBSTITUTE
    missing = not signed and not leave and not absent
    who = seat.substitute_name or "代会人员"
    if substitute:
        label = f"代会（{who}）" + ("，未经批准" if unapproved else "")
        if late is not None:
            label += f"，迟到 {late} 分钟"
    elif awaiting:
        label = f"请假，{who}代会（未到）"
    elif late is not None:
        label = f"迟到 {late} 分钟"
    else:
        label = STATE_LABELS.get(seat.state) or STATE_LABELS.get(Attendance(seat.state), seat.state)
    if gone is not None:
        label += "，早退"
    return Outcome(
        expected=is_expected(seat.role), own=own, substitute=substitute, leave=leave, absent=absent,
        missing=missing, awaiting_substitute=awaiting, late_minutes=late, early=signed and arrived_early(seat.signed_in_at, starts_at, early_minutes),
        left_early_minutes=gone, unapproved_substitute=unapproved, label=label,
    )


def report_minutes(o: Outcome, kind: str) -> int | None:
    """The minutes a 通报 entry states: late by, or left before the end by."""
    return o.late_minutes if kind == LATE else o.left_early_minutes if kind == LEFT_EARLY else None


def report_text(kind: str, minutes: int | None, substitute: str | None) -> str:
    """情形 in the 通报: "迟到 5 分钟", "早退 20 分钟" (left 20 minutes before the end), "缺席",
    "未经批准代会（王五）", "迟到 3 分钟（王五代会）" — what, how long, and who stood in."""
    head = f"{kind} {minutes} 分钟" if kind in (LATE, LEFT_EARLY) and minutes else kind
    details: list[str] = []
    if substitute:
        details.append(substitute if kind == UNAPPROVED_SUBSTITUTE else f"{substitute}代会")
    return head + (f"（{'；'.join(details)}）" if details else "")


def sheet_mark(o: Outcome) -> str:
    """The short mark the printed 签到表 carries in its 备注: 请假 / 代会 / 已签到 / 迟到 / 缺席 (or nothing)."""
    if o.substitute or o.awaiting_substitute:
        return "代会"
    if o.leave:
        return "请假"
    if o.absent:
        return "缺席"
    if o.late:
        return "迟到"
    if o.own:
        return "已签到"
    return ""


# ---------------------------------------------------------------- counting


@dataclass(frozen=True)
class Tally:
    """应到 / 实到 / 本人 / 代会 / 请假 / 迟到 / 早退 / 缺席 / 未到 over any set of seats.

    应到 = 本人 + 代会 + 请假 + 缺席 + 未到, always (a test checks it).
    """

    expected: int = 0  # 应到
    present: int = 0  # 实到 (本人 + 代会)
    own: int = 0  # 本人出席
    substitute: int = 0  # 代会 (signed in)
    leave: int = 0  # 请假 (excused, nobody came)
    late: int = 0  # 迟到
    left_early: int = 0  # 早退
    absent: int = 0  # 缺席
    missing: int = 0  # 未到 (not yet signed in)
    unapproved_substitute: int = 0  # 未经批准代会

    def add(self, o: Outcome, sign: int = 1) -> Tally:
        """The tally with ``o`` added (sign=1) or taken away (sign=-1): the sign-in page updates it per row."""
        if not o.expected:
            return self
        return Tally(self.expected + sign, *(mine + sign * theirs
                                             for mine, theirs in zip(_counts(self), _counts(o), strict=True)))

    def swap(self, old: Outcome, new: Outcome) -> Tally:
        return self.add(old, -1).add(new, 1)

    @property
    def own_rate(self) -> float | None:
        """出席率 (本人): a 代会 is not the invitee's own attendance."""
        return self.own / self.expected if self.expected else None

    @property
    def rate(self) -> float | None:
        """到会率（含代会）: someone was there for the seat."""
        return self.present / self.expected if self.expected else None


#: What a tally counts after 应到, as both an :class:`Outcome` (one seat) and a :class:`Tally` (many) name it.
COUNTED = ("present", "own", "substitute", "leave", "late", "left_early", "absent", "missing", "unapproved_substitute")
_counts = attrgetter(*COUNTED)


def tally(outcomes: Iterable[Outcome]) -> Tally:
    """The outcomes' 应到 seats counted: what :meth:`Tally.add` of each in turn gives, a field at a time (a
    year's statistics count 200,000)."""
    expected = [o for o in outcomes if o.expected]
    return Tally(len(expected), *(sum(map(attrgetter(name), expected)) for name in COUNTED))


def rate_text(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def headcount_text(t: Tally) -> str:
    """出(列)席人数 for the chair (DOMAIN.md: reported within 5 minutes after the start)."""
    return (
        f"应到 {t.expected} 人，实到 {t.present} 人（其中代会 {t.substitute} 人），"
        f"请假 {t.leave} 人，缺席 {t.missing + t.absent} 人"
    )
