"""``huiwu ledger`` on the demo office: the year counted per kind and month as the meetings say, the accepted
整合会议 / 借会开会 credited one for one, JSON with its Chinese unescaped, the 会议计划 set from the command line,
and the printed 通报 saying the same figures."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.models import Meeting, MeetingMerge, MeetingStatus
from huiwu.services import ledger, meetings
from tests.conftest import PINNED_NOW, run_cli
from tests.ledger.conftest import expected_figures

YEAR = PINNED_NOW.year


def _json(db: Database, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert run_cli(["--db", db.url, "ledger", "--year", str(YEAR), "--json"]) == 0
    out = capsys.readouterr().out
    assert "常务会议" in out and "\\u" not in out  # Chinese unescaped
    data: dict[str, object] = json.loads(out)
    return data


def _merge_two(db: Database) -> list[tuple[str, str]]:
    """Two proposals the clerk accepts: next week's 调度会 into the 常务会议 (整合会议), the 专题会议 rides on it."""
    with db.uow() as uow:
        upcoming = uow.session.scalars(select(Meeting).where(
            Meeting.starts_at > PINNED_NOW + dt.timedelta(days=7),
            Meeting.status.in_([MeetingStatus.SCHEDULED, MeetingStatus.NOTIFIED]),
            Meeting.deleted_at.is_(None)).order_by(Meeting.starts_at)).all()
        by_kind = {m.kind: m for m in reversed(upcoming)}  # the first of each kind
        target, sources = by_kind["standing"], [(by_kind["dispatch"], "merge"), (by_kind["topic"], "ride")]
        titles = [(s.title, target.title) for s, _ in sources]
        plan = [(s.id, kind) for s, kind in sources]
        target_id = target.id
    for source_id, kind in plan:
        with db.uow() as uow:
            src, tgt = meetings.meeting_row(uow, source_id), meetings.meeting_row(uow, target_id)
            meetings.merge_meetings(uow, source_id, src.version, target_id, tgt.version, kind)
    return titles


def test_the_demo_year_counted_per_kind_and_month_with_its_merges(demo_db: Database,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.uow() as uow:
        merges_before = uow.session.scalar(select(func.count(MeetingMerge.id))) or 0
    before = _json(demo_db, capsys)
    titles = _merge_two(demo_db)
    data = _json(demo_db, capsys)
    rows = data["rows"]
    assert isinstance(rows, list) and rows
    for row in rows:
        assert {"kind", "kind_label", "unit", "month", "held", "cancelled", "cap", "avoided_by_merge",
                "person_times"} <= set(row)
    as_of = dt.datetime.fromisoformat(str(data["as_of"]))
    expected = expected_figures(demo_db, YEAR, as_of)
    by_kind_month: dict[tuple[str, int], dict[str, int]] = {}
    for (kind, _unit, month), counts in expected.items():
        cell = by_kind_month.setdefault((kind, month), {})
        for key in ("held", "planned", "cancelled", "avoided_by_merge", "person_times"):
            cell[key] = cell.get(key, 0) + counts[key]
    got: dict[tuple[str, int], dict[str, int]] = {}
    for row in rows:
        cell = got.setdefault((row["kind"], row["month"]), {})
        for key in ("held", "planned", "cancelled", "avoided_by_merge", "person_times"):
            cell[key] = cell.get(key, 0) + row[key]
    assert got == by_kind_month
    total = data["total"]
    assert isinstance(total, dict) and isinstance(before["total"], dict)
    assert total["held"] == sum(c["held"] for c in got.values()) > 0
    # the avoided-by-merge figure is the accepted proposals, one for one
    assert total["avoided_by_merge"] == merges_before + 2 == before["total"]["avoided_by_merge"] + 2
    credited = [(m["source"], m["target"]) for m in data["merges"]]  # type: ignore[attr-defined]
    assert all(t in credited for t in titles)
    assert total["person_times_saved"] == sum(m["person_times_saved"] for m in data["merges"])  # type: ignore[attr-defined]
    months = data["by_month"]
    assert isinstance(months, list) and [m["month"] for m in months] == list(range(1, 13))


def test_plan_from_the_command_line(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", demo_db.url, "ledger", "plan", "--year", str(YEAR)]
    assert run_cli([*db, "--kind", "plenary", "--max", "2", "--note", "全体会议每年上下半年各1次"]) == 0
    assert "已添加2026年会议计划：全体会议（各主办单位）全年不超过 2 次" in capsys.readouterr().out
    assert run_cli([*db, "--kind", "培训", "--unit", "县政府办公室", "--max", "3"]) == 0
    assert "已添加2026年会议计划：培训（县政府办公室）全年不超过 3 次" in capsys.readouterr().out
    assert run_cli([*db, "--kind", "培训", "--unit", "县政府办公室", "--max", "1"]) == 0
    assert "已修改2026年会议计划：培训（县政府办公室）全年不超过 1 次" in capsys.readouterr().out
    assert run_cli([*db, "--kind", "standing", "--max", "11"]) == 0  # the demo's plan has 12
    assert run_cli([*db, "--kind", "all", "--max", "40", "--video-percent", "20"]) == 0
    assert run_cli([*db, "--list"]) == 0
    listed = capsys.readouterr().out
    assert "培训（县政府办公室）" in listed and "全年不超过 40 次，视频会议不少于 20%" in listed
    assert "全体会议每年上下半年各1次" in listed
    assert run_cli([*db, "--kind", "meeting", "--max", "3"]) == 2
    assert "会议类型“meeting”不对" in capsys.readouterr().err
    assert run_cli([*db, "--kind", "standing"]) == 2
    assert "请用 --max" in capsys.readouterr().err
    assert run_cli([*db, "--kind", "standing", "--unit", "不存在的单位", "--max", "3"]) == 2
    assert run_cli([*db, "--kind", "plenary", "--remove"]) == 0
    assert "已删除2026年会议计划：全体会议（各主办单位）全年不超过 2 次" in capsys.readouterr().out
    assert run_cli([*db, "--kind", "plenary", "--remove"]) == 2
    data = _json(demo_db, capsys)
    caps = {(c["kind"], c["unit"]): c for c in data["caps"]}  # type: ignore[attr-defined]
    assert ("plenary", None) not in caps
    assert caps[("training", "县政府办公室")]["max_count"] == 1
    assert caps[("standing", None)]["max_count"] == 11 and caps[("standing", None)]["counted"] > 0
    assert data["total"]["cap"] == 40  # type: ignore[index]
    standing = [r for r in data["rows"] if r["kind"] == "standing" and r["unit"] == "县政府办公室"]  # type: ignore[attr-defined]
    assert standing and all(r["cap"] == 11 for r in standing)  # the narrowest cap that applies
    training = [r for r in data["rows"] if r["kind"] == "training" and r["unit"] == "县政府办公室"]  # type: ignore[attr-defined]
    assert training and all(r["cap"] == 1 for r in training)
    assert caps[("training", "县政府办公室")]["state"] == "over"
    capsys.readouterr()
    assert run_cli(["--db", demo_db.url, "ledger", "--year", str(YEAR)]) == 0
    text = capsys.readouterr().out
    assert "2026年会议精简台账" in text and "按会议类型" in text and "常务会议（各主办单位）：全年不超过 11 次" in text


def _pages(pdf: bytes) -> list[str]:
    return ["".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_printed_notice_says_the_ledgers_figures(demo_db: Database, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    titles = _merge_two(demo_db)
    with demo_db.uow() as uow:
        ledger.set_cap(uow, ledger.CapInput(YEAR, "dispatch", None, 2))
    with demo_db.uow() as uow:
        book = ledger.ledger(uow, YEAR)
        pdf = ledger.ledger_pdf(uow, YEAR)
    pages = _pages(pdf)
    text = "".join(pages)
    assert "2026年会议精简情况通报一、总体情况" in pages[0]
    t = book.total
    assert f"共召开会议{t.held}次，参会{t.person_times}人次" in text
    assert f"减少会议{t.avoided_by_merge}次，减少参会{t.person_times_saved}人次" in text
    for heading in ("表1各类会议与年度计划对照", "表2会议计划逐项执行情况", "表3分月会议情况", "整合会议、借会开会明细"):
        assert heading in text
    assert "超出会议计划的有：调度会（各主办单位）" in text  # 2 a year, and more already
    assert f"以下{len(book.merges)}个会议经整合会议或借会开会不再单独召开" in text
    for source, target in titles:
        assert "".join(source.split())[:8] in text and "".join(target.split())[:8] in text
    # the 落款 never stands alone: 特此通报 and the office and date on the last page
    assert "特此通报。" in pages[-1] and "清河县人民政府办公室" in pages[-1] and "2026年11月23日" in pages[-1]
    assert all(f"—{n}—" in page for n, page in enumerate(pages, 1))
    out = tmp_path / "通报.pdf"
    assert run_cli(["--db", demo_db.url, "ledger", "--year", str(YEAR), "--pdf", str(out)]) == 0
    assert "已生成《2026年会议精简情况通报》" in capsys.readouterr().out
    assert len(_pages(out.read_bytes())) == len(pages)
