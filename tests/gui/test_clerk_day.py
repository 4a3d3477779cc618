"""An untrained clerk's day on the demo office, end to end through the real main window (issue 17 item 7).

Plan a meeting from a group (two more people by pinyin, two 议题), record and approve one 请假, print the
notice, the 签到表 and a 明白纸, check 周安排 and export the week, then sign three people in by keyboard — and
try the one on approved leave, whose leave Enter must keep. The keyboard is used where a clerk would use it;
every keystroke and click is counted and printed with the wall time (``pytest -s``), nothing is asserted
about time. A modal dialog is never waited on: a timer answers it as the clerk would. Chinese is typed as a
pinyin input method commits it (counted as its pinyin and a space).

Known and reported, not asserted: Enter in the meeting editor's participant search (and in a 议题 cell)
also presses the editor's default 保存 button, so a new meeting is saved before the clerk asks; Enters in
quick succession each create a meeting. The test leaves 议题 cells with Tab and checks that one meeting
exists; the report line says how many times the meeting was saved.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import pypdf
import shiboken6
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMenu, QWidget

from huiwu.models import Attendance, LeaveRequest, LeaveState, Meeting, MeetingStatus, Participant
from huiwu.pinyin import text_pinyin
from huiwu.services.directory import search_people
from tests.conftest import wait_idle

TITLE = "全县冬季安全生产工作会议"
TITLE_PINYIN = "djaqsc"  # 冬季安全生产 by its initials: how a clerk finds it again
HANDOUT = "冬季安全生产工作明白纸"
TOPICS = ("部署冬季安全生产工作", "研究隐患排查整治方案")
GROUP = "县政府领导班子"
DAY = dt.date(2026, 11, 25)  # Wednesday of the demo week (2026-W48), a free morning
START = "2026-11-25 09:00"


class Clerk:
    """The clerk's hands: every key and click goes through here and is counted."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.keys = 0
        self.clicks = 0
        self.saves = 0
        self.started = time.monotonic()

    def type(self, widget: QWidget, text: str) -> None:
        """ASCII as keys; Chinese as a pinyin input method commits it, counted as its pinyin plus a space."""
        for run in re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text):
            if run.isascii():
                self.qtbot.keyClicks(widget, run)
                self.keys += len(run)
                continue
            event = QInputMethodEvent()
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)
            self.keys += len(text_pinyin(run).full) + 1

    def key(self, widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(widget, key, modifier)
        self.keys += 1 + (modifier != Qt.KeyboardModifier.NoModifier)
        QApplication.processEvents()  # what the key set off (a cell editor commits queued) happens before the next

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard"
        return widget

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        window = widget.window()
        if not window.windowType() == Qt.WindowType.Popup:
            self.reactivate(window)  # on a desktop, a click into a window activates it
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
        self.clicks += 1

    def choose(self, combo: QComboBox, text: str) -> None:
        """Open a drop-down with a click and go to the entry that starts with ``text`` with the arrow keys."""
        index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(text))
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible)
        step = Qt.Key.Key_Down if index > combo.currentIndex() else Qt.Key.Key_Up
        for _ in range(abs(index - combo.currentIndex())):
            self.key(view, step)
        self.key(view, Qt.Key.Key_Return)
        assert combo.currentIndex() == index, combo.currentText()
        self.reactivate(combo.window())

    def reactivate(self, window: QWidget) -> None:
        """The offscreen platform leaves a closed popup "active"; a real desktop gives the window back."""
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def click_tab(self, tabs: Any, index: int) -> None:
        bar = tabs.tabBar()
        self.click(bar, bar.tabRect(index).center())

    def click_row(self, view: Any, row: int) -> None:
        rect = view.visualRect(view.model().index(row, 0))
        self.click(view.viewport(), rect.center())

    def click_menu(self, menu: QMenu, text: str) -> None:
        action = next(a for a in menu.actions() if a.text().startswith(text))
        self.click(menu, menu.actionGeometry(action).center())

    def go(self, window: Any, key: str) -> QWidget:
        """Click the page in the navigation on the left."""
        from ui.pages import PAGES

        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        self.click(window.nav.viewport(), window.nav.visualItemRect(window.nav.item(row)).center())
        assert window.current_key() == key
        return window.page(key)

    def report(self) -> str:
        return (f"clerk's day: {self.keys} keystrokes, {self.clicks} clicks, "
                f"{time.monotonic() - self.started:.1f} s; the new meeting was saved {self.saves} times")


def when_modal(qtbot: Any, answer: Callable[[QWidget], None], done: list[str], name: str = "",
               timeout: float = 30.0) -> None:
    """Answer the next modal dialog (named ``name``, if given) as soon as it appears; ``done`` hears its name."""
    deadline = time.monotonic() + timeout

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or (name and modal.objectName() != name):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, look)
            return
        done.append(modal.objectName() or type(modal).__name__)
        try:
            answer(modal)
        except BaseException:
            modal.reject()  # a failed check must not leave the test waiting on the dialog
            raise

    QTimer.singleShot(20, look)


def when_popup(answer: Callable[[QMenu], None], done: list[str], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            if time.monotonic() < deadline:
                QTimer.singleShot(20, look)
            return
        done.append("menu")
        answer(popup)

    QTimer.singleShot(20, look)


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with line breaks and spaces taken out (a long title wraps on the page)."""
    text = "".join(page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", "", text)


def shown_preview(qtbot: Any, parent: QWidget, before: set[int]) -> Any:
    """The print preview the last action opened (a non-modal dialog: found, not waited on)."""
    from ui.preview import PreviewDialog

    def fresh() -> list[Any]:
        return [d for d in parent.findChildren(PreviewDialog) if id(d) not in before and d.isVisible()]

    qtbot.waitUntil(lambda: bool(fresh()), timeout=20000)
    return fresh()[0]


def closed(dialog: QWidget) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # Esc closed it (and deleted it)


def previews(parent: QWidget) -> set[int]:
    from ui.preview import PreviewDialog

    return {id(d) for d in parent.findChildren(PreviewDialog)}


def test_a_clerks_day(qtbot, gui_ctx, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    ctx = gui_ctx
    messages: list[str] = []
    ctx.events.status_message.connect(messages.append)
    clerk = Clerk(qtbot)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    wait_idle(qtbot, ctx)

    unexpected = Watchdog()
    try:
        meeting_id, group_ids, extra = plan_the_meeting(qtbot, ctx, clerk, window, messages)
        on_leave = record_and_approve_leave(qtbot, ctx, clerk, window, messages, meeting_id, group_ids)
        print_the_papers(qtbot, ctx, clerk, window, messages, meeting_id, on_leave)
        check_and_export_the_week(qtbot, ctx, clerk, window, messages, monkeypatch, tmp_path)
        sign_in(qtbot, ctx, clerk, window, messages, meeting_id, on_leave, extra)
        wait_idle(qtbot, ctx)
    finally:
        print("\n" + clerk.report())
        unexpected.stop()
        for widget in QApplication.allWidgets():  # nothing left to ask "discard changes?" at teardown
            if hasattr(widget, "dirty"):
                widget.dirty = False
    assert unexpected.seen == []
    window.close()


class Watchdog:
    """Closes a modal nobody expected (an error box, a question) at once, and an expected dialog or a popup
    left open for 20 s, remembering what it said: the test then fails with the sentence instead of hanging."""

    EXPECTED = ("leave_dialog", "leave_question")
    PATIENCE = 20.0

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.since: dict[int, float] = {}
        self.timer = QTimer()
        self.timer.setInterval(300)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        popup = QApplication.activePopupWidget()  # a menu, a drop-down list, a completer: the clerk's own
        for widget in (QApplication.activeModalWidget(), popup):
            if widget is None or not widget.isVisible():
                continue
            first = self.since.setdefault(id(widget), time.monotonic())
            expected = widget is popup or widget.objectName() in self.EXPECTED
            if expected and time.monotonic() - first < self.PATIENCE:
                continue
            text = getattr(widget, "text", lambda: "")() if not isinstance(widget, QMenu) else ""
            self.seen.append(f"{type(widget).__name__} {widget.objectName()} {widget.windowTitle()}: {text}")
            print("dialog closed by the watchdog:", self.seen[-1])
            widget.reject() if hasattr(widget, "reject") else widget.close()

    def stop(self) -> None:
        self.timer.stop()


# ---------------------------------------------------------------- 1. plan a meeting from a group


def plan_the_meeting(qtbot, ctx, clerk: Clerk, window, messages: list[str]):  # type: ignore[no-untyped-def]
    page = clerk.go(window, "meetings")
    wait_idle(qtbot, ctx)
    clerk.key(page.list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: 新建会议
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=10000)
    editor = page.editor
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    clerk.click(editor.title)
    clerk.type(editor.title, TITLE)
    clerk.key(editor.title, Qt.Key.Key_Tab)  # 会议类型
    clerk.key(clerk.focused(), Qt.Key.Key_Tab)  # 会议时间
    starts = clerk.focused()
    assert starts is editor.starts
    clerk.type(starts, START.replace("-", "").replace(" ", "").replace(":", ""))
    assert editor.starts.dateTime().toString("yyyy-MM-dd HH:mm") == START, editor.starts.dateTime().toString()
    assert editor.ends.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-25 11:00"  # two hours, as proposed

    clerk.click_tab(editor.tabs, editor.tabs.indexOf(editor.people_page))
    clerk.choose(editor.group_pick, GROUP)
    clerk.click(editor.findChild(QWidget, "add_group"))
    group = next(g for g in editor.refs.groups if g.name == GROUP)
    assert len(editor.participants) == len(group.member_ids) > 0
    # two more, typed by pinyin initials in the participant search, Enter adds the first match
    people = list(editor.refs.people)
    extra = [p for p in people if p.id not in group.member_ids and p.pinyin_initials.isalpha()
             and search_people(people, p.pinyin_initials, 1)[0].id == p.id][:2]
    assert len(extra) == 2
    clerk.click(editor.search)
    for person in extra:
        clerk.type(editor.search, person.pinyin_initials)
        assert editor.candidates.currentItem().text().startswith(person.name)
        clerk.key(editor.search, Qt.Key.Key_Return)
        wait_idle(qtbot, ctx)  # the clerk reads the list before the next name (this Enter also saves: see above)
        assert editor.search.text() == ""
    ids = {p.person_id for p in editor.participants}
    assert ids == set(group.member_ids) | {p.id for p in extra}
    assert editor.people_count.text().startswith(f"共 {len(ids)} 人")

    clerk.click_tab(editor.tabs, editor.tabs.indexOf(editor.agenda_page))
    for topic in TOPICS:
        clerk.click(editor.findChild(QWidget, "add_topic"))  # opens the new row's 议题 cell for typing
        cell = clerk.focused()
        clerk.type(cell, topic)
        # Tab, not Enter: Enter in a cell also presses the editor's default 保存 button, and each of those
        # saves of a new meeting created another meeting (reported; see the module docstring)
        clerk.key(cell, Qt.Key.Key_Tab)
    assert [a.title for a in editor.agenda_inputs()] == list(TOPICS)

    clerk.key(clerk.focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.detail is not None, timeout=10000)
    assert any(m.startswith("已保存") and TITLE in m for m in messages), messages[-3:]
    assert window.statusBar().currentMessage().startswith("已保存")
    meeting_id = editor.detail.id
    for status in ("scheduled", "notified"):  # 标为已安排, then 标为已通知
        clerk.click(editor.status_buttons[status])
        wait_idle(qtbot, ctx)
        qtbot.waitUntil(lambda s=status: editor.detail.status == s, timeout=10000)
    clerk.saves = sum(1 for m in messages if m.startswith("已保存"))  # 1 asked for; Enter in the search saves too
    with ctx.db.uow() as uow:
        assert uow.session.query(Meeting).filter_by(title=TITLE).count() == 1  # one meeting, not one per save
        saved = uow.session.get(Meeting, meeting_id)
        assert saved.title == TITLE and saved.status == MeetingStatus.NOTIFIED
        assert saved.starts_at.astimezone(ctx.settings.tz()).strftime("%Y-%m-%d %H:%M") == START
        assert [a.title for a in saved.agenda_items] == list(TOPICS)
        assert {p.person_id for p in saved.participants} == ids
    clerk.click(editor.findChild(QWidget, "close_meeting"))
    assert not editor.isVisible()
    return meeting_id, list(group.member_ids), extra


# ---------------------------------------------------------------- 2. one 请假, approved


def record_and_approve_leave(qtbot, ctx, clerk: Clerk, window, messages, meeting_id, group_ids):  # type: ignore[no-untyped-def]
    page = clerk.go(window, "leave")
    wait_idle(qtbot, ctx)
    with ctx.db.uow() as uow:
        members = [p for p in uow.session.query(Participant).filter_by(meeting_id=meeting_id)]
        person = next(p.person for p in members if p.person_id == group_ids[-1])
        person_id, name, initials = person.id, person.name, person.pinyin_initials
    answered: list[str] = []

    def fill(dialog: Any) -> None:
        combo = dialog.person
        clerk.click(combo.lineEdit())
        clerk.type(combo.lineEdit(), initials)  # the completer lists who matches, as the clerk types
        popup = combo.completer().popup()
        qtbot.waitUntil(popup.isVisible)
        model = popup.model()
        row = next(r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(name))
        for _ in range(row + 1):
            clerk.key(popup, Qt.Key.Key_Down)
        clerk.key(popup, Qt.Key.Key_Return)
        clerk.reactivate(dialog)
        assert dialog.person.person_id() == person_id
        clerk.choose(dialog.meeting, "11-25 09:00")
        assert dialog.meeting.currentData() == meeting_id
        clerk.click(dialog.reason)
        clerk.type(dialog.reason, "赴市里参加培训")
        clerk.click(dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_modal(qtbot, fill, answered, "leave_dialog")
    clerk.key(page.list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: 新建请假
    qtbot.waitUntil(lambda: answered == ["leave_dialog"], timeout=10000)
    wait_idle(qtbot, ctx)
    def mine(r: Any) -> bool:
        return r.person_id == person_id and r.meeting_id == meeting_id

    qtbot.waitUntil(lambda: any(mine(r) for r in page.list.model.rows()), timeout=10000)
    assert "请假已保存" in "".join(messages[-3:]) or any("保存" in m for m in messages[-3:]), messages[-3:]
    row = next(i for i in range(page.list.proxy.rowCount()) if mine(page.list.proxy.row_at(i)))
    assert page.list.proxy.row_at(row).state == LeaveState.PENDING
    clerk.click_row(page.list.view, row)
    clerk.key(page.list.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter: 批准
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: any("批准" in m and name in m for m in messages), timeout=10000)
    with ctx.db.uow() as uow:
        leave = uow.session.query(LeaveRequest).filter_by(person_id=person_id, meeting_id=meeting_id).one()
        assert leave.state == LeaveState.APPROVED
        marked = uow.session.query(Participant).filter_by(meeting_id=meeting_id, person_id=person_id).one()
        assert marked.attendance == Attendance.LEAVE
    return person_id, name, initials


# ---------------------------------------------------------------- 3. notice, 签到表, 明白纸


def print_the_papers(qtbot, ctx, clerk: Clerk, window, messages, meeting_id, on_leave) -> None:  # type: ignore[no-untyped-def]
    page = clerk.go(window, "meetings")
    wait_idle(qtbot, ctx)
    clerk.key(page.list.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Ctrl+F: the search box
    assert clerk.focused() is page.search
    clerk.type(page.search, TITLE_PINYIN)
    assert page.list.proxy.rowCount() == 1 and page.list.proxy.row_at(0).id == meeting_id
    clerk.key(page.search, Qt.Key.Key_Return)  # into the results
    clerk.key(clerk.focused(), Qt.Key.Key_Return)  # opens the meeting
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible() and page.editor.detail is not None
                    and page.editor.detail.id == meeting_id, timeout=10000)
    editor = page.editor
    with ctx.db.uow() as uow:
        names = [p.person.name for p in uow.session.query(Participant).filter_by(meeting_id=meeting_id)]
    for kind in ("会议通知", "签到表"):
        before = previews(editor)
        shown: list[str] = []
        when_popup(lambda menu, k=kind: clerk.click_menu(menu, k), shown)
        clerk.key(editor.focusWidget() or editor, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
        preview = shown_preview(qtbot, editor, before)
        assert shown == ["menu"]
        text = pdf_text(preview.pdf)
        assert TITLE in text, kind
        missing = [n for n in names if n not in text]
        assert not missing, f"{kind} lacks {missing}"
        assert messages[-1].startswith(f"{kind}已生成") and "可预览打印" in messages[-1], messages[-2:]
        clerk.key(preview, Qt.Key.Key_Escape)
        assert closed(preview)
        clerk.reactivate(editor)  # the desktop gives the keyboard back to the editor
    clerk.click(editor.findChild(QWidget, "close_meeting"))

    handouts = clerk.go(window, "handouts")
    wait_idle(qtbot, ctx)
    clerk.key(handouts.list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: 新建明白纸
    editor = handouts.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title)  # a button's shortcut animates its click
    assert editor.handout_id is None and editor.title.text() == ""
    clerk.type(editor.title, HANDOUT)
    qtbot.waitUntil(lambda: editor.meeting.findData(meeting_id) >= 0, timeout=10000)
    clerk.choose(editor.meeting, editor.meeting.itemText(editor.meeting.findData(meeting_id)))
    clerk.click(editor.tasks)
    clerk.type(editor.tasks, "各乡镇开展一次安全隐患大排查")
    clerk.key(editor.tasks, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: editor.handout_id is not None, timeout=10000)
    assert any(HANDOUT in m and "已保存" in m for m in messages[-3:]), messages[-3:]
    before = previews(handouts)
    clerk.key(editor.tasks, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    preview = shown_preview(qtbot, handouts, before)
    text = pdf_text(preview.pdf)
    assert HANDOUT in text and "安全隐患大排查" in text
    clerk.key(preview, Qt.Key.Key_Escape)
    assert closed(preview)


# ---------------------------------------------------------------- 4. 周安排 and the .ics


def check_and_export_the_week(qtbot, ctx, clerk: Clerk, window, messages, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = clerk.go(window, "week")
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.view is not None, timeout=10000)
    assert page.view.iso_week == 48
    column = next(c for c in range(page.grid.columnCount()) if page.grid.horizontalHeaderItem(c).text().startswith("周三"))
    cells = [page.grid.text_at(r, column) for r in range(page.grid.rowCount())]
    assert any(TITLE in c for c in cells), cells
    others = [page.grid.text_at(r, c) for r in range(page.grid.rowCount()) for c in range(7) if c != column]
    assert not any(TITLE in c for c in others)

    target = tmp_path / "本周会议.ics"
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, proposed, filters, *a, **k: (asked.append(proposed) or str(target), ""))
    shown: list[str] = []
    when_popup(lambda menu: clerk.click_menu(menu, "导出本周"), shown)
    clerk.click(page.export_button)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    wait_idle(qtbot, ctx)
    assert shown == ["menu"] and asked[0].endswith("W48.ics")
    qtbot.waitUntil(lambda: target.exists() and any("导出" in m for m in messages[-2:]), timeout=10000)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = [e for e in calendar.walk("VEVENT") if str(e.get("SUMMARY")) == TITLE]
    assert len(events) == 1
    starts = events[0].decoded("DTSTART")
    assert starts.astimezone(ctx.settings.tz()).strftime("%Y-%m-%d %H:%M") == START


# ---------------------------------------------------------------- 5. sign-in by keyboard


def sign_in(qtbot, ctx, clerk: Clerk, window, messages, meeting_id, on_leave, extra) -> None:  # type: ignore[no-untyped-def]
    leave_person, _name, _initials = on_leave
    tz = ctx.settings.tz()
    ctx.clock.set(dt.datetime.combine(DAY, dt.time(8, 45), tzinfo=tz))  # Wednesday morning, at the door
    page = clerk.go(window, "signin")
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: page.meeting is not None and page.meeting.id == meeting_id, timeout=10000)
    assert page.focusWidget() is page.input
    rows = list(page.index.rows)
    expected = page.counters.expected
    assert page.counters.leave == 1 and page.counters.present == 0
    present = [r for r in rows if r.state != Attendance.LEAVE]
    first = present[0]
    by_initials = [r for r in present[1:] if r.pinyin_initials.isalpha() and page.index.lookup(r.pinyin_initials)
                   == [page.index.position[r.participant_id]]][:2]
    assert len(by_initials) == 2
    clerk.type(page.input, str(first.seq))  # by number
    clerk.key(page.input, Qt.Key.Key_Return)
    clerk.type(page.input, by_initials[0].pinyin_initials)  # by pinyin initials
    clerk.key(page.input, Qt.Key.Key_Return)

    leave_row = next(r for r in rows if r.person_id == leave_person)
    asked: list[str] = []
    defaults: list[str] = []

    def keep(box: Any) -> None:
        defaults.append(box.defaultButton().text())
        clerk.reactivate(box)  # a desktop gives a new modal the keyboard; the offscreen platform may lag
        qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()))
        clerk.key(QApplication.focusWidget(), Qt.Key.Key_Return)  # typing fast: Enter again

    when_modal(qtbot, keep, asked, "leave_question")
    clerk.type(page.input, str(leave_row.seq))
    clerk.key(page.input, Qt.Key.Key_Return)
    assert asked == ["leave_question"] and defaults == ["保持请假"]
    assert "仍为请假" in page.feedback.text()
    assert page.focusWidget() is page.input and page.input.text() == ""

    clerk.type(page.input, by_initials[1].pinyin_initials)
    clerk.key(page.input, Qt.Key.Key_Return)
    wait_idle(qtbot, ctx)
    c = page.counters
    assert (c.expected, c.present, c.leave) == (expected, 3, 1)
    assert page.counter_labels["present"].text() == "3"
    assert page.counter_labels["leave"].text() == "1"
    assert any(m.startswith("已签到") for m in messages[-3:]), messages[-3:]
    signed = {first.person_id, by_initials[0].person_id, by_initials[1].person_id}
    with ctx.db.uow() as uow:
        states = {p.person_id: p.attendance for p in uow.session.query(Participant).filter_by(meeting_id=meeting_id)}
        status = uow.session.get(Meeting, meeting_id).status
    assert {pid for pid, s in states.items() if s == Attendance.PRESENT} == signed
    assert states[leave_person] == Attendance.LEAVE
    assert status == MeetingStatus.IN_PROGRESS
    assert extra  # the two added by pinyin are on the roster
    assert {p.id for p in extra} <= {r.person_id for r in rows}
