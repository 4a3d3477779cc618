"""会议纪要 in the 纪要 layout of DOMAIN.md on the GB/T 9704 grid (the notice's :class:`GridText`).

The title "×××纪要" in 2号小标宋, its number "〔2026〕49号" under it; 时间 / 地点 / 主持 and the 出席 / 请假 /
列席 lines with their labels in 3号黑体 and the names in 仿宋; then one part per 议题, "一、" headings in 黑体,
the body and the numbered decisions in 仿宋; the 版记 (分送, then 印发机关 and 印发日期, between rules) at the foot
of the last page. A 涉密 纪要 carries its 密级 (and the 份号 of a numbered copy) on the first lines; a 纪要 not
yet signed says so across each page (草稿 / 送审稿), so a draft is never taken for the issued text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from huiwu.printing._layout import break_lines, build_pdf, draw_watermark, secrecy_block
from huiwu.printing.fonts import FontMap, printable_names
from huiwu.printing.notice import (
    BOTTOM,
    LEFT,
    LINE,
    RIGHT,
    TITLE_SIZE,
    TOP,
    GridText,
    _page_number,
    paragraph_runs,
)


@dataclass(frozen=True)
class MinutesPart:
    """One part of the body: its heading as printed ("一、…"), paragraphs, numbered decisions ("（一）…")."""

    heading: str
    paragraphs: tuple[str, ...] = ()
    decisions: tuple[tuple[str, str], ...] = ()  # (mark, text): ("（一）", "由县财政局牵头…")


@dataclass(frozen=True)
class MinutesDoc:
    title: str  # 县政府第49次常务会议纪要
    number_text: str = ""  # 〔2026〕49号
    header: tuple[tuple[str, str], ...] = ()  # (label, text): 时间 / 地点 / 主持 / 出席 / 请假 / 列席
    parts: tuple[MinutesPart, ...] = ()
    distribution: str = ""  # 分送
    issuer: str = ""  # 印发机关
    issued_on_text: str = ""  # "2026年12月3日"; "" before 印发 (the 版记 then says so)
    secrecy_mark: str = ""  # "秘密★1年"
    copy_number: int = 0  # 份号 of this copy; 0: not numbered
    watermark: str = ""  # "草稿" / "送审稿" until signed


class MinutesImprint(Flowable):
    """版记 (GB/T 9704 §7.4): 分送 (左空一字, its continuation lines under the first name) and, below a thin rule,
    the 印发机关 左空一字 and the 印发日期 右空一字, between two heavy rules the width of the 版心, in 4号仿宋, at
    the foot of the last page (it takes what is left of the page; when too little is left, a page of its own)."""

    SIZE = 14.0  # 4号
    ROW = 7 * mm
    PAD = 1.5 * mm

    def __init__(self, distribution: str, issuer: str, issued_on_text: str, font: str) -> None:
        super().__init__()
        self.distribution, self.issuer, self.date, self.font = distribution, issuer, issued_on_text, font
        self._lines: list[str] = []
        self._height = 0.0

    def _block(self, width: float) -> float:
        label_w = 3 * self.SIZE  # "分送："
        self._lines = break_lines(self.distribution or "—", self.font, self.SIZE, width - 2 * self.SIZE - label_w)
        return len(self._lines) * self.ROW + 2 * self.PAD + self.ROW + 2 * self.PAD

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        need = self._block(availWidth)
        self._needed = need
        self._height = max(need, availHeight - 0.01) if availHeight >= need else need
        return availWidth, self._height

    def draw(self) -> None:
        c, em, need = self.canv, self.SIZE, self._needed
        issue_h = self.ROW + 2 * self.PAD
        c.setLineWidth(0.35 * mm)
        c.line(0, need, self.width, need)
        c.line(0, 0, self.width, 0)
        c.setLineWidth(0.25 * mm)
        c.line(0, issue_h, self.width, issue_h)
        c.setFont(self.font, self.SIZE)
        baseline = self.PAD + (self.ROW - self.SIZE * 0.7) / 2
        c.drawString(em, baseline, self.issuer)
        c.drawRightString(self.width - em, baseline, f"{self.date}印发" if self.date else "（未印发）")
        top = need - self.PAD
        for i, line in enumerate(self._lines):
            y = top - (i + 1) * self.ROW + (self.ROW - self.SIZE * 0.7) / 2
            if i == 0:
                c.drawString(em, y, "分送：")
            c.drawString(em + 3 * em, y, line)


def minutes_story(doc: MinutesDoc, f: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = [
        *secrecy_block(doc.secrecy_mark, f, copy=doc.copy_number, line=LINE, space_after=LINE),
        GridText([(doc.title, f["title"])], size=TITLE_SIZE, indent_chars=0, align="center"),
    ]
    if doc.number_text:
        story.append(GridText([(doc.number_text, f["body"])], indent_chars=0, align="center"))
    story.append(Spacer(0, LINE))
    for label, text in doc.header:  # labels in 3号黑体, the names in 仿宋
        story.append(GridText([(f"{label}：", f["hei"]), (text, f["body"])], indent_chars=2, align="left",
                              entries=True))  # a name never broken across lines
    for part in doc.parts:
        story.append(Spacer(0, LINE / 2))
        heading = GridText(paragraph_runs(part.heading, f))
        heading.keepWithNext = True  # a heading never ends a page alone
        story.append(heading)
        story += [GridText(paragraph_runs(p, f)) for p in part.paragraphs]
        story += [GridText([(mark, f["body"]), (text, f["body"])]) for mark, text in part.decisions]
    story.append(MinutesImprint(doc.distribution, doc.issuer, doc.issued_on_text, f["body"]))
    return story


def render_minutes(doc: MinutesDoc, fonts: FontMap | None = None) -> bytes:
    """The 纪要 as PDF bytes, A4, every font embedded (the canvas starts in the body face, never Helvetica)."""
    f = printable_names(doc, fonts, "会议纪要")

    def on_page(canvas: Canvas, template: Any) -> None:
        template.huiwu_song = f["song"]
        if doc.watermark:
            draw_watermark(canvas, f["hei"], doc.watermark, A4)
        _page_number(canvas, template)

    return build_pdf(minutes_story(doc, f), font=f["body"], pagesize=A4, margins=(LEFT, RIGHT, TOP, BOTTOM),
                     title=doc.title, on_page=on_page)
