"""The 会议计划 editor's dialog: one line of the plan (kind, host unit, 全年不超过 N 次, 视频会议不少于 N%, 依据)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from huiwu.models import MEETING_KIND_LABELS
from ui.i18n import tr
from ui.widgets.common import FormDialog

if TYPE_CHECKING:
    from huiwu.services.directory import UnitRow
    from huiwu.services.ledger import CapInput, CapRow

NOT_SET = -1


class CapDialog(FormDialog):
    """Add (``cap`` None) or edit one line; ``values()`` is the :class:`CapInput` the page saves."""

    def __init__(self, year: int, units: list[UnitRow], cap: CapRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit plan line") if cap is not None else tr("Add plan line"), parent)
        self.setObjectName("cap_dialog")
        self.year, self.cap = year, cap
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("cap_kind")
        self.kind.addItem(tr("All meetings"), "")
        for kind, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.unit = QComboBox()
        self.unit.setObjectName("cap_unit")
        self.unit.addItem(tr("Any host unit"), None)
        for u in units:
            if u.active or (cap is not None and cap.host_unit_id == u.id):
                self.unit.addItem(u.name, u.id)
        self.max_count = self._spin("cap_max", 10_000, tr(" meetings"))
        self.video = self._spin("cap_video", 100, "%")
        self.note = QLineEdit()
        self.note.setObjectName("cap_note")
        self.note.setPlaceholderText(tr("e.g. the county government's working rules, article 12"))
        self.note.setMinimumWidth(320)
        form.addRow(tr("Year"), QLineEdit(str(year), readOnly=True))
        form.addRow(tr("Meeting kind"), self.kind)
        form.addRow(tr("Host unit"), self.unit)
        form.addRow(tr("At most per year"), self.max_count)
        form.addRow(tr("Video meetings at least"), self.video)
        form.addRow(tr("Basis"), self.note)
        self.body.addLayout(form)
        if cap is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(cap.kind)))
            self.unit.setCurrentIndex(max(0, self.unit.findData(cap.host_unit_id)))
            self.max_count.setValue(NOT_SET if cap.max_count is None else cap.max_count)
            self.video.setValue(NOT_SET if cap.min_video_percent is None else cap.min_video_percent)
            self.note.setText(cap.note)
        self.validator = self._problem

    @staticmethod
    def _spin(name: str, top: int, suffix: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(NOT_SET, top)
        box.setSpecialValueText(tr("Not set"))  # shown at NOT_SET
        box.setSuffix(suffix)
        box.setValue(NOT_SET)
        return box

    def _problem(self) -> str:
        if self.max_count.value() == NOT_SET and self.video.value() == NOT_SET:
            return tr("Set a yearly maximum or a least share of video meetings (at least one).")
        return ""

    def values(self) -> CapInput:
        from huiwu.services.ledger import CapInput

        most, video = self.max_count.value(), self.video.value()
        return CapInput(self.year, str(self.kind.currentData() or ""), self.unit.currentData(),
                        None if most == NOT_SET else most, None if video == NOT_SET else video,
                        self.note.text().strip())
