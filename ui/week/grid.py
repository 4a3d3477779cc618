"""The schedule grid: rows (上午/下午/晚上, people or venues) × day columns, each cell a list of entries.

Every view of the week (周 / 日 / 人员 / 会议室) is the same matrix with different row and column keys,
so one widget draws them all. Cells are rich-text labels because one cell holds several entries of
different colours (the office's meetings, each imported calendar's colour, leave bands).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from huiwu.services.week import AbsenceBand, DayRow, PlacedItem, WeekItem, WeekView
from ui.i18n import tr

MEETING_COLOR = "#1f5fa8"
CANCELLED_COLOR = "#999999"
LEAVE_COLOR = "#8a6d3b"
HOLIDAY_BG = "#fdecea"
ADJUSTED_BG = "#eaf4ea"
WEEKEND_BG = "#f4f4f4"


@dataclass(frozen=True)
class Matrix:
    row_labels: tuple[str, ...]
    days: tuple[DayRow, ...]
    cells: dict[tuple[int, int], list[PlacedItem | AbsenceBand]]


def _slots(placed: Sequence[PlacedItem]) -> list[str]:
    slots = ["上午", "下午"]
    if any(p.slot == "晚上" for p in placed):
        slots.append("晚上")
    return slots


def _band_days(b: AbsenceBand, days: Sequence[DayRow]) -> list[int]:
    last = (b.end - dt.timedelta(microseconds=1)).date()
    return [n for n, d in enumerate(days) if b.start.date() <= d.date <= last]


def slot_matrix(view: WeekView, days: Sequence[DayRow]) -> Matrix:
    """Rows 上午/下午(/晚上) plus a 请假 row; one column per day. An item fills every half-day it occupies
    (:meth:`WeekView.placed`, the rule the printed week and the CLI use too)."""
    placed = view.placed()
    slots = _slots(placed)
    index = {d.date: n for n, d in enumerate(days)}
    cells: dict[tuple[int, int], list[PlacedItem | AbsenceBand]] = {}
    for p in placed:
        col = index.get(p.date)
        if col is not None:
            cells.setdefault((slots.index(p.slot), col), []).append(p)
    labels = [*slots]
    if view.absences:
        labels.append(tr("On leave"))
        for band in view.absences:
            for col in _band_days(band, days):
                cells.setdefault((len(slots), col), []).append(band)
    return Matrix(tuple(labels), tuple(days), cells)


def keyed_matrix(
    view: WeekView,
    rows: Sequence[tuple[object, str]],
    keys_of: Callable[[WeekItem], Sequence[object]],
    band_key: Callable[[AbsenceBand], object] | None = None,
) -> Matrix:
    """Rows are people or venues (``rows`` = (key, label) in display order); one column per day, where an
    item shows once on each day it occupies."""
    position = {key: n for n, (key, _) in enumerate(rows)}
    index = {d.date: n for n, d in enumerate(view.days)}
    cells: dict[tuple[int, int], list[PlacedItem | AbsenceBand]] = {}
    shown: set[tuple[str, dt.date]] = set()
    for p in view.placed():
        col = index.get(p.date)
        if col is None or (p.item.key, p.date) in shown:
            continue
        shown.add((p.item.key, p.date))
        for key in keys_of(p.item):
            if key in position:
                cells.setdefault((position[key], col), []).append(p)
    if band_key is not None:
        for band in view.absences:
            key = band_key(band)
            if key in position:
                for col in _band_days(band, view.days):
                    cells.setdefault((position[key], col), []).append(band)
    return Matrix(tuple(label for _, label in rows), view.days, cells)


WORD_JOINER = "\u2060"


def _unbroken(label: str) -> str:
    """Qt wraps Chinese between any two characters, which would split "共3天" into "共" and "3天": glue each
    piece of a span label, so "（续，第2天/共3天）" wraps only after its "，" and "/"."""
    pieces = re.split(r"(?<=[，/])", label)
    return "".join(WORD_JOINER.join(piece) for piece in pieces)


def entry_html(placed: PlacedItem | AbsenceBand, compact: bool = False) -> str:
    if isinstance(placed, AbsenceBand):
        text = placed.person_name + " " + tr("on leave")
        if not compact and placed.reason:
            text += f"（{placed.reason}）"
        return f'<div style="color:{LEAVE_COLOR};">▮ {html.escape(text)}</div>'
    entry = placed.item
    color = CANCELLED_COLOR if entry.cancelled else (entry.color or MEETING_COLOR)
    title = html.escape(entry.title) + html.escape(_unbroken(placed.span_label))
    if entry.cancelled:
        title = "<s>" + title + "</s> (" + html.escape(tr("cancelled")) + ")"
    elif entry.amended:
        title += ' <span style="color:#c0392b;">（' + html.escape(tr("changed")) + "）</span>"
    lines = [f'<b style="color:{color};">{html.escape(placed.time_text)} {title}</b>']
    if entry.source == "imported":
        lines.append(f'<span style="color:{color};">［{html.escape(entry.calendar_name)}］</span>'
                     + (f" {html.escape(entry.place)}" if entry.place else ""))
    elif not compact:
        chair = tr("Chair") + "：" + entry.chair_name if entry.chair_name else ""
        details = [x for x in (entry.place, chair) if x]
        if details:
            lines.append(html.escape("　".join(details)))
    return f'<div style="margin-bottom:4px;">{"<br>".join(lines)}</div>'


class ScheduleGrid(QTableWidget):
    """Read-only grid; double-clicking an office meeting asks to open it."""

    meeting_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_grid")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.verticalHeader().setMinimumSectionSize(60)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._cells: dict[tuple[int, int], list[PlacedItem | AbsenceBand]] = {}
        self.cellDoubleClicked.connect(self._double_clicked)

    def show_matrix(self, matrix: Matrix, compact: bool = False) -> None:
        self.clear()
        self._cells = matrix.cells
        self.setRowCount(len(matrix.row_labels))
        self.setColumnCount(len(matrix.days))
        for col, day in enumerate(matrix.days):
            head = f"{day.weekday_label}\n{day.date.month}月{day.date.day}日"
            if day.label:
                head += f"\n{day.label}"
            item = QTableWidgetItem(head)
            if day.kind == "holiday":
                item.setForeground(Qt.GlobalColor.red)
            elif day.kind == "adjusted_workday":
                item.setForeground(Qt.GlobalColor.darkGreen)
            if day.detail:
                item.setToolTip(day.detail)
            self.setHorizontalHeaderItem(col, item)
        for row, label in enumerate(matrix.row_labels):
            self.setVerticalHeaderItem(row, QTableWidgetItem(label))
            for col, day in enumerate(matrix.days):
                entries = matrix.cells.get((row, col), [])
                bg = {"holiday": HOLIDAY_BG, "adjusted_workday": ADJUSTED_BG, "weekend": WEEKEND_BG}.get(day.kind, "")
                label_widget = QLabel("".join(entry_html(e, compact) for e in entries))
                label_widget.setObjectName(f"cell_{row}_{col}")
                label_widget.setTextFormat(Qt.TextFormat.RichText)
                label_widget.setWordWrap(True)
                label_widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                label_widget.setMargin(4)
                if bg:
                    label_widget.setStyleSheet(f"background:{bg};")
                label_widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
                tips = [e.item.title + "\n" + e.item.participants_text for e in entries if isinstance(e, PlacedItem)]
                holder = QTableWidgetItem()
                holder.setToolTip("\n\n".join(t.strip() for t in tips))
                self.setItem(row, col, holder)
                self.setCellWidget(row, col, label_widget)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Row heights from the rich-text labels (Qt sizes rows by items, not by cell widgets)."""
        for row in range(self.rowCount()):
            height = 60
            for col in range(self.columnCount()):
                widget = self.cellWidget(row, col)
                if isinstance(widget, QLabel) and widget.text():
                    width = max(self.columnWidth(col) - 2, 60)
                    height = max(height, widget.heightForWidth(width) + 6)
            self.setRowHeight(row, min(height, 900))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_rows()

    def text_at(self, row: int, col: int) -> str:
        widget = self.cellWidget(row, col)
        return widget.text().replace(WORD_JOINER, "") if isinstance(widget, QLabel) else ""

    def _double_clicked(self, row: int, col: int) -> None:
        for entry in self._cells.get((row, col), []):
            if isinstance(entry, PlacedItem) and entry.item.meeting_id is not None:
                self.meeting_activated.emit(entry.item.meeting_id)
                return
