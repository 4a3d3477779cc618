"""Small pieces shared by pages: a search box, a list page skeleton, confirm dialogs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.widgets.flow import FlowLayout
from ui.widgets.table import Column, RowFilterProxy, RowTableModel

OVERDUE_COLOR = QColor("#ffe3b3")  # a soft amber: overdue, not alarming (every list marks 逾期 with it)
DONE_COLOR = QColor("#e3f4e1")  # a soft green: signed in, returned, handed back (every list marks 已到/已交 with it)


def shortcut(key: Any, parent: QWidget, slot: Any,
             context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QShortcut:
    sc = QShortcut(QKeySequence(key), parent)
    sc.setContext(context)
    sc.activated.connect(slot)
    return sc


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


SIZE_SAMPLE = 250  # rows a list measures for its first column widths, beside those on screen


class TableList(QWidget):
    """A filterable, sortable table of plain rows with a button bar; the backbone of every list page."""

    activated = Signal(object)  # the row double-clicked or Enter-ed
    selection_changed = Signal()

    def __init__(
        self, columns: Sequence[Column[Any]], settings_key: str, parent: QWidget | None = None, sort_column: int = 0
    ) -> None:
        super().__init__(parent)
        self.settings_key = settings_key
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName(f"{settings_key}_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # never a half row at the top
        self.view.verticalHeader().setDefaultSectionSize(30)  # generous rows for Chinese text
        self.view.verticalHeader().setVisible(False)
        # the first widths fit the rows on screen and a sample of the rest, not each of 5,000 meetings (Qt's 1,000
        # rows took 1.4 s of text layout there); the clerk's own widths are kept from then on
        self.view.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda index: self.activated.emit(self.proxy.row_at(index.row())))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.view, context=Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(self._enter)
        self.bar = FlowLayout()  # filters and buttons wrap rather than widen the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.bar)
        layout.addWidget(self.view)
        self._widths_restored = False
        self._search_box: QLineEdit | None = None

    def add_search(self, placeholder: str) -> QLineEdit:
        box = QLineEdit()
        box.setObjectName(f"{self.settings_key}_search")
        self._search_box = box
        self.view.installEventFilter(self)
        box.setPlaceholderText(placeholder)
        box.setClearButtonEnabled(True)
        box.setMinimumWidth(320)
        box.installEventFilter(self)
        box.returnPressed.connect(self.enter_results)
        self.bar.addWidget(box)
        return box

    def enter_results(self) -> None:
        """From the search box into the results: the first row found (or the one chosen) gets the keyboard.

        The next Enter opens it, as in the table itself; Up from the first row goes back to the box.
        """
        if self.proxy.rowCount() == 0:
            return
        chosen = self.view.selectionModel().selectedRows()
        current = chosen[0] if chosen else self.proxy.index(0, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(current, flags)
        self.view.scrollTo(current)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                self.view.clearSelection()
                self.enter_results()
                return True
        if event.type() == QEvent.Type.KeyPress and watched is self.view and self._search_box is not None:
            if event.key() == Qt.Key.Key_Up and self.view.currentIndex().row() <= 0:  # type: ignore[attr-defined]
                self._search_box.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def add_button(self, text: str, slot: Callable[[], Any], name: str = "", shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        if name:
            button.setObjectName(name)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(shortcut)
        button.clicked.connect(lambda _=False: slot())
        self.bar.addWidget(button)
        return button

    def set_rows(self, rows: Sequence[Any]) -> None:
        selected = {getattr(r, "id", None) for r in self.selected_rows()}
        self.model.set_rows(rows)
        if not self._widths_restored:
            self._restore_widths()
        if selected - {None}:
            for proxy_row in range(self.proxy.rowCount()):
                if getattr(self.proxy.row_at(proxy_row), "id", None) in selected:
                    self.view.selectRow(proxy_row)
                    break

    def selected_rows(self) -> list[Any]:
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        return [self.proxy.row_at(r) for r in sorted(rows)]

    def current_row(self) -> Any | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def _enter(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)

    def _restore_widths(self) -> None:
        self._widths_restored = True
        state = QSettings().value(f"tables/{self.settings_key}")
        if state is not None:
            self.view.horizontalHeader().restoreState(state)
        else:
            self.view.resizeColumnsToContents()
        self.view.horizontalHeader().sectionResized.connect(self._save_widths)

    def _save_widths(self, *_: Any) -> None:
        QSettings().setValue(f"tables/{self.settings_key}", self.view.horizontalHeader().saveState())


class FormDialog(QDialog):
    """A dialog with a body and OK/Cancel; Enter confirms, Esc cancels, ``accepted_values`` is filled by the caller."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.buttons)
        self.validator: Callable[[], str] | None = None

    def _try_accept(self) -> None:
        message = self.validator() if self.validator else ""
        if message:
            QMessageBox.warning(self, self.windowTitle(), message)
            return
        self.accept()
