"""明白纸附表汇总: every unit's returned rows of each attached table, the unit first, as the office files it.

A pure function from plain data to PDF bytes (huiwu.services.handout_returns.merged_doc loads the data). A
table wider than six columns prints on landscape A4. Rows taller than a page continue on the next one
(huiwu.printing._layout.table_rows), and the unit is repeated on each continuation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

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
from huiwu.printing.fonts import FontMap, printable_names

MARGINS = (15 * mm, 15 * mm, 18 * mm, 18 * mm)
SIZE = 10.5
LANDSCAPE_FROM = 7  # columns, the unit's included


@dataclass(frozen=True)
class MergedTableDoc:
    title: str
    columns: tuple[str, ...]  # 填报单位 first
    rows: tuple[tuple[str, ...], ...]
    note: str = ""  # 报送截止、已交、未交


@dataclass(frozen=True)
class MergedDoc:
    title: str  # 《…明白纸》附表汇总
    tables: tuple[MergedTableDoc, ...]
    issuer: str = ""
    date: dt.date | None = None
    secrecy_mark: str = ""  # the 明白纸's own mark ("秘密★1年"), printed top left


def render_merged(doc: MergedDoc, fonts: FontMap | None = None) -> bytes:
    f = printable_names(doc, fonts, "附表汇总")
    widest = max((len(t.columns) for t in doc.tables), default=1)
    pagesize = landscape(A4) if widest >= LANDSCAPE_FROM else A4
    width = frame_width(pagesize, MARGINS)
    story: list[Flowable] = []
    if doc.secrecy_mark:
        story.append(Paragraph(esc(doc.secrecy_mark), style("m-mark", f["hei"], 14, leading=20)))
    story += [Paragraph(esc(doc.title), style("m-title", f["title"], 20, align=TA_CENTER, leading=30)), Spacer(0, 6)]
    head = style("m-head", f["hei"], 13, leading=20, space_after=4)
    note = style("m-note", f["body"], 10.5, leading=16)
    for n, t in enumerate(doc.tables, start=1):
        story += [CondPageBreak(40 * mm), Paragraph(esc(f"{n}. {t.title}" if len(doc.tables) > 1 else t.title), head)]
        if t.rows:
            cols = fit_widths([Col(c, 22 if i == 0 else 18) for i, c in enumerate(t.columns)], width)
            cols = fit_to_content(cols, t.rows, f["song"], SIZE, width, head_font=f["hei"])
            body = table_rows(t.rows, cols, f["song"], SIZE, max_row_h=frame_height(pagesize, MARGINS) / 2,
                              min_row_h=7 * mm, repeat=(0,))
            story.append(grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE))
        else:
            story.append(Paragraph("尚无单位报送。", note))
        if t.note:
            story += [Spacer(0, 3), Paragraph(esc(t.note), note)]
        story.append(Spacer(0, 8))
    sign = style("m-sign", f["body"], 14, leading=24, align=TA_RIGHT)
    story += [Spacer(0, 10), *(Paragraph(esc(x), sign) for x in (doc.issuer, cn_date(doc.date)) if x)]
    return build_pdf(story, font=f["body"], pagesize=pagesize, margins=MARGINS, title=doc.title,
                     canvasmaker=counting_canvas(page_of_total(f["song"], 10.5, 10 * mm)))
