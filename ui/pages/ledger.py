"""会议精简: the year's meetings against the 会议计划 — a chart by month, tables per kind, host unit and month, the
整合会议 / 借会开会 credited, the plan's editor, and the printed 通报.

The page only shows what :func:`huiwu.services.ledger.ledger` counted; every figure and every state comes from
there. QtCharts loads the first time the page is shown (:mod:`ui.ledger.chart`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.common import TableList, confirm
from ui.widgets.flow import FlowLayout
from ui.widgets.table import Column

if TYPE_CHECKING:
    from huiwu.db import UnitOfWork
    from huiwu.services.directory import UnitRow
    from huiwu.services.ledger import CapStatus, Ledger
    from ui.ledger.chart import LedgerChart
    from ui.ledger.dialogs import CapDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter


def create_page(ctx: AppContext) -> QWidget:
    return LedgerPage(ctx)


def _count(cap: int | None) -> str:
    return "—" if cap is None else str(cap)


def _figure_columns(value: Callable[[Any], Any]) -> list[Column[Any]]:
    """Held, arranged, cancelled, avoided and person-times of whatever row ``value`` gives the figures of."""
    return [
        Column(tr("Held"), lambda r: value(r).held, align=RIGHT),
        Column(tr("Arranged"), lambda r: value(r).planned, align=RIGHT),
        Column(tr("Cancelled"), lambda r: value(r).cancelled, align=RIGHT),
        Column(tr("Avoided by merge"), lambda r: value(r).avoided_by_merge, align=RIGHT),
        Column(tr("Person-times"), lambda r: value(r).person_times, align=RIGHT),
    ]


class LedgerPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("ledger_page")
        self.book: Ledger | None = None
        self.units: list[UnitRow] = []
        self.chart: LedgerChart | None = None
        self.cap_dialog: CapDialog | None = None  # the open 会议计划 dialog (tests answer it)
        self._loaded = False
        self._build()
        for signal in (ctx.events.meetings_changed, ctx.events.settings_changed):
            signal.connect(self._changed)
        ctx.events.directory_changed.connect(self._load_units)

    # -------------------------------------------------------- layout
    def _build(self) -> None:
        bar = FlowLayout()  # wraps in a narrow window instead of widening it
        self.year = QSpinBox()
        self.year.setObjectName("ledger_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(self.ctx.today().year)
        self.year.setMinimumWidth(90)
        self.year.valueChanged.connect(lambda _: self.reload())
        self.scope = QComboBox()
        self.scope.setObjectName("ledger_scope")
        self.scope.setMinimumWidth(140)
        self.scope.currentIndexChanged.connect(lambda _: self._draw())
        self.print_button = QPushButton(tr("Print report…"))
        self.print_button.setObjectName("ledger_print")
        self.print_button.setToolTip("Ctrl+P")
        self.print_button.clicked.connect(self.print_preview)
        for w in (QLabel(tr("Year")), self.year, QLabel(tr("Chart")), self.scope):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        self.summary = QLabel()
        self.summary.setObjectName("ledger_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.chart_box = QWidget()  # the chart goes in here when the page is first shown
        self.chart_box.setObjectName("ledger_chart_box")
        self.chart_box.setMinimumHeight(180)
        QVBoxLayout(self.chart_box).setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("ledger_tabs")
        self.kinds = self._table("ledger_kinds", [
            Column(tr("Meeting kind"), lambda r: r.label),
            Column(tr("Plan"), lambda r: _count(r.cap), align=RIGHT),
            *_figure_columns(lambda r: r.figures),
            Column(tr("Video share"), lambda r: _share(r.figures.video_percent), align=RIGHT),
            Column(tr("Against the plan"), lambda r: r.cap_state_label or "—", align=CENTRE),
        ])
        self.units_table = self._table("ledger_units", [
            Column(tr("Host unit"), lambda r: r.label),
            Column(tr("Plan"), lambda r: _count(r.cap), align=RIGHT),
            *_figure_columns(lambda r: r.figures),
            Column(tr("Against the plan"), lambda r: r.cap_state_label or "—", align=CENTRE),
        ])
        self.months = self._table("ledger_months", [
            Column(tr("Month"), lambda r: _month(r.month), sort=lambda r: r.month),
            *_figure_columns(lambda r: r.figures),
            Column(tr("Township person-times"), lambda r: r.figures.township_person_times, align=RIGHT),
            Column(tr("Township hours"), lambda r: f"{r.figures.township_hours:.1f}", align=RIGHT),
            Column(tr("To date"), lambda r: r.counted_to_date, align=RIGHT),
            Column(tr("Plan to date"), lambda r: "—" if r.pace is None else _pace(r.pace), align=RIGHT),
        ])
        self.caps = self._table("ledger_caps", [
            Column(tr("Applies to"), lambda r: r.cap.scope_label),
            Column(tr("Plan"), lambda r: r.cap.rule_text),
            Column(tr("Held"), lambda r: r.figures.held, align=RIGHT),
            Column(tr("Arranged"), lambda r: r.figures.planned, align=RIGHT),
            Column(tr("Against the plan"), lambda r: _verdict(r)),
            Column(tr("Basis"), lambda r: r.cap.note),
        ])
        self.caps.add_button(tr("Add…"), self.add_cap, "ledger_cap_add")
        self.caps.add_button(tr("Edit…"), self.edit_cap, "ledger_cap_edit")
        self.caps.add_button(tr("Delete"), self.delete_cap, "ledger_cap_delete")
        self.caps.activated.connect(lambda _: self.edit_cap())
        self.merges = self._table("ledger_merges", [
            Column(tr("Meeting avoided"), lambda r: r.source_title),
            Column(tr("Was planned for"), lambda r: f"{r.source_starts_at:%m-%d %H:%M}", sort=lambda r: r.source_starts_at),
            Column(tr("Merged into"), lambda r: r.target_title or tr("(deleted)")),
            Column(tr("How"), lambda r: r.kind_label, align=CENTRE),
            Column(tr("Person-times saved"), lambda r: r.person_times_saved, align=RIGHT),
            Column(tr("Hours saved"), lambda r: f"{r.minutes_saved / 60:.1f}", align=RIGHT),
            Column(tr("Accepted by"), lambda r: r.merged_by),
        ])
        for table, title in ((self.kinds, tr("By kind")), (self.units_table, tr("By host unit")),
                             (self.months, tr("By month")), (self.caps, tr("Meeting plan")),
                             (self.merges, tr("Merges credited"))):
            self.tabs.addTab(table, title)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("ledger_splitter")
        self.splitter.addWidget(self.chart_box)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([340, 300])
        state = QSettings().value("splitters/ledger")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("splitters/ledger", self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self).activated.connect(self.print_preview)
        self._fill_scopes()

    def _table(self, key: str, columns: list[Column[Any]]) -> TableList:
        table = TableList(columns, key, self)
        table.view.setSortingEnabled(False)  # the service's order: kinds, 排序号, months
        table.proxy.sort(-1)
        return table

    def _fill_scopes(self) -> None:
        from huiwu.models import MEETING_KIND_LABELS

        with QSignalBlocker(self.scope):
            self.scope.addItem(tr("All meetings"), "")
            for kind, label in MEETING_KIND_LABELS.items():
                self.scope.addItem(label, kind.value)

    # -------------------------------------------------------- page protocol
    def activated(self) -> None:
        if self.chart is None:
            from ui.ledger.chart import LedgerChart  # QtCharts: only now, never at start-up

            self.chart = LedgerChart(self.chart_box)
            layout = self.chart_box.layout()
            assert layout is not None
            layout.addWidget(self.chart)
        if not self._loaded:
            self._loaded = True
            self._load_units()
        self.reload()

    def _changed(self) -> None:
        if self._loaded:
            self.reload()

    # -------------------------------------------------------- loading
    def reload(self) -> None:
        from huiwu.services.ledger import ledger

        year = self.year.value()
        self.ctx.run(lambda uow: ledger(uow, year), self._shown, lambda exc: show_error(self, exc),
                     label=tr("Counting the year's meetings…"))

    def _load_units(self) -> None:
        from huiwu.services.directory import list_units

        self.ctx.run(list_units, self._units_loaded, lambda exc: show_error(self, exc))

    def _units_loaded(self, units: list[UnitRow]) -> None:
        self.units = units

    def _shown(self, book: Ledger) -> None:
        if book.year != self.year.value():
            return  # the clerk chose another year meanwhile: its own result follows
        self.book = book
        self.kinds.set_rows(book.by_kind)
        self.units_table.set_rows(book.by_unit)
        self.months.set_rows(book.months)
        self.caps.set_rows(book.caps)
        self.merges.set_rows(book.merges)
        self.tabs.setTabText(self.tabs.indexOf(self.merges),
                             tr("Merges credited (%1)").replace("%1", str(len(book.merges))))
        self.summary.setText(_summary(book))
        self._draw()

    def _draw(self) -> None:
        if self.chart is None or self.book is None:
            return
        from huiwu.services.ledger import months_of, plan_of

        kind = str(self.scope.currentData() or "")
        self.chart.show_months(months_of(self.book, kind), plan_of(self.book, kind))

    # -------------------------------------------------------- the 会议计划
    def add_cap(self) -> None:
        self._open_dialog(None)

    def edit_cap(self) -> None:
        row: CapStatus | None = self.caps.current_row()
        if row is None:
            self.ctx.status(tr("Choose a line of the plan first."))
            return
        self._open_dialog(row)

    def _open_dialog(self, row: CapStatus | None) -> None:
        from ui.ledger.dialogs import CapDialog

        dialog = CapDialog(self.year.value(), self.units, row.cap if row is not None else None, self)
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.finished.connect(lambda _: setattr(self, "cap_dialog", None))
        self.cap_dialog = dialog
        dialog.open()  # non-blocking: the worker keeps going, and a test can fill it in

    def _save(self, dialog: CapDialog) -> None:
        from huiwu.services.ledger import save_cap

        data = dialog.values()
        cap = dialog.cap

        def use_case(uow: UnitOfWork) -> Any:
            return save_cap(uow, data, cap.id if cap else None, cap.version if cap else None)

        def done(row: Any) -> None:
            self.ctx.status(tr("Saved the plan line: %1").replace("%1", f"{row.scope_label}{row.rule_text}"))
            self.reload()

        self.ctx.run(use_case, done, lambda exc: show_error(self, exc))

    def delete_cap(self) -> None:
        row: CapStatus | None = self.caps.current_row()
        if row is None:
            self.ctx.status(tr("Choose a line of the plan first."))
            return
        if not confirm(self, tr("Delete plan line"), tr("Delete “%1” from the plan? The meetings are not changed.")
                       .replace("%1", f"{row.cap.scope_label}{row.cap.rule_text}")):
            return
        self.remove_cap(row)

    def remove_cap(self, row: CapStatus) -> None:
        from huiwu.services.ledger import delete_cap

        def done(_: object) -> None:
            self.ctx.status(tr("Deleted the plan line: %1").replace("%1", row.cap.scope_label))
            self.reload()

        self.ctx.run(lambda uow: delete_cap(uow, row.cap.id, row.cap.version), done,
                     lambda exc: show_error(self, exc))

    # -------------------------------------------------------- printing
    def print_preview(self) -> None:
        from huiwu.services.ledger import ledger_pdf
        from ui.printing import preview_pdf

        year = self.year.value()
        title = tr("Meeting reduction report %1").replace("%1", str(year))
        preview_pdf(self.ctx, self, title, lambda uow: ledger_pdf(uow, year))


def _share(percent: float | None) -> str:
    return "—" if percent is None else f"{percent:.1f}%"


def _pace(pace: float) -> str:
    return f"{pace:.1f}".removesuffix(".0")


def _month(month: int) -> str:
    return tr("M%1").replace("%1", str(month))


def _verdict(row: CapStatus) -> str:
    from huiwu.services.ledger import cap_verdict

    return cap_verdict(row)


def _summary(book: Ledger) -> str:
    t = book.total
    text = (tr("Held %1, arranged %2, cancelled %3; %4 avoided by merging (%5 person-times saved). "
               "Person-times %6, of which townships %7 (%8 hours).")
            .replace("%1", str(t.held)).replace("%2", str(t.planned)).replace("%3", str(t.cancelled))
            .replace("%4", str(t.avoided_by_merge)).replace("%5", str(t.person_times_saved))
            .replace("%6", str(t.person_times)).replace("%7", str(t.township_person_times))
            .replace("%8", f"{t.township_hours:.1f}"))
    if book.plan_total is not None:
        text += " " + tr("Plan for the year: %1 meetings.").replace("%1", str(book.plan_total))
    from huiwu.rules.ledger import OVER

    over = [c.cap.scope_label for c in book.caps if c.state == OVER]
    if over:
        text += " " + tr("Over the plan: %1.").replace("%1", "、".join(over))
    return text
