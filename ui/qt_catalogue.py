"""Strings Qt's own dialogs show that Qt's zh_CN catalogue (qtbase_zh_CN) lacks or words oddly.

Nothing calls these: pyside6-lupdate files them under Qt's own contexts (QFileDialog, …) into
resources/i18n/ui.qt_catalogue.zh_CN.ts, and ``install_translations`` loads that catalogue after
qtbase's, so Qt finds them there. Add a line when a screenshot shows English in a Qt dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    # the file dialog's labels with their mnemonics (qtbase has them only without the "&")
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save"),
    # the 类型 column of the file dialog
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    # qtbase calls a file's size 体积
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
)
