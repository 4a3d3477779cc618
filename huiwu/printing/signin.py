"""签到表: the paper sheet people sign at the door, grouped by unit in 排序号 order, leave pre-marked.

Designed for a thousand rows: short cells are plain strings (a Paragraph per cell would triple the time),
every row height is computed here so reportlab never measures a cell, and the unit column is drawn as one
merged block per group with line commands instead of SPANs (spans cannot break across pages).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from huiwu.printing._layout import (
    CELL_PAD,
    SHADE,
    Col,
    Rows,
    RuledTable,
    build_pdf,
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
from huiwu.printing.data import MeetingDoc, ParticipantRow
from huiwu.printing.fonts import FontMap, printable_names
from huiwu.progress import Progress

MARGINS = (15 * mm, 15 * mm, 15 * mm, 18 * mm)
SIZE = 10.5  # 五号
ROW_H = 10 * mm  # room for a signature
UNIT_COL = 1


class GroupedTable(RuledTable):
    """A table whose unit column names its unit again ("…（续）") at the top of each new page."""

    cont_labels: tuple[str, ...] = ()
    progress: Progress | None = None  # hears (rows laid out, rows) at each page break
    rows_total = 0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and isinstance(parts[1], Table):
            head, tail = parts
            n_head = len(head._cellvalues)
            if self.progress is not None:
                tail.progress, tail.rows_total = self.progress, self.rows_total
                self.progress(self.rows_total - (len(tail._cellvalues) - 1), self.rows_total)
            head.cont_labels = self.cont_labels[:n_head]
            tail.cont_labels = self.cont_labels[:1] + self.cont_labels[n_head:]
            if len(tail._cellvalues) > 1 and tail.cont_labels[1]:
                row = list(tail._cellvalues[1])
                row[UNIT_COL] = tail.cont_labels[1]
                tail._cellvalues[1] = row
        return list(parts)


def _columns(width: float, with_phone: bool) -> list[Col]:
    cols = [Col("序号", 12, "CENTER"), Col("单位", 44), Col("姓名", 22, "CENTER"), Col("职务", 28)]
    if with_phone:
        cols.append(Col("联系电话", 30, "CENTER"))
    cols += [Col("签到", 30 if with_phone else 38, "CENTER"), Col("备注", 34 if with_phone else 42)]
    return fit_widths(cols, width)


def remark(p: ParticipantRow) -> str:
    """What the 备注 column says: leave and 代会 are decided before the meeting, so they are printed."""
    parts: list[str] = []
    if p.substitute_name:
        who = p.substitute_name + (f"（{p.substitute_title}）" if p.substitute_title else "")
        parts.append(f"代会：{who}")
    elif p.attendance == "请假":
        parts.append("请假")
    if p.role_label and p.role_label != "出席":
        parts.append(p.role_label)
    if p.note:
        parts.append(p.note)
    return "；".join(parts)


def _row(p: ParticipantRow, first_of_group: bool, with_phone: bool) -> tuple[str, ...]:
    cells = [str(p.seq), p.unit if first_of_group else "", p.name, p.title]
    if with_phone:
        cells.append(p.phone)
    return (*cells, "请假" if p.on_leave else "", remark(p))


def _short_label(unit: str, font: str, width: float) -> str:
    """A one-line "unit（续）" for the top of a page; long names are cut with an ellipsis."""
    label, room = f"{unit}（续）", width - 2 * CELL_PAD
    while stringWidth(label, font, SIZE) > room and len(unit) > 1:
        unit = unit[:-1]
        label = f"{unit}…（续）"
    return label


def _group_styles(rows: Sequence[ParticipantRow], body: Rows, cols: Sequence[Col], font: str,
                  with_phone: bool) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Line commands that merge each unit's cells, shading for leave, and continuation labels."""
    sign_col = len(cols) - 2
    cmds: list[tuple[Any, ...]] = []
    labels: list[str] = [""]
    shortened: dict[str, str] = {}  # a unit's label, measured once for all its lines
    n = len(body.origin)
    for out, src in enumerate(body.origin, start=1):
        p = rows[src]
        last_of_group = out == n or rows[body.origin[out]].unit != p.unit
        if last_of_group:
            cmds.append(("LINEBELOW", (UNIT_COL, out), (UNIT_COL, out), 0.6, (0, 0, 0)))
        if p.on_leave:
            cmds.append(("BACKGROUND", (sign_col, out), (sign_col, out), SHADE))
        first = out == 1 or rows[body.origin[out - 2]].unit != p.unit
        if first:
            labels.append("")
        else:
            if p.unit not in shortened:
                shortened[p.unit] = _short_label(p.unit, font, cols[UNIT_COL].width)
            labels.append(shortened[p.unit])
    return cmds, labels


def _grouped(rows: Sequence[ParticipantRow], texts: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The lines as the table prints them: each unit named on its first row only."""
    return [t if i == 0 or rows[i - 1].unit != p.unit else (*t[:UNIT_COL], "", *t[UNIT_COL + 1:])
            for i, (p, t) in enumerate(zip(rows, texts, strict=True))]


def signin_table(rows: Sequence[ParticipantRow], cols: Sequence[Col], f: dict[str, str], *,
                 with_phone: bool, max_row_h: float, progress: Progress | None = None,
                 texts: Sequence[tuple[str, ...]] | None = None) -> Table:
    """``texts``: the rows' cells with every unit named (:func:`_row`), when the caller has them already."""
    full = texts if texts is not None else [_row(p, True, with_phone) for p in rows]
    body = table_rows(_grouped(rows, full), cols, f["song"], SIZE, max_row_h=max_row_h, min_row_h=ROW_H)
    extra, labels = _group_styles(rows, body, cols, f["song"], with_phone)
    table = grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE, extra=extra,
                       skip_rules_in=UNIT_COL, cls=GroupedTable)
    assert isinstance(table, GroupedTable)
    table.cont_labels = tuple(labels)
    table.progress, table.rows_total = progress, len(rows)
    return table


def walk_in_table(count: int, cols: Sequence[Col], f: dict[str, str]) -> Table:
    """Blank rows for 临时参会人员 who arrive without being on the list."""
    body = table_rows([("",) * len(cols)] * count, cols, f["song"], SIZE, max_row_h=ROW_H, min_row_h=ROW_H)
    return grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE)


def _running_head(meeting: MeetingDoc, title: str, font: str, size: float, width: float) -> str:
    """"全县…会议　会议签到表　2026年12月11日（周五）10:00—11:00", shortened to one line."""
    when = cn_datetime(meeting.starts_at, meeting.ends_at)
    name = meeting.title
    text = f"{name}　{title}　{when}"
    while stringWidth(text, font, size) > width and len(name) > 4:
        name = name[:-1]
        text = f"{name}…　{title}　{when}"
    return text


def header_block(meeting: MeetingDoc, f: dict[str, str], title: str) -> list[Flowable]:
    title_style = style("signin-title", f["hei"], 18, align=TA_CENTER, space_after=6)
    info = style("signin-info", f["song"], 11.5, leading=17)
    lines = [("会议名称", meeting.title), ("时　　间", cn_datetime(meeting.starts_at, meeting.ends_at)),
             ("地　　点", meeting.venue or meeting.video_link)]
    story: list[Flowable] = [Paragraph(esc(title), title_style)]
    story += [Paragraph(f"{label}：{esc(value)}", info) for label, value in lines if value]
    return [*story, Spacer(0, 4)]


def render_signin(meeting: MeetingDoc, rows: Sequence[ParticipantRow], fonts: FontMap | None = None, *,
                  with_phone: bool = True, walk_in_rows: int = 0, title: str = "会议签到表",
                  progress: Progress | None = None) -> bytes:
    """The sign-in sheet; ``walk_in_rows`` adds a 临时参会人员 section with that many blank rows.

    ``progress`` hears (rows laid out, rows) at each page break of the list, and (rows, rows) at the end.
    """
    f = printable_names((meeting, list(rows)), fonts, "签到表")
    texts = [_row(p, True, with_phone) for p in rows]
    cols = fit_to_content(_columns(frame_width(A4, MARGINS), with_phone), texts, f["song"], SIZE,
                          frame_width(A4, MARGINS), head_font=f["hei"])
    max_row_h = frame_height(A4, MARGINS) / 2
    story = [*secrecy_block(meeting.secrecy_mark, f, copy=meeting.copy_number), *header_block(meeting, f, title)]
    if rows:
        story.append(signin_table(rows, cols, f, with_phone=with_phone, max_row_h=max_row_h, progress=progress,
                                  texts=texts))
    else:
        story.append(Paragraph("（尚无参会人员名单）", style("empty", f["song"], SIZE)))
    if walk_in_rows > 0:
        sub = style("signin-sub", f["hei"], 12, space_after=4)
        sub.keepWithNext = True  # never leave the heading alone at the foot of a page
        story += [Spacer(0, 8), Paragraph("临时参会人员", sub), walk_in_table(walk_in_rows, cols, f)]
    page_number = page_of_total(f["song"], 10.5, 8 * mm)

    def footer(canvas: Any, number: int, total: int) -> None:
        page_number(canvas, number, total)
        if number > 1:  # a loose page still says which meeting it belongs to
            canvas.setFont(f["song"], 9)
            canvas.drawString(MARGINS[0], A4[1] - MARGINS[2] + 3 * mm,
                              _running_head(meeting, title, f["song"], 9, frame_width(A4, MARGINS)))

    pdf = build_pdf(story, font=f["body"], pagesize=A4, margins=MARGINS, title=f"{meeting.title} {title}",
                    canvasmaker=counting_canvas(footer))
    if progress is not None:
        progress(len(rows), len(rows))
    return pdf
