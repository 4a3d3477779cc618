"""请假: the requests with filters and quick approve/reject, 销假, a new-request dialog; and the 统计 tab."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QInputDialog,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import LEAVE_STATE_LABELS, LeaveState
from huiwu.pinyin import name_pinyin, person_matches, text_matches
from huiwu.services import attendance as att
from huiwu.services import directory
from huiwu.services import leave as svc
from huiwu.services.leave import LeaveRow
from ui.attendance.leave_dialog import LeaveDialog
from ui.attendance.stats_view import StatsView
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.common import FormDialog, TableList
from ui.widgets.dates import from_qdt, qdate, to_qdt
from ui.widgets.table import Column


def create_page(ctx: AppContext) -> QWidget:
    return LeavePage(ctx)


class LeavePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("leave_page")
        self.rows: list[LeaveRow] = []
        self.tabs = QTabWidget()
        self.tabs.setObjectName("leave_tabs")
        requests = QWidget()
        self.stats = StatsView(ctx)
        self.tabs.addTab(requests, tr("Leave requests"))
        self.tabs.addTab(self.stats, tr("Attendance statistics"))
        self.tabs.currentChanged.connect(self._tab_changed)

        columns: list[Column[LeaveRow]] = [
            Column(tr("Person"), lambda r: r.person_name, lambda r: name_pinyin(r.person_name).full),
            Column(tr("Unit"), lambda r: r.unit_name),
            Column(tr("Meeting or period"), self._covers, lambda r: r.starts_at or dt.datetime.min.replace(tzinfo=dt.UTC)),
            Column(tr("Reason"), lambda r: r.reason),
            Column(tr("Substitute"), lambda r: f"{r.substitute_name} {r.substitute_title}".strip()),
            Column(tr("Approver"), lambda r: r.approver_name),
            Column(tr("State"), lambda r: r.state_label + (tr(" (retroactive)") if r.retroactive else "")),
            Column(tr("Asked by"), lambda r: r.channel),
            Column(tr("Meetings marked"), lambda r: r.marked_meetings),
            Column(tr("Decision note"), lambda r: r.decision_note),
        ]
        self.list = TableList(columns, "leave_requests", self, sort_column=-1)
        self.list.model.row_brush = _state_colour
        self.search = self.list.add_search(tr("Search: name, unit or pinyin initials"))
        self.search.textChanged.connect(self._filter)
        self.state = QComboBox()
        self.state.setObjectName("leave_state_filter")
        self.state.addItem(tr("All states"), None)
        for state, label in LEAVE_STATE_LABELS.items():
            self.state.addItem(label, state.value)
        self.state.currentIndexChanged.connect(lambda *_: self.reload())
        self.list.bar.addWidget(self.state)
        today = qdate(ctx.today())
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today.addDays(30))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda *_: self.reload())
            self.list.bar.addWidget(edit)
        self.list.bar.addStretch(1)
        self.list.add_button(tr("New request"), self.new_request, "new_leave", "Ctrl+N")
        self.list.add_button(tr("Approve"), self.approve, "approve_leave", "Ctrl+Return")
        self.list.add_button(tr("Reject…"), self.reject, "reject_leave")
        self.list.add_button(tr("Withdraw"), self.withdraw, "withdraw_leave")
        self.list.add_button(tr("Returned (销假)…"), self.returned, "return_leave")
        self.list.activated.connect(lambda row: self.approve() if row.state == LeaveState.PENDING else None)
        self.count = QLabel()
        self.count.setObjectName("leave_count")
        layout = QVBoxLayout(requests)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self._find)
        ctx.events.leave_changed.connect(self.reload)
        self.reload()

    # -------------------------------------------------------- page protocol
    def open_target(self, target: object) -> None:
        if target == "stats":
            self.tabs.setCurrentWidget(self.stats)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.stats:
            self.stats.ensure_loaded()

    # -------------------------------------------------------- loading and filtering
    def _period(self) -> tuple[dt.datetime, dt.datetime]:
        tz = self.ctx.settings.tz()
        start = self.date_from.date().toPython()
        end = self.date_to.date().toPython()
        assert isinstance(start, dt.date) and isinstance(end, dt.date)
        return (dt.datetime.combine(start, dt.time(), tzinfo=tz),
                dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tzinfo=tz))

    def _find(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()

    def reload(self) -> None:
        state = self.state.currentData()
        start, end = self._period()
        self.ctx.run(lambda uow: svc.list_leave(uow, state, start, end), self._loaded,
                     lambda exc: show_error(self, exc), label=tr("Loading leave requests"))

    def _loaded(self, rows: list[LeaveRow]) -> None:
        self.rows = rows
        self.list.set_rows(rows)
        self._filter()

    def _filter(self, *_: Any) -> None:
        query = self.search.text().strip()
        if not query:
            self.list.proxy.set_predicate(None)
        else:
            def keep(row: LeaveRow) -> bool:
                return person_matches(query, row.person_name) or text_matches(query, row.unit_name, row.meeting_title)

            self.list.proxy.set_predicate(keep)
        pending = sum(1 for r in self.rows if r.state == LeaveState.PENDING)
        self.count.setText(tr("%1 requests shown, %2 waiting for approval.")
                           .replace("%1", str(self.list.proxy.rowCount())).replace("%2", str(pending)))

    def _covers(self, row: LeaveRow) -> str:
        tz = self.ctx.settings.tz()
        if row.meeting_id is not None:
            when = f"{row.starts_at.astimezone(tz):%m-%d %H:%M} " if row.starts_at else ""
            return f"{when}{row.meeting_title}"
        if row.starts_at is None or row.ends_at is None:
            return ""
        text = f"{row.starts_at.astimezone(tz):%m-%d %H:%M} — {row.ends_at.astimezone(tz):%m-%d %H:%M}"
        if row.returned_at is not None:
            text += tr(" (back %1)").replace("%1", f"{row.returned_at.astimezone(tz):%m-%d %H:%M}")
        return text

    # -------------------------------------------------------- actions
    def _current(self) -> LeaveRow | None:
        row = self.list.current_row()
        if row is None:
            self.ctx.status(tr("Select a leave request first."))
        return row

    def _changed(self, message: str) -> None:
        self.ctx.status(message)
        self.ctx.events.leave_changed.emit()

    def new_request(self) -> None:
        now = self.ctx.now()

        def load(uow: Any) -> tuple[list[directory.PersonRow], list[att.MeetingChoice]]:
            return directory.list_people(uow, include_inactive=False), att.signin_meetings(uow, now, days=45)

        self.ctx.run(load, self._open_dialog, lambda exc: show_error(self, exc), label=tr("Loading"))

    def _open_dialog(self, data: tuple[list[directory.PersonRow], list[att.MeetingChoice]]) -> None:
        people, meetings = data
        upcoming = [m for m in meetings if m.starts_at >= self.ctx.now() - dt.timedelta(days=1)] or meetings
        dialog = LeaveDialog(self.ctx, people, upcoming, self)
        self.dialog = dialog
        if not dialog.exec():
            return
        values, approved = dialog.values()

        def done(leave_id: int) -> None:
            self._changed(tr("Leave request saved.") if not approved else tr("Leave request saved and approved."))

        self.ctx.run(lambda uow: svc.create_leave(uow, values, approve=approved), done,
                     lambda exc: show_error(self, exc), label=tr("Saving"))

    def approve(self) -> None:
        row = self._current()
        if row is None:
            return
        self.ctx.run(lambda uow: svc.approve_leave(uow, row.id, version=row.version),
                     lambda saved: self._changed(tr("Leave of %1 approved; %2 meetings marked.")
                                                 .replace("%1", saved.person_name)
                                                 .replace("%2", str(saved.marked_meetings))),
                     lambda exc: show_error(self, exc), label=tr("Saving"))

    def reject(self) -> None:
        row = self._current()
        if row is None:
            return
        note, ok = QInputDialog.getText(self, tr("Reject leave"), tr("Decision note for %1:").replace("%1", row.person_name))
        if not ok:
            return
        self.ctx.run(lambda uow: svc.reject_leave(uow, row.id, note, version=row.version),
                     lambda saved: self._changed(tr("Leave of %1 not approved.").replace("%1", saved.person_name)),
                     lambda exc: show_error(self, exc), label=tr("Saving"))

    def withdraw(self) -> None:
        row = self._current()
        if row is None:
            return
        self.ctx.run(lambda uow: svc.withdraw_leave(uow, row.id, version=row.version),
                     lambda saved: self._changed(tr("Leave of %1 withdrawn.").replace("%1", saved.person_name)),
                     lambda exc: show_error(self, exc), label=tr("Saving"))

    def returned(self) -> None:
        row = self._current()
        if row is None:
            return
        dialog = FormDialog(tr("Returned from leave (销假)"), self)
        form = QFormLayout()
        when = QDateTimeEdit(to_qdt(self.ctx.local_now()))
        when.setObjectName("returned_at")
        when.setCalendarPopup(True)
        when.setDisplayFormat("yyyy-MM-dd HH:mm")
        form.addRow(tr("Actually back at"), when)
        form.addRow("", QLabel(tr("Leave marks on meetings from then on are removed.")))
        dialog.body.addLayout(form)
        if not dialog.exec():
            return
        at = from_qdt(when.dateTime(), self.ctx.settings.tz())
        self.ctx.run(lambda uow: svc.return_from_leave(uow, row.id, at, version=row.version),
                     lambda saved: self._changed(tr("%1 is back from leave.").replace("%1", saved.person_name)),
                     lambda exc: show_error(self, exc), label=tr("Saving"))

    def set_period(self, start: dt.date, end: dt.date) -> None:
        with QSignalBlocker(self.date_from), QSignalBlocker(self.date_to):
            self.date_from.setDate(QDate(start.year, start.month, start.day))
            self.date_to.setDate(QDate(end.year, end.month, end.day))
        self.reload()


def _state_colour(row: LeaveRow) -> QColor | None:
    return {
        LeaveState.PENDING: QColor("#fff4ce"),
        LeaveState.REJECTED: QColor("#fde0e0"),
        LeaveState.WITHDRAWN: QColor("#eeeeee"),
    }.get(LeaveState(row.state))

