"""Work that only matters on screen: done now when its widget is visible, else the next time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """``request()`` runs ``work`` at once while ``widget`` is visible; while it is hidden (another page, another
    tab, an editor closed) it runs once, when the widget is next shown, however many requests came meanwhile.

    The 纪要 tab and the 明白纸 preview lay out a page nobody sees otherwise (the fonts alone are tens of MiB)."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self.widget, self.work = widget, work
        self.waiting = False  # a request came while hidden
        widget.installEventFilter(self)

    def request(self) -> None:
        if self.widget.isVisible():
            self.waiting = False
            self.work()
        else:
            self.waiting = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.waiting:
            self.waiting = False
            self.work()
        return False
