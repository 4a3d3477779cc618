"""The main window, navigation, the directory page and the settings page, driven offscreen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from huiwu.settings import settings_path
from tests.conftest import wait_idle
from ui.main_window import MainWindow
from ui.pages import PAGES, page_module


def test_navigation_covers_the_whole_product_in_chinese(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["工作台", "周安排", "会议", "签到", "请假", "明白纸", "督办", "会议精简", "通讯录", "设置"]
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page.property("page_key") == spec.key
        if page_module(spec) is None:  # a page not built yet says so plainly
            note = page.findChild(QLabel, "placeholder_note")
            assert note is not None and "尚未完成" in note.text()
    wait_idle(qtbot, gui_ctx)


def test_directory_search_by_pinyin_and_add_a_person(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_page("directory")
    page = window.page("directory")
    wait_idle(qtbot, gui_ctx)
    people = page.people_tab
    total = people.list.proxy.rowCount()
    assert total >= 300
    first = people.list.proxy.row_at(0)
    assert first.unit_name == "县政府领导" and first.sort_order == 1  # 排序号 order by default
    qtbot.keyClicks(people.search, first.pinyin_initials)
    shown = [people.list.proxy.row_at(r).name for r in range(people.list.proxy.rowCount())]
    assert first.name in shown and len(shown) < total
    assert "显示" in people.count.text()
    people.search.clear()

    people.new()
    dialog = next(w for w in page.findChildren(object) if w.objectName() == "person_dialog")
    dialog.name.setText("欧阳明")
    dialog.unit.setCurrentIndex(dialog.unit.findText("县财政局"))
    dialog.title.setText("科员")
    with qtbot.waitSignal(gui_ctx.events.directory_changed, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: any(r.name == "欧阳明" for r in people.list.model.rows()), timeout=5000)
    people.search.setText("oym")
    assert [people.list.proxy.row_at(r).name for r in range(people.list.proxy.rowCount())] == ["欧阳明"]


def test_person_dialog_refuses_an_empty_name(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.open_page("directory")
    wait_idle(qtbot, gui_ctx)
    page = window.page("directory")
    page.people_tab.new()
    dialog = next(w for w in page.findChildren(object) if w.objectName() == "person_dialog")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert warnings == ["请填写姓名。"]
    assert dialog.isVisible()


def test_settings_refuse_an_untested_database_and_save_the_rest(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.open_page("settings")
    page = window.page("settings")
    in_use = page.findChild(QLabel, "db_in_use").text()
    if gui_ctx.db.is_sqlite:  # the database actually open, not the default the radio buttons describe
        assert in_use == f"正在使用：本机文件 {gui_ctx.db.sqlite_path()}"
    else:
        assert in_use.startswith("正在使用：共享服务器 postgresql")
    page.findChild(QLineEdit, "office_name").setText("清河县人民政府办公室")
    page.shared.setChecked(True)
    page.url.setText("postgresql://nobody@127.0.0.1:1/none")
    page.findChild(QPushButton, "save_settings").click()
    assert "测试" in page.message.text()
    assert not Path(settings_path()).exists() or "nobody" not in Path(settings_path()).read_text(encoding="utf-8")
    page.findChild(QPushButton, "test_connection").click()
    qtbot.waitUntil(lambda: page.test_result.text().startswith("✘"), timeout=15000)
    assert "无法连接数据库" in page.test_result.text()
    page.embedded.setChecked(True)
    page.findChild(QPushButton, "save_settings").click()
    saved = json.loads(Path(settings_path()).read_text(encoding="utf-8"))
    assert saved["office_name"] == "清河县人民政府办公室" and saved["database_url"] == ""
    assert gui_ctx.settings.office_name == "清河县人民政府办公室"
    Path(settings_path()).unlink()


@pytest.mark.postgres
def test_settings_keep_the_server_password_out_of_the_settings_file(  # type: ignore[no-untyped-def]
    qtbot, gui_ctx, pg_server, monkeypatch
) -> None:
    """Issue 11 item 7: the clerk types the address with its password; the file gets the address only."""
    from huiwu import passwords

    monkeypatch.setattr(passwords, "_keyring", lambda: None)  # a PC without a keyring: kept for the session
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.open_page("settings")
    page = window.page("settings")
    window.show()
    qtbot.waitUntil(lambda: bool(page.findChild(QLabel, "password_home").text()), timeout=5000)
    assert "仅在内存中" in page.findChild(QLabel, "password_home").text()
    url = pg_server.create_database().replace("postgresql+psycopg://postgres@", "postgresql://postgres:s3cret@")
    page.shared.setChecked(True)
    page.url.setText(url)
    page.findChild(QPushButton, "test_connection").click()
    qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✘")), timeout=15000)
    assert page.test_result.text().startswith("✔"), page.test_result.text()
    page.findChild(QPushButton, "save_settings").click()
    text = Path(settings_path()).read_text(encoding="utf-8")
    assert "s3cret" not in text and url.replace(":s3cret", "") in text.replace("+psycopg", "")
    assert not passwords.plain_path().exists() and not passwords.encrypted_path().exists()
    page.url.setText(url.replace(":s3cret", ""))  # reopened later: the address alone still connects
    page.findChild(QPushButton, "test_connection").click()
    qtbot.waitUntil(lambda: page.test_result.text().startswith(("✔", "✘")), timeout=15000)
    assert page.test_result.text().startswith("✔"), page.test_result.text()
    Path(settings_path()).unlink()


def test_background_task_errors_become_sentences(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.errors import ValidationError

    seen: list[BaseException] = []

    def fail(uow):  # type: ignore[no-untyped-def]
        raise ValidationError("单位名称不能为空。")

    gui_ctx.run(fail, on_error=seen.append)
    wait_idle(qtbot, gui_ctx)
    assert isinstance(seen[0], ValidationError)
    from ui.errors import error_text

    assert error_text(seen[0]) == "单位名称不能为空。"


def test_busy_indicator_appears_only_for_slow_work(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    import time

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot, gui_ctx)  # the first page's own loading may be slow on a busy machine: not what is measured
    states: list[bool] = []
    gui_ctx.tasks.busy_changed.connect(lambda busy, label: states.append(busy))
    gui_ctx.run(lambda uow: None)
    wait_idle(qtbot, gui_ctx)
    assert states == []  # quick work shows nothing
    gui_ctx.run(lambda uow: time.sleep(0.9), label="慢任务")
    qtbot.waitUntil(lambda: states == [True], timeout=3000)
    assert window.progress.isVisible()
    wait_idle(qtbot, gui_ctx)
    assert states == [True, False] and not window.progress.isVisible()


def test_window_title_is_chinese(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("会务")
    assert window.findChild(QLabel, "db_label").text() == "本机数据库"
    assert window.nav.currentItem().data(Qt.ItemDataRole.UserRole) == "dashboard"


def test_a_page_opened_for_the_first_time_reads_its_data_once(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Made and shown in one go: one load, not one for the making and another for the showing; each later
    showing reads again."""
    from ui.pages import actions, meetings

    loads: list[str] = []
    for page_class in (actions.ActionsPage, meetings.MeetingsPage):
        def counted(self, original=page_class.reload, name=page_class.__name__) -> None:  # type: ignore[no-untyped-def]
            loads.append(name)
            original(self)

        monkeypatch.setattr(page_class, "reload", counted)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_page("actions")
    window.open_page("meetings")
    wait_idle(qtbot, gui_ctx)
    assert loads == ["ActionsPage", "MeetingsPage"]
    window.open_page("actions")
    wait_idle(qtbot, gui_ctx)
    assert loads == ["ActionsPage", "MeetingsPage", "ActionsPage"]
