"""The 明白纸 form: structured fields, milestones, attached tables, the linked meeting, and the live page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.handouts.grids import AttachedTablesEditor, MilestonesEditor
from ui.handouts.live_preview import LivePreview
from ui.i18n import tr

if TYPE_CHECKING:
    from huiwu.printing.data import Confidentiality, HandoutDoc
    from huiwu.services.handouts import HandoutDetail, HandoutEdit, MeetingChoice


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(84)
    box.setMaximumHeight(140)
    return box


class HandoutEditor(QWidget):
    """Edits one handout; ``edited`` fires on every change so the page knows it is dirty."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.handout_id: int | None = None
        self.version: int | None = None
        self.dirty = False
        self._choices: dict[int, MeetingChoice] = {}

        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title = QLineEdit()
        self.title.setObjectName("handout_title")
        self.title.setPlaceholderText(tr("e.g. 森林防火工作明白纸"))
        form.addRow(tr("Handout title"), self.title)
        link = QHBoxLayout()
        self.meeting = QComboBox()
        self.meeting.setObjectName("handout_meeting")
        self.meeting.setMinimumContentsLength(18)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        link.addWidget(self.meeting, 1)
        link.addWidget(QLabel(tr("Copies")))
        self.copies = QSpinBox()
        self.copies.setObjectName("handout_copies")
        self.copies.setRange(1, 999)
        link.addWidget(self.copies)
        form.addRow(tr("Linked meeting"), link)
        self.tasks = _text_box("handout_tasks", tr("One task per line"))
        form.addRow(tr("What to do"), self.tasks)
        self.standards = _text_box("handout_standards", tr("One standard per line"))
        form.addRow(tr("Standards"), self.standards)
        self.rewards = _text_box("handout_rewards", tr("One line each"))
        form.addRow(tr("Rewards and penalties"), self.rewards)
        self.contact = QLineEdit()
        self.contact.setObjectName("handout_contact")
        self.contact.setPlaceholderText(tr("Name and phone"))
        form.addRow(tr("Contact"), self.contact)
        milestones_box = QGroupBox(tr("Milestones"))
        self.milestones = MilestonesEditor()
        QVBoxLayout(milestones_box).addWidget(self.milestones)
        tables_box = QGroupBox(tr("Attached tables"))
        self.tables = AttachedTablesEditor()
        QVBoxLayout(tables_box).addWidget(self.tables)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(form_widget)
        column.addWidget(milestones_box)
        column.addWidget(tables_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setMinimumWidth(420)

        self.preview = LivePreview(ctx)
        self.preview.setObjectName("handout_preview")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.preview)

        for line in (self.title, self.contact):
            line.textChanged.connect(self._changed)
        for box in (self.tasks, self.standards, self.rewards):
            box.textChanged.connect(self._changed)
        self.copies.valueChanged.connect(self._changed)
        self.meeting.currentIndexChanged.connect(self._changed)
        self.milestones.changed.connect(self._changed)
        self.tables.changed.connect(self._changed)
        self.set_meetings([])

    # -------------------------------------------------------- filling
    def set_meetings(self, choices: list[MeetingChoice]) -> None:
        current = self.meeting_id()
        self._choices = {c.id: c for c in choices}
        with QSignalBlocker(self.meeting):
            self.meeting.clear()
            self.meeting.addItem(tr("Standalone (no meeting)"), None)
            for c in choices:
                self.meeting.addItem(c.label, c.id)
            self._select_meeting(current)

    def _select_meeting(self, meeting_id: int | None) -> None:
        index = self.meeting.findData(meeting_id) if meeting_id is not None else 0
        self.meeting.setCurrentIndex(max(0, index))

    def meeting_id(self) -> int | None:
        value = self.meeting.currentData()
        return int(value) if value is not None else None

    def load(self, detail: HandoutDetail | None, meeting_id: int | None = None) -> None:
        """Show a saved handout, or an empty one (linked to ``meeting_id``) when ``detail`` is None."""
        from huiwu.services.handouts import HandoutEdit

        edit = detail.edit if detail is not None else HandoutEdit(title="", meeting_id=meeting_id)
        self.handout_id = detail.id if detail is not None else None
        self.version = detail.version if detail is not None else None
        widgets: list[Any] = [self.title, self.contact, self.tasks, self.standards, self.rewards, self.copies,
                              self.meeting, self.milestones, self.tables]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.title.setText(edit.title)
        self.tasks.setPlainText(edit.tasks)
        self.standards.setPlainText(edit.standards)
        self.rewards.setPlainText(edit.rewards_penalties)
        self.contact.setText(edit.contact)
        self.copies.setValue(edit.copies)
        self._select_meeting(edit.meeting_id)
        self.milestones.set_rows([[m.due_date.isoformat() if m.due_date else "", m.node, m.owner]
                                  for m in edit.milestones])
        self.tables.set_tables([(t.title, list(t.columns), [list(r) for r in t.rows]) for t in edit.tables])
        del blockers
        self.dirty = False
        self.preview.schedule(self.document())

    def _changed(self, *_: Any) -> None:
        self.dirty = True
        self.edited.emit()
        self.preview.schedule(self.document())

    # -------------------------------------------------------- reading
    def edit(self, strict: bool = True) -> HandoutEdit:
        """The form as a HandoutEdit; ``strict`` raises on an unreadable date, else the date is left out."""
        from huiwu.errors import ValidationError
        from huiwu.services.handouts import HandoutEdit, MilestoneEdit, TableEdit, parse_date

        today = self.ctx.today()
        milestones = []
        for k, (date_text, node, owner) in enumerate(self.milestones.rows(), start=1):
            try:
                due = parse_date(date_text, today)
            except ValidationError as exc:
                if strict:
                    raise ValidationError(tr("Milestone row %1: ").replace("%1", str(k)) + str(exc)) from None
                due = None
            milestones.append(MilestoneEdit(due, node, owner))
        tables = tuple(TableEdit(title, tuple(cols), tuple(tuple(r) for r in rows))
                       for title, cols, rows in self.tables.tables())
        return HandoutEdit(
            title=self.title.text(), tasks=self.tasks.toPlainText(), standards=self.standards.toPlainText(),
            rewards_penalties=self.rewards.toPlainText(), contact=self.contact.text(), copies=self.copies.value(),
            meeting_id=self.meeting_id(), milestones=tuple(milestones), tables=tables,
        )

    def confidentiality(self) -> Confidentiality:
        choice = self._choices.get(self.meeting_id() or -1)
        return choice.confidentiality if choice is not None else "公开"

    def secrecy_mark(self) -> str:
        """The mark of the linked meeting ("秘密★1年", or none): the preview shows what the print carries."""
        choice = self._choices.get(self.meeting_id() or -1)
        return choice.secrecy_mark if choice is not None else ""

    def document(self) -> HandoutDoc:
        from huiwu.services.handouts import document

        office = self.ctx.settings
        return document(self.edit(strict=False), self.confidentiality(), office.issuer_line(), self.ctx.today(),
                        office.default_contact, secrecy_mark=self.secrecy_mark())
