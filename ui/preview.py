"""The print preview: a PDF shown with QtPdf, zoom and page navigation, printed through the system dialog.

The dialog only ever sees bytes; which document it is and how it was made is the caller's business.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr
from ui.widgets.files import save_file

ZOOM_STEP = 1.25


class PreviewDialog(QDialog):
    """Shows one PDF. Esc closes, Ctrl+P prints, Ctrl+S saves, PgUp/PgDn turn pages, Ctrl+± zooms."""

    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # path written

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, file_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("preview_dialog")
        self.setWindowTitle(tr("Print preview — %1").replace("%1", title))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pdf = pdf
        self.title = title
        self.file_name = file_name or f"{title}.pdf"
        self._data = QByteArray(pdf)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("preview_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        bar = QHBoxLayout()
        self.prev_button = self._button(bar, tr("Previous page"), self.previous_page, "prev_page")
        self.page_box = QSpinBox()
        self.page_box.setObjectName("page_box")
        self.page_box.setRange(1, max(1, self.page_count))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda v: self.go_to(v - 1))
        bar.addWidget(self.page_box)
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        bar.addWidget(self.page_label)
        self.next_button = self._button(bar, tr("Next page"), self.next_page, "next_page")
        bar.addSpacing(16)
        self._button(bar, tr("Zoom out"), self.zoom_out, "zoom_out")
        self._button(bar, tr("Zoom in"), self.zoom_in, "zoom_in")
        self._button(bar, tr("Fit width"), self.fit_width, "fit_width")
        bar.addStretch(1)
        self._button(bar, tr("Save as PDF…"), self.save_as, "save_pdf")
        print_button = self._button(bar, tr("Print…"), self.print_dialog, "print_button")
        print_button.setDefault(True)
        self._button(bar, tr("Close"), self.close, "close_preview")

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, self.print_dialog),
            (QKeySequence.StandardKey.Save, self.save_as),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.resize(900, 700)
        self._page_changed(0)

    def _button(self, bar: QHBoxLayout, text: str, slot: object, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    # -------------------------------------------------------- navigation and zoom
    @property
    def page_count(self) -> int:
        return int(self.document.pageCount())

    @property
    def current_page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        page = max(0, min(self.page_count - 1, page))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self._page_changed(page)

    def next_page(self) -> None:
        self.go_to(self.current_page + 1)

    def previous_page(self) -> None:
        self.go_to(self.current_page - 1)

    def _page_changed(self, page: int) -> None:
        total = self.page_count
        self.page_label.setText(tr("of %1 pages").replace("%1", str(total)))
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < total - 1)

    def zoom_in(self) -> None:
        self._zoom(self.view.zoomFactor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(self.view.zoomFactor() / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -------------------------------------------------------- output
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFromTo(1, self.page_count)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("print_dialog")
        dialog.setMinMax(1, self.page_count)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            pages = self.print_to(printer)
            self.printed.emit(pages)

    def print_to(self, printer: QPrinter) -> int:
        """Render every (chosen) page at the printer's resolution; returns how many pages were sent."""
        first, last = printer.fromPage(), printer.toPage()
        if first <= 0:
            first, last = 1, self.page_count
        painter = QPainter()
        if not painter.begin(printer):
            return 0
        dpi = printer.resolution()
        sent = 0
        try:
            for index in range(first - 1, min(last, self.page_count)):
                if sent:
                    printer.newPage()
                size_pt = self.document.pagePointSize(index)
                target = printer.pageLayout().paintRectPixels(dpi)
                scale = min(target.width() / size_pt.width(), target.height() / size_pt.height())
                pixels = QSize(int(size_pt.width() * scale), int(size_pt.height() * scale))
                image = self.document.render(index, pixels)
                painter.drawImage(QRect(0, 0, pixels.width(), pixels.height()), image)
                sent += 1
        finally:
            painter.end()
        return sent

    def save_as(self) -> None:
        chosen = save_file(self, "pdf", tr("Save as PDF"), self.file_name, tr("PDF files (*.pdf)"))
        if chosen is not None:
            self.save_to(str(chosen))

    def save_to(self, path: str) -> None:
        from ui.errors import show_error

        try:
            Path(path).write_bytes(self.pdf)
        except OSError as exc:
            show_error(self, exc)
            return
        self.saved.emit(path)
