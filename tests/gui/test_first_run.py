"""The first-run dialog (issue 17 item 5, issue 12 item 5): who the clerk is and which office, asked once."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPushButton

from huiwu.services import audit
from huiwu.services.directory import UnitEdit, save_unit
from huiwu.settings import PLACEHOLDER_OFFICE, load_settings, settings_path
from tests.conftest import wait_idle
from ui.app import build_context
from ui.first_run import IdentityDialog, ask_on_first_run, ask_when_database_opens
from ui.main_window import MainWindow

SHOTS = Path("/tmp/shots")


@pytest.fixture
def fresh(gui_ctx, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A PC that has said nothing yet: no settings file, no clerk, the placeholder office, OS account "root"."""
    monkeypatch.setenv("HUIWU_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setattr(getpass, "getuser", lambda: "root")
    s = gui_ctx.settings
    s.operator, s.office_name, s.issuer, s.default_contact = "", PLACEHOLDER_OFFICE, "", ""
    return gui_ctx


def _start(qtbot, ctx) -> tuple[MainWindow, IdentityDialog]:  # type: ignore[no-untyped-def]
    """What run_gui does: the window, then the question once the database is open."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ask_when_database_opens(ctx, window)
    ctx.events.database_ready.emit()
    dialog = window.findChild(IdentityDialog, "identity_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return window, dialog


def _ok(dialog: IdentityDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _error(dialog: IdentityDialog, name: str) -> str:
    label = dialog.errors[name]
    return label.text() if label.isVisibleTo(dialog) else ""


def test_first_run_asks_validates_saves_and_is_not_asked_again(qtbot, fresh) -> None:  # type: ignore[no-untyped-def]
    window, dialog = _start(qtbot, fresh)
    assert dialog.windowTitle() == "欢迎使用会务"
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec(): nothing waits on it
    assert "修改记录" in dialog.findChild(object, "identity_intro").text()
    assert dialog.edits["office_name"].text() == "" and "清河县人民政府办公室" in dialog.edits["office_name"].placeholderText()
    assert _ok(dialog).text() == "保存" and dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "以后再说"
    assert dialog.focusWidget() is dialog.edits["operator"]

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)  # nothing filled in
    assert dialog.isVisible()
    assert _error(dialog, "operator") == "请填写您的姓名：它写入每条修改记录。"
    assert _error(dialog, "office_name") == "请填写单位名称：它是通知、明白纸和周安排的落款。"
    assert not Path(settings_path()).exists()

    qtbot.keyClicks(dialog.edits["operator"], "li")  # (QTest types ASCII only; Chinese goes in by setText)
    assert _error(dialog, "operator") == ""  # typing in a field clears its message
    dialog.edits["operator"].setText("李" * 21)
    dialog.edits["office_name"].setText(PLACEHOLDER_OFFICE)
    dialog.edits["issuer"].setText("中共清河县委办公室。")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert _error(dialog, "operator") == "姓名最多 20 个字，现在有 21 个字。"
    assert "是示例" in _error(dialog, "office_name")
    assert _error(dialog, "issuer") == "落款是通知末尾的署名，不能以“。”结尾。"
    assert dialog.focusWidget() is dialog.edits["operator"]  # the first wrong field, selected for retyping
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "first_run_errors.png"))

    for name, text in (("operator", "李秘书"), ("office_name", "清河县人民政府办公室"), ("issuer", ""),
                       ("default_contact", "李秘书 0310-1234567")):
        dialog.edits[name].setText(text)
    with qtbot.waitSignal(dialog.identity_saved, timeout=5000):
        qtbot.keyClick(dialog.edits["default_contact"], Qt.Key.Key_Return)  # Enter saves, as in every dialog
    assert not dialog.isVisible()
    saved = json.loads(Path(settings_path()).read_text(encoding="utf-8"))
    assert (saved["operator"], saved["office_name"], saved["issuer"], saved["default_contact"]) == (
        "李秘书", "清河县人民政府办公室", "", "李秘书 0310-1234567")
    assert fresh.settings.operator == "李秘书" and fresh.settings.issuer_line() == "清河县人民政府办公室"
    assert window.windowTitle().endswith("清河县人民政府办公室")
    assert "李秘书" in window.statusBar().currentMessage()

    # the next start on this PC: the settings file answers, nothing is asked
    again = build_context(fresh.db, load_settings())
    try:
        assert not again.settings.needs_identity() and ask_on_first_run(again, window) is None
        other = MainWindow(again)
        qtbot.addWidget(other)
        ask_when_database_opens(again, other)
        again.events.database_ready.emit()
        assert other.findChild(IdentityDialog) is None
    finally:
        again.shutdown()

    # a change made after it is recorded under the clerk's name, not the OS account
    fresh.run(lambda uow: save_unit(uow, UnitEdit(name="县信访局")))
    wait_idle(qtbot, fresh)
    with fresh.db.uow() as uow:
        last = audit.recent(uow, limit=1)[0]
    assert last.actor == "李秘书" and "县信访局" in last.summary + json.dumps(last.changes, ensure_ascii=False)


def test_later_leaves_the_app_usable_and_asks_again(qtbot, fresh) -> None:  # type: ignore[no-untyped-def]
    window, dialog = _start(qtbot, fresh)
    dialog.edits["operator"].setText("李秘书")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and not Path(settings_path()).exists()
    assert fresh.settings.operator == ""  # nothing typed in a cancelled dialog is kept
    qtbot.waitUntil(lambda: window.ready, timeout=5000)
    assert window.nav.isEnabled()
    window.open_page("directory")  # the app works without an answer
    wait_idle(qtbot, fresh)
    assert ask_on_first_run(build_context(fresh.db, load_settings()), window) is not None  # asked next start


def test_settings_page_edits_the_same_identity(qtbot, fresh) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(fresh)
    qtbot.addWidget(window)
    window.open_page("settings")
    page = window.page("settings")
    page.findChild(QLineEdit, "operator").setText("")
    page.findChild(QLineEdit, "office_name").setText("清河县人民政府办公室")
    page.findChild(QPushButton, "save_settings").click()
    assert page.message.text() == "请填写您的姓名：它写入每条修改记录。"
    assert not Path(settings_path()).exists()
    page.findChild(QLineEdit, "operator").setText("王秘书")
    page.findChild(QLineEdit, "issuer").setText("中共清河县委办公室")
    page.findChild(QLineEdit, "default_contact").setText("王秘书 0310-7654321")
    page.findChild(QPushButton, "save_settings").click()
    saved = json.loads(Path(settings_path()).read_text(encoding="utf-8"))
    assert (saved["operator"], saved["issuer"], saved["default_contact"]) == (
        "王秘书", "中共清河县委办公室", "王秘书 0310-7654321")
    assert fresh.settings.issuer_line() == "中共清河县委办公室" and not fresh.settings.needs_identity()


def test_dialog_screenshot(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    """The dialog as a new install's clerk first sees it: the demo database named its office 清河县, but that
    is not this office's name, so the dialog asks for it rather than offer the demo's (a clerk who typed only
    their name would otherwise print a fictitious county on real papers)."""
    gui_ctx.settings.operator = ""
    assert gui_ctx.settings.office_from_demo and gui_ctx.settings.needs_identity()
    dialog = IdentityDialog(gui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.edits["office_name"].text() == "" and dialog.edits["default_contact"].text() == ""
    assert "office_name" in dialog.identity().problems()  # it has to be typed
    assert dialog.width() <= 1366 and dialog.height() <= 700  # a 1366×768 laptop, frame and taskbar included
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "first_run.png"))
