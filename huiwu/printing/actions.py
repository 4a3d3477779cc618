"""督办清单: every 议定事项 with who answers for it and by when; overdue rows must catch the eye on paper."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from huiwu.printing._layout import (
    Col,
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
    style,
    table_rows,
)
from huiwu.printing.data import ActionDoc, ActionRow
from huiwu.printing.fonts import FontMap, printable_names

MARGINS = (15 * mm, 15 * mm, 18 * mm, 18 * mm)
SIZE = 10.5
OVERDUE_FILL = colors.Color(1.0, 0.88, 0.88)


def _row(r: ActionRow) -> tuple[str, ...]:
    state = f"{r.state_label}（逾期）" if r.overdue and "逾期" not in r.state_label else r.state_label
    decision = f"{r.decision}\n（{r.meeting_title}）" if r.meeting_title else r.decision
    person = f"{r.responsible_unit}\n{r.responsible_person}" if r.responsible_person else r.responsible_unit
    return (str(r.seq), decision, person, cn_date(r.deadline), state, r.latest_feedback)


def render_actions(doc: ActionDoc, fonts: FontMap | None = None) -> bytes:
    """The 督办清单; overdue rows are shaded and their state says 逾期, so they survive grey-scale copies."""
    f = printable_names(doc, fonts, "督办清单")
    cols = fit_widths([Col("序号", 12, "CENTER"), Col("议定事项", 58), Col("责任单位/责任人", 34),
                       Col("办理时限", 30, "CENTER"), Col("状态", 18, "CENTER"), Col("最新进展", 48)],
                      frame_width(A4, MARGINS))
    story: list[Flowable] = [Paragraph(esc(doc.title), style("a-title", f["title"], 20, align=TA_CENTER,
                                                                leading=30, space_after=4))]
    overdue = sum(r.overdue for r in doc.rows)
    summary = f"共 {len(doc.rows)} 项，其中逾期 {overdue} 项"
    if doc.as_of:
        summary = f"截至{cn_date(doc.as_of)}，{summary}"
    story += [Paragraph(esc(summary), style("a-sum", f["song"], 11, align=TA_RIGHT)), Spacer(0, 6)]
    if doc.rows:
        cols = fit_to_content(cols, [_row(r) for r in doc.rows], f["song"], SIZE, frame_width(A4, MARGINS),
                              head_font=f["hei"])
        body = table_rows([_row(r) for r in doc.rows], cols, f["song"], SIZE,
                          max_row_h=frame_height(A4, MARGINS) / 2, min_row_h=9 * mm)
        extra: list[tuple[Any, ...]] = []
        for out, src in enumerate(body.origin, start=1):
            if doc.rows[src].overdue:
                extra += [("BACKGROUND", (0, out), (-1, out), OVERDUE_FILL),
                          ("TEXTCOLOR", (4, out), (4, out), colors.Color(0.7, 0, 0))]
        story.append(grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE, extra=extra))
    else:
        story.append(Paragraph("（暂无议定事项）", style("empty", f["song"], SIZE)))
    return build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=doc.title,
                     canvasmaker=counting_canvas(page_of_total(f["song"], 10.5, 10 * mm)))
