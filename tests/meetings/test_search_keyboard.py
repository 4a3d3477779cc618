"""The meetings page by keyboard: pinyin search, Down/Enter into the results, a new meeting on a working day."""

from __future__ import annotations

from PySide6.QtCore import Qt

from huiwu.services.holidays import work_calendar
from tests.conftest import wait_idle
from ui.widgets.dates import from_qdt


def _page(qtbot, ctx):  # type: ignore[no-untyped-def]
    from ui.pages.meetings import MeetingsPage

    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, ctx)
    page.week.setCurrentIndex(0)  # every week
    page.status.setCurrentIndex(0)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # 查找: into the search box
    assert page.focusWidget() is page.search
    return page


def _titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.list.proxy.row_at(i).title for i in range(page.list.proxy.rowCount())]


def test_pinyin_initials_find_the_meeting_and_down_enter_opens_it(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    qtbot.keyClicks(page.search, "slfh")  # 森林防火
    titles = _titles(page)
    assert titles and set(titles) == {r.title for r in page.rows if "森林防火" in r.title}
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.list.current_row() is not None and page.list.current_row().title == titles[0]
    assert page.focusWidget() is page.list.view
    qtbot.keyClick(page.list.view, Qt.Key.Key_Return)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible(), timeout=5000)
    assert page.editor.title.text() == titles[0]
    page.editor.close()


def test_enter_in_the_search_box_reaches_the_results_and_up_goes_back(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    qtbot.keyClicks(page.search, "changwu")
    assert _titles(page) and all("常务" in t for t in _titles(page))
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.focusWidget() is page.list.view and page.list.current_row() is not None
    qtbot.keyClick(page.list.view, Qt.Key.Key_Up)
    assert page.focusWidget() is page.search


def test_a_new_meeting_starts_on_the_next_working_day(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    page.new()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    start = from_qdt(page.editor.starts.dateTime(), gui_ctx.settings.tz())
    with gui_ctx.db.uow() as uow:
        calendar = work_calendar(uow)
    today = gui_ctx.today()
    assert start.date() == calendar.add_workdays(today, 1) and start.hour == 9
    assert calendar.is_workday(start.date())
    page.editor.dirty = False
    page.editor.close()


def test_enter_in_the_editor_adds_a_person_and_never_saves(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.models import Meeting

    page = _page(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        before = uow.session.query(Meeting).count()
    page.new()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.editor is not None, timeout=5000)
    editor = page.editor
    editor.title.setText("全县冬季安全生产工作会议")
    person = next(p for p in editor.refs.people if len(p.pinyin_initials) >= 3
                  and sum(q.pinyin_initials == p.pinyin_initials for q in editor.refs.people) == 1)
    qtbot.keyClicks(editor.search, person.pinyin_initials)
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    wait_idle(qtbot, gui_ctx)
    assert [p.person_id for p in editor.participants] == [person.id]
    with gui_ctx.db.uow() as uow:
        assert uow.session.query(Meeting).count() == before  # Enter added a person; it did not save
    editor.save()
    editor.save()  # a second Ctrl+S while the first is on the worker
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        assert uow.session.query(Meeting).filter(Meeting.title == "全县冬季安全生产工作会议").count() == 1
    editor.dirty = False
    editor.close()
