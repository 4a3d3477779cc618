"""主席台人员: the clerk ticks who sits on the 主席台; the seating chart and the 席卡 follow the ticks.

Opened from the meeting's print menu. The list is the 出席 participants in 排序号 order, ticked as the chart
would print them now (the clerk's earlier choice, or the default: the 主持人 and the leaders up to the room's
主席台 seats). People on leave or sending a substitute are shown greyed and cannot be ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QWidget

from huiwu.services import platform as svc
from huiwu.services.platform import PlatformChoice
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.widgets.common import FormDialog


class PlatformDialog(FormDialog):
    def __init__(self, ctx: AppContext, choice: PlatformChoice, parent: QWidget | None = None) -> None:
        super().__init__(tr("Rostrum members"), parent)
        self.setObjectName("platform_dialog")
        self.ctx, self.choice = ctx, choice
        how = tr("chosen by you") if choice.chosen else tr("by default: the chair and the leaders in seniority order")
        self.summary = QLabel(tr("Tick who sits on the rostrum (%1 seats in this room; %2). The seating chart and "
                                 "the table cards print exactly the ticked people; everyone else sits below "
                                 "by unit.").replace("%1", str(choice.seats)).replace("%2", how))
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("platform_list")
        for row in choice.rows:
            text = f"{row.name}　{row.unit}　{row.title}"
            if not row.coming:
                text += tr(" (not coming)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.participant_id)
            flags = Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.ItemIsEnabled if row.coming else Qt.ItemFlag(0))
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if row.on_platform and row.coming else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.itemChanged.connect(self._count)
        self.body.addWidget(self.list)
        self.counter = QLabel()
        self.counter.setObjectName("platform_count")
        self.body.addWidget(self.counter)
        self.default = QPushButton(tr("Back to default"))
        self.default.setObjectName("platform_default")
        self.default.setEnabled(choice.chosen)
        self.default.clicked.connect(lambda: self._save(None))
        self.buttons.addButton(self.default, self.buttons.ButtonRole.ResetRole)
        self.resize(560, 520)
        self._count()

    def ticked(self) -> list[int]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked]

    def _count(self, *_: Any) -> None:
        n = len(self.ticked())
        text = tr("%1 on the rostrum").replace("%1", str(n))
        if n > self.choice.seats:
            text += tr(" — more than the room's %1 seats").replace("%1", str(self.choice.seats))
        self.counter.setText(text)

    def _try_accept(self) -> None:
        self._save(self.ticked())

    def _save(self, ids: list[int] | None) -> None:
        choice = self.choice

        def job(uow: Any) -> None:
            svc.set_platform(uow, choice.meeting_id, choice.meeting_version, ids, choice.stamp)

        def done(_: None) -> None:
            self.ctx.status(tr("Rostrum members saved.") if ids is not None else tr("Rostrum back to default."))
            self.accept()

        run_alive(self, self.ctx, job, done, lambda exc: show_error(self, exc), label=tr("Saving"))


def open_platform_dialog(ctx: AppContext, parent: QWidget, meeting_id: int) -> None:
    """Load the choice in the background, then show the dialog."""

    def shown(choice: PlatformChoice) -> None:
        dialog = PlatformDialog(ctx, choice, parent)
        dialog.open()
        parent._platform_dialog = dialog  # type: ignore[attr-defined]  # kept alive while open

    run_alive(parent, ctx, lambda uow: svc.platform_choice(uow, meeting_id), shown,
              lambda exc: show_error(parent, exc), label=tr("Loading"))
