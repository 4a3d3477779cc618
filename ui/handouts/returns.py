"""回收: the selected 明白纸's attached tables out to the units and back — send (units, deadline), the ledger
per table (已交 / 未交 / 逾期), export the tables, import the returned files through a preview, the merged
table (.xlsx or print) and the 时限节点 as 督办 items. Every decision is huiwu.services.handout_returns'."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QDateTime, QSettings, QSignalBlocker, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import ReturnState
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.common import DONE_COLOR, OVERDUE_COLOR, FormDialog, TableList
from ui.widgets.files import choose_folder, last_folder, remember_folder, save_file
from ui.widgets.table import Column

if TYPE_CHECKING:
    from huiwu.db import UnitOfWork
    from huiwu.services.handout_returns import HandoutReturns, ImportPreview, LedgerUnit, UnitChoice

PURPOSE = "handout-returns"


class ReturnsPanel(QWidget):
    """The 回收 tab of the 明白纸 page; ``load(handout_id)`` shows one handout, ``changed`` after each write."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("handout_returns")
        self.handout_id: int | None = None
        self.view: HandoutReturns | None = None
        self.send_dialog: SendDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.summary = QLabel(tr("Choose a saved handout in the list."))
        self.summary.setObjectName("returns_summary")
        self.summary.setWordWrap(True)
        self.table_box = QComboBox()
        self.table_box.setObjectName("returns_table")
        self.table_box.currentIndexChanged.connect(self._show_table)
        self.counts = QLabel("")
        self.counts.setObjectName("returns_counts")
        self.counts.setWordWrap(True)
        head = QHBoxLayout()
        head.addWidget(QLabel(tr("Attached table")))
        head.addWidget(self.table_box, 1)

        self.ledger = TableList([
            Column(tr("Unit"), lambda u: u.unit_name),
            Column(tr("State"), lambda u: u.state_text),
            Column(tr("Returned at"), lambda u: f"{u.returned_at:%m-%d %H:%M}" if u.returned_at else "",
                   sort=lambda u: u.returned_at.isoformat() if u.returned_at else ""),
            Column(tr("Rows"), lambda u: len(u.rows) if u.state == ReturnState.RETURNED else ""),
            Column(tr("Entered by"), lambda u: f"{u.channel} {u.entered_by}".strip()),
        ], "handout_returns", sort_column=0)
        self.ledger.model.row_brush = lambda u: (OVERDUE_COLOR if u.overdue else DONE_COLOR
                                                 if u.state == ReturnState.RETURNED else None)
        self.ledger.view.setSortingEnabled(False)
        self.ledger.proxy.sort(-1)  # the 排序号 order the service gives
        self._widths_set = False
        self.send_button = self.ledger.add_button(tr("Send to units…"), self.open_send, "returns_send")
        self.export_button = self.ledger.add_button(tr("Export tables…"), self.choose_export, "returns_export")
        self.per_unit = QCheckBox(tr("One file per unit"))
        self.per_unit.setObjectName("returns_per_unit")
        self.ledger.bar.addWidget(self.per_unit)
        self.import_button = self.ledger.add_button(tr("Import returned tables…"), self.choose_import, "returns_import")
        self.merged_button = self.ledger.add_button(tr("Merged table (.xlsx)…"), self.choose_merged, "returns_merged")
        self.print_button = self.ledger.add_button(tr("Print merged table…"), self.print_merged, "returns_print")
        self.actions_button = self.ledger.add_button(tr("Milestones to follow-up"), self.milestones_to_actions,
                                                     "returns_actions")
        self.milestones = QLabel("")
        self.milestones.setObjectName("returns_milestones")
        self.milestones.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(head)
        layout.addWidget(self.counts)
        layout.addWidget(self.ledger, 1)
        layout.addWidget(self.milestones)
        self._enable()

    # -------------------------------------------------------- loading
    def load(self, handout_id: int | None) -> None:
        self.handout_id = handout_id
        if handout_id is None:
            self._shown(None)
            return
        from huiwu.services.handout_returns import handout_returns

        self.ctx.run(lambda uow: handout_returns(uow, handout_id), self._shown, lambda exc: show_error(self, exc))

    def reload(self) -> None:
        self.load(self.handout_id)

    def _shown(self, view: HandoutReturns | None) -> None:
        if view is not None and view.handout_id != self.handout_id:
            return  # a newer load is on its way
        self.view = view
        current = self.table_box.currentData()
        with QSignalBlocker(self.table_box):
            self.table_box.clear()
            for t in view.tables if view else ():
                self.table_box.addItem(t.title, t.request_id)
            self.table_box.setCurrentIndex(max(0, self.table_box.findData(current)))
        if view is None:
            self.summary.setText(tr("Choose a saved handout in the list."))
        elif not view.tables:
            unsent = "、".join(view.unsent)
            self.summary.setText(tr("The attached tables (%1) have not been sent yet: send them to the units first.")
                                 .replace("%1", unsent) if unsent else tr("This handout has no attached tables."))
        else:
            self.summary.setText(tr("Returns for “%1”").replace("%1", view.title)
                                 + (tr(" — not sent yet: %1").replace("%1", "、".join(view.unsent)) if view.unsent else ""))
        if view is not None and view.milestones:
            self.milestones.setText(tr("Milestones with a responsible unit: %1, of them follow-up items: %2.")
                                    .replace("%1", str(view.milestones)).replace("%2", str(view.milestone_actions)))
        else:
            self.milestones.setText("")
        self._show_table()
        self._enable()

    def _show_table(self, *_: Any) -> None:
        table = self.current_table()
        rows: list[LedgerUnit] = list(table.units) if table else []
        self.ledger.set_rows(rows)
        if rows and not self._widths_set and QSettings().value("tables/handout_returns") is None:
            self._widths_set = True  # sensible first widths; the clerk's own persist
            for column, width in enumerate((170, 70, 120, 60)):
                self.ledger.view.setColumnWidth(column, width)
        if table is None:
            self.counts.setText("")
            return
        when = tr("due %1").replace("%1", f"{table.deadline:%Y-%m-%d %H:%M}") if table.deadline else ""
        self.counts.setText(f"{when}　{table.counts_text}")

    def current_table(self) -> Any:
        if self.view is None or not self.view.tables:
            return None
        request_id = self.table_box.currentData()
        return next((t for t in self.view.tables if t.request_id == request_id), self.view.tables[0])

    def _enable(self) -> None:
        has = self.handout_id is not None
        sent = bool(self.view and self.view.tables)
        self.send_button.setEnabled(has)
        for b in (self.export_button, self.import_button, self.merged_button, self.print_button, self.per_unit):
            b.setEnabled(sent)
        self.actions_button.setEnabled(bool(self.view and self.view.milestones))
        self.table_box.setEnabled(sent)

    def _done(self, message: str) -> None:
        self.ctx.status(message)
        self.reload()
        self.changed.emit()

    # -------------------------------------------------------- send
    def open_send(self) -> None:
        if self.handout_id is None:
            return
        from huiwu.services.handout_returns import recipient_choices

        handout_id = self.handout_id
        deadline = self.current_table().deadline if self.current_table() else None
        self.ctx.run(lambda uow: recipient_choices(uow, handout_id),
                     lambda choices: self._send_dialog(handout_id, choices, deadline), lambda exc: show_error(self, exc))

    def _send_dialog(self, handout_id: int, choices: list[UnitChoice], deadline: Any) -> None:
        self.send_dialog = SendDialog(self, handout_id, choices, deadline)
        self.send_dialog.open()

    def send(self, handout_id: int, unit_ids: list[int], deadline: Any, dialog: FormDialog | None = None) -> None:
        from huiwu.services.handout_returns import SendResult, send_tables

        def done(result: SendResult) -> None:
            if dialog is not None:
                dialog.accept()
            self._done(result.text)

        self.ctx.run(lambda uow: send_tables(uow, handout_id, deadline, unit_ids), done,
                     lambda exc: show_error(dialog or self, exc), label=tr("Sending the tables…"))

    # -------------------------------------------------------- export
    def choose_export(self) -> None:
        folder = choose_folder(self, PURPOSE, tr("Export the tables to folder"))
        if folder is not None:
            self.export_to(folder, self.per_unit.isChecked())

    def export_to(self, folder: Path, per_unit: bool) -> None:
        if self.handout_id is None:
            return
        from huiwu.services.handout_returns import export_tables

        handout_id = self.handout_id
        self.ctx.run(lambda uow: export_tables(uow, handout_id, folder, per_unit_files=per_unit),
                     lambda files: self.ctx.status(tr("Exported %1 files to %2.").replace("%1", str(len(files)))
                                                   .replace("%2", str(folder))),
                     lambda exc: show_error(self, exc), label=tr("Exporting the tables…"))

    # -------------------------------------------------------- import
    def choose_import(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Import returned tables"), str(last_folder(PURPOSE)),
                                                tr("Excel workbook (*.xlsx)"))
        if names:
            remember_folder(PURPOSE, Path(names[0]))
            self.preview_files([Path(n) for n in names])

    def preview_files(self, paths: list[Path]) -> None:
        if self.handout_id is None:
            return
        from huiwu.services.handout_returns import preview_import

        handout_id = self.handout_id

        def shown(preview: ImportPreview) -> None:
            self.preview_dialog = ImportPreviewDialog(self, handout_id, paths, preview)
            self.preview_dialog.open()

        self.ctx.run(lambda uow: preview_import(uow, handout_id, paths), shown, lambda exc: show_error(self, exc),
                     label=tr("Checking the files…"))

    def record(self, handout_id: int, paths: list[Path], dialog: FormDialog) -> None:
        from huiwu.services.handout_returns import import_returns

        def done(preview: ImportPreview) -> None:
            dialog.accept()
            self._done(tr("Imported: ") + preview.summary())

        self.ctx.run(lambda uow: import_returns(uow, handout_id, paths), done, lambda exc: show_error(dialog, exc),
                     label=tr("Importing"))

    # -------------------------------------------------------- merged table and 督办
    def choose_merged(self) -> None:
        title = self.view.title if self.view else ""
        chosen = save_file(self, PURPOSE, tr("Save the merged table"), f"{title}-汇总.xlsx", tr("Excel workbook (*.xlsx)"))
        if chosen is not None:
            self.export_merged(chosen)

    def export_merged(self, path: Path) -> None:
        if self.handout_id is None:
            return
        from huiwu.services.handout_returns import export_merged_xlsx

        handout_id = self.handout_id
        self.ctx.run(lambda uow: export_merged_xlsx(uow, handout_id, path),
                     lambda _: self.ctx.status(tr("Merged table saved as %1.").replace("%1", str(path))),
                     lambda exc: show_error(self, exc), label=tr("Exporting"))

    def print_merged(self) -> int:
        if self.handout_id is None:
            return 0
        from ui.printing import preview_pdf

        handout_id = self.handout_id

        def use_case(uow: UnitOfWork) -> bytes:
            from huiwu.services.handout_returns import merged_pdf

            return merged_pdf(uow, handout_id)

        return preview_pdf(self.ctx, self, tr("Merged table"), use_case)

    def milestones_to_actions(self) -> None:
        if self.handout_id is None:
            return
        from huiwu.services.handout_returns import milestones_to_actions

        handout_id = self.handout_id
        self.ctx.run(lambda uow: milestones_to_actions(uow, handout_id), lambda result: self._done(result.text),
                     lambda exc: show_error(self, exc))


class SendDialog(FormDialog):
    """Which units receive the tables (the defaults ticked) and by when."""

    def __init__(self, panel: ReturnsPanel, handout_id: int, choices: list[UnitChoice], deadline: Any) -> None:
        super().__init__(tr("Send the tables to units"), panel)
        self.setObjectName("returns_send_dialog")
        self.panel, self.handout_id = panel, handout_id
        self.units = QListWidget()
        self.units.setObjectName("returns_units")
        for c in sorted(choices, key=lambda c: not c.chosen):  # the ticked ones first, each group in 排序号 order
            item = QListWidgetItem(f"{c.name}（{c.kind_label}）" + (tr(" — sent") if c.sent else ""))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.chosen else Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.deadline = QDateTimeEdit()
        self.deadline.setObjectName("returns_deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm")
        # the deadline already set, or three days from now at 17:00 (the 回执's hour)
        when = deadline or dt.datetime.combine(panel.ctx.local_now().date() + dt.timedelta(days=3), dt.time(17, 0))
        self.deadline.setDateTime(QDateTime(QDate(when.year, when.month, when.day), QTime(when.hour, when.minute)))
        form = QFormLayout()
        form.addRow(tr("Return deadline"), self.deadline)
        self.body.addWidget(QLabel(tr("Units that fill in the tables (the meeting's invitee units are ticked):")))
        self.body.addWidget(self.units, 1)
        self.body.addLayout(form)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("Send"))
        self.resize(460, 480)

    def chosen(self) -> list[int]:
        return [int(self.units.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.units.count())
                if self.units.item(i).checkState() == Qt.CheckState.Checked]

    def _try_accept(self) -> None:
        ids = self.chosen()
        if not ids:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.windowTitle(), tr("Tick at least one unit."))
            return
        q = self.deadline.dateTime()
        tz = self.panel.ctx.settings.tz()
        when = dt.datetime(q.date().year(), q.date().month(), q.date().day(), q.time().hour(), q.time().minute(),
                           tzinfo=tz)
        self.panel.send(self.handout_id, ids, when, self)


class ImportPreviewDialog(FormDialog):
    """What the import would record; the import button works only for files without errors."""

    def __init__(self, panel: ReturnsPanel, handout_id: int, paths: list[Path], preview: ImportPreview) -> None:
        super().__init__(tr("Import returned tables — preview"), panel)
        self.setObjectName("returns_preview")
        self.panel, self.handout_id, self.paths, self.preview = panel, handout_id, paths, preview
        summary = QLabel(preview.summary())
        summary.setObjectName("returns_preview_summary")
        summary.setWordWrap(True)
        self.body.addWidget(summary)
        self.errors: QTableWidget | None = None
        if preview.errors:
            self.errors = QTableWidget(len(preview.errors), 5)
            self.errors.setObjectName("returns_errors")
            self.errors.setHorizontalHeaderLabels([tr("File"), tr("Sheet"), tr("Row"), tr("Column"), tr("Problem")])
            for i, e in enumerate(preview.errors):
                for j, value in enumerate((e.file, e.sheet, str(e.row) if e.row else "", e.column, e.message)):
                    self.errors.setItem(i, j, QTableWidgetItem(value))
            self.errors.resizeColumnsToContents()
            self.errors.horizontalHeader().setStretchLastSection(True)
            self.body.addWidget(self.errors)
            note = QLabel(tr("The files have errors, so nothing will be imported. Correct the cells listed and import again."))
            note.setWordWrap(True)
            self.body.addWidget(note)
        elif preview.returns:
            lines = QListWidget()
            lines.setObjectName("returns_found")
            for r in preview.returns:
                lines.addItem(tr("%1: %2 rows of “%3”").replace("%1", r.unit_name).replace("%2", str(len(r.rows)))
                              .replace("%3", r.table_title) + (tr(" (replaces the earlier return)") if r.replaces else ""))
            self.body.addWidget(lines)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(tr("Import"))
        ok.setEnabled(preview.ok)
        self.resize(760, 420 if preview.errors or preview.returns else 160)

    def _try_accept(self) -> None:
        if self.preview.ok:
            self.panel.record(self.handout_id, self.paths, self)
