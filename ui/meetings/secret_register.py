"""The meeting editor's 涉密材料 tab: the 发放回收登记 of a 涉密 meeting (or one with a 涉密 议题) — register a
material (its copies numbered 000001 … to the participants in 排序号 order), hand them out, print each copy with
its 份号 and 领取人, print the register — and the 回收 screen made for speed: a line with focus where the clerk
types or scans a copy number and presses Enter; it says whose copy it was in a big line, beeps on an unknown or
already returned number, and shows what is still out per 议题 and unit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import CONFIDENTIALITY_LABELS
from huiwu.rules import register as rules
from huiwu.rules.secrecy import STATE_SECRET_LEVELS, is_state_secret
from huiwu.services import secret_register as svc
from huiwu.services.secret_register import CopyRow, RegisterView, ReturnResult
from ui.errors import error_text, show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.week.pickers import PersonPicker
from ui.widgets.table import Column, RowTableModel

if TYPE_CHECKING:
    from ui.meetings.editor import MeetingEditor

BIG = 20.0  # points: the line that says whose copy it was, readable from a step away


def is_secret_meeting(confidentiality: str, agenda_levels: list[str]) -> bool:
    """The register applies to a 涉密 meeting or one with a 涉密 议题."""
    return is_state_secret(confidentiality) or any(is_state_secret(level) for level in agenda_levels)


def _button(bar: QHBoxLayout, text: str, slot: Any, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)  # Enter on a line edit never presses a button here
    button.setDefault(False)
    button.clicked.connect(lambda _=False: slot())
    bar.addWidget(button)
    return button


class SecretRegisterTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.setObjectName("secret_register_tab")
        self.editor = editor
        self.view_data: RegisterView | None = None
        self.summary = QLabel()
        self.summary.setObjectName("register_summary")
        self.summary.setWordWrap(True)
        self.material = QComboBox()
        self.material.setObjectName("register_material")
        self.material.setMinimumWidth(260)
        self.material.currentIndexChanged.connect(lambda _: self._show_rows())
        from ui.meetings.editor import row_view
        from ui.widgets.common import DONE_COLOR, OVERDUE_COLOR

        self.model: RowTableModel[CopyRow]
        self.model, self.table = row_view([
            Column(tr("Copy no."), lambda r: r.code if self._several() else r.number),
            Column(tr("Material"), lambda r: r.material_title),
            Column(tr("Classification"), lambda r: r.level_label),
            Column(tr("Recipient"), lambda r: r.name or tr("(not assigned)")),
            Column(tr("Unit"), lambda r: r.unit),
            Column(tr("Handed out at"), lambda r: f"{r.issued_at:%m-%d %H:%M}" if r.issued_at else ""),
            Column(tr("Came back at"), lambda r: f"{r.returned_at:%m-%d %H:%M}" if r.returned_at else ""),
            Column(tr("Handled by"), lambda r: r.handler),
            Column(tr("State"), lambda r: r.state_text),
        ], "register_table")

        self.model.row_brush = lambda r: OVERDUE_COLOR if r.out else (DONE_COLOR if r.returned_at else None)
        for column, width in enumerate((90, 260, 50, 90, 150, 100, 100, 90)):
            self.table.setColumnWidth(column, width)
        bar = QHBoxLayout()
        _button(bar, tr("Register material…"), self.add_material, "register_add")
        _button(bar, tr("Hand out"), self.issue, "register_issue")
        self.return_button = _button(bar, tr("Take back (scan)…"), self.open_return, "register_return")
        self.return_button.setToolTip(tr("Type or scan each copy number and press Enter"))
        _button(bar, tr("Undo return"), self.undo, "register_undo")
        _button(bar, tr("Another recipient…"), self.change_recipient, "register_recipient")
        _button(bar, tr("Remove material"), self.remove, "register_remove")
        bar.addStretch(1)
        _button(bar, tr("Print copies…"), self.print_copies, "register_print_copies")
        _button(bar, tr("Print register"), self.print_register, "register_print")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(QLabel(tr("Show:")))
        top.addWidget(self.material)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.dialog: QDialog | None = None  # the open register / recipient / print dialog (tests answer it)
        self.return_dialog: ReturnDialog | None = None

    # -------------------------------------------------------- loading
    def reload(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        run_alive(self, self.editor.ctx, lambda uow: svc.register_view(uow, d.id), self._show,
                  lambda exc: show_error(self, exc))

    def _several(self) -> bool:
        return self.view_data is not None and len(self.view_data.materials) > 1

    def _show(self, view: RegisterView) -> None:
        self.view_data = view
        chosen = self.material.currentData()
        self.material.blockSignals(True)
        self.material.clear()
        self.material.addItem(tr("All materials"), None)
        for m in view.materials:
            self.material.addItem(m.label, m.id)
        self.material.setCurrentIndex(max(0, self.material.findData(chosen)))
        self.material.blockSignals(False)
        self._show_rows()
        text = view.summary
        if not view.secret:
            text += "。" + tr("This meeting and its topics are not classified: only state secrets are registered.")
        self.summary.setText(text)
        if self.return_dialog is not None:
            self.return_dialog.show_view(view)

    def _show_rows(self) -> None:
        view = self.view_data
        if view is None:
            return
        chosen = self.material.currentData()
        self.model.set_rows([c for c in view.copies if chosen is None or c.material_id == chosen])

    def selected_rows(self) -> list[CopyRow]:
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def selected_material(self) -> svc.MaterialRow | None:
        """The material shown, else the one of the selected copy, else the only one."""
        view = self.view_data
        if view is None or not view.materials:
            return None
        chosen = self.material.currentData()
        rows = self.selected_rows()
        wanted = chosen if chosen is not None else (rows[0].material_id if rows else None)
        if wanted is None and len(view.materials) == 1:
            wanted = view.materials[0].id
        return next((m for m in view.materials if m.id == wanted), None)

    def _changed(self, message: str) -> None:
        self.editor.ctx.status(message)
        self.reload()
        self.editor.history_tab.reload()
        self.editor.checklist_tab.reload()
        self.editor.ctx.events.meetings_changed.emit()

    # -------------------------------------------------------- registering
    def add_material(self) -> None:
        d = self.editor.detail
        if d is None or self.view_data is None:
            return
        dialog = MaterialDialog(self, self.view_data)
        self.dialog = dialog

        def accepted() -> None:
            data = dialog.value()
            run_alive(self, self.editor.ctx, lambda uow: svc.add_material(uow, d.id, data),
                      lambda m: self._changed(tr("Registered: %1, %2 copies").replace("%1", m.title)
                                              .replace("%2", str(len(m.copies)))),
                      lambda exc: show_error(self, exc))

        dialog.accepted.connect(accepted)
        dialog.open()

    def issue(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        rows = [r for r in self.selected_rows() if r.issued_at is None]
        material = self.selected_material() if not rows else None
        if not rows and material is None:
            self.editor.ctx.status(tr("Choose a material (or copies) to hand out."))
            return
        ids = [r.id for r in rows]
        run_alive(self, self.editor.ctx,
                  lambda uow: svc.issue_copies(uow, d.id, ids or None, material.id if material else None),
                  lambda n: self._changed(tr("Handed out %1 copies").replace("%1", str(n))),
                  lambda exc: show_error(self, exc))

    def undo(self) -> None:
        rows = [r for r in self.selected_rows() if r.returned_at is not None]
        if not rows:
            self.editor.ctx.status(tr("Choose a copy that was taken back."))
            return
        row = rows[0]
        run_alive(self, self.editor.ctx, lambda uow: svc.undo_return(uow, row.id, row.version),
                  lambda c: self._changed(tr("Return undone: %1 is out again").replace("%1", c.code)),
                  lambda exc: show_error(self, exc))

    def change_recipient(self) -> None:
        rows = self.selected_rows()
        if not rows:
            self.editor.ctx.status(tr("Choose a copy first."))
            return
        row = rows[0]
        dialog = RecipientDialog(self, row, list(self.editor.refs.people))
        self.dialog = dialog

        def accepted() -> None:
            recipient = dialog.value()
            run_alive(self, self.editor.ctx, lambda uow: svc.set_recipient(uow, row.id, row.version, recipient),
                      lambda c: self._changed(tr("%1 now goes to %2").replace("%1", c.code).replace("%2", c.recipient)),
                      lambda exc: show_error(self, exc))

        dialog.accepted.connect(accepted)
        dialog.open()

    def remove(self) -> None:
        m = self.selected_material()
        if m is None:
            self.editor.ctx.status(tr("Choose a material first."))
            return
        run_alive(self, self.editor.ctx, lambda uow: svc.remove_material(uow, m.id, m.version),
                  lambda _: self._changed(tr("Removed: %1").replace("%1", m.title)),
                  lambda exc: show_error(self, exc))

    # -------------------------------------------------------- printing
    def print_register(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        from huiwu.services.printing import document_pdf
        from ui.printing import preview_pdf

        preview_pdf(self.editor.ctx, self.editor, tr("Classified material register"),
                    lambda uow: document_pdf(uow, "register", d.id))

    def print_copies(self) -> None:
        """Each registered copy printed with its 份号 and 领取人: the material's copies of one of the app's
        documents (the 议程, the notice …), chosen here (the material's title suggests which)."""
        d, m = self.editor.detail, self.selected_material()
        if d is None:
            return
        if m is None:
            self.editor.ctx.status(tr("Choose a material first."))
            return
        from huiwu.services.printing import KIND_LABELS, NUMBERED_KINDS

        dialog = QDialog(self)
        dialog.setObjectName("register_print_dialog")
        dialog.setWindowTitle(tr("Print the registered copies"))
        kind = QComboBox()
        kind.setObjectName("register_print_kind")
        for k in NUMBERED_KINDS:
            kind.addItem(KIND_LABELS[k], k)
        guess = rules.document_kind(m.title, {k: KIND_LABELS[k] for k in NUMBERED_KINDS})
        kind.setCurrentIndex(max(0, kind.findData(guess)))
        text = QLabel(tr("“%1”: %2 copies, each printed with its copy number and recipient on the first page. "
                         "Which of the app's documents are these copies?").replace("%1", m.title)
                      .replace("%2", str(len(m.copies))))
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Preview"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(text)
        box.addWidget(kind)
        box.addWidget(buttons)
        self.dialog = dialog
        dialog.kind = kind  # type: ignore[attr-defined]

        def accepted() -> None:
            from ui.printing import preview_document

            preview_document(self.editor.ctx, self.editor, str(kind.currentData()), d.id, material_id=m.id)

        dialog.accepted.connect(accepted)
        dialog.open()

    # -------------------------------------------------------- 回收
    def open_return(self) -> None:
        d = self.editor.detail
        if d is None or self.view_data is None:
            return
        if self.return_dialog is None:
            self.return_dialog = ReturnDialog(self)
            self.return_dialog.finished.connect(lambda _: setattr(self, "return_dialog", None))
        m = self.selected_material()
        self.return_dialog.show_view(self.view_data, m.id if m is not None else None)
        self.return_dialog.open()
        self.return_dialog.code.setFocus()


class MaterialDialog(QDialog):
    """Register a material: its title, the 议题 it belongs to, its 密级 (by default the 议题's, else the meeting's)
    and how many copies (by default one per expected participant, in 排序号 order)."""

    def __init__(self, parent: QWidget, view: RegisterView) -> None:
        super().__init__(parent)
        self.setObjectName("register_material_dialog")
        self.setWindowTitle(tr("Register a classified material"))
        self.title = QComboBox()
        self.title.setObjectName("register_title")
        self.title.setEditable(True)
        self.title.addItems(["", "会议议程", "会议通知", *(f"{t}（材料）" for _, t, level in view.agenda if level)])
        self.title.setMinimumWidth(380)
        self.agenda = QComboBox()
        self.agenda.setObjectName("register_agenda")
        self.agenda.addItem(tr("(the whole meeting)"), None)
        for ident, title, level in view.agenda:
            mark = CONFIDENTIALITY_LABELS.get(level, "") if level else ""  # type: ignore[call-overload]
            self.agenda.addItem(f"{title}（{mark}）" if mark else title, ident)
        first_secret = next((i for i, (_, _, level) in enumerate(view.agenda, 1) if level), 0)
        self.agenda.setCurrentIndex(first_secret)
        self.level = QComboBox()
        self.level.setObjectName("register_level")
        self.level.addItem(tr("As its topic, else the meeting"), "")
        for level in STATE_SECRET_LEVELS:
            self.level.addItem(CONFIDENTIALITY_LABELS[level], level.value)
        self.term = QLineEdit()
        self.term.setObjectName("register_term")
        self.term.setPlaceholderText(tr("e.g. 1年; empty: as its topic or the meeting"))
        self.copies = QSpinBox()
        self.copies.setObjectName("register_copies")
        self.copies.setRange(0, svc.MAX_COPIES)
        self.copies.setSpecialValueText(tr("One per participant"))
        form = QFormLayout()
        form.addRow(tr("Material"), self.title)
        form.addRow(tr("Topic"), self.agenda)
        form.addRow(tr("Classification"), self.level)
        form.addRow(tr("Secrecy term"), self.term)
        form.addRow(tr("Copies"), self.copies)
        note = QLabel(tr("Copies are numbered 000001, 000002 … and go to the participants in their order; "
                         "change a recipient afterwards with “Another recipient…”."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Register"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def value(self) -> svc.MaterialInput:
        return svc.MaterialInput(self.title.currentText(), self.agenda.currentData(), str(self.level.currentData()),
                                 self.term.text(), self.copies.value())


class RecipientDialog(QDialog):
    """Another person takes the copy: from the directory (name or pinyin) or a name with its unit."""

    def __init__(self, parent: QWidget, row: CopyRow, people: list[Any]) -> None:
        super().__init__(parent)
        self.setObjectName("register_recipient_dialog")
        self.setWindowTitle(tr("Recipient of %1").replace("%1", row.code))
        self.who = PersonPicker(tr("Name or pinyin"))
        self.who.setObjectName("register_who")
        self.who.set_people(people)
        self.who.setText(row.name)
        self.unit = QLineEdit(row.unit)
        self.unit.setObjectName("register_unit")
        self.unit.setPlaceholderText(tr("Unit (for someone not in the directory)"))
        form = QFormLayout()
        form.addRow(tr("Recipient"), self.who)
        form.addRow(tr("Unit"), self.unit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> svc.RecipientInput:
        if self.who.person_id is not None:
            return svc.RecipientInput(self.who.person_id)
        return svc.RecipientInput(None, self.who.text(), self.unit.text())


class ReturnDialog(QDialog):
    """The 回收 screen: scan or type, Enter; one commit per copy, the next number may come at once."""

    def __init__(self, tab: SecretRegisterTab) -> None:
        super().__init__(tab)
        self.setObjectName("register_return_dialog")
        self.setWindowTitle(tr("Take back classified copies"))
        self.tab = tab
        self.view_data: RegisterView | None = None
        self.last: ReturnResult | None = None
        self.changed_any = False  # a copy came back (or a return was undone) while the screen was open
        self.finished.connect(self._finished)
        self.scope = QComboBox()
        self.scope.setObjectName("return_scope")
        self.scope.currentIndexChanged.connect(lambda _: self._scope_changed())
        self.help = QLabel()
        self.help.setObjectName("return_help")
        self.help.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setObjectName("return_code")
        self.code.setPlaceholderText(tr("Copy number, then Enter"))
        font = QFont(self.code.font())
        font.setPointSizeF(BIG)
        self.code.setFont(font)
        self.code.returnPressed.connect(self.submit)
        self.answer = QLabel(tr("Ready: scan or type the first copy number."))
        self.answer.setObjectName("return_result")
        big = QFont(self.answer.font())
        big.setPointSizeF(BIG)
        big.setBold(True)
        self.answer.setFont(big)
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(70)
        self.counts = QLabel()
        self.counts.setObjectName("return_counts")
        self.out = QTreeWidget()
        self.out.setObjectName("return_out")
        self.out.setHeaderLabels([tr("Still out (by topic and unit)")])
        listed = QFont(self.out.font())
        listed.setPointSizeF(listed.pointSizeF() * 1.25)
        self.out.setFont(listed)
        bar = QHBoxLayout()
        self.undo_button = _button(bar, tr("Undo the last return"), self.undo_last, "return_undo")
        self.undo_button.setEnabled(False)
        bar.addStretch(1)
        _button(bar, tr("Close"), self.close, "return_close")
        layout = QVBoxLayout(self)
        scope = QHBoxLayout()
        scope.addWidget(QLabel(tr("Material:")))
        scope.addWidget(self.scope, 1)
        layout.addLayout(scope)
        layout.addWidget(self.help)
        layout.addWidget(self.code)
        layout.addWidget(self.answer)
        layout.addWidget(self.counts)
        layout.addWidget(self.out, 1)
        layout.addLayout(bar)
        self.resize(640, 600)

    # -------------------------------------------------------- the register as it stands
    def material_id(self) -> int | None:
        data = self.scope.currentData()
        return data if isinstance(data, int) else None

    def show_view(self, view: RegisterView, material_id: int | None = None) -> None:
        self.view_data = view
        keep = material_id if material_id is not None else self.material_id()
        if keep is None and self.scope.count() == 0:  # first opened: the material with the most copies out
            busiest = max(view.materials, key=lambda m: m.totals.out, default=None)
            keep = busiest.id if busiest is not None and len(view.materials) > 1 else None
        self.scope.blockSignals(True)
        self.scope.clear()
        for m in view.materials:
            self.scope.addItem(m.label, m.id)
        if len(view.materials) > 1:
            self.scope.addItem(tr("All materials (type material-copy, e.g. 2-000003)"), None)
        index = self.scope.findData(keep) if keep is not None else self.scope.count() - 1
        self.scope.setCurrentIndex(max(0, index))
        self.scope.blockSignals(False)
        self._scope_changed()

    def _scope_changed(self) -> None:
        view = self.view_data
        if view is None:
            return
        several = len(view.materials) > 1
        chosen = self.material_id()
        if chosen is not None or not several:
            self.help.setText(tr("Type or scan the copy number and press Enter: 3 or 000003. A copy of another "
                                 "material: its number, a dash and the copy number (2-000003)."))
        else:
            self.help.setText(tr("Several materials: type the material's number, a dash and the copy number "
                                 "(2-000003), or choose one material above and type the copy number alone."))
        copies = [c for c in view.copies if chosen is None or c.material_id == chosen]
        totals = rules.totals_of((c.issued_at, c.returned_at) for c in copies)
        self.counts.setText(tr("Back %1 of %2 handed out; %3 still out").replace("%1", str(totals.returned))
                            .replace("%2", str(totals.issued)).replace("%3", str(totals.out)))
        self.out.clear()
        out = [c for c in copies if c.out]
        for topic, in_topic in rules.group_in_order(out, lambda c: c.agenda_title or tr("(the whole meeting)")):
            top = QTreeWidgetItem([f"{topic}（{len(in_topic)}）"])
            for unit, in_unit in rules.group_in_order(in_topic, lambda c: c.unit or tr("(no unit)")):
                child = QTreeWidgetItem([f"{unit}：" + "、".join(f"{c.code if several else c.number} {c.name}"
                                                                for c in in_unit)])
                top.addChild(child)
            self.out.addTopLevelItem(top)
        self.out.expandAll()

    # -------------------------------------------------------- Enter
    def submit(self) -> None:
        text = self.code.text().strip()
        self.code.clear()  # the next scan may come before the answer
        self.code.setFocus()
        if not text:
            return
        d = self.tab.editor.detail
        if d is None:
            return
        material_id = self.material_id()
        run_alive(self, self.tab.editor.ctx, lambda uow: svc.return_copy(uow, d.id, text, material_id),
                  self._returned, self._refused)

    def _finished(self, _result: int) -> None:
        """Closed, by 关闭 or Esc: the tab, the checklist and the other pages hear once what came back."""
        if self.changed_any:
            self.tab._changed(tr("Register updated"))

    def _returned(self, result: ReturnResult) -> None:
        self.last = result
        self.changed_any = True
        self.undo_button.setEnabled(True)
        self.answer.setStyleSheet("color: #1b6e1b;")
        self.answer.setText("✔ " + result.text)
        self.tab._show(result.view)
        self.tab.editor.ctx.status(result.text)
        if result.view.totals.out == 0:
            self.tab.editor.ctx.status(tr("Every copy is back."))

    def _refused(self, exc: BaseException) -> None:
        QApplication.beep()
        self.answer.setStyleSheet("color: #b00020;")
        self.answer.setText("✘ " + error_text(exc))

    def undo_last(self) -> None:
        last = self.last
        if last is None:
            return
        self.last = None
        self.undo_button.setEnabled(False)

        def done(c: CopyRow) -> None:
            self.answer.setStyleSheet("")
            self.answer.setText(tr("Undone: %1 is out again").replace("%1", f"{c.code} {c.recipient}"))
            self.changed_any = True
            self.tab.reload()
            self.code.setFocus()

        run_alive(self, self.tab.editor.ctx, lambda uow: svc.undo_return(uow, last.copy.id), done,
                  lambda exc: show_error(self, exc))

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):  # a stray Enter never closes the screen
            event.accept()
            return
        super().keyPressEvent(event)
