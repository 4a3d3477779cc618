"""The one table model and proxy every list uses: sorting by each column's key (cached per column), filtering,
and a row replaced in place moving to where its new key sorts."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from ui.widgets.table import ROW_ROLE, SORT_ROLE, Column, RowFilterProxy, RowTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    rank: int


COLUMNS = [Column("名称", lambda r: r.name), Column("排序", lambda r: f"第{r.rank}", sort=lambda r: r.rank)]


def shown(proxy: RowFilterProxy) -> list[int]:
    return [proxy.row_at(i).id for i in range(proxy.rowCount())]


def table(rows: list[Row]) -> tuple[RowTableModel[Row], RowFilterProxy]:
    model: RowTableModel[Row] = RowTableModel(COLUMNS)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows)
    return model, proxy


rows_strategy = st.lists(st.tuples(st.text("甲乙丙丁ab", max_size=3), st.integers(-3, 3)), max_size=40).map(
    lambda pairs: [Row(i, name, rank) for i, (name, rank) in enumerate(pairs)])


@settings(max_examples=60, deadline=None)
@given(rows=rows_strategy, column=st.sampled_from([0, 1]), descending=st.booleans(), keep=st.integers(-3, 3))
def test_the_proxy_sorts_and_filters_as_python_does(qapp, rows: list[Row], column: int, descending: bool,  # type: ignore[no-untyped-def]
                                                    keep: int) -> None:
    model, proxy = table(rows)
    proxy.sort(column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    key = (lambda r: r.name) if column == 0 else (lambda r: r.rank)
    ascending = [r.id for r in sorted(rows, key=key)]  # stable: ties in list order
    expected = ascending[::-1] if descending else ascending  # Qt's descending order is the ascending one reversed
    assert shown(proxy) == expected
    proxy.set_predicate(lambda r: r.rank >= keep)
    kept = {r.id for r in rows if r.rank >= keep}
    assert shown(proxy) == [i for i in expected if i in kept]
    if shown(proxy):
        assert proxy.index(0, 1).data(SORT_ROLE) == proxy.row_at(0).rank  # the sort role reads the same key
        assert model.index(0, 0).data(ROW_ROLE) is model.row_at(0)
    assert model.rows() == rows  # the rows as given: replace_row's positions


@settings(max_examples=40, deadline=None)
@given(rows=rows_strategy.filter(bool), data=st.data())
def test_a_replaced_row_sorts_by_its_new_key(qapp, rows: list[Row], data: st.DataObject) -> None:  # type: ignore[no-untyped-def]
    model, proxy = table(rows)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    position = data.draw(st.integers(0, len(rows) - 1))
    new = Row(rows[position].id, rows[position].name, data.draw(st.integers(-5, 5)))
    model.replace_row(position, new)
    current = [*rows[:position], new, *rows[position + 1:]]
    assert [proxy.row_at(i).rank for i in range(proxy.rowCount())] == sorted(r.rank for r in current)
    assert model.rows()[position] is new
    shown_at = [model.row_at(i) for i in range(model.rowCount())].index(new)
    assert model.index(shown_at, 1).data() == f"第{new.rank}"


@settings(max_examples=30, deadline=None)
@given(rows=rows_strategy.filter(lambda rows: len(rows) > 1), data=st.data())
def test_the_selected_row_stays_selected_when_the_list_is_sorted_again(qapp, rows: list[Row],  # type: ignore[no-untyped-def]
                                                                      data: st.DataObject) -> None:
    from PySide6.QtWidgets import QTableView

    model, proxy = table(rows)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    chosen = data.draw(st.integers(0, len(rows) - 1))
    view.selectRow(chosen)
    picked = proxy.row_at(chosen)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # the clerk clicks another header
    selected = [proxy.row_at(i.row()) for i in view.selectionModel().selectedRows()]
    assert selected == [picked] and proxy.row_at(view.currentIndex().row()) is picked
    model.replace_row(rows.index(picked), Row(picked.id, picked.name, 99))  # its key changes: it moves, still chosen
    assert proxy.row_at(0).id == picked.id
    assert [proxy.row_at(i.row()).id for i in view.selectionModel().selectedRows()] == [picked.id]
    view.deleteLater()


def test_keys_that_do_not_compare_sort_by_their_text(qapp) -> None:  # type: ignore[no-untyped-def]
    model: RowTableModel[Row] = RowTableModel([Column("截止", lambda r: r.name, sort=lambda r: None if r.rank else 1)])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([Row(1, "a", 1), Row(2, "b", 0), Row(3, "c", 1)])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)  # None against 1: compared as "None" against "1"
    assert shown(proxy) == [2, 1, 3]
