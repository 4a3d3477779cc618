"""Scrolling 设置 with the wheel never changes a spin box or a combo box the clerk is not in."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QWidget

from tests.conftest import wait_idle
from ui.widgets.wheel import install_wheel_guard


def _wheel(widget: QWidget, notches: int = -3) -> None:
    """Turn the wheel over ``widget`` (negative: towards the clerk, i.e. scroll down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_settings_instead_of_changing_the_threshold(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.settings import SettingsPage

    install_wheel_guard(QApplication.instance())  # type: ignore[arg-type]
    page = SettingsPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 400)  # shorter than the settings: the page scrolls
    page.show()
    wait_idle(qtbot, gui_ctx)
    spin = page.findChild(QDoubleSpinBox, "merge_threshold")
    page.ensureWidgetVisible(spin)
    before, scrolled = spin.value(), page.verticalScrollBar().value()
    assert scrolled > 0
    page.setFocus()
    _wheel(spin, 3)  # up: the page can scroll back towards the top
    assert spin.value() == before
    assert page.verticalScrollBar().value() < scrolled  # the page moved instead
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # and a wheel turn does not focus it
    combos = [c for c in page.findChildren(QComboBox) if c.count() > 1 and c.isVisible()]
    assert combos
    for combo in combos:
        index = combo.currentIndex()
        _wheel(combo, 3)
        assert combo.currentIndex() == index, combo.objectName()


def test_a_focused_spin_box_still_takes_the_wheel(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.settings import SettingsPage

    install_wheel_guard(QApplication.instance())  # type: ignore[arg-type]
    page = SettingsPage(gui_ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, gui_ctx)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    spin = page.findChild(QDoubleSpinBox, "merge_threshold")
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    _wheel(spin, 1)
    assert spin.value() != before
