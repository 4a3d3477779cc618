"""Background results for widgets that may be gone by the time the worker answers (page or dialog closed)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


def run_alive(
    widget: QWidget,
    ctx: AppContext,
    use_case: Callable[[Any], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    label: str = "",
) -> int:
    """``ctx.run`` whose callbacks are skipped when ``widget`` was deleted meanwhile."""

    def done(result: Any) -> None:
        if on_done is not None and shiboken6.isValid(widget):
            on_done(result)

    def failed(exc: BaseException) -> None:
        if on_error is not None and shiboken6.isValid(widget):
            on_error(exc)

    return ctx.run(use_case, done, failed if on_error is not None else None, label)
