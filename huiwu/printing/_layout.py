"""Layout pieces shared by the printers: styles, safe tables, page furniture, building the PDF.

The one rule every table here follows: no row may be taller than a frame, because reportlab then raises
LayoutError (Indico #4881). :func:`table_rows` measures every row and cuts an over-long cell into
continuation rows before reportlab ever sees it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from huiwu.printing.fonts import FontMap, font_names

CELL_PAD = 3.0  # points of padding on each side of a table cell
GRID = colors.black
SHADE = colors.Color(0.90, 0.90, 0.90)
WEEKDAYS = "一二三四五六日"

PageFn = Callable[[Canvas, Any], None]


def fonts_for(fonts: FontMap | None) -> dict[str, str]:
    return font_names(fonts)


def esc(text: str) -> str:
    """Text for a Paragraph: reportlab parses it as markup, so user text must be escaped."""
    return escape(text).replace("\n", "<br/>")


def style(name: str, font: str, size: float, *, leading: float | None = None, align: int = TA_LEFT,
          indent_chars: float = 0, space_after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.35, alignment=align,
        wordWrap="CJK", firstLineIndent=indent_chars * size, spaceAfter=space_after,
    )


def cn_date(d: dt.date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def cn_datetime(start: dt.datetime | None, end: dt.datetime | None = None) -> str:
    """'2026年5月6日（周三）09:00—11:30', the way office forms write a meeting time."""
    if start is None:
        return ""
    text = f"{cn_date(start)}（周{WEEKDAYS[start.weekday()]}）{start:%H:%M}"
    if end is None:
        return text
    if end.date() == start.date():
        return f"{text}—{end:%H:%M}"
    return f"{text}—{cn_date(end)} {end:%H:%M}"


# --------------------------------------------------------------------------- safe tables


@dataclass(frozen=True)
class Col:
    """One table column: heading, width in points, alignment of its body cells."""

    heading: str
    width: float
    align: str = "LEFT"


@dataclass
class Rows:
    """Table body ready for reportlab: cells, explicit heights, and which input row each line came from."""

    cells: list[list[object]]
    heights: list[float]
    origin: list[int]


def _cell_style(font: str, size: float, align: str) -> ParagraphStyle:
    alignment = TA_CENTER if align == "CENTER" else TA_LEFT
    return style(f"cell-{font}-{size}-{align}", font, size, leading=size * 1.25, align=alignment)


def _fits_one_line(text: str, font: str, size: float, width: float) -> bool:
    return "\n" not in text and stringWidth(text, font, size) <= width - 2 * CELL_PAD


def _measure(text: str, pstyle: ParagraphStyle, width: float) -> tuple[object, float]:
    """A cell's content and height; plain strings where the text fits one line (Paragraphs are slow)."""
    if _fits_one_line(text, pstyle.fontName, pstyle.fontSize, width):
        return text, pstyle.leading
    para = Paragraph(esc(text), pstyle)
    _w, h = para.wrap(width - 2 * CELL_PAD, 1e6)
    return para, h


def _split_text(text: str, pstyle: ParagraphStyle, width: float, max_h: float) -> list[str]:
    """Cut text into pieces each no taller than max_h when wrapped to width."""
    per_line = max(1, int((width - 2 * CELL_PAD) / pstyle.fontSize))
    lines = max(1, int(max_h / pstyle.leading) - 1)
    step = max(1, per_line * lines)
    while True:
        pieces = [text[i : i + step] for i in range(0, len(text), step)]
        if step == 1 or all(_measure(p, pstyle, width)[1] <= max_h for p in pieces):
            return pieces
        step = max(1, step * 3 // 4)


def table_rows(rows: Sequence[Sequence[str]], cols: Sequence[Col], font: str, size: float, *,
               max_row_h: float, min_row_h: float = 0.0) -> Rows:
    """Cells and heights for a table body; any cell taller than max_row_h continues in extra rows."""
    styles = [_cell_style(font, size, c.align) for c in cols]
    out = Rows([], [], [])
    limit = max_row_h - 2 * CELL_PAD
    for index, row in enumerate(rows):
        parts = [
            _split_text(text, st, c.width, limit) if len(text) > 30 else [text]
            for text, st, c in zip(row, styles, cols, strict=True)
        ]
        for k in range(max(len(p) for p in parts)):
            measured = [_measure(p[k] if k < len(p) else "", st, c.width)
                        for p, st, c in zip(parts, styles, cols, strict=True)]
            out.cells.append([m[0] for m in measured])
            out.heights.append(max(min_row_h, max(m[1] for m in measured) + 2 * CELL_PAD))
            out.origin.append(index)
    return out


def header_cells(cols: Sequence[Col], font: str, size: float) -> tuple[list[object], float]:
    pstyle = _cell_style(font, size, "CENTER")
    measured = [_measure(c.heading, pstyle, c.width) for c in cols]
    return [m[0] for m in measured], max(m[1] for m in measured) + 2 * CELL_PAD


def grid_table(cols: Sequence[Col], body: Rows, *, head_font: str, body_font: str, size: float,
               extra: Sequence[tuple[Any, ...]] = (), repeat_header: bool = True,
               skip_rules_in: int | None = None, cls: type[Table] = Table) -> Table:
    """A ruled table with a shaded header row repeated on every page.

    ``skip_rules_in`` names a column left without horizontal rules so the caller can merge its cells by
    drawing its own (SPAN would make the rows unsplittable across pages).
    """
    head, head_h = header_cells(cols, head_font, size)
    data = [head, *body.cells]
    if skip_rules_in is None:
        rules: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.6, GRID)]
    else:
        rules = [("BOX", (0, 0), (-1, -1), 0.6, GRID), ("LINEAFTER", (0, 0), (-2, -1), 0.6, GRID),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.6, GRID)]
        # one command per run of columns, so each row's rule is drawn as few segments as possible
        runs = [(0, skip_rules_in - 1), (skip_rules_in + 1, len(cols) - 1)]
        rules += [("LINEBELOW", (a, 1), (b, -1), 0.6, GRID) for a, b in runs if a <= b]
    cmds: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), head_font, size),
        ("FONT", (0, 1), (-1, -1), body_font, size),
        *rules,
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD - 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD + 1),
    ]
    cmds += [("ALIGN", (i, 1), (i, -1), c.align) for i, c in enumerate(cols) if c.align != "LEFT"]
    cmds += list(extra)
    return cls(data, colWidths=[c.width for c in cols], rowHeights=[head_h, *body.heights],
               style=TableStyle(cmds), repeatRows=1 if repeat_header else 0)


def fit_widths(cols: Sequence[Col], total: float) -> list[Col]:
    """Scale column widths so the table spans exactly the frame."""
    factor = total / sum(c.width for c in cols)
    return [Col(c.heading, c.width * factor, c.align) for c in cols]


# --------------------------------------------------------------------------- pages


class PageCountCanvas(Canvas):
    """Knows the page count when drawing footers, so a sheet can say 第 x 页 共 y 页 in one pass.

    Page drawing is deferred to save(): each page's operations are kept until the total is known.
    """

    footer: Callable[[Canvas, int, int], None] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self.footer is not None:
                self.footer(self, number, total)
            super().showPage()
        super().save()


def counting_canvas(footer: Callable[[Canvas, int, int], None]) -> type[PageCountCanvas]:
    return type("FooterCanvas", (PageCountCanvas,), {"footer": staticmethod(footer)})


def page_of_total(font: str, size: float = 10.5, y: float = 10 * mm) -> Callable[[Canvas, int, int], None]:
    def draw(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(font, size)
        canvas.drawCentredString(canvas._pagesize[0] / 2, y, f"第 {number} 页 共 {total} 页")

    return draw


def build_pdf(story: list[Flowable], *, font: str, pagesize: tuple[float, float],
              margins: tuple[float, float, float, float], title: str, on_page: PageFn | None = None,
              canvasmaker: type[Canvas] = Canvas) -> bytes:
    """Lay the story out on identical pages; margins are (left, right, top, bottom).

    ``font`` is the canvas's initial font: reportlab otherwise starts every page in Helvetica, which it
    references without embedding (preflight tools reject such a PDF).
    """
    left, right, top, bottom = margins
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author="Huiwu 会务", creator="Huiwu 会务",
                          initialFontName=font)
    frame = Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page or _nothing)])
    doc.build(story or [Paragraph("", ParagraphStyle("empty", fontName=font))], canvasmaker=canvasmaker)
    return buf.getvalue()


def _nothing(canvas: Canvas, doc: Any) -> None:
    return None


def frame_height(pagesize: tuple[float, float], margins: tuple[float, float, float, float]) -> float:
    return pagesize[1] - margins[2] - margins[3]


def frame_width(pagesize: tuple[float, float], margins: tuple[float, float, float, float]) -> float:
    return pagesize[0] - margins[0] - margins[1]


def draw_watermark(canvas: Canvas, font: str, text: str, pagesize: tuple[float, float]) -> None:
    """A pale diagonal mark across the page, as offices stamp 内部 / 涉密 copies."""
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.75, 0.75, alpha=0.35))
    canvas.setFont(font, 60)
    canvas.translate(pagesize[0] / 2, pagesize[1] / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, -20, text)
    canvas.restoreState()


# --------------------------------------------------------------------------- 份号 and 密级 (GB/T 9704 §7.2)

SECRECY_SIZE = 16.0  # 3号


def _ascent(font: str) -> float:
    try:
        return float(getFont(font).face.ascent) / 1000
    except (KeyError, AttributeError):
        return 0.88


def draw_secrecy_mark(canvas: Canvas, left: float, top: float, mark: str, *, font: str, number_font: str,
                      serial: str = "", line: float = SECRECY_SIZE * 1.25) -> float:
    """份号 and 密级和保密期限 at the top left of the 版心, 顶格, in 3号 (GB/T 9704 §7.2, DOMAIN.md): the 份号
    ("000001", Arabic digits) on the first line, "秘密★1年" in 黑体 on the next (on the first when the
    document has no 份号). ``top`` is the 版心's top edge; the characters hang from it. Returns the height
    used, so a page drawn by hand knows where its own heading may start. The one place the mark is drawn."""
    rows = [(serial, number_font)] if serial else []
    if mark:
        rows.append((mark, font))
    for i, (text, face) in enumerate(rows):
        canvas.setFont(face, SECRECY_SIZE)
        canvas.drawString(left, top - i * line - _ascent(face) * SECRECY_SIZE, text)
    return len(rows) * line


class SecrecyMark(Flowable):
    """:func:`draw_secrecy_mark` as the first flowable of a document's story: it takes its lines of the
    版心, so the title below can never overlap it."""

    def __init__(self, mark: str, font: str, number_font: str, serial: str = "",
                 line: float = SECRECY_SIZE * 1.25, space_after: float = 0.0) -> None:
        super().__init__()
        self.mark, self.font, self.number_font, self.serial = mark, font, number_font, serial
        self.line, self.spaceAfter = line, space_after
        self.height = (bool(serial) + bool(mark)) * line

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        draw_secrecy_mark(self.canv, 0, self.height, self.mark, font=self.font, number_font=self.number_font,
                          serial=self.serial, line=self.line)


def secrecy_block(mark: str, f: dict[str, str], *, copy: int = 0, line: float = SECRECY_SIZE * 1.25,
                  space_after: float = 0.0) -> list[Flowable]:
    """The flowables a renderer puts first on page 1: nothing for a document neither 涉密 nor numbered;
    ``copy`` (1, 2, …) prints the 份号 of a numbered copy."""
    serial = f"{copy:06d}" if copy > 0 else ""
    if not (mark or serial):
        return []
    return [SecrecyMark(mark, f["hei"], f["song"], serial, line, space_after)]
