"""会议纪要: its 出席 / 请假 / 列席 lines, its number, its default title, a decision's reference.

DOMAIN.md: "纪要: "×××纪要" title; 出席 / 请假 / 列席 lines" and "纪要 are numbered per kind per year". Issue 14:
the lines are never stored — they are read from the attendance record (:class:`huiwu.rules.attendance.Outcome`,
the sign-in page's, the 签到表's and the 通报's) each time, names in 排序号 order; 请假 names only those on
approved leave ("请假：无" when nobody is); an invitee on leave who sent a 代会 stands on the 请假 line and the
substitute on the 出席 line as "某某（代某某）". 列席 is the role 列席 (ParticipantRole.NONVOTING); 工作人员 are
on no line.

Before the meeting is held (a draft written ahead), nobody has signed in yet: the lines show who is expected —
the invitees not on leave (with the 代会 named in approved leave) — so the draft reads sensibly and changes into
the record once the meeting runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from huiwu.models import (
    ATTENDANCE_LABELS,
    MEETING_KIND_LABELS,
    PARTICIPANT_ROLE_LABELS,
    Attendance,
    MeetingKind,
    ParticipantRole,
)
from huiwu.rules.attendance import Outcome

#: The lines' labels, from the one table of each (the roles' and the sign-in marks').
PRESENT_LABEL = PARTICIPANT_ROLE_LABELS[ParticipantRole.ATTEND]  # 出席
LEAVE_LABEL = ATTENDANCE_LABELS[Attendance.LEAVE]  # 请假
NONVOTING_LABEL = PARTICIPANT_ROLE_LABELS[ParticipantRole.NONVOTING]  # 列席
NOBODY = "无"
_NUMERALS = "〇一二三四五六七八九"
#: Kinds whose sessions are counted ("县政府第49次常务会议"): their 纪要 title carries the number.
COUNTED_KINDS = frozenset({MeetingKind.STANDING, MeetingKind.PLENARY})


@dataclass(frozen=True)
class MinutesSeat:
    """One invitee as the 纪要 sees them, in plain values (a roster row and its outcome)."""

    name: str
    role: str
    outcome: Outcome
    unit_prefix: str = ""  # "财政局" before the name of a unit's person; "" for a 县领导
    substitute_name: str = ""  # who stood (or stands) in, 代会
    approved_leave: bool = False  # approved leave covers the seat (the leave record marks it)
    chair: bool = False  # 主持: named on the 主持 line, not again on 出席

    @property
    def label(self) -> str:
        return f"{self.unit_prefix}{self.name}"

    @property
    def stand_in(self) -> str:
        """"某某（代某某）": the substitute, and whom they stand in for."""
        return f"{self.unit_prefix}{self.substitute_name}（代{self.name}）"


@dataclass(frozen=True)
class AttendanceLines:
    """The three lines, each a tuple of names in 排序号 order."""

    present: tuple[str, ...] = ()
    leave: tuple[str, ...] = ()
    nonvoting: tuple[str, ...] = ()

    def lines(self) -> list[tuple[str, str]]:
        """(label, names) as printed: 出席 and 请假 always (请假：无), 列席 only when someone is."""
        out = [(PRESENT_LABEL, "、".join(self.present) or NOBODY), (LEAVE_LABEL, "、".join(self.leave) or NOBODY)]
        if self.nonvoting:
            out.append((NONVOTING_LABEL, "、".join(self.nonvoting)))
        return out

    def text(self) -> str:
        return "\n".join(f"{label}：{names}" for label, names in self.lines())


def is_member(role: str) -> bool:
    """Who the 出席 and 请假 lines are about: the invitees to 出席 and 特邀, not 列席 or 工作人员."""
    return role in (ParticipantRole.ATTEND, ParticipantRole.INVITED)


def on_leave(seat: MinutesSeat) -> bool:
    """请假 on the 纪要: excused by approved leave (the record's 请假), or away with a 代会 under approved leave."""
    o = seat.outcome
    return o.leave or ((o.substitute or o.awaiting_substitute) and seat.approved_leave)


def _attended(seat: MinutesSeat, held: bool) -> str | None:
    """How the seat stands on 出席 / 列席, or None: in person by name, a substitute as "某某（代某某）"."""
    o = seat.outcome
    if held:
        if o.own:
            return seat.label
        if o.substitute:
            return seat.stand_in
        return None
    if o.leave or o.absent:
        return None
    if o.awaiting_substitute or o.substitute:
        return seat.stand_in if seat.substitute_name else None
    return seat.label


def attendance_lines(seats: Iterable[MinutesSeat], held: bool) -> AttendanceLines:
    """出席 / 请假 / 列席 from the record, in the order given (the roster's 排序号 order).

    ``held``: the meeting has started (or finished): 出席 and 列席 are who was there (本人 or 代会, signed in);
    before, they are who is expected (invitees not on leave).
    """
    present: list[str] = []
    leave: list[str] = []
    nonvoting: list[str] = []
    for seat in seats:
        if not seat.outcome.expected:
            continue  # 工作人员
        member = seat.role != ParticipantRole.NONVOTING
        if member and on_leave(seat):
            leave.append(seat.label)
        shown = _attended(seat, held)
        if shown is None or (seat.chair and shown == seat.label):
            continue
        (present if member else nonvoting).append(shown)
    return AttendanceLines(tuple(present), tuple(leave), tuple(nonvoting))


# ---------------------------------------------------------------- number, title, references


def number_text(year: int | None, number: int | None) -> str:
    """"〔2026〕49号" (DOMAIN.md: numbered per kind per year); "" before the 纪要 is numbered."""
    if number is None:
        return ""
    return f"〔{year}〕{number}号" if year else f"{number}号"


def next_number(taken: Iterable[int | None]) -> int:
    """The next number of a kind in a year: one past the highest taken (a gap the clerk left stays a gap)."""
    return max((n for n in taken if n is not None), default=0) + 1


def office_short_name(office_name: str) -> str:
    """How a 纪要 title names the office's government: "清河县人民政府办公室" → "县政府", "中共清河县委办公室" →
    "县委"; another name loses its "办公室"."""
    name = office_name.strip()
    government = re.search(r"([省市县区旗州盟])人民政府(办公室|办公厅)?$", name)
    if government:
        return f"{government.group(1)}政府"
    party = re.search(r"([省市县区旗州盟])委(办公室|办公厅)?$", name)
    if party:
        return f"{party.group(1)}委"
    return re.sub(r"(办公室|办公厅)$", "", name) or name


def default_title(office_name: str, kind: str, number: int | None, meeting_title: str) -> str:
    """"县政府第49次常务会议纪要" for a counted kind (常务会议, 全体会议): the session's count as the meeting's name
    gives it ("县政府第47次常务会议"), else the 纪要's number; any other meeting's 纪要 is named after the meeting
    ("全县安全生产工作调度会纪要")."""
    if kind in COUNTED_KINDS:
        label = MEETING_KIND_LABELS[MeetingKind(kind)]
        session = re.search(r"第([0-9]+|[一二三四五六七八九十百〇零]+)次", meeting_title)
        count = session.group(0) if session else f"第{number}次" if number is not None else ""
        return f"{office_short_name(office_name)}{count}{label}纪要"
    title = meeting_title.strip()
    if not title:
        return "会议纪要"
    return f"{title}纪要" if title.endswith(("会", "会议")) else f"{title}会议纪要"


def cn_numeral(k: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (section and decision numbers)."""
    if k < 10:
        return _NUMERALS[k]
    if k < 20:
        return "十" + (_NUMERALS[k - 10] if k > 10 else "")
    return _NUMERALS[k // 10] + "十" + (_NUMERALS[k % 10] if k % 10 else "")


def section_mark(position: int) -> str:
    """The heading number of the ``position``-th section (1-based): "一、"."""
    return f"{cn_numeral(position)}、"


def decision_mark(position: int) -> str:
    """The number of the ``position``-th decision of a section (1-based): "（一）"."""
    return f"（{cn_numeral(position)}）"


_NUMBERED_HEADING = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])")


def numbered_heading(position: int, heading: str) -> str:
    """The heading as printed: "一、" before it unless the clerk numbered it already."""
    text = heading.strip()
    return text if _NUMBERED_HEADING.match(text) else section_mark(position) + text


def decision_ref(number: str, section: int, decision: int) -> str:
    """Where a 督办 item comes from: "纪要〔2026〕49号 二、（一）" (the 纪要 paragraph that decided it)."""
    return f"纪要{number} {section_mark(section)}{decision_mark(decision)}"
