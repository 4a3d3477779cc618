"""The meeting editor: one dialog with tabs 基本信息 / 议题 / 参会人员 / 会务清单 / 议定事项 / 会议通知 / 修改记录.

The first three tabs are edited in memory and saved together (Ctrl+S) with the version the dialog opened;
the checklist, decisions and notice are saved as the clerk acts on them, each by its own service call.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huiwu.calendar.workdays import default_meeting_start
from huiwu.models import MeetingStatus
from huiwu.rules.order import seat_order
from huiwu.rules.secrecy import STATE_SECRET_LEVELS, is_state_secret
from huiwu.services import actions as action_svc
from huiwu.services import checklists as checklist_svc
from huiwu.services import meetings as svc
from huiwu.services import notice as notice_svc
from huiwu.services.actions import ActionRow
from huiwu.services.audit import AuditRow
from huiwu.services.checklists import ChecklistRow
from huiwu.services.directory import search_people
from huiwu.services.meetings import AgendaInput, MeetingDetail, MeetingInput, ParticipantInput, SaveResult
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.action_dialogs import ActionDialog, FeedbackDialog
from ui.meetings.alive import run_alive
from ui.meetings.minutes import MinutesTab
from ui.meetings.refs import Refs
from ui.meetings.replies import RepliesTab
from ui.meetings.secret_register import SecretRegisterTab, is_secret_meeting
from ui.widgets.common import OVERDUE_COLOR, FormDialog, confirm, shortcut
from ui.widgets.dates import from_qdt, to_qdt
from ui.widgets.table import Column, RowTableModel

if TYPE_CHECKING:
    from huiwu.services.week import AmendmentRow

LABELS = svc.labels()
ROW_HEIGHT = 30


def fmt(t: dt.datetime | None) -> str:
    return t.strftime("%Y-%m-%d %H:%M") if t else ""


def table(columns: list[str], name: str) -> QTableWidget:
    widget = QTableWidget(0, len(columns))
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(columns)
    widget.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    widget.verticalHeader().setVisible(False)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.setAlternatingRowColors(True)
    return widget


def row_view(columns: list[Column[Any]], name: str) -> tuple[RowTableModel[Any], Any]:
    from PySide6.QtWidgets import QTableView

    model: RowTableModel[Any] = RowTableModel(columns)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    model.setParent(view)
    return model, view


def current(model: RowTableModel[Any], view: Any) -> Any | None:
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


class MeetingEditor(QDialog):
    """Open with ``detail=None`` for a new meeting; after the first save it becomes an existing one."""

    saved = Signal(int)  # meeting id

    def __init__(self, ctx: AppContext, refs: Refs, detail: MeetingDetail | None, parent: QWidget | None = None,
                 start: dt.datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_editor")
        self.ctx, self.refs, self.detail = ctx, refs, detail
        self.tz = ctx.settings.tz()
        self.dirty = False
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meeting_tabs")
        self.warnings = QLabel()
        self.warnings.setObjectName("meeting_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a15c00;")
        self._base_warnings: tuple[str, ...] = ()  # of the saved meeting, its clashes left out
        self._clashes: tuple[str, ...] = ()  # with the rest of the schedule, as the form stands
        self._clash_timer = QTimer(self)
        self._clash_timer.setSingleShot(True)
        self._clash_timer.setInterval(400)
        self._clash_timer.timeout.connect(self.check_clashes)
        self._basic_tab()
        self._agenda_tab()
        self._people_tab()
        self.checklist_tab = ChecklistTab(self)
        self.actions_tab = ActionsTab(self)
        self.minutes_tab = MinutesTab(self)  # 会议纪要, after the decisions
        self.notice_tab = NoticeTab(self)
        self.replies_tab = RepliesTab(self)
        self.register_tab = SecretRegisterTab(self)  # 涉密材料 发放回收登记: for a 涉密 meeting or 议题
        self.history_tab = HistoryTab(self)
        self.tabs.addTab(self.basic, tr("Basics"))
        self.tabs.addTab(self.agenda_page, tr("Agenda"))
        self.tabs.addTab(self.people_page, tr("Participants"))
        self.tabs.addTab(self.checklist_tab, tr("Checklist"))
        self.tabs.addTab(self.actions_tab, tr("Decisions"))
        self.tabs.addTab(self.minutes_tab, tr("Minutes of the meeting"))
        self.tabs.addTab(self.notice_tab, tr("Notice"))
        self.tabs.addTab(self.replies_tab, tr("Replies"))
        self.tabs.addTab(self.register_tab, tr("Classified materials"))
        self.tabs.addTab(self.history_tab, tr("History"))
        bar = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setObjectName("meeting_status")
        bar.addWidget(self.status_label)
        self.status_buttons: dict[str, QPushButton] = {}
        for code, text in ((MeetingStatus.SCHEDULED, tr("Mark scheduled")), (MeetingStatus.NOTIFIED, tr("Mark notified")),
                           (MeetingStatus.IN_PROGRESS, tr("Start")), (MeetingStatus.FINISHED, tr("Finish"))):
            button = QPushButton(text)
            button.setObjectName(f"status_{code.value}")
            button.clicked.connect(lambda _=False, c=code.value: self.change_status(c))
            bar.addWidget(button)
            self.status_buttons[code.value] = button
        self.cancel_button = self._button(bar, tr("Cancel meeting…"), self.cancel_meeting, "cancel_meeting")
        self.copy_button = self._button(bar, tr("Hold again…"), self.copy_meeting, "copy_meeting")
        self.delete_button = self._button(bar, tr("Delete"), self.delete_meeting, "delete_meeting")
        self.archive_button = self._button(bar, tr("File away…"), self.open_archive, "archive_meeting")
        self.archive_button.setToolTip(tr("File the meeting away: one archive PDF of its papers, then frozen"))
        bar.addStretch(1)
        self._button(bar, tr("Print…"), self.print_menu, "print_meeting").setToolTip("Ctrl+P")
        self.save_button = self._button(bar, tr("Save"), self.save, "save_meeting")
        self.save_button.setToolTip("Ctrl+S")  # never the default button: Enter adds a person or ends a cell
        self._button(bar, tr("Close"), self.close, "close_meeting")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.warnings)
        layout.addLayout(bar)
        shortcut(QKeySequence.StandardKey.Save, self, self.save_current).setWhatsThis(tr("Save the meeting"))
        shortcut(QKeySequence.StandardKey.Print, self, self.print_menu).setWhatsThis(tr("Print…"))
        self._archive_text = ""  # "已归档（…）" or how a change reopened it; empty while never filed
        self._saving = False  # a save on the worker: a second Ctrl+S waits for it (a new meeting is created once)
        self.reason_dialog: QInputDialog | None = None
        self.resize(1100, 680)
        self.fill(detail, start)

    @staticmethod
    def _button(bar: QHBoxLayout, text: str, slot: Any, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        bar.addWidget(button)
        return button

    # ------------------------------------------------------------ building the tabs
    def _basic_tab(self) -> None:
        self.basic = QWidget()
        outer = QVBoxLayout(self.basic)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        self.title = QLineEdit()
        self.title.setObjectName("meeting_title")
        self.kind = QComboBox()
        self.kind.setObjectName("meeting_kind")
        for code, label in LABELS["kind"].items():
            self.kind.addItem(label, code)
        self.starts = QDateTimeEdit()
        self.starts.setObjectName("meeting_starts")
        self.ends = QDateTimeEdit()
        self.ends.setObjectName("meeting_ends")
        for w in (self.starts, self.ends):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.length = QLabel()
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel(tr("to")))
        times.addWidget(self.ends)
        times.addWidget(self.length)
        times.addStretch(1)
        self.venue = QComboBox()
        self.venue.setObjectName("meeting_venue")
        self.venue.addItem(tr("(none)"), None)
        for v in self.refs.venues:
            self.venue.addItem(f"{v.name}（{v.capacity} 人）", v.id)
        self.video = QLineEdit()
        self.video.setObjectName("meeting_video")
        self.host = self._unit_combo("meeting_host")
        self.undertaker = self._unit_combo("meeting_undertaker")
        self.chair = QComboBox()
        self.chair.setObjectName("meeting_chair")
        self.chair.addItem(tr("(none)"), None)
        for p in self.refs.people:
            if p.is_leader:
                self.chair.addItem(f"{p.name}（{p.unit_name} {p.title}）", p.id)
        self.confidentiality = QComboBox()  # 公开 / 内部 / 秘密 / 机密 / 绝密, from the model's one label table
        self.confidentiality.setObjectName("meeting_confidentiality")
        for code, label in LABELS["confidentiality"].items():
            self.confidentiality.addItem(label, code)
        self.secrecy_term = QLineEdit()  # 保密期限: only a 密级 has one
        self.secrecy_term.setObjectName("meeting_secrecy_term")
        self.secrecy_term.setMaxLength(10)
        self.secrecy_term.setPlaceholderText(tr("e.g. 1年, 6个月 or 长期"))
        secrecy = QHBoxLayout()
        secrecy.addWidget(self.confidentiality)
        self.secrecy_term_label = QLabel(tr("Secrecy term"))
        secrecy.addWidget(self.secrecy_term_label)
        secrecy.addWidget(self.secrecy_term, 1)
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        contact = QHBoxLayout()
        contact.addWidget(self.contact_name)
        contact.addWidget(QLabel(tr("Phone")))
        contact.addWidget(self.contact_phone)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        form.addRow(tr("Meeting name"), self.title)
        form.addRow(tr("Meeting kind"), self.kind)
        form.addRow(tr("Meeting time"), times)
        form.addRow(tr("Venue"), self.venue)
        form.addRow(tr("Video link"), self.video)
        form.addRow(tr("Host unit"), self.host)
        form.addRow(tr("Undertaking unit"), self.undertaker)
        form.addRow(tr("Chair"), self.chair)
        form.addRow(tr("Confidentiality"), secrecy)
        form.addRow(tr("Contact"), contact)
        form.addRow(tr("Notes"), self.notes)
        for line in (self.title, self.video, self.contact_name, self.contact_phone, self.secrecy_term):
            line.textEdited.connect(self.mark_dirty)
        self.confidentiality.currentIndexChanged.connect(self._secrecy_changed)
        for c in (self.kind, self.venue, self.host, self.undertaker, self.chair, self.confidentiality):
            c.currentIndexChanged.connect(self.mark_dirty)
        for c in (self.venue, self.chair):
            c.currentIndexChanged.connect(lambda *_: self.schedule_clash_check())
        self.starts.dateTimeChanged.connect(self._start_moved)
        self.ends.dateTimeChanged.connect(self._times_changed)
        self.notes.textChanged.connect(self.mark_dirty)

    def _unit_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(tr("(none)"), None)
        for u in self.refs.units:
            combo.addItem(u.name, u.id)
        return combo

    def _agenda_tab(self) -> None:
        self.agenda_page = QWidget()
        self.agenda = table([tr("Topic"), tr("Presenting unit"), tr("Presenter"), tr("Minutes"),
                             tr("Attending units (列席)"), tr("Classification"), tr("Secrecy term")], "agenda_table")
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Drag a row by its number: QTableWidget's own InternalMove overwrites cells, a movable header does not.
        rows_header = self.agenda.verticalHeader()
        rows_header.setVisible(True)
        rows_header.setSectionsMovable(True)
        rows_header.setToolTip(tr("Drag a number to reorder the topics"))
        rows_header.sectionMoved.connect(self._topic_dragged)
        header = self.agenda.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.agenda.setColumnWidth(1, 220)
        self.agenda.setColumnWidth(2, 110)
        self.agenda.setColumnWidth(3, 80)
        self.agenda.setColumnWidth(4, 220)
        self.agenda.setColumnWidth(5, 80)
        self.agenda.setColumnWidth(6, 80)
        self.agenda.itemChanged.connect(lambda *_: self._agenda_changed())
        self.agenda.cellDoubleClicked.connect(lambda row, col: self.choose_attending_units(row) if col == 4 else None)
        self.agenda_total = QLabel()
        self.agenda_total.setObjectName("agenda_total")
        bar = QHBoxLayout()
        self._button(bar, tr("Add topic"), self.add_topic, "add_topic")
        self._button(bar, tr("Remove topic"), self.remove_topic, "remove_topic")
        self._button(bar, tr("Attending units…"), lambda: self.choose_attending_units(self.agenda.currentRow()),
                     "topic_attending")
        self._button(bar, tr("Move up (Ctrl+Up)"), lambda: self.move_topic(-1), "topic_up")
        self._button(bar, tr("Move down (Ctrl+Down)"), lambda: self.move_topic(1), "topic_down")
        bar.addStretch(1)
        bar.addWidget(self.agenda_total)
        layout = QVBoxLayout(self.agenda_page)
        layout.addLayout(bar)
        layout.addWidget(self.agenda)
        for key, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            shortcut(QKeySequence(key), self.agenda, lambda d=delta: self.move_topic(d),
                      Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _people_tab(self) -> None:
        self.people_page = QWidget()
        self.people = table([tr("Full name"), tr("Unit"), tr("Title"), tr("Role")], "participants_table")
        self.people.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.people.setColumnWidth(0, 110)
        self.people.setColumnWidth(1, 240)
        self.people.setColumnWidth(2, 260)
        self.participants: list[ParticipantInput] = []
        self.search = QLineEdit()
        self.search.setObjectName("participant_search")
        self.search.setPlaceholderText(tr("Add a person: name or pinyin initials, Enter adds"))
        self.candidates = QListWidget()
        self.candidates.setObjectName("participant_candidates")
        self.candidates.setMaximumHeight(130)
        self.role = QComboBox()
        self.role.setObjectName("participant_role")
        for code, label in LABELS["role"].items():
            self.role.addItem(label, code)
        self.unit_pick = self._unit_combo("participant_unit")
        self.group_pick = QComboBox()
        self.group_pick.setObjectName("participant_group")
        for g in self.refs.groups:
            self.group_pick.addItem(f"{g.name}（{len(g.member_ids)} 人）", g.id)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(QLabel(tr("Role")))
        top.addWidget(self.role)
        by = QHBoxLayout()
        by.addWidget(self.unit_pick, 1)
        self._button(by, tr("Add unit's leaders"), self.add_unit, "add_unit")
        by.addWidget(self.group_pick, 1)
        self._button(by, tr("Add group"), self.add_group, "add_group")
        self._button(by, tr("Paste names…"), self.paste_names, "paste_names")
        self._button(by, tr("Remove"), self.remove_people, "remove_participant")
        self.people_count = QLabel()
        self.people_count.setObjectName("participant_count")
        layout = QVBoxLayout(self.people_page)
        layout.addLayout(top)
        layout.addWidget(self.candidates)
        layout.addLayout(by)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.people_count)
        self.search.textChanged.connect(self.refresh_candidates)
        self.search.returnPressed.connect(self.add_candidate)
        self.candidates.itemActivated.connect(lambda _: self.add_candidate())
        shortcut(QKeySequence(Qt.Key.Key_Delete), self.people, self.remove_people,
                  Qt.ShortcutContext.WidgetShortcut)

    # ------------------------------------------------------------ filling
    def fill(self, d: MeetingDetail | None, start: dt.datetime | None = None) -> None:
        self._filling = True
        blockers = [QSignalBlocker(w) for w in (self.title, self.kind, self.starts, self.ends, self.venue, self.video,
                                                self.host, self.undertaker, self.chair, self.confidentiality,
                                                self.secrecy_term, self.contact_name, self.contact_phone,
                                                self.notes, self.agenda)]
        if d is None:
            begin = start or default_meeting_start(self.refs.calendar, self.ctx.local_now())
            self.setWindowTitle(tr("New meeting"))
            self.starts.setDateTime(to_qdt(begin))
            self.ends.setDateTime(to_qdt(begin + dt.timedelta(hours=2)))
            office = next((u for u in self.refs.units if u.name.endswith("政府办公室")), None)
            if office:
                self.host.setCurrentIndex(self.host.findData(office.id))
            self.kind.setCurrentIndex(self.kind.findData("topic"))
            self.participants = []
            self.agenda.setRowCount(0)
        else:
            self.setWindowTitle(tr("Meeting: ") + d.title)
            self.title.setText(d.title)
            self.kind.setCurrentIndex(max(self.kind.findData(d.kind), 0))
            self.starts.setDateTime(to_qdt(d.starts_at))
            self.ends.setDateTime(to_qdt(d.ends_at))
            self.venue.setCurrentIndex(max(self.venue.findData(d.venue_id), 0))
            self.video.setText(d.video_link)
            self.host.setCurrentIndex(max(self.host.findData(d.host_unit_id), 0))
            self.undertaker.setCurrentIndex(max(self.undertaker.findData(d.undertaker_unit_id), 0))
            self.chair.setCurrentIndex(max(self.chair.findData(d.chair_id), 0))
            self.confidentiality.setCurrentIndex(max(self.confidentiality.findData(d.confidentiality), 0))
            self.secrecy_term.setText(d.secrecy_term)
            self.contact_name.setText(d.contact_name)
            self.contact_phone.setText(d.contact_phone)
            self.notes.setPlainText(d.notes)
            self.agenda.setRowCount(0)
            for a in d.agenda:
                self._append_topic(a.title, a.presenter_unit_id, a.presenter_name, a.minutes, a.attending_unit_ids,
                                   a.secrecy_level or ("secret_mimi" if a.confidential else ""), a.secrecy_term)
            self.participants = [ParticipantInput(p.person_id, p.role) for p in d.participants]
            self.show_warnings(d.warnings, d.clashes)
        del blockers
        self._secrecy_changed()
        self._times_changed()
        self._agenda_changed(mark=False)
        self.show_people()
        self.dirty = False
        self._filling = False
        self._clash_timer.stop()
        if d is None:
            self.show_warnings(())
            self.schedule_clash_check()  # a new meeting's default time may clash already
        self._update_state()

    def _update_state(self) -> None:
        d = self.detail
        status = d.status if d else MeetingStatus.DRAFT
        self._update_state_label()
        allowed = svc.TRANSITIONS[status] if d else frozenset()
        for code, button in self.status_buttons.items():
            button.setEnabled(code in allowed)
        for button in (self.cancel_button, self.copy_button, self.delete_button):
            button.setEnabled(d is not None)
        self.cancel_button.setEnabled(d is not None and status not in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED))
        self.archive_button.setEnabled(d is not None and not d.deleted
                                       and status in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED))
        for i in range(3, self.tabs.count()):
            self.tabs.setTabEnabled(i, d is not None)
        secret = d is not None and is_secret_meeting(d.confidentiality, [a.secrecy_level for a in d.agenda])
        self.tabs.setTabEnabled(self.tabs.indexOf(self.register_tab), secret)
        self.tabs.setTabToolTip(self.tabs.indexOf(self.register_tab), "" if secret else
                                tr("For a classified meeting, or one with a classified topic"))
        if secret:
            self.register_tab.reload()
        if d is not None:
            self.checklist_tab.reload()
            self.actions_tab.reload()
            self.minutes_tab.reload()
            self.notice_tab.reload()
            self.replies_tab.reload()
            self.history_tab.reload()
            self.load_archive_state()

    def save_current(self) -> None:
        """Ctrl+S: on the 纪要 tab the 纪要 (saved on its own), everywhere else the meeting."""
        if self.tabs.currentWidget() is self.minutes_tab:
            self.minutes_tab.save()
            return
        self.save()

    # ------------------------------------------------------------ 归档
    def load_archive_state(self) -> None:
        """The 归档 state beside the status (已归档 / reopened by a change), for a held meeting."""
        d = self.detail
        if d is None or d.status not in (MeetingStatus.FINISHED, MeetingStatus.CANCELLED):
            if self._archive_text:  # set back from 已结束: no longer shown as filed
                self._archive_text = ""
                self.status_label.setToolTip("")
                self._update_state_label()
            return
        from huiwu.services.archive import archive_state

        mid = d.id
        run_alive(self, self.ctx, lambda uow: archive_state(uow, mid), self.archive_changed)

    def archive_changed(self, state: Any) -> None:
        self.status_label.setToolTip(state.text)
        if state.short_text != self._archive_text:
            self._archive_text = state.short_text
            self._update_state_label()

    def _update_state_label(self) -> None:
        d = self.detail
        text = LABELS["status"][d.status if d else MeetingStatus.DRAFT]
        if d and d.deleted:
            text += tr(" (deleted)")
        if d and d.cancel_reason:
            text += "：" + d.cancel_reason
        if d and self._archive_text:
            text += " · " + self._archive_text
        self.status_label.setText(tr("Status: ") + text)

    def open_archive(self) -> None:
        if self.detail is None:
            return
        if self.unsaved():
            self.ctx.status(tr("Save the meeting before filing it."))
            return
        from ui.meetings.archive import open_archive_dialog

        open_archive_dialog(self.ctx, self, self.detail.id, self.archive_changed)

    def show_warnings(self, warnings: tuple[str, ...] | list[str], clashes: tuple[str, ...] = ()) -> None:
        """The saved meeting's warnings; ``clashes`` (among them) are replaced by the live check as the form changes."""
        self._base_warnings = tuple(w for w in warnings if w not in clashes)
        self._clashes = tuple(clashes)
        self._render_warnings()

    def _render_warnings(self, live: bool = False) -> None:
        lines = ["⚠ " + w for w in self._base_warnings]
        if self._clashes:
            if live:
                lines.append(tr("If saved now, this meeting clashes with the schedule:"))
            lines += ["⚠ " + c for c in self._clashes]
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))

    def schedule_clash_check(self) -> None:
        """Check the form against the schedule shortly after the clerk stops changing time, room or people."""
        if not getattr(self, "_filling", False):
            self._clash_timer.start()

    def check_clashes(self) -> None:
        data = self.meeting_input()
        people = [p.person_id for p in self.participants]
        meeting_id = self.detail.id if self.detail is not None else None
        run_alive(self, self.ctx, lambda uow: svc.preview_warnings(uow, meeting_id, data, people),
                  self._clashes_checked)

    def _clashes_checked(self, clashes: list[str]) -> None:
        self._clashes = tuple(clashes)
        self._render_warnings(live=True)

    def mark_dirty(self, *_: Any) -> None:
        self.dirty = True

    def _start_moved(self) -> None:
        """Moving the start keeps the meeting's length."""
        if self.detail is not None or True:
            length = getattr(self, "_length", dt.timedelta(hours=2))
            start = from_qdt(self.starts.dateTime(), self.tz)
            with QSignalBlocker(self.ends):
                self.ends.setDateTime(to_qdt(start + length))
        self._times_changed()
        self.mark_dirty()

    def _secrecy_changed(self, *_: Any) -> None:
        """The 保密期限 belongs to 秘密 / 机密 / 绝密 only; for 公开 and 内部 it is greyed out (and not saved)."""
        secret = is_state_secret(self.confidentiality.currentData() or "")
        self.secrecy_term.setEnabled(secret)
        self.secrecy_term_label.setEnabled(secret)
        self.secrecy_term.setToolTip("" if secret else tr("Only 秘密, 机密 and 绝密 have a secrecy term"))

    def _times_changed(self, *_: Any) -> None:
        start, end = from_qdt(self.starts.dateTime(), self.tz), from_qdt(self.ends.dateTime(), self.tz)
        self._length = max(end - start, dt.timedelta(minutes=0))
        minutes = int((end - start).total_seconds() // 60)
        self.length.setText(tr("%1 minutes").replace("%1", str(minutes)))
        self._agenda_changed(mark=False)
        self.mark_dirty()
        self.schedule_clash_check()

    def meeting_minutes(self) -> int:
        return int((from_qdt(self.ends.dateTime(), self.tz) - from_qdt(self.starts.dateTime(), self.tz))
                   .total_seconds() // 60)

    # ------------------------------------------------------------ agenda
    def _append_topic(self, title: str = "", unit_id: int | None = None, presenter: str = "", minutes: int = 15,
                      attending: tuple[int, ...] = (), level: str = "", term: str = "",
                      row: int | None = None) -> None:
        with QSignalBlocker(self.agenda):
            r = self.agenda.rowCount() if row is None else row
            self.agenda.insertRow(r)
            self.agenda.setItem(r, 0, QTableWidgetItem(title))
            unit = QTableWidgetItem(next((u.name for u in self.refs.units if u.id == unit_id), ""))
            unit.setData(Qt.ItemDataRole.UserRole, unit_id)
            self.agenda.setItem(r, 1, unit)
            self.agenda.setItem(r, 2, QTableWidgetItem(presenter))
            m = QTableWidgetItem()
            m.setData(Qt.ItemDataRole.EditRole, minutes)
            self.agenda.setItem(r, 3, m)
            self.agenda.setItem(r, 4, self._attending_item(attending))
            level_box = QComboBox()  # its own 密级: its materials are collected as soon as the topic ends
            level_box.setObjectName(f"topic_level_{r}")
            level_box.addItem(tr("None"), "")
            for code in STATE_SECRET_LEVELS:
                level_box.addItem(LABELS["confidentiality"][code], str(code))
            level_box.setCurrentIndex(max(level_box.findData(level), 0))
            level_box.setToolTip(tr("A classified topic: its materials are collected as soon as it ends, and the "
                                    "notice and agenda carry the highest classification of the meeting and its "
                                    "topics"))
            level_box.currentIndexChanged.connect(lambda *_: self._agenda_changed())
            self.agenda.setCellWidget(r, 5, level_box)
            self.agenda.setItem(r, 6, QTableWidgetItem(term if level else ""))

    def _attending_item(self, unit_ids: tuple[int, ...]) -> QTableWidgetItem:
        names = {u.id: u.name for u in self.refs.units}
        item = QTableWidgetItem("、".join(names[i] for i in unit_ids if i in names))
        item.setData(Qt.ItemDataRole.UserRole, tuple(i for i in unit_ids if i in names))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # chosen in a list, not typed
        item.setToolTip(tr("Double-click to choose the units attending this topic"))
        return item

    def choose_attending_units(self, row: int) -> None:
        """列席单位 of one 议题: tick them in the office's list of units."""
        if not 0 <= row < self.agenda.rowCount():
            return
        current = set(self.topic_values(row)[4])
        dialog = FormDialog(tr("Units attending this topic"), self)
        units = QListWidget()
        units.setObjectName("attending_units")
        for u in self.refs.units:
            item = QListWidgetItem(u.name)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if u.id in current else Qt.CheckState.Unchecked)
            units.addItem(item)
        units.setMinimumHeight(320)
        dialog.body.addWidget(units)
        if not dialog.exec():
            return
        chosen = tuple(units.item(i).data(Qt.ItemDataRole.UserRole) for i in range(units.count())
                       if units.item(i).checkState() == Qt.CheckState.Checked)
        with QSignalBlocker(self.agenda):
            self.agenda.setItem(row, 4, self._attending_item(chosen))
        self._agenda_changed()

    def add_topic(self) -> None:
        self._append_topic()
        row = self.agenda.rowCount() - 1
        self.agenda.setCurrentCell(row, 0)
        first = self.agenda.item(row, 0)
        if first is not None:
            self.agenda.editItem(first)
        self._agenda_changed()

    def remove_topic(self) -> None:
        row = self.agenda.currentRow()
        if row >= 0:
            self.agenda.removeRow(row)
            self._agenda_changed()

    def move_topic(self, delta: int) -> None:
        row = self.agenda.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.agenda.rowCount():
            return
        values = self.topic_values(row)
        self.agenda.removeRow(row)
        self._append_topic(*values, row=target)
        self.agenda.setCurrentCell(target, 0)
        self._agenda_changed()

    def _topic_dragged(self, *_: Any) -> None:
        """Rewrite the rows in their new visual order and put the header back in logical order."""
        header = self.agenda.verticalHeader()
        order = [header.logicalIndex(v) for v in range(self.agenda.rowCount())]
        values = [self.topic_values(r) for r in order]
        with QSignalBlocker(header):
            for logical in range(self.agenda.rowCount()):
                header.moveSection(header.visualIndex(logical), logical)
        self.agenda.setRowCount(0)
        for v in values:
            self._append_topic(*v)
        self._agenda_changed()

    def topic_values(self, row: int) -> tuple[str, int | None, str, int, tuple[int, ...], str, str]:
        def text(col: int) -> str:
            item = self.agenda.item(row, col)
            return item.text().strip() if item else ""

        unit_item = self.agenda.item(row, 1)
        unit_id = unit_item.data(Qt.ItemDataRole.UserRole) if unit_item else None
        unit_name = text(1)
        match = next((u.id for u in self.refs.units if u.name == unit_name or u.short_name == unit_name), None)
        if unit_name and match is not None:
            unit_id = match
        elif not unit_name:
            unit_id = None
        minutes_item = self.agenda.item(row, 3)
        try:
            minutes = int(minutes_item.data(Qt.ItemDataRole.EditRole)) if minutes_item else 0
        except (TypeError, ValueError):
            minutes = 0
        attending_item = self.agenda.item(row, 4)
        attending = tuple(attending_item.data(Qt.ItemDataRole.UserRole) or ()) if attending_item else ()
        level_box = self.agenda.cellWidget(row, 5)
        level = str(level_box.currentData() or "") if isinstance(level_box, QComboBox) else ""
        return text(0), unit_id, text(2), minutes, attending, level, text(6) if level else ""

    def agenda_inputs(self) -> list[AgendaInput]:
        out = []
        for r in range(self.agenda.rowCount()):
            title, unit_id, presenter, minutes, attending, level, term = self.topic_values(r)
            if title:
                out.append(AgendaInput(title, unit_id, presenter, minutes, attending, bool(level), level, term))
        return out

    def _agenda_changed(self, mark: bool = True) -> None:
        total = sum(self.topic_values(r)[3] for r in range(self.agenda.rowCount()))
        length = self.meeting_minutes()
        text = tr("Agenda %1 of %2 minutes").replace("%1", str(total)).replace("%2", str(length))
        self.agenda_total.setText(text)
        self.agenda_total.setStyleSheet("color: #b00020; font-weight: bold;" if total > length else "")
        if mark:
            self.mark_dirty()

    # ------------------------------------------------------------ participants
    def show_people(self) -> None:
        rows = []
        for p in self.participants:
            person = self.refs.person(p.person_id)
            if person is not None:
                rows.append((seat_order(p.role, person.unit_sort, person.unit_name, person.unit_id, person.sort_order,
                                        person.name, person.id), person, p.role))
        rows.sort(key=lambda t: t[0])
        self.participants = [ParticipantInput(person.id, role) for _, person, role in rows]
        self.people.setRowCount(len(rows))
        for i, (_, person, role) in enumerate(rows):
            for j, value in enumerate((person.name, person.unit_name, person.title, LABELS["role"].get(role, role))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                self.people.setItem(i, j, item)
        counts: dict[str, int] = {}
        for p in self.participants:
            counts[p.role] = counts.get(p.role, 0) + 1
        parts = "，".join(f"{LABELS['role'][r]} {n}" for r, n in counts.items())
        self.schedule_clash_check()
        self.people_count.setText(tr("%1 people").replace("%1", str(len(self.participants))) +
                                  (f"（{parts}）" if parts else ""))

    def refresh_candidates(self) -> None:
        self.candidates.clear()
        query = self.search.text().strip()
        if not query:
            return
        for p in search_people(list(self.refs.people), query, 30):
            item = QListWidgetItem(f"{p.name}　{p.unit_name}　{p.title}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.candidates.addItem(item)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def add_candidate(self) -> None:
        item = self.candidates.currentItem()
        if item is None:
            return
        self.add_people([item.data(Qt.ItemDataRole.UserRole)])
        self.search.clear()

    def add_people(self, person_ids: list[int]) -> None:
        existing = {p.person_id for p in self.participants}
        role = self.role.currentData()
        added, duplicates = 0, []
        for pid in person_ids:
            if pid in existing:
                person = self.refs.person(pid)
                duplicates.append(person.name if person else str(pid))
                continue
            self.participants.append(ParticipantInput(pid, role))
            existing.add(pid)
            added += 1
        self.show_people()
        self.mark_dirty()
        message = tr("Added %1 people").replace("%1", str(added))
        if duplicates:
            message += tr("; already listed (not added again): ") + "、".join(duplicates)
        self.ctx.status(message)
        if duplicates:
            self.show_warnings([tr("Already listed (not added again): ") + "、".join(duplicates)])

    def add_unit(self) -> None:
        unit_id = self.unit_pick.currentData()
        if unit_id is None:
            return
        ids = [p.id for p in self.refs.people if p.unit_id == unit_id and p.is_leader]
        ids = ids or [p.id for p in self.refs.people if p.unit_id == unit_id]
        self.add_people(ids)

    def add_group(self) -> None:
        group_id = self.group_pick.currentData()
        group = next((g for g in self.refs.groups if g.id == group_id), None)
        if group is not None:
            self.add_people(list(group.member_ids))

    def paste_names(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, tr("Paste names"),
                                                 tr("Names separated by spaces, commas or new lines:"))
        if not ok or not text.strip():
            return

        def done(match: svc.NameMatch) -> None:
            self.add_people(list(match.person_ids))
            if match.unknown or match.ambiguous:
                QMessageBox.warning(self, tr("Paste names"), match.message())

        run_alive(self, self.ctx, lambda uow: svc.match_names(uow, text), done, lambda exc: show_error(self, exc))

    def remove_people(self) -> None:
        rows = sorted({i.row() for i in self.people.selectedIndexes()}, reverse=True)
        items = [self.people.item(r, 0) for r in rows]
        ids = {item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None}
        if ids:
            self.participants = [p for p in self.participants if p.person_id not in ids]
            self.show_people()
            self.mark_dirty()

    # ------------------------------------------------------------ saving
    def meeting_input(self) -> MeetingInput:
        return MeetingInput(
            self.title.text(), self.kind.currentData(), from_qdt(self.starts.dateTime(), self.tz),
            from_qdt(self.ends.dateTime(), self.tz), self.venue.currentData(), self.video.text(),
            self.host.currentData(), self.undertaker.currentData(), self.chair.currentData(),
            self.confidentiality.currentData(), self.notes.toPlainText(), self.contact_name.text(),
            self.contact_phone.text(), self.secrecy_term.text() if self.secrecy_term.isEnabled() else "",
        )

    def save(self, confirm_closed: bool = False) -> None:
        if self._saving:
            self.ctx.status(tr("Still saving…"))
            return
        data, agenda, people = self.meeting_input(), self.agenda_inputs(), list(self.participants)
        d = self.detail
        if d is not None and d.status == MeetingStatus.FINISHED and not confirm_closed:
            before = {(p.person_id, p.role) for p in d.participants}
            if before != {(p.person_id, p.role) for p in people}:
                if not confirm(self, tr("Meeting finished"),
                               tr("This meeting has finished. Changing its participants changes the attendance "
                                  "records. Save anyway?")):
                    return
                confirm_closed = True

        def use_case(uow: Any) -> tuple[SaveResult, MeetingDetail, list[AmendmentRow]]:
            from huiwu.services import week as week_svc  # the calendar libraries load at the first save

            if d is None:
                result = svc.create_meeting(uow, data, agenda, people)
            else:
                result = svc.update_meeting(uow, d.id, d.version, data, agenda, people, confirm_closed)
            unexplained = week_svc.unexplained_amendments(uow, result.meeting_id)
            return result, svc.get_meeting(uow, result.meeting_id), unexplained

        def failed(exc: BaseException) -> None:
            self._saving = False
            show_error(self, exc)

        self._saving = True
        run_alive(self, self.ctx, use_case, self._saved, failed, label=tr("Saving"))

    def _saved(self, result: tuple[SaveResult, MeetingDetail, list[AmendmentRow]]) -> None:
        self._saving = False
        saved, detail, unexplained = result
        self.detail = detail
        self.fill(detail)
        self.show_warnings(saved.warnings, saved.clashes)
        message = tr("Saved: ") + detail.title
        if saved.warnings:
            message += tr(" — %1 warning(s)").replace("%1", str(len(saved.warnings)))
        self.ctx.status(message)
        self.ctx.events.meetings_changed.emit()
        self.saved.emit(detail.id)
        if unexplained:
            self.ask_change_reason(unexplained)

    def ask_change_reason(self, amendments: list[AmendmentRow]) -> None:
        """The week is 定稿: this save is a 变更 of it, printed with its reason. Asked once, non-blocking; left
        empty it can be given later on 周安排 (double-click the 变更)."""
        dialog = QInputDialog(self)
        dialog.setObjectName("change_reason_dialog")
        dialog.setWindowTitle(tr("Reason for the change"))
        dialog.setLabelText(tr("The week is finalised, so this is printed as a change:\n%1\n\nWhy was it changed?")
                            .replace("%1", "\n".join(a.description for a in amendments)))
        dialog.setOkButtonText(tr("Save"))
        dialog.setCancelButtonText(tr("Give it later"))
        ids = [a.amendment_id for a in amendments]
        dialog.textValueSelected.connect(lambda reason: self._give_reason(ids, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.reason_dialog = dialog
        dialog.open()

    def _give_reason(self, ids: list[int], reason: str) -> None:
        if not reason.strip():
            return

        def done(_: object) -> None:
            self.ctx.status(tr("Reason for the change saved."))
            self.ctx.events.meetings_changed.emit()

        from huiwu.services import week as week_svc

        run_alive(self, self.ctx, lambda uow: week_svc.set_amendment_reasons(uow, ids, reason), done,
                  lambda exc: show_error(self, exc), label=tr("Saving"))

    def run_and_refresh(self, use_case: Any, message: str) -> None:
        d = self.detail
        assert d is not None

        def job(uow: Any) -> tuple[SaveResult, MeetingDetail]:
            result = use_case(uow, d)
            return result, svc.get_meeting(uow, result.meeting_id)

        def done(result: tuple[SaveResult, MeetingDetail]) -> None:
            saved, detail = result
            if detail.id != d.id:  # 再开一次 opened a new meeting
                self.ctx.status(message)
                self.ctx.events.meetings_changed.emit()
                self.detail = detail
                self.fill(detail)
                return
            self.detail = detail
            self.fill(detail)
            self.show_warnings(saved.warnings, saved.clashes)
            self.ctx.status(message)
            self.ctx.events.meetings_changed.emit()

        run_alive(self, self.ctx, job, done, lambda exc: show_error(self, exc), label=tr("Saving"))

    def change_status(self, status: str) -> None:
        if self.dirty and self.detail is not None:
            QMessageBox.information(self, tr("Unsaved changes"), tr("Save your changes first (Ctrl+S)."))
            return
        label = LABELS["status"][status]
        self.run_and_refresh(lambda uow, d: svc.set_status(uow, d.id, d.version, status),
                             tr("Status changed to ") + label)

    def cancel_meeting(self) -> None:
        reason, ok = QInputDialog.getText(self, tr("Cancel meeting"), tr("Reason for cancelling:"))
        if ok and reason.strip():
            self.run_and_refresh(lambda uow, d: svc.cancel_meeting(uow, d.id, d.version, reason),
                                 tr("Meeting cancelled"))

    def copy_meeting(self) -> None:
        d = self.detail
        if d is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Hold again"))
        edit = QDateTimeEdit(to_qdt(d.starts_at + dt.timedelta(days=7)))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setObjectName("copy_start")
        from PySide6.QtWidgets import QDialogButtonBox

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(tr("Same meeting, new start time (it starts as a draft):")))
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        start = from_qdt(edit.dateTime(), self.tz)
        self.run_and_refresh(lambda uow, src: svc.copy_meeting(uow, src.id, start), tr("New meeting created"))

    def delete_meeting(self) -> None:
        d = self.detail
        if d is None:
            return
        if d.deleted:
            self.run_and_refresh(lambda uow, m: svc.restore_meeting(uow, m.id), tr("Meeting restored"))
            return
        if confirm(self, tr("Delete meeting"),
                   tr("Delete %1? It can be restored from the “Deleted” filter.").replace("%1", d.title)):
            self.run_and_refresh(lambda uow, m: svc.delete_meeting(uow, m.id, m.version), tr("Meeting deleted"))

    def print_menu(self) -> None:
        d = self.detail
        if d is None:
            self.ctx.status(tr("Save the meeting before printing."))
            return
        from PySide6.QtGui import QCursor
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for kind, text in (("notice", tr("Notice")), ("agenda", tr("Agenda")), ("signin", tr("Sign-in sheet")),
                           ("result", tr("Attendance result sheet")),
                           ("handout", tr("Handout")), ("seating", tr("Seating chart")),
                           ("cards", tr("Table cards")), ("actions", tr("Decisions follow-up list")),
                           ("minutes", tr("Minutes of the meeting"))):
            action = menu.addAction(text)
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.print_document(k))
        if self.tabs.isTabEnabled(self.tabs.indexOf(self.register_tab)):
            register = menu.addAction(tr("Classified material register"))
            register.setObjectName("print_register")
            register.triggered.connect(lambda _=False: self.register_tab.print_register())
        menu.addSeparator()
        rostrum = menu.addAction(tr("Rostrum members…"))
        rostrum.triggered.connect(self.choose_platform)
        menu.popup(QCursor.pos())
        self._print_menu = menu

    def choose_platform(self) -> None:
        """Who sits on the 主席台 (the seating chart and the 席卡 follow)."""
        if self.detail is None:
            return
        from ui.meetings.platform_dialog import open_platform_dialog

        open_platform_dialog(self.ctx, self, self.detail.id)

    def print_document(self, kind: str) -> None:
        d = self.detail
        if d is None:
            return
        try:
            from ui.printing import preview_document
        except ImportError:
            self.ctx.status(tr("Printing is not installed yet"))
            return
        from huiwu.services.printing import NUMBERED_KINDS

        if kind == "minutes":  # the 纪要 tab previews it (its numbered copies, its title)
            self.minutes_tab.print_preview()
            return
        listed = kind in ("notice", "agenda") and any(a.secrecy_level for a in d.agenda)  # they list the 议题
        if kind in NUMBERED_KINDS and (is_state_secret(d.confidentiality) or listed):
            # the notice and the 议程 go to each participant; the sign-in sheet and the seating chart are one
            copies = self.ask_copies(len(d.participants) if kind in ("notice", "agenda") else 1)
            if copies is None:
                return
            preview_document(self.ctx, self, kind, d.id, copies=copies)
            return
        preview_document(self.ctx, self, kind, d.id)

    def ask_copies(self, default: int) -> int | None:
        """A 涉密 meeting's papers are printed as numbered copies (份号)."""
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setObjectName("copies_dialog")
        dialog.setWindowTitle(tr("Numbered copies"))
        dialog.setLabelText(tr("This meeting is classified: each copy is numbered (000001, 000002, …) above "
                               "its classification mark, for the hand-out register. How many copies?"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, 500)
        dialog.setIntValue(max(1, min(500, default)))
        dialog.setOkButtonText(tr("Preview"))
        dialog.setCancelButtonText(tr("Cancel"))
        self._copies_dialog = dialog
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return None
        return int(dialog.intValue())

    def unsaved(self) -> bool:
        """The meeting's form or the 纪要 tab (saved on its own) has changes not yet saved."""
        return self.dirty or self.minutes_tab.dirty

    def closeEvent(self, event: Any) -> None:
        if self.unsaved() and not confirm(self, tr("Unsaved changes"), tr("Close without saving your changes?")):
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self.unsaved() and not confirm(self, tr("Unsaved changes"), tr("Close without saving your changes?")):
            return
        self.dirty = self.minutes_tab.dirty = False
        super().reject()


# ---------------------------------------------------------------- live tabs


class ChecklistTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.model, self.view = row_view([
            Column(tr("Done"), lambda r: r.done, check=True),
            Column(tr("Phase"), lambda r: r.phase_label),
            Column(tr("Item"), lambda r: r.title),
            Column(tr("Offset"), lambda r: r.offset_label),
            Column(tr("Due"), lambda r: fmt(r.due_at)),
            Column(tr("Owner"), lambda r: r.owner),
            Column(tr("State"), lambda r: r.state_label),
            Column(tr("Done by"), lambda r: f"{r.done_by} {fmt(r.done_at)}" if r.done else ""),
            Column(tr("Remark"), lambda r: r.note),
        ], "checklist_table")
        self.model.row_brush = lambda r: (OVERDUE_COLOR if r.overdue else None)
        self.view.setColumnWidth(0, 50)
        self.view.setColumnWidth(1, 50)
        self.view.setColumnWidth(2, 330)
        self.view.setColumnWidth(3, 130)
        self.view.setColumnWidth(4, 130)
        self.view.setColumnWidth(7, 170)
        self.view.doubleClicked.connect(lambda _: self.toggle())
        shortcut(QKeySequence(Qt.Key.Key_Space), self.view, self.toggle,
                  Qt.ShortcutContext.WidgetShortcut)
        bar = QHBoxLayout()
        b = MeetingEditor._button
        b(bar, tr("Done / undo (Space)"), self.toggle, "checklist_toggle")
        b(bar, tr("Remark…"), self.note, "checklist_note")
        b(bar, tr("Add item…"), self.add, "checklist_add")
        b(bar, tr("Remove item"), self.remove, "checklist_remove")
        b(bar, tr("Up"), lambda: self.move_item(-1), "checklist_up")
        b(bar, tr("Down"), lambda: self.move_item(1), "checklist_down")
        bar.addStretch(1)
        self.progress = QLabel()
        bar.addWidget(self.progress)
        b(bar, tr("Save as template…"), self.save_template, "checklist_template")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        errors = checklist_svc.template_errors()
        if errors:
            label = QLabel(tr("Template files with errors (built-in lists used instead): ") +
                           "；".join(str(e) for e in errors))
            label.setWordWrap(True)
            label.setStyleSheet("color: #b00020;")
            layout.addWidget(label)

    def reload(self) -> None:
        d = self.editor.detail
        if d is not None:
            run_alive(self, self.editor.ctx, lambda uow: checklist_svc.checklist(uow, d.id), self.show_rows)

    def show_rows(self, rows: list[ChecklistRow]) -> None:
        selected = current(self.model, self.view)
        self.model.set_rows(rows)
        done = sum(1 for r in rows if r.done)
        self.progress.setText(tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(len(rows))))
        if selected is not None:
            for i, r in enumerate(rows):
                if r.id == selected.id:
                    self.view.selectRow(i)

    def _after(self, message: str) -> Any:
        def done(_: Any) -> None:
            self.reload()
            self.editor.history_tab.reload()
            self.editor.ctx.status(message)
            self.editor.ctx.events.meetings_changed.emit()

        return done

    def toggle(self) -> None:
        row = current(self.model, self.view)
        if row is None:
            return
        run_alive(self, self.editor.ctx, lambda uow: checklist_svc.set_done(uow, row.id, not row.done, row.version),
                            self._after((tr("Done: ") if not row.done else tr("Marked not done: ")) + row.title),
                            lambda exc: show_error(self, exc))

    def note(self) -> None:
        row = current(self.model, self.view)
        if row is None:
            return
        text, ok = QInputDialog.getText(self, tr("Remark"), row.title, text=row.note)
        if ok:
            data = checklist_svc.ItemInput(row.phase, row.title, row.offset_value, row.offset_unit, row.at_time,
                                           row.owner, text)
            run_alive(self, self.editor.ctx, lambda uow: checklist_svc.update_item(uow, row.id, row.version, data),
                                self._after(tr("Saved: ") + row.title), lambda exc: show_error(self, exc))

    def add(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        dialog = ItemDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        data = dialog.value()
        run_alive(self, self.editor.ctx, lambda uow: checklist_svc.add_item(uow, d.id, data),
                            self._after(tr("Added: ") + data.title), lambda exc: show_error(self, exc))

    def remove(self) -> None:
        row = current(self.model, self.view)
        if row and confirm(self, tr("Remove item"), tr("Remove “%1” from this meeting's checklist?").replace("%1", row.title)):
            run_alive(self, self.editor.ctx, lambda uow: checklist_svc.remove_item(uow, row.id),
                                self._after(tr("Removed: ") + row.title), lambda exc: show_error(self, exc))

    def move_item(self, delta: int) -> None:
        row = current(self.model, self.view)
        if row is not None:
            run_alive(self, self.editor.ctx, lambda uow: checklist_svc.move_item(uow, row.id, delta),
                                self._after(tr("Order changed")), lambda exc: show_error(self, exc))

    def save_template(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        name, ok = QInputDialog.getText(self, tr("Save as template"), tr("Template name:"),
                                        text=d.title + tr(" checklist"))
        if ok and name.strip():
            run_alive(self, self.editor.ctx, lambda uow: checklist_svc.save_as_template(uow, d.id, name),
                                self._after(tr("Saved as template: ") + name), lambda exc: show_error(self, exc))


class ItemDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Add checklist item"))
        from PySide6.QtWidgets import QDialogButtonBox

        form = QFormLayout(self)
        self.phase = QComboBox()
        for code, label in (("before", "会前"), ("during", "会中"), ("after", "会后")):
            self.phase.addItem(label, code)
        self.title = QLineEdit()
        self.title.setObjectName("item_title")
        self.offset = QSpinBox()
        self.offset.setRange(-999, 999)
        self.offset.setValue(-1)
        self.unit = QComboBox()
        for code, label in (("days", tr("days")), ("workdays", tr("working days")), ("hours", tr("hours")),
                            ("minutes", tr("minutes"))):
            self.unit.addItem(label, code)
        self.at_time = QLineEdit()
        self.at_time.setPlaceholderText("17:00")
        self.owner = QLineEdit()
        offset = QHBoxLayout()
        offset.addWidget(QLabel("T"))
        offset.addWidget(self.offset)
        offset.addWidget(self.unit)
        offset.addWidget(QLabel(tr("at")))
        offset.addWidget(self.at_time)
        form.addRow(tr("Phase"), self.phase)
        form.addRow(tr("Item"), self.title)
        form.addRow(tr("Due"), offset)
        form.addRow(tr("Owner"), self.owner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def value(self) -> checklist_svc.ItemInput:
        return checklist_svc.ItemInput(self.phase.currentData(), self.title.text(), self.offset.value(),
                                       self.unit.currentData(), self.at_time.text().strip(), self.owner.text())


class ActionsTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.model, self.view = row_view([
            Column(tr("Decision"), lambda r: r.text),
            Column(tr("Responsible unit"), lambda r: r.unit_name),
            Column(tr("Responsible person"), lambda r: r.person_name),
            Column(tr("Deadline"), lambda r: r.deadline or ""),
            Column(tr("State"), lambda r: r.state_label),
            Column(tr("Latest feedback"), lambda r: r.last_feedback),
        ], "meeting_actions_table")
        self.model.row_brush = lambda r: (OVERDUE_COLOR if r.overdue else None)
        self.view.setColumnWidth(0, 380)
        self.view.setColumnWidth(1, 160)
        self.view.doubleClicked.connect(lambda _: self.edit())
        bar = QHBoxLayout()
        b = MeetingEditor._button
        b(bar, tr("New decision…"), self.new, "action_new")
        b(bar, tr("Edit…"), self.edit, "action_edit")
        b(bar, tr("Add feedback…"), self.feedback, "action_feedback")
        b(bar, tr("Mark done"), lambda: self.state("done"), "action_done")
        b(bar, tr("Close (销号)"), lambda: self.state("closed"), "action_close")
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)

    def reload(self) -> None:
        d = self.editor.detail
        if d is not None:
            run_alive(self, self.editor.ctx, lambda uow: action_svc.action_rows(uow, meeting_id=d.id), self.model.set_rows)

    def _saved(self, row: ActionRow) -> None:
        self.reload()
        self.editor.history_tab.reload()
        self.editor.ctx.status(tr("Saved decision: ") + row.text[:30])
        self.editor.ctx.events.meetings_changed.emit()

    def new(self) -> None:
        d = self.editor.detail
        if d is not None:
            ActionDialog(self.editor.ctx, self, self.editor.refs, d.id, None, self._saved).open()

    def edit(self) -> None:
        row = current(self.model, self.view)
        if row is not None:
            ActionDialog(self.editor.ctx, self, self.editor.refs, row.meeting_id, row, self._saved).open()

    def feedback(self) -> None:
        row = current(self.model, self.view)
        if row is not None:
            FeedbackDialog(self.editor.ctx, self, row, self._saved).open()

    def state(self, state: str) -> None:
        row = current(self.model, self.view)
        if row is None:
            return
        fn = action_svc.mark_done if state == "done" else action_svc.close_action
        run_alive(self, self.editor.ctx, lambda uow: fn(uow, row.id, row.version), self._saved, lambda exc: show_error(self, exc))


class NoticeTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.text = QPlainTextEdit()
        self.text.setObjectName("notice_text")
        self.info = QLabel()
        self.info.setObjectName("notice_info")
        self.info.setWordWrap(True)
        self.edited = False
        bar = QHBoxLayout()
        b = MeetingEditor._button
        b(bar, tr("Regenerate from the meeting"), self.regenerate, "notice_regenerate")
        b(bar, tr("Save notice"), self.save, "notice_save")
        b(bar, tr("Print preview…"), lambda: editor.print_document("notice"), "notice_print")
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.info)
        layout.addWidget(self.text)

    def reload(self, regenerate: bool = False) -> None:
        d = self.editor.detail
        if d is not None:
            def load(uow: Any) -> tuple[str, list[str]]:
                text = notice_svc.notice_text(uow, d.id, regenerate)
                return text, notice_svc.notice_warnings(notice_svc.parse_notice(text))

            run_alive(self, self.editor.ctx, load, self._show)
            self.edited = bool(d.notice_text.strip()) and not regenerate

    def _show(self, loaded: tuple[str, list[str]]) -> None:
        text, warnings = loaded
        with QSignalBlocker(self.text):
            self.text.setPlainText(text)
        info = (tr("Edited text (kept as you wrote it).") if self.edited else
                tr("Generated from the meeting; edit and save to keep your wording."))
        info += " " + tr("The printed notice is this text, line by line: one line, one paragraph.")
        self.info.setText(info + "".join("\n⚠ " + w for w in warnings))

    def regenerate(self) -> None:
        self.reload(regenerate=True)

    def save(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        text = self.text.toPlainText()

        def job(uow: Any) -> MeetingDetail:
            notice_svc.save_notice_text(uow, d.id, text, d.version)
            return svc.get_meeting(uow, d.id)

        def done(detail: MeetingDetail) -> None:
            self.editor.detail = detail
            self.editor.history_tab.reload()
            self.reload()
            self.editor.ctx.status(tr("Notice saved"))

        run_alive(self, self.editor.ctx, job, done, lambda exc: show_error(self, exc), label=tr("Saving"))


class HistoryTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.editor = editor
        self.model, self.view = row_view([
            Column(tr("When"), lambda r: fmt(r.at.astimezone(editor.tz))),
            Column(tr("Who"), lambda r: r.actor),
            Column(tr("What"), lambda r: r.summary),
            Column(tr("Changes"), lambda r: r.changes_text),  # worded by huiwu.services.history
        ], "history_table")
        self.view.setColumnWidth(0, 140)
        self.view.setColumnWidth(1, 80)
        self.view.setColumnWidth(2, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def reload(self) -> None:
        d = self.editor.detail
        if d is not None:
            run_alive(self, self.editor.ctx, lambda uow: list(reversed(svc.history(uow, d.id))), self._show)

    def _show(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
