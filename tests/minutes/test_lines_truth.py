"""Two truths agree: for generated attendance (come, 请假, a named 代会 who comes or not, a 代会 nobody approved,
早退, never coming; 出席 / 列席 / 特邀 roles; attendance open or closed), the 纪要's 出席 / 请假 / 列席 lines are the
sign-in page's record — its outcomes, its Tally's 实到 and 请假, its 排序号 order — on screen and on paper."""

from __future__ import annotations

import datetime as dt
import io
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from huiwu.clock import AdvancingClock
from huiwu.db import Database
from huiwu.models import Participant, ParticipantRole
from huiwu.services import attendance, printing
from huiwu.services import minutes as svc
from tests.attendance.conftest import ALL, Office, seed_office
from tests.attendance.test_truths import PLANS, Plan, _make

LATER = dt.datetime(2035, 1, 1, 9, tzinfo=dt.UTC)
EXAMPLES = int(os.environ.get("HUIWU_EXAMPLES", "12"))
ROLES = st.sampled_from([ParticipantRole.ATTEND, ParticipantRole.ATTEND, ParticipantRole.NONVOTING,
                         ParticipantRole.INVITED])
PREFIX = {"张三": "县财政局", "赵四": "县财政局", "钱五": "县财政局", "孙六": "县教育局", "周七": "县教育局", "吴八": "城关镇",
          "郑九": "城关镇"}


@pytest.fixture
def office(database: Database) -> Office:
    return seed_office(database, [])


def _squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plans=st.lists(st.tuples(PLANS, ROLES), min_size=1, max_size=len(ALL)), close=st.booleans())
def test_the_lines_are_the_attendance_record(database: Database, office: Office, clock: AdvancingClock,
                                             plans: list[tuple[Plan, str]], close: bool) -> None:
    clock.set(LATER)  # every generated meeting (one a day from 2026-11-02, however many ran before) is held
    made = _make(database, office, [p for p, _ in plans], close)
    with database.uow() as uow:  # the roles of the generated seats (a plain column; attendance does not read it)
        for (_, role), name in zip(plans, ALL, strict=False):
            p = uow.session.query(Participant).filter_by(meeting_id=made.meeting_id,
                                                          person_id=office.people[name]).one()
            p.role = role
        uow.commit()
    with database.uow() as uow:
        roster = attendance.load_roster(uow, made.meeting_id)
        view = svc.load_minutes(uow, made.meeting_id)
        pdf = printing.document_pdf(uow, "minutes", made.meeting_id)
    lines = view.attendance
    assert view.held
    members = [r for r in roster.rows if r.role in (ParticipantRole.ATTEND, ParticipantRole.INVITED)]
    nonvoting = [r for r in roster.rows if r.role == ParticipantRole.NONVOTING]

    def shown(r: attendance.RosterRow) -> str:
        prefix = PREFIX.get(r.name, "")
        return f"{prefix}{r.substitute_name}（代{r.name}）" if r.outcome.substitute else f"{prefix}{r.name}"

    # 出席 and 列席: exactly who was there for each seat (本人 or 代会), in the roster's order; together the 实到
    assert lines.present == tuple(shown(r) for r in members if r.outcome.present)
    assert lines.nonvoting == tuple(shown(r) for r in nonvoting if r.outcome.present)
    assert len(lines.present) + len(lines.nonvoting) == roster.counters.present
    # 请假: the members excused by approved leave, and those whose approved 代会 stands (or was to stand) in
    away = [r for r in members if r.outcome.leave or ((r.outcome.substitute or r.outcome.awaiting_substitute)
                                                      and r.leave_request_id is not None)]
    assert lines.leave == tuple(PREFIX.get(r.name, "") + r.name for r in away)
    assert sum(r.outcome.leave for r in members) == roster.counters.leave - sum(r.outcome.leave for r in nonvoting)
    # nobody 缺席 or 未到 is on any line, nobody twice
    named = [*lines.present, *lines.leave, *lines.nonvoting]
    for r in roster.rows:
        if r.outcome.absent or (r.outcome.missing and not r.outcome.awaiting_substitute):
            assert all(r.name not in n for n in named), r.name
    assert len(named) == len(set(named))
    # and the printed 纪要 says the same lines
    text = _squash("".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages))
    for label, names in lines.lines():
        assert _squash(f"{label}：{names}") in text, (label, names)
