"""定稿 with sign-off (issue 16 item 2): who finalised, who signed (签发) and when, the edition; every change
after 定稿 a 变更 with its reason, printed and counted; a re-issue is 第2版. Core on SQLite and PostgreSQL,
the migration down and up on the populated demo office, the CLI and the printed week."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from sqlalchemy import inspect, text

from huiwu import db as dbmod
from huiwu.db import Database
from huiwu.errors import RuleError, ValidationError
from huiwu.models import Person
from huiwu.services import meetings, week
from huiwu.services.leave import county_head_id
from tests.conftest import run_cli as run
from tests.week.conftest import OCT, build_week41
from tests.week.factory import at

DEMO_WEEK = (2026, 48)  # the demo's current week (PINNED_NOW is Monday 2026-11-23)


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\n", "")


def _demo(database: Database) -> tuple[int, str]:
    from huiwu.demo import create_demo

    with database.uow() as uow:
        create_demo(uow)
        head = county_head_id(uow)
        assert head is not None
        return head, uow.session.get(Person, head).name  # type: ignore[union-attr]


def _move_first_meeting(database: Database, reason: str = "") -> str:
    with database.uow() as uow:
        view = week.week_view(uow, *DEMO_WEEK)
        item = next(i for i in view.items if i.source == "meeting" and not i.cancelled and i.meeting_id)
        assert item.meeting_id is not None
        d = meetings.get_meeting(uow, item.meeting_id)
        later = replace(d.as_input(), starts_at=d.starts_at.replace(hour=d.starts_at.hour + 1) if d.starts_at.hour < 20
                        else d.starts_at, ends_at=d.ends_at.replace(hour=min(d.ends_at.hour + 1, 23)))
        meetings.update_meeting(uow, item.meeting_id, d.version, later)
        if reason:
            plan_view = week.week_view(uow, *DEMO_WEEK)
            week.set_amendment_reason(uow, plan_view.amendments[-1].amendment_id, reason)
        return d.title


def test_finalize_records_operator_signer_clock_and_edition(database: Database) -> None:
    head, name = _demo(database)
    with database.uow() as uow:
        view = week.finalize_week(uow, *DEMO_WEEK)  # the 县长 by default
        now = uow.now()
    assert (view.edition, view.signer_id, view.signer_name) == (1, head, name)
    assert view.signed_at is not None and view.finalized_by
    assert abs((now - view.signed_at).total_seconds()) < 60  # the unit of work's clock (it advances in tests)
    assert week.signoff_line(view.signer_name, view.signed_at) == f"签发：{name}　　2026年11月23日"
    with database.uow() as uow, pytest.raises(RuleError, match="无需重新签发"):
        week.finalize_week(uow, *DEMO_WEEK)  # nothing changed since: no second edition
    title = _move_first_meeting(database, reason="与省厅视频会冲突")
    with database.uow() as uow:
        view = week.week_view(uow, *DEMO_WEEK)
    assert len(view.amendments) == 1 and view.amendments[0].reason == "与省厅视频会冲突"
    assert view.amendments[0].text.startswith(f"《{title}》时间由") and view.amendments[0].text.endswith(
        "（原因：与省厅视频会冲突）")
    with database.uow() as uow:
        deputy = uow.session.get(Person, head + 1)
        assert deputy is not None and deputy.is_leader
        deputy_name = deputy.name
        again = week.finalize_week(uow, *DEMO_WEEK, deputy.id)  # re-issue, signed by a delegate
    assert (again.edition, again.signer_name, again.amendments) == (2, deputy_name, ())  # folded into 第2版
    assert week.edition_title(again.edition) == "一周会议安排（第2版）" and week.edition_title(1) == "一周会议安排"


def test_cancellation_amendment_carries_the_cancel_reason(database: Database) -> None:
    w = build_week41(database)
    with database.uow() as uow:
        week.finalize_week(uow, 2026, 41)
        meetings.cancel_meeting(uow, w.m5, meetings.get_meeting(uow, w.m5).version, "领导临时有公务")
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 41)
    assert [a.text for a in view.amendments] == ["取消《周日碰头会》（原定 10月11日周日 09:00）（原因：领导临时有公务）"]


def test_resolve_signer_refuses_unknown_and_ambiguous_names(database: Database) -> None:
    head, name = _demo(database)
    with database.uow() as uow:
        assert week.resolve_signer(uow, name) == head
        with pytest.raises(ValidationError, match="目录中没有“无此人”。可签发的领导有："):
            week.resolve_signer(uow, "无此人")
        twin = uow.session.get(Person, head)
        assert twin is not None
        other_unit = uow.session.scalar(text("SELECT min(id) FROM unit WHERE kind <> 'leadership'"))
        uow.session.add(Person(name=name, unit_id=other_unit, title="科员"))
        uow.commit()
        with pytest.raises(ValidationError, match=f"目录中有 2 位“{name}”：.*请写成“单位 姓名”"):
            week.resolve_signer(uow, name)
        assert week.resolve_signer(uow, f"县政府领导 {name}") == head


def test_printed_week_has_signoff_edition_and_counted_amendments(database: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _head, name = _demo(database)
    with database.uow() as uow:
        week.finalize_week(uow, *DEMO_WEEK)
        first = _pdf_text(week.week_pdf(uow, *DEMO_WEEK))
    assert f"签发：{name}　　2026年11月23日".replace("　", "") in first.replace("　", "").replace(" ", "")
    assert "第2版" not in first and "变更情况" not in first
    _move_first_meeting(database, reason="与省厅视频会冲突")
    with database.uow() as uow:
        changed = week.week_pdf(uow, *DEMO_WEEK)
        listed = week.week_pdf(uow, *DEMO_WEEK, variant="list")
    (tmp_path / "changed.pdf").write_bytes(changed)
    for data in (changed, listed):
        t = _pdf_text(data)
        assert "变更情况（共 1 项）" in t and "1. 《" in t and "（原因：与省厅视频会冲突）" in t
    with database.uow() as uow:
        week.finalize_week(uow, *DEMO_WEEK)
        reissued = _pdf_text(week.week_pdf(uow, *DEMO_WEEK))
    assert "一周会议安排（第2版）" in reissued and "变更情况" not in reissued


def test_signoff_never_alone_on_a_page() -> None:
    """However long the table, the 签发 line shares its page with the table's last rows."""
    import datetime as dt

    from huiwu.printing.data import WeekDay, WeekDoc, WeekEntry
    from huiwu.printing.week import render_week

    monday = dt.date(2026, 11, 23)
    days = tuple(WeekDay(monday + dt.timedelta(days=n), "周一二三四五六日"[n], "") for n in range(7))
    for count in range(1, 40, 3):
        entries = tuple(WeekEntry(date=monday + dt.timedelta(days=n % 5), slot="上午" if n % 2 else "下午",
                                  time="09:00—10:00", title=f"第{n}个工作会议", place="第一会议室", chair="县长")
                        for n in range(count))
        for variant in ("grid", "list"):
            data = render_week(WeekDoc("2026年第48周", days, entries), variant=variant,  # type: ignore[arg-type]
                               signoff="签发：谢家豪　　2026年11月27日")
            pages = [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]
            last = pages[-1]  # the grid's last row is Sunday's; the list's the last meeting's
            assert "签发" in last and ("11月29日" if variant == "grid" else "工作会议") in last, (count, variant)


def test_migration_0008_round_trip_on_the_demo(database: Database) -> None:
    _demo(database)
    with database.uow() as uow:
        week.finalize_week(uow, *DEMO_WEEK)
    _move_first_meeting(database, reason="临时调整")

    def rows() -> list[tuple[object, ...]]:
        with database.engine.connect() as conn:
            plans = [tuple(r) for r in conn.execute(text("SELECT id, state, finalized_by FROM week_plan"))]
            amends = [tuple(r) for r in conn.execute(text("SELECT id, description FROM week_amendment ORDER BY id"))]
            return plans + amends

    before = rows()
    assert len(before) == 2
    dbmod.downgrade(database, "0007")
    tables = inspect(database.engine)
    assert not {"signer_id", "signer_name", "signed_at", "edition"} & {c["name"] for c in tables.get_columns("week_plan")}
    assert not {"reason", "edition"} & {c["name"] for c in tables.get_columns("week_amendment")}
    assert rows() == before
    dbmod.upgrade(database, backup=False)
    with database.engine.connect() as conn:
        assert list(conn.execute(text("SELECT edition, signer_name, signer_id, signed_at FROM week_plan"))) == [
            (1, "", None, None)]  # a week finalised before 0008: edition 1, signed by nobody yet
        assert list(conn.execute(text("SELECT reason, edition FROM week_amendment"))) == [("", 1)]
    assert rows() == before
    with database.uow() as uow:  # and it still works: the 变更 show, a re-issue is 第2版
        assert len(week.week_view(uow, *DEMO_WEEK).amendments) == 1
        assert week.finalize_week(uow, *DEMO_WEEK).edition == 2


def test_cli_finalize_with_signer_and_show(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(demo_db.sqlite_path())
    with demo_db.uow() as uow:
        head = county_head_id(uow)
        name = uow.session.get(Person, head).name  # type: ignore[union-attr,arg-type]
    assert run(["--db", url, "week", "finalize", "--week", "2026-W48", "--signer", "无此人"]) == 2
    assert "目录中没有“无此人”。可签发的领导有：" in capsys.readouterr().err
    assert run(["--db", url, "week", "finalize", "--week", "2026-W48", "--signer", name]) == 0
    out = capsys.readouterr().out
    assert "已定稿" in out and f"签发：{name}" in out
    assert run(["--db", url, "week", "show", "--week", "2026-W48"]) == 0
    out = capsys.readouterr().out
    assert "已定稿（第1版）" in out and f"签发：{name}　　2026年11月23日" in out
    _move_first_meeting(demo_db, reason="与省厅视频会冲突")
    assert run(["--db", url, "week", "show", "--week", "2026-W48"]) == 0
    out = capsys.readouterr().out
    assert "变更情况（共 1 项）：" in out and "（原因：与省厅视频会冲突）" in out
    assert run(["--db", url, "week", "reason", "--week", "2026-W48", "--change", "2", "--reason", "x"]) == 2
    assert "没有第 2 项变更（共 1 项）" in capsys.readouterr().err
    assert run(["--db", url, "week", "reason", "--week", "2026-W48", "--change", "1", "--reason", "省里临时通知"]) == 0
    assert "已填写变更原因" in capsys.readouterr().out
    assert run(["--db", url, "week", "show", "--week", "2026-W48"]) == 0
    assert "（原因：省里临时通知）" in capsys.readouterr().out
    assert run(["--db", url, "week", "finalize", "--week", "2026-W48"]) == 0
    assert "已定稿（第2版）" in capsys.readouterr().out
    assert run(["--db", url, "week", "show", "--week", "2026-W48"]) == 0
    assert "已定稿（第2版）" in capsys.readouterr().out


def test_oct_factory_week_without_a_county_head_finalises_unsigned(database: Database) -> None:
    build_week41(database)
    with database.uow() as uow:
        view = week.finalize_week(uow, 2026, 41)
        assert (view.edition, view.signer_name) == (1, "")
        assert "签发" not in _pdf_text(week.week_pdf(uow, 2026, 41))
    assert OCT and at
