"""SQL statements per use case do not grow with the meeting (issue 18, item 3).

On an office's PostgreSQL over a LAN every statement is a round trip, so a use case that lazy-loads one row per
participant takes seconds for a 1,000-person plenary. Each use case the meeting editor and the printers run is
counted on a 16- and on a 1,000-participant meeting built the same way (units, a 主席台 in a venue with its
seats, 议题 with 列席单位, approved leave with and without a 代会 person, 工作人员, 列席, a chosen 主席台,
a 明白纸 and 议定事项): the counts must be equal, and opening the meeting in the editor stays within
:data:`EDITOR_LIMIT`. The same builder and use cases feed ``bench/statements.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from huiwu import db as dbmod
from huiwu.models import (
    ActionFeedback,
    ActionItem,
    AgendaAttendingUnit,
    AgendaItem,
    Attendance,
    ChecklistItem,
    ChecklistPhase,
    Confidentiality,
    Handout,
    HandoutMilestone,
    LeaveRequest,
    LeaveState,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    ParticipantRole,
    Person,
    Unit,
    UnitKind,
    Venue,
)

SIZES = (16, 1000)
# Statements to open a meeting in the editor (issue 18's goal), its clashes with the rest of its week included
# (services.week.clashes_of: the other meetings of the week with their rooms, chairs and people, imported
# calendars, leave, holidays).
EDITOR_LIMIT = 10
KINDS = ("notice", "agenda", "signin", "handout", "seating", "cards", "actions", "result", "minutes",
         "register")  # services.printing.KINDS


def build_meeting(db: dbmod.Database, size: int, title: str = "") -> int:
    """A meeting of ``size`` participants with everything the loaders touch, in one unit of work (bulk inserts)."""
    start = dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.UTC)  # Wednesday 09:00 in Beijing, in the pinned week
    with db.uow() as uow:
        s = uow.session
        n_units = max(3, size // 20)
        tag = title or f"{size}人"
        units = [Unit(name=f"{tag}单位{i}", short_name=f"单{i}" if i % 2 else "", sort_order=i + 1,
                      kind=UnitKind.LEADERSHIP if i == 0 else UnitKind.DEPARTMENT) for i in range(n_units)]
        people = [Person(name=f"人员{i}", unit=units[i % n_units], title="局长" if i % 5 == 0 else "科员",
                         sort_order=i % 30, phone=f"1380000{i:04d}", is_leader=i % 5 == 0)
                  for i in range(size)]
        substitutes = [Person(name=f"代会{i}", unit=units[i % n_units], title="副局长") for i in range(size // 8 + 1)]
        venue = Venue(name=f"{tag}会议室", location="县政府三楼", capacity=size + 10, platform_seats=7)
        s.add_all([*units, *people, *substitutes, venue])
        meeting = Meeting(title=f"{tag}全体会议", kind=MeetingKind.STANDING, starts_at=start,
                          ends_at=start + dt.timedelta(hours=3), status=MeetingStatus.NOTIFIED, venue=venue,
                          chair=people[0], host_unit=units[0], undertaker_unit=units[1 % n_units],
                          confidentiality=Confidentiality.INTERNAL, contact_name="李明", contact_phone="0311-1234567")
        meeting.agenda_items = [
            AgendaItem(position=k, title=f"议题{k + 1}", presenter_unit=units[k % n_units], presenter_name=f"汇报人{k}",
                       minutes=30, attending_units=[AgendaAttendingUnit(unit=units[(k + j) % n_units])
                                                    for j in (1, 2)])
            for k in range(4)
        ]
        meeting.checklist_items = [ChecklistItem(position=k, phase=ChecklistPhase.BEFORE, title=f"事项{k}",
                                                 done=k % 2 == 0) for k in range(3)]
        roles = (ParticipantRole.ATTEND, ParticipantRole.ATTEND, ParticipantRole.NONVOTING, ParticipantRole.STAFF,
                 ParticipantRole.ATTEND, ParticipantRole.INVITED)
        participants = [Participant(person=p, role=roles[i % len(roles)], platform=True if i in (1, 2) else None)
                        for i, p in enumerate(people)]
        meeting.participants = participants
        s.add(meeting)
        s.flush()
        on_leave = participants[3::8]  # approved leave; every other one sends a 代会 person
        leaves = [LeaveRequest(person=p.person, meeting=meeting, reason="出差", state=LeaveState.APPROVED,
                               substitute=substitutes[k] if k % 2 == 0 else None, decided_at=start)
                  for k, p in enumerate(on_leave)]
        s.add_all(leaves)
        s.flush()
        for p, leave in zip(on_leave, leaves, strict=True):  # the leave service's marks
            p.leave_request_id = leave.id
            p.substitute_person_id = leave.substitute_person_id
            p.attendance = Attendance.SUBSTITUTE if leave.substitute_person_id else Attendance.LEAVE
        handout = Handout(meeting=meeting, title=f"{tag}明白纸", tasks="一\n二", standards="标准",
                          milestones=[HandoutMilestone(position=0, due_date=start.date(), node="报送", owner="各单位")])
        actions = [ActionItem(meeting=meeting, text=f"议定事项{k}", responsible_unit=units[k % n_units],
                              responsible_person=people[k], deadline=start.date() + dt.timedelta(days=k),
                              feedback=[ActionFeedback(entry_date=start.date(), text="推进中")])
                   for k in range(3)]
        s.add_all([handout, *actions])
        uow.commit()
        return meeting.id


@contextmanager
def counting(db: dbmod.Database) -> Iterator[list[str]]:
    """The SQL statements the engine sends while the block runs."""
    statements: list[str] = []

    def before(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", before)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", before)


def use_cases() -> dict[str, Callable[[dbmod.UnitOfWork, int], object]]:
    """Each use case the editor, the sign-in page and the printers run, on one meeting, in its own unit of work."""
    from huiwu.services import attendance, meetings, notice, printing

    cases: dict[str, Callable[[dbmod.UnitOfWork, int], object]] = {
        "get_meeting": meetings.get_meeting,
        "list_meetings": lambda uow, _mid: meetings.list_meetings(uow, week="2026-W48"),
        "notice_text": notice.notice_text,
        "meeting_row": meetings.meeting_row,
        "load_roster": attendance.load_roster,
        "actions_pdf": lambda uow, mid: printing.actions_pdf(uow, printing.ActionFilter(states=(), meeting_id=mid)),
    }
    from huiwu.services import archive, replies

    cases["reply_ledger"] = replies.reply_ledger
    cases["archive_state"] = archive.archive_state
    cases["build the 归档卷"] = lambda uow, mid: archive.build_volume(uow, mid)
    for kind in KINDS:
        cases[f"print {kind}"] = lambda uow, mid, kind=kind: printing.document_pdf(uow, kind, mid)
    return cases


def count(db: dbmod.Database, case: Callable[[dbmod.UnitOfWork, int], object], meeting_id: int) -> int:
    with db.uow() as uow, counting(db) as statements:
        case(uow, meeting_id)
    return len(statements)


@pytest.fixture
def two_sizes(database: dbmod.Database) -> tuple[dbmod.Database, dict[int, int]]:
    return database, {size: build_meeting(database, size) for size in SIZES}


def clash_check(db: dbmod.Database, uow: dbmod.UnitOfWork, meeting_id: int) -> int:
    """Statements of the editor's 周安排 clash check alone, on the meeting already loaded as the editor loads it."""
    from huiwu.services.aggregate import WHOLE, load_meeting
    from huiwu.services.week import meeting_clashes

    meeting = load_meeting(uow, meeting_id, options=WHOLE)
    with counting(db) as statements:
        meeting_clashes(uow, meeting)
    return len(statements)


def test_statements_do_not_grow_with_the_meeting(two_sizes: tuple[dbmod.Database, dict[int, int]]) -> None:
    database, ids = two_sizes
    counts = {name: {size: count(database, case, ids[size]) for size in SIZES}
              for name, case in use_cases().items()}
    grown = {name: c for name, c in counts.items() if c[SIZES[0]] != c[SIZES[1]]}
    assert not grown, f"statements grow with the meeting: {grown}"
    with database.uow() as uow:
        clashes = clash_check(database, uow, ids[SIZES[1]])
    editor = counts["get_meeting"][SIZES[1]]
    assert editor <= EDITOR_LIMIT, (editor, clashes)


def test_the_clash_check_does_not_grow_with_the_week(database: dbmod.Database) -> None:
    """The editor's clash check reads the other meetings of the week in set-based statements: a 1,000-person
    plenary at the same time adds rows, not statements."""
    from huiwu.services import meetings

    small = build_meeting(database, SIZES[0])
    build_meeting(database, SIZES[0], "另一")  # at the same time, in another room
    before = count(database, meetings.get_meeting, small)
    build_meeting(database, SIZES[1])
    assert count(database, meetings.get_meeting, small) == before


def _leader_ics(n: int) -> bytes:
    """A leader's calendar with an event at the plenary's time (人员0 attends) and a weekly series."""
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Leader{n}//ZH
BEGIN:VEVENT
UID:clash-{n}@test
DTSTAMP:20261101T000000Z
DTSTART;TZID=Asia/Shanghai:20261125T100000
DTEND;TZID=Asia/Shanghai:20261125T110000
SUMMARY:市政府专题会议{n}
ATTENDEE;CN=人员0:mailto:r0@example.gov.cn
END:VEVENT
BEGIN:VEVENT
UID:series-{n}@test
DTSTAMP:20261101T000000Z
DTSTART;TZID=Asia/Shanghai:20261102T083000
DTEND;TZID=Asia/Shanghai:20261102T090000
RRULE:FREQ=WEEKLY;COUNT=8
SUMMARY:周一早班会{n}
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n").encode("utf-8")


def test_imported_calendars_add_no_statement_per_calendar(database: dbmod.Database) -> None:
    """Each visible imported calendar counts in the clash check, read together with the others."""
    from huiwu.services import calendars, meetings

    plenary = build_meeting(database, SIZES[1])
    for n in (1, 2):
        with database.uow() as uow:
            calendars.import_ics(uow, f"leader{n}.ics", f"领导日历{n}", data=_leader_ics(n))
        with database.uow() as uow:
            clashes = meetings.get_meeting(uow, plenary).clashes
        assert sum("市政府专题会议" in c for c in clashes) == n, clashes
        if n == 1:
            one = count(database, meetings.get_meeting, plenary)
    assert count(database, meetings.get_meeting, plenary) == one <= EDITOR_LIMIT, one
