"""Attendance 通报: who came late or stayed away without leave, as offices circulate it afterwards."""

from __future__ import annotations

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
from huiwu.printing.data import AttendanceReportRow, ReportDoc
from huiwu.printing.fonts import FontMap, printable_names

MARGINS = (15 * mm, 15 * mm, 20 * mm, 18 * mm)
SIZE = 10.5


def intro(doc: ReportDoc) -> str:
    counts = "、".join(f"{kind} {n} 人次" for kind in ("迟到", "缺席", "早退", "未经批准代会")
                      if (n := sum(r.kind == kind for r in doc.rows)) or kind in ("迟到", "缺席"))
    meetings = f"共召开会议 {doc.meeting_count} 次。" if doc.meeting_count else ""
    return f"{doc.period_label}期间，{meetings}经签到统计，{counts}，现将有关情况通报如下："


def _row(r: AttendanceReportRow) -> tuple[str, ...]:
    when = f"{r.time:%m-%d %H:%M}" if r.time else ""
    return (str(r.seq), r.name, r.unit, r.title, r.meeting, when, r.situation, r.on_leave, r.leave_channel)


def render_report(doc: ReportDoc, fonts: FontMap | None = None) -> bytes:
    f = printable_names(doc, fonts, "出勤通报")
    cols = fit_widths([Col("序号", 9, "CENTER"), Col("姓名", 16, "CENTER"), Col("单位", 26), Col("职务", 20),
                       Col("会议", 30), Col("时间", 24, "CENTER"), Col("情形", 26, "CENTER"),
                       Col("是否请假", 21, "CENTER"), Col("请假方式", 20, "CENTER")],
                      frame_width(A4, MARGINS))
    body_style = style("r-body", f["body"], 14, leading=24, indent_chars=2)
    story: list[Flowable] = [
        Paragraph(esc(doc.full_title), style("r-title", f["title"], 20, align=TA_CENTER, leading=30)),
        Spacer(0, 8), Paragraph(esc(intro(doc)), body_style), Spacer(0, 6),
    ]
    if doc.rows:
        cols = fit_to_content(cols, [_row(r) for r in doc.rows], f["song"], SIZE, frame_width(A4, MARGINS),
                              head_font=f["hei"])
        body = table_rows([_row(r) for r in doc.rows], cols, f["song"], SIZE,
                          max_row_h=frame_height(A4, MARGINS) / 2, min_row_h=8 * mm)
        story.append(grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE))
    else:
        story.append(Paragraph("本期间无迟到、缺席、早退及未经批准代会情况。", body_style))
    sign = style("r-sign", f["body"], 14, leading=24, align=TA_RIGHT)
    story += [Spacer(0, 16), *(Paragraph(esc(t), sign) for t in (doc.issuer, cn_date(doc.date)) if t)]
    return build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=doc.full_title,
                     canvasmaker=counting_canvas(page_of_total(f["song"], 10.5, 10 * mm)))
