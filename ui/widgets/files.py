"""File dialogs that remember, per purpose, the folder the clerk last used.

A purpose is a short key ("roster", "ics-import", "pdf" …): the roster comes from the same folder every
time, PDFs go to the same 文件 folder, and one does not move the other. The first time a purpose is used
it starts in the user's Documents folder. Titles and filters are the caller's (translated) words; Qt's
own labels are translated by qtbase plus ui/qt_catalogue.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "folders/"


def last_folder(purpose: str) -> Path:
    """Where a dialog for ``purpose`` opens: the folder used last time if it still exists, else Documents."""
    saved = QSettings().value(_KEY + purpose)
    if isinstance(saved, str) and saved and Path(saved).is_dir():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(purpose: str, chosen: Path) -> None:
    QSettings().setValue(_KEY + purpose, str(chosen if chosen.is_dir() else chosen.parent))


def open_file(parent: QWidget | None, purpose: str, title: str, filters: str) -> Path | None:
    """The file chosen to read, or None when the clerk cancelled."""
    name, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(purpose)), filters)
    if not name:
        return None
    remember_folder(purpose, Path(name))
    return Path(name)


def save_file(parent: QWidget | None, purpose: str, title: str, file_name: str, filters: str) -> Path | None:
    """The file to write (the proposed ``file_name`` in the remembered folder), or None when cancelled."""
    proposed = last_folder(purpose) / Path(file_name).name
    name, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), filters)
    if not name:
        return None
    remember_folder(purpose, Path(name))
    return Path(name)


def choose_folder(parent: QWidget | None, purpose: str, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(last_folder(purpose)))
    if not name:
        return None
    remember_folder(purpose, Path(name))
    return Path(name)
