"""Determinate progress in the GUI (the status bar, a 取消 dialog) and handled errors logged as one line.

``HUIWU_BIG_ICS_MB=20`` runs the import test at the size of issue 17's "done when" (default 3 MB, to keep
the suite fast).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from PySide6.QtWidgets import QProgressDialog, QPushButton
from shiboken6 import isValid

from huiwu.errors import ValidationError
from huiwu.services import calendars
from tests.big_ics import write_big_ics
from tests.conftest import wait_idle
from ui.errors import error_text
from ui.main_window import MainWindow
from ui.progress import run_with_progress

BIG_ICS_MB = float(os.environ.get("HUIWU_BIG_ICS_MB", "3"))


def _window(qtbot, ctx) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    return window


def test_a_big_ics_import_moves_the_status_bar_to_its_end(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_big_ics(tmp_path / "big.ics", BIG_ICS_MB)
    window = _window(qtbot, gui_ctx)
    page = window.page("week")
    seen: list[tuple[int, int, bool]] = []
    window.progress.valueChanged.connect(
        lambda value: seen.append((value, window.progress.maximum(), window.progress.isVisible())))
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    began = time.perf_counter()
    page.import_file(path, "县长日程")  # type: ignore[attr-defined]
    wait_idle(qtbot, gui_ctx, timeout=300_000)
    took = time.perf_counter() - began
    values = [value for value, maximum, _ in seen if maximum > 0]  # the busy (0, 0) range is not progress
    assert len(set(values)) >= 10, values
    assert values == sorted(values)
    assert values[-1] == max(maximum for _, maximum, _ in seen) == 1000
    if took > 1.5:  # long enough for the bar to have been shown while it moved
        assert any(visible for _, maximum, visible in seen if maximum > 0)
    assert any(m.startswith("已导入日历“县长日程”") for m in messages), messages
    print(f"\n{path.stat().st_size / 1e6:.1f} MB imported in {took:.1f} s, {len(set(values))} bar values")


def test_cancelling_an_ics_import_changes_nothing_and_says_so(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_big_ics(tmp_path / "big.ics", 2)
    window = _window(qtbot, gui_ctx)
    page = window.page("week")
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    page.import_file(path, "县长日程")  # type: ignore[attr-defined]
    dialog = page.findChild(QProgressDialog, "progress_dialog")
    assert dialog is not None and dialog.isModal()
    button = dialog.findChild(QPushButton)
    assert button is not None and button.text() == "取消"
    button.click()
    wait_idle(qtbot, gui_ctx, timeout=60_000)
    assert "已取消，未作任何更改。" in messages
    assert not any(m.startswith("已导入日历") for m in messages)
    assert gui_ctx.db is not None
    with gui_ctx.db.uow() as uow:
        assert "县长日程" not in [c.name for c in calendars.list_calendars(uow)]
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=3000)  # the dialog is gone with its task


def test_the_dialog_shows_only_for_slow_work_and_follows_its_task(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, gui_ctx)
    results: list[object] = []

    def slow(uow, job):  # type: ignore[no-untyped-def]
        for i in range(11):
            job.progress(i, 10)
            time.sleep(0.08)
        return "ok"

    run_with_progress(gui_ctx, window, lambda uow, job: "quick", results.append, None, "快任务")
    quick = window.findChild(QProgressDialog, "progress_dialog")
    assert quick is not None
    wait_idle(qtbot, gui_ctx)
    assert results == ["quick"] and (not isValid(quick) or not quick.isVisible())  # gone, or never shown
    qtbot.waitUntil(lambda: not isValid(quick), timeout=3000)
    run_with_progress(gui_ctx, window, slow, results.append, None, "慢任务")
    dialog = window.findChild(QProgressDialog, "progress_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.labelText() == "慢任务"
    wait_idle(qtbot, gui_ctx)
    assert results == ["quick", "ok"]
    qtbot.waitUntil(lambda: not isValid(dialog), timeout=3000)


def test_handled_errors_log_one_line_and_bugs_their_traceback(qtbot, gui_ctx, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    failures: list[BaseException] = []

    def refuse(uow):  # type: ignore[no-untyped-def]
        raise ValidationError("单位名称不能为空。")

    def bug(uow):  # type: ignore[no-untyped-def]
        return 1 / 0

    gui_ctx.run(refuse, on_error=failures.append, label="正在保存")
    gui_ctx.run(bug, on_error=failures.append, label="正在计算")
    wait_idle(qtbot, gui_ctx)
    refused = [r for r in caplog.records if "正在保存" in r.getMessage()]
    assert len(refused) == 1
    record = refused[0]
    assert record.levelno == logging.INFO and record.exc_info is None
    assert record.getMessage() == "task '正在保存' refused: ValidationError: 单位名称不能为空。"
    crashed = [r for r in caplog.records if "正在计算" in r.getMessage()]
    assert len(crashed) == 1 and crashed[0].levelno == logging.ERROR
    assert "Traceback" in crashed[0].getMessage() and "ZeroDivisionError" in crashed[0].getMessage()
    assert "Traceback" not in "".join(r.getMessage() for r in refused)
    before = len(caplog.records)
    assert error_text(failures[0]) == "单位名称不能为空。"
    assert "ZeroDivisionError" in error_text(failures[1])
    assert not [r for r in caplog.records[before:] if r.exc_info]  # the traceback is in the log once, not twice
