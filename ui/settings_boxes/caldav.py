"""日历同步 (CalDAV): targets (the office's calendar, leaders' calendars), their passwords in the OS keyring,
and "立即同步" in the background with progress; the last sync time and result stay visible."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from huiwu.services import caldav_sync as svc
from huiwu.services import directory
from huiwu.services.caldav_sync import CalDavError, PendingRow, SyncResult, TargetEdit, TargetRow
from huiwu.services.directory import PersonRow
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.common import FormDialog, TableList, confirm
from ui.widgets.table import Column


def create_box(ctx: AppContext) -> QWidget:
    return CalDavBox(ctx)


class _Progress(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call across threads."""

    moved = Signal(int, int, str)


class CalDavBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Calendar sync (CalDAV)"), parent)
        self.ctx = ctx
        self.setObjectName("caldav_box")
        self.people: list[PersonRow] = []
        layout = QVBoxLayout(self)
        note = QLabel(tr("Meetings are pushed to a CalDAV server (leaders' phones subscribe there) and edits made "
                         "on the server are taken back. Passwords are kept where the database server's password is "
                         "(see above), never in the settings file or the database."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = TableList(
            [
                Column(tr("Label"), lambda r: r.name),
                Column(tr("Server"), lambda r: r.calendar_url or r.url),
                Column(tr("User"), lambda r: r.username),
                Column(tr("For"), lambda r: r.person_name or tr("the office")),
                Column(tr("Last sync"), lambda r: r.last_sync_at.astimezone(ctx.settings.tz()).strftime(
                    "%Y-%m-%d %H:%M") if r.last_sync_at else tr("never"), sort=lambda r: str(r.last_sync_at)),
                Column(tr("Result"), lambda r: r.last_sync_result),
            ],
            "caldav_targets",
        )
        self.table.setMinimumHeight(180)
        self.table.add_button(tr("Add…"), self.add, "caldav_add")
        self.table.add_button(tr("Edit…"), self.edit, "caldav_edit")
        self.table.add_button(tr("Delete"), self.delete, "caldav_delete")
        self.sync_button = self.table.add_button(tr("Sync now"), self.sync, "caldav_sync")
        self.table.bar.addStretch(1)
        self.table.activated.connect(lambda _: self.edit())
        layout.addWidget(self.table)
        self.progress = QProgressBar()
        self.progress.setObjectName("caldav_progress")
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("caldav_progress_label")
        self.progress_label.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_label)
        self._build_results(layout)
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved)
        ctx.events.directory_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        def load(uow: Any) -> tuple[list[TargetRow], list[PersonRow]]:
            return svc.list_targets(uow), directory.list_people(uow, include_inactive=False)

        self.ctx.run(load, self._loaded, lambda exc: show_error(self, exc))

    def _loaded(self, result: tuple[list[TargetRow], list[PersonRow]]) -> None:
        rows, self.people = result
        self.table.set_rows(rows)
        for col, width in enumerate((120, 260, 90, 90, 140)):
            self.table.view.setColumnWidth(col, max(self.table.view.columnWidth(col), width))

    # -------------------------------------------------------- editing
    def add(self) -> None:
        self._dialog(None)

    def edit(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._dialog(row)

    def _dialog(self, row: TargetRow | None) -> None:
        dialog = FormDialog(tr("Calendar sync target"), self)
        dialog.setObjectName("caldav_dialog")
        form = QFormLayout()
        name = QLineEdit(row.name if row else "")
        url = QLineEdit(row.url if row else "https://")
        user = QLineEdit(row.username if row else "")
        password = QLineEdit()
        password.setEchoMode(QLineEdit.EchoMode.Password)
        password.setPlaceholderText(tr("leave empty to keep the saved password") if row else "")
        calendar = QLineEdit(row.calendar_url if row else "")
        calendar.setPlaceholderText(tr("the calendar's address; empty: the server address"))
        person = QComboBox()
        person.addItem(tr("The office (all meetings)"), None)
        for p in self.people:
            if p.is_leader or (row and p.id == row.person_id):
                person.addItem(f"{p.name}（{p.title or p.unit_name}）", p.id)
        if row and row.person_id is not None:
            person.setCurrentIndex(max(person.findData(row.person_id), 0))
        for widget in (name, url, calendar):
            widget.setMinimumWidth(360)
        form.addRow(tr("Label"), name)
        form.addRow(tr("Server address"), url)
        form.addRow(tr("User name"), user)
        form.addRow(tr("Password"), password)
        form.addRow(tr("Calendar address"), calendar)
        form.addRow(tr("Calendar of"), person)
        dialog.body.addLayout(form)
        dialog.validator = lambda: "" if name.text().strip() else tr("Please enter a name.")
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return
        edit = TargetEdit(name.text(), url.text(), user.text(), calendar.text(), person.currentData())
        self.save(edit, row, password.text() or None)

    def save(self, edit: TargetEdit, row: TargetRow | None, password: str | None) -> None:
        def done(saved: TargetRow) -> None:
            self.ctx.status(tr("Sync target %1 saved.").replace("%1", saved.name))
            self.reload()

        self.ctx.run(lambda uow: svc.save_target(uow, edit, row.id if row else None, row.version if row else None,
                                                 password), done, lambda exc: show_error(self, exc))

    def delete(self) -> None:
        row = self.table.current_row()
        if row is None or not confirm(self, tr("Delete"), tr("Delete the sync target %1? Its saved password is "
                                                             "removed too.").replace("%1", row.name)):
            return

        def done(_: object) -> None:
            self.ctx.status(tr("Sync target %1 deleted.").replace("%1", row.name))
            self.reload()

        self.ctx.run(lambda uow: svc.delete_target(uow, row.id), done, lambda exc: show_error(self, exc))

    # -------------------------------------------------------- syncing
    def sync(self) -> None:
        row = self.table.current_row() or (self.table.model.rows()[0] if self.table.model.rows() else None)
        if row is None:
            return
        self.sync_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress_label.setText(tr("Syncing %1…").replace("%1", row.name))
        progress = self._progress

        def done(result: SyncResult) -> None:
            self._finished()
            self.show_result(result)
            self.reload()
            if result.changed_meetings():
                self.ctx.events.meetings_changed.emit()
            if result.failure:
                show_error(self, CalDavError(result.failure))

        def failed(exc: BaseException) -> None:
            self._finished()
            self.progress_label.setText("")
            self.ctx.status(tr("Sync with %1 failed.").replace("%1", row.name))
            show_error(self, exc)

        label = tr("Syncing %1…").replace("%1", row.name)
        net = self.ctx.net
        assert net is not None

        def talk(plan: svc.SyncPlan) -> None:  # on the network worker: no database, no transaction open
            # the core finds the password, or asks the clerk through the GUI's prompt (ui/settings_boxes/passwords.py)
            net.submit(lambda: svc.exchange(plan, progress=progress.moved.emit), write, failed, label)

        def write(exchanged: svc.SyncExchange) -> None:
            self.ctx.run(lambda uow: svc.record_sync(uow, exchanged), done, failed, label)

        self.ctx.run(lambda uow: svc.plan_sync(uow, row.id), talk, failed, label)

    def _moved(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(text)

    def _finished(self) -> None:
        self.sync_button.setEnabled(True)
        self.progress.setVisible(False)

    # -------------------------------------------------------- results and the server's changes
    def _build_results(self, layout: QVBoxLayout) -> None:
        """Under the progress: every change of the last sync, the server-side deletions and cancellations
        waiting for the clerk (接受 / 拒绝), and how long a cancelled meeting stays on the calendars."""
        self.result_view = QPlainTextEdit()
        self.result_view.setObjectName("caldav_result")
        self.result_view.setReadOnly(True)
        self.result_view.setMaximumHeight(140)
        self.result_view.setVisible(False)
        layout.addWidget(self.result_view)
        self.pending = TableList(
            [
                Column(tr("Meeting"), lambda r: r.title),
                Column(tr("Meeting time"), lambda r: r.when),
                Column(tr("Calendar"), lambda r: r.target_name),
                Column(tr("Change on the server"), lambda r: {"deleted": tr("deleted on the server"),
                                                              "cancelled": tr("cancelled on the server")}
                       .get(r.kind, r.kind_label)),
            ],
            "caldav_pending",
        )
        self.pending.setMinimumHeight(120)
        self.pending_heading = QLabel()
        self.pending_heading.setObjectName("caldav_pending_heading")
        self.pending.bar.addWidget(self.pending_heading)
        self.accept_button = self.pending.add_button(tr("Accept (cancel the meeting)"), self.accept_pending,
                                                     "caldav_accept")
        self.reject_button = self.pending.add_button(tr("Reject (write it back)"), self.reject_pending,
                                                     "caldav_reject")
        self.pending.bar.addStretch(1)
        layout.addWidget(self.pending)
        grace = QHBoxLayout()
        grace.addWidget(QLabel(tr("A meeting cancelled or deleted in the office stays on the calendars as cancelled "
                                  "for")))
        self.grace_days = QSpinBox()
        self.grace_days.setObjectName("caldav_grace_days")
        self.grace_days.setRange(0, 90)
        self.grace_days.setSuffix(tr(" days"))
        self.grace_days.setValue(self.ctx.settings.caldav_grace_days)
        self.grace_days.valueChanged.connect(self._grace_changed)
        grace.addWidget(self.grace_days)
        grace.addWidget(QLabel(tr("then it is removed from them.")))
        grace.addStretch(1)
        layout.addLayout(grace)
        self.ctx.events.meetings_changed.connect(self.reload_pending)
        self.reload_pending()

    def _grace_changed(self, days: int) -> None:
        from huiwu.settings import save_settings

        self.ctx.settings.caldav_grace_days = days
        save_settings(self.ctx.settings)

    def show_result(self, result: SyncResult) -> None:
        """The summary in the label and the status bar, every change in the list below it."""
        text = tr("Synced %1: %2").replace("%1", result.target_name).replace("%2", result.summary())
        self.progress_label.setText(text)
        self.result_view.setPlainText("\n".join([*result.lines, *result.conflicts, *result.notes])
                                      or tr("Nothing changed on either side."))
        self.result_view.setVisible(True)
        self.ctx.status(text)
        self.reload_pending()

    def reload_pending(self) -> None:
        self.ctx.run(svc.list_pending, self._pending_loaded, lambda exc: show_error(self, exc))

    def _pending_loaded(self, rows: list[PendingRow]) -> None:
        self.pending.set_rows(rows)
        self.pending_heading.setText(
            tr("Changes made on the calendar servers, waiting for you: %1").replace("%1", str(len(rows))))
        self.pending.setVisible(bool(rows))
        for col, width in enumerate((220, 120, 120)):
            self.pending.view.setColumnWidth(col, max(self.pending.view.columnWidth(col), width))

    def accept_pending(self) -> None:
        row = self.pending.current_row()
        if row is None or not confirm(self, tr("Accept"), tr("Meeting %1: %2. Cancel the meeting in the office too? "
                                                             "The next sync marks it cancelled on every calendar.")
                                      .replace("%1", row.title).replace("%2", row.kind_label)):
            return

        def done(_: object) -> None:
            self.ctx.status(tr("Meeting %1 cancelled; the next sync marks it cancelled on every calendar.")
                            .replace("%1", row.title))
            self.ctx.events.meetings_changed.emit()  # reloads this list too

        self.ctx.run(lambda uow: svc.accept_pending(uow, row.id, row.version), done, lambda exc: show_error(self, exc))

    def reject_pending(self) -> None:
        row = self.pending.current_row()
        if row is None:
            return

        def done(_: object) -> None:
            self.ctx.status(tr("Meeting %1 stays; the next sync writes it back to %2.")
                            .replace("%1", row.title).replace("%2", row.target_name))
            self.reload_pending()

        self.ctx.run(lambda uow: svc.reject_pending(uow, row.id, row.version), done, lambda exc: show_error(self, exc))
