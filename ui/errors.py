"""Turn an exception into a sentence for the clerk; a traceback never reaches a user."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError

from huiwu.db import failure_message
from huiwu.errors import ConflictError, HuiwuError
from ui.i18n import tr

log = logging.getLogger(__name__)
_LOGGED = "_huiwu_traceback_logged"


def handled_level(exc: BaseException) -> int | None:
    """The log level of an exception the clerk is told about in a sentence, or None for a bug.

    Handled: the core's own refusals (:class:`HuiwuError`, a cancel included), a stale edit, the database or a
    file being unavailable — one line in the log says enough. Anything else is a bug and keeps its traceback.
    """
    if isinstance(exc, HuiwuError | StaleDataError):
        return logging.INFO
    if isinstance(exc, OperationalError | OSError):
        return logging.WARNING
    if isinstance(exc, SQLAlchemyError) and failure_message(exc) is not None:
        return logging.WARNING
    return None


def mark_logged(exc: BaseException) -> None:
    """The worker wrote this bug's traceback already: :func:`error_text` does not write it twice."""
    try:
        setattr(exc, _LOGGED, True)
    except AttributeError:  # an exception type with __slots__ only
        pass


def error_text(exc: BaseException) -> str:
    if isinstance(exc, ConflictError | HuiwuError):
        return str(exc)
    if isinstance(exc, StaleDataError):
        return tr("This record was changed by someone else meanwhile. Nothing was saved; reopen it and try again.")
    if isinstance(exc, SQLAlchemyError) and (sentence := failure_message(exc)) is not None:
        return sentence  # the core's words for a server that is down, a full disk, a locked file
    if isinstance(exc, OperationalError):
        log.warning("database failure: %s", str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else exc)
        return tr("The database could not be reached or is busy. Nothing was changed. Details: ") + str(exc.orig)
    if isinstance(exc, SQLAlchemyError):
        return tr("The database refused the change. Nothing was saved. Details: ") + str(exc).splitlines()[0]
    if isinstance(exc, OSError):
        return tr("A file could not be read or written: ") + str(exc)
    if not getattr(exc, _LOGGED, False):
        log.error("unexpected error", exc_info=exc)
    return tr("An unexpected error occurred; it has been written to the log. Details: ") + repr(exc)


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Non-blocking: the box is window-modal to ``parent`` (or the active window) and deletes itself."""
    parent = parent or QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Warning, title or tr("Huiwu"), error_text(exc), parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("error_box")
    box.open()
