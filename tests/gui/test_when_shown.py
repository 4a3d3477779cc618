"""WhenShown: work asked for while its widget is hidden runs once, when the widget is next shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.widgets.shown import WhenShown


def test_work_waits_for_the_widget_to_show_and_runs_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    done: list[int] = []
    when = WhenShown(widget, lambda: done.append(1))
    when.request()
    when.request()
    assert done == [] and when.waiting  # hidden: nothing yet, however many requests
    widget.show()
    assert done == [1] and not when.waiting  # once, on showing
    widget.hide()
    widget.show()
    assert done == [1]  # showing again without a request does nothing
    when.request()
    assert done == [1, 1]  # visible: at once
