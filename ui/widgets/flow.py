"""A layout that wraps its widgets onto the next line when the row is too narrow (Qt's Flow Layout example).

Button bars use it, so a page never demands more width than the office's screen has: at 1366×768 a page's
filters and buttons sit on one line, in a narrower window they wrap instead of widening the window.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # QHBoxLayout's vocabulary, so a bar can be either
    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addStretch(self, stretch: int = 0) -> None:
        """Left-aligned flow: what follows a stretch starts a group pushed to the right when there is room."""
        self._items.append(_Stretch())

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() + self._spacing for i in self._items if not isinstance(i, _Stretch))
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in lines; a stretch pushes the rest of its line right when it all fits."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._items:
            if isinstance(item, _Stretch):
                lines[-1].append(item)
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + width > area.width() and any(not isinstance(i, _Stretch) for i in lines[-1]):
                lines.append([])
                used = 0
            lines[-1].append(item)
            used += width + self._spacing
        y = area.y()
        for line in lines:
            widgets = [i for i in line if not isinstance(i, _Stretch)]
            if not widgets:
                continue
            height = max(i.sizeHint().height() for i in widgets)
            natural = sum(i.sizeHint().width() for i in widgets) + self._spacing * (len(widgets) - 1)
            spare = max(area.width() - natural, 0)
            x = area.x()
            for item in line:
                if isinstance(item, _Stretch):
                    x += spare
                    spare = 0  # the first stretch of a line takes the spare room
                    continue
                hint = item.sizeHint()
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2),
                                           QSize(min(hint.width(), area.width()), hint.height())))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()


class _Stretch(QLayoutItem):
    def sizeHint(self) -> QSize:
        return QSize(0, 0)

    def minimumSize(self) -> QSize:
        return QSize(0, 0)

    def maximumSize(self) -> QSize:
        return QSize(0, 0)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def isEmpty(self) -> bool:
        return True

    def geometry(self) -> QRect:
        return QRect()

    def setGeometry(self, rect: QRect) -> None:
        pass


