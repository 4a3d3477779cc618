"""会议申报 beside the draft week: the displayed week's requests (逾期 marked), each with its clashes and merge
proposals; 新增/修改 a request as a unit tells it on the phone, 列入 (at the wanted or second-choice time, or
merged into a meeting at once) or 不予安排 with a reason.

Every dialog is opened with ``open()`` (never ``exec()``), so the tests answer them directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import MEETING_KIND_LABELS
from huiwu.services import requests as svc
from huiwu.services.requests import RequestInput, RequestRow, RequestsView
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.refs import Refs, load_refs
from ui.week.pickers import PersonPicker
from ui.widgets.common import FormDialog
from ui.widgets.dates import from_qdt, qdate, to_qdt
from ui.widgets.flow import FlowLayout


def _combine(day: QDate, time: QTime, tz: dt.tzinfo) -> dt.datetime:
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=tz)


class TimeRow(QWidget):
    """A day and a start and end time: a request is asked for one part of one day."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day = QDateEdit()
        self.day.setObjectName(f"{name}_day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd ddd")
        self.start = QTimeEdit()
        self.start.setObjectName(f"{name}_start")
        self.end = QTimeEdit()
        self.end.setObjectName(f"{name}_end")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.day)
        row.addWidget(self.start)
        row.addWidget(QLabel("—"))
        row.addWidget(self.end)
        row.addStretch(1)

    def set(self, start: dt.datetime, end: dt.datetime) -> None:
        self.day.setDate(qdate(start.date()))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))

    def value(self, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        return _combine(self.day.date(), self.start.time(), tz), _combine(self.day.date(), self.end.time(), tz)


class RequestDialog(FormDialog):
    """新增 / 修改 one 会议申报: what, when (and a second choice), who is expected, where, who asks and when."""

    def __init__(self, refs: Refs, tz: dt.tzinfo, now: dt.datetime, default_start: dt.datetime,
                 row: RequestRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit meeting request") if row is not None else tr("New meeting request"), parent)
        self.setObjectName("request_dialog")
        self.refs, self.tz = refs, tz
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("request_title")
        self.title_edit.setMinimumWidth(380)
        self.kind = QComboBox()
        self.kind.setObjectName("request_kind")
        for key, label in MEETING_KIND_LABELS.items():
            self.kind.addItem(label, str(key))
        self.when = TimeRow("request_when")
        self.has_alt = QCheckBox(tr("Second choice"))
        self.has_alt.setObjectName("request_has_alt")
        self.alt = TimeRow("request_alt")
        self.alt.setEnabled(False)
        self.has_alt.toggled.connect(self.alt.setEnabled)
        alt_row = QHBoxLayout()
        alt_row.addWidget(self.has_alt)
        alt_row.addWidget(self.alt, 1)
        self.unit = QComboBox()
        self.unit.setObjectName("request_unit")
        self.unit.addItem(tr("(none)"), None)
        for u in refs.units:
            self.unit.addItem(u.name, u.id)
        self.requested_by = QLineEdit()
        self.requested_by.setObjectName("request_by")
        self.requested_by.setPlaceholderText(tr("Name and phone of the person asking"))
        self.requested_at = QDateTimeEdit()
        self.requested_at.setObjectName("request_at")
        self.requested_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.requested_at.setCalendarPopup(True)
        self.chair = PersonPicker(tr("Chair (name or pinyin)"))
        self.chair.setObjectName("request_chair")
        self.chair.set_people(refs.people)
        self.venue = QComboBox()
        self.venue.setObjectName("request_venue")
        self.venue.addItem(tr("(no preference)"), None)
        for v in refs.venues:
            self.venue.addItem(v.name, v.id)
        self.venue_note = QLineEdit()
        self.venue_note.setObjectName("request_venue_note")
        self.venue_note.setPlaceholderText(tr("e.g. a room with video"))
        venue_row = QHBoxLayout()
        venue_row.addWidget(self.venue)
        venue_row.addWidget(self.venue_note, 1)
        # expected participants: people, units (their leaders) and groups, shown in one list
        self.invitees = QListWidget()
        self.invitees.setObjectName("request_invitees")
        self.invitees.setMaximumHeight(110)
        self.person_pick = PersonPicker(tr("Add a person (name or pinyin)"))
        self.person_pick.setObjectName("request_add_person")
        self.person_pick.setMinimumWidth(190)
        self.person_pick.set_people(refs.people)
        self.person_pick.person_changed.connect(self._add_person)
        self.unit_pick = QComboBox()
        self.unit_pick.setObjectName("request_add_unit")
        self.unit_pick.addItem(tr("Add a unit's leaders…"), None)
        for u in refs.units:
            self.unit_pick.addItem(u.name, u.id)
        self.unit_pick.activated.connect(lambda _: self._add_from(self.unit_pick, "unit"))
        self.group_pick = QComboBox()
        self.group_pick.setObjectName("request_add_group")
        self.group_pick.addItem(tr("Add a group…"), None)
        for g in refs.groups:
            self.group_pick.addItem(f"{g.name}（{len(g.member_ids)} 人）", g.id)
        self.group_pick.activated.connect(lambda _: self._add_from(self.group_pick, "group"))
        remove = QPushButton(tr("Remove"))
        remove.setObjectName("request_remove_invitee")
        remove.clicked.connect(lambda _=False: self._remove())
        pickers = FlowLayout()
        for w in (self.person_pick, self.unit_pick, self.group_pick, remove):
            pickers.addWidget(w)
        people_box = QVBoxLayout()
        people_box.addWidget(self.invitees)
        people_box.addLayout(pickers)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("request_notes")
        self.notes.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(tr("Meeting name"), self.title_edit)
        form.addRow(tr("Meeting kind"), self.kind)
        form.addRow(tr("Wanted time"), self.when)
        form.addRow("", self._wrap(alt_row))
        form.addRow(tr("Participants"), self._wrap(people_box))
        form.addRow(tr("Chair"), self.chair)
        form.addRow(tr("Venue"), self._wrap(venue_row))
        form.addRow(tr("Requesting unit"), self.unit)
        form.addRow(tr("Requested by"), self.requested_by)
        form.addRow(tr("Received"), self.requested_at)
        form.addRow(tr("Notes"), self.notes)
        self.body.addLayout(form)
        self.validator = self._problem
        self._fill(row, now, default_start)

    @staticmethod
    def _wrap(layout: Any) -> QWidget:
        w = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        w.setLayout(layout)
        return w

    def _fill(self, row: RequestRow | None, now: dt.datetime, default_start: dt.datetime) -> None:
        if row is None:
            self.when.set(default_start, default_start + dt.timedelta(hours=1))
            self.alt.set(default_start, default_start + dt.timedelta(hours=1))
            self.kind.setCurrentIndex(max(self.kind.findData("topic"), 0))
            self.requested_at.setDateTime(to_qdt(now))
            return
        self.title_edit.setText(row.title)
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.when.set(row.starts_at, row.ends_at)
        if row.alt_starts_at is not None and row.alt_ends_at is not None:
            self.has_alt.setChecked(True)
            self.alt.set(row.alt_starts_at, row.alt_ends_at)
        else:
            self.alt.set(row.starts_at, row.ends_at)
        self.unit.setCurrentIndex(max(self.unit.findData(row.unit_id), 0))
        self.requested_by.setText(row.requested_by)
        self.requested_at.setDateTime(to_qdt(row.requested_at))
        self.requested_at.setEnabled(False)  # when it came in decided 逾期 or not, and stays
        self.chair.select_id(row.chair_id)
        self.venue.setCurrentIndex(max(self.venue.findData(row.venue_id), 0))
        self.venue_note.setText(row.venue_note)
        self.notes.setPlainText(row.notes)
        for pid in row.person_ids:
            p = self.refs.person(pid)
            self._add_invitee("person", pid, p.name if p else str(pid))
        names = {u.id: u.name for u in self.refs.units}
        for uid in row.unit_ids:
            self._add_invitee("unit", uid, names.get(uid, str(uid)))
        groups = {g.id: g.name for g in self.refs.groups}
        for gid in row.group_ids:
            self._add_invitee("group", gid, groups.get(gid, str(gid)))

    def _add_invitee(self, kind: str, key: int, name: str) -> None:
        for i in range(self.invitees.count()):
            if self.invitees.item(i).data(Qt.ItemDataRole.UserRole) == (kind, key):
                return
        label = {"person": name, "unit": name + tr(" (its leaders)"), "group": name + tr(" (group)")}[kind]
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, (kind, key))
        self.invitees.addItem(item)

    def _add_person(self, person_id: object) -> None:
        if isinstance(person_id, int):
            p = self.refs.person(person_id)
            self._add_invitee("person", person_id, p.name if p else str(person_id))
            self.person_pick.clear()
            self.person_pick.person_id = None

    def _add_from(self, combo: QComboBox, kind: str) -> None:
        key = combo.currentData()
        if isinstance(key, int):
            self._add_invitee(kind, key, combo.currentText().split("（")[0])
        combo.setCurrentIndex(0)

    def _remove(self) -> None:
        for item in self.invitees.selectedItems():
            self.invitees.takeItem(self.invitees.row(item))

    def _keys(self, kind: str) -> tuple[int, ...]:
        found = []
        for i in range(self.invitees.count()):
            k, key = self.invitees.item(i).data(Qt.ItemDataRole.UserRole)
            if k == kind:
                found.append(int(key))
        return tuple(found)

    def _problem(self) -> str:
        if not self.title_edit.text().strip():
            return tr("Please enter the meeting's name.")
        if not self.invitees.count():
            return tr("Please add the expected participants (people, units or groups).")
        start, end = self.when.value(self.tz)
        if end <= start:
            return tr("The wanted time must end after it starts.")
        if self.has_alt.isChecked():
            a_start, a_end = self.alt.value(self.tz)
            if a_end <= a_start:
                return tr("The second choice must end after it starts.")
        return ""

    def value(self) -> RequestInput:
        start, end = self.when.value(self.tz)
        alt = self.alt.value(self.tz) if self.has_alt.isChecked() else (None, None)
        unit, venue = self.unit.currentData(), self.venue.currentData()
        return RequestInput(
            title=self.title_edit.text(), kind=str(self.kind.currentData()), starts_at=start, ends_at=end,
            alt_starts_at=alt[0], alt_ends_at=alt[1], venue_id=venue if isinstance(venue, int) else None,
            venue_note=self.venue_note.text(), chair_id=self.chair.person_id,
            unit_id=unit if isinstance(unit, int) else None, requested_by=self.requested_by.text(),
            person_ids=self._keys("person"), unit_ids=self._keys("unit"), group_ids=self._keys("group"),
            notes=self.notes.toPlainText(),
            requested_at=from_qdt(self.requested_at.dateTime(), self.tz) if self.requested_at.isEnabled() else None,
        )


class AcceptDialog(FormDialog):
    """列入: the clashes first, then how — at the wanted time, at the second choice, or into a meeting."""

    def __init__(self, row: RequestRow, parent: QWidget | None = None) -> None:
        super().__init__(tr("Accept meeting request"), parent)
        self.setObjectName("request_accept_dialog")
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(tr("Schedule it"))
        ok.setObjectName("request_accept_ok")
        head = QLabel(f"《{row.title}》　{row.time_text}")
        head.setWordWrap(True)
        head.setStyleSheet("font-weight: bold;")
        self.body.addWidget(head)
        clashes = QLabel()
        clashes.setObjectName("request_accept_clashes")
        clashes.setWordWrap(True)
        clashes.setTextFormat(Qt.TextFormat.PlainText)
        if row.clashes:
            clashes.setText(tr("Clashes at the wanted time:") + "\n" + "\n".join(f"• {c.message}" for c in row.clashes))
            clashes.setStyleSheet("color: #b03a2e;")
        else:
            clashes.setText(tr("No clashes at the wanted time."))
        self.body.addWidget(clashes)
        self.choices = QButtonGroup(self)
        self.options: list[tuple[bool, int | None, str]] = []
        self._option(tr("Accept at the wanted time (%1)").replace("%1", row.time_text), False, None, "merge")
        if row.alt_text:
            self._option(tr("Accept at the second choice (%1)").replace("%1", row.alt_text), True, None, "merge")
        for p in row.proposals:
            if p.absorbed and p.other_meeting_id is not None:
                self._option(p.text, False, p.other_meeting_id, p.kind)
        self.choices.buttons()[0].setChecked(True)
        hint = QLabel(tr("The meeting is created as a draft with the requested participants; the request keeps "
                         "the link to it."))
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.setMinimumWidth(520)

    def _option(self, text: str, alternative: bool, merge_into: int | None, kind: str) -> None:
        button = QRadioButton(text)
        button.setObjectName(f"request_option_{len(self.options)}")
        self.choices.addButton(button, len(self.options))
        self.options.append((alternative, merge_into, kind))
        self.body.addWidget(button)

    def choice(self) -> tuple[bool, int | None, str]:
        return self.options[max(self.choices.checkedId(), 0)]


class RequestsPanel(QWidget):
    """The displayed week's requests, in the 周安排 side panel. ``count_changed`` carries the tab's label."""

    count_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("week_requests")
        self.year, self.week = 0, 0
        self.view: RequestsView | None = None
        self.refs: Refs | None = None
        self.dialog: FormDialog | QInputDialog | None = None  # the open dialog (tests answer it)
        self.summary = QLabel()
        self.summary.setObjectName("requests_summary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("requests_list")
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.list.itemActivated.connect(lambda _: self.accept_current())
        self.detail = QLabel()
        self.detail.setObjectName("requests_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = FlowLayout()
        self.new_button = self._button(tr("New…"), self.new_request, "requests_new")
        self.edit_button = self._button(tr("Edit…"), self.edit_current, "requests_edit")
        self.accept_button = self._button(tr("Accept…"), self.accept_current, "requests_accept")
        self.decline_button = self._button(tr("Decline…"), self.decline_current, "requests_decline")
        for b in (self.new_button, self.edit_button, self.accept_button, self.decline_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.detail, 2)
        layout.addLayout(buttons)
        ctx.events.directory_changed.connect(self._forget_refs)
        self._selected()

    def _button(self, text: str, slot: Callable[[], None], name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _forget_refs(self) -> None:
        self.refs = None

    # -------------------------------------------------------- loading
    def show_week(self, year: int, week: int) -> None:
        self.year, self.week = year, week
        self.ctx.run(lambda uow: svc.week_requests(uow, year, week), self._shown, lambda exc: show_error(self, exc))

    def reload(self) -> None:
        if self.year:
            self.show_week(self.year, self.week)

    def _shown(self, view: RequestsView) -> None:
        if (view.iso_year, view.iso_week) != (self.year, self.week):
            return
        self.view = view
        current = self.current()
        keep = current.request_id if current is not None else None
        self.list.clear()
        for r in view.rows:
            mark = tr("[late] ") if r.late else ""
            text = f"{mark}{r.title}（{r.kind_label}）\n{r.time_text}\n{r.requester_text}　{r.state_label}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r)
            if r.late:
                item.setForeground(Qt.GlobalColor.darkRed)
            elif not r.pending:
                item.setForeground(Qt.GlobalColor.darkGray)
            self.list.addItem(item)
            if r.request_id == keep:
                self.list.setCurrentItem(item)
        waiting, overdue = view.count("pending"), view.count(late=True)
        self.summary.setText(tr("%1. %2 requests, %3 awaiting review, %4 late.")
                             .replace("%1", view.cutoff_text).replace("%2", str(len(view.rows)))
                             .replace("%3", str(waiting)).replace("%4", str(overdue)))
        label = tr("Requests") + (f" ({waiting}/{len(view.rows)})" if view.rows else "")
        self.count_changed.emit(label)
        self._selected()

    def current(self) -> RequestRow | None:
        item = self.list.currentItem()
        row = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return row if isinstance(row, RequestRow) else None

    def _selected(self) -> None:
        r = self.current()
        for b in (self.edit_button, self.accept_button, self.decline_button):
            b.setEnabled(r is not None and r.pending)
        if r is None:
            self.detail.setText(tr("Select a request to see its clashes and merge proposals."))
            return
        lines = [tr("Participants: %1").replace("%1", r.invitees_text or "—")]
        if r.alt_text:
            lines.append(tr("Second choice: %1").replace("%1", r.alt_text))
        if r.venue_text:
            lines.append(tr("Venue: %1").replace("%1", r.venue_text))
        lines.append(tr("Received %1").replace("%1", f"{r.requested_at:%m-%d %H:%M}")
                     + (tr(" (after the cut-off)") if r.late else ""))
        if r.pending:
            lines += [f"⚠ {c.message}" for c in r.clashes] or [tr("No clashes.")]
            lines += [f"⇄ {p.text}" for p in r.proposals]
        elif r.decline_reason:
            lines.append(tr("Declined: %1").replace("%1", r.decline_reason))
        elif r.meeting_id is not None:
            lines.append(tr("Accepted by %1.").replace("%1", r.decided_by))
        self.detail.setText("\n".join(lines))

    # -------------------------------------------------------- actions
    def _with_refs(self, then: Callable[[Refs], None]) -> None:
        if self.refs is not None:
            then(self.refs)
            return

        def loaded(refs: Refs) -> None:
            self.refs = refs
            then(refs)

        self.ctx.run(load_refs, loaded, lambda exc: show_error(self, exc))

    def _default_start(self) -> dt.datetime:
        monday = dt.date.fromisocalendar(self.year, self.week, 1) if self.year else self.ctx.today()
        return dt.datetime.combine(monday, dt.time(9, 0), tzinfo=self.ctx.settings.tz())

    def new_request(self) -> None:
        self._with_refs(lambda refs: self._open_editor(refs, None))

    def edit_current(self) -> None:
        r = self.current()
        if r is not None and r.pending:
            self._with_refs(lambda refs: self._open_editor(refs, r))

    def _open_editor(self, refs: Refs, row: RequestRow | None) -> None:
        dialog = RequestDialog(refs, self.ctx.settings.tz(), self.ctx.local_now(), self._default_start(), row, self)
        dialog.accepted.connect(lambda: self._save(row, dialog.value()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _save(self, row: RequestRow | None, data: RequestInput) -> None:
        def done(saved: RequestRow) -> None:
            late = tr(" It came after the cut-off and is marked late.") if saved.late else ""
            self.ctx.status(tr("Request 《%1》 saved for %2.").replace("%1", saved.title)
                            .replace("%2", f"{saved.iso_year}-W{saved.iso_week:02d}") + late)
            if (saved.iso_year, saved.iso_week) == (self.year, self.week):
                self.reload()

        if row is None:
            self.ctx.run(lambda uow: svc.file_request(uow, data), done, lambda exc: show_error(self, exc))
        else:
            self.ctx.run(lambda uow: svc.update_request(uow, row.request_id, row.version, data), done,
                         lambda exc: show_error(self, exc))

    def accept_current(self) -> None:
        r = self.current()
        if r is None or not r.pending:
            return
        dialog = AcceptDialog(r, self)
        dialog.accepted.connect(lambda: self._accept(r, *dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _accept(self, r: RequestRow, alternative: bool, merge_into: int | None, kind: str) -> None:
        def done(result: svc.AcceptResult) -> None:
            extra = "；".join(result.warnings)
            self.ctx.status(result.summary + (f"；{extra}" if extra else ""))
            self.ctx.events.meetings_changed.emit()
            self.reload()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload()  # e.g. someone decided it meanwhile: show what it is now

        self.ctx.run(lambda uow: svc.accept_request(uow, r.request_id, r.version, alternative, merge_into, kind),
                     done, failed)

    def decline_current(self) -> None:
        r = self.current()
        if r is None or not r.pending:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("request_decline_dialog")
        dialog.setWindowTitle(tr("Decline meeting request"))
        dialog.setLabelText(tr("Why is 《%1》 not scheduled? The requesting unit is told this reason.")
                            .replace("%1", r.title))
        dialog.setOkButtonText(tr("Decline"))
        dialog.setCancelButtonText(tr("Cancel"))
        dialog.textValueSelected.connect(lambda reason: self._decline(r, reason))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _decline(self, r: RequestRow, reason: str) -> None:
        def done(row: RequestRow) -> None:
            self.ctx.status(tr("Request 《%1》 declined.").replace("%1", row.title))
            self.reload()

        self.ctx.run(lambda uow: svc.decline_request(uow, r.request_id, r.version, reason), done,
                     lambda exc: show_error(self, exc))
