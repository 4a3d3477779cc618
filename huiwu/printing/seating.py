"""主席台座次表: where each leader sits, as the audience sees it.

The rule (DOMAIN.md): odd count — No.1 in the centre, No.2 on No.1's left hand (the audience's right), No.3 on
No.1's right, alternating outward; even count — No.1 and No.2 share the centre, No.2 on No.1's left. Some
offices centre No.1 in both cases ('centre_on_first'): with an even count No.1 then sits on the centre line
and one end seat of the audience's left stays empty.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from huiwu.printing._layout import break_lines, draw_secrecy_mark
from huiwu.printing.data import AudienceUnit, SeatingDoc, SeatingRule
from huiwu.printing.errors import PrintError
from huiwu.printing.fonts import FontMap, printable_names

T = TypeVar("T")
PAGE = landscape(A4)
MAX_PER_ROW = 15


def seat_order(names: Sequence[T], rule: SeatingRule = "alternate") -> list[T | None]:
    """Seats from the audience's left to right; ``None`` is a seat left empty to keep No.1 centred."""
    left: list[T] = []  # audience's left of No.1, nearest first (No.1's right hand)
    right: list[T] = []  # audience's right of No.1, nearest first (No.1's left hand)
    for i, name in enumerate(names[1:], start=2):
        (right if i % 2 == 0 else left).append(name)
    seats: list[T | None] = [*reversed(left), *names[:1], *right]
    if rule == "centre_on_first" and len(names) % 2 == 0 and names:
        seats.insert(0, None)
    return seats


def _fit_size(text: str, font: str, width: float, largest: float, smallest: float = 6) -> float:
    natural = stringWidth(text, font, 1) or 1
    return max(smallest, min(largest, width / natural))


def _draw_row(c: Canvas, seats: Sequence[tuple[int, str] | None], y: float, f: dict[str, str]) -> None:
    margin = 20 * mm
    slot = min(45 * mm, (PAGE[0] - 2 * margin) / max(1, len(seats)))
    x0 = (PAGE[0] - slot * len(seats)) / 2
    box_w, box_h = slot - 3 * mm, 18 * mm
    for k, seat in enumerate(seats):
        x = x0 + k * slot + 1.5 * mm
        c.setDash(3, 2) if seat is None else c.setDash()
        c.rect(x, y, box_w, box_h)
        if seat is None:
            continue
        number, name = seat
        size = _fit_size(name, f["hei"], box_w - 4 * mm, 20)
        c.setFont(f["hei"], size)
        c.drawCentredString(x + box_w / 2, y + box_h / 2 - size * 0.35, name)
        c.setFont(f["song"], 8)
        c.drawString(x + 1.5 * mm, y + box_h - 3.5 * mm, str(number))
    c.setDash()


def _draw_table(c: Canvas, y: float, f: dict[str, str]) -> None:
    c.setFillColor(colors.Color(0.88, 0.88, 0.88))
    c.rect(20 * mm, y, PAGE[0] - 40 * mm, 14 * mm, fill=1)
    c.setFillColor(colors.black)
    c.setFont(f["hei"], 16)
    c.drawCentredString(PAGE[0] / 2, y + 5 * mm, "主　席　台")


TITLE_SIZES = (22.0, 20.0, 18.0, 16.0)
AUDIENCE_PER_ROW = 6
AUDIENCE_ROW_H = 13 * mm
SIDE = 20 * mm
FOOT = 30 * mm  # the audience arrow and the note live below this


def title_lines(title: str, font: str, width: float) -> tuple[float, list[str]]:
    """The title at the largest size that takes at most two lines, else three or more at the smallest."""
    for size in TITLE_SIZES:
        lines = break_lines(title, font, size, width)
        if len(lines) <= 2:
            return size, lines
    return TITLE_SIZES[-1], break_lines(title, font, TITLE_SIZES[-1], width)


def _draw_title(c: Canvas, doc: SeatingDoc, f: dict[str, str], top: float) -> float:
    """Title (wrapped, never off the page) and venue; returns the y below them."""
    size, lines = title_lines(f"{doc.meeting_title}主席台座次", f["title"], PAGE[0] - 2 * SIDE)
    y = top
    for line in lines:
        y -= size * 1.3
        c.setFont(f["title"], size)
        c.drawCentredString(PAGE[0] / 2, y, line)
    if doc.venue:
        size, lines = fit_lines(doc.venue, f["song"], PAGE[0] - 2 * SIDE, (12.0, 10.0, 9.0), 2)
        for line in lines:
            y -= size * 1.35
            c.setFont(f["song"], size)
            c.drawCentredString(PAGE[0] / 2, y, line)
    return y - 4 * mm


def fit_lines(text: str, font: str, width: float, sizes: Sequence[float], most: int,
              suffix: str = "") -> tuple[float, list[str]]:
    """``text + suffix`` in at most ``most`` lines of ``width``, at the largest of ``sizes`` that allows it; at
    the smallest, ``text`` is cut with "…" before the suffix (the full text is on the other documents)."""
    for size in sizes:
        lines = break_lines(text + suffix, font, size, width)
        if len(lines) <= most:
            return size, lines
    size = sizes[-1]
    lines = break_lines(text, font, size, width)[:most]
    last = lines[-1]
    while last and stringWidth(last + "…" + suffix, font, size) > width:
        last = last[:-1]
    return size, [*lines[:-1], last + "…" + suffix]


def _draw_audience(c: Canvas, units: Sequence[AudienceUnit], top: float, f: dict[str, str]) -> int:
    """Unit blocks 台下 in rows from the front (top) down to the foot; returns how many were drawn."""
    slot = (PAGE[0] - 2 * SIDE) / AUDIENCE_PER_ROW
    rows_fit = max(0, int((top - FOOT) / AUDIENCE_ROW_H))
    shown = list(units[: rows_fit * AUDIENCE_PER_ROW])
    for k, block in enumerate(shown):
        row, col = divmod(k, AUDIENCE_PER_ROW)
        x, y = SIDE + col * slot + 1.5 * mm, top - (row + 1) * AUDIENCE_ROW_H
        w, h = slot - 3 * mm, AUDIENCE_ROW_H - 3 * mm
        c.rect(x, y, w, h)
        size, lines = fit_lines(block.unit, f["song"], w - 3 * mm, (11.0, 9.0, 7.0), 2,
                                 f"（{block.people}人）")
        c.setFont(f["song"], size)
        lead = size * 1.2
        first = y + h / 2 + (len(lines) - 1) * lead / 2 - size * 0.35
        for i, line in enumerate(lines):
            c.drawCentredString(x + w / 2, first - i * lead, line)
    return len(shown)


def _draw_foot(c: Canvas, f: dict[str, str]) -> None:
    c.setFont(f["hei"], 14)
    c.drawCentredString(PAGE[0] / 2, 20 * mm, "↓　台下 / 观众方向　↓")
    c.setFont(f["song"], 9)
    c.drawString(SIDE, 12 * mm, "说明：方框内数字为排序号；左右以观众（台下）视角为准；台下按单位排序号从前排起就座。")


def render_seating(doc: SeatingDoc, fonts: FontMap | None = None) -> bytes:
    """Landscape A4: the title, name boxes behind the 主席台 table in rows of at most 15, then the units
    台下 by 排序号 from the front row; units that do not fit continue on further pages."""
    f = printable_names(doc, fonts, "座次表")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=PAGE, pageCompression=1, initialFontName=f["body"])
    c.setTitle(f"{doc.meeting_title} 主席台座次")
    # above the title's line (its top is 15 mm down), at the left margin the rows of seats keep
    used = draw_secrecy_mark(c, SIDE, PAGE[1] - 8 * mm, doc.secrecy_mark, font=f["hei"], number_font=f["song"],
                             serial=f"{doc.copy_number:06d}" if doc.copy_number else "")
    y = _draw_title(c, doc, f, min(PAGE[1] - 15 * mm, PAGE[1] - 8 * mm - used - 1 * mm))
    numbered = [(i, p.name) for i, p in enumerate(doc.people, start=1)]
    rows = [numbered[k : k + MAX_PER_ROW] for k in range(0, len(numbered), MAX_PER_ROW)] or [[]]
    room = int((y - 18 * mm - 4 * mm - AUDIENCE_ROW_H - FOOT) / (22 * mm))  # rows that fit above the table
    if len(rows) > room:
        raise PrintError(f"主席台 {len(doc.people)} 人，座次表一页最多排 {room * MAX_PER_ROW} 人"
                         f"（每排 {MAX_PER_ROW} 人、{room} 排）。请在“主席台人员”中减少人数，其余人员台下就座。")
    for row in reversed(rows):  # the back row first, nearest the top of the page
        y -= 22 * mm
        _draw_row(c, seat_order(row, doc.rule), y, f)
    if not doc.people:
        c.setFont(f["song"], 12)
        c.drawCentredString(PAGE[0] / 2, y + 8 * mm, "（尚未确定主席台人员）")
    y -= 18 * mm
    _draw_table(c, y, f)
    y -= 4 * mm
    units = list(doc.audience)
    drawn = _draw_audience(c, units, y, f)
    _draw_foot(c, f)
    while drawn < len(units):
        units = units[drawn:]
        c.showPage()
        c.setFont(f["hei"], 14)
        c.drawCentredString(PAGE[0] / 2, PAGE[1] - 20 * mm, f"{doc.meeting_title[:40]}　台下座区（续）")
        drawn = _draw_audience(c, units, PAGE[1] - 26 * mm, f)
        _draw_foot(c, f)
        if drawn == 0:
            break
    c.showPage()
    c.save()
    return buf.getvalue()
