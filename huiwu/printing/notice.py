"""会议通知 in the GB/T 9704-2012 layout (党政机关公文格式).

The standard sets a document grid: 版心 156 × 225 mm at 天头 37 mm / 订口 28 mm, 22 lines of 28 characters of
3号仿宋. reportlab's Paragraph cannot space characters, so 28 × 16 pt would not fit 156 mm; like Word's
document grid, :class:`GridText` advances each character by 156 mm / 28 and justifies full lines so their
right edge lands on the margin.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Spacer

from huiwu.printing._layout import Col, build_pdf, cn_date, fit_widths, grid_table, secrecy_block, table_rows
from huiwu.printing.data import NoticeDoc
from huiwu.printing.fonts import FontMap, printable_names

TOP, LEFT, RIGHT, BOTTOM = 37 * mm, 28 * mm, 26 * mm, 35 * mm
TEXT_WIDTH, TEXT_HEIGHT = 156 * mm, 225 * mm
BODY_SIZE, TITLE_SIZE, PAGE_NUMBER_SIZE = 16.0, 22.0, 14.0  # 3号, 2号, 4号
CHARS_PER_LINE, LINES_PER_PAGE = 28, 22
PITCH = TEXT_WIDTH / CHARS_PER_LINE
LINE = TEXT_HEIGHT / LINES_PER_PAGE

# 避头尾: punctuation that may not start a line, and openers that may not end one.
NO_LINE_START = set("，。、；：？！）》」』”’…—%,.;:?!)]}")
NO_LINE_END = set("（《「『“‘([{")
_TOKEN = re.compile(r"[A-Za-z0-9.:/@_\-]+|.", re.S)
#: A list of names ("谢家豪、城关镇陈俊杰（代卢德明）、…"): each entry with its separator is one token, so a name
#: is never broken across lines; an entry wider than the line falls back to the characters.
_LIST_ENTRY = re.compile(r"[^、，；]+[、，；]?|.", re.S)
_HEADING_1 = re.compile(r"^[一二三四五六七八九十]+、")
_HEADING_2 = re.compile(r"^（[一二三四五六七八九十]+）")

Run = tuple[str, str]  # text, reportlab font name
Align = Literal["justify", "center", "right", "left"]


@dataclass(frozen=True)
class _Glyph:
    text: str
    font: str
    width: float


class GridText(Flowable):
    """Text on the 公文 grid: fixed line pitch, fixed character pitch, 避头尾, justified full lines."""

    def __init__(self, runs: Sequence[Run], *, size: float = BODY_SIZE, indent_chars: int = 2,
                 align: Align = "justify", right_chars: float = 0,
                 lines: list[list[_Glyph]] | None = None, last_is_end: bool = True, entries: bool = False) -> None:
        super().__init__()
        self.runs = tuple(runs)
        self.entries = entries  # a list of names: break between entries, never inside one
        self.size = size
        self.indent_chars = indent_chars
        self.align = align
        self.right_chars = right_chars
        self._lines = lines
        self._last_is_end = last_is_end
        self._width = TEXT_WIDTH

    def _glyphs(self) -> list[list[_Glyph]]:
        """Tokens (an ASCII word stays whole) with their advance on the grid."""
        space = PITCH * self.size / BODY_SIZE - self.size
        pattern = _LIST_ENTRY if self.entries else _TOKEN
        return [
            [_Glyph(ch, font, stringWidth(ch, font, self.size) + space) for ch in tok]
            for text, font in self.runs
            for tok in pattern.findall(text)
        ]

    def _break(self, width: float) -> list[list[_Glyph]]:
        lines: list[list[_Glyph]] = [[]]
        used = self.indent_chars * PITCH
        tokens = self._glyphs()
        if self.entries:  # an entry longer than a line is set character by character
            tokens = [part for t in tokens for part in ([t] if sum(g.width for g in t) <= width else [[g] for g in t])]
        for token in tokens:
            tw = sum(g.width for g in token)
            if used + tw > width + 0.01 and lines[-1]:
                carry = _carry(lines[-1], token)
                if token[0].text in NO_LINE_START and (not carry or carry[0].text in NO_LINE_START):
                    lines[-1] += carry + token  # only marks to move: they hang at the line's end (标点悬挂)
                    used += sum(g.width for g in carry) + tw
                    continue
                lines.append(carry)
                used = sum(g.width for g in carry)
            lines[-1].extend(token)
            used += tw
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._width = availWidth
        if self._lines is None:
            self._lines = self._break(availWidth - self.right_chars * PITCH)
        return availWidth, len(self._lines) * LINE

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int((availHeight + 0.01) / LINE)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        kw: dict[str, Any] = {"size": self.size, "align": self.align, "right_chars": self.right_chars,
                              "entries": self.entries}
        head = GridText(self.runs, indent_chars=self.indent_chars, lines=self._lines[:fit],
                        last_is_end=False, **kw)
        tail = GridText(self.runs, indent_chars=0, lines=self._lines[fit:], **kw)
        return [head, tail]

    def draw(self) -> None:
        assert self._lines is not None
        avail = self._width - self.right_chars * PITCH
        for i, line in enumerate(self._lines):
            x0 = self.indent_chars * PITCH if i == 0 else 0.0
            baseline = (len(self._lines) - i) * LINE - _ascent(line, self.size)
            is_end = i == len(self._lines) - 1 and self._last_is_end
            self._draw_line(line, x0, baseline, avail - x0, justify=not is_end)

    def _draw_line(self, line: list[_Glyph], x0: float, y: float, avail: float, justify: bool) -> None:
        used = sum(g.width for g in line)
        extra = 0.0
        if self.align == "justify" and justify and len(line) > 1:
            extra = max(0.0, (avail - used) / (len(line) - 1))
        elif self.align == "center":
            x0 += (avail - used) / 2
        elif self.align == "right":
            x0 += avail - used
        canvas: Canvas = self.canv
        text = canvas.beginText(x0, y)
        font = ""
        for g in line:
            if g.font != font:
                text.setFont(g.font, self.size)
                font = g.font
            text.setCharSpace(g.width - stringWidth(g.text, g.font, self.size) + extra)
            text.textOut(g.text)
        canvas.drawText(text)


def _ascent(line: list[_Glyph], size: float) -> float:
    """Characters hang from the top of their grid line, so the first line's top is the 版心's top edge."""
    fonts = {g.font for g in line} or {""}
    return max(_font_ascent(f) for f in fonts) * size


def _font_ascent(font: str) -> float:
    try:
        return float(getFont(font).face.ascent) / 1000
    except (KeyError, AttributeError):
        return 0.88


def _carry(line: list[_Glyph], token: list[_Glyph]) -> list[_Glyph]:
    """Glyphs moved from the end of a full line to the next so no line starts or ends with bad punctuation."""
    carry: list[_Glyph] = []
    if token and token[0].text in NO_LINE_START:
        while len(line) > 1:  # "林）" goes with "、": never a line that starts "）、"
            carry.insert(0, line.pop())
            if carry[0].text not in NO_LINE_START:
                break
    while len(line) > 1 and line[-1].text in NO_LINE_END:
        carry.insert(0, line.pop())
    return carry


class SignOff(Flowable):
    """落款 and 成文日期 of a document without a seal (GB/T 9704 §7.3.5.2).

    The issuer 右空二字 one line under the text; the date on the next line, its first character two characters
    right of the issuer's first. When that would push the date past 右空二字 (a date as long as the issuer or
    longer), the date sits 右空二字 and the issuer moves left to keep the two-character step.
    """

    def __init__(self, issuer: str, date_text: str, font: str) -> None:
        super().__init__()
        self.issuer, self.date_text, self.font = issuer, date_text, font

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 2 * LINE

    def advance(self, text: str) -> float:
        """How far ``text`` runs as drawn: each character its own width plus the grid's spacing, so digits
        take about half a cell (the date is shorter than its character count)."""
        return sum(stringWidth(ch, self.font, BODY_SIZE) + PITCH - BODY_SIZE for ch in text)

    def positions(self, width: float = TEXT_WIDTH) -> tuple[float, float]:
        """x of the issuer's and of the date's first character, from the left edge of the 版心."""
        right = width - 2 * PITCH
        issuer_w, date_w = self.advance(self.issuer), self.advance(self.date_text)
        if not self.issuer:
            return 0.0, right - date_w
        if not self.date_text or right - issuer_w + 2 * PITCH + date_w <= right + 0.01:
            issuer_x = right - issuer_w
            return issuer_x, issuer_x + 2 * PITCH
        date_x = right - date_w
        return date_x - 2 * PITCH, date_x

    def draw(self) -> None:
        issuer_x, date_x = self.positions(self.width)
        for text, x, row in ((self.issuer, issuer_x, 1), (self.date_text, date_x, 0)):
            if text:
                t = self.canv.beginText(x, (row + 1) * LINE - _font_ascent(self.font) * BODY_SIZE)
                t.setFont(self.font, BODY_SIZE)
                t.setCharSpace(PITCH - BODY_SIZE)
                t.textOut(text)
                self.canv.drawText(t)


class Ending(Flowable):
    """The last paragraph, the blank line and the 落款 kept together, so no page holds only the 落款.

    When the whole does not fit the page, the paragraph's last line (more when the page is short) carries over
    with the 落款 — GB/T 9704 lets the layout adjust rather than leave the issuer and date alone on a page.
    """

    def __init__(self, last: GridText | None, sign_off: SignOff) -> None:
        super().__init__()
        self.last, self.sign_off = last, sign_off

    def _lines(self, width: float) -> int:
        return 0 if self.last is None else round(self.last.wrap(width, 1e6)[1] / LINE)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.sign_off.wrap(availWidth, availHeight)
        return availWidth, (self._lines(availWidth) + 3) * LINE

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        lines = self._lines(availWidth)
        fit = int((availHeight + 0.01) / LINE)
        if fit >= lines + 3:
            return [self]
        keep = min(fit, lines - 1)  # at least one line of the paragraph goes over with the 落款
        if self.last is None or keep <= 0:
            return []
        head, tail = self.last.split(availWidth, keep * LINE)
        assert isinstance(tail, GridText)
        return [head, Ending(tail, self.sign_off)]

    def draw(self) -> None:
        if self.last is not None:
            self.last.drawOn(self.canv, 0, 3 * LINE)
        self.sign_off.drawOn(self.canv, 0, 0)


class Imprint(Flowable):
    """版记 (GB/T 9704 §7.4): 印发机关 左空一字 and 印发日期 右空一字 in 4号仿宋 between two heavy rules the width
    of the 版心, at the foot of the document's last page (it takes what is left of the page; when too little is
    left it starts a page of its own)."""

    SIZE = 14.0  # 4号
    HEIGHT = 9 * mm

    def __init__(self, printed_by: str, printed_on: str, font: str) -> None:
        super().__init__()
        self.printed_by, self.printed_on, self.font = printed_by, printed_on, font
        self._height = self.HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._height = max(self.HEIGHT, availHeight - 0.01) if availHeight >= self.HEIGHT else self.HEIGHT
        return availWidth, self._height

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(0.35 * mm)
        c.line(0, self.HEIGHT, self.width, self.HEIGHT)
        c.line(0, 0, self.width, 0)
        c.setFont(self.font, self.SIZE)
        baseline = (self.HEIGHT - self.SIZE * 0.7) / 2
        em = self.SIZE
        c.drawString(em, baseline, self.printed_by)
        c.drawRightString(self.width - em, baseline, f"{self.printed_on}印发")


def paragraph_runs(text: str, fonts: dict[str, str]) -> list[Run]:
    """Heading levels of 公文: "一、" in 黑体, "（一）" in 楷体 up to the first full stop, the rest 仿宋."""
    for pattern, role in ((_HEADING_1, "hei"), (_HEADING_2, "kai")):
        if pattern.match(text):
            head, stop, rest = text.partition("。")
            if not stop:
                return [(text, fonts[role])]
            return [(head + stop, fonts[role]), (rest, fonts["body"])] if rest else [(head + stop, fonts[role])]
    return [(text, fonts["body"])]


def _page_number(canvas: Canvas, doc: Any) -> None:
    """"— n —" in 4号宋体 7 mm under the 版心, odd pages 右空一字, even pages 左空一字."""
    number = canvas.getPageNumber()
    text = f"— {number} —"
    canvas.setFont(doc.huiwu_song, PAGE_NUMBER_SIZE)
    y = BOTTOM - 7 * mm - PAGE_NUMBER_SIZE * 0.8
    if number % 2:
        canvas.drawRightString(A4[0] - RIGHT - PAGE_NUMBER_SIZE, y, text)
    else:
        canvas.drawString(LEFT + PAGE_NUMBER_SIZE, y, text)


def _reply_form(doc: NoticeDoc, f: dict[str, str]) -> list[Flowable]:
    form = doc.reply_form
    if form is None:
        return []
    story: list[Flowable] = [PageBreak(), GridText([("附件", f["hei"])], indent_chars=0, align="left"),
                             GridText([(form.title, f["title"])], size=TITLE_SIZE, indent_chars=0,
                                      align="center"), Spacer(0, LINE / 2)]
    cols = fit_widths([Col(c, 1.0, "CENTER") for c in form.columns], TEXT_WIDTH)
    body = table_rows([("",) * len(cols)] * form.blank_rows, cols, f["body"], 14,
                      max_row_h=TEXT_HEIGHT / 2, min_row_h=LINE)
    story.append(grid_table(cols, body, head_font=f["hei"], body_font=f["body"], size=14))
    if form.deadline_text:
        story += [Spacer(0, LINE / 2), GridText([(form.deadline_text, f["body"])], size=14)]
    return story


def notice_story(doc: NoticeDoc, f: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = [
        *secrecy_block(doc.secrecy_mark, f, copy=doc.copy_number, line=LINE, space_after=LINE),  # 密级 on line 1 of the 版心
        GridText([(doc.title, f["title"])], size=TITLE_SIZE, indent_chars=0, align="center"),
        Spacer(0, LINE),
    ]
    if doc.recipients:
        story.append(GridText([(doc.recipients + ("" if doc.recipients.endswith("：") else "："), f["body"])],
                              indent_chars=0))
    body: list[Flowable] = [GridText(paragraph_runs(p.strip(), f)) for p in doc.paragraphs if p.strip()]
    date_text = doc.date_text or cn_date(doc.date)
    if doc.issuer or date_text:
        last = body.pop() if body and isinstance(body[-1], GridText) else None
        body.append(Ending(last, SignOff(doc.issuer, date_text, f["body"])))
    story += body
    story += [GridText([(line.strip(), f["body"])]) for line in doc.postscript if line.strip()]
    story += _reply_form(doc, f)
    if doc.printed_by:  # 版记, on the last page, after the 附件
        story.append(Imprint(doc.printed_by, cn_date(doc.printed_on), f["body"]))
    return story


def render_notice(doc: NoticeDoc, fonts: FontMap | None = None) -> bytes:
    """The notice as PDF bytes, ready to preview or print on A4."""
    f = printable_names(doc, fonts, "会议通知")

    def on_page(canvas: Canvas, template: Any) -> None:
        template.huiwu_song = f["song"]
        _page_number(canvas, template)

    return build_pdf(notice_story(doc, f), font=f["body"], pagesize=A4, margins=(LEFT, RIGHT, TOP, BOTTOM),
                     title=doc.title, on_page=on_page)
