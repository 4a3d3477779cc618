"""席卡 (table cards): two per A4 sheet, each folded along its middle into a tent.

The upper half is drawn rotated 180° so that once folded the name reads upright on both faces: the side
facing the audience and the side facing the person (who checks they sit at the right place).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Literal

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from huiwu.printing.data import SeatPerson
from huiwu.printing.fonts import FontMap, printable_names

CARD_H = A4[1] / 2
SIDE = 15 * mm
MAX_SIZE, MIN_SIZE = 110.0, 40.0


def name_size(name: str, font: str, width: float = A4[0] - 2 * SIDE) -> float:
    """As large as fits the card width; a short name is spaced out instead of growing past the fold."""
    natural = stringWidth(name, font, 1) or 1
    return max(MIN_SIZE, min(MAX_SIZE, width / natural))


def _spaced(name: str) -> str:
    """Two-character names are written with a full-width space, as offices print them (王　伟)."""
    return "　".join(name) if len(name) == 2 else name


def set_size(names: Sequence[str], font: str) -> float:
    """One type size for every card of a set: the largest at which the longest name still fits, so the
    cards on one 主席台 (and the two on one sheet) look alike."""
    return min((name_size(_spaced(n), font) for n in names), default=MAX_SIZE)


def _draw_name(c: Canvas, name: str, font: str, centre_y: float, upside_down: bool, size: float) -> None:
    text = _spaced(name)
    c.saveState()
    c.translate(A4[0] / 2, centre_y)
    if upside_down:
        c.rotate(180)
    c.setFont(font, size)
    c.drawCentredString(0, -size * 0.36, text)
    c.restoreState()


def _draw_card(c: Canvas, name: str, bottom: float, font: str, size: float) -> None:
    fold = bottom + CARD_H / 2
    c.setDash(4, 3)
    c.setLineWidth(0.5)
    c.line(SIDE / 2, fold, A4[0] - SIDE / 2, fold)
    c.setDash()
    c.setFont(font, 7)
    c.drawString(SIDE / 2, fold + 2, "沿虚线对折")
    _draw_name(c, name, font, bottom + CARD_H / 4, upside_down=False, size=size)
    _draw_name(c, name, font, bottom + 3 * CARD_H / 4, upside_down=True, size=size)


def render_cards(people: Sequence[SeatPerson | str], fonts: FontMap | None = None, *,
                 face: Literal["hei", "kai"] = "hei") -> bytes:
    """Cards in the given order, two per page, all names in one size; the line between them is where to cut."""
    names = [p if isinstance(p, str) else p.name for p in people]
    f = printable_names(names, fonts, "席卡")  # only the names are printed on a card
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=f["body"])
    c.setTitle("席卡")
    if not names:
        c.setFont(f["song"], 12)
        c.drawCentredString(A4[0] / 2, A4[1] / 2, "（没有需要制作席卡的人员）")
        c.showPage()
    size = set_size(names, f[face])
    for k in range(0, len(names), 2):
        _draw_card(c, names[k], CARD_H, f[face], size)
        if k + 1 < len(names):
            _draw_card(c, names[k + 1], 0, f[face], size)
        c.setLineWidth(0.3)
        c.line(0, CARD_H, A4[0], CARD_H)
        c.showPage()
    c.save()
    return buf.getvalue()
