"""Background work: one serial database worker, results back on the GUI thread by signal.

Every service call the GUI makes goes through :class:`TaskRunner`. A single worker thread keeps writes
in order and keeps SQLite connections on one thread; the GUI thread never waits on the database. When a
task takes longer than about half a second, ``busy_changed`` tells the window to show progress.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500


@dataclass
class _Task:
    task_id: int
    label: str
    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    progress: Callable[[int, int], None] | None = field(default=None)


class TaskRunner(QObject):
    """Run callables on one worker thread, in submission order.

    The app has two: the database worker (every unit of work) and the network worker (CalDAV), so a slow
    server never holds the database, and the database never waits for a server.
    """

    task_finished = Signal(int, object)  # task id, result
    task_failed = Signal(int, object)  # task id, exception
    progressed = Signal(str, int, int)  # label, done, total
    task_progressed = Signal(int, int, int)  # task id, done, total (for a dialog that follows one task)
    busy_changed = Signal(bool, str)  # busy, label of the slow task

    def __init__(self, parent: QObject | None = None, name: str = "huiwu-db-worker") -> None:
        super().__init__(parent)
        self._queue: queue.Queue[_Task | None] = queue.Queue()
        self._callbacks: dict[int, _Task] = {}
        self._next_id = 0
        self._pending = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_busy)
        self._current_label = ""
        self._busy_shown = False
        self._running = 0  # the task on the worker now (written and read on the worker only)
        self.task_finished.connect(self._finished)
        self.task_failed.connect(self._failed)
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> int:
        self._next_id += 1
        task = _Task(self._next_id, label, fn, on_done, on_error)
        self._callbacks[task.task_id] = task
        self._pending += 1
        if self._pending == 1:
            self._current_label = label
            self._timer.start(PROGRESS_DELAY_MS)
        self._queue.put(task)
        return task.task_id

    def report_progress(self, label: str, done: int, total: int) -> None:
        """Callable from the worker, by the task running: the signals cross to the GUI thread."""
        self.progressed.emit(label, done, total)
        self.task_progressed.emit(self._running, done, total)

    @property
    def pending(self) -> int:
        return self._pending

    def shutdown(self, timeout: float = 5.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def _work(self) -> None:
        while True:
            task = self._queue.get()
            if task is None:
                return
            self._running = task.task_id
            try:
                result = task.fn()
            except BaseException as exc:  # delivered to the GUI thread, never lost
                _log_failure(task.label, exc)
                self.task_failed.emit(task.task_id, exc)
            else:
                self.task_finished.emit(task.task_id, result)
            finally:
                self._running = 0

    @Slot(int, object)
    def _finished(self, task_id: int, result: object) -> None:
        task = self._settle(task_id)
        if task and task.on_done:
            _deliver(task.on_done, result)

    @Slot(int, object)
    def _failed(self, task_id: int, exc: object) -> None:
        task = self._settle(task_id)
        if task and task.on_error:
            _deliver(task.on_error, exc)
        elif isinstance(exc, BaseException):
            from ui.errors import show_error

            show_error(None, exc)

    def _settle(self, task_id: int) -> _Task | None:
        task = self._callbacks.pop(task_id, None)
        self._pending -= 1
        if self._pending == 0:
            self._timer.stop()
            if self._busy_shown:
                self._busy_shown = False
                self.busy_changed.emit(False, "")
        return task

    def _show_busy(self) -> None:
        if self._pending:
            self._busy_shown = True
            self.busy_changed.emit(True, self._current_label)


def _log_failure(label: str, exc: BaseException) -> None:
    """A refusal the clerk is told about (a validation error, a conflict, a full disk) is one line; only a
    real bug leaves its traceback, in the log file (``huiwu.logs.log_path()``), for whoever fixes it."""
    from ui.errors import handled_level, mark_logged  # on the worker: SQLAlchemy is loaded by then

    level = handled_level(exc)
    if level is not None:
        first = (str(exc).strip().splitlines() or [""])[0]
        log.log(level, "task %r refused: %s: %s", label, type(exc).__name__, first)
        return
    log.error("task %r failed: %s", label, "".join(traceback.format_exception(exc)).rstrip())
    mark_logged(exc)


def _deliver(callback: Callable[[Any], None], value: object) -> None:
    """Hand a result to the GUI; a page or dialog closed while the worker was busy just misses it."""
    try:
        callback(value)
    except RuntimeError as exc:
        if "already deleted" not in str(exc):
            raise
        log.debug("result dropped: its widget was closed meanwhile (%s)", exc)
