"""The window fits the office's screen (1366×768 laptops with a task bar included) and no page widens it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMargins, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication

from tests.conftest import OFFICE_SCREEN, wait_idle
from ui.main_window import ASSUMED_FRAME, DEFAULT_SIZE, MainWindow, fits, fitted_geometry
from ui.pages import PAGES

LAPTOP_WITH_TASKBAR = QRect(0, 0, 1366, 728)  # Windows: 40 px task bar at the bottom


@pytest.mark.parametrize("available", [LAPTOP_WITH_TASKBAR, QRect(0, 0, 1920, 1040), QRect(1366, 0, 1024, 728),
                                       QRect(0, 30, 1280, 690)])
def test_the_first_window_fits_with_its_frame(available: QRect) -> None:
    client = fitted_geometry(available, DEFAULT_SIZE)
    assert fits(client.marginsAdded(ASSUMED_FRAME), available)
    assert client.size() == DEFAULT_SIZE.boundedTo(available.marginsRemoved(ASSUMED_FRAME).size())


def test_a_big_screen_gets_the_whole_default_size() -> None:
    assert fitted_geometry(QRect(0, 0, 1920, 1040), DEFAULT_SIZE).size() == DEFAULT_SIZE


def test_a_frame_measured_after_showing_is_respected() -> None:
    thick = QMargins(10, 60, 10, 10)
    assert fits(fitted_geometry(LAPTOP_WITH_TASKBAR, DEFAULT_SIZE, thick).marginsAdded(thick), LAPTOP_WITH_TASKBAR)


def _window(qtbot, gui_ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_no_page_changes_the_window_and_every_page_stays_on_screen(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("main")
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert (screen.width(), screen.height()) == OFFICE_SCREEN
    window = _window(qtbot, gui_ctx)
    size = window.size()
    assert fits(window.frameGeometry(), screen)
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        wait_idle(qtbot, gui_ctx)
        qtbot.wait(20)
        assert window.size() == size, f"{spec.key} resized the window to {window.size()}"
        assert fits(window.frameGeometry(), screen), spec.key
        assert window.statusBar().geometry().bottom() <= window.height(), spec.key


def test_a_saved_geometry_from_a_bigger_screen_is_not_restored(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("main")
    window = _window(qtbot, gui_ctx)
    window.setGeometry(QRect(1500, 100, 1800, 1000))  # as saved on the 1920×1080 monitor of a docking station
    QSettings().setValue("main/geometry", window.saveGeometry())
    window.close()
    again = _window(qtbot, gui_ctx)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert fits(again.frameGeometry(), screen)
    assert again.width() <= DEFAULT_SIZE.width()
    QSettings().remove("main")


def test_a_saved_geometry_that_fits_is_restored(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("main")
    window = _window(qtbot, gui_ctx)
    window.setGeometry(QRect(60, 60, 1100, 640))
    QSettings().setValue("main/geometry", window.saveGeometry())
    window.close()
    again = _window(qtbot, gui_ctx)
    assert again.size() == QSize(1100, 640)
    QSettings().remove("main")


def test_the_menu_bar_lists_the_shortcuts_and_ctrl_q_quits(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QTableWidget

    window = _window(qtbot, gui_ctx)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    rows = dict(window.shortcut_rows())
    assert rows["退出"] == "Ctrl+Q" and rows["工作台"] == "Ctrl+1" and rows["键盘快捷键"] == "F1"
    window.show_shortcuts()
    dialog = window.findChild(QDialog, "shortcuts_dialog")
    assert dialog is not None and dialog.findChild(QTableWidget).rowCount() == len(rows)
    assert fits(dialog.frameGeometry(), QGuiApplication.primaryScreen().availableGeometry())
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.nav, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_at_its_smallest_the_window_still_holds_every_page_unclipped(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("main")
    window = _window(qtbot, gui_ctx)
    window.resize(window.minimumSize())
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        wait_idle(qtbot, gui_ctx)
        qtbot.wait(20)
        page = window.stack.currentWidget()
        assert page.minimumSizeHint().width() <= window.stack.width(), f"{spec.key} is clipped"
        assert window.width() == window.minimumWidth(), f"{spec.key} widened the window"
