"""The 归档卷 of one meeting: a contents page, the filed documents, and one 档案页号 running through them all.

Each document keeps its own page numbers ("— 1 —", "第 1 页 共 3 页"); the volume stamps its own number at the
top right of every page, as archives number a 卷's pages, and the contents page lists each section's first
and last page by that number. The tables the office has no document for (回执情况, 请假记录, 修改记录, the notes on
unfinished 议定事项) are rendered here from plain rows.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer

from huiwu.printing._layout import (
    Col,
    build_pdf,
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
from huiwu.printing.fonts import FontMap, printable_names
from huiwu.rules.archive import Entry

MARGINS = (28 * mm, 26 * mm, 30 * mm, 25 * mm)  # 订口 on the left, as the volume is bound there
SIZE = 10.5
STAMP_SIZE = 12.0


@dataclass(frozen=True)
class TableSection:
    """A section the volume renders itself: a titled table of plain rows (or a sentence when there are none)."""

    title: str
    intro: str
    columns: tuple[tuple[str, float, str], ...]  # heading, relative width, alignment
    rows: tuple[tuple[str, ...], ...]
    empty: str
    mark: str = ""  # the meeting's 密级 mark, as every page of a 涉密 meeting's file carries


@dataclass(frozen=True)
class ContentsDoc:
    title: str  # "县政府第49次常务会议归档卷"
    facts: tuple[tuple[str, str], ...]  # (label, value): 会议名称, 时间, 地点, 主持, 密级, 归档 …
    entries: tuple[Entry, ...]
    total_pages: int
    mark: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)


def render_table(section: TableSection, fonts: FontMap | None = None) -> bytes:
    f = printable_names(section, fonts, section.title)
    width = frame_width(A4, MARGINS)
    cols = fit_widths([Col(h, w, a) for h, w, a in section.columns], width)
    story: list[Flowable] = [
        *secrecy_block(section.mark, f, space_after=6),
        Paragraph(esc(section.title), style("ar-title", f["title"], 20, align=TA_CENTER, leading=30, space_after=6)),
    ]
    if section.intro:
        story += [Paragraph(esc(section.intro), style("ar-intro", f["song"], 11, leading=16)), Spacer(0, 6)]
    if section.rows:
        cols = fit_to_content(cols, section.rows, f["song"], SIZE, width, head_font=f["hei"])
        body = table_rows(section.rows, cols, f["song"], SIZE, max_row_h=frame_height(A4, MARGINS) / 2,
                          min_row_h=8 * mm)
        story.append(grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE))
    else:
        story.append(Paragraph(esc(section.empty), style("ar-empty", f["song"], 12, leading=18)))
    return build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=section.title,
                     canvasmaker=counting_canvas(page_of_total(f["song"], 10.5, 12 * mm)))


def render_contents(doc: ContentsDoc, fonts: FontMap | None = None) -> bytes:
    """The first page of the volume: what meeting, filed when and by whom, and the contents with page ranges."""
    f = printable_names(doc, fonts, "归档卷目录")
    width = frame_width(A4, MARGINS)
    facts = fit_widths([Col("项目", 22, "CENTER"), Col("内容", 78)], width)
    fact_rows = table_rows([(k, v) for k, v in doc.facts], facts, f["song"], SIZE, max_row_h=60 * mm, min_row_h=7 * mm)
    cols = fit_widths([Col("序号", 10, "CENTER"), Col("材料名称", 48), Col("页号", 18, "CENTER"), Col("备注", 30)],
                      width)
    rows = [(str(i), e.title, e.pages_text, e.note) for i, e in enumerate(doc.entries, start=1)]
    body = table_rows(rows, cols, f["song"], SIZE, max_row_h=40 * mm, min_row_h=7.5 * mm)
    story: list[Flowable] = [
        *secrecy_block(doc.mark, f, space_after=6),
        Paragraph(esc(doc.title), style("ac-title", f["title"], 22, align=TA_CENTER, leading=32, space_after=10)),
        grid_table(facts, fact_rows, head_font=f["hei"], body_font=f["song"], size=SIZE, repeat_header=False),
        Spacer(0, 8),
        Paragraph("卷内目录", style("ac-sub", f["hei"], 16, align=TA_CENTER, leading=24, space_after=4)),
        grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE),
        Spacer(0, 6),
        Paragraph(esc(f"本卷共 {doc.total_pages} 页，页号标注于每页右上角。"), style("ac-total", f["song"], 11)),
        *(Paragraph(esc(n), style(f"ac-n{i}", f["song"], 11)) for i, n in enumerate(doc.notes)),
    ]
    return build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=doc.title)


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def join_pdfs(pdfs: Sequence[bytes]) -> bytes:
    """Several documents as one PDF, page after page (a 督办清单 and its notes, a meeting's 明白纸)."""
    writer = PdfWriter()
    for pdf in pdfs:
        writer.append(io.BytesIO(pdf))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def bind(title: str, parts: Sequence[tuple[str, bytes]], font: str) -> bytes:
    """One PDF of ``parts`` ((section title, pdf), the contents first), every page stamped with its 档案页号
    at the top right in ``font``, and a bookmark per section so a reader jumps to it."""
    writer = PdfWriter()
    for name, pdf in parts:
        start = len(writer.pages)
        for page in PdfReader(io.BytesIO(pdf)).pages:
            writer.add_page(page)
        if len(writer.pages) > start:
            writer.add_outline_item(title=name, page_number=start)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    stamps = PdfReader(io.BytesIO(_stamps(sizes, font)))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        page.merge_page(stamp)
    writer.add_metadata({"/Title": title, "/Author": "Huiwu 会务", "/Creator": "Huiwu 会务"})
    writer.compress_identical_objects()  # what the sections embed alike (images, identical subsets), once
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stamps(sizes: Sequence[tuple[float, float]], font: str) -> bytes:
    """One transparent page per page of the volume, carrying only its number, 15 mm from the top right."""
    buf = io.BytesIO()
    canvas = Canvas(buf, pagesize=sizes[0] if sizes else A4, initialFontName=font)
    for number, (w, h) in enumerate(sizes, start=1):
        canvas.setPageSize((w, h))
        canvas.setFont(font, STAMP_SIZE)
        canvas.drawRightString(w - 15 * mm, h - 15 * mm, str(number))
        canvas.showPage()
    canvas.save()
    return buf.getvalue()
