"""A long task with determinate progress: the status bar always, a window-modal dialog with 取消 where the
core can stop safely (reading a file, statistics, printing), shown only when the work lasts (Anki's habit).

The dialog never blocks: it is shown by its own timer and closed when the task settles, and its values are
set on its bar directly — ``QProgressDialog.setValue`` runs a nested event loop when the dialog is modal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from ui.context import AppContext, Job
from ui.i18n import tr
from ui.tasks import PROGRESS_DELAY_MS

if TYPE_CHECKING:
    from huiwu.db import UnitOfWork


def run_with_progress(
    ctx: AppContext,
    parent: QWidget | None,
    use_case: Callable[[UnitOfWork, Job], Any],
    on_done: Callable[[Any], None] | None,
    on_error: Callable[[BaseException], None] | None,
    label: str,
    *,
    cancellable: bool = True,
) -> Job:
    """Run ``use_case(uow, job)`` on the worker; a cancel ends in a status-bar sentence, not an error box."""
    dialog: QProgressDialog | None = None

    def settle() -> None:
        if dialog is not None:
            for timer in dialog.findChildren(QTimer):
                timer.stop()
            dialog.reset()  # stops Qt's own show timer, hides the dialog if shown
            dialog.hide()
            dialog.deleteLater()

    def done(result: Any) -> None:
        settle()
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        from huiwu.errors import Cancelled

        settle()
        if isinstance(exc, Cancelled):
            ctx.status(str(exc))
        elif on_error is not None:
            on_error(exc)
        else:
            from ui.errors import show_error

            show_error(parent, exc)

    job = ctx.run_long(use_case, done, failed, label)
    if cancellable:
        dialog = progress_dialog(ctx, parent, job)
    return job


def progress_dialog(ctx: AppContext, parent: QWidget | None, job: Job) -> QProgressDialog:
    """A window-modal 进度 dialog following ``job``'s task, with 取消; it shows itself after the busy delay."""
    dialog = QProgressDialog(parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowTitle(tr("Huiwu"))
    dialog.setLabelText(job.label)
    dialog.setCancelButtonText(tr("Cancel"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    bar = QProgressBar(dialog)
    bar.setObjectName("progress_dialog_bar")
    bar.setRange(0, 0)  # busy until the first report
    dialog.setBar(bar)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    shower = QTimer(dialog)  # QProgressDialog shows itself only from setValue, which is not used (see above)
    shower.setSingleShot(True)
    shower.timeout.connect(lambda: None if dialog.wasCanceled() else dialog.show())
    shower.start(PROGRESS_DELAY_MS)

    def moved(task_id: int, done: int, total: int) -> None:
        if task_id == job.task_id:
            bar.setRange(0, max(total, 1))
            bar.setValue(done)

    def cancel() -> None:
        job.cancel()
        ctx.status(tr("Cancelling…"))

    ctx.tasks.task_progressed.connect(moved)
    dialog.destroyed.connect(lambda: _disconnect(ctx, moved))
    dialog.canceled.connect(cancel)
    return dialog


def _disconnect(ctx: AppContext, slot: Callable[[int, int, int], None]) -> None:
    try:
        ctx.tasks.task_progressed.disconnect(slot)
    except (RuntimeError, TypeError):  # the runner is gone already (shutdown)
        pass
