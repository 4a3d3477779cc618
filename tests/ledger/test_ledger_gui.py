"""The 会议精简 page on the demo office: it loads off the GUI thread, the chart draws the ledger's months (and the
plan's pace), the tables list the ledger's rows, the 会议计划 dialog adds and edits a line, another year shows its
own figures, 打印通报 opens the preview, and the page fits the smallest window the app allows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCharts import QChartView, QLineSeries, QStackedBarSeries
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from huiwu.services import ledger
from tests.conftest import wait_idle
from ui.pages import PageSpec
from ui.pages.ledger import LedgerPage, create_page


def _page(qtbot, gui_ctx) -> LedgerPage:  # type: ignore[no-untyped-def]
    page = create_page(gui_ctx)
    assert isinstance(page, LedgerPage)
    qtbot.addWidget(page)
    page.resize(1200, 680)
    page.show()
    page.activated()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.book is not None)
    return page


def _bars(page: LedgerPage) -> tuple[QStackedBarSeries, dict[str, QLineSeries]]:
    view = page.findChild(QChartView, "ledger_chart")
    assert view is not None
    series = view.chart().series()
    bars = [s for s in series if isinstance(s, QStackedBarSeries)]
    lines = {s.objectName(): s for s in series if isinstance(s, QLineSeries)}
    assert len(bars) == 1
    return bars[0], lines


def _column(bars: QStackedBarSeries, index: int) -> list[float]:
    bar_set = bars.barSets()[index]
    return [bar_set.at(i) for i in range(bar_set.count())]


def test_the_page_shows_the_ledger_and_edits_the_plan(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    book = page.book
    assert book is not None and book.year == gui_ctx.today().year
    bars, lines = _bars(page)
    assert [sum(_column(bars, i)) for i in range(4)] == [book.total.held, book.total.planned, book.total.cancelled,
                                                        book.total.avoided_by_merge]
    assert book.total.held > 0
    assert lines["ledger_to_date"].at(11).y() == book.total.counted
    assert book.plan_total is not None and lines["ledger_pace"].at(11).y() == book.plan_total
    assert page.kinds.model.rowCount() == len(book.by_kind)
    assert page.months.model.rowCount() == 12
    assert page.caps.model.rowCount() == len(book.caps)
    assert page.merges.model.rowCount() == len(book.merges)
    assert str(book.total.held) in page.summary.text() and page.summary.objectName() == "ledger_summary"

    # one kind on the chart: its months, and its own plan's pace
    page.scope.setCurrentIndex(page.scope.findData("standing"))
    bars, lines = _bars(page)
    standing = next(g for g in book.by_kind if g.key == "standing")
    assert sum(_column(bars, 0)) == standing.figures.held
    assert ("ledger_pace" in lines) == (ledger.plan_of(book, "standing") is not None)

    # add a line of the 会议计划 through the dialog
    page.tabs.setCurrentWidget(page.caps)
    add = page.findChild(QPushButton, "ledger_cap_add")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = page.cap_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("plenary"))
    dialog.unit.setCurrentIndex(dialog.unit.findText("县政府办公室"))
    dialog.max_count.setValue(2)
    dialog.note.setText("全体会议上下半年各一次")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.caps.model.rowCount() == len(book.caps) + 1)
    with gui_ctx.db.uow() as uow:
        caps = ledger.list_caps(uow, book.year)
    added = ledger.find_cap(caps, "plenary", next(u.id for u in page.units if u.name == "县政府办公室"))
    assert added is not None and (added.max_count, added.min_video_percent, added.note) == (2, None, "全体会议上下半年各一次")

    # edit it: the dialog opens with its values, and saves the change over the version it opened
    rows = page.caps.model.rows()
    page.caps.view.selectRow(next(i for i, r in enumerate(rows) if r.cap.id == added.id))
    page.edit_cap()
    dialog = page.cap_dialog
    assert dialog is not None and dialog.max_count.value() == 2 and dialog.kind.currentData() == "plenary"
    dialog.video.setValue(50)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: any(r.cap.min_video_percent == 50 for r in page.caps.model.rows()))

    # a dialog with nothing to limit is refused before anything is saved
    page.add_cap()
    dialog = page.cap_dialog
    assert dialog is not None and dialog.validator is not None and dialog.validator() != ""
    dialog.reject()

    # remove it again
    row = next(r for r in page.caps.model.rows() if r.cap.id == added.id)
    page.remove_cap(row)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.caps.model.rowCount() == len(book.caps))

    # another year: its own figures
    page.year.setValue(book.year - 1)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.book is not None and page.book.year == book.year - 1)
    assert page.book is not None and page.book.total.held == 0 and page.caps.model.rowCount() == 0


def test_print_opens_the_preview(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.preview import PreviewDialog

    page = _page(qtbot, gui_ctx)
    qtbot.mouseClick(page.findChild(QPushButton, "ledger_print"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, gui_ctx)

    def preview() -> PreviewDialog | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewDialog) and w.isVisible()),
                    None)

    qtbot.waitUntil(lambda: preview() is not None)
    dialog = preview()
    assert dialog is not None and dialog.page_count >= 2
    dialog.close()


@dataclass(frozen=True)
class _LedgerSpec(PageSpec):
    """The page as the navigation will list it (until ui/pages/__init__.py names it)."""

    @property
    def title(self) -> str:
        return "会议精简"


def test_the_page_fits_the_smallest_window(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.main_window as main_window
    import ui.pages as pages

    spec = _LedgerSpec("ledger", "ledger", "week.svg")
    listed = pages.PAGES if any(s.key == "ledger" for s in pages.PAGES) else (*pages.PAGES, spec)
    monkeypatch.setattr(pages, "PAGES", listed)
    monkeypatch.setattr(main_window, "PAGES", listed)
    QSettings().remove("main")
    window = main_window.MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(main_window.MINIMUM_SIZE)
    qtbot.wait(20)
    size = window.size()
    assert size == main_window.MINIMUM_SIZE
    window.open_page("ledger")
    wait_idle(qtbot, gui_ctx)
    qtbot.wait(50)
    page = window.page("ledger")
    assert isinstance(page, LedgerPage) and page.book is not None
    assert window.size() == size, f"the ledger page resized the window to {window.size()}"
    hint = page.minimumSizeHint()
    assert hint.width() <= page.width() and hint.height() <= page.height()
    for widget in (page.print_button, page.year, page.tabs, page.chart):
        assert widget is not None and widget.isVisible()
        corner = widget.mapTo(page, widget.rect().bottomRight())
        assert page.rect().contains(corner), f"{widget.objectName()} is cut off"
    QSettings().remove("main")
