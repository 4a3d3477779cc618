"""签到结果表: after the meeting, the staff-marked sign-in sheet — every invitee with what happened.

DOMAIN.md: "Staff-marked variant: √ present, separate marks for 缺席 and 请假." Each row carries the mark the
service worded from the sign-in page's outcome (√ / 迟到 n 分钟 / 早退 / 请假（事由）/ 代会（某某）/ 缺席) and
the sign-in time; the foot is the page's tally (应到 / 实到 / 请假 / 缺席). Rows come grouped by unit in
排序号 order, laid out like the 签到表 (one merged unit block per group, "（续）" at the top of a page), but
without the signature space, so a thousand people fit on about half as many pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from huiwu.printing._layout import (
    Col,
    Rows,
    build_pdf,
    cn_date,
    counting_canvas,
    esc,
    fit_to_content,
    fit_widths,
    frame_height,
    frame_width,
    grid_table,
    page_of_total,
    secrecy_block,
    style,
    table_rows,
)
from huiwu.printing.data import ResultDoc, ResultRow, ResultTotals
from huiwu.printing.fonts import printable_names
from huiwu.printing.signin import GroupedTable, _running_head, _short_label, header_block
from huiwu.progress import Progress

MARGINS = (15 * mm, 15 * mm, 15 * mm, 18 * mm)
SIZE = 10.5  # 五号
ROW_H = 7 * mm
UNIT_COL = 1
TITLE = "签到结果表"
KEEP_LAST = 3  # the totals row never stands alone on a page: two rows of people go with it


class ResultTable(GroupedTable):
    """The grouped table whose last page always carries a few rows above the totals."""

    keep_last = KEEP_LAST
    next_page = False  # a tail cut short so that rows go with the totals starts on a new page

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self.next_page:
            self.next_page = False
            return []
        heights = list(self._rowHeights)
        used, fit = 0.0, 0
        for h in heights:  # the rows reportlab would put on this page (the header is row 0)
            if used + h > availHeight:
                break
            used, fit = used + h, fit + 1
        short = fit < len(heights) and len(heights) - fit < self.keep_last
        head_rows = len(heights) - self.keep_last
        if short and head_rows >= 2:
            availHeight = sum(heights[:head_rows]) + 0.01
        parts = super().split(availWidth, availHeight)
        for part in parts:
            if isinstance(part, ResultTable):
                part.keep_last = self.keep_last
        if short and head_rows >= 2 and len(parts) == 2 and isinstance(parts[1], ResultTable):
            parts[1].next_page = True
        return parts


def totals_text(t: ResultTotals, closed: bool) -> str:
    """"应到 7 人，实到 5 人（其中代会 1 人），请假 1 人，缺席 1 人" and, below it, 迟到 / 早退 / 未签到."""
    head = (f"合计：应到 {t.expected} 人，实到 {t.present} 人（其中代会 {t.substitute} 人），"
            f"请假 {t.leave} 人，缺席 {t.absent} 人")
    if t.missing or not closed:
        head += f"，未签到 {t.missing} 人"
    return f"{head}\n其中迟到 {t.late} 人，早退 {t.left_early} 人"


def _time(row: ResultRow, with_date: bool) -> str:
    if row.signed_in_at is None:
        return ""
    return f"{row.signed_in_at:%m-%d %H:%M}" if with_date else f"{row.signed_in_at:%H:%M}"


def _columns(width: float) -> list[Col]:
    return fit_widths([Col("序号", 11, "CENTER"), Col("单位", 40), Col("姓名", 20, "CENTER"), Col("职务", 28),
                       Col("签到情况", 40, "CENTER"), Col("签到时间", 20, "CENTER"), Col("备注", 30)], width)


def _cells(r: ResultRow, first_of_group: bool, with_date: bool) -> tuple[str, ...]:
    return (str(r.seq), r.unit if first_of_group else "", r.name, r.title, r.mark, _time(r, with_date), r.note)


def _group_styles(rows: Sequence[ResultRow], body: Rows, cols: Sequence[Col], font: str
                  ) -> tuple[list[tuple[Any, ...]], list[str]]:
    """A rule under each unit's block, and the "unit（续）" label a page starting inside it shows."""
    cmds: list[tuple[Any, ...]] = []
    labels = [""]
    n = len(body.origin)
    for out, src in enumerate(body.origin, start=1):
        r = rows[src]
        if out == n or rows[body.origin[out]].unit != r.unit:
            cmds.append(("LINEBELOW", (UNIT_COL, out), (UNIT_COL, out), 0.6, (0, 0, 0)))
        first = out == 1 or rows[body.origin[out - 2]].unit != r.unit
        labels.append("" if first else _short_label(r.unit, font, cols[UNIT_COL].width))
    return cmds, labels


def result_table(doc: ResultDoc, cols: Sequence[Col], f: dict[str, str], *, with_date: bool,
                 progress: Progress | None = None) -> Table:
    rows = doc.rows
    texts = [_cells(r, i == 0 or rows[i - 1].unit != r.unit, with_date) for i, r in enumerate(rows)]
    body = table_rows(texts, cols, f["song"], SIZE, max_row_h=frame_height(A4, MARGINS) / 3, min_row_h=ROW_H)
    extra, labels = _group_styles(rows, body, cols, f["song"])
    # the totals: one row across the table, in 黑体
    width = sum(c.width for c in cols)
    para = Paragraph(esc(totals_text(doc.totals, doc.closed)), style("result-total", f["hei"], SIZE, leading=SIZE * 1.6,
                                                                     align=TA_LEFT))
    _w, h = para.wrap(width - 6, 1e6)
    body.cells.append([para] + [""] * (len(cols) - 1))
    body.heights.append(max(ROW_H, h + 8))
    last = len(body.cells)  # its row number (the header is row 0)
    extra += [("SPAN", (0, last), (-1, last)), ("LINEABOVE", (0, last), (-1, last), 0.6, (0, 0, 0))]
    labels.append("")
    table = grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE, extra=extra,
                       skip_rules_in=UNIT_COL, cls=ResultTable)
    assert isinstance(table, ResultTable)
    table.cont_labels = tuple(labels)
    table.progress, table.rows_total = progress, len(rows)
    return table


def render_result(doc: ResultDoc, fonts: Any = None, *, progress: Progress | None = None) -> bytes:
    """The 签到结果表 of one meeting. ``progress`` hears (rows laid out, rows) at each page break."""
    meeting = doc.meeting
    f = printable_names(doc, fonts, TITLE)
    width = frame_width(A4, MARGINS)
    start, end = meeting.starts_at, meeting.ends_at
    with_date = start is not None and end is not None and end.date() != start.date()
    cols = fit_to_content(_columns(width), [_cells(r, True, with_date) for r in doc.rows], f["song"], SIZE, width,
                          head_font=f["hei"])
    info = style("result-info", f["song"], 11.5, leading=17)
    story: list[Flowable] = [*secrecy_block(meeting.secrecy_mark, f, copy=meeting.copy_number),
                             *header_block(meeting, f, TITLE)[:-1]]
    if doc.as_of is not None:
        state = "" if doc.closed else "（签到尚未结束，未签到人员尚未计为缺席）"
        story.append(Paragraph(f"统计时间：{esc(cn_date(doc.as_of.date()))} {doc.as_of:%H:%M}{esc(state)}", info))
    story.append(Paragraph("说明：√ 本人按时出席；迟到注明分钟数；请假注明事由；代会注明代会人员。",
                           style("result-legend", f["song"], 9, leading=14, space_after=4)))
    story.append(result_table(doc, cols, f, with_date=with_date, progress=progress))
    page_number = page_of_total(f["song"], 10.5, 8 * mm)

    def footer(canvas: Any, number: int, total: int) -> None:
        page_number(canvas, number, total)
        if number > 1:  # a loose page still says which meeting it belongs to
            canvas.setFont(f["song"], 9)
            canvas.drawString(MARGINS[0], A4[1] - MARGINS[2] + 3 * mm,
                              _running_head(meeting, TITLE, f["song"], 9, width))

    pdf = build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=f"{meeting.title} {TITLE}",
                    canvasmaker=counting_canvas(footer))
    if progress is not None:
        progress(len(doc.rows), len(doc.rows))
    return pdf
