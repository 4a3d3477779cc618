"""A table model over a list of plain rows, and a filter proxy — the shape every list in the app uses.

The model never touches the database: a page loads rows in the background and calls ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain row object behind a table row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str
    value: Callable[[R], Any]
    sort: Callable[[R], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    check: bool = False  # show a bool as a check mark


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._sort_keys: dict[int, list[Any]] = {}  # column -> each row's sort key, computed on the first sort
        self.row_brush: Callable[[R], QColor | None] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys.clear()
        self.endResetModel()

    def replace_row(self, position: int, row: R) -> None:
        """Update one row in place, so a sign-in does not reset a 1,000-row view."""
        self._rows[position] = row
        for column, keys in self._sort_keys.items():
            keys[position] = self._sort_key(column, row)
        self.dataChanged.emit(self.index(position, 0), self.index(position, len(self._columns) - 1))

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's key for sorting by ``column`` (its ``sort``, else its ``value``), in row order: computed
        once per column and list, so sorting 20,000 rows calls no Python per comparison beyond the comparison."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = [self._sort_key(column, row) for row in self._rows]
        return keys

    def _sort_key(self, column: int, row: R) -> Any:
        spec = self._columns[column]
        return (spec.sort or spec.value)(row)

    def rows(self) -> list[R]:
        return self._rows

    def row_at(self, position: int) -> R:
        return self._rows[position]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # a view asks each cell for a dozen roles; most are not ours
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.check:
                return None
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.CheckStateRole and column.check:
            return Qt.CheckState.Checked if column.value(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_key(index.column(), row)
        if role == Qt.ItemDataRole.BackgroundRole and self.row_brush:
            color = self.row_brush(row)
            return QBrush(color) if color else None
        return None


_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole,
                    ROW_ROLE, SORT_ROLE, Qt.ItemDataRole.BackgroundRole})


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key and filters rows by a predicate set by the page."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        self._predicate = predicate
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._predicate is None:
            return True
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            return self._predicate(model.row_at(source_row))
        return self._predicate(model.data(model.index(source_row, 0, source_parent), ROW_ROLE))

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            keys = model.sort_keys(left.column())
            a, b = keys[left.row()], keys[right.row()]
        else:
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)
