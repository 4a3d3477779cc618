"""节假日调整: the office's own 放假 / 调休上班 days, for corrections and for years the package does not know."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from huiwu.services import holidays as svc
from huiwu.services.holidays import HolidayRow
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.common import FormDialog, TableList, confirm
from ui.widgets.dates import qdate
from ui.widgets.table import Column


def create_box(ctx: AppContext) -> QWidget:
    return HolidaysBox(ctx)


class HolidaysBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Holidays and adjusted working days"), parent)
        self.ctx = ctx
        self.setObjectName("holidays_box")
        layout = QVBoxLayout(self)
        note = QLabel(tr("The China holiday calendar (with 调休 weekend workdays) is built in. Add the office's "
                         "own days here for corrections and for years the calendar does not know yet."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.warning = QLabel()
        self.warning.setObjectName("holidays_warning")
        self.warning.setStyleSheet("color: #b03a2e;")
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.table = TableList(
            [
                Column(tr("Date"), lambda r: f"{r.day.isoformat()} {'一二三四五六日'[r.day.weekday()]}",
                       sort=lambda r: r.day),
                Column(tr("Type"), lambda r: tr("Working day") if r.is_workday else tr("Day off")),
                Column(tr("Label"), lambda r: r.name),
            ],
            "holiday_overrides",
        )
        self.table.setMinimumHeight(200)
        self.table.add_button(tr("Add…"), self.add, "holiday_add")
        self.table.add_button(tr("Remove"), self.remove, "holiday_remove")
        self.table.bar.addStretch(1)
        layout.addWidget(self.table)
        ctx.events.settings_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        def load(uow: Any) -> tuple[list[HolidayRow], list[str]]:
            this = self.ctx.today().year
            return svc.list_overrides(uow), svc.missing_year_warnings(uow, (this, this + 1))

        self.ctx.run(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result: tuple[list[HolidayRow], list[str]]) -> None:
        rows, warnings = result
        self.table.set_rows(rows)
        for col, width in enumerate((150, 80)):
            self.table.view.setColumnWidth(col, max(self.table.view.columnWidth(col), width))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def add(self) -> None:
        dialog = FormDialog(tr("Add holiday adjustment"), self)
        form = QFormLayout()
        day = QDateEdit(qdate(self.ctx.today()))
        day.setCalendarPopup(True)
        day.setDisplayFormat("yyyy-MM-dd")
        kind = QComboBox()
        kind.addItem(tr("Day off (holiday)"), False)
        kind.addItem(tr("Working day (调休上班)"), True)
        name = QLineEdit()
        name.setPlaceholderText(tr("e.g. Spring Festival"))
        form.addRow(tr("Date"), day)
        form.addRow(tr("Type"), kind)
        form.addRow(tr("Label"), name)
        dialog.body.addLayout(form)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return
        chosen = day.date()
        self.save(dt.date(chosen.year(), chosen.month(), chosen.day()), bool(kind.currentData()), name.text())

    def save(self, day: dt.date, is_workday: bool, name: str) -> None:
        def done(row: HolidayRow) -> None:
            self.ctx.status(tr("Holiday adjustment saved: %1.").replace("%1", row.day.isoformat()))
            self.ctx.events.settings_changed.emit()

        self.ctx.run(lambda uow: svc.add_override(uow, day, is_workday, name), done,
                     lambda exc: show_error(self, exc))

    def remove(self) -> None:
        row = self.table.current_row()
        if row is None:
            return
        if not confirm(self, tr("Remove"), tr("Remove the adjustment of %1?").replace("%1", row.day.isoformat())):
            return

        def done(_: object) -> None:
            self.ctx.status(tr("Holiday adjustment removed."))
            self.ctx.events.settings_changed.emit()

        self.ctx.run(lambda uow: svc.remove_override(uow, row.id), done, lambda exc: show_error(self, exc))
