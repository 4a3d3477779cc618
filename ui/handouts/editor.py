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

from huiwu.models import CONFIDENTIALITY_LABELS
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
        secrecy = QHBoxLayout()
        self.confidentiality_box = QComboBox()
        self.confidentiality_box.setObjectName("handout_confidentiality")
        for code, label in CONFIDENTIALITY_LABELS.items():  # the one label table: 公开 / 内部 / 秘密 / 机密 / 绝密
            self.confidentiality_box.addItem(label, str(code))
        secrecy.addWidget(self.confidentiality_box)
        self.secrecy_term_label = QLabel(tr("Secrecy term"))
        secrecy.addWidget(self.secrecy_term_label)
        self.secrecy_term = QLineEdit()
        self.secrecy_term.setObjectName("handout_secrecy_term")
        self.secrecy_term.setMaxLength(10)
        self.secrecy_term.setPlaceholderText(tr("e.g. 1年, 6个月 or 长期"))
        secrecy.addWidget(self.secrecy_term, 1)
        self.printed_level = QLabel("")
        self.printed_level.setObjectName("handout_printed_level")
        self.printed_level.setWordWrap(True)
        form.addRow(tr("Classification"), secrecy)
        form.addRow("", self.printed_level)
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

        for line in (self.title, self.contact, self.secrecy_term):
            line.textChanged.connect(self._changed)
        self.confidentiality_box.currentIndexChanged.connect(self._changed)
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
                              self.meeting, self.milestones, self.tables, self.confidentiality_box,
                              self.secrecy_term]
        blockers = [QSignalBlocker(w) for w in widgets]
        self.title.setText(edit.title)
        self.tasks.setPlainText(edit.tasks)
        self.standards.setPlainText(edit.standards)
        self.rewards.setPlainText(edit.rewards_penalties)
        self.contact.setText(edit.contact)
        self.copies.setValue(edit.copies)
        self.confidentiality_box.setCurrentIndex(max(self.confidentiality_box.findData(edit.confidentiality), 0))
        self.secrecy_term.setText(edit.secrecy_term)
        self._select_meeting(edit.meeting_id)
        self.milestones.set_rows([[m.due_date.isoformat() if m.due_date else "", m.node, m.owner]
                                  for m in edit.milestones])
        self.tables.set_tables([(t.title, list(t.columns), [list(r) for r in t.rows], t.id) for t in edit.tables])
        del blockers
        self.dirty = False
        self.preview.schedule(self.document())

    def _changed(self, *_: Any) -> None:
        self.dirty = True
        self.edited.emit()
        self.preview.schedule(self.document())

    def _show_level(self) -> None:
        """The 保密期限 is open for 秘密/机密/绝密 only; the line below says what the print will carry."""
        from huiwu.rules.secrecy import is_state_secret

        secret = is_state_secret(self.confidentiality_box.currentData() or "")
        self.secrecy_term.setEnabled(secret)
        self.secrecy_term_label.setEnabled(secret)
        mark = self.secrecy_mark()
        self.printed_level.setText(tr("Printed with %1 at the top left, each copy numbered.").replace("%1", mark)
                                   if mark else "")

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
        tables = tuple(TableEdit(title, tuple(cols), tuple(tuple(r) for r in rows), table_id)
                       for title, cols, rows, table_id in self.tables.tables())
        return HandoutEdit(
            title=self.title.text(), tasks=self.tasks.toPlainText(), standards=self.standards.toPlainText(),
            rewards_penalties=self.rewards.toPlainText(), contact=self.contact.text(), copies=self.copies.value(),
            meeting_id=self.meeting_id(), milestones=tuple(milestones), tables=tables,
            confidentiality=self.confidentiality_box.currentData() or "public", secrecy_term=self._term(),
        )

    def _term(self) -> str:
        from huiwu.rules.secrecy import is_state_secret

        return self.secrecy_term.text().strip() if is_state_secret(self.confidentiality_box.currentData() or "") else ""

    def _marks(self) -> tuple[Confidentiality, str]:
        """What the print carries: the higher of the handout's own 密级 and its meeting's."""
        from huiwu.errors import ValidationError
        from huiwu.services.handouts import marks

        choice = self._choices.get(self.meeting_id() or -1)
        own = self.confidentiality_box.currentData() or "public"
        try:
            from huiwu.rules.secrecy import secrecy_term_for

            term = secrecy_term_for(own, self._term())
        except ValidationError:
            term = ""  # the save says what is wrong with it; the preview shows the level without a term
        return marks(own, term, choice.level if choice else "public", choice.term if choice else "")

    def confidentiality(self) -> Confidentiality:
        return self._marks()[0]

    def secrecy_mark(self) -> str:
        """The mark the print carries ("秘密★1年", or none): the preview shows it too."""
        return self._marks()[1]

    def document(self) -> HandoutDoc:
        from dataclasses import replace

        from huiwu.errors import ValidationError
        from huiwu.services.handouts import document

        office = self.ctx.settings
        self._show_level()
        choice = self._choices.get(self.meeting_id() or -1)
        edit = self.edit(strict=False)
        try:
            from huiwu.rules.secrecy import secrecy_term_for

            edit = replace(edit, secrecy_term=secrecy_term_for(edit.confidentiality, edit.secrecy_term))
        except ValidationError:
            edit = replace(edit, secrecy_term="")
        return document(edit, office.issuer_line(), self.ctx.today(), office.default_contact,
                        meeting_level=choice.level if choice else "public", meeting_term=choice.term if choice else "")
