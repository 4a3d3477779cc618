"""归档 from the meeting editor: what stands in the way, a note for each 议定事项 filed unfinished, a preview of
the 归档卷, and filing it (the volume is built on the worker with its progress, then frozen).

The dialog says the one sentence of :class:`huiwu.services.archive.ArchiveState` (已归档 / 未归档 / reopened by a
change), lists the meeting's 议定事项 with their state and note, and enables 归档 only when nothing blocks it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huiwu.services import archive as svc
from huiwu.services.archive import ArchiveState, ItemRow
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.widgets.table import Column, RowTableModel

if TYPE_CHECKING:
    from huiwu.db import UnitOfWork
    from ui.context import Job


class ArchiveDialog(QDialog):
    def __init__(self, ctx: AppContext, state: ArchiveState, parent: QWidget | None = None,
                 on_changed: Callable[[ArchiveState], None] | None = None) -> None:
        super().__init__(parent)
        self.on_changed = on_changed  # the editor's status line follows a filing
        self.setObjectName("archive_dialog")
        self.setWindowTitle(tr("File the meeting"))
        self.ctx, self.state = ctx, state
        self.headline = QLabel()
        self.headline.setObjectName("archive_state")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 15px; font-weight: bold;")
        explain = QLabel(tr("The archive file holds, in one PDF with a contents page and page numbers running "
                            "through: the notice and its replies, the agenda, the attendance result sheet, the "
                            "leave records with their approvals, the minutes, the decisions with their state, the "
                            "handouts, the classified materials register and the change history. Once filed it is "
                            "frozen; any later change to the meeting reopens it, and it must be filed again."))
        explain.setWordWrap(True)
        self.blockers = QLabel()
        self.blockers.setObjectName("archive_blockers")
        self.blockers.setWordWrap(True)
        self.blockers.setStyleSheet("color: #a15c00;")
        from ui.meetings.editor import row_view

        self.model: RowTableModel[ItemRow]
        self.model, self.table = row_view([
            Column(tr("Decision"), lambda r: r.text),
            Column(tr("Responsible unit"), lambda r: r.unit_name),
            Column(tr("State"), lambda r: r.state_label),
            Column(tr("Why not closed"), lambda r: "" if r.closed else (r.archive_note or tr("(not given)"))),
        ], "archive_items")
        for column, width in enumerate((360, 150, 70)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._picked())
        self.note = QLineEdit()
        self.note.setObjectName("archive_note")
        self.note.setPlaceholderText(tr("Why the selected decision is filed before it is closed, e.g. 长期事项，按季度报送"))
        self.note.returnPressed.connect(self.save_note)
        self.note_button = QPushButton(tr("Save reason"))
        self.note_button.setObjectName("archive_save_note")
        self.note_button.setAutoDefault(False)
        self.note_button.clicked.connect(self.save_note)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.note_button)
        self.preview_button = QPushButton(tr("Preview archive file"))
        self.preview_button.setObjectName("archive_preview")
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.preview)
        self.file_button = QPushButton(tr("File away"))
        self.file_button.setObjectName("archive_file")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.file)
        close = QPushButton(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        bar = QHBoxLayout()
        bar.addWidget(self.preview_button)
        bar.addStretch(1)
        bar.addWidget(self.file_button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(explain)
        layout.addWidget(self.blockers)
        layout.addWidget(QLabel(tr("Decisions of this meeting")))
        layout.addWidget(self.table, 1)
        layout.addLayout(notes)
        layout.addLayout(bar)
        self.resize(860, 520)
        self.show_state(state)

    def show_state(self, state: ArchiveState) -> None:
        self.state = state
        self.headline.setText(tr("Archive: ") + state.text)
        lines = [b.text for b in state.blockers]
        self.blockers.setText("\n".join("⚠ " + t for t in lines) if lines and not state.archived else "")
        self.blockers.setVisible(bool(lines) and not state.archived)
        self.model.set_rows(list(state.items))
        self.file_button.setEnabled(not state.archived and not state.blockers)
        self.file_button.setText(tr("File away again") if state.reopened_at is not None and not state.archived
                                 else tr("File away"))
        self._picked()

    def _current(self) -> ItemRow | None:
        from ui.meetings.editor import current

        return current(self.model, self.table)

    def _picked(self) -> None:
        row = self._current()
        usable = row is not None and not row.closed
        self.note.setEnabled(usable)
        self.note_button.setEnabled(usable)
        self.note.setText(row.archive_note if row is not None and not row.closed else "")

    def save_note(self) -> None:
        row = self._current()
        if row is None or row.closed:
            return
        text = self.note.text()

        def job(uow: UnitOfWork) -> ArchiveState:
            svc.set_archive_note(uow, row.id, text, row.version)
            return svc.archive_state(uow, self.state.meeting_id)

        def done(state: ArchiveState) -> None:
            self.show_state(state)
            self.ctx.status(tr("Reason for filing it unclosed saved."))
            self.ctx.events.meetings_changed.emit()  # a 督办 item changed (and a filed meeting may reopen)

        run_alive(self, self.ctx, job, done, lambda exc: show_error(self, exc), label=tr("Saving"))

    def preview(self) -> None:
        from ui.printing import preview_long

        mid = self.state.meeting_id
        self._preview_job = preview_long(
            self.ctx, self, tr("Archive file"),
            lambda uow, job: svc.archive_pdf(uow, mid, progress=job.progress, cancelled=job.cancelled))

    def file(self) -> None:
        from ui.progress import run_with_progress

        mid = self.state.meeting_id

        def job(uow: UnitOfWork, handle: Job) -> ArchiveState:
            return svc.archive_meeting(uow, mid, progress=handle.progress, cancelled=handle.cancelled)

        def done(state: ArchiveState) -> None:
            self.show_state(state)
            self.ctx.status(tr("Meeting filed: %1").replace("%1", state.text))
            if self.on_changed is not None:
                self.on_changed(state)
            self.ctx.events.meetings_changed.emit()  # the meetings list says 已归档

        self.file_button.setEnabled(False)
        self._file_job = run_with_progress(self.ctx, self, job, done, self._failed, tr("Building the archive file…"))

    def _failed(self, exc: BaseException) -> None:
        self.show_state(self.state)
        show_error(self, exc)


def open_archive_dialog(ctx: AppContext, parent: QWidget, meeting_id: int,
                        on_changed: Callable[[ArchiveState], None] | None = None) -> None:
    """Load the state in the background, then show the dialog (kept alive on ``parent`` while open)."""

    def shown(state: ArchiveState) -> None:
        dialog = ArchiveDialog(ctx, state, parent, on_changed)
        dialog.open()
        parent._archive_dialog = dialog  # type: ignore[attr-defined]

    run_alive(parent, ctx, lambda uow: svc.archive_state(uow, meeting_id), shown,
              lambda exc: show_error(parent, exc), label=tr("Loading"))
