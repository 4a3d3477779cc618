"""Print fonts: which font each role resolved to and from where, and a button per role to choose a file.

Resolving scans the system's font folders, so it runs in the background; a chosen file is checked before it
is saved (reportlab embeds only TrueType outlines, so OTF/CFF files are refused with the reason).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from huiwu.settings import save_settings
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.files import open_file

ROLES = ("title", "body", "song", "kai", "hei")


def role_title(role: str) -> str:
    return {
        "title": tr("Titles (Xiaobiaosong)"),
        "body": tr("Body text (FangSong)"),
        "song": tr("SimSun"),
        "kai": tr("KaiTi"),
        "hei": tr("SimHei"),
    }[role]


def source_title(source: str) -> str:
    return {
        "setting": tr("chosen in settings"),
        "windows": tr("Windows fonts"),
        "system": tr("system fonts"),
        "bundled": tr("bundled with Huiwu"),
    }.get(source, source)


def create_box(ctx: AppContext) -> QWidget:
    return FontsBox(ctx)


class FontsBox(QGroupBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Print fonts"), parent)
        self.ctx = ctx
        self.setObjectName("fonts_box")
        grid = QGridLayout(self)
        note = QLabel(tr("Documents print in these fonts. Only TrueType fonts (.ttf, .ttc) can be embedded "
                         "in PDF files; OpenType/CFF fonts (.otf) are refused."))
        note.setWordWrap(True)
        grid.addWidget(note, 0, 0, 1, 4)
        self.labels: dict[str, QLabel] = {}
        self.reset_buttons: dict[str, QPushButton] = {}
        for row, role in enumerate(ROLES, start=1):
            grid.addWidget(QLabel(role_title(role)), row, 0)
            label = QLabel(tr("Looking for fonts…"))
            label.setObjectName(f"font_{role}")
            label.setWordWrap(True)
            grid.addWidget(label, row, 1)
            self.labels[role] = label
            choose = QPushButton(tr("Choose font file…"))
            choose.setObjectName(f"choose_{role}")
            choose.clicked.connect(lambda _=False, r=role: self.choose(r))
            grid.addWidget(choose, row, 2)
            reset = QPushButton(tr("Use automatic"))
            reset.setObjectName(f"reset_{role}")
            reset.clicked.connect(lambda _=False, r=role: self.set_font(r, None))
            grid.addWidget(reset, row, 3)
            self.reset_buttons[role] = reset
        self.notes = QLabel("")
        self.notes.setObjectName("font_notes")
        self.notes.setWordWrap(True)
        grid.addWidget(self.notes, len(ROLES) + 1, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        self.resolved: dict[str, Any] = {}
        self.refresh()

    def refresh(self) -> None:
        overrides = dict(self.ctx.settings.fonts)

        def job() -> dict[str, Any]:
            from huiwu.printing.fonts import resolve_fonts

            return resolve_fonts(overrides or None)

        self.ctx.tasks.submit(job, self._show, self._failed, "")

    def _show(self, resolved: dict[str, Any]) -> None:
        from huiwu.printing.fonts import substitution_notes

        self.resolved = resolved
        for role in ROLES:
            font = resolved.get(role)
            if font is None:
                continue
            self.labels[role].setText(f"{font.family_label} — {source_title(font.source)}")
            lenders = "\n".join(font.fallbacks) or tr("(none)")
            self.labels[role].setToolTip(
                f"{font.path}\n" + tr("Characters this face lacks are printed from:") + f"\n{lenders}")
            self.reset_buttons[role].setEnabled(role in self.ctx.settings.fonts)
        notes = substitution_notes(resolved)
        if notes:
            self.notes.setText("；".join(notes) + "。" + tr(" Install the office's fonts or choose files "
                                                          "above to print in the faces GB/T 9704 names."))
            self.notes.setStyleSheet("color: #8a4b00")
        else:
            self.notes.setText(tr("Every role prints in a face of its own kind."))
            self.notes.setStyleSheet("")

    def _failed(self, exc: BaseException) -> None:
        for label in self.labels.values():
            label.setText("")
        show_error(self, exc)

    def choose(self, role: str) -> None:
        chosen = open_file(self, "fonts", tr("Choose a font file for %1").replace("%1", role_title(role)),
                           tr("Font files (*.ttf *.ttc *.otf)"))
        if chosen is not None:
            self.set_font(role, str(chosen))

    def set_font(self, role: str, path: str | None) -> None:
        """Check ``path`` in the background, then save it for ``role`` (None: back to automatic)."""

        def job() -> str:
            from huiwu.printing.fonts import check_font, clear_font_cache

            if path is not None:
                result = check_font(Path(path))
                if isinstance(result, str):
                    return result
            clear_font_cache()
            return ""

        self.ctx.tasks.submit(job, lambda reason: self._checked(role, path, reason), self._failed, "")

    def _checked(self, role: str, path: str | None, reason: str) -> None:
        from huiwu.errors import ValidationError

        if reason:
            show_error(self, ValidationError(tr("This font cannot be used for printing: %1").replace("%1", reason)))
            self.ctx.status(tr("Font not changed."))
            return
        fonts = dict(self.ctx.settings.fonts)
        if path is None:
            fonts.pop(role, None)
        else:
            fonts[role] = path
        self.ctx.settings.fonts = fonts  # in place: the database's units of work share this object
        try:
            save_settings(self.ctx.settings)
        except OSError as exc:
            show_error(self, exc)
            return
        self.ctx.events.settings_changed.emit()
        self.ctx.status(tr("Print font for %1 saved.").replace("%1", role_title(role)))
        self.refresh()
