"""Statistics against a hand-computed fixture (both databases), the 通报, xlsx and the CLI."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from huiwu.db import Database
from huiwu.models import Attendance, LeaveRequest, LeaveState, MeetingStatus, Participant
from huiwu.services import stats
from tests.attendance.conftest import ALL, Office, at, seed_office

FIN = MeetingStatus.FINISHED
P, L, S, A = Attendance.PRESENT, Attendance.LEAVE, Attendance.SUBSTITUTE, Attendance.ABSENT

# (meeting, person) -> (attendance, minutes relative to the start or None)
MARKS = {
    ("A", "王县长"): (P, -10), ("A", "李副县"): (P, 5), ("A", "张三"): (S, -5), ("A", "赵四"): (L, None),
    ("A", "钱五"): (A, None), ("A", "孙六"): (P, 0), ("A", "周七"): (P, -20), ("A", "吴八"): (A, None),
    ("A", "郑九"): (P, 1), ("A", "冯十"): (P, 30),
    ("B", "张三"): (P, 10), ("B", "赵四"): (A, None), ("B", "钱五"): (P, -10),
    ("D", "钱五"): (A, None),
}


@pytest.fixture
def office(database: Database) -> Office:
    office = seed_office(database, [
        ("A", at(23, 9), ALL, FIN),
        ("B", at(24, 15), ["张三", "赵四", "钱五"], FIN),
        ("C", at(25, 9), ["钱五"], MeetingStatus.NOTIFIED),
        ("D", at(30, 9), ["钱五"], FIN),
    ])
    starts = {"A": at(23, 9), "B": at(24, 15), "D": at(30, 9)}
    with database.uow() as uow:
        for (m, name), (state, minutes) in MARKS.items():
            p = uow.session.get(Participant, office.participants[(m, name)])
            assert p is not None
            p.attendance = state
            if minutes is not None:
                p.signed_in_at = starts[m] + dt.timedelta(minutes=minutes)
        uow.session.add(LeaveRequest(person_id=office.people["赵四"], meeting_id=office.meetings["B"], reason="临时有事",
                                     state=LeaveState.REJECTED, channel="电话"))
        uow.commit()
    return office


def cells(row: stats.StatRow) -> tuple[int, ...]:
    """会议数, 应到, 实到, 本人, 代会, 请假, 迟到, 早退, 缺席."""
    t = row.tally
    return (row.meetings, t.expected, t.present, t.own, t.substitute, t.leave, t.late, t.left_early, t.absent)


def test_by_unit_equals_hand_computed(database: Database, office: Office) -> None:
    with database.uow() as uow:
        result = stats.statistics(uow, dt.date(2026, 11, 23), dt.date(2026, 11, 29), "unit")
    got = {r.label: cells(r) for r in result.rows}
    assert got == {
        "县政府领导": (1, 2, 2, 2, 0, 0, 1, 0, 0),
        "县财政局": (2, 6, 3, 2, 1, 1, 1, 0, 2),
        "县教育局": (1, 2, 2, 2, 0, 0, 0, 0, 0),
        "城关镇": (1, 2, 1, 1, 0, 0, 1, 0, 1),
    }
    assert [r.label for r in result.rows] == ["县政府领导", "县财政局", "县教育局", "城关镇"]
    assert cells(result.total) == (2, 12, 8, 7, 1, 1, 3, 0, 3)
    assert (result.total.value("own_rate"), result.total.value("rate")) == ("58.3%", "66.7%")
    assert result.period_label == "2026年11月23日至11月29日"


def test_by_person_and_meeting(database: Database, office: Office) -> None:
    with database.uow() as uow:
        people = stats.statistics(uow, dt.date(2026, 11, 23), dt.date(2026, 11, 30), "person", unit_name="县财政局")
        meetings = stats.statistics(uow, dt.date(2026, 11, 23), dt.date(2026, 11, 30), "meeting")
    assert {r.label: cells(r) for r in people.rows} == {
        "张三": (2, 2, 2, 1, 1, 0, 1, 0, 0),  # one 代会 is not his own attendance
        "赵四": (2, 2, 0, 0, 0, 1, 0, 0, 1),
        "钱五": (3, 3, 1, 1, 0, 0, 0, 0, 2),
    }
    assert people.rows[0].value("own_rate") == "50.0%" and people.rows[0].value("rate") == "100.0%"
    assert {r.label: cells(r) for r in meetings.rows} == {
        "A": (1, 9, 6, 5, 1, 1, 2, 0, 2),
        "B": (1, 3, 2, 2, 0, 0, 1, 0, 1),
        "D": (1, 1, 0, 0, 0, 0, 0, 0, 1),
    }


def test_absence_report(database: Database, office: Office) -> None:
    with database.uow() as uow:
        report = stats.absence_report(uow, dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    got = [(r.meeting_title, r.name, r.kind, r.minutes, r.on_leave, r.leave_channel) for r in report.rows]
    assert got == [
        ("A", "李副县", "迟到", 5, "否", ""),
        ("A", "张三", "未经批准代会", None, "否", ""),  # marked 代会 with no approved leave behind it
        ("A", "钱五", "缺席", None, "否", ""),
        ("A", "吴八", "缺席", None, "否", ""),
        ("A", "郑九", "迟到", 1, "否", ""),
        ("B", "张三", "迟到", 10, "否", ""),
        ("B", "赵四", "缺席", None, "已请假（未批准）", "电话"),
    ]
    assert [r.seq for r in report.rows] == [1, 2, 3, 4, 5, 6, 7]
    assert report.meeting_count == 2 and report.count("迟到") == 3


def test_xlsx_and_cli(database: Database, office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    with database.uow() as uow:
        path = stats.export_xlsx(uow, dt.date(2026, 11, 23), dt.date(2026, 11, 29), tmp_path / "s.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["按单位", "按人员", "按会议", "通报"]
    assert book["按单位"]["B4"].value == "县财政局"
    assert book["通报"].max_row == 2 + 7
    if not database.is_sqlite:
        return
    from tests.conftest import run_cli as run

    code = run(["--db", database.url, "stats", "--from", "2026-11-23", "--to", "2026-11-29", "--unit", "县财政局",
                "--xlsx", str(tmp_path / "c.xlsx")])
    out = capsys.readouterr().out
    assert code == 0 and "县财政局" in out and "50.0%" in out and (tmp_path / "c.xlsx").exists()


def test_cli_headcount(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import run_cli as run

    office = seed_office(sqlite_db, [("A", at(23, 9), ["张三", "赵四"], MeetingStatus.IN_PROGRESS)])
    with sqlite_db.uow() as uow:
        p = uow.session.get(Participant, office.participants[("A", "张三")])
        assert p is not None
        p.attendance, p.signed_in_at = Attendance.PRESENT, at(23, 8, 55)
        uow.commit()
    assert run(["--db", sqlite_db.url, "headcount", str(office.meetings["A"])]) == 0
    out = capsys.readouterr().out
    assert "应到 2 人，实到 1 人（其中代会 0 人），请假 0 人，缺席 1 人" in out and "县财政局：赵四" in out


def test_cli_report_json_names_what_the_printed_report_names(sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import json

    from pypdf import PdfReader

    from huiwu.services import printing
    from tests.conftest import run_cli

    office = seed_office(sqlite_db, [("A", at(23, 9), ["张三", "赵四", "钱五"], MeetingStatus.NOTIFIED)])
    from huiwu.services import attendance, meetings

    with sqlite_db.uow() as uow:
        pid = office.participants
        attendance.sign_in(uow, office.meetings["A"], pid[("A", "张三")], at=at(23, 9, 5, 19))  # 5 minutes late
        attendance.sign_in(uow, office.meetings["A"], pid[("A", "赵四")], at=at(23, 8, 50),
                           substitute=attendance.Substitute(name="临时来人"), unapproved_reason="电话告知")
        meetings.set_status(uow, office.meetings["A"], meetings.meeting_row(uow, office.meetings["A"]).version,
                            MeetingStatus.FINISHED, now=at(23, 11))
    assert run_cli(["--db", sqlite_db.url, "stats", "--from", "2026-11-23", "--to", "2026-11-23", "--report",
                    "--json"]) == 0
    out = capsys.readouterr().out
    assert "\\u" not in out  # Chinese unescaped
    data = json.loads(out)
    report = [(r["name"], r["unit"], r["kind"], r["minutes"], r["substitute"]) for r in data["report"]]
    assert report == [("张三", "县财政局", "迟到", 5, None), ("赵四", "县财政局", "未经批准代会", None, "临时来人"),
                      ("钱五", "县财政局", "缺席", None, None)]
    assert data["rows"][-1]["序号"] == "" and data["rows"][-1]["应到"] == 3
    with sqlite_db.uow() as uow:
        pdf = printing.report_pdf(uow, dt.date(2026, 11, 23), dt.date(2026, 11, 23))
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "迟到5分钟" in text and "未经批准代会（临时来人）" in text and "钱五" in text
