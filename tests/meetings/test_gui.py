from __future__ import annotations

import datetime as dt

from tests.conftest import wait_idle


def test_plan_a_meeting_from_the_gui(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.meetings.action_dialogs import ActionDialog
    from ui.pages.actions import ActionsPage
    from ui.pages.dashboard import DashboardPage
    from ui.pages.meetings import MeetingsPage
    from ui.widgets.dates import to_qdt

    ctx = gui_ctx
    messages: list[str] = []
    ctx.events.status_message.connect(messages.append)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    assert page.rows and page.list.proxy.rowCount() > 20
    page.new()
    wait_idle(qtbot, ctx)
    editor = page.editor
    assert editor is not None
    start = (ctx.local_now() + dt.timedelta(days=1)).replace(hour=9, minute=0, second=0, microsecond=0)
    editor.title.setText("全县冬季安全生产工作会议")
    editor.kind.setCurrentIndex(editor.kind.findData("plenary"))
    editor.starts.setDateTime(to_qdt(start))
    assert editor.meeting_minutes() == 120
    group_index = next(i for i in range(editor.group_pick.count()) if editor.group_pick.itemText(i).startswith("县政府领导班子"))
    editor.group_pick.setCurrentIndex(group_index)
    editor.add_group()
    assert len(editor.participants) == 8
    editor.add_group()  # the same group again: reported, not added twice
    assert len(editor.participants) == 8 and "不再重复添加" in messages[-1]
    editor.search.setText("县长")
    editor.add_topic()
    editor.agenda.item(0, 0).setText("部署冬季安全生产工作")
    editor.save()
    wait_idle(qtbot, ctx)
    assert editor.detail is not None and editor.detail.title == "全县冬季安全生产工作会议"
    assert len(editor.detail.participants) == 8 and len(editor.detail.agenda) == 1
    assert messages[-1].startswith("已保存")
    editor.change_status("scheduled")
    wait_idle(qtbot, ctx)
    editor.change_status("notified")
    wait_idle(qtbot, ctx)
    assert editor.detail.status == "notified" and editor.detail.sequence == 2
    # tick the first two checklist items
    tab = editor.checklist_tab
    wait_idle(qtbot, ctx)
    assert tab.model.rowCount() > 10
    for row in (0, 1):
        tab.view.selectRow(row)
        tab.toggle()
        wait_idle(qtbot, ctx)
    assert sum(1 for r in tab.model.rows() if r.done) == 2
    assert tab.model.rows()[0].done_by == "测试员"
    # record a decision
    editor.tabs.setCurrentWidget(editor.actions_tab)
    editor.actions_tab.new()
    dialog = editor.actions_tab.findChild(ActionDialog)
    assert dialog is not None
    dialog.text.setPlainText("各乡镇开展安全隐患大排查")
    dialog.has_deadline.setChecked(True)
    dialog.deadline.setDate(dialog.deadline.date().addDays(-30))  # already overdue
    dialog._try_accept()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert [r.text for r in editor.actions_tab.model.rows()] == ["各乡镇开展安全隐患大排查"]
    editor.history_tab.reload()
    wait_idle(qtbot, ctx)
    actions = [r.action for r in editor.history_tab.model.rows()]
    assert {"create", "status", "done"} <= set(actions)
    meeting_id = editor.detail.id
    editor.dirty = False
    editor.close()
    # the dashboard shows them
    dash = DashboardPage(ctx)
    qtbot.addWidget(dash)
    wait_idle(qtbot, ctx)
    assert dash.data is not None
    assert any(m.id == meeting_id and m.checklist_done == 2 for m in dash.data.upcoming)
    assert any(i.meeting_id == meeting_id for i in dash.data.due_items)
    assert any(a.meeting_id == meeting_id for a in dash.data.overdue_actions)
    opened: list[tuple[str, object]] = []
    ctx.events.open_requested.connect(lambda key, target: opened.append((key, target)))
    due_row = next(i for i in range(dash.due.proxy.rowCount()) if dash.due.proxy.row_at(i).meeting_id == meeting_id)
    dash.due.view.selectRow(due_row)
    item = dash.due.current_row()
    dash.tick()
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert all(i.id != item.id for i in dash.data.due_items)
    dash.due.view.selectRow(0)
    dash.open_due_meeting()
    assert opened[-1] == ("meetings", dash.due.current_row().meeting_id)
    dash.decisions.activated.emit(dash.data.overdue_actions[0])
    assert opened[-1] == ("actions", dash.data.overdue_actions[0].id)
    # and the 督办 page
    acts = ActionsPage(ctx)
    qtbot.addWidget(acts)
    wait_idle(qtbot, ctx)
    mine = next(r for r in acts.rows if r.meeting_id == meeting_id)
    acts.open_target(mine.id)
    assert acts.list.current_row().id == mine.id
    acts.overdue.setChecked(True)
    assert acts.list.proxy.rowCount() >= 1


def test_meetings_page_filters_and_deleted(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.pages.meetings import DELETED, MeetingsPage

    ctx = gui_ctx
    with ctx.db.uow() as uow:
        row = svc.list_meetings(uow, status="scheduled")[0]
        svc.delete_meeting(uow, row.id, row.version)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, ctx)
    total = page.list.proxy.rowCount()
    page.kind.setCurrentIndex(page.kind.findData("standing"))
    assert 0 < page.list.proxy.rowCount() < total
    page.kind.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData(DELETED))
    assert [page.list.proxy.row_at(i).id for i in range(page.list.proxy.rowCount())] == [row.id]
    page.open_target(row.id)
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert page.editor is not None and page.editor.detail.deleted
    page.editor.delete_meeting()  # restores a deleted meeting
    wait_idle(qtbot, ctx)
    wait_idle(qtbot, ctx)
    assert not page.editor.detail.deleted
    page.editor.close()


def test_agenda_reorder_by_keyboard_and_drag(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
    editor = MeetingEditor(gui_ctx, refs, None)
    qtbot.addWidget(editor)
    for title, minutes in (("甲", 60), ("乙", 50), ("丙", 30)):
        editor.add_topic()
        editor.agenda.item(editor.agenda.rowCount() - 1, 0).setText(title)
        editor.agenda.item(editor.agenda.rowCount() - 1, 3).setData(2, minutes)
    assert "140" in editor.agenda_total.text() and "120" in editor.agenda_total.text()
    editor.agenda.setCurrentCell(2, 0)
    editor.move_topic(-1)
    assert [a.title for a in editor.agenda_inputs()] == ["甲", "丙", "乙"]
    editor.agenda.verticalHeader().moveSection(0, 2)  # drag 甲 to the end
    assert [a.title for a in editor.agenda_inputs()] == ["丙", "乙", "甲"]
    assert [a.minutes for a in editor.agenda_inputs()] == [30, 50, 60]
    editor.dirty = False


def test_agenda_keeps_attending_units_and_confidential_and_clashes_show(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Saving from the editor keeps each 议题's 列席单位 and 涉密 flag; a double-booked room shows before and
    after saving, in the words 周安排 uses."""

    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    ctx = gui_ctx
    with ctx.db.uow() as uow:
        refs = load_refs(uow)
        other = next(m for m in svc.list_meetings(uow, week="2026-W48") if m.venue_name and m.status != "cancelled")
        detail = svc.get_meeting(uow, other.id)
    editor = MeetingEditor(ctx, refs, None)
    qtbot.addWidget(editor)
    try:
        _double_book(qtbot, ctx, editor, refs, detail, monkeypatch)
    finally:
        editor.dirty = False  # never ask "discard changes?" when the test ends


def _double_book(qtbot, ctx, editor, refs, detail, monkeypatch) -> None:  # type: ignore[no-untyped-def]

    from huiwu.services import week
    from ui.widgets.dates import to_qdt

    editor.title.setText("临时碰头会")
    editor.starts.setDateTime(to_qdt(detail.starts_at))
    editor.venue.setCurrentIndex(editor.venue.findData(detail.venue_id))
    qtbot.waitUntil(lambda: "同时被" in editor.warnings.text(), timeout=5000)  # before saving
    assert "按当前填写保存" in editor.warnings.text() and detail.title in editor.warnings.text()
    editor.add_topic()
    editor.agenda.item(0, 0).setText("研究校舍改造")
    units = [u.id for u in refs.units[:2]]
    monkeypatch.setattr(editor, "choose_attending_units",
                        lambda row: editor.agenda.setItem(row, 4, editor._attending_item(tuple(units))))
    editor.choose_attending_units(0)
    level = editor.agenda.cellWidget(0, 5)
    assert [level.itemText(i) for i in range(level.count())] == ["无", "秘密", "机密", "绝密"]
    level.setCurrentIndex(level.findData("secret_jimi"))
    editor.agenda.item(0, 6).setText("5年")
    editor.save()
    wait_idle(qtbot, ctx)
    assert editor.detail is not None
    saved = editor.detail
    assert saved.agenda[0].attending_unit_ids == tuple(units) and saved.agenda[0].confidential
    assert (saved.agenda[0].secrecy_level, saved.agenda[0].secrecy_term) == ("secret_jimi", "5年")
    with ctx.db.uow() as uow:
        clashes = [c.message for c in week.week_view(uow, 2026, 48).conflicts if saved.id in c.meeting_ids]
    assert clashes and all(c in editor.warnings.text() for c in clashes)  # after saving, the same words
    assert set(saved.clashes) == set(clashes)
    editor.save()  # saving again without touching the agenda keeps both
    wait_idle(qtbot, ctx)
    assert editor.detail.agenda[0].attending_unit_ids == tuple(units) and editor.detail.agenda[0].confidential
    assert editor.detail.agenda[0].secrecy_level == "secret_jimi"  # kept through a save of something else
