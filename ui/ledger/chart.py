"""The 会议精简 chart: meetings per month (held, arranged, cancelled, avoided by merge) as stacked bars, and the
meetings to date against the plan's pace as two lines on a second axis.

QtCharts is a large module: this file is imported the first time the 会议精简 page is shown, never at start-up.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ui.i18n import tr

if TYPE_CHECKING:
    from huiwu.services.ledger import MonthRow

HELD, PLANNED, CANCELLED, AVOIDED = "#2f6fb3", "#9cc3e6", "#c8c8c8", "#3d9a5b"
TO_DATE, PACE = "#1f3f66", "#c0392b"


def month_label(month: int) -> str:
    return tr("M%1").replace("%1", str(month))


class LedgerChart(QChartView):
    """One chart, redrawn by :meth:`show_months`; the series keep their object names for tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledger_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(180)
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)

    def show_months(self, months: Sequence[MonthRow], plan: int | None) -> None:
        """Bars per month; "to date" and, with a plan, the plan's pace (``plan`` × month / 12) on the right axis."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QStackedBarSeries()
        bars.setObjectName("ledger_bars")
        for name, colour, value in (
            (tr("Held"), HELD, lambda m: m.figures.held),
            (tr("Arranged"), PLANNED, lambda m: m.figures.planned),
            (tr("Cancelled"), CANCELLED, lambda m: m.figures.cancelled),
            (tr("Avoided by merge"), AVOIDED, lambda m: m.figures.avoided_by_merge),
        ):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            bar_set.append([float(value(m)) for m in months])
            bars.append(bar_set)
        chart.addSeries(bars)
        lines = [self._line(tr("Held and arranged to date"), TO_DATE, [m.counted_to_date for m in months], False)]
        if plan is not None:
            lines.append(self._line(tr("Plan to date"), PACE, [m.pace or 0.0 for m in months], True))
        for line in lines:
            chart.addSeries(line)
        x = QBarCategoryAxis()
        x.append([month_label(m.month) for m in months])
        per_month = QValueAxis()
        per_month.setTitleText(tr("Per month"))
        per_month.setLabelFormat("%d")
        top = max((m.figures.counted + m.figures.cancelled + m.figures.avoided_by_merge for m in months), default=0)
        per_month.setRange(0, _nice(top))
        per_month.setTickCount(_ticks(_nice(top)))
        to_date = QValueAxis()
        to_date.setTitleText(tr("To date"))
        to_date.setLabelFormat("%d")
        highest = max([m.counted_to_date for m in months] + ([plan] if plan is not None else []), default=0)
        to_date.setRange(0, _nice(highest))
        to_date.setTickCount(_ticks(_nice(highest)))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(per_month, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(to_date, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(x)
        bars.attachAxis(per_month)
        for line in lines:
            line.attachAxis(x)
            line.attachAxis(to_date)

    @staticmethod
    def _line(name: str, colour: str, values: Sequence[float], dashed: bool) -> QLineSeries:
        line = QLineSeries()
        line.setName(name)
        line.setObjectName("ledger_pace" if dashed else "ledger_to_date")
        pen = QPen(QColor(colour))
        pen.setWidth(2)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.append([QPointF(i, float(v)) for i, v in enumerate(values)])
        return line


def _nice(top: float) -> float:
    """An axis maximum a clerk reads easily: 4, 5, 10, 15, 20, 25, 50 … (at least 4)."""
    if top <= 4:
        return 4
    step = 5 if top <= 50 else 10 ** math.floor(math.log10(top)) / 2
    return math.ceil(top / step) * step


def _ticks(top: float) -> int:
    """Ticks on whole numbers: 5 for 4, 20, 40 …; 6 for 5, 25, 50 …"""
    for n in (5, 6, 4, 3):
        if (top / (n - 1)).is_integer():
            return n
    return 2
