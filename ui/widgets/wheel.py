"""The mouse wheel scrolls the page; it changes a spin box or a combo box only when the clerk is in it.

Without this, scrolling down 设置 over a spin box changed the merge threshold from 0.70 to 0.30 without a
click. One application-wide filter covers every page and dialog, present and future.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, GUARDED):
            return False
        if isinstance(watched, QScrollBar):
            return False  # scrolling is what a scroll bar's wheel is for
        if watched.hasFocus():
            return False
        if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn does not give it focus either
        area = _scroll_area_of(watched)
        if area is not None:  # the page or dialog scrolls instead
            bar = area.verticalScrollBar() if area.verticalScrollBar().maximum() > 0 else area.horizontalScrollBar()
            QApplication.sendEvent(bar, event)
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_guard: WheelGuard | None = None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    global _guard
    if _guard is None:
        _guard = WheelGuard(app)
        app.installEventFilter(_guard)
    return _guard
