"""``tr()`` for the whole GUI.

pyside6-lupdate files calls of a free function ``tr("…")`` under the empty context, so the runtime
lookup uses the empty context too. English is the source; resources/i18n holds the zh_CN .ts files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None) -> str:
    return QCoreApplication.translate("", text, disambiguation)
