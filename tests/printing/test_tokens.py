"""Times, dates and 职务 never wrap inside a token; columns are as wide as their widest token (issue 12)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from conftest import make_meeting, make_participants, make_week, pdf_pages_text
from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.printing._layout import (
    CELL_PAD,
    Col,
    break_lines,
    fit_to_content,
    grid_table,
    longest_phrase,
    table_rows,
    widest_phrase,
)
from huiwu.printing.data import ParticipantRow
from huiwu.printing.fonts import ResolvedFont, resolve_fonts
from huiwu.printing.signin import render_signin
from huiwu.printing.week import render_week

POSTS = ("党组书记", "局长", "副局长", "党委副书记", "镇长", "主任", "常务副县长", "县委常委", "二级调研员")
times = st.builds(lambda h, m, d: f"{h:02d}:{m:02d}—{(h + d) % 24:02d}:{m:02d}",
                  st.integers(0, 23), st.sampled_from([0, 15, 30, 45]), st.integers(1, 4))
posts = st.lists(st.sampled_from(POSTS), min_size=1, max_size=5).map("、".join)
dates = st.dates(dt.date(2026, 1, 1), dt.date(2030, 12, 31)).map(lambda d: f"{d.year}年{d.month}月{d.day}日")


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(st.one_of(times, posts, dates), min_size=1, max_size=6),
       width_chars=st.integers(min_value=6, max_value=30))
def test_lines_break_between_tokens(parts: list[str], width_chars: int) -> None:
    font = resolve_fonts()["song"].name
    text = "、".join(parts)
    lines = break_lines(text, font, 10.5, width_chars * 10.5)
    assert "".join(lines) == text  # nothing lost, nothing added
    from reportlab.pdfbase.pdfmetrics import stringWidth

    tokens = [t for p in parts for t in p.split("、") if stringWidth(t + "、", font, 10.5) <= width_chars * 10.5]
    for token in tokens:
        assert any(token in line for line in lines), f"{token!r} broken across {lines}"
    assert not any(line.startswith(("、", "，", "。")) for line in lines[1:])


def test_a_token_longer_than_the_line_is_still_cut() -> None:
    font = resolve_fonts()["song"].name
    url = "https://meeting.example.gov.cn/room/123456789012345678901234567890"
    lines = break_lines(url, font, 10.5, 60)
    assert "".join(lines) == url and len(lines) > 1


def test_columns_fit_their_widest_token() -> None:
    font = resolve_fonts()["song"].name
    cols = [Col("序号", 10), Col("职务", 10), Col("事项", 80)]
    rows = [("1", "党委副书记、镇长", "研究部署" * 20)]
    fitted = fit_to_content(cols, rows, font, 10.5, 400)
    assert abs(sum(c.width for c in fitted) - 400) < 0.01
    from reportlab.pdfbase.pdfmetrics import stringWidth

    assert fitted[1].width >= stringWidth("党委副书记、", font, 10.5) + 2 * CELL_PAD


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="党委副书记、镇长（兼）局1234:—-abc \n", max_size=24), max_size=30))
def test_the_widest_phrase_of_a_column_is_the_widest_of_its_texts_phrases(texts: list[str]) -> None:
    """widest_phrase skips texts that cannot beat the widest piece so far: the answer is the plain maximum."""
    font = resolve_fonts()["song"].name
    assert widest_phrase(texts, font, 10.5) == max([longest_phrase(t, font, 10.5) for t in texts], default=0.0)


def test_empty_cells_draw_no_text() -> None:
    """A blank cell costs reportlab a text object of its own; the ruled tables draw nothing there."""
    from reportlab.pdfgen.canvas import Canvas

    font = resolve_fonts()["song"].name
    cols = [Col("序号", 40, "CENTER"), Col("姓名", 80), Col("签到", 80)]
    body = table_rows([("1", "张三", ""), ("2", "", ""), ("3", "李四", "请假")], cols, font, 10.5, max_row_h=200)
    table = grid_table(cols, body, head_font=font, body_font=font, size=10.5)
    canvas = Canvas(io.BytesIO(), pageCompression=0)
    table.wrapOn(canvas, 200, 400)
    table.drawOn(canvas, 0, 0)
    stream = canvas._code
    assert sum(op.count("BT") for op in stream) == 3 + 6  # the heading's three cells, the six filled ones


def test_sign_in_sheet_keeps_every_post_whole_and_names_the_meeting_on_every_page(
        fonts: dict[str, ResolvedFont]) -> None:
    rows = [ParticipantRow(seq=r.seq, unit=r.unit, name=r.name, title=POSTS[r.seq % 5] + "、" + POSTS[r.seq % 3])
            for r in make_participants(60)]
    meeting = make_meeting()
    pages = pdf_pages_text(render_signin(meeting, rows, fonts))
    assert len(pages) >= 2
    lines = [line.replace(" ", "") for page in pages for line in page.splitlines()]
    for post in {p for r in rows for p in r.title.split("、")}:
        assert any(post in line for line in lines), post
    assert not any(line in ("长", "记", "任") for line in lines)
    for page in pages:
        assert meeting.title in page.replace(" ", "").replace("\n", "")


def test_week_list_keeps_every_time_whole(fonts: dict[str, ResolvedFont]) -> None:
    week = make_week(3)
    week = replace(week, entries=tuple(replace(e, time="09:00—12:00") for e in week.entries))
    text = "\n".join(pdf_pages_text(render_week(week, fonts, variant="list")))
    lines = [line.replace(" ", "") for line in text.splitlines()]
    assert sum(line.count("09:00—12:00") for line in lines) == len(week.entries)


def test_week_grid_names_the_day_again_on_every_page_a_cell_continues(fonts: dict[str, ResolvedFont]) -> None:
    from huiwu.printing.data import WeekEntry

    week = make_week()
    monday = week.days[0].date
    crowded = tuple(WeekEntry(monday, "上午", f"{8 + i // 4:02d}:{i % 4 * 15:02d}", f"第{i + 1}个专题会议",
                              "县政府第一会议室", "李明", "县直有关单位主要负责人") for i in range(30))
    pages = pdf_pages_text(render_week(replace(week, entries=crowded + week.entries), fonts, variant="grid"))
    monday_pages = [p for p in pages if "个专题会议" in p]
    assert len(monday_pages) >= 2
    for page in monday_pages[1:]:
        assert "周一（续）" in page.replace(" ", "")
    for i in range(30):  # each meeting's block (time, title, place, chair, participants) on one page
        holder = [p.replace(" ", "") for p in pages if f"第{i + 1}个专题会议" in p.replace(" ", "")]
        assert len(holder) == 1
        block = holder[0].split(f"第{i + 1}个专题会议", 1)[1]
        assert block.lstrip("\n").startswith("地点：县政府第一会议室\n主持：李明\n参会：县直有关单位主要负责人")


PIECES = st.sampled_from(["党组书记", "局长", "（兼）", "、", "，", "。", "（一）", "“重点”", "09:00—12:00", "2026年",
                          "王", "研究部署", "；", "A1", "《通知》", "…", "的"])


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(PIECES, min_size=1, max_size=25), width_chars=st.integers(min_value=3, max_value=30))
def test_lines_never_lose_text_run_wide_or_start_with_closing_punctuation(parts: list[str], width_chars: int) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from huiwu.printing._layout import _NO_LINE_END, _NO_LINE_START

    font = resolve_fonts()["song"].name
    text, width = "".join(parts), width_chars * 10.5
    lines = break_lines(text, font, 10.5, width)
    assert "".join(lines) == text
    hung = [line.rstrip("".join(_NO_LINE_START)) for line in lines]  # closing marks may hang (标点悬挂)
    assert all(stringWidth(line, font, 10.5) <= width + 0.01 for line in hung), lines
    assert not any(line[:1] in _NO_LINE_START for line in lines[1:]), lines
    assert not any(line[-1:] in _NO_LINE_END for line in lines[:-1]), lines


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(PIECES, min_size=1, max_size=25), width_chars=st.integers(min_value=4, max_value=28))
def test_grid_text_never_starts_a_line_with_closing_punctuation(parts: list[str], width_chars: int) -> None:
    """The 公文 grid of the notice and the 纪要 (GridText): "（代某某）、" never leaves "）、" to open a line."""
    from huiwu.printing.notice import NO_LINE_START, PITCH, GridText

    font = resolve_fonts()["song"].name
    text = "".join(parts)
    grid = GridText([(text, font)], indent_chars=0)
    lines = ["".join(g.text for g in line) for line in grid._break(width_chars * PITCH)]
    assert "".join(lines) == text
    assert not any(line[:1] in NO_LINE_START for line in lines[1:] if line), lines


NAMES = st.sampled_from(["谢家豪", "孟婷婷", "城关镇陈俊杰", "柳林镇秦杰（代覃振华）", "欧阳明", "王五（代会）", "东坝镇陆晓燕"])


@settings(max_examples=200, deadline=None)
@given(names=st.lists(NAMES, min_size=1, max_size=30), width_chars=st.integers(min_value=13, max_value=28))
def test_a_list_of_names_breaks_between_names(names: list[str], width_chars: int) -> None:
    """The 纪要's 出席 / 请假 / 列席 lines: every name whole on one line (the longest entry, 12 characters with its
    、, fits every width drawn here), none lost."""
    from huiwu.printing.notice import PITCH, GridText

    font = resolve_fonts()["song"].name
    text = "、".join(names)
    grid = GridText([(text, font)], indent_chars=0, align="left", entries=True)
    lines = ["".join(g.text for g in line) for line in grid._break(width_chars * PITCH)]
    assert "".join(lines) == text
    pieces = [piece for line in lines for piece in line.split("、") if piece]
    assert pieces == names  # no name split between two lines
