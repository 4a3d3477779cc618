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

from huiwu.printing._layout import draw_secrecy_mark
from huiwu.printing.data import SeatingDoc, SeatingRule
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


def render_seating(doc: SeatingDoc, fonts: FontMap | None = None) -> bytes:
    """Landscape A4: name boxes behind the 主席台 table, rows of at most 15, the audience at the bottom."""
    f = printable_names(doc, fonts, "座次表")
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=PAGE, pageCompression=1, initialFontName=f["body"])
    c.setTitle(f"{doc.meeting_title} 主席台座次")
    # above the title's line (its top is 15 mm down), at the left margin the rows of seats keep
    draw_secrecy_mark(c, 20 * mm, PAGE[1] - 8 * mm, doc.secrecy_mark, font=f["hei"], number_font=f["song"])
    c.setFont(f["title"], 22)
    c.drawCentredString(PAGE[0] / 2, PAGE[1] - 22 * mm, f"{doc.meeting_title}主席台座次"[:60])
    if doc.venue:
        c.setFont(f["song"], 12)
        c.drawCentredString(PAGE[0] / 2, PAGE[1] - 30 * mm, doc.venue)
    numbered = [(i, p.name) for i, p in enumerate(doc.people, start=1)]
    rows = [numbered[k : k + MAX_PER_ROW] for k in range(0, len(numbered), MAX_PER_ROW)] or [[]]
    rows = rows[:6]  # a 主席台 with more than 90 seats is not a 主席台; the rest would not fit the page
    y = 58 * mm  # the front row, nearest the audience
    _draw_table(c, 38 * mm, f)
    for row in rows:
        _draw_row(c, seat_order(row, doc.rule), y, f)
        y += 22 * mm
    if not doc.people:
        c.setFont(f["song"], 12)
        c.drawCentredString(PAGE[0] / 2, 66 * mm, "（尚未确定主席台人员）")
    c.setFont(f["hei"], 14)
    c.drawCentredString(PAGE[0] / 2, 22 * mm, "↓　台下 / 观众方向　↓")
    c.setFont(f["song"], 9)
    c.drawString(20 * mm, 12 * mm, "说明：方框内数字为排序号；左右以观众（台下）视角为准。")
    c.showPage()
    c.save()
    return buf.getvalue()
