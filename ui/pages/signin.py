"""会中签到: one meeting, keyboard first — type 序号, a name or pinyin initials and press Enter.

The GUI thread only looks the person up in the in-memory index, shows the new row at once and updates the
counters; the write runs on the worker and its answer replaces the optimistic row (or reverts it).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import MEETING_STATUS_LABELS, Attendance, MeetingStatus
from huiwu.rules.attendance import Tally
from huiwu.services import attendance as svc
from huiwu.services.attendance import MeetingChoice, MeetingHeader, Roster, RosterRow
from ui.attendance.roster_index import RosterIndex, optimistic_sign_in
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.widgets.common import DONE_COLOR, FormDialog, confirm
from ui.widgets.table import Column, RowTableModel

OPEN_STATUSES = (MeetingStatus.SCHEDULED, MeetingStatus.NOTIFIED, MeetingStatus.IN_PROGRESS)
COUNTER_KEYS = ("expected", "present", "leave", "substitute", "late", "missing")


def create_page(ctx: AppContext) -> QWidget:
    return SigninPage(ctx)


class SigninPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("signin_page")
        self.meeting: MeetingHeader | None = None
        self.index = RosterIndex()
        self.early_minutes = ctx.settings.early_minutes
        self.undo_stack: list[int] = []  # participant ids, newest last
        self.missing_items: dict[int, QTreeWidgetItem] = {}
        self.unit_items: dict[str, QTreeWidgetItem] = {}
        self._pending_target: int | None = None
        self.banner_forced = False
        self._build()
        self._shortcuts()
        self.timer = QTimer(self)
        self.timer.setInterval(15000)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        ctx.events.meetings_changed.connect(self.reload_meetings)
        ctx.events.leave_changed.connect(self.reload_roster)
        self.reload_meetings()

    # -------------------------------------------------------- layout
    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Meeting")))
        self.meeting_combo = QComboBox()
        self.meeting_combo.setObjectName("signin_meeting")
        self.meeting_combo.setMinimumWidth(320)
        self.meeting_combo.currentIndexChanged.connect(self._meeting_chosen)
        top.addWidget(self.meeting_combo, 1)
        self.info = QLabel()  # its own line: a long venue never widens the page
        self.info.setObjectName("signin_info")
        self.info.setWordWrap(True)
        self.headcount_button = self._button(tr("Headcount for the chair"), self.show_headcount, "headcount_button")
        top.addWidget(self.headcount_button)
        self.close_button = self._button(tr("Close sign-in"), self.close_signin, "close_signin")
        top.addWidget(self.close_button)
        self.result_button = self._button(tr("Result sheet…"), self.print_result, "print_result")
        self.result_button.setToolTip(tr("Preview the attendance result sheet: everyone's mark, sign-in time and "
                                         "the totals"))
        top.addWidget(self.result_button)
        self.full_button = self._button(tr("Full screen (F11)"), self.toggle_full_screen, "full_screen")
        top.addWidget(self.full_button)

        counters = QGridLayout()
        self.counter_labels: dict[str, QLabel] = {}
        captions = {
            "expected": tr("Expected"), "present": tr("Present"), "leave": tr("On leave"),
            "substitute": tr("Substitutes"), "late": tr("Late"), "missing": tr("Not yet arrived"),
        }
        big = QFont(self.font())
        big.setPointSize(max(20, big.pointSize() * 2))
        big.setBold(True)
        for column, key in enumerate(COUNTER_KEYS):
            value = QLabel("0")
            value.setObjectName(f"counter_{key}")
            value.setFont(big)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(captions[key])
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counters.addWidget(value, 0, column)
            counters.addWidget(caption, 1, column)
            self.counter_labels[key] = value
        counter_box = QFrame()
        counter_box.setFrameShape(QFrame.Shape.StyledPanel)
        counter_box.setLayout(counters)

        self.banner = QFrame()
        self.banner.setObjectName("headcount_banner")
        self.banner.setStyleSheet("#headcount_banner { background: #fff4ce; border: 1px solid #e0c060; }")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("headcount_text")
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(QLabel(tr("Report to the chair:")))
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self._button(tr("Copy"), self.copy_headcount, "copy_headcount"))
        self.banner.setVisible(False)

        self.input = QLineEdit()
        self.input.setObjectName("signin_input")
        self.input.setPlaceholderText(tr("Type the number, a name or pinyin initials, then press Enter"))
        entry_font = QFont(self.font())
        entry_font.setPointSize(max(18, int(entry_font.pointSize() * 1.8)))
        self.input.setFont(entry_font)
        self.input.setMinimumHeight(52)
        self.input.returnPressed.connect(self.enter_pressed)
        self.input.textEdited.connect(self._typing)
        self.input.installEventFilter(self)
        self.feedback = QLabel()
        self.feedback.setObjectName("signin_feedback")
        feedback_font = QFont(self.font())
        feedback_font.setPointSize(max(12, int(feedback_font.pointSize() * 1.3)))
        self.feedback.setFont(feedback_font)
        self.feedback.setWordWrap(True)
        self.candidates = QListWidget()
        self.candidates.setObjectName("signin_candidates")
        self.candidates.setFont(feedback_font)
        self.candidates.setMaximumHeight(180)
        self.candidates.setVisible(False)
        self.candidates.itemActivated.connect(self._candidate_chosen)
        self.candidates.itemClicked.connect(self._candidate_chosen)

        columns: list[Column[RosterRow]] = [
            Column(tr("No."), lambda r: r.seq, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Full name"), lambda r: r.name),
            Column(tr("Unit"), lambda r: r.unit_name),
            Column(tr("Title"), lambda r: r.title),
            Column(tr("Role"), lambda r: r.role_label),
            Column(tr("Attendance"), lambda r: r.state_text),
            Column(tr("Signed in"), self._time_text),
            Column(tr("Remarks"), lambda r: r.note),
        ]
        self.model: RowTableModel[RosterRow] = RowTableModel(columns, self)
        self.model.row_brush = _row_colour
        self.table = QTableView()
        self.table.setObjectName("signin_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((52, 80, 130, 150, 56, 120, 80)):  # 备注 still shows at 1366×768
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda index: self.sign_in_position(index.row()))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.missing = QTreeWidget()
        self.missing.setObjectName("signin_missing")
        self.missing.setHeaderLabels([tr("Not yet arrived (click to sign in)")])
        self.missing.setFont(feedback_font)
        self.missing.itemClicked.connect(self._missing_clicked)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.input)
        left_layout.addWidget(self.candidates)
        left_layout.addWidget(self.feedback)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.missing)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(counter_box)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def _button(self, text: str, slot: Any, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _shortcuts(self) -> None:
        for key, slot, what in (
            (QKeySequence.StandardKey.Undo, self.undo_last, tr("Undo the last sign-in")),
            (QKeySequence(Qt.Key.Key_F11), self.toggle_full_screen, tr("Full screen")),
            (QKeySequence.StandardKey.Find, self.focus_input, tr("Back to the sign-in field")),
            (QKeySequence(Qt.Key.Key_Escape), self._escape, tr("Clear the field / leave full screen")),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setWhatsThis(what)  # listed by 帮助 → 键盘快捷键
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -------------------------------------------------------- page protocol
    def activated(self) -> None:
        self.focus_input()

    def open_target(self, target: object) -> None:
        if isinstance(target, int):
            self._pending_target = target
            self._select_meeting(target)

    def focus_input(self) -> None:
        self.input.setFocus()
        self.input.selectAll()

    # -------------------------------------------------------- loading
    def reload_meetings(self) -> None:
        now = self.ctx.now()
        tz = self.ctx.settings.tz()

        def load(uow: Any) -> tuple[list[MeetingChoice], int | None]:
            choices = svc.signin_meetings(uow, now)
            return choices, svc.default_meeting(choices, now, tz)

        self.ctx.run(load, self._meetings_loaded, lambda exc: show_error(self, exc), label=tr("Loading meetings"))

    def _meetings_loaded(self, data: tuple[list[MeetingChoice], int | None]) -> None:
        choices, default = data
        current = self.meeting.id if self.meeting else None
        wanted = self._pending_target or current or default
        tz = self.ctx.settings.tz()
        with QSignalBlocker(self.meeting_combo):
            self.meeting_combo.clear()
            for c in choices:
                text = f"{c.starts_at.astimezone(tz):%m-%d %H:%M}  {c.title}（{c.status_label}，{c.invitees}人）"
                self.meeting_combo.addItem(text, c.id)
        if wanted is not None and self.meeting_combo.findData(wanted) < 0 and self._pending_target:
            # an older or later meeting opened from elsewhere: list it too
            self.meeting_combo.addItem(tr("Meeting #%1").replace("%1", str(wanted)), wanted)
        if wanted is not None:
            self._select_meeting(wanted)
        elif not choices:
            self.info.setText(tr("No meetings in the two weeks around today."))

    def _select_meeting(self, meeting_id: int) -> None:
        position = self.meeting_combo.findData(meeting_id)
        if position < 0:
            return
        if position == self.meeting_combo.currentIndex() and self.meeting and self.meeting.id == meeting_id:
            return
        with QSignalBlocker(self.meeting_combo):
            self.meeting_combo.setCurrentIndex(position)
        self._meeting_chosen()

    def _meeting_chosen(self, *_: Any) -> None:
        meeting_id = self.meeting_combo.currentData()
        if meeting_id is None:
            return
        self._pending_target = None
        self.load_roster(int(meeting_id))

    def reload_roster(self) -> None:
        if self.meeting is not None:
            self.load_roster(self.meeting.id)

    def load_roster(self, meeting_id: int) -> None:
        self.ctx.run(lambda uow: svc.load_roster(uow, meeting_id), self._roster_loaded,
                     lambda exc: show_error(self, exc), label=tr("Loading the roster"))

    def _roster_loaded(self, roster: Roster) -> None:
        if self.meeting is None or self.meeting.id != roster.meeting.id:
            self.banner_forced = False
            self.undo_stack.clear()
            self.feedback.clear()
        self.meeting = roster.meeting
        self.early_minutes = roster.early_minutes
        self.index.reset(roster.rows)
        self.model.set_rows(self.index.rows)
        self._show_info()
        self._fill_missing()
        self._show_counters()
        self._tick()

    def _show_info(self) -> None:
        if self.meeting is None:
            return
        tz = self.ctx.settings.tz()
        m = self.meeting
        venue = f"  {m.venue}" if m.venue else ""
        status = tr("Status: %1").replace("%1", m.status_label)
        self.info.setText(f"{m.starts_at.astimezone(tz):%Y-%m-%d %H:%M}–{m.ends_at.astimezone(tz):%H:%M}{venue}  {status}")

    # -------------------------------------------------------- counters and the missing list
    def _show_counters(self) -> None:
        c = self.index.counters
        for key in COUNTER_KEYS:
            self.counter_labels[key].setText(str(getattr(c, key)))
        self.banner_text.setText(svc.headcount_text(c))

    def _fill_missing(self) -> None:
        self.missing.clear()
        self.missing_items.clear()
        self.unit_items.clear()
        with QSignalBlocker(self.missing):
            for unit, rows in svc.missing_by_unit(self.index.rows):
                parent = self._unit_item(unit)
                for row in rows:
                    self._add_missing(parent, row)
            self.missing.expandAll()

    def _unit_item(self, unit: str) -> QTreeWidgetItem:
        item = self.unit_items.get(unit)
        if item is None:
            item = QTreeWidgetItem([unit])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.missing.addTopLevelItem(item)
            self.unit_items[unit] = item
        return item

    def _add_missing(self, parent: QTreeWidgetItem, row: RosterRow) -> None:
        text = f"{row.seq}  {row.name}  {row.title}"
        if row.state == Attendance.SUBSTITUTE:
            text += "（" + tr("%1 substitutes").replace("%1", row.substitute_name) + "）"
        item = QTreeWidgetItem([text])
        item.setData(0, Qt.ItemDataRole.UserRole, row.participant_id)
        parent.addChild(item)
        self.missing_items[row.participant_id] = item

    def _sync_missing(self, row: RosterRow) -> None:
        """One row changed: add it to or take it from the missing tree (no full rebuild)."""
        item = self.missing_items.get(row.participant_id)
        wants = row.counted and row.missing
        if item is not None and not wants:
            parent = item.parent()
            if parent is not None:
                parent.removeChild(item)
                if parent.childCount() == 0:
                    self.missing.takeTopLevelItem(self.missing.indexOfTopLevelItem(parent))
                    self.unit_items.pop(parent.text(0), None)
            del self.missing_items[row.participant_id]
        elif item is None and wants:
            parent = self._unit_item(row.unit_name)
            self._add_missing(parent, row)
            parent.setExpanded(True)

    def _apply(self, row: RosterRow) -> None:
        pos = self.index.update(row)
        self.model.replace_row(pos, self.index.rows[pos])
        self._sync_missing(self.index.rows[pos])
        self._show_counters()

    def _tick(self) -> None:
        """At start + 5 minutes the headcount for the chair is offered."""
        if self.meeting is None:
            self.banner.setVisible(False)
            return
        due = self.ctx.now() >= self.meeting.starts_at + svc.HEADCOUNT_AFTER
        self.banner.setVisible(due or self.banner_forced)

    # -------------------------------------------------------- signing in
    def _typing(self, text: str) -> None:
        if not text.strip():
            self.candidates.setVisible(False)

    def enter_pressed(self) -> None:
        if self.candidates.isVisible() and self.candidates.currentItem() is not None:
            self._candidate_chosen(self.candidates.currentItem())
            return
        self.sign_in_text(self.input.text())

    def sign_in_text(self, text: str) -> None:
        """What Enter does: a unique match signs in, several are listed, none says so."""
        if self.meeting is None or not text.strip():
            return
        found = self.index.lookup(text)
        if not found:
            self._say(tr("Nobody on this meeting matches “%1”.").replace("%1", text.strip()), error=True)
            self.input.selectAll()
            return
        if len(found) == 1:
            self.sign_in_position(found[0])
            return
        with QSignalBlocker(self.candidates):
            self.candidates.clear()
            for pos in found[:30]:
                row = self.index.rows[pos]
                item = QListWidgetItem(f"{row.seq}  {row.name}  {row.unit_name}  {row.title}  [{row.state_text}]")
                item.setData(Qt.ItemDataRole.UserRole, pos)
                self.candidates.addItem(item)
            self.candidates.setCurrentRow(0)
        self.candidates.setVisible(True)
        self._say(tr("%1 people match — choose with the arrow keys and press Enter.").replace("%1", str(len(found))))

    def _candidate_chosen(self, item: QListWidgetItem) -> None:
        pos = item.data(Qt.ItemDataRole.UserRole)
        self.candidates.setVisible(False)
        if pos is not None:
            self.sign_in_position(int(pos))

    def _missing_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        pid = item.data(0, Qt.ItemDataRole.UserRole)
        if pid is not None and pid in self.index.position:
            self.sign_in_position(self.index.position[int(pid)])

    def sign_in_position(self, pos: int, substitute: tuple[str, str, str] | None = None,
                         clear_leave: bool = False) -> None:
        """Sign the row in: the invitee, or a substitute given as (name, title, reason if not approved)."""
        if self.meeting is None:
            return
        row = self.index.rows[pos]
        now = self.ctx.now()
        if row.signed:
            tz = self.ctx.settings.tz()
            assert row.signed_in_at is not None
            self._say(tr("%1 already signed in at %2.").replace("%1", row.name)
                      .replace("%2", f"{row.signed_in_at.astimezone(tz):%H:%M}"), error=True)
            self._reset_input()
            return
        if self.meeting.status not in OPEN_STATUSES:
            self._say(tr("This meeting is %1; sign-in is not possible.").replace("%1", self.meeting.status_label),
                      error=True)
            return
        opens = self.meeting.starts_at - svc.SIGNIN_OPENS
        if now < opens:
            tz = self.ctx.settings.tz()
            self._say(tr("Sign-in opens at %1 (30 minutes before the start).")
                      .replace("%1", f"{opens.astimezone(tz):%m-%d %H:%M}"), error=True)
            return
        if row.state == Attendance.LEAVE and substitute is None and not clear_leave:
            choice = self._ask_leave(row)
            if choice is None:
                return
            substitute, clear_leave = choice
        new = optimistic_sign_in(row, now, clear_leave, substitute[:2] if substitute else None)
        self._apply(new)
        self.table.scrollTo(self.model.index(pos, 0))
        self.undo_stack.append(row.participant_id)
        self._say(self._signed_text(new))
        self._reset_input()
        meeting_id = self.meeting.id
        sub = svc.Substitute(name=substitute[0], title=substitute[1]) if substitute else None
        reason = substitute[2] if substitute else ""

        def write(uow: Any) -> RosterRow:
            return svc.sign_in(uow, meeting_id, row.participant_id, at=now, substitute=sub, clear_leave=clear_leave,
                               seq=row.seq, unapproved_reason=reason, version=row.version)

        def done(saved: RosterRow) -> None:
            if self.meeting is not None and self.meeting.id == meeting_id:
                self._apply(saved)
                if self.meeting.status != MeetingStatus.IN_PROGRESS:
                    # the first sign-in moved the meeting to 进行中 (the service audited it)
                    self.meeting = replace(self.meeting, status=MeetingStatus.IN_PROGRESS.value,
                                           status_label=MEETING_STATUS_LABELS[MeetingStatus.IN_PROGRESS])
                    self._show_info()
                    self.ctx.events.meetings_changed.emit()
            self.ctx.status(self._signed_text(saved))

        def failed(exc: BaseException) -> None:
            if self.meeting is not None and self.meeting.id == meeting_id:
                self._apply(row)
                if row.participant_id in self.undo_stack:
                    self.undo_stack.remove(row.participant_id)
                self._after_failure(exc)
            show_error(self, exc)

        self.ctx.run(write, done, failed, label="")

    def _signed_text(self, row: RosterRow) -> str:
        text = tr("Signed in: %1 (%2 %3)").replace("%1", row.name).replace("%2", row.unit_name).replace("%3", row.title)
        if row.state == Attendance.SUBSTITUTE:
            text += tr(", substitute: %1").replace("%1", row.substitute_name)
        if row.late_minutes:
            text += tr(", late by %1 min").replace("%1", str(row.late_minutes))
        elif row.early:
            text += tr(", early")
        return text

    def leave_question(self, row: RosterRow) -> tuple[QMessageBox, dict[str, QPushButton]]:
        """The question for someone on approved leave. Enter and Esc keep the leave: typing on never changes it.

        The clerk types names and presses Enter all through the sign-in; a pop-up whose default button signed
        the person in would remove their 请假 with the next keystroke.
        """
        box = QMessageBox(self)
        box.setObjectName("leave_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("On approved leave"))
        box.setText(tr("%1 is on approved leave. Who is signing in?").replace("%1", row.name))
        box.setInformativeText(tr("Enter keeps the leave; choose “The person came after all” only if %1 is here.")
                               .replace("%1", row.name))
        keep = box.addButton(tr("Keep the leave"), QMessageBox.ButtonRole.RejectRole)
        came = box.addButton(tr("The person came after all"), QMessageBox.ButtonRole.AcceptRole)
        sub = box.addButton(tr("A substitute…"), QMessageBox.ButtonRole.ActionRole)
        for button in (came, sub):
            button.setAutoDefault(False)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        return box, {"keep": keep, "came": came, "substitute": sub}

    def _ask_leave(self, row: RosterRow) -> tuple[tuple[str, str, str] | None, bool] | None:
        box, buttons = self.leave_question(row)
        box.exec()
        clicked = box.clickedButton()
        if clicked is buttons["came"]:
            return None, True
        if clicked is buttons["substitute"]:
            chosen = self._ask_substitute(row)
            return (chosen, False) if chosen else None
        self._say(tr("%1 stays on leave; nothing was changed.").replace("%1", row.name))
        self._reset_input()
        return None

    def _ask_substitute(self, row: RosterRow) -> tuple[str, str, str] | None:
        """Who stands in for ``row``: (name, title, reason). A substitute no approved leave names needs a reason.

        DOMAIN.md: without approval nobody may send a substitute; the clerk can still record one who came, as
        a 未经批准代会 with the reason, and it is listed in the 通报.
        """
        dialog = FormDialog(tr("Substitute for %1").replace("%1", row.name), self)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).setText(tr("Sign in"))
        form = QFormLayout()
        name = QLineEdit(row.substitute_name)
        name.setObjectName("substitute_name")
        title = QLineEdit(row.substitute_title)
        reason = QLineEdit()
        reason.setObjectName("substitute_reason")
        reason.setPlaceholderText(tr("Why the substitute is accepted without approval"))
        warning = QLabel()
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #b00020;")
        form.addRow(tr("Full name"), name)
        form.addRow(tr("Title"), title)
        form.addRow(warning)
        form.addRow(tr("Reason"), reason)
        dialog.body.addLayout(form)

        def approved() -> bool:
            return row.substitute_approved and name.text().strip() == row.substitute_name

        def explain() -> None:
            unapproved = bool(name.text().strip()) and not approved()
            warning.setText(tr("No approved leave names this substitute: it will be recorded as a substitute "
                               "without approval and listed in the attendance report.") if unapproved else "")
            reason.setEnabled(unapproved)

        name.textChanged.connect(explain)
        explain()

        def validate() -> str:
            if not name.text().strip():
                return tr("Enter the substitute's name.")
            if not approved() and not reason.text().strip():
                return tr("Enter why the substitute is accepted without approval.")
            return ""

        dialog.validator = validate
        if dialog.exec():
            return name.text().strip(), title.text().strip(), "" if approved() else reason.text().strip()
        return None

    def _reset_input(self) -> None:
        with QSignalBlocker(self.input):
            self.input.clear()
        self.candidates.setVisible(False)
        self.input.setFocus()

    def _say(self, text: str, error: bool = False) -> None:
        self.feedback.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.feedback.setText(text)

    def _escape(self) -> None:
        if self.candidates.isVisible():
            self.candidates.setVisible(False)
            self.input.setFocus()
        elif self.window().isFullScreen():
            self.toggle_full_screen()
        else:
            self._reset_input()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # QLineEdit keeps Ctrl+Z for its own text undo; in the sign-in box it undoes the last sign-in.
        if watched is self.input and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo):  # type: ignore[attr-defined]
                self.undo_last()
                return True
        # Arrow keys in the input move through the candidate list, so the hands stay on the keyboard.
        if watched is self.input and event.type() == QEvent.Type.KeyPress and self.candidates.isVisible():
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.candidates.count() - 1, self.candidates.currentRow() + step))
                self.candidates.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # -------------------------------------------------------- undo, corrections, closing
    def undo_last(self) -> None:
        if not self.undo_stack:
            self._say(tr("Nothing to undo."), error=True)
            return
        pid = self.undo_stack.pop()
        pos = self.index.position.get(pid)
        if pos is None:
            return
        row = self.index.rows[pos]
        self._say(tr("Sign-in of %1 undone.").replace("%1", row.name))
        self.ctx.run(lambda uow: svc.undo_sign_in(uow, pid, seq=row.seq, version=row.version), self._undone,
                     self._failed, label="")

    def _after_failure(self, exc: BaseException) -> None:
        """Another PC changed the record meanwhile (or signed the person in): show the roster as it is now."""
        from huiwu.errors import ConflictError, RuleError

        if isinstance(exc, ConflictError | RuleError):
            self.reload_roster()

    def _failed(self, exc: BaseException) -> None:
        self._after_failure(exc)
        show_error(self, exc)

    def _undone(self, row: RosterRow) -> None:
        self._apply(row)
        self.ctx.status(tr("Sign-in of %1 undone.").replace("%1", row.name))

    def _time_text(self, row: RosterRow) -> str:
        if row.signed_in_at is None:
            return ""
        text = f"{row.signed_in_at.astimezone(self.ctx.settings.tz()):%H:%M:%S}"
        if row.left_at is not None:
            text += f" → {row.left_at.astimezone(self.ctx.settings.tz()):%H:%M}"
        return text

    def _context_menu(self, point: Any) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        pos = index.row()
        row = self.index.rows[pos]
        menu = QMenu(self)
        actions: list[tuple[str, Any]] = [
            (tr("Sign in"), lambda: self.sign_in_position(pos)),
            (tr("Sign in a substitute…"), lambda: self._substitute_for(pos)),
            (tr("Undo sign-in"), lambda: self._undo_row(row)),
            (tr("Left early now"), lambda: self._left_early(row)),
            (tr("Correct attendance…"), lambda: self._correct(row)),
        ]
        for text, slot in actions:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(point))

    def _substitute_for(self, pos: int) -> None:
        chosen = self._ask_substitute(self.index.rows[pos])
        if chosen:
            self.sign_in_position(pos, substitute=chosen)

    def _undo_row(self, row: RosterRow) -> None:
        self.ctx.run(lambda uow: svc.undo_sign_in(uow, row.participant_id, seq=row.seq, version=row.version),
                     self._undone, self._failed, label="")

    def _left_early(self, row: RosterRow) -> None:
        def done(saved: RosterRow) -> None:
            self._apply(saved)
            self.ctx.status(tr("%1 recorded as leaving early.").replace("%1", saved.name))

        self.ctx.run(lambda uow: svc.mark_left_early(uow, row.participant_id, seq=row.seq, version=row.version), done,
                     self._failed, label="")

    def _correct(self, row: RosterRow) -> None:
        dialog = CorrectDialog(row, self)
        if not dialog.exec():
            return
        state, reason = dialog.values()

        def done(saved: RosterRow) -> None:
            self._apply(saved)
            self.ctx.status(tr("Attendance of %1 corrected.").replace("%1", saved.name))

        self.ctx.run(lambda uow: svc.correct_attendance(uow, row.participant_id, state, reason, seq=row.seq,
                                                        version=row.version), done, self._failed, label=tr("Saving"))

    def show_headcount(self) -> None:
        self.banner_forced = True
        self.banner.setVisible(True)
        self.copy_headcount()

    def copy_headcount(self) -> None:
        text = self.banner_text.text()
        if self.meeting is not None:
            text = f"{self.meeting.title}：{text}"
        QGuiApplication.clipboard().setText(text)
        self.ctx.status(tr("Headcount copied: %1").replace("%1", text))

    def close_signin(self) -> None:
        if self.meeting is None:
            return
        if not confirm(self, tr("Close sign-in"),
                       tr("Everyone not signed in and not on approved leave will be marked absent. Continue?")):
            return
        meeting_id = self.meeting.id

        def done(roster: Roster) -> None:
            self._roster_loaded(roster)
            self.ctx.status(tr("Sign-in closed: %1").replace("%1", svc.headcount_text(roster.counters)))
            self.ctx.events.meetings_changed.emit()

        self.ctx.run(lambda uow: svc.close_meeting_attendance(uow, meeting_id), done,
                     lambda exc: show_error(self, exc), label=tr("Saving"))

    def print_result(self) -> None:
        """签到结果表 of the meeting on screen (after 结束签到 it says 缺席 where the page says so)."""
        if self.meeting is None:
            return
        from ui.printing import preview_document

        preview_document(self.ctx, self, "result", self.meeting.id)

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()
        self.focus_input()

    @property
    def counters(self) -> Tally:
        return self.index.counters


class CorrectDialog(FormDialog):
    def __init__(self, row: RosterRow, parent: QWidget | None = None) -> None:
        super().__init__(tr("Correct attendance of %1").replace("%1", row.name), parent)
        form = QFormLayout()
        self.state = QComboBox()
        labels = {
            Attendance.PENDING: tr("Not signed in"), Attendance.PRESENT: tr("Present"),
            Attendance.LEAVE: tr("On leave"), Attendance.SUBSTITUTE: tr("Substitute"), Attendance.ABSENT: tr("Absent"),
        }
        for state, label in labels.items():
            self.state.addItem(label, state.value)
        self.state.setCurrentIndex(max(0, self.state.findData(row.state)))
        self.reason = QLineEdit()
        self.reason.setObjectName("correct_reason")
        self.reason.setMinimumWidth(320)
        form.addRow(tr("New state"), self.state)
        form.addRow(tr("Reason (recorded in the log)"), self.reason)
        self.body.addLayout(form)
        self.validator = lambda: "" if self.reason.text().strip() else tr("Enter the reason for the correction.")

    def values(self) -> tuple[str, str]:
        return str(self.state.currentData()), self.reason.text().strip()


def _row_colour(row: RosterRow) -> QColor | None:
    if row.state == Attendance.ABSENT:
        return QColor("#fde0e0")
    if row.state == Attendance.LEAVE or (row.state == Attendance.SUBSTITUTE and not row.signed):
        return QColor("#e8eefc")
    if row.signed and row.late_minutes:
        return QColor("#fff1d6")
    if row.signed:
        return DONE_COLOR
    return None
