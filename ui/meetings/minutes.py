"""The meeting editor's 纪要 tab: the 会议纪要 as it will print, edited part by part beside its live preview.

The 出席 / 请假 / 列席 lines are shown, never edited: they come from the attendance record each time. Each part
(one per 议题) has its heading, its text and its decisions; a decision becomes a 督办 item in one step. The
steps 送审 → 签发 → 印发 are buttons; after 签发 a save asks why (a recorded revision).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from huiwu.services import minutes as svc
from huiwu.services.minutes import DecisionInput, MinutesInput, MinutesView, SectionInput
from ui.errors import show_error
from ui.i18n import tr
from ui.meetings.alive import run_alive
from ui.widgets.common import FormDialog
from ui.widgets.dates import pydate, qdate
from ui.widgets.shown import WhenShown

if TYPE_CHECKING:
    from ui.meetings.editor import MeetingEditor

DEBOUNCE_MS = 350
PAGE_WIDTH_PX = 320


def render_pages(view: MinutesView, fonts: dict[str, str]) -> bytes:
    """Worker side: the 纪要 as it would print with the edits (one copy)."""
    from huiwu.printing.fonts import resolve_fonts
    from huiwu.printing.minutes import render_minutes
    from huiwu.services.printing import minutes_doc_of

    doc, _level = minutes_doc_of(view)
    return render_minutes(doc, resolve_fonts(fonts or None))


class MinutesTab(QWidget):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__()
        self.setObjectName("minutes_tab")
        self.editor = editor
        self.view: MinutesView | None = None
        self.sections: list[SectionInput] = []
        self.dirty = False
        self._when_shown = WhenShown(self, self._load)  # the editor reloads while the tab is hidden: load on show
        self._filling = False
        self.reason_dialog: QInputDialog | None = None
        self.action_dialog: DecisionActionDialog | None = None
        self.preview_pdf = b""
        self._generation = 0
        self._rendering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)
        # the state and its steps
        self.state = QLabel()
        self.state.setObjectName("minutes_state")
        self.state.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.state, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (("save", tr("Save minutes")), ("submit", tr("Send to the chair")),
                          ("return", tr("Back to drafting")), ("sign", tr("Record signing")),
                          ("issue", tr("Record issuing")), ("print", tr("Print preview…"))):
            button = QPushButton(text)
            button.setObjectName(f"minutes_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._clicked(k))
            bar.addWidget(button)
            self.buttons[key] = button
        # the heading fields
        self.title = QLineEdit()
        self.title.setObjectName("minutes_title")
        self.number = QSpinBox()
        self.number.setObjectName("minutes_number")
        self.number.setRange(1, 9999)
        self.number.setSuffix("号")
        self.distribution = QLineEdit()
        self.distribution.setObjectName("minutes_distribution")
        self.issuer = QLineEdit()
        self.issuer.setObjectName("minutes_issuer")
        self.lines = QLabel()
        self.lines.setObjectName("minutes_lines")
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(tr("Minutes title"), self.title)
        form.addRow(tr("Minutes number"), self.number)
        form.addRow(tr("Attendance lines"), self.lines)
        form.addRow(tr("Distribution"), self.distribution)
        form.addRow(tr("Issued by"), self.issuer)
        # the parts, and the selected part
        self.parts = QListWidget()
        self.parts.setObjectName("minutes_parts")
        self.parts.setMaximumHeight(120)
        self.parts.currentRowChanged.connect(lambda _: self._show_part())
        part_bar = QHBoxLayout()
        for key, text in (("add_part", tr("Add part")), ("remove_part", tr("Remove part")),
                          ("part_up", tr("Up")), ("part_down", tr("Down"))):
            button = QPushButton(text)
            button.setObjectName(f"minutes_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._part_action(k))
            part_bar.addWidget(button)
        part_bar.addStretch(1)
        self.heading = QLineEdit()
        self.heading.setObjectName("minutes_heading")
        self.body = QPlainTextEdit()
        self.body.setObjectName("minutes_body")
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(110)
        self.decisions = QListWidget()
        self.decisions.setObjectName("minutes_decisions")
        self.decisions.itemChanged.connect(lambda _: self._decisions_edited())
        self.decisions.currentRowChanged.connect(lambda _: self._enable())
        decision_bar = QHBoxLayout()
        for key, text in (("add_decision", tr("Add decision")), ("remove_decision", tr("Remove decision")),
                          ("to_action", tr("Make follow-up item…"))):
            button = QPushButton(text)
            button.setObjectName(f"minutes_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._decision_action(k))
            decision_bar.addWidget(button)
            self.buttons[key] = button
        decision_bar.addStretch(1)
        part_form = QFormLayout()
        part_form.addRow(tr("Heading"), self.heading)
        part_form.addRow(tr("Text"), self.body)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(QLabel(tr("Parts (one per agenda item)")))
        left_layout.addWidget(self.parts)
        left_layout.addLayout(part_bar)
        left_layout.addLayout(part_form)
        left_layout.addWidget(QLabel(tr("Decisions (double-click to edit)")))
        left_layout.addWidget(self.decisions, 1)
        left_layout.addLayout(decision_bar)
        # the live preview: every page, as it will print
        self.verdict = QLabel(tr("The preview appears here."))
        self.verdict.setObjectName("minutes_preview_state")
        self.verdict.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("minutes_preview")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        scroll.setMinimumWidth(PAGE_WIDTH_PX + 30)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.verdict)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        for widget in (self.title, self.distribution, self.issuer, self.heading):
            widget.textEdited.connect(lambda _=None: self._edited())
        self.number.valueChanged.connect(lambda _: self._edited())
        self.body.textChanged.connect(self._edited)
        self._enable()

    # -------------------------------------------------------- loading
    def reload(self) -> None:
        """Load the 纪要 (and lay out its preview) when the tab is on screen; otherwise when it is next shown —
        the editor reloads every tab on each open and save, and most never look at the 纪要."""
        self._when_shown.request()

    def _load(self) -> None:
        d = self.editor.detail
        if d is None:
            return
        mid = d.id
        run_alive(self, self.editor.ctx, lambda uow: svc.load_minutes(uow, mid), self._loaded,
                  lambda exc: show_error(self, exc))

    def _loaded(self, view: MinutesView) -> None:
        """A reload while the clerk has unsaved edits (the meeting was saved, someone signed in) keeps the edits:
        the lines follow the record, the version stays the one the edits started from (a save meanwhile from
        another PC is then refused, never overwritten)."""
        if self.dirty and self.view is not None:
            self.view = dataclasses.replace(view, version=self.view.version)
            self._show_state()
            self.schedule_preview()
            return
        self.show_view(view)

    def show_view(self, view: MinutesView) -> None:
        self.view = view
        self._filling = True
        blockers = [QSignalBlocker(w) for w in (self.title, self.number, self.distribution, self.issuer)]
        self.title.setText(view.title)
        self.number.setPrefix(f"〔{view.year}〕" if view.year else "")
        self.number.setValue(view.number or 1)
        self.distribution.setText(view.distribution)
        self.issuer.setText(view.issuer)
        del blockers
        self.sections = list(view.as_input().sections)
        self._fill_parts(self._part() if self.parts.count() else 0)  # a save keeps the clerk on their part
        self._filling = False
        self.dirty = False
        self._show_state()
        self.schedule_preview()

    def _show_state(self) -> None:
        v = self.view
        if v is None:
            return
        lines = "\n".join(f"{label}：{names}" for label, names in v.attendance.lines())
        source = tr("From the attendance record") if v.held else tr("Before the meeting: the expected attendees")
        self.lines.setText(f"{lines}\n（{source}）")
        parts = [tr("State: ") + v.state_label + (tr(" (draft from the record, not saved yet)") if not v.saved else "")]
        for label, value in ((tr("Sent to the chair"), v.submitted), (tr("Signed"), v.signed),
                             (tr("Issued"), v.issued)):
            if value:
                parts.append(f"{label}：{value}")
        if v.revision:
            parts.append(tr("Revision %1").replace("%1", str(v.revision)))
        if v.secrecy_mark:
            parts.append(v.secrecy_mark)
        self.state.setText("　".join(parts) + ("　" + tr("(unsaved changes)") if self.dirty else ""))
        self._enable()

    def _enable(self) -> None:
        v = self.view
        allowed = v.actions if v is not None and not self.dirty else ()
        for key in svc.TRANSITIONS:
            self.buttons[key].setEnabled(key in allowed)
        self.buttons["save"].setEnabled(v is not None and (self.dirty or not v.saved))
        self.buttons["print"].setEnabled(v is not None and not self.dirty)  # it prints what is saved
        decision = self._current_decision()
        self.buttons["to_action"].setEnabled(decision is not None and decision.id is not None
                                             and decision.action_item_id is None and not self.dirty)

    # -------------------------------------------------------- the parts
    def _fill_parts(self, select: int) -> None:
        with QSignalBlocker(self.parts):
            self.parts.clear()
            for i, s in enumerate(self.sections, 1):
                self.parts.addItem(f"{i}. {s.heading}")
        if self.sections:
            self.parts.setCurrentRow(max(0, min(select, len(self.sections) - 1)))
        self._show_part()

    def _part(self) -> int:
        return self.parts.currentRow()

    def _show_part(self) -> None:
        i = self._part()
        s = self.sections[i] if 0 <= i < len(self.sections) else None
        filling, self._filling = self._filling, True
        with QSignalBlocker(self.heading), QSignalBlocker(self.body), QSignalBlocker(self.decisions):
            self.heading.setText(s.heading if s else "")
            self.body.setPlainText(s.body if s else "")
            self.decisions.clear()
            for k, d in enumerate(s.decisions if s else (), 1):
                self.decisions.addItem(self._decision_item(i, k, d))
        for w in (self.heading, self.body, self.decisions):
            w.setEnabled(s is not None)
        self._filling = filling
        self._enable()

    def _decision_item(self, section: int, k: int, d: DecisionInput) -> QListWidgetItem:
        item = QListWidgetItem(d.text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(Qt.ItemDataRole.UserRole, k - 1)
        known = self._known(d)
        if known is not None and known.action_text:
            item.setToolTip(f"{known.ref}　{known.action_text}")
            item.setForeground(Qt.GlobalColor.darkGreen)  # a 督办 item already
        return item

    def _known(self, d: DecisionInput) -> svc.DecisionView | None:
        if self.view is None:
            return None
        for s in self.view.sections:
            for x in s.decisions:
                if (d.id is not None and x.id == d.id) or (d.id is None and x.action_item_id is not None
                                                           and x.action_item_id == d.action_item_id):
                    return x
        return None

    def _current_decision(self) -> svc.DecisionView | None:
        i, k = self._part(), self.decisions.currentRow()
        if not (0 <= i < len(self.sections)) or not (0 <= k < len(self.sections[i].decisions)):
            return None
        return self._known(self.sections[i].decisions[k]) or svc.DecisionView(None, "", None, "", "")

    def _edited(self) -> None:
        if self._filling:
            return
        i = self._part()
        if 0 <= i < len(self.sections):
            s = self.sections[i]
            self.sections[i] = dataclasses.replace(s, heading=self.heading.text(), body=self.body.toPlainText())
            item = self.parts.item(i)
            if item is not None:
                item.setText(f"{i + 1}. {self.heading.text()}")
        self._mark_dirty()

    def _decisions_edited(self) -> None:
        if self._filling:
            return
        i = self._part()
        if not 0 <= i < len(self.sections):
            return
        s = self.sections[i]
        texts = [self.decisions.item(k).text() for k in range(self.decisions.count())]
        self.sections[i] = dataclasses.replace(s, decisions=tuple(
            dataclasses.replace(d, text=t) for d, t in zip(s.decisions, texts, strict=False)))
        self._mark_dirty()

    def _mark_dirty(self) -> None:
        self.dirty = True
        self._show_state()
        self.schedule_preview()

    def _part_action(self, key: str) -> None:
        i = self._part()
        if key == "add_part":
            self.sections.insert(i + 1, SectionInput(tr("New part")))
            self._fill_parts(i + 1)
        elif key == "remove_part" and 0 <= i < len(self.sections):
            if any(d.action_item_id is not None for d in self.sections[i].decisions):
                self.editor.ctx.status(tr("This part has decisions that are follow-up items; it stays."))
                return
            del self.sections[i]
            self._fill_parts(i)
        elif key in ("part_up", "part_down") and 0 <= i < len(self.sections):
            j = i - 1 if key == "part_up" else i + 1
            if not 0 <= j < len(self.sections):
                return
            self.sections[i], self.sections[j] = self.sections[j], self.sections[i]
            self._fill_parts(j)
        else:
            return
        self._mark_dirty()

    def _decision_action(self, key: str) -> None:
        i = self._part()
        if not 0 <= i < len(self.sections):
            return
        s = self.sections[i]
        if key == "add_decision":
            self.sections[i] = dataclasses.replace(s, decisions=(*s.decisions, DecisionInput(tr("(type the decision)"))))
            self._show_part()
            self.decisions.setCurrentRow(self.decisions.count() - 1)
            self.decisions.editItem(self.decisions.currentItem())
            self._mark_dirty()
        elif key == "remove_decision":
            k = self.decisions.currentRow()
            if not 0 <= k < len(s.decisions):
                return
            if s.decisions[k].action_item_id is not None:
                self.editor.ctx.status(tr("This decision is a follow-up item; delete the item first."))
                return
            self.sections[i] = dataclasses.replace(s, decisions=s.decisions[:k] + s.decisions[k + 1:])
            self._show_part()
            self._mark_dirty()
        elif key == "to_action":
            self.make_action()

    # -------------------------------------------------------- saving and the steps
    def current_input(self) -> MinutesInput:
        v = self.view
        assert v is not None
        return MinutesInput(self.title.text(), self.number.value(), v.year, self.distribution.text(),
                            self.issuer.text(), tuple(self.sections))

    def _clicked(self, key: str) -> None:
        if key == "save":
            self.save()
        elif key == "print":
            self.print_preview()
        else:
            self.step(key)

    def save(self, reason: str = "") -> None:
        v, d = self.view, self.editor.detail
        if v is None or d is None:
            return
        if v.needs_reason and not reason:
            self.ask_reason()
            return
        data, mid, version = self.current_input(), d.id, v.version
        run_alive(self, self.editor.ctx, lambda uow: svc.save_minutes(uow, mid, data, version, reason),
                  self._saved(tr("Minutes saved")), lambda exc: show_error(self, exc), label=tr("Saving"))

    def ask_reason(self) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("minutes_reason_dialog")
        dialog.setWindowTitle(tr("Revise signed minutes"))
        dialog.setLabelText(tr("The minutes are signed: this change is recorded as a revision. Why is it made?"))
        dialog.setOkButtonText(tr("Save"))
        dialog.setCancelButtonText(tr("Cancel"))
        dialog.textValueSelected.connect(lambda text: self.save(text.strip()) if text.strip() else
                                         self.editor.ctx.status(tr("A revision needs its reason; nothing saved.")))
        self.reason_dialog = dialog
        dialog.open()

    def step(self, key: str) -> None:
        v, d = self.view, self.editor.detail
        if v is None or d is None:
            return
        mid, version = d.id, v.version
        done = {"submit": tr("Minutes sent to the chair"), "return": tr("Minutes back to drafting"),
                "sign": tr("Signing recorded"), "issue": tr("Issuing recorded")}[key]
        run_alive(self, self.editor.ctx, lambda uow: svc.transition(uow, mid, key, version), self._saved(done),
                  lambda exc: show_error(self, exc), label=tr("Saving"))

    def _saved(self, message: str) -> Any:
        def done(view: MinutesView) -> None:
            self.show_view(view)
            self.editor.history_tab.reload()
            self.editor.actions_tab.reload()
            self.editor.ctx.status(message + f"：{view.title}")
            self.editor.ctx.events.meetings_changed.emit()

        return done

    def make_action(self) -> None:
        decision, d = self._current_decision(), self.editor.detail
        if decision is None or decision.id is None or d is None:
            return
        dialog = DecisionActionDialog(self, decision)
        self.action_dialog = dialog
        dialog.open()

    def save_action(self, decision_id: int, data: svc.ToAction, on_saved: Callable[[], None] | None = None) -> None:
        """Make the decision a 督办 item; ``on_saved`` (the dialog's accept) runs only once it is made."""
        d = self.editor.detail
        if d is None:
            return
        mid, version = d.id, self.view.version if self.view is not None else None
        shown = self._saved(tr("Follow-up item made"))

        def done(view: MinutesView) -> None:
            if on_saved is not None:
                on_saved()
            shown(view)

        run_alive(self, self.editor.ctx, lambda uow: svc.decision_to_action(uow, mid, decision_id, data, version),
                  done, lambda exc: show_error(self, exc), label=tr("Saving"))

    def print_preview(self) -> None:
        d, v = self.editor.detail, self.view
        if d is None or v is None:
            return
        from huiwu.services.printing import document_pdf
        from ui.printing import preview_pdf

        copies = 1
        if v.secret:  # numbered copies (份号), one per participant by default
            asked = self.editor.ask_copies(len(d.participants))
            if asked is None:
                return
            copies = asked
        mid = d.id
        preview_pdf(self.editor.ctx, self.editor, tr("Meeting minutes"),
                    lambda uow: document_pdf(uow, "minutes", mid, copies=copies))

    # -------------------------------------------------------- the live preview
    def schedule_preview(self) -> None:
        self._generation += 1
        self._timer.start()

    @property
    def preview_pending(self) -> bool:
        return self._timer.isActive() or self._rendering

    def _render(self) -> None:
        if self.view is None:
            return
        if self._rendering:
            self._timer.start()
            return
        view = svc.edited(self.view, self.current_input())
        fonts, generation = dict(self.editor.ctx.settings.fonts), self._generation
        self._rendering = True
        self.verdict.setText(tr("Laying out the pages…"))
        self.editor.ctx.tasks.submit(lambda: render_pages(view, fonts), lambda pdf: self._rendered(pdf, generation),
                                     self._failed, "")

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import error_text

        self._rendering = False
        self.verdict.setText(error_text(exc))

    def _rendered(self, pdf: bytes, generation: int) -> None:
        self._rendering = False
        if generation != self._generation:
            return
        self.preview_pdf = pdf
        images = self._images(pdf)
        while self.pages_layout.count():
            old = self.pages_layout.takeAt(0)
            if old is not None and old.widget() is not None:
                old.widget().deleteLater()  # type: ignore[union-attr]
        for pixmap in images:
            page = QLabel()
            page.setFrameShape(QFrame.Shape.Box)
            page.setPixmap(pixmap)
            self.pages_layout.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pages_layout.addStretch(1)
        self.verdict.setText(tr("As printed: %1 page(s), A4.").replace("%1", str(len(images))))

    def _images(self, pdf: bytes) -> list[QPixmap]:
        data = QByteArray(pdf)  # kept alive while the document reads it
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        ratio = self.devicePixelRatioF()
        size = QSize(int(PAGE_WIDTH_PX * ratio), int(PAGE_WIDTH_PX * 297 / 210 * ratio))
        out = []
        for n in range(document.pageCount()):
            pixmap = QPixmap.fromImage(document.render(n, size))
            pixmap.setDevicePixelRatio(ratio)
            out.append(pixmap)
        document.close()
        return out


class DecisionActionDialog(FormDialog):
    """A decision of the 纪要 made a 督办 item: responsible unit (and person), deadline — one step."""

    def __init__(self, tab: MinutesTab, decision: svc.DecisionView) -> None:
        super().__init__(tr("Make follow-up item"), tab)
        self.setObjectName("minutes_action_dialog")
        self.tab, self.decision = tab, decision
        refs = tab.editor.refs
        self.unit = QComboBox()
        self.unit.setObjectName("minutes_action_unit")
        self.unit.addItem(tr("(choose)"), None)
        for u in refs.units:
            self.unit.addItem(u.name, u.id)
        self.person = QComboBox()
        self.person.setObjectName("minutes_action_person")
        self.person.addItem(tr("(none)"), None)
        for p in refs.people:
            self.person.addItem(f"{p.name}（{p.unit_name} {p.title}）", p.id)
        self.deadline = QDateEdit(qdate(tab.editor.ctx.today() + dt.timedelta(days=14)))
        self.deadline.setObjectName("minutes_action_deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        text = QLabel(decision.text)
        text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Decision"), text)
        form.addRow(tr("Comes from"), QLabel(decision.ref))
        form.addRow(tr("Responsible unit"), self.unit)
        form.addRow(tr("Responsible person"), self.person)
        form.addRow(tr("Deadline"), self.deadline)
        self.body.addLayout(form)
        self.validator = lambda: "" if self.unit.currentData() is not None else tr("Please choose the responsible unit.")
        self.setMinimumWidth(520)

    def _try_accept(self) -> None:
        if self.validator and self.validator():
            super()._try_accept()
            return
        assert self.decision.id is not None
        data = svc.ToAction(self.unit.currentData(), pydate(self.deadline.date()), self.person.currentData())
        self.tab.save_action(self.decision.id, data, on_saved=self.accept)  # stays open, as chosen, if refused
