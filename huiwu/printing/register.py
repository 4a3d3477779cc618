"""涉密材料发放回收登记表: every registered copy of a meeting's 涉密材料, who took it and when it came back.

DOMAIN.md: "every copy is numbered and registered (发放回收登记: 份号、材料名称、密级、领取人、单位、领取时间、
退回时间、经办人)". A4 landscape (eight columns with two times fit without breaking a time or a 份号), the
meeting's 密级 mark top left of page 1 (GB/T 9704 §7.2), the title in 2号小标宋, the totals 发出 / 收回 /
未收回 below the table with the copies still out named. A meeting with nothing registered prints a short
sheet saying so, so a 归档卷 can always include the register.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from huiwu.printing._layout import (
    CELL_PAD,
    Col,
    build_pdf,
    cn_date,
    cn_datetime,
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

PAGE = landscape(A4)
MARGINS = (20 * mm, 20 * mm, 18 * mm, 18 * mm)
SIZE = 10.5  # 五号
ROW_H = 7 * mm
TITLE = "涉密材料发放回收登记表"
COLUMNS = ("份号", "材料名称", "密级", "领取人", "单位", "领取时间", "退回时间", "经办人")
OUT = "未收回"


@dataclass(frozen=True)
class RegisterLine:
    number: str  # "000003"
    material: str
    level: str  # 秘密 / 机密 / 绝密
    recipient: str
    unit: str
    issued_at: dt.datetime | None  # office zone
    returned_at: dt.datetime | None
    handler: str  # 经办人
    out: bool  # handed out, not back


@dataclass(frozen=True)
class RegisterDoc:
    meeting_title: str
    starts_at: dt.datetime | None
    ends_at: dt.datetime | None
    venue: str
    secrecy_mark: str  # top left of page 1, "" when not 涉密
    lines: tuple[RegisterLine, ...]
    totals_text: str  # "发出 16 份，收回 14 份，未收回 2 份"
    out_text: str  # "1-000007 潘超（县政府领导）、…" or ""
    materials_text: tuple[str, ...] = ()  # one line per material when several
    issuer: str = ""
    printed_on: dt.date | None = None


def _time(value: dt.datetime | None, with_year: bool) -> str:
    if value is None:
        return ""
    return f"{value:%Y-%m-%d %H:%M}" if with_year else f"{value:%m-%d %H:%M}"


def _cells(line: RegisterLine, with_year: bool) -> tuple[str, ...]:
    returned = _time(line.returned_at, with_year) or (OUT if line.out else "")
    return (line.number, line.material, line.level, line.recipient, line.unit, _time(line.issued_at, with_year),
            returned, line.handler)


def _columns(width: float) -> list[Col]:
    return fit_widths([Col("份号", 15, "CENTER"), Col("材料名称", 80), Col("密级", 11, "CENTER"),
                       Col("领取人", 18, "CENTER"), Col("单位", 34), Col("领取时间", 24, "CENTER"),
                       Col("退回时间", 24, "CENTER"), Col("经办人", 18, "CENTER")], width)


def _tail(doc: RegisterDoc, f: dict[str, str]) -> list[Flowable]:
    """The totals, each material's count, the copies still out, and the signatures."""
    info = style("register-tail", f["song"], 12, leading=19)
    out: list[Flowable] = []
    if doc.lines:
        out.append(Paragraph(esc(f"合计：{doc.totals_text}。"), style("register-total", f["hei"], 12, leading=20)))
        out += [Paragraph(esc(line), info) for line in doc.materials_text]
        if doc.out_text:
            out.append(Paragraph(esc(f"未收回：{doc.out_text}"), info))
    sign = style("register-sign", f["song"], 12, leading=24, align=TA_RIGHT)
    out.append(Paragraph("经办人（签字）：＿＿＿＿＿＿　　　复核人（签字）：＿＿＿＿＿＿", sign))
    if doc.issuer or doc.printed_on:
        out.append(Paragraph(esc(f"{doc.issuer}　{cn_date(doc.printed_on)}制表".strip()), sign))
    return out


def _table(doc: RegisterDoc, texts: list[tuple[str, ...]], cols: list[Col], f: dict[str, str]) -> Flowable:
    """The copies, then the tail in one last row across the table: its two rows above travel with it to a new
    page (huiwu.printing.result.ResultTable), so no page holds only the totals and the signatures."""
    from huiwu.printing.result import ResultTable

    body = table_rows(texts, cols, f["song"], SIZE, max_row_h=frame_height(PAGE, MARGINS) / 3, min_row_h=ROW_H)
    extra: list[tuple[Any, ...]] = [("FONT", (6, k), (6, k), f["hei"], SIZE)
                                    for k, src in enumerate(body.origin, start=1) if doc.lines[src].out]
    tail = _tail(doc, f)
    inner = sum(c.width for c in cols) - 2 * CELL_PAD
    body.cells.append([tail] + [""] * (len(cols) - 1))
    body.heights.append(sum(p.wrap(inner, 1e6)[1] for p in tail) + 2 * CELL_PAD + 6)
    last = len(body.cells)
    extra += [("SPAN", (0, last), (-1, last)), ("VALIGN", (0, last), (-1, last), "TOP"),
              ("TOPPADDING", (0, last), (-1, last), 6)]
    table = grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE, extra=extra, cls=ResultTable)
    assert isinstance(table, ResultTable)
    table.cont_labels = ("",) * (len(body.cells) + 1)
    return table


def render_register(doc: RegisterDoc, fonts: FontMap | None = None) -> bytes:
    f = printable_names(doc, fonts, TITLE)
    width = frame_width(PAGE, MARGINS)
    years = {t.year for line in doc.lines for t in (line.issued_at, line.returned_at) if t is not None}
    with_year = len(years) > 1
    texts = [_cells(line, with_year) for line in doc.lines]
    info = style("register-info", f["song"], 12, leading=18)
    story: list[Flowable] = [
        *secrecy_block(doc.secrecy_mark, f),
        Paragraph(esc(TITLE), style("register-title", f["title"], 22, leading=30, align=TA_CENTER, space_after=8)),
    ]
    head = [("会议名称", doc.meeting_title), ("会议时间", cn_datetime(doc.starts_at, doc.ends_at)),
            ("会议地点", doc.venue)]
    story += [Paragraph(f"{label}：{esc(value)}", info) for label, value in head if value]
    story.append(Spacer(0, 6))
    if doc.lines:
        cols = fit_to_content(_columns(width), texts, f["song"], SIZE, width, head_font=f["hei"])
        story.append(_table(doc, texts, cols, f))
    else:
        story.append(Paragraph("本次会议未登记涉密材料。", style("register-none", f["body"], 16, leading=28)))
        story += [Spacer(0, 10), *_tail(doc, f)]
    page_number = page_of_total(f["song"], 10.5, 8 * mm)

    def footer(canvas: Any, number: int, total: int) -> None:
        page_number(canvas, number, total)
        if number > 1:  # a loose page still says which meeting's register it is
            canvas.setFont(f["song"], 9)
            canvas.drawString(MARGINS[0], PAGE[1] - MARGINS[2] + 4 * mm, f"{doc.meeting_title} {TITLE}"[:80])

    return build_pdf(story, font=f["body"], pagesize=PAGE, margins=MARGINS, title=f"{doc.meeting_title} {TITLE}",
                     canvasmaker=counting_canvas(footer))
