"""Editable grids of the 明白纸: the 时限节点 (date, node, owner) and any number of attached tables."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr

ROW_HEIGHT = 30


def _grid(columns: Sequence[str]) -> QTableWidget:
    grid = QTableWidget(0, len(columns))
    grid.setHorizontalHeaderLabels(list(columns))
    grid.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    grid.horizontalHeader().setStretchLastSection(True)
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    grid.setMinimumHeight(ROW_HEIGHT * 4 + 8)
    return grid


def _cells(grid: QTableWidget) -> list[list[str]]:
    out = []
    for r in range(grid.rowCount()):
        row = []
        for c in range(grid.columnCount()):
            item = grid.item(r, c)
            row.append(item.text() if item is not None else "")
        out.append(row)
    return out


def _fill(grid: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    with QSignalBlocker(grid):
        grid.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c in range(grid.columnCount()):
                grid.setItem(r, c, QTableWidgetItem(row[c] if c < len(row) else ""))


def _button(bar: QHBoxLayout, text: str, slot: object, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _=False: slot())  # type: ignore[operator]
    bar.addWidget(button)
    return button


class MilestonesEditor(QWidget):
    """时限节点: one row per milestone; add, remove and move rows."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = _grid([tr("Date"), tr("Milestone"), tr("Responsible")])
        self.grid.setObjectName("milestones_grid")
        header = self.grid.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(0, 110)
        self.grid.setColumnWidth(2, 110)
        self.grid.setToolTip(tr("Dates like 2026-12-01 or 12月1日"))
        self.grid.itemChanged.connect(lambda *_: self.changed.emit())
        bar = QHBoxLayout()
        _button(bar, tr("Add row"), self.add_row, "milestone_add")
        _button(bar, tr("Remove row"), self.remove_row, "milestone_remove")
        _button(bar, tr("Move up"), lambda: self.move_row(-1), "milestone_up")
        _button(bar, tr("Move down"), lambda: self.move_row(1), "milestone_down")
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addLayout(bar)

    def rows(self) -> list[list[str]]:
        return _cells(self.grid)

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        _fill(self.grid, rows)

    def add_row(self, values: Sequence[str] = ("", "", "")) -> None:
        rows = self.rows()
        at = self.grid.currentRow() + 1 if self.grid.currentRow() >= 0 else len(rows)
        rows.insert(at, list(values))
        self.set_rows(rows)
        self.grid.setCurrentCell(at, 0)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        if row >= 0:
            self.grid.removeRow(row)
            self.changed.emit()

    def move_row(self, step: int) -> None:
        row, rows = self.grid.currentRow(), self.rows()
        target = row + step
        if row < 0 or not 0 <= target < len(rows):
            return
        rows[row], rows[target] = rows[target], rows[row]
        self.set_rows(rows)
        self.grid.setCurrentCell(target, max(0, self.grid.currentColumn()))
        self.changed.emit()


class AttachedTableEditor(QWidget):
    """One attached table: a title, columns whose names are edited by double-clicking the header, and rows."""

    changed = Signal()

    def __init__(self, title: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
                 parent: QWidget | None = None, table_id: int | None = None) -> None:
        super().__init__(parent)
        self.table_id = table_id  # the saved table it edits (None: new), so a save keeps each table's returns
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("table_title")
        self.title_edit.setPlaceholderText(tr("Table title"))
        self.title_edit.textChanged.connect(lambda *_: self.changed.emit())
        self.grid = _grid(columns)
        self.grid.setObjectName("attached_grid")
        self.grid.setToolTip(tr("Double-click a column heading to rename it"))
        self.grid.horizontalHeader().sectionDoubleClicked.connect(self._ask_rename)
        self.grid.itemChanged.connect(lambda *_: self.changed.emit())
        _fill(self.grid, rows)
        bar = QHBoxLayout()
        _button(bar, tr("Add column"), self.add_column, "column_add")
        _button(bar, tr("Remove column"), self.remove_column, "column_remove")
        _button(bar, tr("Add row"), self.add_row, "row_add")
        _button(bar, tr("Remove row"), self.remove_row, "row_remove")
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_edit)
        layout.addWidget(self.grid)
        layout.addLayout(bar)

    def columns(self) -> list[str]:
        return [self._heading(c) for c in range(self.grid.columnCount())]

    def _heading(self, column: int) -> str:
        item = self.grid.horizontalHeaderItem(column)
        return item.text() if item is not None else ""

    def rows(self) -> list[list[str]]:
        return _cells(self.grid)

    def rename_column(self, column: int, name: str) -> None:
        self.grid.setHorizontalHeaderItem(column, QTableWidgetItem(name))
        self.changed.emit()

    def _ask_rename(self, column: int) -> None:
        name, ok = QInputDialog.getText(self, tr("Rename column"), tr("Column name:"), text=self._heading(column))
        if ok and name.strip():
            self.rename_column(column, name.strip())

    def add_column(self, name: str = "") -> None:
        at = self.grid.columnCount()
        self.grid.insertColumn(at)
        self.grid.setHorizontalHeaderItem(at, QTableWidgetItem(name or tr("Column %1").replace("%1", str(at + 1))))
        self.changed.emit()

    def remove_column(self) -> None:
        column = self.grid.currentColumn()
        if self.grid.columnCount() > 1:
            self.grid.removeColumn(column if column >= 0 else self.grid.columnCount() - 1)
            self.changed.emit()

    def add_row(self) -> None:
        self.grid.insertRow(self.grid.rowCount())
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.grid.currentRow()
        if self.grid.rowCount():
            self.grid.removeRow(row if row >= 0 else self.grid.rowCount() - 1)
            self.changed.emit()


class AttachedTablesEditor(QWidget):
    """Any number of attached tables, one tab each."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("attached_tabs")
        bar = QHBoxLayout()
        _button(bar, tr("Add table"), self.add_table, "table_add")
        _button(bar, tr("Remove table"), self.remove_table, "table_remove")
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        self.tabs.setVisible(False)

    def editors(self) -> list[AttachedTableEditor]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def tables(self) -> list[tuple[str, list[str], list[list[str]], int | None]]:
        """(title, columns, rows, the saved table's id or None) of each tab."""
        return [(e.title_edit.text(), e.columns(), e.rows(), e.table_id) for e in self.editors()]

    def set_tables(self, tables: Sequence[tuple[str, Sequence[str], Sequence[Sequence[str]], int | None]]) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        for title, columns, rows, table_id in tables:
            self._append(title, columns, rows, table_id)
        self.tabs.setVisible(self.tabs.count() > 0)

    def _append(self, title: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
                table_id: int | None = None) -> AttachedTableEditor:
        editor = AttachedTableEditor(title, columns, rows, table_id=table_id)
        editor.changed.connect(self.changed)
        editor.title_edit.textChanged.connect(lambda text, e=editor: self._retitle(e, text))
        self.tabs.addTab(editor, title or tr("Table %1").replace("%1", str(self.tabs.count() + 1)))
        return editor

    def _retitle(self, editor: AttachedTableEditor, text: str) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, text or tr("Table %1").replace("%1", str(index + 1)))

    def add_table(self) -> None:
        n = self.tabs.count() + 1
        editor = self._append(tr("Registration form") if n == 1 else tr("Registration form %1").replace("%1", str(n)),
                              [tr("Unit"), tr("Contact"), tr("Phone"), tr("Remarks")], [["", "", "", ""]] * 3)
        self.tabs.setVisible(True)
        self.tabs.setCurrentWidget(editor)
        self.changed.emit()

    def remove_table(self) -> None:
        index = self.tabs.currentIndex()
        if index >= 0:
            widget = self.tabs.widget(index)
            self.tabs.removeTab(index)
            if widget is not None:
                widget.deleteLater()
            self.tabs.setVisible(self.tabs.count() > 0)
            self.changed.emit()
