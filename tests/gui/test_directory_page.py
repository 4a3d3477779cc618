"""The directory page beyond people: roster import preview, groups and venues."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtWidgets import QLabel, QTableWidget

from tests.conftest import wait_idle
from ui.main_window import MainWindow


def open_directory(qtbot, ctx):  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_page("directory")
    wait_idle(qtbot, ctx)
    return window, window.page("directory")


def dialog_named(page, name):  # type: ignore[no-untyped-def]
    return next(w for w in page.findChildren(object) if w.objectName() == name and w.isVisible())


def test_bad_roster_preview_lists_errors_and_cannot_import(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_directory(qtbot, gui_ctx)
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(["单位", "姓名", "职务"])
    sheet.append(["县不存在局", "李四", "科员"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    page.people_tab.preview(path)
    wait_idle(qtbot, gui_ctx)
    dialog = dialog_named(page, "roster_preview")
    errors = dialog.findChild(QTableWidget, "roster_errors")
    assert errors.rowCount() == 1
    assert errors.item(0, 1).text() == "2" and errors.item(0, 2).text() == "单位"
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert "有错误的行 1 行" in dialog.findChild(QLabel, "roster_summary").text()
    dialog.reject()


def test_good_roster_imports_from_the_preview(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_directory(qtbot, gui_ctx)
    book = Workbook()
    sheet = book.active
    sheet.title = "人员"
    sheet.append(["单位", "姓名", "职务", "排序号"])
    sheet.append(["县财政局", "诸葛亮", "副局长", 9])
    path = tmp_path / "good.xlsx"
    book.save(path)
    page.people_tab.preview(path)
    wait_idle(qtbot, gui_ctx)
    dialog = dialog_named(page, "roster_preview")
    with qtbot.waitSignal(gui_ctx.events.directory_changed, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: any(p.name == "诸葛亮" for p in page.people), timeout=5000)
    person = next(p for p in page.people if p.name == "诸葛亮")
    assert person.pinyin_initials == "zgl" and person.unit_name == "县财政局"


def test_create_a_group_by_searching_pinyin(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    _window, page = open_directory(qtbot, gui_ctx)
    page.tabs.setCurrentWidget(page.groups_tab)
    page.groups_tab.new()
    dialog = dialog_named(page, "group_dialog")
    dialog.name.setText("防火工作专班")
    leaders = [p for p in page.people if p.unit_name == "县政府领导"][:2]
    for person in leaders:
        dialog.search.setText(person.name)
        dialog.candidates.setCurrentRow(0)
        dialog.add_selected()
    assert dialog.chosen.count() == 2
    with qtbot.waitSignal(gui_ctx.events.directory_changed, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    names = [page.groups_tab.group_list.item(i).text() for i in range(page.groups_tab.group_list.count())]
    assert "防火工作专班（2 人）" in names


def test_venue_dialog_saves_capacity(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.directory import VenueDialog

    _window, page = open_directory(qtbot, gui_ctx)
    dialog = VenueDialog(page, None)
    dialog.name.setText("县政府第三会议室")
    dialog.capacity.setValue(24)
    dialog.video.setChecked(True)
    dialog.show()
    with qtbot.waitSignal(gui_ctx.events.directory_changed, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: any(v.name == "县政府第三会议室" for v in page.venues_tab.list.model.rows()), timeout=5000)
    venue = next(v for v in page.venues_tab.list.model.rows() if v.name == "县政府第三会议室")
    assert venue.capacity == 24 and venue.has_video


def test_the_person_dialog_refuses_a_phone_that_is_no_phone(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import wait_idle
    from ui.pages.directory import DirectoryPage, PersonDialog

    page = DirectoryPage(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    dialog = PersonDialog(page, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("欧阳明")
    dialog.unit.setCurrentIndex(1)
    dialog.phone.setText("abc")
    assert "不是有效的电话号码" in dialog.check()
    dialog.phone.setText("0316-1234567")
    assert dialog.check() == ""
