"""The 明白纸's page as it will print, re-rendered in the background a moment after the clerk stops typing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.i18n import tr
from ui.widgets.shown import WhenShown

if TYPE_CHECKING:
    from huiwu.printing.data import HandoutDoc

DEBOUNCE_MS = 350
PAGE_WIDTH_PX = 300


@dataclass(frozen=True)
class PreviewResult:
    fits: bool
    body_size: float
    shrunk: bool
    message: str  # the does-not-fit sentence, or ""
    pdf: bytes  # one copy, empty when it does not fit
    font_notes: tuple[str, ...] = ()  # "仿宋 未安装，正文用 楷体 代替", once per substituted face


def render_preview(doc: HandoutDoc, fonts: dict[str, str]) -> PreviewResult:
    """Worker side: fit, and the one-page PDF when it fits (a single copy, whatever the copy count)."""
    from dataclasses import replace

    from huiwu.printing.errors import HandoutDoesNotFit
    from huiwu.printing.fonts import resolve_fonts, substitution_notes
    from huiwu.printing.handout import handout_fit, render_handout

    resolved = resolve_fonts(fonts or None)
    notes = tuple(substitution_notes(resolved))
    fit = handout_fit(doc, resolved)
    if not fit.fits:
        message = str(HandoutDoesNotFit(fit.overflow_mm, fit.longest_sections[:2]))
        return PreviewResult(False, fit.body_size, fit.shrunk, message, b"", notes)
    pdf = render_handout(replace(doc, copies=1), resolved)
    return PreviewResult(True, fit.body_size, fit.shrunk, "", pdf, notes)


class LivePreview(QWidget):
    """Shows the page and one sentence: fits at N pt, fits after shrinking, or what to shorten."""

    updated = Signal(object)  # PreviewResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: PreviewResult | None = None
        self._doc: HandoutDoc | None = None
        self._generation = 0
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._start)
        # a version that comes while the page is hidden is laid out when it shows
        self._when_shown = WhenShown(self, self._timer.start)
        self.verdict = QLabel(tr("The page preview appears here."))
        self.verdict.setObjectName("fit_verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumWidth(PAGE_WIDTH_PX)
        self.page = QLabel()
        self.page.setObjectName("page_image")
        self.page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.page.setFrameShape(QFrame.Shape.Box)
        self.page.setFixedSize(PAGE_WIDTH_PX + 2, int(PAGE_WIDTH_PX * 297 / 210) + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(tr("One-page preview"))
        title.setStyleSheet("font-weight: bold")
        layout.addWidget(title)
        layout.addWidget(self.verdict)
        layout.addWidget(self.page)
        layout.addStretch(1)

    def schedule(self, doc: HandoutDoc) -> None:
        """Render ``doc`` after a short pause; a newer call replaces an older one that has not started."""
        self._doc = doc
        self._generation += 1
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._running

    def _start(self) -> None:
        if self._running:  # the worker is busy with an older version: try again once it is done
            self._timer.start()
            return
        doc, generation = self._doc, self._generation
        if doc is None:
            return
        if not self.isVisible():  # laid out when it shows again, not for nobody (it would load the fonts)
            self._when_shown.request()
            return
        fonts = dict(self.ctx.settings.fonts)
        self._running = True
        self.verdict.setText(tr("Laying out the page…"))
        self.ctx.tasks.submit(lambda: render_preview(doc, fonts), lambda r: self._done(r, generation),
                              self._failed, "")

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import error_text

        self._running = False
        self.verdict.setText(error_text(exc))

    def _done(self, result: PreviewResult, generation: int) -> None:
        self._running = False
        if generation != self._generation:
            return  # the clerk typed on meanwhile; the timer brings the newer version
        self.result = result
        fonts = "".join(f"\n{note}。" for note in result.font_notes)
        if not result.fits:
            self.verdict.setText(result.message + fonts)
            self.verdict.setStyleSheet("color: #b00020")
            self.page.clear()
            self.page.setText(tr("Does not fit on one page"))
        else:
            size = f"{result.body_size:g}"
            text = (tr("Fits on one A4 page; type reduced to %1 pt.") if result.shrunk
                    else tr("Fits on one A4 page at %1 pt.")).replace("%1", size)
            self.verdict.setText(text + fonts)
            self.verdict.setStyleSheet("color: #1b5e20")
            self.page.setPixmap(self._image(result.pdf))
        self.updated.emit(result)

    def _image(self, pdf: bytes) -> QPixmap:
        data = QByteArray(pdf)
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        ratio = self.devicePixelRatioF()
        size = QSize(int(PAGE_WIDTH_PX * ratio), int(PAGE_WIDTH_PX * 297 / 210 * ratio))
        image = document.render(0, size)
        document.close()
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        return pixmap
