"""周安排: the week merged from the office's meetings, imported calendars and approved leave.

Conflicts and merge proposals are listed beside the grid; nothing is merged until the clerk accepts a
proposal. 定稿, printing (grid or list), .ics export and import are on the toolbar.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huiwu.calendar.ics_import import IcsImportError
from huiwu.services import calendars as cal_svc
from huiwu.services import directory, meetings
from huiwu.services import week as svc
from huiwu.services.calendars import CalendarRow
from huiwu.services.directory import PersonRow, UnitRow, VenueRow
from huiwu.services.leave import county_head_id
from huiwu.services.week import ConflictRow, ProposalRow, WeekFilters, WeekView
from ui.context import AppContext, Job
from ui.errors import show_error
from ui.i18n import tr
from ui.pages import LoadsWhenShown
from ui.progress import run_with_progress
from ui.week.dialogs import BadEventsDialog, ImportDialog, SignOffDialog
from ui.week.grid import ScheduleGrid, keyed_matrix, slot_matrix
from ui.week.pickers import PersonPicker
from ui.week.requests import RequestsPanel
from ui.widgets.common import confirm
from ui.widgets.files import open_file, save_file
from ui.widgets.flow import FlowLayout


def create_page(ctx: AppContext) -> QWidget:
    return WeekPage(ctx)


def _this_week(ctx: AppContext) -> tuple[int, int]:
    y, w, _ = ctx.today().isocalendar()
    return y, w


class WeekPage(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("week_page")
        self.year, self.week = _this_week(ctx)
        self.view: WeekView | None = None
        self.signoff_dialog: SignOffDialog | None = None  # the open 定稿 dialog (tests answer it)
        self.reason_dialog: QInputDialog | None = None  # the open 变更原因 dialog
        self.people: list[PersonRow] = []
        self.venues: list[VenueRow] = []
        self.units: list[UnitRow] = []
        self.calendars: list[CalendarRow] = []
        self.day_index = 0
        self._build()
        for signal in (ctx.events.meetings_changed, ctx.events.leave_changed, ctx.events.settings_changed):
            signal.connect(self.reload)
        ctx.events.directory_changed.connect(self.load_lists)
        self.load_lists()
        self.reload()

    # -------------------------------------------------------- layout
    def _build(self) -> None:
        nav = QHBoxLayout()
        self.prev_button = self._button(tr("◀ Previous week"), lambda: self.shift(-1), "week_prev", "Alt+Left")
        self.today_button = self._button(tr("This week"), self.go_today, "week_today", "Alt+Home")
        self.next_button = self._button(tr("Next week ▶"), lambda: self.shift(1), "week_next", "Alt+Right")
        self.title = QLabel()
        self.title.setObjectName("week_title")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold; padding: 0 12px;")
        for w in (self.prev_button, self.today_button, self.next_button, self.title):
            nav.addWidget(w)
        nav.addStretch(1)
        self.view_mode = QComboBox()
        self.view_mode.setObjectName("week_view_mode")
        for key, text in (("week", tr("Week")), ("day", tr("Day")), ("person", tr("People")),
                          ("venue", tr("Venues"))):
            self.view_mode.addItem(text, key)
        self.view_mode.currentIndexChanged.connect(self._mode_changed)
        self.day_choice = QComboBox()
        self.day_choice.setObjectName("week_day_choice")
        self.day_choice.currentIndexChanged.connect(self._day_changed)
        self.day_choice.setVisible(False)
        nav.addWidget(QLabel(tr("View")))
        nav.addWidget(self.view_mode)
        nav.addWidget(self.day_choice)

        actions = FlowLayout()  # the filters and buttons wrap in a narrow window instead of widening it
        self.person_filter = PersonPicker(tr("Person (name or pinyin)"))
        self.person_filter.setObjectName("week_person_filter")
        self.person_filter.setMinimumWidth(170)
        self.person_filter.person_changed.connect(lambda _: self.reload())
        self.venue_filter = self._combo("week_venue_filter")
        self.unit_filter = self._combo("week_unit_filter")
        self.calendar_filter = self._combo("week_calendar_filter")
        actions.addWidget(QLabel(tr("Filter")))
        for field in (self.person_filter, self.venue_filter, self.unit_filter, self.calendar_filter):
            actions.addWidget(field)
        actions.addStretch(1)
        self.import_button = self._button(tr("Import .ics…"), self.import_ics, "week_import", "Ctrl+I")
        self.export_button = QPushButton(tr("Export .ics"))
        self.export_button.setObjectName("week_export")
        export_menu = QMenu(self.export_button)
        export_menu.addAction(tr("Export this week"), lambda: self.export_ics(False))
        export_menu.addAction(tr("Export with confidential details"), lambda: self.export_ics(True))
        self.export_button.setMenu(export_menu)
        self.print_button = QPushButton(tr("Print"))
        self.print_button.setObjectName("week_print")
        print_menu = QMenu(self.print_button)
        grid_action = QAction(tr("Weekly schedule (grid)…"), print_menu)
        grid_action.triggered.connect(lambda: self.print_week("grid"))
        print_menu.addAction(grid_action)
        print_menu.addAction(tr("Weekly schedule (list)…"), lambda: self.print_week("list"))
        print_menu.addSeparator()
        print_menu.addAction(tr("Weekly schedule with secret meetings' details…"),
                             lambda: self.print_week("grid", include_secret=True))
        self.print_button.setMenu(print_menu)
        print_shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        print_shortcut.activated.connect(lambda: self.print_week("grid"))
        self.finalize_button = self._button(tr("Finalise week"), self.finalize, "week_finalize")
        for button in (self.import_button, self.export_button, self.print_button, self.finalize_button):
            actions.addWidget(button)

        self.grid = ScheduleGrid()
        self.grid.meeting_activated.connect(self.open_meeting)
        self.side = QTabWidget()
        self.side.setObjectName("week_side")
        self.conflict_list = QListWidget()
        self.conflict_list.setObjectName("week_conflicts")
        self.conflict_list.setWordWrap(True)
        self.conflict_list.setSpacing(3)
        self.conflict_list.itemActivated.connect(self._conflict_activated)
        self.conflict_list.itemDoubleClicked.connect(self._conflict_activated)
        self.proposal_list = QListWidget()
        self.proposal_list.setObjectName("week_proposals")
        self.proposal_list.setWordWrap(True)
        self.proposal_list.setSpacing(3)
        self.proposal_list.itemActivated.connect(lambda _: self.accept_proposal())
        self.accept_button = QPushButton(tr("Accept proposal…"))
        self.accept_button.setObjectName("week_accept_merge")
        self.accept_button.clicked.connect(lambda _=False: self.accept_proposal())
        proposals = QWidget()
        p_layout = QVBoxLayout(proposals)
        p_layout.setContentsMargins(0, 0, 0, 0)
        p_layout.addWidget(self.proposal_list)
        hint = QLabel(tr("Nothing is merged until you accept a proposal."))
        hint.setWordWrap(True)
        p_layout.addWidget(hint)
        p_layout.addWidget(self.accept_button)
        self.changes_list = QListWidget()
        self.changes_list.setObjectName("week_changes")
        self.changes_list.setWordWrap(True)
        self.changes_list.setToolTip(tr("Double-click a change to give its reason."))
        self.changes_list.itemActivated.connect(self._change_activated)
        self.side.addTab(self.conflict_list, tr("Conflicts"))
        self.side.addTab(proposals, tr("Merge proposals"))
        self.side.addTab(self.changes_list, tr("Changes and notes"))
        self.requests = RequestsPanel(self.ctx)  # 会议申报 for the displayed week
        self.side.addTab(self.requests, tr("Requests"))
        self.requests.count_changed.connect(lambda text: self.side.setTabText(self.side.indexOf(self.requests), text))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("week_splitter")
        self.splitter.addWidget(self.grid)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = QSettings().value("week/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([900, 330])
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("week/splitter", self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def _button(self, text: str, slot: Any, name: str, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if shortcut:
            button.setShortcut(QKeySequence(shortcut))
            button.setToolTip(shortcut)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumWidth(130)
        combo.currentIndexChanged.connect(lambda _: self.reload())
        return combo

    # -------------------------------------------------------- loading
    def load_lists(self) -> None:
        def load(uow: Any) -> tuple[list[PersonRow], list[VenueRow], list[UnitRow], list[CalendarRow]]:
            return (directory.list_people(uow, include_inactive=False), directory.list_venues(uow, False),
                    directory.list_units(uow, include_inactive=False), cal_svc.list_calendars(uow))

        self.ctx.run(load, self._lists_loaded, lambda exc: show_error(self, exc))

    def _lists_loaded(self, result: tuple[list[PersonRow], list[VenueRow], list[UnitRow], list[CalendarRow]]) -> None:
        self.people, self.venues, self.units, self.calendars = result
        self.person_filter.set_people(self.people)
        self._fill(self.venue_filter, tr("All venues"), [(v.id, v.name) for v in self.venues])
        self._fill(self.unit_filter, tr("All units"), [(u.id, u.name) for u in self.units])
        self._fill(self.calendar_filter, tr("All calendars"),
                   [(0, tr("Office meetings only"))] + [(c.id, c.name) for c in self.calendars])

    def _fill(self, combo: QComboBox, everything: str, entries: list[tuple[int, str]]) -> None:
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(everything, None)
            for key, text in entries:
                combo.addItem(text, key)
            at = combo.findData(current)
            combo.setCurrentIndex(at if at >= 0 else 0)

    def filters(self) -> WeekFilters:
        return WeekFilters(
            person_id=self.person_filter.person_id,
            venue_id=self.venue_filter.currentData(),
            unit_id=self.unit_filter.currentData(),
            calendar_id=self.calendar_filter.currentData(),
        )

    def reload(self) -> None:
        year, week, filters = self.year, self.week, self.filters()
        self.title.setText(svc.week_label(year, week))
        self.ctx.run(lambda uow: svc.week_view(uow, year, week, filters), self._shown,
                     lambda exc: show_error(self, exc), tr("Loading the week…"))
        self.requests.show_week(year, week)

    def _shown(self, view: WeekView) -> None:
        if (view.iso_year, view.iso_week) != (self.year, self.week):
            return  # an older request answered after the clerk moved on
        self.view = view
        state = view.state_label
        if view.edition >= 2:
            state += tr(" (edition %1)").replace("%1", str(view.edition))
        if view.finalized_at is not None:
            state += f"（{view.finalized_at:%m-%d %H:%M} {view.finalized_by}）"
        if view.signer_name:
            state += "　" + svc.signoff_line(view.signer_name, view.signed_at)
        self.title.setText(f"{view.label}　{state}")
        # a finalised week is re-issued (第2版 …) once it has 变更; without any there is nothing to sign again
        self.finalize_button.setEnabled(view.state != "final" or bool(view.amendments))
        self.finalize_button.setText(tr("Finalise week") if view.state != "final" else tr("Re-issue week"))
        with QSignalBlocker(self.day_choice):
            self.day_choice.clear()
            for d in view.days:
                self.day_choice.addItem(f"{d.weekday_label} {d.date.month}月{d.date.day}日", d.date)
            self.day_choice.setCurrentIndex(min(self.day_index, 6))
        self._draw()
        self._fill_conflicts(view.conflicts)
        self._fill_proposals(view.proposals)
        self._fill_changes(view)
        self.side.setTabText(0, tr("Conflicts") + f" ({len(view.conflicts)})")
        self.side.setTabText(1, tr("Merge proposals") + f" ({len(view.proposals)})")
        self.ctx.status(tr("Week shown: %1 meetings and events, %2 conflicts.")
                        .replace("%1", str(len(view.items))).replace("%2", str(len(view.conflicts))))

    def _draw(self) -> None:
        view = self.view
        if view is None:
            return
        mode = self.view_mode.currentData()
        self.day_choice.setVisible(mode == "day")
        if mode == "day":
            self.grid.show_matrix(slot_matrix(view, [view.days[self.day_index]]))
        elif mode == "person":
            ids = {pid for item in view.items for pid in item.person_ids} | {b.person_id for b in view.absences}
            if self.person_filter.person_id is not None:
                ids &= {self.person_filter.person_id}
            people: list[tuple[object, str]] = [(p.id, p.name) for p in self.people if p.id in ids]
            self.grid.show_matrix(keyed_matrix(view, people, lambda i: i.person_ids, lambda b: b.person_id), True)
        elif mode == "venue":
            rows: list[tuple[object, str]] = [(v.id, v.name) for v in self.venues]
            rows.append(("other", tr("Elsewhere / imported")))
            self.grid.show_matrix(keyed_matrix(
                view, rows, lambda i: [i.venue_id if i.venue_id is not None else "other"]), True)
        else:
            self.grid.show_matrix(slot_matrix(view, view.days))

    def _mode_changed(self, _: int) -> None:
        self._draw()

    def _day_changed(self, index: int) -> None:
        if index >= 0:
            self.day_index = index
            self._draw()

    def _fill_conflicts(self, conflicts: tuple[ConflictRow, ...]) -> None:
        with QSignalBlocker(self.conflict_list):
            self.conflict_list.clear()
            if not conflicts:
                self.conflict_list.addItem(tr("No conflicts this week."))
            suggestion = tr("Suggestion")
            for c in conflicts:
                item = QListWidgetItem(f"【{c.kind_label}】{c.message}\n{suggestion}：{c.suggestion}")
                item.setData(Qt.ItemDataRole.UserRole, c)
                item.setForeground(QBrush(QColor("#b03a2e" if c.severity == "error" else "#9a6700")))
                item.setToolTip(tr("Double-click to open the meeting"))
                self.conflict_list.addItem(item)

    def _fill_proposals(self, proposals: tuple[ProposalRow, ...]) -> None:
        with QSignalBlocker(self.proposal_list):
            self.proposal_list.clear()
            for p in proposals:
                item = QListWidgetItem(f"【{p.kind_label}】《{p.source_title}》→《{p.target_title}》"
                                       f"（{p.score:.0%}）\n{p.reason}")
                item.setData(Qt.ItemDataRole.UserRole, p)
                self.proposal_list.addItem(item)
            if proposals:
                self.proposal_list.setCurrentRow(0)
        self.accept_button.setEnabled(bool(proposals))

    def _fill_changes(self, view: WeekView) -> None:
        self.changes_list.clear()
        for a in view.amendments:
            item = QListWidgetItem(f"【{a.change_label}】{a.text}")
            item.setData(Qt.ItemDataRole.UserRole, a)
            self.changes_list.addItem(item)
        on_leave, note = tr("On leave"), tr("Note")
        for b in view.absences:
            self.changes_list.addItem(
                f"【{on_leave}】{b.person_name} {b.start:%m-%d %H:%M}—{b.end:%m-%d %H:%M} {b.reason}")
        for w in view.warnings:
            self.changes_list.addItem(f"【{note}】{w}")
        if self.changes_list.count() == 0:
            self.changes_list.addItem(tr("No changes, leave or notes this week."))

    # -------------------------------------------------------- navigation
    def shift(self, weeks: int) -> None:
        monday = dt.date.fromisocalendar(self.year, self.week, 1) + dt.timedelta(weeks=weeks)
        self.year, self.week, _ = monday.isocalendar()
        self.reload()

    def go_today(self) -> None:
        self.year, self.week = _this_week(self.ctx)
        self.reload()

    def open_target(self, target: object) -> None:
        """A date, a datetime or an (iso_year, iso_week) pair; (iso_year, iso_week, "requests") also shows the
        week's 会议申报 (the 工作台's way here)."""
        if isinstance(target, dt.date):
            self.year, self.week, weekday = target.isocalendar()
            self.day_index = weekday - 1
        elif isinstance(target, tuple) and len(target) in (2, 3):
            self.year, self.week = int(target[0]), int(target[1])
            if target[2:] == ("requests",):
                self.side.setCurrentWidget(self.requests)
        self.reload()

    def open_meeting(self, meeting_id: int) -> None:
        self.ctx.events.open_requested.emit("meetings", meeting_id)

    def _conflict_activated(self, item: QListWidgetItem) -> None:
        c = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(c, ConflictRow) and c.meeting_ids:
            self.open_meeting(c.meeting_ids[0])

    # -------------------------------------------------------- actions
    def accept_proposal(self) -> None:
        item = self.proposal_list.currentItem()
        p = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(p, ProposalRow):
            return
        question = (tr("Merge 《%1》 into 《%2》?\n\nIts agenda items and participants move to 《%2》 and "
                       "《%1》 is cancelled (keeping its list for the record). This is recorded in both meetings' history.")
                    .replace("%1", p.source_title).replace("%2", p.target_title))
        if not confirm(self, tr("Accept proposal"), question):
            return

        def done(result: meetings.MergeResult) -> None:
            text = result.summary + ("；" + "；".join(result.warnings) if result.warnings else "")
            self.ctx.status(text)
            self.ctx.events.meetings_changed.emit()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload()  # e.g. someone changed one of the two meetings meanwhile: show the current week

        self.ctx.run(lambda uow: meetings.merge_meetings(uow, p.source_id, p.source_version, p.target_id,
                                                         p.target_version, p.kind), done, failed, tr("Merging…"))

    def _change_activated(self, item: QListWidgetItem) -> None:
        """A 变更 prints with its reason: the clerk gives or corrects it here (non-blocking, ``open()``)."""
        a = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(a, svc.AmendmentRow):
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("amendment_reason_dialog")
        dialog.setWindowTitle(tr("Reason for the change"))
        dialog.setLabelText(a.description)
        dialog.setTextValue(a.reason)
        dialog.setOkButtonText(tr("Save"))
        dialog.setCancelButtonText(tr("Cancel"))
        dialog.textValueSelected.connect(lambda reason: self.set_reason(a.amendment_id, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def set_reason(self, amendment_id: int, reason: str) -> None:
        def done(_: object) -> None:
            self.ctx.status(tr("Reason saved."))
            self.reload()

        self.ctx.run(lambda uow: svc.set_amendment_reason(uow, amendment_id, reason), done,
                     lambda exc: show_error(self, exc))

    def finalize(self) -> None:
        """定稿 (or a re-issue): the sign-off dialog opens once the default signer (the 县长) is known."""
        year, week = self.year, self.week
        view = self.view if self.view is not None and (self.view.iso_year, self.view.iso_week) == (year, week) \
            else None
        edition = (view.edition + 1) if view is not None else 1
        changes = len(view.amendments) if view is not None else 0
        self.ctx.run(county_head_id, lambda head: self._ask_signer(year, week, head, edition, changes),
                     lambda exc: show_error(self, exc))

    def _ask_signer(self, year: int, week: int, head: int | None, edition: int, changes: int) -> None:
        dialog = SignOffDialog(svc.week_label(year, week), self.people, head, edition, changes, self)
        dialog.accepted.connect(lambda: self.finalize_as(year, week, dialog.signer_id()))
        dialog.finished.connect(dialog.deleteLater)
        self.signoff_dialog = dialog
        dialog.open()

    def finalize_as(self, year: int, week: int, signer_id: int | None) -> None:
        def done(view: WeekView) -> None:
            self.ctx.status(tr("%1 finalised, signed by %2.").replace("%1", view.label)
                            .replace("%2", view.signer_name or "—"))
            self._shown(view)

        self.ctx.run(lambda uow: svc.finalize_week(uow, year, week, signer_id), done,
                     lambda exc: show_error(self, exc), tr("Finalising…"))

    def print_week(self, variant: str, include_secret: bool = False) -> None:
        """Printed for the office at large: 涉密 meetings appear as “涉密会议” unless the clerk asks otherwise."""
        from ui.printing import preview_pdf

        year, week = self.year, self.week
        title = tr("Weekly schedule") + ("" if variant == "grid" else tr(" (list)"))
        if include_secret:
            title += tr(" (with secret meetings)")
        preview_pdf(self.ctx, self, title, lambda uow: svc.week_pdf(uow, year, week, variant, include_secret))

    def export_ics(self, include_confidential: bool) -> None:
        year, week = self.year, self.week
        filters = self.filters()
        chosen = save_file(self, "ics-export", tr("Export calendar"), f"会议安排_{year}-W{week:02d}.ics",
                           tr("Calendar files (*.ics)"))
        if chosen is None:
            return
        name = str(chosen)
        path = Path(name)
        monday = dt.date.fromisocalendar(year, week, 1)

        def job(uow: Any) -> int:
            data = cal_svc.export_ics(uow, date_from=monday, date_to=monday + dt.timedelta(days=6),
                                      person_id=filters.person_id, venue_id=filters.venue_id,
                                      include_confidential=include_confidential)
            path.write_bytes(data)
            return data.count(b"BEGIN:VEVENT")

        self.ctx.run(job, lambda n: self.ctx.status(
            tr("Exported %1 meetings to %2.").replace("%1", str(n)).replace("%2", str(path))),
            lambda exc: show_error(self, exc), tr("Exporting…"))

    def import_ics(self) -> None:
        chosen = open_file(self, "ics-import", tr("Import calendar"), tr("Calendar files (*.ics)"))
        if chosen is None:
            return
        name = str(chosen)
        dialog = ImportDialog(Path(name), self.calendars, self.people, self)
        if dialog.exec() == ImportDialog.DialogCode.Accepted:
            self.import_file(Path(name), dialog.calendar_name(), dialog.color, dialog.owner_id())

    def import_file(self, path: Path, calendar: str, color: str | None = None, owner: int | None = None,
                    *, skip_bad: bool = False) -> None:
        """Import on the worker; a file with some unreadable events asks whether to import the others."""
        def done(result: cal_svc.ImportResult) -> None:
            self.ctx.status(result.summary())
            self.load_lists()
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, IcsImportError) and exc.bad_events and exc.good_count and not skip_bad:
                self._offer_the_rest(exc, lambda: self.import_file(path, calendar, color, owner, skip_bad=True))
            else:
                show_error(self, exc, tr("Import calendar"))

        def use_case(uow: Any, job: Job) -> cal_svc.ImportResult:
            return cal_svc.import_ics(uow, path, calendar, color, owner, progress=job.progress,
                                      cancelled=job.cancelled, skip_bad=skip_bad)

        run_with_progress(self.ctx, self, use_case, done, failed, tr("Importing…"))

    def _offer_the_rest(self, exc: IcsImportError, import_rest: Any) -> None:
        """Window-modal, never exec(): the answer arrives by signal (tests click or reject the dialog)."""
        dialog = BadEventsDialog(exc.file_name, exc.bad_events, exc.good_count, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(import_rest)
        dialog.rejected.connect(lambda: self.ctx.status(tr("Import cancelled; nothing was changed.")))
        dialog.open()
