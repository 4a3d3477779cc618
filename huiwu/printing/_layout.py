"""Layout pieces shared by the printers: styles, safe tables, page furniture, building the PDF.

The one rule every table here follows: no row may be taller than a frame, because reportlab then raises
LayoutError (Indico #4881). :func:`table_rows` measures every row and cuts an over-long cell into
continuation rows before reportlab ever sees it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from huiwu.printing.fonts import FontMap, font_names
from huiwu.text import WEEKDAYS, cn_date, cn_datetime  # noqa: F401  (the printers take them from here)

CELL_PAD = 3.0  # points of padding on each side of a table cell
GRID = colors.black
SHADE = colors.Color(0.90, 0.90, 0.90)

PageFn = Callable[[Canvas, Any], None]


def fonts_for(fonts: FontMap | None) -> dict[str, str]:
    return font_names(fonts)


def esc(text: str) -> str:
    """Text for a Paragraph: reportlab parses it as markup, so user text must be escaped.

    What ``xml.sax.saxutils.escape`` does (``&``, ``<``, ``>``), without importing it: it pulls in urllib,
    http.client and email, a few milliseconds of every ``huiwu print``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def style(name: str, font: str, size: float, *, leading: float | None = None, align: int = TA_LEFT,
          indent_chars: float = 0, space_after: float = 0) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.35, alignment=align,
        wordWrap="CJK", firstLineIndent=indent_chars * size, spaceAfter=space_after,
    )


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


# Tokens a line never breaks inside: times and time ranges, dates, numbers, Latin words; any other character
# is a token of its own. A line breaks preferably after a separator, so "党组书记、局长" wraps as
# "党组书记、/局长", never "局/长".
_ATOM = re.compile(
    r"\d{1,2}:\d{2}(?:[—–~\-]\d{1,2}:\d{2})?"
    r"|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}"
    r"|[A-Za-z0-9.@_/+%\-]+|.",
    re.S,
)
_BREAK_AFTER = frozenset("、，；,; 　）)》”/")
_BREAK_BEFORE = frozenset("（(《“")
_NO_LINE_START = frozenset("，。、；：？！）》」』”’…%,.;:?!)]}")
_NO_LINE_END = frozenset("（《「『“‘([{")


def _phrases(text: str) -> list[list[str]]:
    """Atoms grouped into phrases, each ending after a separator; closing punctuation right after a phrase
    stays with it ("（兼）、" is one phrase), so no line starts with it."""
    phrases: list[list[str]] = [[]]
    for atom in _ATOM.findall(text):
        if atom in _BREAK_BEFORE and phrases[-1]:
            phrases.append([])
        if atom in _NO_LINE_START and not phrases[-1] and len(phrases) > 1:
            phrases.pop()
        phrases[-1].append(atom)
        if atom in _BREAK_AFTER:
            phrases.append([])
    return [p for p in phrases if p]


class _Lines:
    """Greedy line filling for :func:`break_lines`; a line is kept as its atoms so none is ever split."""

    def __init__(self, font: str, size: float, width: float) -> None:
        self.font, self.size, self.width = font, size, width
        self.atoms: list[list[str]] = [[]]

    @property
    def lines(self) -> list[str]:
        return ["".join(line) for line in self.atoms]

    def fits(self, candidate: str) -> bool:
        return stringWidth(candidate, self.font, self.size) <= self.width + 0.01

    def _current(self) -> str:
        return "".join(self.atoms[-1])

    def phrase(self, atoms: list[str]) -> None:
        joined = "".join(atoms)
        if self.fits(self._current() + joined):
            self.atoms[-1] += atoms
        elif self.atoms[-1] and self.fits(joined) and atoms[0] not in _NO_LINE_START \
                and self.atoms[-1][-1] not in _NO_LINE_END:
            self.atoms.append(list(atoms))
        else:
            for atom in atoms:
                self.atom(atom)

    def _new_line(self, atom: str) -> None:
        """Start a line with ``atom``; an opening bracket left at the end of the line before comes along."""
        line = self.atoms[-1]
        carried = [line.pop()] if len(line) > 1 and line[-1] in _NO_LINE_END else []
        self.atoms.append([*carried, atom])

    def atom(self, atom: str) -> None:
        if len(atom) > 1 and not self.fits(atom):  # an atom longer than a line: cut it
            for ch in atom:
                self.atom(ch)
            return
        line = self.atoms[-1]
        if not line or self.fits(self._current() + atom):
            line.append(atom)
        elif atom in _NO_LINE_START:  # 避头尾: never start a line with it
            last = line[-1]
            take = 2 if len(line) > 2 and line[-2] in _NO_LINE_END else 1  # "（兼" goes over whole
            moved = "".join(line[-take:])
            if len(line) > take and last not in _NO_LINE_START and self.fits(moved + atom):
                carried = line[-take:]
                del line[-take:]
                self.atoms.append([*carried, atom])  # the line's last atom goes over with it
            else:
                line.append(atom)  # or it hangs past the edge (标点悬挂), as Chinese typesetting allows
        else:
            self._new_line(atom)


def break_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` points: breaks after separators where a phrase fits a line, else between
    atoms (never inside a time, date, number or Latin word unless it is longer than the line itself), never
    before closing punctuation (which may hang one mark past the edge) nor after an opening one."""
    out: list[str] = []
    for raw in text.split("\n"):
        filler = _Lines(font, size, width)
        for phrase in _phrases(raw):
            filler.phrase(phrase)
        out += filler.lines
    return out


def _measure(text: str, pstyle: ParagraphStyle, width: float) -> tuple[object, float]:
    """A cell's content and height; plain strings where the text fits one line (Paragraphs are slow)."""
    if _fits_one_line(text, pstyle.fontName, pstyle.fontSize, width):
        return text, pstyle.leading
    lines = break_lines(text, pstyle.fontName, pstyle.fontSize, width - 2 * CELL_PAD)
    para = Paragraph("<br/>".join(esc(line) for line in lines), pstyle)
    _w, h = para.wrap(width - 2 * CELL_PAD, 1e6)
    return para, h


def longest_phrase(text: str, font: str, size: float) -> float:
    """Width of the widest piece of ``text`` a line should not break (see :func:`break_lines`)."""
    return max((stringWidth("".join(p), font, size) for line in text.split("\n") for p in _phrases(line)),
               default=0.0)


def widest_phrase(texts: Iterable[str], font: str, size: float) -> float:
    """:func:`longest_phrase` of the widest of ``texts``. Each distinct text once, and only one wider as a whole
    than the widest piece found so far is cut into phrases (a piece is never wider than its text): a
    1,000-row column of names, phone numbers or a few units takes a few hundred string widths, not 1,000 parses."""
    widest = 0.0
    for text in set(texts):
        if text and stringWidth(text, font, size) > widest:
            widest = max(widest, longest_phrase(text, font, size))
    return widest


def fit_to_content(cols: Sequence[Col], rows: Sequence[Sequence[str]], font: str, size: float,
                   total: float, *, head_font: str | None = None, cap: float = 0.34) -> list[Col]:
    """Column widths spanning ``total`` in the proportions given, but each at least as wide as its widest
    unbreakable piece (a time range, a 职务 between 、, a phone number, its heading) up to ``cap`` of the
    table; the room comes from the columns that have more than they need."""
    base = fit_widths(cols, total)
    need = []
    for i, col in enumerate(base):
        widest = widest_phrase((row[i] for row in rows if i < len(row)), font, size)
        heading = longest_phrase(col.heading, head_font or font, size)
        need.append(min(max(widest, heading) + 2 * CELL_PAD + 0.5, cap * total))
    widths = [max(c.width, n) for c, n in zip(base, need, strict=True)]
    excess = sum(widths) - total
    if excess > 0:
        slack = [max(0.0, c.width - n) for c, n in zip(base, need, strict=True)]
        room = sum(slack)
        if room <= 0:
            return base
        take = min(1.0, excess / room)
        widths = [max(n, c.width - s * take) if s > 0 else w
                  for c, n, s, w in zip(base, need, slack, widths, strict=True)]
        widths = [w * total / sum(widths) for w in widths]
    return [Col(c.heading, w, c.align) for c, w in zip(base, widths, strict=True)]


def _split_text(text: str, pstyle: ParagraphStyle, width: float, max_h: float) -> list[str]:
    """Cut text into pieces each no taller than max_h when wrapped to width, between lines as
    :func:`break_lines` breaks them (so a cut never falls inside a name or a time), and at a blank line
    where the piece has one (so a block such as one meeting of a week cell stays whole)."""
    lines = break_lines(text, pstyle.fontName, pstyle.fontSize, width - 2 * CELL_PAD)
    per_piece = max(1, int(max_h / pstyle.leading) - 1)
    pieces: list[str] = []
    while lines:
        take = min(per_piece, len(lines))
        if take < len(lines):
            blank = max((i for i in range(1, take + 1) if i < len(lines) and not lines[i]), default=0)
            take = blank or take
        pieces.append("\n".join(lines[:take]))
        lines = lines[take:]
        while lines and not lines[0]:
            lines = lines[1:]
    return pieces


def table_rows(rows: Sequence[Sequence[str]], cols: Sequence[Col], font: str, size: float, *,
               max_row_h: float, min_row_h: float = 0.0, repeat: Sequence[int] = ()) -> Rows:
    """Cells and heights for a table body; any cell taller than max_row_h continues in extra rows.

    The columns in ``repeat`` (a day, a unit) say again on each continuation row whose row it is, with
    "（续）" after its first line, so a page that starts inside a long cell still names it.
    """
    styles = [_cell_style(font, size, c.align) for c in cols]
    out = Rows([], [], [])
    limit = max_row_h - 2 * CELL_PAD
    one_line: dict[tuple[int, str], float] = {}  # per column, a text already found to fit one line: its height

    def measure(column: int, text: str) -> tuple[object, float]:
        """:func:`_measure`, once per distinct one-line text of a column (a 1,000-row sheet repeats its units,
        titles and blanks)."""
        known = one_line.get((column, text))
        if known is not None:
            return text, known
        cell, height = _measure(text, styles[column], cols[column].width)
        if cell is text:  # a plain string (a Paragraph is each cell's own)
            one_line[(column, text)] = height
        return cell, height

    for index, row in enumerate(rows):
        parts = [
            _split_text(text, st, c.width, limit) if len(text) > 30 else [text]
            for text, st, c in zip(row, styles, cols, strict=True)
        ]
        for k in range(max(len(p) for p in parts)):
            texts = [p[k] if k < len(p) else "" for p in parts]
            for col in repeat if k else ():
                texts[col] = row[col].split("\n", 1)[0] + "（续）" if row[col] else ""
            measured = [measure(i, text) for i, text in enumerate(texts)]
            out.cells.append([m[0] for m in measured])
            out.heights.append(max(min_row_h, max(m[1] for m in measured) + 2 * CELL_PAD))
            out.origin.append(index)
    return out


def header_cells(cols: Sequence[Col], font: str, size: float) -> tuple[list[object], float]:
    pstyle = _cell_style(font, size, "CENTER")
    measured = [_measure(c.heading, pstyle, c.width) for c in cols]
    return [m[0] for m in measured], max(m[1] for m in measured) + 2 * CELL_PAD


class RuledTable(Table):
    """A :class:`Table` that draws nothing for an empty cell: reportlab would emit a text object for each (a
    1,000-person sign-in sheet has some 2,700: the unit column below each unit's first row, 签到 and 备注)."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        if isinstance(cellval, str) and not cellval and not (cellstyle.href or cellstyle.destination):
            return
        super()._drawCell(cellval, cellstyle, pos, size)


def grid_table(cols: Sequence[Col], body: Rows, *, head_font: str, body_font: str, size: float,
               extra: Sequence[tuple[Any, ...]] = (), repeat_header: bool = True,
               skip_rules_in: int | None = None, cls: type[Table] = RuledTable) -> Table:
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
    recipients = _COPY_RECIPIENTS.get()
    recipient = recipients.get(int(serial), "") if recipients and serial.isdigit() else ""
    for i, (text, face) in enumerate(rows):
        canvas.setFont(face, SECRECY_SIZE)
        baseline = top - i * line - _ascent(face) * SECRECY_SIZE
        canvas.drawString(left, baseline, text)
        if i == 0 and recipient:  # a registered copy: "000003　领取人：张三（县财政局）" on the 份号's line
            canvas.setFont(number_font, RECIPIENT_SIZE)
            canvas.drawString(left + stringWidth(serial + "　", number_font, SECRECY_SIZE), baseline, recipient)
    return len(rows) * line


RECIPIENT_SIZE = 12.0  # 小四: beside the 份号, smaller than the 3号 marks
_COPY_RECIPIENTS: ContextVar[Mapping[int, str] | None] = ContextVar("copy_recipients", default=None)


@contextmanager
def copy_recipients(recipients: Mapping[int, str]) -> Iterator[None]:
    """While the copies of a registered 涉密材料 are drawn: the line each 份号 carries beside it
    ("领取人：张三（县财政局）", huiwu.services.secret_register). Scoped to the thread drawing them, so the
    renderers keep taking only their 份号 and the register stays the one numbering truth."""
    token = _COPY_RECIPIENTS.set(dict(recipients))
    try:
        yield
    finally:
        _COPY_RECIPIENTS.reset(token)


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
