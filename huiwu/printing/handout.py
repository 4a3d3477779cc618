"""明白纸: one A4 page saying 干什么事, 什么标准, 时限节点, 奖惩机制 and whom to call, plus tables to fill in.

"One page" is the point of the form, so the layout shrinks the type step by step down to the smallest
size that still reads on paper, and when even that overflows it says by how much and which sections to cut
(:class:`HandoutDoesNotFit`) rather than spilling onto a second sheet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from huiwu.printing._layout import (
    Col,
    build_pdf,
    cn_date,
    draw_watermark,
    esc,
    fit_widths,
    frame_height,
    frame_width,
    grid_table,
    secrecy_block,
    style,
    table_rows,
)
from huiwu.printing.data import HandoutDoc
from huiwu.printing.errors import HandoutDoesNotFit
from huiwu.printing.fonts import FontMap, printable_names
from huiwu.rules.secrecy import numbered as numbered_rule

MARGINS = (18 * mm, 18 * mm, 16 * mm, 14 * mm)
BODY_SIZES = (12.0, 11.5, 11.0, 10.5, 10.0, 9.5, 9.0)  # 小四 down to the smallest readable body text
MIN_TABLE_SIZE = 8.0
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class HandoutFit:
    """How the handout lays out, for the editor's live preview ("已缩小到 10 磅" / "超出 12 毫米")."""

    fits: bool
    body_size: float
    table_size: float
    used_mm: float
    available_mm: float
    longest_sections: tuple[tuple[str, int], ...]

    @property
    def overflow_mm(self) -> float:
        return max(0.0, self.used_mm - self.available_mm)

    @property
    def shrunk(self) -> bool:
        return self.body_size < BODY_SIZES[0]


def _sections(doc: HandoutDoc) -> list[tuple[str, list[str]]]:
    contact = [doc.contact] if doc.contact else []
    return [(name, list(items)) for name, items in (
        ("干什么事", doc.tasks), ("什么标准", doc.standards), ("奖惩机制", doc.rewards_penalties),
        ("联系人", contact)) if items]


def section_lengths(doc: HandoutDoc) -> list[tuple[str, int]]:
    """Characters per section, longest first: what the user should shorten."""
    lengths = [(name, sum(len(i) for i in items)) for name, items in _sections(doc)]
    lengths.append(("时限节点", sum(len(m.date) + len(m.node) + len(m.owner) for m in doc.milestones)))
    lengths += [(f"附表“{t.title}”", sum(len(c) for row in (t.columns, *t.rows) for c in row)) for t in doc.tables]
    return sorted((x for x in lengths if x[1]), key=lambda x: -x[1])


class _Styles:
    def __init__(self, f: dict[str, str], body: float) -> None:
        self.body_size = body
        self.table_size = max(MIN_TABLE_SIZE, body - 1.5)
        self.title = style(f"h-title-{body}", f["title"], body + 8, align=TA_CENTER, leading=(body + 8) * 1.3,
                           space_after=body * 0.5)
        self.head = style(f"h-head-{body}", f["hei"], body + 1, leading=(body + 1) * 1.45)
        self.text = style(f"h-text-{body}", f["body"], body, leading=body * 1.45, indent_chars=2)
        self.small = style(f"h-small-{body}", f["song"], self.table_size, leading=self.table_size * 1.4)
        self.sign = style(f"h-sign-{body}", f["body"], body, leading=body * 1.45, align=TA_RIGHT)


def _milestone_table(doc: HandoutDoc, f: dict[str, str], st: _Styles, width: float) -> Flowable:
    cols = fit_widths([Col("时间节点", 30, "CENTER"), Col("工作内容", 100), Col("责任单位/人", 40)], width)
    rows = [(m.date, m.node, m.owner) for m in doc.milestones]
    body = table_rows(rows, cols, f["song"], st.table_size, max_row_h=frame_height(A4, MARGINS) / 2)
    return grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=st.table_size)


def _attached(doc: HandoutDoc, f: dict[str, str], st: _Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = []
    for n, t in enumerate(doc.tables, start=1):
        cols = fit_widths([Col(c, max(4, len(c)) + 2.0, "CENTER") for c in t.columns], width)
        rows = [tuple(r) + ("",) * (len(cols) - len(r)) for r in t.rows]
        rows += [("",) * len(cols)] * t.blank_rows
        body = table_rows([r[: len(cols)] for r in rows], cols, f["song"], st.table_size,
                          max_row_h=frame_height(A4, MARGINS) / 2, min_row_h=st.table_size * 2)
        story += [Spacer(0, st.body_size * 0.6), Paragraph(f"附表{n}：{esc(t.title)}", st.head),
                  grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=st.table_size)]
    return story


def numbered(doc: HandoutDoc) -> bool:
    """Copies carry a 份号 by the one rule (:func:`huiwu.rules.secrecy.numbered`)."""
    return numbered_rule(doc.copies, doc.confidentiality)


def handout_story(doc: HandoutDoc, f: dict[str, str], body_size: float, copy: int = 1) -> list[Flowable]:
    """One copy; ``copy`` is its 份号 when the copies are numbered."""
    st = _Styles(f, body_size)
    width = frame_width(A4, MARGINS)
    story: list[Flowable] = [*secrecy_block(doc.secrecy_mark, f, copy=copy if numbered(doc) else 0,
                                            space_after=body_size * 0.3),
                             Paragraph(esc(doc.title), st.title)]
    sections = _sections(doc)
    n = 0
    for name, items in sections[:2]:
        story.append(Paragraph(f"{NUMERALS[n]}、{name}", st.head))
        story += [Paragraph(esc(i), st.text) for i in items]
        n += 1
    if doc.milestones:
        story += [Paragraph(f"{NUMERALS[n]}、时限节点", st.head), _milestone_table(doc, f, st, width)]
        n += 1
    for name, items in sections[2:]:
        story.append(Paragraph(f"{NUMERALS[n]}、{name}", st.head))
        story += [Paragraph(esc(i), st.text) for i in items]
        n += 1
    story += _attached(doc, f, st, width)
    sign = [t for t in (doc.issuer, cn_date(doc.date)) if t]
    if sign:
        story += [Spacer(0, body_size * 0.5), *(Paragraph(esc(t), st.sign) for t in sign)]
    return story


def _height(story: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for i, fl in enumerate(story):
        _w, h = fl.wrap(width, 1e7)
        total += h + fl.getSpaceAfter() + (fl.getSpaceBefore() if i else 0)
    return total


def handout_fit(doc: HandoutDoc, fonts: FontMap | None = None) -> HandoutFit:
    """The largest type size at which the handout fits one page, or how far the smallest one overflows."""
    f = printable_names(doc, fonts, "明白纸")
    width, avail = frame_width(A4, MARGINS), frame_height(A4, MARGINS) - 2
    used = 0.0
    for size in BODY_SIZES:
        used = _height(handout_story(doc, f, size), width)
        if used <= avail:
            break
    return HandoutFit(used <= avail, size, max(MIN_TABLE_SIZE, size - 1.5), used / mm, avail / mm,
                      tuple(section_lengths(doc)[:3]))


def _copy_marks(doc: HandoutDoc, f: dict[str, str]) -> Any:
    """The pale diagonal stamp of a 内部 or 涉密 copy; the 份号 and 密级 themselves are in the story."""
    def on_page(canvas: Canvas, template: Any) -> None:
        if doc.confidentiality != "公开":
            draw_watermark(canvas, f["hei"], f"{doc.confidentiality} 第{canvas.getPageNumber()}份", A4)

    return on_page


def render_handout(doc: HandoutDoc, fonts: FontMap | None = None) -> bytes:
    """One page per copy; raises :class:`HandoutDoesNotFit` rather than printing a second page."""
    fit = handout_fit(doc, fonts)
    if not fit.fits:
        raise HandoutDoesNotFit(fit.overflow_mm, fit.longest_sections[:2])
    f = printable_names(doc, fonts, "明白纸")
    story: list[Flowable] = []
    for k in range(max(1, doc.copies)):
        story += ([PageBreak()] if k else []) + handout_story(doc, f, fit.body_size, copy=k + 1)
    return build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=doc.title,
                     on_page=_copy_marks(doc, f))
