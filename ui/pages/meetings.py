"""会议: every meeting, filtered by week, status and kind, and the editor to plan one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from huiwu.models import MeetingStatus
from huiwu.pinyin import text_matches
from huiwu.services import meetings as svc
from huiwu.services.meetings import MeetingDetail, MeetingRow
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.meetings.editor import LABELS, MeetingEditor, shortcut
from ui.meetings.refs import Refs, load_refs
from ui.pages import LoadsWhenShown
from ui.widgets.common import TableList
from ui.widgets.table import Column

DELETED = "__deleted__"


def create_page(ctx: AppContext) -> QWidget:
    return MeetingsPage(ctx)


class MeetingsPage(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetings_page")
        self.ctx = ctx
        self.refs: Refs | None = None
        self.rows: list[MeetingRow] = []
        self.deleted_rows: list[MeetingRow] = []
        self.editor: MeetingEditor | None = None
        self._scrolled = False
        columns: list[Column[MeetingRow]] = [
            Column(tr("Date"), lambda r: f"{r.starts_at:%Y-%m-%d} 周{'一二三四五六日'[r.starts_at.weekday()]}",
                   lambda r: r.starts_at),
            Column(tr("Meeting time"), lambda r: f"{r.starts_at:%H:%M}—{r.ends_at:%H:%M}", lambda r: r.starts_at),
            Column(tr("Meeting"), lambda r: r.title),
            Column(tr("Meeting kind"), lambda r: r.kind_label),
            Column(tr("Place"), lambda r: r.place),
            Column(tr("Chair"), lambda r: r.chair_name),
            Column(tr("Attendees"), lambda r: r.participants, align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(tr("Checklist"), lambda r: f"{r.checklist_done}/{r.checklist_total}",
                   lambda r: r.checklist_done / max(r.checklist_total, 1)),
            Column(tr("Status"), lambda r: r.status_text),
        ]
        self.list = TableList(columns, "meetings", self)
        self.search = self.list.add_search(tr("Search meeting titles"))
        self.week = QComboBox()
        self.week.setObjectName("week_filter")
        self.week.setMinimumWidth(170)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(tr("All statuses"), None)
        for code, label in LABELS["status"].items():
            self.status.addItem(label, code)
        self.status.addItem(tr("Deleted"), DELETED)
        self.kind = QComboBox()
        self.kind.setObjectName("kind_filter")
        self.kind.addItem(tr("All kinds"), None)
        for code, label in LABELS["kind"].items():
            self.kind.addItem(label, code)
        for combo in (self.week, self.status, self.kind):
            self.list.bar.addWidget(combo)
            combo.currentIndexChanged.connect(self.refilter)
        self.list.bar.addStretch(1)
        self.list.add_button(tr("New meeting"), self.new, "new_meeting", "Ctrl+N")
        self.list.add_button(tr("Open"), self.open_current, "open_meeting")
        self.list.model.row_brush = self._brush
        self.count = QLabel()
        self.count.setObjectName("meetings_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.refilter)
        self.list.activated.connect(lambda row: self.open_meeting(row.id))
        shortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        ctx.events.meetings_changed.connect(self.reload)
        ctx.events.directory_changed.connect(self._directory_changed)
        self._fill_weeks()
        self.reload()

    @staticmethod
    def _brush(row: MeetingRow) -> Any:
        if row.status == MeetingStatus.CANCELLED or row.deleted:
            return Qt.GlobalColor.lightGray
        return None

    def _fill_weeks(self) -> None:
        today = self.ctx.today()
        monday = today - dt.timedelta(days=today.weekday())
        with QSignalBlocker(self.week):
            self.week.addItem(tr("All weeks"), None)
            for offset in range(-8, 9):
                day = monday + dt.timedelta(weeks=offset)
                label = svc.iso_week_label(day)
                text = f"{label}（{day:%m-%d}起）"
                if offset == 0:
                    text = tr("This week ") + text
                elif offset == 1:
                    text = tr("Next week ") + text
                elif offset == -1:
                    text = tr("Last week ") + text
                self.week.addItem(text, label)

    def reload(self) -> None:
        def load(uow: Any) -> tuple[list[MeetingRow], list[MeetingRow]]:
            return svc.list_meetings(uow), svc.list_meetings(uow, deleted=True)

        run_alive(self, self.ctx, load, self._loaded, lambda exc: show_error(self, exc), label=tr("Loading meetings"))

    def _loaded(self, data: tuple[list[MeetingRow], list[MeetingRow]]) -> None:
        self.rows, self.deleted_rows = data
        deleted = self.status.currentData() == DELETED
        keep = self.list.current_row()
        self.list.set_rows(self.deleted_rows if deleted else self.rows)
        self.refilter()
        if keep is not None:
            self.select(keep.id)
        if not self._scrolled and self.rows:
            self._scrolled = True
            QTimer.singleShot(0, self.scroll_to_today)

    def select(self, meeting_id: int) -> None:
        for i in range(self.list.proxy.rowCount()):
            if self.list.proxy.row_at(i).id == meeting_id:
                self.list.view.selectRow(i)
                return

    def scroll_to_today(self) -> None:
        """Open at this week rather than at the oldest meeting."""
        today = self.ctx.today()
        for i in range(self.list.proxy.rowCount()):
            if self.list.proxy.row_at(i).starts_at.date() >= today:
                self.list.view.scrollTo(self.list.proxy.index(i, 0), self.list.view.ScrollHint.PositionAtTop)
                self.list.view.selectRow(i)
                return

    def refilter(self) -> None:
        status, kind, week = self.status.currentData(), self.kind.currentData(), self.week.currentData()
        deleted = status == DELETED
        source = self.deleted_rows if deleted else self.rows
        if self.list.model.rows() is not source:
            self.list.model.set_rows(source)
        query = self.search.text().strip()

        def accept(row: MeetingRow) -> bool:
            if status and not deleted and row.status != status:
                return False
            if kind and row.kind != kind:
                return False
            if week and row.iso_week != week:
                return False
            return text_matches(query, row.title)

        self.list.proxy.set_predicate(accept)
        self.count.setText(tr("%1 of %2 meetings shown").replace("%1", str(self.list.proxy.rowCount()))
                           .replace("%2", str(len(source))))

    def _directory_changed(self) -> None:
        self.refs = None

    def with_refs(self, then: Any) -> None:
        if self.refs is not None:
            then(self.refs)
            return

        def done(refs: Refs) -> None:
            self.refs = refs
            then(refs)

        run_alive(self, self.ctx, load_refs, done, lambda exc: show_error(self, exc), label=tr("Loading the directory"))

    def new(self) -> None:
        self.with_refs(lambda refs: self._show_editor(refs, None))

    def open_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.open_meeting(row.id)

    def open_meeting(self, meeting_id: int) -> None:
        def loaded(detail: MeetingDetail) -> None:
            self.with_refs(lambda refs: self._show_editor(refs, detail))

        run_alive(self, self.ctx, lambda uow: svc.get_meeting(uow, meeting_id), loaded, lambda exc: show_error(self, exc))

    def open_target(self, target: object) -> None:
        if isinstance(target, int):
            self.open_meeting(target)

    def _show_editor(self, refs: Refs, detail: MeetingDetail | None) -> None:
        if self.editor is not None and self.editor.isVisible():
            if self.editor.dirty:
                self.editor.raise_()
                self.ctx.status(tr("Finish or close the open meeting first."))
                return
            self.editor.close()
        self.editor = MeetingEditor(self.ctx, refs, detail, self)
        self.editor.show()

    def confirm_close(self) -> bool:
        if self.editor is not None and self.editor.isVisible() and self.editor.dirty:
            return self.editor.close()
        return True
