"""会议申报 on the 周安排 page, offscreen over the demo office (now: Monday 2026-11-23, W48): a request typed
in for next week is on time, one for this week is late; accepting shows the clashes first and makes the
meeting; declining needs a reason."""

from __future__ import annotations

from sqlalchemy import select

from huiwu.models import Meeting, MeetingRequest, Person, RequestState
from tests.conftest import wait_idle


def _rows(panel):  # type: ignore[no-untyped-def]
    return [panel.list.item(i).data(256) for i in range(panel.list.count())]


def _file(qtbot, gui_ctx, panel, title: str, people: list[int]) -> None:  # type: ignore[no-untyped-def]
    from ui.week.requests import RequestDialog

    panel.new_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, RequestDialog) and panel.dialog.isVisible(), timeout=5000)
    dialog = panel.dialog
    dialog.title_edit.setText(title)
    for pid in people:
        dialog._add_person(pid)
    assert dialog.invitees.count() == len(people) and dialog.person_pick.text() == ""
    dialog.requested_by.setText("农业农村局 王五 13900000000")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)


def test_requests_tab_files_accepts_and_declines(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.pages import week as page_module
    from ui.week.requests import AcceptDialog

    with gui_ctx.db.uow() as uow:
        people = list(uow.session.scalars(select(Person.id).order_by(Person.id).limit(3)))
        before = {r.id for r in uow.session.scalars(select(MeetingRequest))}
    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1280, 680)
    page.show()
    wait_idle(qtbot, gui_ctx)
    panel = page.requests
    page.side.setCurrentWidget(panel)

    page.open_target((2026, 49))  # next week: its cut-off is Friday 27 November 15:00, still ahead
    wait_idle(qtbot, gui_ctx)
    known = len(_rows(panel))
    _file(qtbot, gui_ctx, panel, "冬季农田水利建设推进会", people)
    rows = _rows(panel)
    assert len(rows) == known + 1
    mine = next(r for r in rows if r.title == "冬季农田水利建设推进会")
    assert not mine.late and mine.pending and "11月27日（周五）15:00" in panel.summary.text()
    assert page.side.tabText(page.side.indexOf(panel)).startswith("Requests") or "申报" in page.side.tabText(
        page.side.indexOf(panel))

    page.open_target((2026, 48))  # this week: its cut-off has passed, the request is marked late
    wait_idle(qtbot, gui_ctx)
    _file(qtbot, gui_ctx, panel, "临时增加的调度会", people[:2])
    late = next(r for r in _rows(panel) if r.title == "临时增加的调度会")
    assert late.late

    page.open_target((2026, 49))
    wait_idle(qtbot, gui_ctx)
    panel.list.setCurrentRow(next(i for i, r in enumerate(_rows(panel)) if r.title == "冬季农田水利建设推进会"))
    assert panel.accept_button.isEnabled()
    panel.accept_button.click()
    qtbot.waitUntil(lambda: isinstance(panel.dialog, AcceptDialog) and panel.dialog.isVisible(), timeout=5000)
    accept = panel.dialog
    clash_text = accept.findChild(type(panel.detail), "request_accept_clashes").text()
    assert clash_text  # the clashes (or that there are none) are shown before anything is made
    accept.buttons.button(accept.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        r = uow.session.scalars(select(MeetingRequest).where(MeetingRequest.title == "冬季农田水利建设推进会")).one()
        assert r.state == RequestState.ACCEPTED and r.meeting_id is not None
        m = uow.session.get(Meeting, r.meeting_id)
        assert m is not None and {p.person_id for p in m.participants} == set(people)
        accepted_id, meeting_id = r.id, m.id
    assert any(i.meeting_id == meeting_id for i in page.view.items)  # it is on the week now

    page.open_target((2026, 48))
    wait_idle(qtbot, gui_ctx)
    panel.list.setCurrentRow(next(i for i, r in enumerate(_rows(panel)) if r.title == "临时增加的调度会"))
    panel.decline_button.click()
    qtbot.waitUntil(lambda: panel.dialog is not None and panel.dialog.isVisible(), timeout=5000)
    panel.dialog.setTextValue("本周安排已满，请改下周申报")
    panel.dialog.accept()
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        declined = uow.session.scalars(select(MeetingRequest).where(MeetingRequest.title == "临时增加的调度会")).one()
        assert (declined.state, declined.decline_reason) == (RequestState.DECLINED, "本周安排已满，请改下周申报")
        assert {r.id for r in uow.session.scalars(select(MeetingRequest))} - before == {accepted_id, declined.id}
    assert not panel.accept_button.isEnabled()  # a decided request is not decided again


def test_settings_set_the_cutoff_the_requests_tab_applies(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    import json
    from pathlib import Path

    from PySide6.QtCore import QTime
    from PySide6.QtWidgets import QPushButton

    from huiwu.settings import settings_path
    from ui.main_window import MainWindow

    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.open_page("settings")
    page = window.page("settings")
    assert page.cutoff_day.currentText() == "周五" and page.cutoff_time.time() == QTime(15, 0)
    page.cutoff_day.setCurrentIndex(page.cutoff_day.findData(4))
    page.cutoff_time.setTime(QTime(12, 0))
    page.findChild(QPushButton, "save_settings").click()
    saved = json.loads(Path(settings_path()).read_text(encoding="utf-8"))
    assert (saved["request_cutoff_weekday"], saved["request_cutoff_time"]) == (4, "12:00")
    assert (gui_ctx.settings.request_cutoff_weekday, gui_ctx.settings.request_cutoff_time) == (4, "12:00")
    window.open_page("week", (2026, 49, "requests"))
    week_page = window.page("week")
    wait_idle(qtbot, gui_ctx)
    assert week_page.side.currentWidget() is week_page.requests
    assert "11月26日（周四）12:00" in week_page.requests.summary.text()
    Path(settings_path()).unlink()
