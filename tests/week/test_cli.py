from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from huiwu.db import Database
from tests.conftest import OWN_ICS
from tests.conftest import run_cli as run
from tests.week.conftest import build_week41


def test_week_and_ics_commands(sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build_week41(sqlite_db)
    url = str(sqlite_db.sqlite_path())
    assert run(["--db", url, "week", "conflicts", "--week", "2026-W41"]) == 0
    out = capsys.readouterr().out
    assert "共 5 处冲突" in out and "【会议室冲突】" in out and "建议：" in out
    assert run(["--db", url, "week", "show", "--week", "2026-W41"]) == 0
    out = capsys.readouterr().out
    assert "周六 10月10日（调休上班）" in out and "借会开会" in out
    target = tmp_path / "w41.ics"
    assert run(["--db", url, "export-ics", "-o", str(target), "--week", "2026-W41", "--person", "张县长"]) == 0
    assert "已导出 2 个会议" in capsys.readouterr().out
    assert run(["--db", url, "import-ics", str(target), "--calendar", "回环"]) == 0
    assert "新增 2" in capsys.readouterr().out
    bad = OWN_ICS / "refused" / "bad_date.ics"
    assert run(["--db", url, "import-ics", str(bad), "--calendar", "坏文件"]) == 2
    err = capsys.readouterr().err
    assert "无法导入日历文件 bad_date.ics：有 1 个日程无法读取" in err
    assert "  第 14 行 DTSTART 的日期“20261132T090000”无效" in err and "加 --skip-bad 可只导入其余 1 个日程" in err
    assert run(["--db", url, "week", "finalize", "--week", "2026-W41"]) == 0
    assert "已定稿" in capsys.readouterr().out
    assert run(["--db", url, "week", "finalize", "--week", "2026-W41"]) == 2


def test_secret_meetings_are_redacted_on_screen_and_paper_unless_asked(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`week show`, `week conflicts` and `print week` name a 涉密 meeting only as “涉密会议” (its time stays, and
    so does its clash); 内部 meetings stay visible; --include-secret shows everything (issue 11 item 7)."""
    import subprocess

    from huiwu.services import printing
    from tests.week.conftest import OCT
    from tests.week.factory import add_meeting, at

    w = build_week41(sqlite_db)
    p, v = w.office.people, w.office.venues
    with sqlite_db.uow() as uow:  # the chair of 防汛调度会 (Thu 9–11) is also booked for the secret one at 10
        secret_id = add_meeting(uow, "边境管控专题研究会", at(OCT[8], 10), at(OCT[8], 11), venue_id=v[1], chair_id=p[0],
                    people=[p[0]], confidentiality="secret_mimi", agenda=["绝密事项"])
        add_meeting(uow, "内部工作碰头会", at(OCT[9], 16), at(OCT[9], 17), people=[p[1]], confidentiality="internal")
    url = str(sqlite_db.sqlite_path())
    secrets = ("边境管控专题研究会", "绝密事项")

    def said(*argv: str) -> str:
        assert run(["--db", url, *argv]) == 0
        return capsys.readouterr().out

    def printed(*extra: str) -> str:
        target = tmp_path / f"week{len(extra)}.pdf"
        assert run(["--db", url, "print", "week", "--week", "2026-W41", "-o", str(target), *extra]) == 0
        capsys.readouterr()
        return subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                              check=True).stdout.replace(" ", "")

    screen, clashes, paper = said("week", "show", "--week", "2026-W41"), said("week", "conflicts", "--week",
                                                                            "2026-W41"), printed()
    for text in (screen, clashes, paper):
        assert not any(s in text for s in secrets), text
        assert "涉密会议" in text
    assert "内部工作碰头会" in screen and "内部工作碰头会" in paper
    assert "10:00—11:00" in screen or "10:00-11:00" in screen  # the slot is visibly taken
    assert "同时主持“涉密会议”" in clashes or "“涉密会议”和" in clashes or "和“涉密会议”" in clashes
    shown = said("week", "show", "--week", "2026-W41", "--include-secret")
    assert "边境管控专题研究会" in shown and "边境管控专题研究会" in printed("--include-secret")
    with sqlite_db.uow() as uow:  # the GUI's print goes through the same service
        assert b"%PDF" in printing.week_pdf(uow, 2026, 41)

    # Finalised, then the secret meeting moves to the next week: its 变更 line stays in this week, redacted.
    from huiwu.services import meetings

    assert run(["--db", url, "week", "finalize", "--week", "2026-W41"]) == 0
    with sqlite_db.uow() as uow:
        detail = meetings.get_meeting(uow, secret_id)
        moved = meetings.MeetingInput(detail.title, detail.kind, detail.starts_at + dt.timedelta(days=7),
                                      detail.ends_at + dt.timedelta(days=7), chair_id=detail.chair_id,
                                      confidentiality=detail.confidentiality)
        meetings.update_meeting(uow, secret_id, detail.version, moved)
    capsys.readouterr()
    screen, paper = said("week", "show", "--week", "2026-W41"), printed()
    assert "变更情况" in screen and "《涉密会议》" in screen
    for text in (screen, paper):
        assert not any(s in text for s in secrets), text
    assert "边境管控专题研究会" in said("week", "show", "--week", "2026-W41", "--include-secret")
