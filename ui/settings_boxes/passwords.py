"""密码保存方式: where passwords go on a PC without a keyring (the office's choice), and the GUI's prompts.

The core asks through :func:`huiwu.passwords.set_prompt`; :class:`Prompter` answers with a Qt dialog on the
GUI thread. A worker (the database worker opening the shared server, the network worker syncing CalDAV)
calls it from its own thread: a blocking queued signal runs the dialog on the GUI thread and hands the
answer back, so no prompt ever appears on a console.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from huiwu import passwords
from huiwu.errors import HuiwuError
from ui.context import AppContext
from ui.i18n import tr


class PromptDialog(QDialog):
    """One question: a server's password, the passphrase of the encrypted file, or a new passphrase (twice)."""

    def __init__(self, request: passwords.Request, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("password_prompt")
        self.setWindowTitle(request.title)
        self.request = request
        layout = QVBoxLayout(self)
        text = QLabel(request.text)
        text.setWordWrap(True)
        text.setMinimumWidth(420)
        layout.addWidget(text)
        self.problem = QLabel(request.problem)
        self.problem.setObjectName("password_prompt_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setVisible(bool(request.problem))
        layout.addWidget(self.problem)
        self.field = QLineEdit()
        self.field.setObjectName("password_prompt_field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(tr("Password") if request.kind == "password" else tr("Passphrase"))
        layout.addWidget(self.field)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("password_prompt_confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setPlaceholderText(tr("The passphrase again"))
        self.confirm.setVisible(request.kind == "new_passphrase")
        layout.addWidget(self.confirm)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        if self.request.kind == "new_passphrase":
            problem = passwords.passphrase_problem(self.field.text(), self.confirm.text())
        else:
            problem = "" if self.field.text() else tr("Please type it, or press Cancel.")
        if problem:
            self.problem.setText(problem)
            self.problem.setVisible(True)
            return
        self.accept()

    def answer(self) -> str | None:
        return self.field.text() if self.exec() == QDialog.DialogCode.Accepted else None


class _Question:
    def __init__(self, request: passwords.Request) -> None:
        self.request = request
        self.answer: str | None = None


class Prompter(QObject):
    """The core's prompt: callable from any thread, the dialog always on the GUI thread."""

    asked = Signal(object)  # a _Question, answered in place
    told = Signal(str)

    def __init__(self, ctx: AppContext, window: QWidget | None = None) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        # Blocking: the worker that asked waits for the clerk's answer (the GUI thread never waits on a worker).
        self.asked.connect(self._ask, Qt.ConnectionType.BlockingQueuedConnection)
        self.told.connect(self._tell)

    def __call__(self, request: passwords.Request) -> str | None:
        question = _Question(request)
        if QThread.currentThread() == self.thread():
            self._ask(question)
        else:
            self.asked.emit(question)
        return question.answer

    @Slot(object)
    def _ask(self, question: _Question) -> None:
        question.answer = PromptDialog(question.request, self.window).answer()

    def tell(self, text: str) -> None:
        self.told.emit(text)  # queued when a worker tells

    @Slot(str)
    def _tell(self, text: str) -> None:
        self.ctx.status(text)
        box = QMessageBox(QMessageBox.Icon.Information, tr("Passwords"), text, QMessageBox.StandardButton.Ok,
                          self.window)
        box.setObjectName("password_notice")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not modal: the window goes on working


def install_prompt(ctx: AppContext, window: QWidget | None = None) -> Prompter:
    """At start-up, before the database opens (its password may have to be asked)."""
    prompter = Prompter(ctx, window)
    passwords.set_prompt(prompter, prompter.tell)
    return prompter


def create_box(ctx: AppContext) -> QWidget:
    return PasswordsBox(ctx)


class PasswordsBox(QGroupBox):
    """Shown on every PC; the choice only where there is no keyring."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Where passwords are kept"), parent)
        self.ctx = ctx
        self.setObjectName("passwords_box")
        layout = QVBoxLayout(self)
        self.where = QLabel()
        self.where.setObjectName("passwords_where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.choice = QWidget()
        choice = QVBoxLayout(self.choice)
        choice.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(tr(
            "This PC has no system keyring (Windows Credential Manager, macOS Keychain or a Linux desktop's "
            "Secret Service), so the passwords of the database server and of the calendar servers are never "
            "written in plain text. Choose how Huiwu keeps them:"))
        explain.setWordWrap(True)
        choice.addWidget(explain)
        self.session = QRadioButton(tr("Ask for each password the first time it is needed after Huiwu starts, "
                                       "and keep it in memory only (nothing is written to disk)"))
        self.session.setObjectName("passwords_session")
        self.encrypted = QRadioButton(tr("Keep them in an encrypted file protected by a passphrase; the "
                                         "passphrase is asked once after Huiwu starts"))
        self.encrypted.setObjectName("passwords_encrypted")
        for radio in (self.session, self.encrypted):
            radio.setStyleSheet("QRadioButton { padding: 2px 0; }")
        group = QButtonGroup(self)
        group.addButton(self.session)
        group.addButton(self.encrypted)
        choice.addWidget(self.session)
        choice.addWidget(self.encrypted)
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(tr("Use this way"))
        self.apply_button.setObjectName("passwords_apply")
        self.apply_button.clicked.connect(self.apply)
        self.forget_button = QPushButton(tr("Forgot the passphrase: delete the encrypted file…"))
        self.forget_button.setObjectName("passwords_forget")
        self.forget_button.clicked.connect(self.forget)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        choice.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("passwords_message")
        self.message.setWordWrap(True)
        choice.addWidget(self.message)
        layout.addWidget(self.choice)
        self.refresh()

    def refresh(self) -> None:
        """Probing the keyring is a local call (a D-Bus round trip at most), done when the page is built."""
        self.where.setText(tr("Passwords are kept in: %1").replace("%1", passwords.where()))
        has_keyring = passwords.keyring_available()
        self.choice.setVisible(not has_keyring)
        encrypted = passwords.fallback() == passwords.ENCRYPTED_FILE
        (self.encrypted if encrypted else self.session).setChecked(True)
        self.forget_button.setEnabled(encrypted)

    def apply(self) -> None:
        mode = passwords.ENCRYPTED_FILE if self.encrypted.isChecked() else passwords.SESSION
        try:
            text = passwords.choose_fallback(mode)  # asks the passphrase here, on the GUI thread
        except HuiwuError as exc:
            self.message.setText(str(exc))
            self.refresh()
            return
        self.message.setText(text)
        self.ctx.status(text)
        self.refresh()

    def forget(self) -> None:
        answer = QMessageBox.question(
            self, tr("Delete the encrypted file"),
            tr("Delete %1? The passwords in it are lost; Huiwu asks for each one again when it is needed.")
            .replace("%1", str(passwords.encrypted_path())))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            text = passwords.forget_encrypted_file()
        except OSError as exc:
            from ui.errors import show_error  # SQLAlchemy (ui.errors) loads after the window is on screen

            show_error(self, exc)
            return
        self.message.setText(text)
        self.ctx.status(text)
        self.refresh()
