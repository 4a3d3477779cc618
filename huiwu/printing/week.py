"""一周会议安排: the week on one landscape sheet, as a day × 上午/下午/晚上 grid or as a list.

Once the week is 定稿 it changes only by amendment, so amended entries carry "（变更）" and the sheet ends
with a 变更情况 section: a reader holding last Friday's copy can see what moved. The signed week carries the
签发 line at the foot of its table (never alone on a page: the table's last rows go over with it), and a
re-issue says its edition in the title ("一周会议安排（第2版）").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from huiwu.printing._layout import (
    SHADE,
    Col,
    build_pdf,
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
from huiwu.printing.data import WeekDay, WeekDoc, WeekEntry
from huiwu.printing.fonts import FontMap, printable_names

PAGE = landscape(A4)
MARGINS = (12 * mm, 12 * mm, 14 * mm, 16 * mm)
SIZE = 10.0
AMENDED = "（变更）"


def _title(entry: WeekEntry) -> str:
    return entry.title + (AMENDED if entry.amended else "")


def _day_label(day: WeekDay) -> str:
    label = f"{day.weekday_label}\n{day.date.month}月{day.date.day}日"
    return f"{label}\n{day.holiday_label}" if day.holiday_label else label


def _cell_text(entries: Sequence[WeekEntry]) -> str:
    blocks = []
    for e in entries:
        lines = [f"{e.time} {_title(e)}".strip()]
        lines += [f"{k}：{v}" for k, v in (("地点", e.place), ("主持", e.chair), ("参会", e.participants)) if v]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _slots(doc: WeekDoc) -> list[str]:
    evening = doc.show_evening if doc.show_evening is not None else any(e.slot == "晚上" for e in doc.entries)
    return ["上午", "下午", *(["晚上"] if evening else [])]


def _by_day_slot(doc: WeekDoc) -> dict[tuple[dt.date, str], list[WeekEntry]]:
    cells: dict[tuple[dt.date, str], list[WeekEntry]] = {}
    for e in sorted(doc.entries, key=lambda e: (e.date, e.time)):
        cells.setdefault((e.date, e.slot), []).append(e)
    return cells


def _one_per_day(entries: Sequence[WeekEntry]) -> list[WeekEntry]:
    """The list has one row per meeting and day: the 上午 and 下午 entries of one meeting's day (a whole day
    of a multi-day meeting) are the same row."""
    seen: set[WeekEntry] = set()
    out: list[WeekEntry] = []
    for e in sorted(entries, key=lambda e: e.date):
        key = dataclasses.replace(e, slot="上午")
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _off_day_styles(doc: WeekDoc, origin: Sequence[int]) -> list[tuple[Any, ...]]:
    """Shade the date cell of weekends and holidays, but not of 调休 working days."""
    cmds: list[tuple[Any, ...]] = []
    for out, src in enumerate(origin, start=1):
        day = doc.days[src]
        off = (day.date.weekday() >= 5 or bool(day.holiday_label)) and "上班" not in day.holiday_label
        if off:
            cmds.append(("BACKGROUND", (0, out), (0, out), SHADE))
    return cmds


def _grid(doc: WeekDoc, f: dict[str, str], width: float) -> Flowable:
    slots = _slots(doc)
    cols = fit_widths([Col("日期", 26, "CENTER"), *(Col(s, 100) for s in slots)], width)
    cells = _by_day_slot(doc)
    rows = [(_day_label(d), *(_cell_text(cells.get((d.date, s), [])) for s in slots)) for d in doc.days]
    body = table_rows(rows, cols, f["song"], SIZE, max_row_h=frame_height(PAGE, MARGINS) / 2, min_row_h=14 * mm,
                      repeat=(0,))
    return grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE,
                      extra=[("VALIGN", (1, 1), (-1, -1), "TOP"), *_off_day_styles(doc, body.origin)])


def _list(doc: WeekDoc, f: dict[str, str], width: float) -> Flowable:
    cols = fit_widths([Col("日期", 24, "CENTER"), Col("时间", 22, "CENTER"), Col("会议/活动", 60), Col("地点", 34),
                       Col("主持", 22), Col("参加人员", 50), Col("承办单位", 28), Col("备注", 34)], width)
    days = {d.date: d for d in doc.days}
    rows: list[tuple[str, ...]] = []
    last: dt.date | None = None
    for e in _one_per_day(doc.entries):
        day = days.get(e.date)
        label = (_day_label(day) if day else f"{e.date.month}月{e.date.day}日") if e.date != last else ""
        last = e.date
        note = "；".join(x for x in (e.note, e.amended and e.amendment and f"变更：{e.amendment}") if x)
        rows.append((label, e.time, _title(e), e.place, e.chair, e.participants, e.organiser, note))
    if not rows:
        rows = [("", "", "本周暂无会议安排", "", "", "", "", "")]
    cols = fit_to_content(cols, rows, f["song"], SIZE, width, head_font=f["hei"])
    body = table_rows(rows, cols, f["song"], SIZE, max_row_h=frame_height(PAGE, MARGINS) / 2, min_row_h=9 * mm)
    return grid_table(cols, body, head_font=f["hei"], body_font=f["song"], size=SIZE)


class TableWithFoot(Flowable):
    """A table and the line under it (签发) kept together: when both do not fit what is left of the page, the
    table splits short of the line's height, so its last rows carry over with the line."""

    def __init__(self, table: Table, foot: Flowable, gap: float = 6.0) -> None:
        super().__init__()
        self.table, self.foot, self.gap = table, foot, gap

    def _foot_h(self, width: float) -> float:
        return self.foot.wrap(width, 1e6)[1] + self.gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        _w, h = self.table.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, h + self._foot_h(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        parts = self.table.split(availWidth, availHeight - self._foot_h(availWidth))
        if len(parts) < 2:
            return []  # not even one row fits above the line: the whole goes to the next page
        return [*parts[:-1], TableWithFoot(parts[-1], self.foot, self.gap)]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, self._foot_h(self.width))  # _foot_h wraps the foot before it is drawn
        self.foot.drawOn(self.canv, 0, 0)


def render_week(doc: WeekDoc, fonts: FontMap | None = None, *,
                variant: Literal["grid", "list"] = "grid", signoff: str = "") -> bytes:
    """``signoff``: the 签发 line of a finalised week (``huiwu.services.week.signoff_line``), printed under
    the table, right-aligned."""
    f = printable_names(doc, fonts, "一周会议安排")
    width = frame_width(PAGE, MARGINS)
    story: list[Flowable] = [
        *secrecy_block(doc.secrecy_mark, f),  # printed with its 涉密 meetings (--include-secret)
        Paragraph(esc(doc.title), style("w-title", f["title"], 20, align=TA_CENTER, leading=28)),
        Paragraph(esc(doc.week_label), style("w-sub", f["song"], 12, align=TA_CENTER, leading=18)),
    ]
    if doc.issuer:
        story.append(Paragraph(esc(doc.issuer), style("w-issuer", f["song"], 11, align=TA_RIGHT)))
    table = _grid(doc, f, width) if variant == "grid" else _list(doc, f, width)
    if signoff:
        line = Paragraph(esc(signoff), style("w-signoff", f["song"], 12, align=TA_RIGHT, leading=18))
        story += [Spacer(0, 4), TableWithFoot(table, line) if isinstance(table, Table) else table]
        if not isinstance(table, Table):
            story.append(line)
    else:
        story += [Spacer(0, 4), table]
    if doc.amendments:
        head = style("w-head", f["hei"], 12, leading=20)
        head.keepWithNext = True
        text = style("w-text", f["song"], SIZE + 0.5, leading=16, indent_chars=2)
        story += [Spacer(0, 8), Paragraph(f"变更情况（共 {len(doc.amendments)} 项）", head)]
        story += [Paragraph(f"{i}. {esc(a)}", text) for i, a in enumerate(doc.amendments, start=1)]
    return build_pdf(story, font=f["body"], pagesize=PAGE, margins=MARGINS, title=f"{doc.title} {doc.week_label}",
                     canvasmaker=counting_canvas(page_of_total(f["song"], 10, 8 * mm)))
