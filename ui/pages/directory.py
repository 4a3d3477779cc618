"""通讯录: people, units, groups and venues, with search by name and pinyin, and .xlsx import/export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from huiwu.models import UNIT_KIND_LABELS
from huiwu.pinyin import match_rank
from huiwu.services import directory as svc
from huiwu.services import roster
from huiwu.services.directory import GroupRow, PersonRow, UnitRow, VenueRow
from huiwu.text import phone_problem
from ui.context import AppContext, Job
from ui.errors import show_error
from ui.i18n import tr
from ui.progress import run_with_progress
from ui.widgets.common import FormDialog, TableList, confirm
from ui.widgets.files import open_file, save_file
from ui.widgets.table import Column


def yes_no(value: bool) -> str:
    return tr("Yes") if value else tr("No")


def create_page(ctx: AppContext) -> QWidget:
    return DirectoryPage(ctx)


class DirectoryPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("directory_page")
        self.units: list[UnitRow] = []
        self.people: list[PersonRow] = []
        self.tabs = QTabWidget()
        self.people_tab = PeopleTab(self)
        self.units_tab = UnitsTab(self)
        self.groups_tab = GroupsTab(self)
        self.venues_tab = VenuesTab(self)
        self.tabs.addTab(self.people_tab, tr("People"))
        self.tabs.addTab(self.units_tab, tr("Units"))
        self.tabs.addTab(self.groups_tab, tr("Groups"))
        self.tabs.addTab(self.venues_tab, tr("Venues"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        search = QShortcut(QKeySequence.StandardKey.Find, self)
        search.activated.connect(self.focus_search)
        ctx.events.directory_changed.connect(self.reload)
        self.reload()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.people_tab)
        self.people_tab.search.setFocus()
        self.people_tab.search.selectAll()

    def reload(self) -> None:
        def load(uow: Any) -> tuple[list[UnitRow], list[PersonRow], list[GroupRow], list[svc.VenueRow]]:
            return svc.list_units(uow), svc.list_people(uow), svc.list_groups(uow), svc.list_venues(uow)

        self.ctx.run(load, self._loaded, label=tr("Loading the directory"))

    def _loaded(self, data: tuple[list[UnitRow], list[PersonRow], list[GroupRow], list[VenueRow]]) -> None:
        self.units, self.people, groups, venues = data
        self.people_tab.show_rows(self.people, self.units)
        self.units_tab.list.set_rows(self.units)
        self.groups_tab.show_rows(groups, self.people)
        self.venues_tab.list.set_rows(venues)
        self.loaded_count = len(self.people)

    def saved(self, message: str) -> None:
        self.ctx.status(message)
        self.ctx.events.directory_changed.emit()

    def run_save(self, use_case: Any, message: str, dialog: FormDialog | None = None) -> None:
        def done(_: Any) -> None:
            if dialog is not None:
                dialog.accept()
            self.saved(message)

        self.ctx.run(use_case, done, lambda exc: show_error(dialog or self, exc), label=tr("Saving"))


# ---------------------------------------------------------------- people


class PeopleTab(QWidget):
    def __init__(self, page: DirectoryPage) -> None:
        super().__init__()
        self.page = page
        columns: list[Column[PersonRow]] = [
            Column(tr("Name"), lambda r: r.name, lambda r: r.pinyin_full),
            Column(tr("Unit"), lambda r: r.unit_name, lambda r: (r.unit_sort, r.unit_name)),
            Column(tr("Title"), lambda r: r.title),
            Column(tr("Order"), lambda r: r.sort_order, lambda r: (r.unit_sort, r.sort_order)),
            Column(tr("Phone"), lambda r: r.phone),
            Column(tr("Leader"), lambda r: yes_no(r.is_leader)),
            Column(tr("Active"), lambda r: yes_no(r.active)),
            Column(tr("Supervising leader"), lambda r: r.supervisor_name),
            Column(tr("Pinyin"), lambda r: r.pinyin_initials),
        ]
        self.list = TableList(columns, "people", self, sort_column=3)
        self.search = self.list.add_search(tr("Search: name, pinyin initials (zs) or full pinyin"))
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("unit_filter")
        self.unit_filter.setMinimumWidth(180)
        self.list.bar.addWidget(self.unit_filter)
        self.show_inactive = QCheckBox(tr("Show inactive"))
        self.list.bar.addWidget(self.show_inactive)
        self.list.bar.addStretch(1)
        self.list.add_button(tr("New person"), self.new, "new_person", "Ctrl+N")
        self.list.add_button(tr("Edit"), self.edit_current, "edit_person")
        self.list.add_button(tr("Delete"), self.delete, "delete_person")
        self.list.add_button(tr("Import .xlsx…"), self.import_xlsx, "import_roster")
        self.list.add_button(tr("Export .xlsx…"), self.export_xlsx, "export_roster")
        self.count = QLabel()
        self.count.setObjectName("people_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.refilter)
        self.unit_filter.currentIndexChanged.connect(self.refilter)
        self.show_inactive.toggled.connect(self.refilter)
        self.list.activated.connect(self.edit)
        self.list.model.row_brush = lambda r: None if r.active else Qt.GlobalColor.lightGray  # type: ignore[assignment]

    def show_rows(self, people: list[PersonRow], units: list[UnitRow]) -> None:
        with QSignalBlocker(self.unit_filter):
            current = self.unit_filter.currentData()
            self.unit_filter.clear()
            self.unit_filter.addItem(tr("All units"), None)
            for unit in units:
                self.unit_filter.addItem(unit.name, unit.id)
            index = self.unit_filter.findData(current)
            self.unit_filter.setCurrentIndex(max(index, 0))
        self.list.set_rows(people)
        self.refilter()

    def refilter(self) -> None:
        query = self.search.text().strip()
        unit_id = self.unit_filter.currentData()
        inactive = self.show_inactive.isChecked()

        def accept(row: PersonRow) -> bool:
            if not inactive and not row.active:
                return False
            if unit_id is not None and row.unit_id != unit_id:
                return False
            return not query or match_rank(query, row.name, row.pinyin_initials, row.pinyin_full) is not None

        self.list.proxy.set_predicate(accept)
        shown = self.list.proxy.rowCount()
        self.count.setText(tr("%1 of %2 people shown").replace("%1", str(shown)).replace("%2", str(len(self.page.people))))

    def new(self) -> None:
        PersonDialog(self.page, None).open()

    def edit_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.edit(row)

    def edit(self, row: PersonRow) -> None:
        PersonDialog(self.page, row).open()

    def delete(self) -> None:
        row = self.list.current_row()
        if row is None:
            return
        if confirm(self, tr("Delete person"), tr("Delete %1 (%2)? This cannot be undone.").replace("%1", row.name).replace("%2", row.unit_name)):
            self.page.run_save(lambda uow: svc.delete_person(uow, row.id), tr("Deleted: ") + row.name)

    def import_xlsx(self) -> None:
        chosen = open_file(self, "roster", tr("Import roster"), tr("Excel workbook (*.xlsx)"))
        if chosen is not None:
            self.preview(chosen)

    def preview(self, path: Path) -> None:
        def use_case(uow: Any, job: Job) -> roster.RosterPreview:
            return roster.preview_roster(uow, path, progress=job.progress, cancelled=job.cancelled)

        run_with_progress(self.page.ctx, self, use_case, lambda p: RosterPreviewDialog(self.page, path, p).open(),
                          lambda exc: show_error(self, exc), tr("Checking the file"))

    def export_xlsx(self) -> None:
        chosen = save_file(self, "roster", tr("Export roster"), "通讯录.xlsx", tr("Excel workbook (*.xlsx)"))
        if chosen is not None:
            target = chosen
            self.page.ctx.run(lambda uow: roster.export_roster(uow, target),
                              lambda n: self.page.ctx.status(tr("Exported %1 people to %2").replace("%1", str(n)).replace("%2", str(target))),
                              lambda exc: show_error(self, exc), label=tr("Exporting"))


class PersonDialog(FormDialog):
    def __init__(self, page: DirectoryPage, row: PersonRow | None) -> None:
        super().__init__(tr("Edit person") if row else tr("New person"), page)
        self.setObjectName("person_dialog")
        self.page, self.row = page, row
        form = QFormLayout()
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("person_name")
        self.unit = QComboBox()
        self.unit.setObjectName("person_unit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for unit in page.units:
            self.unit.addItem(unit.name, unit.id)
        if row:
            self.unit.setCurrentIndex(self.unit.findData(row.unit_id))
        self.title = QLineEdit(row.title if row else "")
        self.title.setObjectName("person_title")
        self.order = QSpinBox()
        self.order.setRange(0, 99999)
        self.order.setValue(row.sort_order if row else 0)
        self.phone = QLineEdit(row.phone if row else "")
        self.leader = QCheckBox(tr("Leader (can chair meetings, approves leave)"))
        self.leader.setChecked(bool(row and row.is_leader))
        self.active = QCheckBox(tr("Active"))
        self.active.setChecked(row.active if row else True)
        self.supervisor = QComboBox()
        self.supervisor.addItem(tr("(none)"), None)
        for person in page.people:
            if person.is_leader and (row is None or person.id != row.id):
                self.supervisor.addItem(f"{person.name}（{person.title}）", person.id)
        if row and row.supervisor_id:
            self.supervisor.setCurrentIndex(max(self.supervisor.findData(row.supervisor_id), 0))
        form.addRow(tr("Name"), self.name)
        form.addRow(tr("Unit"), self.unit)
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Order"), self.order)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Supervising leader"), self.supervisor)
        form.addRow("", self.leader)
        form.addRow("", self.active)
        self.body.addLayout(form)
        self.validator = self.check
        self.setMinimumWidth(420)

    def check(self) -> str:
        if not self.name.text().strip():
            return tr("Please enter the name.")
        if self.unit.currentData() is None or self.unit.findText(self.unit.currentText()) < 0:
            return tr("Please choose a unit from the list.")
        return phone_problem(self.phone.text()) or ""  # the core's sentence, before anything is sent

    def _try_accept(self) -> None:
        message = self.check()
        if message:
            super()._try_accept()
            return
        edit = svc.PersonEdit(
            name=self.name.text(), unit_id=self.unit.currentData(), title=self.title.text(),
            sort_order=self.order.value(), phone=self.phone.text(), is_leader=self.leader.isChecked(),
            active=self.active.isChecked(), supervisor_id=self.supervisor.currentData(),
        )
        row = self.row
        self.page.run_save(
            lambda uow: svc.save_person(uow, edit, row.id if row else None, row.version if row else None),
            tr("Saved: ") + edit.name.strip(), self,
        )


class RosterPreviewDialog(FormDialog):
    """What the import would do; the import button only works for a file without errors."""

    def __init__(self, page: DirectoryPage, path: Path, preview: roster.RosterPreview) -> None:
        super().__init__(tr("Import roster — preview"), page)
        self.setObjectName("roster_preview")
        self.page, self.path, self.preview = page, path, preview
        summary = QLabel(preview.summary())
        summary.setObjectName("roster_summary")
        summary.setWordWrap(True)
        self.body.addWidget(summary)
        if preview.errors:
            errors = QTableWidget(len(preview.errors), 4)
            errors.setObjectName("roster_errors")
            errors.setHorizontalHeaderLabels([tr("Sheet"), tr("Row"), tr("Column"), tr("Problem")])
            for i, e in enumerate(preview.errors):
                for j, value in enumerate((e.sheet, str(e.row), e.column, e.message)):
                    errors.setItem(i, j, QTableWidgetItem(value))
            errors.horizontalHeader().setStretchLastSection(True)
            errors.resizeColumnsToContents()
            self.body.addWidget(errors)
            note = QLabel(tr("The file has errors, so nothing will be imported. Correct the rows listed and import again."))
            note.setWordWrap(True)
            self.body.addWidget(note)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setText(tr("Import"))
        ok.setEnabled(preview.ok)
        self.resize(720, 420 if preview.errors else 160)

    def _try_accept(self) -> None:
        path, message = self.path, tr("Imported: ") + self.preview.summary()

        def use_case(uow: Any, job: Job) -> roster.RosterPreview:
            return roster.import_roster(uow, path, progress=job.progress, cancelled=job.cancelled)

        def done(_: roster.RosterPreview) -> None:
            self.accept()
            self.page.saved(message)

        run_with_progress(self.page.ctx, self, use_case, done, lambda exc: show_error(self, exc), tr("Importing"))


# ---------------------------------------------------------------- units


class UnitsTab(QWidget):
    def __init__(self, page: DirectoryPage) -> None:
        super().__init__()
        self.page = page
        columns: list[Column[UnitRow]] = [
            Column(tr("Order"), lambda r: r.sort_order),
            Column(tr("Unit"), lambda r: r.name),
            Column(tr("Short name"), lambda r: r.short_name),
            Column(tr("Kind"), lambda r: r.kind_label),
            Column(tr("People"), lambda r: r.people_count),
            Column(tr("Active"), lambda r: yes_no(r.active)),
        ]
        self.list = TableList(columns, "units", self)
        self.list.bar.addStretch(1)
        self.list.add_button(tr("New unit"), lambda: UnitDialog(page, None).open(), "new_unit")
        self.list.add_button(tr("Edit"), self.edit_current, "edit_unit")
        self.list.add_button(tr("Delete"), self.delete, "delete_unit")
        self.list.activated.connect(lambda row: UnitDialog(page, row).open())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def edit_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            UnitDialog(self.page, row).open()

    def delete(self) -> None:
        row = self.list.current_row()
        if row and confirm(self, tr("Delete unit"), tr("Delete the unit %1?").replace("%1", row.name)):
            self.page.run_save(lambda uow: svc.delete_unit(uow, row.id), tr("Deleted: ") + row.name)


class UnitDialog(FormDialog):
    def __init__(self, page: DirectoryPage, row: UnitRow | None) -> None:
        super().__init__(tr("Edit unit") if row else tr("New unit"), page)
        self.page, self.row = page, row
        form = QFormLayout()
        self.name = QLineEdit(row.name if row else "")
        self.short = QLineEdit(row.short_name if row else "")
        self.kind = QComboBox()
        for kind, label in UNIT_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        if row:
            self.kind.setCurrentIndex(self.kind.findData(row.kind))
        else:
            self.kind.setCurrentIndex(1)
        self.order = QSpinBox()
        self.order.setRange(0, 99999)
        self.order.setValue(row.sort_order if row else (max((u.sort_order for u in page.units), default=0) + 1))
        self.active = QCheckBox(tr("Active"))
        self.active.setChecked(row.active if row else True)
        form.addRow(tr("Unit"), self.name)
        form.addRow(tr("Short name"), self.short)
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("Order"), self.order)
        form.addRow("", self.active)
        self.body.addLayout(form)
        self.setMinimumWidth(400)

    def _try_accept(self) -> None:
        edit = svc.UnitEdit(self.name.text(), self.kind.currentData(), self.short.text(), self.order.value(), self.active.isChecked())
        row = self.row
        self.page.run_save(lambda uow: svc.save_unit(uow, edit, row.id if row else None, row.version if row else None),
                           tr("Saved: ") + edit.name.strip(), self)


# ---------------------------------------------------------------- groups


class GroupsTab(QWidget):
    def __init__(self, page: DirectoryPage) -> None:
        super().__init__()
        self.page = page
        self.groups: list[GroupRow] = []
        self.people_by_id: dict[int, PersonRow] = {}
        self.group_list = QListWidget()
        self.group_list.setObjectName("group_list")
        self.members = QListWidget()
        self.members.setObjectName("group_members")
        buttons = QHBoxLayout()
        for text, slot, name in ((tr("New group"), self.new, "new_group"), (tr("Edit"), self.edit, "edit_group"),
                                 (tr("Delete"), self.delete, "delete_group")):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(self.group_list)
        splitter.addWidget(self.members)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter)
        self.group_list.currentRowChanged.connect(self.show_members)
        self.group_list.itemDoubleClicked.connect(lambda _: self.edit())

    def show_rows(self, groups: list[GroupRow], people: list[PersonRow]) -> None:
        self.groups = groups
        self.people_by_id = {p.id: p for p in people}
        current = self.group_list.currentRow()
        with QSignalBlocker(self.group_list):
            self.group_list.clear()
            for g in groups:
                self.group_list.addItem(f"{g.name}（{len(g.member_ids)} 人）")
        self.group_list.setCurrentRow(min(max(current, 0), len(groups) - 1))
        self.show_members(self.group_list.currentRow())

    def show_members(self, row: int) -> None:
        self.members.clear()
        if 0 <= row < len(self.groups):
            for pid in self.groups[row].member_ids:
                p = self.people_by_id.get(pid)
                if p:
                    self.members.addItem(f"{p.name}　{p.unit_name}　{p.title}")

    def current(self) -> GroupRow | None:
        row = self.group_list.currentRow()
        return self.groups[row] if 0 <= row < len(self.groups) else None

    def new(self) -> None:
        GroupDialog(self.page, None).open()

    def edit(self) -> None:
        group = self.current()
        if group:
            GroupDialog(self.page, group).open()

    def delete(self) -> None:
        group = self.current()
        if group and confirm(self, tr("Delete group"), tr("Delete the group %1? The people stay in the directory.").replace("%1", group.name)):
            self.page.run_save(lambda uow: svc.delete_group(uow, group.id), tr("Deleted: ") + group.name)


class GroupDialog(FormDialog):
    """Name, description, and members picked from a searchable list of the directory."""

    def __init__(self, page: DirectoryPage, group: GroupRow | None) -> None:
        super().__init__(tr("Edit group") if group else tr("New group"), page)
        self.setObjectName("group_dialog")
        self.page, self.group = page, group
        form = QFormLayout()
        self.name = QLineEdit(group.name if group else "")
        self.name.setObjectName("group_name")
        self.description = QPlainTextEdit(group.description if group else "")
        self.description.setMaximumHeight(60)
        form.addRow(tr("Group name"), self.name)
        form.addRow(tr("Description"), self.description)
        self.body.addLayout(form)
        self.search = QLineEdit()
        self.search.setObjectName("group_search")
        self.search.setPlaceholderText(tr("Search people to add (name or pinyin)"))
        self.candidates = QListWidget()
        self.candidates.setObjectName("group_candidates")
        self.chosen = QListWidget()
        self.chosen.setObjectName("group_chosen")
        add, remove = QPushButton(tr("Add →")), QPushButton(tr("← Remove"))
        add.setObjectName("group_add")
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(add)
        middle.addWidget(remove)
        middle.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.candidates)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(middle)
        row.addWidget(self.chosen, 1)
        self.body.addLayout(row)
        for pid in group.member_ids if group else ():
            person = next((p for p in page.people if p.id == pid), None)
            if person:
                self._add_item(self.chosen, person)
        self.search.textChanged.connect(self.refresh_candidates)
        add.clicked.connect(self.add_selected)
        remove.clicked.connect(lambda: [self.chosen.takeItem(self.chosen.row(i)) for i in self.chosen.selectedItems()])
        self.candidates.itemDoubleClicked.connect(lambda _: self.add_selected())
        self.search.returnPressed.connect(self.add_selected)
        self.candidates.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.chosen.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.refresh_candidates()
        self.resize(760, 520)

    @staticmethod
    def _add_item(widget: QListWidget, person: PersonRow) -> None:
        item = QListWidgetItem(f"{person.name}　{person.unit_name}　{person.title}")
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        widget.addItem(item)

    def chosen_ids(self) -> list[int]:
        return [self.chosen.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.chosen.count())]

    def refresh_candidates(self) -> None:
        self.candidates.clear()
        query = self.search.text().strip()
        people = [p for p in self.page.people if p.active]
        found = svc.search_people(people, query, 200) if query else people[:200]
        for person in found:
            self._add_item(self.candidates, person)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)

    def add_selected(self) -> None:
        chosen = set(self.chosen_ids())
        by_id = {p.id: p for p in self.page.people}
        for item in self.candidates.selectedItems() or ([self.candidates.currentItem()] if self.candidates.currentItem() else []):
            pid = item.data(Qt.ItemDataRole.UserRole)
            if pid not in chosen:
                self._add_item(self.chosen, by_id[pid])
                chosen.add(pid)

    def _try_accept(self) -> None:
        if not self.name.text().strip():
            super()._try_accept()
            return
        edit = svc.GroupEdit(self.name.text(), self.description.toPlainText(), tuple(self.chosen_ids()))
        group = self.group
        self.page.run_save(lambda uow: svc.save_group(uow, edit, group.id if group else None, group.version if group else None),
                           tr("Saved: ") + edit.name.strip(), self)

    def check(self) -> str:
        return "" if self.name.text().strip() else tr("Please enter the group name.")


# ---------------------------------------------------------------- venues


class VenuesTab(QWidget):
    def __init__(self, page: DirectoryPage) -> None:
        super().__init__()
        self.page = page
        columns: list[Column[VenueRow]] = [
            Column(tr("Venue"), lambda r: r.name),
            Column(tr("Location"), lambda r: r.location),
            Column(tr("Capacity"), lambda r: r.capacity),
            Column(tr("Video conferencing"), lambda r: yes_no(r.has_video)),
            Column(tr("Active"), lambda r: yes_no(r.active)),
            Column(tr("Notes"), lambda r: r.notes),
        ]
        self.list = TableList(columns, "venues", self)
        self.list.bar.addStretch(1)
        self.list.add_button(tr("New venue"), lambda: VenueDialog(page, None).open(), "new_venue")
        self.list.add_button(tr("Edit"), self.edit_current, "edit_venue")
        self.list.add_button(tr("Delete"), self.delete, "delete_venue")
        self.list.activated.connect(lambda row: VenueDialog(page, row).open())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def edit_current(self) -> None:
        row = self.list.current_row()
        if row is not None:
            VenueDialog(self.page, row).open()

    def delete(self) -> None:
        row = self.list.current_row()
        if row and confirm(self, tr("Delete venue"), tr("Delete the venue %1?").replace("%1", row.name)):
            self.page.run_save(lambda uow: svc.delete_venue(uow, row.id), tr("Deleted: ") + row.name)


class VenueDialog(FormDialog):
    def __init__(self, page: DirectoryPage, row: VenueRow | None) -> None:
        super().__init__(tr("Edit venue") if row else tr("New venue"), page)
        self.page, self.row = page, row
        form = QFormLayout()
        self.name = QLineEdit(row.name if row else "")
        self.location = QLineEdit(row.location if row else "")
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setValue(row.capacity if row else 30)
        self.platform_seats = QSpinBox()
        self.platform_seats.setObjectName("platform_seats")
        self.platform_seats.setRange(0, 90)
        self.platform_seats.setSpecialValueText(tr("Not set (9 seats)"))
        self.platform_seats.setValue(row.platform_seats if row else 0)
        self.video = QCheckBox(tr("Equipped for video conferencing"))
        self.video.setChecked(bool(row and row.has_video))
        self.active = QCheckBox(tr("Active"))
        self.active.setChecked(row.active if row else True)
        self.notes = QLineEdit(row.notes if row else "")
        form.addRow(tr("Venue"), self.name)
        form.addRow(tr("Location"), self.location)
        form.addRow(tr("Capacity"), self.capacity)
        form.addRow(tr("Rostrum seats"), self.platform_seats)
        form.addRow(tr("Notes"), self.notes)
        form.addRow("", self.video)
        form.addRow("", self.active)
        self.body.addLayout(form)
        self.setMinimumWidth(400)

    def _try_accept(self) -> None:
        edit = svc.VenueEdit(self.name.text(), self.capacity.value(), self.video.isChecked(), self.location.text(),
                             self.active.isChecked(), self.notes.text(), self.platform_seats.value())
        row = self.row
        self.page.run_save(lambda uow: svc.save_venue(uow, edit, row.id if row else None, row.version if row else None),
                           tr("Saved: ") + edit.name.strip(), self)
