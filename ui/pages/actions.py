"""议定事项督办: decisions across meetings, filtered by unit, state and overdue; feedback, 办结, 销号."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from huiwu.models import ACTION_STATE_LABELS, OVERDUE_LABEL
from huiwu.pinyin import person_matches, text_matches
from huiwu.services import actions as svc
from huiwu.services.actions import ActionRow
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.action_dialogs import ActionDialog, FeedbackDialog
from ui.meetings.alive import run_alive
from ui.meetings.refs import Refs, load_refs
from ui.pages import LoadsWhenShown
from ui.widgets.common import OVERDUE_COLOR, TableList, confirm
from ui.widgets.table import Column


def create_page(ctx: AppContext) -> QWidget:
    return ActionsPage(ctx)


class ActionsPage(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actions_page")
        self.ctx = ctx
        self.refs: Refs | None = None
        self.rows: list[ActionRow] = []
        self.pending_target: int | None = None
        self.list = TableList([
            Column(tr("Deadline"), lambda r: r.deadline or "", lambda r: r.deadline or __import__("datetime").date.max),
            Column(tr("State"), lambda r: r.state_label),
            Column(tr("Decision"), lambda r: r.text),
            Column(tr("Responsible unit"), lambda r: r.unit_name),
            Column(tr("Responsible person"), lambda r: r.person_name),
            Column(tr("Meeting"), lambda r: f"{r.meeting_date:%m-%d} {r.meeting_title}", lambda r: r.meeting_date),
            Column(tr("Source"), lambda r: r.source.removeprefix("纪要")),  # 〔2026〕49号 二、（一）
            Column(tr("Feedback"), lambda r: len(r.feedback)),
            Column(tr("Latest feedback"), lambda r: r.last_feedback),
        ], "actions", self)
        self.list.model.row_brush = lambda r: OVERDUE_COLOR if r.overdue else None
        self.search = self.list.add_search(tr("Search decisions"))
        self.unit = QComboBox()
        self.unit.setObjectName("action_unit_filter")
        self.unit.setMinimumWidth(180)
        self.state = QComboBox()
        self.state.setObjectName("action_state_filter")
        self.state.addItem(tr("All states"), None)
        for code, label in ACTION_STATE_LABELS.items():
            self.state.addItem(label, code.value)
        self.state.addItem(OVERDUE_LABEL, "overdue")
        self.overdue = QCheckBox(tr("Overdue only"))
        self.overdue.setObjectName("action_overdue_filter")
        for w in (self.unit, self.state, self.overdue):
            self.list.bar.addWidget(w)
        self.unit.currentIndexChanged.connect(self.refilter)
        self.state.currentIndexChanged.connect(self.refilter)
        self.overdue.toggled.connect(self.refilter)
        self.search.textChanged.connect(self.refilter)
        self.list.bar.addStretch(1)
        self.list.add_button(tr("Add feedback…"), self.feedback, "actions_feedback", "Ctrl+F2")
        self.list.add_button(tr("Mark done"), lambda: self.set_state("done"), "actions_done")
        self.list.add_button(tr("Close (销号)"), lambda: self.set_state("closed"), "actions_close")
        self.list.add_button(tr("Reopen"), lambda: self.set_state("open"), "actions_reopen")
        self.list.add_button(tr("Edit…"), self.edit, "actions_edit")
        self.list.add_button(tr("Open meeting"), self.open_meeting, "actions_open_meeting")
        self.list.activated.connect(lambda _: self.edit())
        self.detail = QLabel()
        self.detail.setObjectName("action_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.count)
        self.list.selection_changed.connect(self.show_detail)
        ctx.events.meetings_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        def load(uow: Any) -> tuple[list[ActionRow], Refs]:
            return svc.action_rows(uow), load_refs(uow)

        run_alive(self, self.ctx, load, self._loaded, lambda exc: show_error(self, exc), label=tr("Loading decisions"))

    def _loaded(self, data: tuple[list[ActionRow], Refs]) -> None:
        self.rows, self.refs = data
        with QSignalBlocker(self.unit):
            current = self.unit.currentData()
            self.unit.clear()
            self.unit.addItem(tr("All units"), None)
            for unit_id, name in sorted({(r.unit_id, r.unit_name) for r in self.rows if r.unit_id},
                                        key=lambda t: t[1]):
                self.unit.addItem(name, unit_id)
            self.unit.setCurrentIndex(max(self.unit.findData(current), 0))
        keep = self.list.current_row()
        self.list.set_rows(self.rows)
        if self.list.view.columnWidth(2) > 420:  # long decisions wrap in the detail line below instead
            self.list.view.setColumnWidth(2, 420)
        self.refilter()
        if self.pending_target is not None:
            self._select(self.pending_target)
            self.pending_target = None
        elif keep is not None:
            for i in range(self.list.proxy.rowCount()):
                if self.list.proxy.row_at(i).id == keep.id:
                    self.list.view.selectRow(i)
                    break

    def refilter(self) -> None:
        unit_id, state, overdue = self.unit.currentData(), self.state.currentData(), self.overdue.isChecked()
        query = self.search.text().strip()

        def accept(r: ActionRow) -> bool:
            if unit_id is not None and r.unit_id != unit_id:
                return False
            if state == "overdue" and not r.overdue:
                return False
            if state and state != "overdue" and r.state != state:
                return False
            if overdue and not r.overdue:
                return False
            return text_matches(query, r.text, r.meeting_title, r.unit_name) or (
                bool(r.person_name) and person_matches(query, r.person_name))

        self.list.proxy.set_predicate(accept)
        overdue_count = sum(1 for r in self.rows if r.overdue)
        self.count.setText(tr("%1 of %2 decisions shown; %3 overdue").replace("%1", str(self.list.proxy.rowCount()))
                           .replace("%2", str(len(self.rows))).replace("%3", str(overdue_count)))

    def show_detail(self) -> None:
        row = self.list.current_row()
        if row is None:
            self.detail.clear()
            return
        lines = [f"{row.text}（{row.state_label}）"]
        if row.source:  # the 纪要 paragraph it came from (the link back)
            lines.append(tr("From the minutes: ") + row.source)
        lines += [f"　{f.entry_date:%Y-%m-%d}　{f.author}：{f.text}" for f in row.feedback]
        self.detail.setText("\n".join(lines))

    def open_target(self, target: object) -> None:
        if isinstance(target, int):
            if any(r.id == target for r in self.rows):
                self._select(target)
            else:
                self.pending_target = target

    def _select(self, action_id: int) -> None:
        with QSignalBlocker(self.state), QSignalBlocker(self.unit), QSignalBlocker(self.overdue):
            self.state.setCurrentIndex(0)
            self.unit.setCurrentIndex(0)
            self.overdue.setChecked(False)
        self.search.clear()
        self.refilter()
        for i in range(self.list.proxy.rowCount()):
            if self.list.proxy.row_at(i).id == action_id:
                self.list.view.selectRow(i)
                self.list.view.setFocus()
                return

    def _saved(self, row: ActionRow) -> None:
        self.ctx.status(tr("Saved decision: ") + f"{row.text[:30]}（{row.state_label}）")
        self.ctx.events.meetings_changed.emit()

    def feedback(self) -> None:
        row = self.list.current_row()
        if row is not None:
            FeedbackDialog(self.ctx, self, row, self._saved).open()

    def edit(self) -> None:
        row = self.list.current_row()
        if row is not None and self.refs is not None:
            ActionDialog(self.ctx, self, self.refs, row.meeting_id, row, self._saved).open()

    def set_state(self, state: str) -> None:
        row = self.list.current_row()
        if row is None:
            return
        if state == "closed" and not confirm(self, tr("Close decision"),
                                             tr("Close (销号) this decision? It leaves the follow-up list.")):
            return
        fn = {"done": svc.mark_done, "closed": svc.close_action, "open": svc.reopen_action}[state]
        run_alive(self, self.ctx, lambda uow: fn(uow, row.id, row.version), self._saved, lambda exc: show_error(self, exc))

    def open_meeting(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.ctx.events.open_requested.emit("meetings", row.meeting_id)
