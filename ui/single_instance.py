"""One window per database on this PC: a second start brings the first window to the front, or opens read-only.

Two windows on one database would each save over the other's edits. The first process to open a database holds a
QLockFile named after it (stale when its process died, so a crash never blocks the next start) and listens on a
QLocalServer of the same name; a second process finds the lock, asks the clerk, and on "switch" tells the first
to come to the front. Nothing here imports SQLAlchemy: this runs before the window shows. Only the lock is
taken before it shows; the server (QtNetwork, a few milliseconds of start-up) listens once the window is up, and a
second start that comes in between keeps trying to reach it for its whole timeout.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QDeadlineTimer, QDir, QLockFile, QObject, Qt, QThread, Signal

from huiwu.settings import Settings, database_address
from ui.i18n import tr

if TYPE_CHECKING:  # QtNetwork and the message box load after the window shows (issue 18)
    from PySide6.QtNetwork import QLocalServer
    from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

SWITCH, READ_ONLY, CANCEL = "switch", "read-only", "cancel"  # the clerk's answers (also --if-running's values)
_MESSAGE = b"raise\n"


def database_identity(cli_url: str | None, settings: Settings) -> str:
    """The database this start would open, the same however it is written: a SQLite file by its real path,
    a server's address without its password (``huiwu.db.resolve_url``'s order, without importing SQLAlchemy)."""
    address, _ = database_address(cli_url, settings)
    if address.startswith("sqlite:///"):
        path = address[len("sqlite:///"):].split("?", 1)[0]
        if path and path != ":memory:":
            return "sqlite:///" + os.path.normcase(str(Path(path).resolve()))
        return address
    parts = urlsplit(address)
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        parts = parts._replace(netloc=f"{parts.username}@{host}" if parts.username else host)
    return urlunsplit(parts)


def instance_key(database: str) -> str:
    """The lock's and the local server's name: this OS account and this database, hashed (a pipe or socket name
    carries no path and no address)."""
    try:
        account = getpass.getuser()
    except (OSError, KeyError):
        account = str(os.getuid()) if hasattr(os, "getuid") else ""
    digest = hashlib.sha256(f"{account}\n{database}".encode()).hexdigest()[:20]
    return f"huiwu-{digest}"


class SingleInstance(QObject):
    """The lock and the local server of one database; ``activation_requested`` when a second start asks."""

    activation_requested = Signal()

    def __init__(self, key: str, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.lock_path = Path(folder or QDir.tempPath()) / f"{key}.lock"
        self.lock = QLockFile(str(self.lock_path))
        # 0: stale only when the holder's process is gone (the default 30 s would let a second start steal the
        # lock of a window open since the morning)
        self.lock.setStaleLockTime(0)
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        """True: this process is the first on this database (call :meth:`listen` next); False: another one holds
        it."""
        if not self.lock.tryLock(0):
            if self.lock.error() != QLockFile.LockError.LockFailedError:  # no permission on the temp folder:
                log.warning("single-instance lock %s unusable (%s); not checked", self.lock_path, self.lock.error())
                return True  # better two windows than none
            return False
        return True

    def listen(self) -> None:
        """Once the window is up: a second start on this database can now ask it to come to the front."""
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None:
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.key)  # a socket a crashed process left behind (the lock says it is ours)
        if not server.listen(self.key):
            log.warning("local server %s: %s; a second start cannot raise this window", self.key, server.errorString())
        server.newConnection.connect(self._accept)
        self.server = server

    def _accept(self) -> None:
        """A second start connected: its one line arrives at once (it writes right after connecting), so it is
        read here rather than kept in a per-connection slot."""
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            if connection.bytesAvailable() or connection.waitForReadyRead(500):
                message = bytes(connection.readAll().data())
            else:
                message = b""
            connection.abort()
            connection.deleteLater()
            if _MESSAGE.strip() in message:
                self.activation_requested.emit()

    def notify_first(self, timeout_ms: int = 1000) -> bool:
        """Ask the process holding the lock to bring its window to the front; False when it did not answer.

        Its server may not listen yet (it starts listening once its window shows): connecting is tried again
        until ``timeout_ms`` has passed."""
        from PySide6.QtNetwork import QLocalSocket

        _allow_other_process_to_take_focus()
        socket = QLocalSocket()
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            socket.connectToServer(self.key)
            if socket.waitForConnected(max(deadline.remainingTime(), 0)):
                break
            if deadline.hasExpired():
                log.warning("the Huiwu process holding %s did not answer: %s", self.key, socket.errorString())
                return False
            socket.abort()
            QThread.msleep(20)
        socket.write(_MESSAGE)
        socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return True

    def release(self) -> None:
        """At exit: the next start on this database opens normally (a crash frees the lock too, as stale)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()


def _allow_other_process_to_take_focus() -> None:
    """Windows lets only the foreground process hand the focus on; we are it (the clerk just started us)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


def bring_to_front(window: QWidget) -> None:
    """Un-minimised (a maximised window stays maximised), raised and activated."""
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def bring_to_front_on_request(instance: SingleInstance, window: QWidget) -> None:
    """run_gui's hook for the first window: a second start on the same database raises it."""
    instance.activation_requested.connect(lambda: bring_to_front(window))


def already_running_box(database: str, parent: QWidget | None = None) -> QMessageBox:
    """已在运行: switch to the open window (default, Enter) / open read-only / cancel (Esc)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Information, tr("Already running"), "", parent=parent)
    box.setObjectName("already_running")
    box.setText(tr("Huiwu already has this database open in another window on this PC."))
    box.setInformativeText(
        tr("Work in that window, so that two windows never save over each other's changes. A read-only window "
           "shows the same data but cannot save anything.") + "\n\n" + _shown(database))
    switch = box.addButton(tr("Switch to the open window"), QMessageBox.ButtonRole.AcceptRole)
    switch.setObjectName(SWITCH)
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
    read_only.setObjectName(READ_ONLY)
    cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName(CANCEL)
    box.setDefaultButton(switch)
    box.setEscapeButton(cancel)
    return box


def ask_already_running(database: str, answer: str | None = None) -> str:
    """The clerk's answer (SWITCH, READ_ONLY or CANCEL); ``answer`` given (tests, --if-running): not asked."""
    if answer in (SWITCH, READ_ONLY, CANCEL):
        return answer
    box = already_running_box(database)
    box.exec()  # before any window of ours exists: nothing else is waiting
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() in (SWITCH, READ_ONLY) else CANCEL


def _shown(database: str) -> str:
    if database.startswith("sqlite:///"):
        return tr("Database file: ") + database[len("sqlite:///"):]
    return tr("Database: ") + database
