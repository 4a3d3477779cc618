"""Dialogs for 议定事项: edit one, add a feedback entry. Shared by the meeting editor and the 督办 page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from huiwu.services import actions as svc
from huiwu.services.actions import ActionRow
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.meetings.refs import Refs
from ui.widgets.common import FormDialog
from ui.widgets.dates import pydate, qdate


class ActionDialog(FormDialog):
    """New or edit: text, responsible unit and person, deadline."""

    def __init__(self, ctx: AppContext, parent: QWidget, refs: Refs, meeting_id: int, row: ActionRow | None,
                 on_saved: Callable[[Any], None]) -> None:
        super().__init__(tr("Edit decision") if row else tr("New decision"), parent)
        self.setObjectName("action_dialog")
        self.ctx, self.meeting_id, self.row, self.on_saved = ctx, meeting_id, row, on_saved
        form = QFormLayout()
        self.text = QPlainTextEdit(row.text if row else "")
        self.text.setObjectName("action_text")
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(80)
        self.unit = QComboBox()
        self.unit.setObjectName("action_unit")
        self.unit.addItem(tr("(none)"), None)
        for u in refs.units:
            self.unit.addItem(u.name, u.id)
        self.person = QComboBox()
        self.person.setObjectName("action_person")
        self.person.addItem(tr("(none)"), None)
        for p in refs.people:
            self.person.addItem(f"{p.name}（{p.unit_name} {p.title}）", p.id)
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.has_deadline = QCheckBox(tr("Deadline"))
        self.deadline = QDateEdit()
        self.deadline.setObjectName("action_deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        today = ctx.today()
        self.deadline.setDate(qdate(row.deadline if row and row.deadline else today + dt.timedelta(days=14)))
        self.has_deadline.setChecked(row is None or row.deadline is not None)
        if row:
            self.unit.setCurrentIndex(max(self.unit.findData(row.unit_id), 0))
            self.person.setCurrentIndex(max(self.person.findData(row.person_id), 0))
        form.addRow(tr("Decision"), self.text)
        if row is not None and row.source:  # made from a 纪要 paragraph: say which
            source = QLabel(row.source)
            source.setObjectName("action_source")
            form.addRow(tr("From the minutes"), source)
        form.addRow(tr("Responsible unit"), self.unit)
        form.addRow(tr("Responsible person"), self.person)
        form.addRow(self.has_deadline, self.deadline)
        self.body.addLayout(form)
        self.validator = lambda: "" if self.text.toPlainText().strip() else tr("Please enter the decision.")
        self.setMinimumWidth(520)

    def _try_accept(self) -> None:
        if self.validator and self.validator():
            super()._try_accept()
            return
        data = svc.ActionInput(self.text.toPlainText(), self.unit.currentData(), self.person.currentData(),
                               pydate(self.deadline.date()) if self.has_deadline.isChecked() else None)
        row, meeting_id = self.row, self.meeting_id

        def save(uow: Any) -> ActionRow:
            if row is None:
                return svc.create_action(uow, meeting_id, data)
            return svc.update_action(uow, row.id, row.version, data)

        def done(result: ActionRow) -> None:
            self.accept()
            self.on_saved(result)

        run_alive(self, self.ctx, save, done, lambda exc: show_error(self, exc), label=tr("Saving"))


class FeedbackDialog(FormDialog):
    """反馈: date, text, who reported it."""

    def __init__(self, ctx: AppContext, parent: QWidget, row: ActionRow, on_saved: Callable[[Any], None]) -> None:
        super().__init__(tr("Add feedback"), parent)
        self.setObjectName("feedback_dialog")
        self.ctx, self.row, self.on_saved = ctx, row, on_saved
        form = QFormLayout()
        self.date = QDateEdit(qdate(ctx.today()))
        self.date.setObjectName("feedback_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.text = QLineEdit()
        self.text.setObjectName("feedback_text")
        self.text.setMinimumWidth(380)
        self.author = QLineEdit(row.unit_name)
        self.author.setObjectName("feedback_author")
        form.addRow(tr("Decision"), QLineEdit(row.text, readOnly=True))
        form.addRow(tr("Date"), self.date)
        form.addRow(tr("Feedback"), self.text)
        form.addRow(tr("Reported by"), self.author)
        self.body.addLayout(form)
        self.validator = lambda: "" if self.text.text().strip() else tr("Please enter the feedback.")

    def _try_accept(self) -> None:
        if self.validator and self.validator():
            super()._try_accept()
            return
        row, day, text, author = self.row, pydate(self.date.date()), self.text.text(), self.author.text()

        def done(result: ActionRow) -> None:
            self.accept()
            self.on_saved(result)

        run_alive(self, self.ctx, lambda uow: svc.add_feedback(uow, row.id, day, text, author), done,
                     lambda exc: show_error(self, exc), label=tr("Saving"))
