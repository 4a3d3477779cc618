"""What every page needs: the settings, the open database and the background worker."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from huiwu.clock import SYSTEM_CLOCK, Clock
from huiwu.settings import Settings
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # SQLAlchemy is imported on the worker thread, after the window is on screen
    from huiwu.db import Database, UnitOfWork


class Events(QObject):
    """App-wide notifications, so a page refreshes when another one changed shared data."""

    directory_changed = Signal()
    meetings_changed = Signal()
    leave_changed = Signal()
    settings_changed = Signal()
    database_ready = Signal()
    database_failed = Signal(str)
    status_message = Signal(str)
    open_requested = Signal(str, object)  # page key, what to open there (e.g. a meeting id)


class Job:
    """A long use case's line to the GUI: ``progress`` (from the worker) moves the status bar and any dialog
    following the task; ``cancel`` (from the GUI) makes ``cancelled`` true, which the core checks where
    stopping is safe. Both are the plain callables the core's long operations take."""

    def __init__(self, tasks: TaskRunner, label: str) -> None:
        self.label = label
        self.task_id = 0
        self._tasks = tasks
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._tasks.report_progress(self.label, done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


@dataclass
class AppContext:
    settings: Settings
    db: Database | None
    tasks: TaskRunner
    events: Events
    clock: Clock = field(default=SYSTEM_CLOCK)  # the one "now" of the GUI; the database gets the same clock
    net: TaskRunner | None = None  # network work (CalDAV), off the database worker and outside any transaction

    @property
    def pending(self) -> int:
        """Tasks not yet finished, on both workers."""
        return self.tasks.pending + (self.net.pending if self.net is not None else 0)

    def shutdown(self) -> None:
        self.tasks.shutdown()
        if self.net is not None:
            self.net.shutdown()

    def now(self) -> dt.datetime:
        """The current instant (aware, UTC)."""
        return self.clock.now()

    def local_now(self) -> dt.datetime:
        """The current time on the office's wall clock (its time zone, not the PC's)."""
        return self.clock.local(self.settings.tz())

    def today(self) -> dt.date:
        return self.clock.today(self.settings.tz())

    def open_database(self, url: str | None, demo: bool, read_only: bool = False) -> None:
        """Open (migrate, back up, maybe fill with the demo office) on the worker, after the window shows.

        ``read_only``: beside another window on the same database — no migration, no demo, no writes.
        Every task submitted later runs after this one, because the worker is serial.
        """

        def job() -> Database:
            from ui.app import open_database

            return open_database(url or "", self.settings, demo and not read_only, self.clock, read_only=read_only)

        def done(database: Database) -> None:
            self.db = database
            self.events.database_ready.emit()

        def failed(exc: BaseException) -> None:
            from ui.errors import error_text

            self.events.database_failed.emit(f"{url or ''}\n\n{error_text(exc)}")

        self.tasks.submit(job, done, failed, label="")

    def run(
        self,
        use_case: Callable[[UnitOfWork], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> int:
        """Run ``use_case(uow)`` in its own unit of work on the worker thread."""

        def job() -> Any:
            assert self.db is not None, "the database opens before any other task runs"
            with self.db.uow() as uow:
                return use_case(uow)

        return self.tasks.submit(job, on_done, on_error, label)

    def run_long(
        self,
        use_case: Callable[[UnitOfWork, Job], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> Job:
        """Like :meth:`run` for work that reports progress: ``use_case(uow, job)`` passes ``job.progress`` and
        ``job.cancelled`` to the core; the returned job is the GUI's handle (its ``cancel``, its task id)."""
        handle = Job(self.tasks, label)
        handle.task_id = self.run(lambda uow: use_case(uow, handle), on_done, on_error, label)
        return handle

    def status(self, text: str) -> None:
        self.events.status_message.emit(text)
