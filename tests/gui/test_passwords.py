"""设置 → 密码保存方式 on a PC without a keyring, the passphrase dialog (answered by a QTimer, also when a worker
asks), a CalDAV sync that asks for the password on the network worker, and 设置's subscription feeds line."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QWidget,
)

from huiwu import passwords
from huiwu.services import caldav_sync
from huiwu.services.caldav_sync import TargetEdit
from tests.conftest import wait_idle
from tests.foundation.test_passwords_caldav import PASSWORD, USER, authed_radicale, make_calendar  # noqa: F401
from ui.pages.settings import SettingsPage
from ui.settings_boxes.passwords import install_prompt


class Answerer:
    """Waits for the prompt dialog and types the next answer (a tuple: passphrase, confirmation), or cancels
    when the answers run out; keeps the sentence each dialog showed above its field."""

    def __init__(self, *answers: str | tuple[str, str]) -> None:
        self.answers = list(answers)
        self.problems: list[str] = []
        self.titles: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if w.objectName() == "password_prompt" and w.isVisible()), None)
        if not isinstance(dialog, QDialog):
            return
        problem = dialog.findChild(QLabel, "password_prompt_problem")
        self.problems.append(problem.text() if problem is not None and problem.isVisible() else "")
        self.titles.append(dialog.windowTitle())
        if not self.answers:
            dialog.reject()
            return
        answer = self.answers.pop(0)
        text, confirm = answer if isinstance(answer, tuple) else (answer, answer)
        dialog.findChild(QLineEdit, "password_prompt_field").setText(text)
        dialog.findChild(QLineEdit, "password_prompt_confirm").setText(confirm)
        ok = next(b for b in dialog.findChildren(QPushButton) if b.text() in ("确定", "OK"))
        ok.click()

    def stop(self) -> None:
        self.timer.stop()


def _page(qtbot, gui_ctx) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(gui_ctx)
    qtbot.addWidget(page)
    install_prompt(gui_ctx, page)
    page.resize(1000, 900)
    page.show()
    return page


def test_settings_choose_the_encrypted_file_and_back(qtbot, gui_ctx, no_keyring, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    box = page.findChild(QWidget, "passwords_box")
    assert box is not None and box.isVisible()
    where = page.findChild(QLabel, "passwords_where")
    assert "仅在内存中" in where.text()
    session = page.findChild(QRadioButton, "passwords_session")
    encrypted = page.findChild(QRadioButton, "passwords_encrypted")
    assert session.isChecked() and session.isVisible() and "内存" in session.text()
    passwords.put("huiwu-caldav", "办公室日历", "secret")  # typed earlier in this session
    encrypted.setChecked(True)
    answerer = Answerer(("short", "short"), ("correct horse", "correct horse x"), "correct horse")
    page.findChild(QPushButton, "passwords_apply").click()
    answerer.stop()
    assert answerer.problems == ["", "口令至少 8 个字符。", "两次输入的口令不一致，请重新输入。"]
    assert passwords.encrypted_path().exists() and b"secret" not in passwords.encrypted_path().read_bytes()
    assert "已移入 1 个密码" in page.findChild(QLabel, "passwords_message").text()
    assert "加密的密码文件" in where.text()
    page.grab().save(str(Path(passwords.config_dir()) / "settings.png"))

    passwords.end_session()  # after a restart, going back to the session asks the passphrase to read the file
    session.setChecked(True)
    answerer = Answerer("correct horse")
    page.findChild(QPushButton, "passwords_apply").click()
    answerer.stop()
    assert not passwords.encrypted_path().exists() and passwords.get("huiwu-caldav", "办公室日历") == "secret"
    assert session.isChecked() and "仅在内存中" in where.text()

    encrypted.setChecked(True)
    answerer = Answerer("correct horse")
    page.findChild(QPushButton, "passwords_apply").click()
    answerer.stop()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.findChild(QPushButton, "passwords_forget").click()
    assert not passwords.encrypted_path().exists() and "重新填写" in page.findChild(QLabel, "passwords_message").text()


def test_a_worker_asks_the_passphrase_in_a_dialog(qtbot, gui_ctx, no_keyring) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    passwords.set_prompt(lambda request: "correct horse")
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    passwords.put("huiwu-database", "postgresql+psycopg://huiwu@server/huiwu", "pg-pass")
    passwords.end_session()
    install_prompt(gui_ctx, page)
    got: list[object] = []

    def on_worker() -> None:
        assert threading.current_thread() is not threading.main_thread()
        try:
            got.append(passwords.get("huiwu-database", "postgresql+psycopg://huiwu@server/huiwu"))
        except Exception as exc:
            got.append(exc)

    answerer = Answerer("wrong passphrase", "correct horse")
    worker = threading.Thread(target=on_worker)
    worker.start()
    qtbot.waitUntil(lambda: bool(got), timeout=10000)
    worker.join()
    answerer.stop()
    assert got == ["pg-pass"]
    assert answerer.problems[1].startswith("口令不正确，请重新输入") and answerer.titles[0] == "输入密码文件的口令"


def test_caldav_sync_asks_the_password_once_per_session(qtbot, gui_ctx, no_keyring, authed_radicale) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cal = make_calendar(authed_radicale)
    with gui_ctx.db.uow() as uow:
        row = caldav_sync.save_target(uow, TargetEdit("办公室日历", authed_radicale, USER, str(cal.url)),
                                      password=PASSWORD)
    passwords.end_session()  # Huiwu was restarted: the password is not known any more
    page = _page(qtbot, gui_ctx)
    box = page.findChild(QWidget, "caldav_box")
    wait_idle(qtbot, gui_ctx)
    view = box.table.view  # type: ignore[attr-defined]
    view.selectRow(next(i for i, r in enumerate(box.table.model.rows()) if r.id == row.id))  # type: ignore[attr-defined]
    answerer = Answerer(PASSWORD)
    page.findChild(QPushButton, "caldav_sync").click()
    label = page.findChild(QLabel, "caldav_progress_label")
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "caldav_sync").isEnabled() and bool(label.text())
                    and gui_ctx.pending == 0, timeout=20000)
    assert "办公室日历" in label.text() and "失败" not in label.text(), label.text()
    assert answerer.titles == ["日历同步目标“办公室日历”的密码"]
    page.findChild(QPushButton, "caldav_sync").click()  # the second sync of the session asks nothing
    qtbot.waitUntil(lambda: page.findChild(QPushButton, "caldav_sync").isEnabled() and gui_ctx.pending == 0,
                    timeout=20000)
    answerer.stop()
    assert len(answerer.titles) == 1 and len(cal.events()) >= 1


def test_settings_publish_feeds_now(qtbot, gui_ctx, no_keyring, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    page.findChild(QPushButton, "feeds_publish").click()
    assert "请先选择" in page.findChild(QLabel, "feeds_result").text()
    page.findChild(QLineEdit, "feeds_folder").setText(str(tmp_path / "share"))
    page.findChild(QPushButton, "feeds_publish").click()
    result = page.findChild(QLabel, "feeds_result")
    qtbot.waitUntil(lambda: result.text().startswith(("已发布", "✘")), timeout=20000)
    assert result.text().startswith("已发布") and (tmp_path / "share" / "huiwu-office.ics").exists()
    assert "index.html" in result.text()
    assert page.values().feeds_folder == str(tmp_path / "share")


def test_feeds_follow_changes_debounced(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui import feeds as gui_feeds

    publisher = gui_feeds.follow_changes(gui_ctx)
    publisher.timer.setInterval(50)  # 3 s in the window
    office = tmp_path / "share" / "huiwu-office.ics"
    gui_ctx.events.meetings_changed.emit()  # no folder chosen: nothing happens
    qtbot.wait(150)
    assert not office.exists()
    gui_ctx.settings.feeds_folder = str(tmp_path / "share")
    for _ in range(5):  # a burst of changes publishes once
        gui_ctx.events.meetings_changed.emit()
    qtbot.waitUntil(office.exists, timeout=10000)
    wait_idle(qtbot, gui_ctx)
    first = office.stat().st_mtime_ns
    gui_ctx.events.directory_changed.emit()
    qtbot.waitUntil(lambda: office.stat().st_mtime_ns != first, timeout=10000)
