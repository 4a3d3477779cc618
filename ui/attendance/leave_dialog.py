"""新建请假: person, one meeting or a period, reason, 代会人员, approver (default shown, changeable)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from huiwu.services import leave as svc
from huiwu.services.attendance import MeetingChoice
from huiwu.services.directory import PersonRow
from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.common import FormDialog
from ui.widgets.dates import from_qdt, to_qdt


class PersonCombo(QComboBox):
    """An editable combo over the directory; typing a name, a unit or pinyin initials narrows it."""

    def __init__(self, people: list[PersonRow], optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(360)
        if optional:
            self.addItem("", None)
        for p in people:
            self.addItem(f"{p.name} — {p.unit_name} {p.title}  {p.pinyin_initials}", p.id)
        completer = self.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def person_id(self) -> int | None:
        index = self.findText(self.currentText())
        if index < 0:
            return None
        data = self.itemData(index)
        return int(data) if data is not None else None

    def set_person(self, person_id: int | None) -> None:
        index = self.findData(person_id)
        self.setCurrentIndex(index if index >= 0 else 0)


class LeaveDialog(FormDialog):
    def __init__(
        self, ctx: AppContext, people: list[PersonRow], meetings: list[MeetingChoice], parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("New leave request"), parent)
        self.ctx = ctx
        self.setObjectName("leave_dialog")
        tz = ctx.settings.tz()
        form = QFormLayout()
        self.person = PersonCombo(people)
        self.person.setObjectName("leave_person")
        self.person.setCurrentIndex(-1)
        form.addRow(tr("Person"), self.person)

        self.one_meeting = QRadioButton(tr("One meeting"))
        self.period = QRadioButton(tr("A period (general absence)"))
        self.one_meeting.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_meeting)
        group.addButton(self.period)
        kind = QHBoxLayout()
        kind.addWidget(self.one_meeting)
        kind.addWidget(self.period)
        kind.addStretch(1)
        form.addRow(tr("Covers"), kind)
        self.meeting = QComboBox()
        self.meeting.setObjectName("leave_meeting")
        for m in meetings:
            self.meeting.addItem(f"{m.starts_at.astimezone(tz):%m-%d %H:%M}  {m.title}", m.id)
        form.addRow(tr("Meeting"), self.meeting)
        now = to_qdt(ctx.local_now())
        self.starts = QDateTimeEdit(now)
        self.ends = QDateTimeEdit(now.addDays(1))
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        span = QHBoxLayout()
        span.addWidget(self.starts)
        span.addWidget(QLabel(tr("to")))
        span.addWidget(self.ends)
        form.addRow(tr("From"), span)
        self.reason = QLineEdit()
        self.reason.setObjectName("leave_reason")
        form.addRow(tr("Reason"), self.reason)
        self.substitute = PersonCombo(people, optional=True)
        self.substitute.setObjectName("leave_substitute")
        form.addRow(tr("Substitute (directory)"), self.substitute)
        free = QHBoxLayout()
        self.sub_name = QLineEdit()
        self.sub_name.setPlaceholderText(tr("or a name not in the directory"))
        self.sub_title = QLineEdit()
        self.sub_title.setPlaceholderText(tr("Title"))
        free.addWidget(self.sub_name)
        free.addWidget(self.sub_title)
        form.addRow(tr("Substitute (other)"), free)
        self.approver = PersonCombo(people, optional=True)
        self.approver.setObjectName("leave_approver")
        self.approver_hint = QLabel()
        self.approver_hint.setObjectName("approver_hint")
        form.addRow(tr("Approver"), self.approver)
        form.addRow("", self.approver_hint)
        self.channel = QComboBox()
        for channel in svc.CHANNELS:
            self.channel.addItem(channel)
        form.addRow(tr("Asked by"), self.channel)
        flags = QHBoxLayout()
        self.retroactive = QCheckBox(tr("Recorded afterwards (补办)"))
        self.approved = QCheckBox(tr("Already approved"))
        flags.addWidget(self.retroactive)
        flags.addWidget(self.approved)
        flags.addStretch(1)
        form.addRow("", flags)
        self.body.addLayout(form)
        self.validator = self._validate
        self.one_meeting.toggled.connect(self._kind_changed)
        self.person.currentIndexChanged.connect(self._refresh_default)
        self.meeting.currentIndexChanged.connect(self._refresh_default)
        self._kind_changed()

    def _kind_changed(self, *_: Any) -> None:
        one = self.one_meeting.isChecked()
        self.meeting.setEnabled(one)
        self.starts.setEnabled(not one)
        self.ends.setEnabled(not one)
        self._refresh_default()

    def _refresh_default(self, *_: Any) -> None:
        """Show the DOMAIN.md default approver for this person (and meeting); the clerk may change it."""
        person_id = self.person.person_id()
        if person_id is None:
            return
        meeting_id = self.meeting.currentData() if self.one_meeting.isChecked() else None

        def done(approver_id: int | None) -> None:
            with QSignalBlocker(self.approver):
                self.approver.set_person(approver_id)
            self.approver_hint.setText(tr("Default approver by the office's rules") if approver_id
                                       else tr("No default approver; choose one"))

        self.ctx.run(lambda uow: svc.default_approver(uow, person_id, meeting_id), done, label="")

    def _validate(self) -> str:
        if self.person.person_id() is None:
            return tr("Choose the person asking for leave.")
        if not self.reason.text().strip():
            return tr("Enter the reason.")
        if self.one_meeting.isChecked() and self.meeting.currentData() is None:
            return tr("Choose the meeting.")
        if self.period.isChecked() and self.ends.dateTime() <= self.starts.dateTime():
            return tr("The end must be after the start.")
        return ""

    def _aware(self, edit: QDateTimeEdit) -> dt.datetime:
        return from_qdt(edit.dateTime(), self.ctx.settings.tz())

    def values(self) -> tuple[svc.LeaveInput, bool]:
        person_id = self.person.person_id()
        assert person_id is not None
        sub: svc.Substitute | None = None
        if self.substitute.person_id() is not None:
            sub = svc.Substitute(person_id=self.substitute.person_id())
        elif self.sub_name.text().strip():
            sub = svc.Substitute(name=self.sub_name.text().strip(), title=self.sub_title.text().strip())
        one = self.one_meeting.isChecked()
        data = svc.LeaveInput(
            person_id=person_id,
            reason=self.reason.text().strip(),
            meeting_id=int(self.meeting.currentData()) if one else None,
            starts_at=None if one else self._aware(self.starts),
            ends_at=None if one else self._aware(self.ends),
            substitute=sub,
            approver_id=self.approver.person_id(),
            channel=self.channel.currentText(),
            retroactive=self.retroactive.isChecked(),
        )
        return data, self.approved.isChecked()
