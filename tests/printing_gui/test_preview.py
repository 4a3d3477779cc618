"""The preview opens a demo meeting's sign-in sheet from the worker, navigates pages, prints and saves."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from tests.conftest import wait_idle
from ui.preview import PreviewDialog
from ui.printing import preview_document, preview_pdf


def test_signin_preview_pages_print_and_save(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[PreviewDialog] = []
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    # the demo's video meetings have 44 invitees: several pages with the phone column
    preview_document(gui_ctx, parent, "signin", 4, on_opened=opened.append, walk_in_rows=20)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: bool(opened))
    dialog = opened[0]
    assert dialog.windowTitle().startswith("打印预览")
    assert dialog.page_count >= 2
    assert dialog.page_label.text() == f"共 {dialog.page_count} 页"
    assert not dialog.prev_button.isEnabled()
    dialog.next_page()
    assert dialog.page_box.value() == 2 and dialog.prev_button.isEnabled()
    dialog.go_to(99)
    assert dialog.page_box.value() == dialog.page_count and not dialog.next_button.isEnabled()
    dialog.zoom_in()
    dialog.fit_width()
    assert any("签到表" in m and "页" in m for m in messages)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.page_count
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.page_count

    dialog.save_to(str(tmp_path / "saved.pdf"))
    assert "会议签到表" in (PdfReader(tmp_path / "saved.pdf").pages[0].extract_text() or "")
    assert any(str(tmp_path / "saved.pdf") in m for m in messages)
    dialog.close()


def test_errors_become_sentences(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    preview_document(gui_ctx, parent, "handout", 4)  # the demo meeting has no 明白纸
    wait_idle(qtbot, gui_ctx)
    box = parent.findChild(QMessageBox, "error_box")
    assert box is not None and "还没有明白纸" in box.text()
    box.close()

    def broken(uow):  # type: ignore[no-untyped-def]
        raise ValueError("boom")

    preview_pdf(gui_ctx, parent, "x", broken)
    wait_idle(qtbot, gui_ctx)
