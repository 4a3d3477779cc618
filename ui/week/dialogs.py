"""导入日历 dialog: the calendar's name, its colour and (optionally) the person whose calendar it is."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from huiwu.services.calendars import CalendarRow
from huiwu.services.directory import PersonRow
from ui.i18n import tr
from ui.widgets.common import FormDialog

PALETTE = ("#c0392b", "#8e44ad", "#16a085", "#d35400", "#2c3e50", "#7f8c8d")


class ImportDialog(FormDialog):
    def __init__(
        self,
        path: Path,
        calendars: Sequence[CalendarRow],
        people: Sequence[PersonRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Import calendar"), parent)
        self.setObjectName("import_ics_dialog")
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("Import"))
        form = QFormLayout()
        form.addRow(tr("File"), QLabel(path.name))
        self.name = QComboBox()
        self.name.setObjectName("import_name")
        self.name.setEditable(True)
        self.name.addItems([c.name for c in calendars])
        self.name.setEditText(path.stem if not calendars else "")
        self.name.setMinimumWidth(280)
        line = self.name.lineEdit()
        if line is not None:
            line.setPlaceholderText(tr("e.g. County head's calendar"))
        form.addRow(tr("Calendar name"), self.name)
        self.color = PALETTE[len(calendars) % len(PALETTE)]
        self.color_button = QPushButton()
        self.color_button.setObjectName("import_color")
        self.color_button.clicked.connect(self._choose_color)
        self._show_color()
        row = QHBoxLayout()
        row.addWidget(self.color_button)
        row.addStretch(1)
        form.addRow(tr("Colour"), row)
        self.owner = QComboBox()
        self.owner.setObjectName("import_owner")
        self.owner.addItem(tr("(nobody — e.g. an upper-level notice calendar)"), None)
        for p in people:
            if p.is_leader:
                self.owner.addItem(f"{p.name}（{p.title or p.unit_name}）", p.id)
        form.addRow(tr("Whose calendar"), self.owner)
        hint = QLabel(tr("Re-importing into an existing calendar updates its events and removes the ones no "
                         "longer in the file. Attendees found in the directory count in conflict checks."))
        hint.setWordWrap(True)
        self.body.addLayout(form)
        self.body.addWidget(hint)
        self.validator = lambda: "" if self.calendar_name() else tr("Please enter the calendar name.")

    def calendar_name(self) -> str:
        return self.name.currentText().strip()

    def owner_id(self) -> int | None:
        value = self.owner.currentData()
        return int(value) if value is not None else None

    def _show_color(self) -> None:
        self.color_button.setText(self.color)
        self.color_button.setStyleSheet(f"background:{self.color}; color:white; padding:4px 16px;")

    def _choose_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, tr("Calendar colour"))
        if chosen.isValid():
            self.color = chosen.name()
            self._show_color()
