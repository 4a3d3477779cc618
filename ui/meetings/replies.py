"""The meeting editor's 回执 tab: the ledger with its counts and deadline, and a line made for phone calls —
type the name or its pinyin, choose, pick 参会 / 不参会 / 代会, Enter. A unit asked to name its attendee answers
with a person from the directory."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import REPLY_ANSWER_LABELS, ReplyAnswer
from huiwu.services import replies as svc
from huiwu.services.directory import PersonRow
from huiwu.services.replies import RepliesView, ReplyRow
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.week.pickers import PersonPicker
from ui.widgets.files import open_file, save_file
from ui.widgets.flow import FlowLayout
from ui.widgets.table import Column, RowTableModel

if TYPE_CHECKING:
    from ui.meetings.editor import MeetingEditor

class RepliesTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.setObjectName("replies_tab")
        self.editor = editor
        self.view_data: RepliesView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("replies_summary")
        self.summary.setWordWrap(True)
        from ui.meetings.editor import row_view
        from ui.widgets.common import OVERDUE_COLOR

        self.model: RowTableModel[ReplyRow]
        self.model, self.table = row_view([
            Column(tr("Unit"), lambda r: r.unit_name),
            Column(tr("Name"), lambda r: r.name if r.person_id is not None else tr("(to be named)")),
            Column(tr("Post"), lambda r: r.title),
            Column(tr("Reply"), lambda r: r.text),
            Column(tr("Replied at"), lambda r: f"{r.returned_at:%m-%d %H:%M} {r.channel}" if r.returned_at else ""),
            Column(tr("Leave"), lambda r: r.leave_state_label),
        ], "replies_table")
        self.model.row_brush = lambda r: OVERDUE_COLOR if r.overdue else None
        for column, width in enumerate((170, 90, 170, 260, 150)):  # a time and its channel on one line
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self._take(self.model.row_at(index.row())))
        # the line for a phone call
        self.who = PersonPicker(tr("Who replies (name or pinyin)"))
        self.who.setObjectName("reply_who")
        self.who.setMinimumWidth(190)
        self.who.person_changed.connect(lambda _: self._who_changed())
        self.answer = QComboBox()
        self.answer.setObjectName("reply_answer")
        for code, label in REPLY_ANSWER_LABELS.items():
            self.answer.addItem(label, str(code))
        self.answer.currentIndexChanged.connect(lambda _: self._answer_changed())
        self.reason = QLineEdit()
        self.reason.setObjectName("reply_reason")
        self.reason.setPlaceholderText(tr("Reason (for 不参会 / 代会)"))
        self.reason.setMinimumWidth(220)
        self.reason.returnPressed.connect(self.record)
        self.substitute = PersonPicker(tr("Substitute or attendee (name or pinyin)"))
        self.substitute.setObjectName("reply_substitute")
        self.substitute.setMinimumWidth(260)
        self.channel = QComboBox()
        self.channel.setObjectName("reply_channel")
        from huiwu.services.leave import CHANNELS

        for text in sorted(CHANNELS, key=lambda c: c != "电话"):  # the service's channels, 电话 first (by phone)
            self.channel.addItem(text, text)
        self.record_button = QPushButton(tr("Record reply"))
        self.record_button.setObjectName("reply_record")
        self.record_button.setDefault(False)
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(lambda _=False: self.record())
        entry = FlowLayout()
        for w in (self.who, self.answer, self.reason, self.substitute, self.channel, self.record_button):
            entry.addWidget(w)
        self.unit_pick = QComboBox()
        self.unit_pick.setObjectName("reply_unit_pick")
        self.unit_pick.addItem(tr("Ask a unit to name its attendee…"), None)
        self.unit_pick.activated.connect(lambda _: self.add_unit())
        self.export_button = QPushButton(tr("Export sheet…"))
        self.export_button.setObjectName("replies_export")
        self.export_button.setToolTip(tr("A workbook with one row per invitee, to send to the units"))
        self.export_button.clicked.connect(lambda _=False: self.export_sheet())
        self.import_button = QPushButton(tr("Import returned sheet…"))
        self.import_button.setObjectName("replies_import")
        self.import_button.clicked.connect(lambda _=False: self.import_sheet())
        for button in (self.export_button, self.import_button):  # Enter on the entry line records, never opens a file
            button.setAutoDefault(False)
            button.setDefault(False)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.unit_pick)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        self.selected: ReplyRow | None = None
        self.error_box: QMessageBox | None = None  # the open list of a sheet's problems (tests read it)
        self._answer_changed()

    # -------------------------------------------------------- loading
    def reload(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        for u in self.editor.refs.units:
            if self.unit_pick.findData(u.id) < 0:
                self.unit_pick.addItem(u.name, u.id)
        run_alive(self, self.editor.ctx, lambda uow: svc.reply_ledger(uow, d.id), self._show,
                  lambda exc: show_error(self, exc))

    def _show(self, view: RepliesView) -> None:
        self.view_data = view
        self.model.set_rows(list(view.rows))
        self.summary.setText(f"{view.summary}。{view.deadline_text}")
        people = self.editor.refs.people_by_id
        self.who.set_people([people[r.person_id] for r in view.rows if r.person_id in people]
                            + [_unit_entry(r) for r in view.rows if r.person_id is None and r.unit_id is not None])
        self.substitute.set_people(list(self.editor.refs.people))

    # -------------------------------------------------------- entry
    def _row_of(self, picked: int | None) -> ReplyRow | None:
        if self.view_data is None or picked is None:
            return None
        key = f"unit:{-picked}" if picked < 0 else f"person:{picked}"
        return next((r for r in self.view_data.rows if r.key == key), None)

    def _take(self, row: ReplyRow) -> None:
        """A double-click on the list puts that invitee on the entry line."""
        self.who.select_id(row.person_id if row.person_id is not None else -(row.unit_id or 0))
        self._who_changed()
        self.reason.setFocus()

    def _who_changed(self) -> None:
        self.selected = self._row_of(self.who.person_id)
        is_unit = self.selected is not None and self.selected.person_id is None
        if is_unit:
            self.answer.setCurrentIndex(self.answer.findData(ReplyAnswer.ATTEND))
        self._answer_changed()

    def _answer_changed(self) -> None:
        answer = self.answer.currentData()
        is_unit = self.selected is not None and self.selected.person_id is None
        self.reason.setEnabled(answer in (ReplyAnswer.ABSENT, ReplyAnswer.SUBSTITUTE))
        self.substitute.setEnabled(answer == ReplyAnswer.SUBSTITUTE or is_unit)

    def record(self) -> None:
        d, row = self.editor.detail, self.selected
        if d is None:
            return
        if row is None:
            self.editor.ctx.status(tr("Choose who replies first (type the name or its pinyin)."))
            self.who.setFocus()
            return
        answer = str(self.answer.currentData())
        is_unit = row.person_id is None
        data = svc.ReplyInput(
            answer=answer, reason=self.reason.text() if self.reason.isEnabled() else "",
            substitute_person_id=self.substitute.person_id if answer == ReplyAnswer.SUBSTITUTE else None,
            substitute_name=(self.substitute.text() if answer == ReplyAnswer.SUBSTITUTE
                             and self.substitute.person_id is None else ""),
            named_person_id=self.substitute.person_id if is_unit else None,
            channel=str(self.channel.currentData()))

        def done(saved: ReplyRow) -> None:
            self.editor.ctx.status(tr("Reply recorded: %1 — %2").replace("%1", saved.name).replace("%2", saved.text))
            for field in (self.who, self.reason, self.substitute):
                field.clear()
            self.who.person_id = self.substitute.person_id = None
            self.selected = None
            self.answer.setCurrentIndex(0)
            self.who.setFocus()
            self.reload()
            self.editor.history_tab.reload()
            self.editor.ctx.events.leave_changed.emit()
            if is_unit:
                self.editor.ctx.events.meetings_changed.emit()

        run_alive(self, self.editor.ctx,
                  lambda uow: svc.record_reply(uow, d.id, row.key, data, row.item_version or None), done,
                  lambda exc: show_error(self, exc))

    def export_sheet(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        path = save_file(self, "replies", tr("Export the reply sheet"), f"{d.title}回执.xlsx",
                         tr("Excel workbook (*.xlsx)"))
        if path is None:
            return
        run_alive(self, self.editor.ctx, lambda uow: svc.export_reply_sheet(uow, d.id, path),
                  lambda saved: self.editor.ctx.status(tr("Reply sheet saved: %1").replace("%1", str(saved))),
                  lambda exc: show_error(self, exc))

    def import_sheet(self, path: Path | None = None) -> None:
        """Reads the returned sheet; a clean one is recorded whole (one commit), one with problems records
        nothing and lists them, each with its row and column."""
        d = self.editor.detail
        if d is None:
            return
        path = path or open_file(self, "replies", tr("Import a returned reply sheet"), tr("Excel workbook (*.xlsx)"))
        if path is None:
            return

        def done(preview: svc.SheetPreview) -> None:
            if not preview.clean:
                box = QMessageBox(QMessageBox.Icon.Warning, tr("Reply sheet not imported"),
                                  tr("Nothing was recorded. Please correct the sheet and import it again:") + "\n\n"
                                  + "\n".join(preview.errors[:30]), QMessageBox.StandardButton.Ok, self)
                box.setObjectName("replies_import_errors")
                box.finished.connect(box.deleteLater)
                self.error_box = box
                box.open()
                return
            self.editor.ctx.status(tr("Replies recorded from %1: %2 (%3 left blank)").replace("%1", preview.path)
                                   .replace("%2", str(len(preview.replies))).replace("%3", str(preview.blank)))
            self.reload()
            self.editor.history_tab.reload()
            self.editor.ctx.events.leave_changed.emit()
            self.editor.ctx.events.meetings_changed.emit()

        run_alive(self, self.editor.ctx, lambda uow: svc.import_reply_sheet(uow, d.id, path), done,
                  lambda exc: show_error(self, exc))

    def add_unit(self) -> None:
        d, unit_id = self.editor.detail, self.unit_pick.currentData()
        self.unit_pick.setCurrentIndex(0)
        if d is None or not isinstance(unit_id, int):
            return

        def done(added: int) -> None:
            self.editor.ctx.status(tr("Units asked to name their attendee: %1").replace("%1", str(added)))
            self.reload()

        run_alive(self, self.editor.ctx, lambda uow: svc.add_unit_placeholders(uow, d.id, [unit_id]), done,
                  lambda exc: show_error(self, exc))


def _unit_entry(row: ReplyRow) -> PersonRow:
    """A unit's 回执 line as a picker entry (a negative id: the picker lists people; the tab tells them apart)."""
    from huiwu.pinyin import name_pinyin

    spelled = name_pinyin(row.unit_name)
    return PersonRow(id=-(row.unit_id or 0), name=row.unit_name, unit_id=row.unit_id or 0, unit_name=tr("unit"),
                     unit_sort=0, title="", sort_order=0, phone="", is_leader=False, active=True, supervisor_id=None,
                     supervisor_name="", pinyin_initials=spelled.initials, pinyin_full=spelled.full, version=0)
