"""议程 (the ordered 议题 with who reports and which units attend) and 日程 (every activity of a long meeting)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from huiwu.printing._layout import (
    Col,
    build_pdf,
    cn_date,
    cn_datetime,
    counting_canvas,
    esc,
    fit_to_content,
    frame_height,
    frame_width,
    grid_table,
    page_of_total,
    secrecy_block,
    style,
    table_rows,
)
from huiwu.printing.data import AgendaDocItem, MeetingDoc, ScheduleSlot
from huiwu.printing.fonts import FontMap, printable_names

MARGINS = (20 * mm, 20 * mm, 20 * mm, 20 * mm)
SIZE = 12.0


def _heading(meeting: MeetingDoc, f: dict[str, str], what: str) -> list[Flowable]:
    title = style(f"{what}-title", f["title"], 20, align=TA_CENTER, leading=28)
    sub = style(f"{what}-sub", f["hei"], 16, align=TA_CENTER, leading=24, space_after=6)
    info = style(f"{what}-info", f["song"], 12, leading=18)
    story: list[Flowable] = [Paragraph(esc(meeting.title), title), Paragraph(what, sub)]
    facts = [("时间", cn_datetime(meeting.starts_at, meeting.ends_at)), ("地点", meeting.venue or meeting.video_link),
             ("主持", meeting.chair)]
    story += [Paragraph(f"{k}：{esc(v)}", info) for k, v in facts if v]
    return [*story, Spacer(0, 6)]


def _presenter(item: AgendaDocItem) -> str:
    return " ".join(x for x in (item.presenter_unit, item.presenter_name) if x)


def _agenda_rows(items: Sequence[AgendaDocItem]) -> list[tuple[str, ...]]:
    return [
        (str(i.position), f"{i.title}（{i.secrecy_mark}）" if i.secrecy_mark else i.title, _presenter(i),
         "、".join(i.attending_units),
         f"{i.minutes}分钟" if i.minutes else "")
        for i in items
    ]


def _table_story(meeting: MeetingDoc, f: dict[str, str], what: str, cols: list[Col],
                 rows: list[tuple[str, ...]], empty_text: str) -> list[Flowable]:
    story = _heading(meeting, f, what)
    cols = fit_to_content(cols, rows, f["song"], SIZE, frame_width(A4, MARGINS), head_font=f["hei"])
    if rows:
        body = table_rows(rows, cols, f["song"], SIZE, max_row_h=frame_height(A4, MARGINS) / 2, min_row_h=9 * mm)
        story.append(grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE))
    else:
        story.append(Paragraph(empty_text, style("empty", f["song"], SIZE)))
    return story


def _build(meeting: MeetingDoc, f: dict[str, str], what: str, story: list[Flowable]) -> bytes:
    story = [*secrecy_block(meeting.secrecy_mark, f, copy=meeting.copy_number), *story]  # page 1 only: the 日程 follows in the same copy
    return build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=f"{meeting.title} {what}",
                     canvasmaker=counting_canvas(page_of_total(f["song"], 10.5, 10 * mm)))


def _table_pdf(meeting: MeetingDoc, f: dict[str, str], what: str, cols: list[Col],
               rows: list[tuple[str, ...]], empty_text: str) -> bytes:
    return _build(meeting, f, what, _table_story(meeting, f, what, cols, rows, empty_text))


AGENDA_COLS = [Col("序号", 12, "CENTER"), Col("议题", 70), Col("汇报单位/人", 38), Col("列席单位", 40),
               Col("时长", 16, "CENTER")]
SCHEDULE_COLS = [Col("日期", 30, "CENTER"), Col("时间", 28, "CENTER"), Col("活动内容", 62), Col("地点", 34),
                 Col("陪同人员", 30)]


def render_agenda(meeting: MeetingDoc, fonts: FontMap | None = None) -> bytes:
    """议程 of one meeting: its 议题 in order with 汇报单位/人 and 列席单位."""
    return _table_pdf(meeting, printable_names(meeting, fonts, "议程"), "议程", AGENDA_COLS, _agenda_rows(meeting.agenda), "（议题待定）")


def _schedule_rows(slots: Sequence[ScheduleSlot]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for i, s in enumerate(slots):
        same_day = i > 0 and slots[i - 1].date == s.date
        rows.append(("" if same_day else cn_date(s.date), s.time_range, s.activity, s.place, s.accompanying))
    return rows


def render_schedule(meeting: MeetingDoc, slots: Sequence[ScheduleSlot], fonts: FontMap | None = None) -> bytes:
    """日程 of a meeting of a day or more; the date is printed once per day."""
    return _table_pdf(meeting, printable_names((meeting, slots), fonts, "日程"), "日程", SCHEDULE_COLS, _schedule_rows(slots), "（日程待定）")


def render_agenda_and_schedule(meeting: MeetingDoc, slots: Sequence[ScheduleSlot],
                               fonts: FontMap | None = None) -> bytes:
    """议程 followed by the 日程 on a new page, in one PDF (one print job for a long meeting)."""
    f = printable_names((meeting, slots), fonts, "议程和日程")
    story = _table_story(meeting, f, "议程", AGENDA_COLS, _agenda_rows(meeting.agenda), "（议题待定）")
    story.append(PageBreak())
    story += _table_story(meeting, f, "日程", SCHEDULE_COLS, _schedule_rows(slots), "（日程待定）")
    return _build(meeting, f, "议程和日程", story)
