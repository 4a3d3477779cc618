"""A table model over a list of plain rows, and a filter proxy — the shape every list in the app uses.

The model never touches the database: a page loads rows in the background and calls ``set_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cmp_to_key
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
    """The rows as given (``rows()``, ``replace_row`` positions), shown in the order :meth:`sort_rows` chose.

    Sorting happens here, once per sort with each row's key computed once, not in the proxy: a proxy's
    ``lessThan`` is a call into Python per comparison, some 10 µs each with its two indexes, which for the
    督办 page's 20,000 rows was two seconds a load. Qt's rows (``index``, ``row_at``) are the shown order.
    """

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._sort_keys: dict[int, list[Any]] = {}  # column -> each row's sort key, computed on the first sort
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._order: list[int] | None = None  # shown row -> position in _rows; None: as given
        self.row_brush: Callable[[R], QColor | None] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys.clear()
        self._order = self._sorted_order()
        self.endResetModel()

    def replace_row(self, position: int, row: R) -> None:
        """Update one row in place (``position`` in the rows as given), so a sign-in does not reset a 1,000-row
        view; a sorted list moves it to where its new key sorts."""
        self._rows[position] = row
        for column, keys in self._sort_keys.items():
            keys[position] = self._sort_key(column, row)
        if self._sort is not None:
            self._relayout()
        shown = self._order.index(position) if self._order is not None else position
        self.dataChanged.emit(self.index(shown, 0), self.index(shown, len(self._columns) - 1))

    def sort_rows(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Show the rows sorted by ``column`` (stable: equal keys keep the given order; descending is ascending
        reversed, as Qt's own sort), or as given when ``column`` < 0; selections and current rows follow."""
        self._sort = (column, order) if 0 <= column < len(self._columns) else None
        self._relayout()

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        given = [self._given(index.row()) for index in kept]
        self._order = self._sorted_order()
        shown = {p: i for i, p in enumerate(self._order)} if self._order is not None else None
        self.changePersistentIndexList(
            kept, [self.index(shown[p] if shown is not None else p, index.column()) for p, index in zip(given, kept, strict=True)])
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int] | None:
        if self._sort is None:
            return None
        column, order = self._sort
        keys = self.sort_keys(column)
        try:
            ordered = sorted(range(len(keys)), key=keys.__getitem__)
        except TypeError:  # keys that do not compare (None beside dates): as their text, pair by pair
            def by_text(a: int, b: int) -> int:
                return _compare(keys[a], keys[b])

            ordered = sorted(range(len(keys)), key=cmp_to_key(by_text))
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

    def _given(self, shown: int) -> int:
        return self._order[shown] if self._order is not None else shown

    def sort_keys(self, column: int) -> list[Any]:
        """Each row's key for sorting by ``column`` (its ``sort``, else its ``value``), in the order given:
        computed once per column and list."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = [self._sort_key(column, row) for row in self._rows]
        return keys

    def _sort_key(self, column: int, row: R) -> Any:
        spec = self._columns[column]
        return (spec.sort or spec.value)(row)

    def rows(self) -> list[R]:
        """The rows in the order given to :meth:`set_rows`."""
        return self._rows

    def row_at(self, position: int) -> R:
        """The row shown at ``position`` (a row of this model's indexes)."""
        return self._rows[self._order[position] if self._order is not None else position]

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
        row = self._rows[self._given(index.row())]
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


def _less(a: Any, b: Any) -> bool:
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)


def _compare(a: Any, b: Any) -> int:
    return -1 if _less(a, b) else 1 if _less(b, a) else 0


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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A :class:`RowTableModel` sorts itself (once, by keys); the proxy only filters, keeping its order."""
        model = self.sourceModel()
        if isinstance(model, RowTableModel):
            model.sort_rows(column, order)
        else:
            super().sort(column, order)

    def lessThan(self, left: Index, right: Index) -> bool:
        return _less(left.data(SORT_ROLE), right.data(SORT_ROLE))

    def row_at(self, proxy_row: int) -> Any:
        return self.index(proxy_row, 0).data(ROW_ROLE)
