"""The app speaks Chinese everywhere: the locale, Qt's own dialogs, dates, and a Chinese UI face.

Qt's zh_CN catalogue (qtbase) lacks a few strings its file dialog shows ("&Look in:", "Files of &type:",
"Folder"); :mod:`ui.qt_catalogue` supplies them and is installed after qtbase, so it also wins where
qtbase says something odd ("体积" for a file's size). Dates in Qt's file dialog come from the *system*
locale, which on a Linux PC is often C ("1 12 2026"): :func:`prepare_environment` points LC_TIME at
zh_CN before the QApplication exists, so they read "2026/12/1".
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, MutableMapping

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

# The interface's face, first installed wins: a Chinese sans (黑体), never 楷体 or a Japanese face that an
# office happened to install (fontconfig's default for zh may be either).
UI_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
)
BUNDLED_UI_FAMILY = "WenQuanYi Micro Hei"  # resources/fonts/wqy-microhei.ttc, added only when no face above exists


def is_chinese(language: str) -> bool:
    return language.lower().startswith("zh")


def prepare_environment(language: str, env: MutableMapping[str, str] | None = None,
                        platform: str = sys.platform) -> None:
    """Before the QApplication: make Qt's *system* locale format dates in Chinese on Linux.

    Windows and macOS take it from the OS settings; an explicit LC_ALL is the user's choice and is kept.
    """
    env = os.environ if env is None else env
    if not is_chinese(language) or platform in ("win32", "darwin") or env.get("LC_ALL"):
        return
    current = env.get("LC_TIME") or env.get("LANG") or ""
    if not current.lower().startswith("zh"):
        env["LC_TIME"] = "zh_CN.UTF-8"


def set_default_locale(language: str) -> None:
    """Every widget's dates, numbers and calendars follow the app's language, not the PC's."""
    if is_chinese(language):
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript,
                                   QLocale.Country.China))
    else:
        QLocale.setDefault(QLocale(language))


def choose_ui_family(installed: Iterable[str]) -> str | None:
    """The first of :data:`UI_FAMILIES` installed (case-insensitive), or None."""
    by_name = {family.casefold(): family for family in installed}
    for wanted in UI_FAMILIES:
        if wanted.casefold() in by_name:
            return by_name[wanted.casefold()]
    return None


def apply_ui_font(app: QApplication) -> str:
    """Give the app its Chinese sans face at the platform's size; returns the family chosen."""
    family = choose_ui_family(QFontDatabase.families())
    if family is None:
        from ui.resources import bundled_font

        if QFontDatabase.addApplicationFont(str(bundled_font())) < 0:
            log.warning("no Chinese UI face installed and the bundled one could not be loaded")
            return app.font().family()
        family = BUNDLED_UI_FAMILY
    font = QFont(app.font())
    font.setFamilies([family, *[f for f in UI_FAMILIES if f != family]])
    if sys.platform == "win32":
        font.setPointSize(9)  # what Windows itself uses with YaHei UI
    app.setFont(font)
    return family
