"""工作台: what is due today and overdue, the next 7 days with checklist progress, overdue 议定事项.

Each row opens the thing it names; checklist items can be ticked right here (Space or the button).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from huiwu.services import checklists as checklist_svc
from huiwu.services import dashboard as svc
from huiwu.services.dashboard import Dashboard
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.pages import LoadsWhenShown
from ui.widgets.common import OVERDUE_COLOR, TableList, shortcut
from ui.widgets.table import Column


def create_page(ctx: AppContext) -> QWidget:
    return DashboardPage(ctx)


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


class DashboardPage(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.ctx = ctx
        self.data: Dashboard | None = None
        self.due = TableList([
            Column(tr("Due"), lambda r: f"{r.due_at:%m-%d %H:%M}", lambda r: r.due_at),
            Column(tr("State"), lambda r: {"overdue": tr("Overdue"), "today": tr("Due today")}.get(r.when, tr("Due tomorrow"))),
            Column(tr("Phase"), lambda r: r.phase_label),
            Column(tr("Item"), lambda r: r.title),
            Column(tr("Meeting"), lambda r: r.meeting_title),
            Column(tr("Owner"), lambda r: r.owner),
        ], "dashboard_due", self)
        self.due.view.setObjectName("dashboard_due_table")
        self.due.model.row_brush = lambda r: OVERDUE_COLOR if r.overdue else None
        self.due.bar.addWidget(heading(tr("Checklist items overdue, due today and tomorrow")))
        self.due.bar.addStretch(1)
        self.due.add_button(tr("Mark done (Space)"), self.tick, "dashboard_tick")
        self.due.add_button(tr("Open meeting"), self.open_due_meeting, "dashboard_open_due")
        shortcut(QKeySequence(Qt.Key.Key_Space), self.due.view, self.tick,
                  Qt.ShortcutContext.WidgetShortcut)
        self.due.activated.connect(lambda r: self.ctx.events.open_requested.emit("meetings", r.meeting_id))
        self.upcoming = TableList([
            Column(tr("Date"), lambda r: f"{r.starts_at:%m-%d} 周{'一二三四五六日'[r.starts_at.weekday()]}",
                   lambda r: r.starts_at),
            Column(tr("Meeting time"), lambda r: f"{r.starts_at:%H:%M}—{r.ends_at:%H:%M}", lambda r: r.starts_at),
            Column(tr("Meeting"), lambda r: r.title),
            Column(tr("Place"), lambda r: r.place),
            Column(tr("Status"), lambda r: r.status_label),
            Column(tr("Checklist"), lambda r: f"{r.checklist_done}/{r.checklist_total}",
                   lambda r: r.checklist_done / max(r.checklist_total, 1)),
        ], "dashboard_upcoming", self)
        self.upcoming.view.setObjectName("dashboard_upcoming_table")
        self.upcoming.bar.addWidget(heading(tr("Meetings in the next 7 days")))
        self.upcoming.bar.addStretch(1)
        self.upcoming.activated.connect(lambda r: self.ctx.events.open_requested.emit("meetings", r.id))
        self.decisions = TableList([
            Column(tr("Deadline"), lambda r: r.deadline or "", lambda r: r.deadline),
            Column(tr("Decision"), lambda r: r.text),
            Column(tr("Responsible unit"), lambda r: r.unit_name),
            Column(tr("Meeting"), lambda r: r.meeting_title),
            Column(tr("Latest feedback"), lambda r: r.last_feedback),
        ], "dashboard_actions", self)
        self.decisions.view.setObjectName("dashboard_actions_table")
        self.decisions.bar.addWidget(heading(tr("Overdue decisions")))
        self.decisions.bar.addStretch(1)
        self.decisions.activated.connect(lambda r: self.ctx.events.open_requested.emit("actions", r.id))
        self.reminders = TableList([
            Column(tr("Due by"), lambda r: f"{r.when:%m-%d %H:%M}", lambda r: r.when),
            Column(tr("Kind"), lambda r: r.kind_label),
            Column(tr("Meeting or handout"), lambda r: r.title),
            Column(tr("Still missing"), lambda r: r.text),
        ], "dashboard_reminders", self)
        self.reminders.view.setObjectName("dashboard_reminders_table")
        self.reminders.model.row_brush = lambda r: OVERDUE_COLOR if r.overdue else None
        self.reminders.bar.addWidget(heading(tr("To chase: replies, leave, returned tables and classified copies")))
        self.reminders.bar.addStretch(1)
        self.reminders.activated.connect(self._open_reminder)
        self.summary = QLabel()
        self.summary.setObjectName("dashboard_summary")
        refresh = QPushButton(tr("Refresh (F5)"))
        refresh.clicked.connect(self.reload)
        shortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(refresh)
        # from Thursday: next week's 会议申报, with a way to the 周安排 where they are reviewed
        self.requests_line = QLabel()
        self.requests_line.setObjectName("dashboard_requests")
        self.requests_line.setWordWrap(True)
        self.requests_button = QPushButton(tr("Review requests"))
        self.requests_button.setObjectName("dashboard_review_requests")
        self.requests_button.clicked.connect(self.open_requests)
        self.requests_row = QWidget()
        requests_layout = QHBoxLayout(self.requests_row)
        requests_layout.setContentsMargins(0, 0, 0, 0)
        requests_layout.addWidget(self.requests_line, 1)
        requests_layout.addWidget(self.requests_button)
        self.requests_row.setVisible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        for w in (self.due, self.reminders, self.upcoming, self.decisions):
            splitter.addWidget(w)
        splitter.setSizes([260, 150, 200, 150])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.requests_row)
        layout.addWidget(splitter, 1)
        ctx.events.meetings_changed.connect(self.reload)
        self.timer = QTimer(self)  # due/overdue states change with the clock
        self.timer.setInterval(5 * 60 * 1000)
        self.timer.timeout.connect(self.reload)
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        run_alive(self, self.ctx, svc.dashboard, self._loaded, lambda exc: show_error(self, exc), label=tr("Loading the dashboard"))

    def _loaded(self, data: Dashboard) -> None:
        self.data = data
        self.due.set_rows(list(data.due_items))
        self.upcoming.set_rows(list(data.upcoming))
        self.decisions.set_rows(list(data.overdue_actions))
        self.reminders.set_rows(list(data.reminders))
        self.reminders.setVisible(bool(data.reminders))
        self.requests_row.setVisible(data.requests is not None)
        if data.requests is not None:
            self.requests_line.setText(data.requests.text)
            self.requests_line.setStyleSheet("color: #b03a2e;" if data.requests.unanswered else "")
        overdue = sum(1 for i in data.due_items if i.overdue)
        today = sum(1 for i in data.due_items if i.when == "today")
        self.summary.setText(
            tr("Today %1: %2 checklist items due today, %3 overdue; %4 meetings in the next 7 days; %5 overdue decisions.")
            .replace("%1", f"{data.today:%Y-%m-%d}").replace("%2", str(today))
            .replace("%3", str(overdue)).replace("%4", str(len(data.upcoming)))
            .replace("%5", str(len(data.overdue_actions))))

    def _open_reminder(self, r: Any) -> None:
        if r.handout_id is not None:
            self.ctx.events.open_requested.emit("handouts", r.handout_id)
        elif r.meeting_id:
            self.ctx.events.open_requested.emit("meetings", r.meeting_id)

    def open_requests(self) -> None:
        if self.data is not None and self.data.requests is not None:
            r = self.data.requests
            self.ctx.events.open_requested.emit("week", (r.iso_year, r.iso_week, "requests"))

    def tick(self) -> None:
        row = self.due.current_row()
        if row is None:
            return

        def done(_: Any) -> None:
            self.ctx.status(tr("Done: ") + row.title)
            self.ctx.events.meetings_changed.emit()

        run_alive(self, self.ctx, lambda uow: checklist_svc.set_done(uow, row.id, True, row.version), done,
                     lambda exc: show_error(self, exc))

    def open_due_meeting(self) -> None:
        row = self.due.current_row()
        if row is not None:
            self.ctx.events.open_requested.emit("meetings", row.meeting_id)
