"""Every document renders from hand-made data, and its Chinese text comes back exactly as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import (
    HAS_PDFTOPPM,
    dark_fraction,
    make_actions,
    make_handout,
    make_meeting,
    make_notice,
    make_participants,
    make_report,
    make_schedule,
    make_seating,
    make_week,
    pdf_pages_text,
    squash,
)

from huiwu.printing.actions import render_actions
from huiwu.printing.agenda import render_agenda, render_schedule
from huiwu.printing.cards import render_cards
from huiwu.printing.handout import render_handout
from huiwu.printing.notice import render_notice
from huiwu.printing.report import render_report
from huiwu.printing.seating import render_seating
from huiwu.printing.signin import render_signin
from huiwu.printing.week import render_week

RENDERERS = {
    "notice": lambda: render_notice(make_notice()),
    "agenda": lambda: render_agenda(make_meeting()),
    "schedule": lambda: render_schedule(make_meeting(), make_schedule()),
    "signin": lambda: render_signin(make_meeting(), make_participants(30)),
    "handout": lambda: render_handout(make_handout()),
    "seating": lambda: render_seating(make_seating(5)),
    "cards": lambda: render_cards(make_seating(3).people),
    "actions": lambda: render_actions(make_actions()),
    "report": lambda: render_report(make_report()),
    "week_grid": lambda: render_week(make_week()),
    "week_list": lambda: render_week(make_week(), variant="list"),
}


def test_notice_text_and_page_numbers() -> None:
    pages = pdf_pages_text(render_notice(make_notice()))
    text = squash("".join(pages))
    assert "关于召开全县第二季度重点工作推进会的通知" in text
    assert "各乡镇人民政府，县直各单位：" in text
    assert "（一）出席人员。县政府县长、副县长，县政府办公室主任。" in text
    assert "某某县人民政府办公室" in text and "2026年5月15日" in text
    assert text.count("联系人：张三联系电话：0123-4567890") == 1  # once, as the body says it
    assert text.count("某某县人民政府办公室") == 1 and text.count("2026年5月15日") == 1
    for number, page in enumerate(pages, start=1):
        assert f"—{number}—" in squash(page)
    assert "回执" in squash(pages[-1])


def test_agenda_and_schedule() -> None:
    text = squash("".join(pdf_pages_text(render_agenda(make_meeting()))))
    assert "听取县发改局关于一季度经济运行情况的汇报" in text
    assert "县统计局、县财政局" in text and "县发改局王强" in text
    text = squash("".join(pdf_pages_text(render_schedule(make_meeting(), make_schedule()))))
    assert "开幕式暨第一次全体会议" in text and "2026年5月21日" in text


def test_signin_marks_leave_and_substitutes() -> None:
    rows = make_participants(30)
    text = squash("".join(pdf_pages_text(render_signin(make_meeting(), rows))))
    assert "会议名称：全县第二季度重点工作推进会" in text
    assert "代会：王五（副局长）" in text
    assert text.count("请假") >= 2 * sum(r.on_leave for r in rows)  # signature cell and 备注
    assert "联系电话" in text
    no_phone = squash("".join(pdf_pages_text(render_signin(make_meeting(), rows, with_phone=False))))
    assert "联系电话" not in no_phone


def test_signin_repeats_header_and_counts_pages() -> None:
    pages = pdf_pages_text(render_signin(make_meeting(), make_participants(120), walk_in_rows=10))
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        flat = squash(page)
        assert "序号单位姓名职务联系电话签到备注" in flat
        assert f"第{number}页共{len(pages)}页" in flat
    assert "临时参会人员" in squash(pages[-1])
    # a unit that continues on a new page is named again at the top
    assert any("（续）" in squash(p) for p in pages[1:])


def test_every_person_appears_once_in_order() -> None:
    rows = make_participants(60)
    text = squash("".join(pdf_pages_text(render_signin(make_meeting(), rows))))
    positions = [text.index(r.name + r.title) for r in rows]
    assert positions == sorted(positions)


def test_actions_and_report() -> None:
    text = squash("".join(pdf_pages_text(render_actions(make_actions()))))
    assert "会议议定事项督办清单" in text and "其中逾期2项" in text and "逾期" in text
    text = squash("".join(pdf_pages_text(render_report(make_report()))))
    assert "关于2026年5月期间会议出勤情况的通报" in text
    assert "迟到1人次、缺席1人次" in text and "迟到12分钟" in text and "电话" in text


def test_week_variants_mark_amendments() -> None:
    grid = squash("".join(pdf_pages_text(render_week(make_week()))))
    assert "第3项专题会议（变更）" in grid and "变更情况" in grid and "调休上班" in grid
    assert "上午" in grid and "下午" in grid and "晚上" not in grid
    listing = squash("".join(pdf_pages_text(render_week(make_week(), variant="list"))))
    assert "承办单位" in listing and "变更：时间由周三上午调整为周三下午" in listing


def test_seating_and_cards() -> None:
    text = squash("".join(pdf_pages_text(render_seating(make_seating(5)))))
    assert "主席台" in text and "观众方向" in text
    assert text.index("领导5") < text.index("领导3") < text.index("领导1") < text.index("领导2")
    pages = pdf_pages_text(render_cards(make_seating(3).people))
    assert len(pages) == 2
    assert squash(pages[0]).count("领导1") == 2  # both faces of the tent


@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_fonts_are_embedded(name: str) -> None:
    pdf = RENDERERS[name]()
    assert pdf.startswith(b"%PDF")
    assert b"/FontFile2" in pdf and b"/ToUnicode" in pdf


@pytest.mark.skipif(not HAS_PDFTOPPM, reason="poppler's pdftoppm is not installed")
@pytest.mark.parametrize("name", sorted(RENDERERS))
def test_first_page_is_not_blank(name: str, tmp_path: Path) -> None:
    assert dark_fraction(RENDERERS[name](), tmp_path) > 0.002
