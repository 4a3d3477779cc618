"""Subscription feeds rewritten on every change: a debounced publish after meetings, people or venues change.

The feeds are built on the database worker (one read-only unit of work) and written on the network worker:
the folder is often a share on another PC, and a slow or absent share must never hold the database.
A window opened read-only beside another leaves publishing to that one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ui.context import AppContext
from ui.i18n import tr

if TYPE_CHECKING:  # the window shows before SQLAlchemy and icalendar are imported (issue 18): they load on first use
    from huiwu.calendar import feeds
    from huiwu.calendar.feeds import Published

DEBOUNCE_MS = 3000  # a burst of saves (an import, a sign-in session) publishes once


class FeedPublisher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._publish_saved)
        for signal in (ctx.events.meetings_changed, ctx.events.directory_changed, ctx.events.database_ready,
                       ctx.events.settings_changed):
            signal.connect(self.schedule)

    def schedule(self) -> None:
        if self.ctx.settings.feeds_folder.strip():
            self.timer.start()

    def _publish_saved(self) -> None:
        folder = self.ctx.settings.feeds_folder.strip()
        db = self.ctx.db
        if not folder or db is None or db.read_only:
            return
        publish(self.ctx, Path(folder), lambda done: None,
                lambda exc: self.ctx.status(tr("The subscription calendars were not published: %1")
                                            .replace("%1", _error_text(exc))))


def publish(ctx: AppContext, folder: Path, on_done: Callable[[Published], None],
            on_error: Callable[[BaseException], None]) -> None:
    """Build on the database worker, write on the network worker; the status bar says what happened."""
    office = ctx.settings.office_name
    net = ctx.net or ctx.tasks
    label = tr("Publishing the subscription calendars…")

    def written(published: Published) -> None:
        ctx.status(published.summary())
        on_done(published)

    def write(built: list[feeds.Feed]) -> None:
        from huiwu.calendar import feeds

        net.submit(lambda: feeds.write_feeds(folder, built, office), written, on_error, label)

    def build(uow: object) -> list[feeds.Feed]:
        from huiwu.calendar import feeds

        return feeds.build_feeds(uow)  # type: ignore[arg-type]

    ctx.run(build, write, on_error, label)


def follow_changes(ctx: AppContext, parent: QObject | None = None) -> FeedPublisher:
    """At start-up: the feeds follow the office's changes from now on."""
    return FeedPublisher(ctx, parent)


def _error_text(exc: BaseException) -> str:
    from ui.errors import error_text

    return error_text(exc)
