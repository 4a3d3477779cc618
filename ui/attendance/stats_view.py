"""考勤统计: a period, a bar chart of the attendance rate by unit (QtCharts), the table, the 通报, xlsx."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huiwu.progress import Meter
from huiwu.services import stats as svc
from huiwu.services.stats import AbsenceReport, AbsenceRow, Statistics, StatRow
from ui.context import AppContext, Job
from ui.errors import show_error
from ui.i18n import tr
from ui.progress import run_with_progress
from ui.widgets.common import TableList
from ui.widgets.dates import qdate
from ui.widgets.files import save_file
from ui.widgets.table import Column

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _measure(key: str) -> Any:
    return lambda r: r.value(key)


def _rate_sort(key: str) -> Any:
    """Rates sort by their number, not their text; the other measures by themselves."""
    if key in ("own_rate", "rate"):
        return lambda r: getattr(r, key) if getattr(r, key) is not None else -1
    return None


class StatsView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stats_view")
        self.unit_stats: Statistics | None = None
        bar = QHBoxLayout()
        today = qdate(ctx.today())
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, "stats_from"), (self.date_to, "stats_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.preset = QComboBox()
        self.preset.setObjectName("stats_preset")
        for text, key in ((tr("This month"), "month"), (tr("Last month"), "last_month"), (tr("This quarter"), "quarter"),
                          (tr("This year"), "year"), (tr("Custom"), "custom")):
            self.preset.addItem(text, key)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.group_by = QComboBox()
        self.group_by.setObjectName("stats_group_by")
        for text, key in ((tr("By unit"), "unit"), (tr("By person"), "person"), (tr("By meeting"), "meeting")):
            self.group_by.addItem(text, key)
        bar.addWidget(QLabel(tr("Period")))
        bar.addWidget(self.preset)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.group_by)
        refresh = QPushButton(tr("Compute"))
        refresh.setObjectName("stats_compute")
        refresh.clicked.connect(lambda _=False: self.reload())
        bar.addWidget(refresh)
        bar.addStretch(1)
        export = QPushButton(tr("Export .xlsx…"))
        export.setObjectName("stats_export")
        export.clicked.connect(lambda _=False: self.export())
        bar.addWidget(export)
        self.summary = QLabel()
        self.summary.setObjectName("stats_summary")
        self.summary.setWordWrap(True)

        # The measures and their values come from the statistics service (the .xlsx and the CLI show the same).
        captions = {
            "meetings": tr("Meeting count"), "expected": tr("Expected"), "present": tr("Present"),
            "own": tr("In person"), "substitute": tr("Substitutes"), "leave": tr("On leave"), "late": tr("Late"),
            "left_early": tr("Left early"), "absent": tr("Absent"), "own_rate": tr("Attendance rate (in person)"),
            "rate": tr("Attendance rate (incl. substitutes)"),
        }
        columns: list[Column[StatRow]] = [
            Column(tr("Counted for"), lambda r: r.label),
            Column(tr("Unit"), lambda r: "" if r.unit_name == r.label else r.unit_name),
            Column(tr("Title / time"), lambda r: r.title),
            *(Column(captions[key], _measure(key), _rate_sort(key), align=RIGHT) for key, _ in svc.MEASURES),
        ]
        self.table = TableList(columns, "attendance_stats", self, sort_column=-1)
        report_columns: list[Column[AbsenceRow]] = [
            Column(tr("No."), lambda r: r.seq, align=RIGHT),
            Column(tr("Full name"), lambda r: r.name),
            Column(tr("Unit"), lambda r: r.unit_name),
            Column(tr("Title"), lambda r: r.title),
            Column(tr("Meeting"), lambda r: r.meeting_title),
            Column(tr("Meeting time"), self._time),
            Column(tr("Situation"), lambda r: r.situation),
            Column(tr("Asked for leave"), lambda r: r.on_leave),
            Column(tr("Asked by"), lambda r: r.leave_channel),
            Column(tr("Reason"), lambda r: r.reason),
        ]
        self.report = TableList(report_columns, "attendance_report", self)
        self.chart = QChart()
        self.chart.setTitle(tr("Attendance rate in person, by unit"))
        self.chart.legend().setVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("stats_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart_view)
        self.chart_scroll = scroll
        tables = QTabWidget()
        tables.setObjectName("stats_tabs")
        tables.addTab(self.table, tr("Statistics"))
        tables.addTab(self.report, tr("Attendance report (通报)"))
        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(tables)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 700])
        self.chart_view.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._loaded_once = False

    def _time(self, r: AbsenceRow) -> str:
        return f"{r.meeting_start.astimezone(self.ctx.settings.tz()):%Y-%m-%d %H:%M}"

    def _preset_chosen(self, *_: Any) -> None:
        key = self.preset.currentData()
        today = qdate(self.ctx.today())
        y, m = today.year(), today.month()
        ranges = {
            "month": (QDate(y, m, 1), today),
            "last_month": (QDate(y, m, 1).addMonths(-1), QDate(y, m, 1).addDays(-1)),
            "quarter": (QDate(y, (m - 1) // 3 * 3 + 1, 1), today),
            "year": (QDate(y, 1, 1), today),
        }
        if key in ranges:
            start, end = ranges[key]
            with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
                self.date_from.setDate(start)
                self.date_to.setDate(end)
            self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return start, end

    def ensure_loaded(self) -> None:
        if not self._loaded_once:
            self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        start, end = self.period()
        group_by = str(self.group_by.currentData())

        def load(uow: Any, job: Job) -> tuple[Statistics, Statistics, AbsenceReport]:
            meter = Meter(job.progress, job.cancelled)  # three passes over the period, one bar
            first = 700 if group_by == "unit" else 400
            chosen = svc.statistics(uow, start, end, group_by, progress=meter.part(0, first))  # type: ignore[arg-type]
            by_unit = chosen if group_by == "unit" else svc.statistics(uow, start, end, "unit",
                                                                        progress=meter.part(first, 700))
            return chosen, by_unit, svc.absence_report(uow, start, end, progress=meter.part(700, meter.total))

        run_with_progress(self.ctx, self, load, self._loaded, lambda exc: show_error(self, exc),
                          tr("Computing statistics"))

    def _loaded(self, data: tuple[Statistics, Statistics, AbsenceReport]) -> None:
        chosen, by_unit, report = data
        self.unit_stats = by_unit
        self.table.set_rows([*chosen.rows, chosen.total])
        self.table.view.setColumnHidden(1, chosen.group_by != "person")
        self.table.view.setColumnHidden(2, chosen.group_by == "unit")
        self.report.set_rows(list(report.rows))
        t = chosen.total
        self.summary.setText(
            tr("%1: %2 meetings, expected %3, present %4 (substitutes %5), on leave %6, late %7, absent %8, "
               "attendance rate %9 in person, %10 including substitutes.")
            .replace("%10", str(t.value("rate"))).replace("%1", chosen.period_label)
            .replace("%2", str(t.meetings)).replace("%3", str(t.value("expected")))
            .replace("%4", str(t.value("present"))).replace("%5", str(t.value("substitute")))
            .replace("%6", str(t.value("leave"))).replace("%7", str(t.value("late")))
            .replace("%8", str(t.value("absent"))).replace("%9", str(t.value("own_rate")))
        )
        self._draw_chart(by_unit)
        self.ctx.status(tr("Statistics computed for %1.").replace("%1", chosen.period_label))

    def _draw_chart(self, stats: Statistics) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        rows = [r for r in stats.rows if r.own_rate is not None]
        rows.reverse()  # a horizontal chart draws the first category at the bottom
        values = QBarSet(tr("Attendance rate (in person)"))
        values.append([round((r.own_rate or 0) * 100, 1) for r in rows])
        values.setColor(Qt.GlobalColor.darkCyan)
        series = QHorizontalBarSeries()
        series.append(values)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([r.label.removeprefix("县") or r.label for r in rows])
        categories.setTruncateLabels(False)
        value_axis = QValueAxis()
        value_axis.setRange(0, 100)
        value_axis.setLabelFormat("%d%%")
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(value_axis)
        self.chart_view.setMinimumHeight(max(300, 24 * len(rows) + 100))

    def export(self) -> None:
        start, end = self.period()
        default = f"参会考勤统计_{start:%Y%m%d}-{end:%Y%m%d}.xlsx"
        chosen = save_file(self, "statistics", tr("Export statistics"), default, tr("Excel workbook (*.xlsx)"))
        if chosen is None:
            return
        path = str(chosen)
        from pathlib import Path

        run_with_progress(self.ctx, self,
                          lambda uow, job: svc.export_xlsx(uow, start, end, Path(path), progress=job.progress,
                                                           cancelled=job.cancelled),
                          lambda saved: self.ctx.status(tr("Statistics exported to %1.").replace("%1", str(saved))),
                          lambda exc: show_error(self, exc), tr("Exporting"))
