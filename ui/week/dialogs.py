"""导入日历 dialogs: the calendar's name, its colour and (optionally) the person whose calendar it is; and,
when some events of the file cannot be read, the list of them with the choice 导入其余 N 个日程 / 取消.

定稿 dialog: who signs (签发) the week — the 主要领导 by default, or a delegate among the leaders."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from huiwu.calendar.ics_import import BadEvent
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


class BadEventsDialog(FormDialog):
    """Some events of the file cannot be read: each is listed with its line and reason, and the clerk
    chooses to import the others (accept) or nothing (reject). Nothing has been written yet either way."""

    def __init__(self, file_name: str, bad: Sequence[BadEvent], good_count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Import calendar"), parent)
        self.setObjectName("import_bad_events_dialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Import the other %1 events").replace("%1", str(good_count)))
        ok.setObjectName("import_rest")
        intro = QLabel(tr("%1 events in %2 cannot be read; importing the others leaves them out:")
                       .replace("%1", str(len(bad))).replace("%2", file_name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("bad_events")
        self.list.setWordWrap(True)
        self.list.addItems([b.sentence() for b in bad])
        self.list.setMinimumWidth(520)
        self.list.setMinimumHeight(min(60 + 28 * len(bad), 320))
        hint = QLabel(tr("Nothing has been imported yet. Cancel to correct the file and import it again."))
        hint.setWordWrap(True)
        self.body.addWidget(intro)
        self.body.addWidget(self.list)
        self.body.addWidget(hint)


class SignOffDialog(FormDialog):
    """定稿 with 签发: the clerk picks the signer among the leaders (the 县长 preselected) and sees which
    edition this makes; the page finalises on accept. Opened with ``open()``, so tests answer it directly."""

    def __init__(self, week_label: str, people: Sequence[PersonRow], default_id: int | None, edition: int,
                 amendments: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Finalise week"), parent)
        self.setObjectName("week_signoff_dialog")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Finalise") if edition <= 1 else tr("Re-issue"))
        ok.setObjectName("signoff_ok")
        if edition <= 1:
            intro = tr("Finalise %1? Later changes will be recorded and printed as amendments.").replace(
                "%1", week_label)
        else:
            intro = (tr("Re-issue %1 as edition %2? Its %3 changes are folded into the new edition.")
                     .replace("%1", week_label).replace("%2", str(edition)).replace("%3", str(amendments)))
        label = QLabel(intro)
        label.setWordWrap(True)
        self.signer = QComboBox()
        self.signer.setObjectName("signoff_signer")
        self.signer.setMinimumWidth(280)
        for p in people:
            if p.is_leader:
                self.signer.addItem(f"{p.name}（{p.title or p.unit_name}）", p.id)
        index = self.signer.findData(default_id)
        self.signer.setCurrentIndex(max(index, 0))
        form = QFormLayout()
        form.addRow(tr("Signed by"), self.signer)
        self.body.addWidget(label)
        self.body.addLayout(form)
        self.validator = lambda: "" if self.signer_id() is not None else tr(
            "Please choose who signs the week (add the leaders to the directory first).")

    def signer_id(self) -> int | None:
        value = self.signer.currentData()
        return int(value) if value is not None else None
