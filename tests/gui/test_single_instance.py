"""One window per database on a PC, read-only on explicit choice, and the clerk named in every record
(issue 17 item 5)."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox
from sqlalchemy import select

from huiwu.db import READ_ONLY_MESSAGE
from huiwu.models import AuditEntry
from huiwu.services import audit
from huiwu.services.directory import UnitEdit, save_unit
from huiwu.settings import Settings
from tests.conftest import wait_idle
from ui.app import build_context, install_translations, open_database, open_read_only
from ui.errors import error_text
from ui.i18n import tr
from ui.single_instance import (
    CANCEL,
    READ_ONLY,
    SWITCH,
    SingleInstance,
    already_running_box,
    ask_already_running,
    bring_to_front_on_request,
    database_identity,
    instance_key,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def key() -> str:
    return f"huiwu-test-{uuid.uuid4().hex[:12]}"  # local server names are global to the PC


@pytest.fixture
def chinese(qapp):  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_second_start_raises_the_first_window_and_the_lock_frees_at_exit(qtbot, tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    first, second = SingleInstance(key, tmp_path), SingleInstance(key, tmp_path)
    try:
        started = time.perf_counter()
        assert first.claim()
        claim_ms = (time.perf_counter() - started) * 1000
        first.listen()  # once its window shows
        assert not second.claim() and second.server is None  # the second start finds the lock
        window = QMainWindow()
        qtbot.addWidget(window)
        window.showMinimized()
        bring_to_front_on_request(first, window)
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert second.notify_first()
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=5000)
        assert window.isVisible()
        first.release()  # the first window closed
        assert second.claim()  # the next start opens normally
        assert claim_ms < 50, f"the lock check costs {claim_ms:.1f} ms of start-up"
    finally:
        first.release()
        second.release()


SECOND_START = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ui.single_instance import SingleInstance
app = QCoreApplication([])
print("TRYING", flush=True)
print(SingleInstance(sys.argv[1], Path(sys.argv[2])).notify_first(timeout_ms=20000), flush=True)
"""


def test_a_second_start_before_the_first_window_listens_still_raises_it(qtbot, tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    """The first start takes the lock before its window shows and listens only after: a second start in between
    keeps knocking until the server is up."""
    first = SingleInstance(key, tmp_path)
    child = None
    try:
        assert first.claim() and first.server is None
        child = subprocess.Popen([sys.executable, "-c", SECOND_START, key, str(tmp_path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert child.stdout is not None and child.stdout.readline().strip() == "TRYING"
        qtbot.wait(300)  # its first attempts find no server
        with qtbot.waitSignal(first.activation_requested, timeout=20000):
            first.listen()
        assert child.stdout.readline().strip() == "True"
        assert child.wait(timeout=30) == 0
    finally:
        if child is not None and child.poll() is None:
            child.kill()
        first.release()


def test_a_maximised_window_stays_maximised_when_raised(qtbot, tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    first = SingleInstance(key, tmp_path)
    try:
        assert first.claim()
        window = QMainWindow()
        qtbot.addWidget(window)
        window.showMaximized()
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
        bring_to_front_on_request(first, window)
        first.activation_requested.emit()
        assert not window.isMinimized() and window.isMaximized()
    finally:
        first.release()


def test_a_crashed_holder_leaves_a_stale_lock_that_the_next_start_takes(tmp_path, key) -> None:  # type: ignore[no-untyped-def]
    lock = tmp_path / f"{key}.lock"
    holder = ("import os, sys\nfrom PySide6.QtCore import QLockFile\nl = QLockFile(sys.argv[1])\n"
              "assert l.tryLock(0)\nos._exit(0)  # no unlock: the file stays, as after a crash")
    subprocess.run([sys.executable, "-c", holder, str(lock)], check=True, timeout=60)
    assert lock.exists()
    instance = SingleInstance(key, tmp_path)
    try:
        assert instance.claim()
    finally:
        instance.release()
    assert not lock.exists()


def test_nobody_answering_is_reported_not_waited_on(key) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    assert not SingleInstance(key).notify_first(timeout_ms=300)
    assert time.perf_counter() - started < 2


def test_one_database_however_it_is_written(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("HUIWU_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    file = tmp_path / "office.sqlite3"
    same = {database_identity(str(file), Settings()), database_identity("office.sqlite3", Settings()),
            database_identity(f"sqlite:///{file}", Settings()),
            database_identity(None, Settings(database_url=str(file)))}
    assert len(same) == 1
    monkeypatch.setenv("HUIWU_DATABASE_URL", "postgresql://clerk:secret@db.office:5432/huiwu")
    server = database_identity(None, Settings())
    assert "secret" not in server and server == database_identity("postgresql+psycopg://clerk@db.office:5432/huiwu",
                                                                  Settings())
    assert instance_key(server) != instance_key(next(iter(same)))
    assert "secret" not in instance_key(server) and instance_key(server) == instance_key(server)


def test_the_question_is_chinese_enter_switches_and_escape_cancels(qtbot, chinese) -> None:  # type: ignore[no-untyped-def]
    box = already_running_box("sqlite:///C:/会务/huiwu.sqlite3")
    qtbot.addWidget(box)
    assert box.windowTitle() == "已在运行"
    assert {b.text() for b in box.buttons()} == {"切换到已打开的窗口", "以只读方式打开", "取消"}
    assert box.defaultButton().objectName() == SWITCH and box.escapeButton().objectName() == CANCEL
    assert "数据库文件：C:/会务/huiwu.sqlite3" in box.informativeText()
    assert ask_already_running("x", answer=READ_ONLY) == READ_ONLY  # --if-running: not asked

    def press(key: Qt.Key) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            qtbot.keyClick(modal, key)
        else:
            QTimer.singleShot(20, lambda: press(key))

    for key, expected in ((Qt.Key.Key_Return, SWITCH), (Qt.Key.Key_Escape, CANCEL)):
        QTimer.singleShot(0, lambda k=key: press(k))
        assert ask_already_running("sqlite:///x.sqlite3") == expected


def test_the_window_names_the_clerk_and_writes_nothing_without_a_name(qtbot, demo_db, settings) -> None:  # type: ignore[no-untyped-def]
    ctx = build_context(demo_db, settings)
    try:
        errors: list[BaseException] = []
        ctx.run(lambda uow: save_unit(uow, UnitEdit(name="县信访局")), on_error=errors.append)
        wait_idle(qtbot, ctx)
        with demo_db.uow() as uow:
            last = audit.recent(uow, limit=1)[0]
        assert not errors and last.actor == "测试员" and "县信访局" in last.summary

        settings.operator = ""  # "以后再说" in the first-run dialog
        ctx.run(lambda uow: save_unit(uow, UnitEdit(name="县数据资源局")), on_error=errors.append)
        wait_idle(qtbot, ctx)
        assert len(errors) == 1 and error_text(errors[0]).startswith("请先填写您的姓名")
        with demo_db.uow() as uow:
            assert audit.recent(uow, limit=1)[0].summary == last.summary  # nothing written, not as "root"
    finally:
        ctx.shutdown()


def test_the_demo_office_is_written_as_sample_data_before_the_clerk_is_named(tmp_path, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("HUIWU_CONFIG_DIR", str(tmp_path / "cfg"))  # the demo saves its office's name: not the suite's
    settings = Settings()
    build_context(None, settings).shutdown()  # the window's settings: no name, no fallback
    database = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}", settings, demo=True, clock=clock)
    try:
        with database.uow() as uow:
            assert set(uow.session.scalars(select(AuditEntry.actor))) == {"示例数据"}
    finally:
        database.dispose()
    assert settings.unnamed_operator is None
    assert (tmp_path / "cfg").exists()  # where the demo's name went


def test_a_read_only_window_reads_and_says_why_nothing_was_saved(qtbot, demo_db, settings) -> None:  # type: ignore[no-untyped-def]
    ctx = build_context(None, settings)
    try:
        with qtbot.waitSignal(ctx.events.database_ready, timeout=10000):
            open_read_only(ctx, demo_db.url)
        assert ctx.db is not None and ctx.db.read_only
        from ui.main_window import MainWindow

        window = MainWindow(ctx)
        qtbot.addWidget(window)
        assert window.read_only and window.windowTitle().endswith(tr(" (read-only)"))
        assert window.db_label.text().endswith(tr(" · read-only: changes are not saved"))
        units: list[object] = []
        errors: list[BaseException] = []
        ctx.run(lambda uow: len(uow.session.scalars(select(AuditEntry.id)).all()), on_done=units.append)
        ctx.run(lambda uow: (save_unit(uow, UnitEdit(name="县信访局")), uow.commit()), on_error=errors.append)
        wait_idle(qtbot, ctx)
        assert units and len(errors) == 1
        assert error_text(errors[0]) == READ_ONLY_MESSAGE
    finally:
        ctx.shutdown()
        if ctx.db is not None:
            ctx.db.dispose()


def _gui(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from ui.app import run_gui; sys.exit(run_gui(sys.argv[1:]))", *args]


def _line(process: subprocess.Popen[str], timeout: float = 60) -> str:
    """The process's next line of output, or "" after ``timeout`` (a hung window fails the test, never hangs it)."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        return ""


def test_two_real_processes_on_one_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The real start-up: the second process raises the first and exits; read-only opens beside it; a later
    start after the first exits (or was killed) opens normally."""
    env = {**os.environ, "HUIWU_CONFIG_DIR": str(tmp_path / "cfg"), "HUIWU_DATA_DIR": str(tmp_path / "data"),
           "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    db = str(tmp_path / "office.sqlite3")

    def start_first() -> subprocess.Popen[str]:
        first = subprocess.Popen(_gui("--db", db, "--no-demo", "--quit-when-raised"), env=env, cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        if not _line(first).startswith("WAITING"):  # open and listening
            first.kill()
            pytest.fail("the first window did not open its database")
        return first

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(_gui("--db", db, *args), env=env, cwd=ROOT, capture_output=True, text=True,
                              timeout=60)

    first = start_first()
    try:
        reader = run("--if-running=read-only", "--quit-when-ready")
        assert reader.returncode == 0 and reader.stdout.startswith("READY"), reader.stderr
        assert first.poll() is None  # the read-only window did not disturb the first
        second = run("--if-running=switch", "--quit-when-shown")
        assert second.returncode == 0 and "SHOWN" not in second.stdout  # no second window
        assert _line(first).startswith("RAISED")
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
    after = run("--if-running=cancel", "--quit-when-shown")
    assert after.stdout.startswith("SHOWN"), after.stderr  # the lock was freed at exit

    crashed = start_first()
    crashed.kill()
    crashed.wait(timeout=30)
    after = run("--if-running=cancel", "--quit-when-shown")
    assert after.stdout.startswith("SHOWN"), after.stderr  # a killed first window leaves a stale lock only


def test_the_first_run_dialog_says_nothing_is_saved_until_the_name_is(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.first_run import IdentityDialog

    gui_ctx.settings.operator = ""
    dialog = IdentityDialog(gui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.findChild(QLabel, "identity_later_note")
    assert note is not None and note.text().startswith("保存您的姓名之前，会务可以查看全部内容，但不保存任何更改")
    assert dialog.height() <= 700  # still fits a 1366×768 laptop
    gui_ctx.settings.operator = "李秘书"  # only the office is still missing
    later = IdentityDialog(gui_ctx, None)
    qtbot.addWidget(later)
    assert later.findChild(QLabel, "identity_later_note") is None
