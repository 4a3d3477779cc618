"""Who works on this PC and for which office: asked once at the first start, editable later in 设置.

The clerk's name goes into every 修改记录 (instead of the OS account); the office's name, 落款 and default
contact are what notices, 明白纸, 通报, 督办清单 and 周安排 print. The rules (what a valid name is, which line
signs a document) are :class:`huiwu.settings.Identity`'s; this dialog only asks and shows its sentences.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from huiwu.demo import DEMO_IDENTITY
from huiwu.errors import HuiwuError
from huiwu.settings import PLACEHOLDER_OFFICE, Identity, Settings, save_settings
from ui.context import AppContext
from ui.errors import error_text
from ui.i18n import tr

ERROR_STYLE = "color: #b00020;"


class IdentityDialog(QDialog):
    """The four identity fields with their errors under them; OK saves the settings file, Cancel saves nothing."""

    identity_saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, first_run: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("identity_dialog")
        self.setWindowTitle(tr("Welcome to Huiwu") if first_run else tr("You and your office"))
        self.setMinimumWidth(600)  # the hints are whole examples; fits a 1366×768 screen with room to spare
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(tr(
            "Before you start, please say who you are and which office you work for. Your name is written to "
            "every change record made on this PC; the office's name, signature line and contact are printed on "
            "notices, one-page handouts, reports and the weekly schedule. You can change them later in Settings."))
        intro.setObjectName("identity_intro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        rows = (
            ("operator", tr("Your name"), tr("e.g. 张三 (written to the change history)")),
            ("office_name", tr("Office name"), tr("e.g. 清河县人民政府办公室")),
            ("issuer", tr("Signature line"), tr("Leave empty when it is the office name, e.g. 中共清河县委办公室")),
            ("default_contact", tr("Default contact and phone"), tr("e.g. 张三 0316-1234567")),
        )
        for name, label, hint in rows:
            edit = QLineEdit()
            edit.setObjectName(f"identity_{name}")
            edit.setPlaceholderText(hint)
            edit.setMinimumWidth(400)
            error = QLabel()
            error.setObjectName(f"identity_{name}_error")
            error.setWordWrap(True)
            error.setStyleSheet(ERROR_STYLE)
            error.setVisible(False)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(label, box)
            edit.textEdited.connect(lambda _text, n=name: self._clear_error(n))
            self.edits[name], self.errors[name] = edit, error
        note = QLabel(tr("Your name is kept on this PC only; every clerk of the office enters their own."))
        note.setWordWrap(True)
        layout.addWidget(note)
        if first_run and not ctx.settings.operator.strip():  # "以后再说" is allowed; no record without a name
            later = QLabel(tr("Until your name is saved, Huiwu shows everything but saves no change: every change "
                              "record names the person who made it."))
            later.setObjectName("identity_later_note")
            later.setWordWrap(True)
            layout.addWidget(later)
        self.message = QLabel()
        self.message.setObjectName("identity_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Later") if first_run else tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._fill(ctx.settings)

    def _fill(self, s: Settings) -> None:
        values = dataclasses.asdict(s.identity())
        if values["office_name"].strip() == PLACEHOLDER_OFFICE:
            values["office_name"] = ""  # the placeholder is an example, shown greyed as the hint instead
        if s.office_from_demo:  # the demo office's identity is not this office's: never offered as the answer
            values["office_name"] = values["issuer"] = ""
            if values["default_contact"] == DEMO_IDENTITY.default_contact:
                values["default_contact"] = ""
        for name, edit in self.edits.items():
            edit.setText(values[name])
        first_empty = next((e for e in self.edits.values() if not e.text().strip()), self.edits["operator"])
        first_empty.setFocus()

    def identity(self) -> Identity:
        return Identity(**{name: edit.text() for name, edit in self.edits.items()})

    def _clear_error(self, name: str) -> None:
        self.errors[name].clear()
        self.errors[name].setVisible(False)

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
        wrong = [n for n in self.edits if n in problems]
        if wrong:
            self.edits[wrong[0]].setFocus()
            self.edits[wrong[0]].selectAll()

    def save(self) -> None:
        identity = self.identity()
        problems = identity.problems()
        self.show_problems(problems)
        if problems:
            return
        new = self.ctx.settings.with_identity(identity)
        try:
            save_settings(new)
        except (HuiwuError, OSError) as exc:  # a full disk, a read-only profile: say so, keep the dialog open
            self.message.setText(tr("The settings were not saved: ") + error_text(exc))
            self.message.setVisible(True)
            return
        for field in ("operator", "office_name", "issuer", "default_contact"):
            setattr(self.ctx.settings, field, getattr(new, field))
        self.ctx.status(tr("Saved: %1 of %2").replace("%1", new.operator).replace("%2", new.office_name))
        self.ctx.events.settings_changed.emit()
        self.identity_saved.emit()
        self.accept()


def ask_identity(ctx: AppContext, parent: QWidget | None, first_run: bool = True) -> IdentityDialog:
    """Open the dialog window-modally without blocking (nothing waits on it, so no start-up or test hangs)."""
    dialog = IdentityDialog(ctx, parent, first_run)
    dialog.open()
    return dialog


def ask_on_first_run(ctx: AppContext, parent: QWidget | None) -> IdentityDialog | None:
    """At start: ask when this PC has not said who the clerk is or which office this is (asked again after
    "以后再说", until both are saved)."""
    if not ctx.settings.needs_identity():
        return None
    return ask_identity(ctx, parent, first_run=True)


def ask_when_database_opens(ctx: AppContext, parent: QWidget | None) -> None:
    """The start-up hook: ask once the database is open (or failed to open).

    A brand-new embedded database gets the demo office, which names itself in the settings; asking after
    that shows its name, so only the clerk's own name is left to type.
    """
    if not ctx.settings.needs_identity():
        return
    asked: list[IdentityDialog | None] = []

    def ask(*_: object) -> None:
        if not asked:
            asked.append(ask_on_first_run(ctx, parent))

    ctx.events.database_ready.connect(ask)
    ctx.events.database_failed.connect(ask)
