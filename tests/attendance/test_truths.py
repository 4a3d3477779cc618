"""The same facts, everywhere: for random meetings, the screen, the .xlsx, the printed 通报, the sign-in sheet,
the headcount and the statistics say the same thing about every invitee.

Each example is one meeting on its own day, made and attended through the services (sign-in at random
seconds, approved leave with or without a named 代会, a 代会 nobody approved, 早退, never coming). The number
of examples is a CI-sized sample; HUIWU_EXAMPLES=300 runs the full size.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from huiwu.db import Database
from huiwu.models import MeetingStatus
from huiwu.rules.attendance import REPORT_KINDS, sheet_mark
from huiwu.services import attendance, leave, meetings, printing, stats
from tests.attendance.conftest import ALL, Office, at, seed_office

EXAMPLES = int(os.environ.get("HUIWU_EXAMPLES", "25"))
DAYS = itertools.count()

# What each invitee does: come (seconds from the start), ask leave, send a named 代会 who comes (or not),
# send a substitute nobody approved, leave early, or never come.
Plan = tuple[str, int]
PLANS = st.one_of(
    st.tuples(st.just("come"), st.integers(-30 * 60, 40 * 60)),
    st.tuples(st.just("leave"), st.just(0)),
    st.tuples(st.just("named_substitute"), st.integers(-20 * 60, 20 * 60)),
    st.tuples(st.just("named_substitute_absent"), st.just(0)),
    st.tuples(st.just("unapproved_substitute"), st.integers(-10 * 60, 30 * 60)),
    st.tuples(st.just("come_and_leave_early"), st.integers(-10 * 60, 10 * 60)),
    st.tuples(st.just("never"), st.just(0)),
)


@dataclass
class Made:
    meeting_id: int
    day: dt.date


@pytest.fixture
def office(database: Database) -> Office:
    return seed_office(database, [])


def _make(database: Database, office: Office, plans: list[Plan], close: bool) -> Made:
    day = dt.date(2026, 11, 2) + dt.timedelta(days=next(DAYS))
    start = dt.datetime.combine(day, dt.time(9), tzinfo=at(1, 9).tzinfo)
    end = start + dt.timedelta(hours=2)
    names = ALL[: len(plans)]
    with database.uow() as uow:
        saved = meetings.create_meeting(uow, meetings.MeetingInput("随机会议", "topic", start, end),
                                        participants=[meetings.ParticipantInput(office.people[n]) for n in names])
        saved = meetings.set_status(uow, saved.meeting_id, saved.version, MeetingStatus.NOTIFIED)
    mid = saved.meeting_id
    with database.uow() as uow:
        for n, (kind, _) in zip(names, plans, strict=True):
            if kind == "leave":
                leave.create_leave(uow, leave.LeaveInput(office.people[n], "出差", meeting_id=mid), approve=True)
            elif kind.startswith("named_substitute"):
                leave.create_leave(uow, leave.LeaveInput(office.people[n], "出差", meeting_id=mid,
                                                         substitute=leave.Substitute(name=_stand_in(n, "代"))),
                                   approve=True)
    with database.uow() as uow:
        rows = {r.name: r for r in attendance.load_roster(uow, mid).rows}
        for n, (kind, seconds) in zip(names, plans, strict=True):
            when = start + dt.timedelta(seconds=seconds)
            pid = rows[n].participant_id
            if kind in ("come", "come_and_leave_early", "named_substitute"):
                attendance.sign_in(uow, mid, pid, at=when)
                if kind == "come_and_leave_early":
                    attendance.mark_left_early(uow, pid, at=max(when, start) + dt.timedelta(minutes=30))
            elif kind == "unapproved_substitute":
                attendance.sign_in(uow, mid, pid, at=when, substitute=attendance.Substitute(name=_stand_in(n, "临")),
                                   unapproved_reason="临时有事")
    if close:
        with database.uow() as uow:
            meetings.set_status(uow, mid, meetings.meeting_row(uow, mid).version, MeetingStatus.FINISHED, now=end)
    return Made(mid, day)


def _stand_in(invitee: str, prefix: str) -> str:
    """A substitute's name that contains no invitee's name (the PDF check counts names)."""
    return prefix + "甲乙丙丁戊己庚辛壬癸"[ALL.index(invitee)] + "同志"


def _squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plans=st.lists(PLANS, min_size=1, max_size=len(ALL)), close=st.booleans())
def test_report_is_the_same_on_screen_in_xlsx_and_on_paper(
    database: Database, office: Office, tmp_path: Path, plans: list[Plan], close: bool
) -> None:
    made = _make(database, office, plans, close)
    with database.uow() as uow:
        screen = stats.absence_report(uow, made.day, made.day)
        doc = printing.report_doc(uow, made.day, made.day)
        pdf = printing.report_pdf(uow, made.day, made.day)
        book = stats.export_xlsx(uow, made.day, made.day, tmp_path / f"{made.meeting_id}.xlsx")
    shown = [(r.name, r.kind, r.minutes, r.substitute, r.situation) for r in screen.rows]
    # the printed 通报 is built from the same rows
    assert [(r.name, r.kind, r.situation) for r in doc.rows] == [(n, k, s) for n, k, _, _, s in shown]
    # the .xlsx 通报 sheet lists the same lines
    from openpyxl import load_workbook

    sheet = load_workbook(book)["通报"]
    cells = [(row[1].value, row[6].value) for row in sheet.iter_rows(min_row=3)]
    assert cells == [(n, s) for n, _, _, _, s in shown]
    # the PDF's text layer names each person as often, and counts each kind as the screen does
    text = _squash("".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))
    for name in {n for n, *_ in shown}:
        assert text.count(name) == sum(1 for n, *_ in shown if n == name)
    for kind in ("迟到", "缺席"):
        assert f"{kind}{screen.count(kind)}人次" in text
    # minutes are whole minutes completed, at least 1 (09:05:19 is 5)
    for (kind, seconds), name in zip(plans, ALL, strict=False):
        late = [m for n, k, m, *_ in shown if n == name and k == "迟到"]
        if kind in ("come", "named_substitute", "unapproved_substitute") and seconds > 0:
            assert late == [max(1, seconds // 60)]
        elif kind == "come_and_leave_early" and seconds > 0:
            assert late == [max(1, seconds // 60)]
        else:
            assert late == []
    assert all(k in REPORT_KINDS for _, k, *_ in shown)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plans=st.lists(PLANS, min_size=1, max_size=len(ALL)), close=st.booleans())
def test_sheet_headcount_and_statistics_agree_on_every_state(
    database: Database, office: Office, plans: list[Plan], close: bool
) -> None:
    made = _make(database, office, plans, close)
    with database.uow() as uow:
        roster = attendance.load_roster(uow, made.meeting_id)
        meeting = printing.load_meeting(uow, made.meeting_id)
        sheet = printing.signin_rows(uow, meeting)
        pdf = printing.document_pdf(uow, "signin", made.meeting_id)
        by_meeting = stats.statistics(uow, made.day, made.day, "meeting")
    t = roster.counters
    # the headcount's numbers partition the seats
    assert t.expected == t.own + t.substitute + t.leave + t.absent + t.missing
    assert t.present == t.own + t.substitute
    # the statistics count the same outcomes (the meeting took place: someone signed in, or it was closed)
    if roster.meeting.status in (MeetingStatus.IN_PROGRESS, MeetingStatus.FINISHED):
        (row,) = [r for r in by_meeting.rows if r.key == made.meeting_id]
        s = row.tally
        assert (s.expected, s.present, s.own, s.substitute, s.leave, s.late, s.left_early, s.absent) == (
            t.expected, t.present, t.own, t.substitute, t.leave, t.late, t.left_early, t.absent)
    else:
        assert all(r.key != made.meeting_id for r in by_meeting.rows)
    # the sign-in sheet: same people, same order, same marks as the sign-in page
    assert [(r.seq, r.name) for r in sheet] == [(r.seq, r.name) for r in roster.rows]
    assert [r.attendance for r in sheet] == [sheet_mark(r.outcome) for r in roster.rows]
    marks = [r.attendance for r in sheet if r.role_label != "工作人员"]
    assert marks.count("请假") == t.leave and marks.count("缺席") == t.absent
    assert marks.count("代会") == t.substitute + sum(r.outcome.awaiting_substitute for r in roster.rows)
    text = _squash("".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))
    for r in sheet:
        assert r.name in text
        if r.substitute_name:
            assert r.substitute_name in text
    assert len(re.findall("请假", text)) >= t.leave
