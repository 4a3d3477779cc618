"""明白纸: the list of handouts on the left, the editor with its live one-page preview on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from huiwu.pinyin import text_matches
from ui.context import AppContext
from ui.errors import show_error
from ui.handouts.editor import HandoutEditor
from ui.handouts.returns import ReturnsPanel
from ui.i18n import tr
from ui.widgets.common import TableList, confirm
from ui.widgets.table import Column

if TYPE_CHECKING:
    from huiwu.db import UnitOfWork
    from huiwu.services.handouts import HandoutDetail, HandoutRow


def create_page(ctx: AppContext) -> QWidget:
    return HandoutsPage(ctx)


class HandoutsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._filling = False
        self._widths_set = False
        self._opened_first = False
        self.setObjectName("handouts_page")
        self.list = TableList(
            [
                Column(tr("Handout title"), lambda r: r.title),
                Column(tr("Linked meeting"), lambda r: r.meeting_title or tr("Standalone")),
                Column(tr("Updated"), lambda r: f"{r.updated_at:%m-%d %H:%M}", sort=lambda r: r.updated_at),
            ],
            "handouts",
            sort_column=2,
        )
        self.list.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        search = self.list.add_search(tr("Search handouts"))
        search.setMinimumWidth(100)
        search.textChanged.connect(self._filter)
        self.list.add_button(tr("New"), self.new_handout, "handout_new", "Ctrl+N")
        self.list.add_button(tr("Duplicate handout"), self.duplicate, "handout_duplicate")
        self.list.add_button(tr("Delete"), self.delete, "handout_delete")
        self.list.activated.connect(lambda row: self.open_handout(row.id))
        self.list.selection_changed.connect(self._selection_changed)

        self.editor = HandoutEditor(ctx)
        self.editor.edited.connect(self._update_heading)
        self.heading = QLabel()
        self.heading.setObjectName("handout_heading")
        self.heading.setStyleSheet("font-weight: bold")
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setObjectName("handout_save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(tr("Print preview…"))
        self.print_button.setObjectName("handout_print")
        self.print_button.setToolTip("Ctrl+P")
        self.print_button.clicked.connect(self.print_preview)
        self.revert_button = QPushButton(tr("Discard changes"))
        self.revert_button.setObjectName("handout_revert")
        self.revert_button.clicked.connect(self.revert)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for b in (self.revert_button, self.print_button, self.save_button):
            top.addWidget(b)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        self.returns = ReturnsPanel(ctx)  # 回收: the tables out to the units and back, for the open handout
        # what came back, and 时限节点 made 督办 items, are on the 工作台 and the 督办 page too
        self.returns.changed.connect(ctx.events.meetings_changed.emit)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("handout_tabs")
        self.tabs.addTab(self.editor, tr("Edit"))
        self.tabs.addTab(self.returns, tr("Returns"))
        self.tabs.currentChanged.connect(lambda _: self._load_returns())
        right_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("handouts_splitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 870])
        state = QSettings().value("splitters/handouts")
        if state is not None:
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("splitters/handouts", self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save), (QKeySequence.StandardKey.Print,
                                                                        self.print_preview)):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self._loaded = False
        self.ctx.events.meetings_changed.connect(self._load_meetings)
        self.editor.load(None)
        self._update_heading()

    # -------------------------------------------------------- page protocol
    def activated(self) -> None:
        if not self._loaded:
            self._loaded = True
            self._load_meetings()
        self.refresh()

    def open_target(self, target: object) -> None:
        """An int opens that handout; {"meeting_id": n} starts a new one linked to meeting n."""
        self._opened_first = True
        if isinstance(target, int):
            self.open_handout(target)
        elif isinstance(target, dict) and "meeting_id" in target:
            if self._may_discard():
                self.editor.load(None, meeting_id=int(target["meeting_id"]))
                self._update_heading()

    def confirm_close(self) -> bool:
        return self._may_discard()

    # -------------------------------------------------------- loading
    def refresh(self) -> None:
        from huiwu.services.handouts import list_handouts

        self.ctx.run(list_handouts, self._rows_loaded, lambda exc: show_error(self, exc))

    def _rows_loaded(self, rows: list[HandoutRow]) -> None:
        self._filling = True  # selecting the open handout's row must not open another one
        try:
            self.list.set_rows(rows)
            if rows and not self._widths_set and QSettings().value("tables/handouts") is None:
                self._widths_set = True  # the first rows decide sensible widths; the clerk's own widths persist
                for column, width in enumerate((140, 100)):
                    self.list.view.setColumnWidth(column, width)
            self._select_open_row()
        finally:
            self._filling = False
        self._update_heading()
        if rows and self.editor.handout_id is None and not self.editor.dirty and not self._opened_first:
            self._opened_first = True  # the page opens on the newest handout rather than an empty form
            self.open_handout(self.list.proxy.row_at(0).id)

    def _select_open_row(self) -> None:
        for proxy_row in range(self.list.proxy.rowCount()):
            if self.list.proxy.row_at(proxy_row).id == self.editor.handout_id:
                self.list.view.selectRow(proxy_row)
                return
        self.list.view.clearSelection()

    def _load_meetings(self) -> None:
        from huiwu.services.handouts import meeting_choices

        self.ctx.run(meeting_choices, self.editor.set_meetings, lambda exc: show_error(self, exc))

    def _filter(self, text: str) -> None:
        query = text.strip()
        self.list.proxy.set_predicate((lambda r: text_matches(query, r.title, r.meeting_title)) if query else None)

    def _selection_changed(self) -> None:
        if self._filling:
            return
        row = self.list.current_row()
        if row is not None and row.id != self.editor.handout_id and not self.editor.dirty:
            self.open_handout(row.id)

    def open_handout(self, handout_id: int) -> None:
        if handout_id == self.editor.handout_id and not self.editor.dirty:
            return
        if not self._may_discard():
            return
        from huiwu.services.handouts import get_handout

        self.ctx.run(lambda uow: get_handout(uow, handout_id), self._show, lambda exc: show_error(self, exc))

    def _show(self, detail: HandoutDetail) -> None:
        self.editor.load(detail)
        self._update_heading()
        self._load_returns()

    def _load_returns(self) -> None:
        """The 回收 tab follows the open handout (a new, unsaved one has nothing sent); loaded when shown."""
        if self.tabs.currentWidget() is self.returns or self.returns.handout_id is not None:
            self.returns.load(self.editor.handout_id)

    def _may_discard(self) -> bool:
        if not self.editor.dirty:
            return True
        return confirm(self, tr("Unsaved handout"), tr("The handout has unsaved changes. Discard them?"))

    def _update_heading(self) -> None:
        title = self.editor.title.text().strip() or tr("New handout")
        mark = " *" if self.editor.dirty else ""
        self.heading.setText(title + mark)
        self.revert_button.setEnabled(self.editor.dirty)

    # -------------------------------------------------------- actions
    def new_handout(self) -> None:
        self._opened_first = True
        if self._may_discard():
            self.editor.load(None)
            self._load_returns()
            self.list.view.clearSelection()
            self._update_heading()
            self.editor.title.setFocus()
            self.ctx.status(tr("New handout: fill in the fields and save with Ctrl+S."))

    def revert(self) -> None:
        handout_id = self.editor.handout_id
        self.editor.dirty = False
        if handout_id is None:
            self.editor.load(None)
            self._update_heading()
        else:
            self.editor.handout_id = None
            self.open_handout(handout_id)

    def save(self) -> None:
        from huiwu.errors import HuiwuError
        from huiwu.services.handouts import save_handout

        try:
            edit = self.editor.edit(strict=True)
        except HuiwuError as exc:
            show_error(self, exc)
            return
        handout_id, version = self.editor.handout_id, self.editor.version

        def done(detail: HandoutDetail) -> None:
            self.editor.load(detail)
            self._update_heading()
            self._load_returns()
            self.ctx.status(tr("Handout “%1” saved.").replace("%1", detail.edit.title))
            self.refresh()

        self.ctx.run(lambda uow: save_handout(uow, edit, handout_id, version), done,
                     lambda exc: show_error(self, exc), label=tr("Saving the handout…"))

    def duplicate(self) -> None:
        row = self.list.current_row()
        if row is None:
            self.ctx.status(tr("Choose the handout to copy in the list first."))
            return
        if not self._may_discard():
            return
        from huiwu.services.handouts import duplicate_handout

        def done(detail: HandoutDetail) -> None:
            self.editor.load(detail)
            self._update_heading()
            self.ctx.status(tr("Copied as “%1”; link it to a meeting and adapt it.").replace("%1", detail.edit.title))
            self.refresh()

        self.ctx.run(lambda uow: duplicate_handout(uow, row.id), done, lambda exc: show_error(self, exc))

    def delete(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        if not confirm(self, tr("Delete handout"), tr("Delete the handout “%1”?").replace("%1", row.title)):
            return
        from huiwu.services.handouts import delete_handout

        def done(_: object) -> None:
            if self.editor.handout_id == row.id:
                self.editor.load(None)
                self._load_returns()
            self.ctx.status(tr("Handout “%1” deleted.").replace("%1", row.title))
            self.refresh()

        self.ctx.run(lambda uow: delete_handout(uow, row.id, row.version), done, lambda exc: show_error(self, exc))

    def print_preview(self) -> None:
        """Preview exactly what is on screen (saved or not), with the copies numbered as they will print."""
        from ui.printing import preview_pdf

        doc = self.editor.document()
        title = tr("Handout")

        def use_case(uow: UnitOfWork) -> bytes:
            from huiwu.printing.handout import render_handout
            from huiwu.services.printing import fonts

            return render_handout(doc, fonts(uow))

        preview_pdf(self.ctx, self, title, use_case)
