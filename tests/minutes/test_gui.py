"""The editor's 纪要 tab, offscreen over the demo office: the draft from the record with its 出席/请假 lines and
live preview, edit and save, a decision made a 督办 item from the tab (the 督办 page then says where it came
from), 送审 → 签发 → 印发, a revision asking its reason, and printing from the tab and from the print menu."""

from __future__ import annotations

import os
import re

from sqlalchemy import delete, select

from huiwu.models import ActionItem, Minutes, MinutesState
from huiwu.services import actions
from tests.conftest import wait_idle

SHOTS = os.environ.get("HUIWU_SHOTS", "")  # a folder to keep the tab's picture in (looked at by hand)


def _editor(qtbot, gui_ctx):  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W47") if m.kind == "standing")
        # the demo office has written this meeting's 纪要 (huiwu.demo_minutes): start again from the record
        uow.session.execute(delete(Minutes).where(Minutes.meeting_id == row.id))
        uow.commit()
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.resize(1300, 720)
    editor.show()
    wait_idle(qtbot, gui_ctx)
    editor.tabs.setCurrentWidget(editor.minutes_tab)
    return editor, detail


def _settle(qtbot, gui_ctx, tab) -> None:  # type: ignore[no-untyped-def]
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: not tab.preview_pending, timeout=10000)
    wait_idle(qtbot, gui_ctx)


def test_the_minutes_tab_drafts_edits_links_and_signs(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    editor, detail = _editor(qtbot, gui_ctx)
    tab = editor.minutes_tab
    _settle(qtbot, gui_ctx, tab)
    assert tab.view is not None and not tab.view.saved
    assert editor.tabs.tabText(editor.tabs.indexOf(tab)) == "纪要"
    assert tab.title.text() == "县政府第47次常务会议纪要"
    assert "出席：" in tab.lines.text() and "请假：" in tab.lines.text()
    assert tab.parts.count() == len(detail.agenda) and tab.preview_pdf.startswith(b"%PDF")
    assert tab.pages_layout.count() >= 2  # at least one page image, and the stretch
    # edit: a decision added to the third part, then saved (numbered now)
    tab.parts.setCurrentRow(2)
    tab.buttons["add_decision"].click()
    item = tab.decisions.item(tab.decisions.count() - 1)
    item.setText("由县公安局会同县住建局修改完善后印发实施")
    assert tab.dirty and not tab.buttons["submit"].isEnabled()
    _settle(qtbot, gui_ctx, tab)
    tab.reload()  # the editor reloads its tabs after a save of the meeting: unsaved edits stay
    _settle(qtbot, gui_ctx, tab)
    assert tab.dirty and tab.sections[2].decisions[-1].text == "由县公安局会同县住建局修改完善后印发实施"
    tab.buttons["save"].click()
    _settle(qtbot, gui_ctx, tab)
    assert tab.view.saved and not tab.dirty and re.fullmatch(r"〔2026〕\d+号", tab.view.number_text)
    assert "起草" in tab.state.text()
    # the new decision becomes a 督办 item, in one step from the tab
    tab.parts.setCurrentRow(2)
    tab.decisions.setCurrentRow(tab.decisions.count() - 1)
    assert tab.buttons["to_action"].isEnabled()
    tab.buttons["to_action"].click()
    dialog = tab.action_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.unit.setCurrentIndex(dialog.unit.findText("县公安局"))
    dialog._try_accept()
    _settle(qtbot, gui_ctx, tab)
    linked = tab.view.sections[2].decisions[-1]
    assert linked.action_item_id is not None and linked.action_text.startswith("督办：县公安局")
    with gui_ctx.db.uow() as uow:
        item_row = uow.session.scalars(select(ActionItem).where(ActionItem.id == linked.action_item_id)).one()
        assert item_row.meeting_id == detail.id
        assert actions.get_action(uow, linked.action_item_id).source == linked.ref
    assert linked.ref.startswith(f"纪要{tab.view.number_text} 三、（")
    if SHOTS:
        editor.grab().save(os.path.join(SHOTS, "minutes_tab.png"))
    # the 督办 page says where the item came from
    from ui.pages.actions import ActionsPage

    page = ActionsPage(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    page.open_target(linked.action_item_id)
    qtbot.waitUntil(lambda: f"出自纪要：{linked.ref}" in page.detail.text(), timeout=5000)
    # 送审 → 签发 → 印发 from the buttons
    for step, state in (("submit", MinutesState.REVIEW), ("sign", MinutesState.SIGNED)):
        assert tab.buttons[step].isEnabled()
        tab.buttons[step].click()
        _settle(qtbot, gui_ctx, tab)
        assert tab.view.state == state
    assert "已签发" in tab.state.text() and tab.view.signed_by
    # a signed 纪要: saving a change asks why, and records a revision
    tab.parts.setCurrentRow(0)
    tab.body.setPlainText("会议原则同意调整方案，请县财政局按程序报批。")
    tab.buttons["save"].click()
    assert tab.reason_dialog is not None and tab.reason_dialog.isVisible()
    tab.reason_dialog.setTextValue("主持人审签时修改")
    tab.reason_dialog.accept()
    _settle(qtbot, gui_ctx, tab)
    assert tab.view.revision == 1 and not tab.dirty
    tab.buttons["issue"].click()
    _settle(qtbot, gui_ctx, tab)
    assert tab.view.state == MinutesState.ISSUED and "印发" in tab.state.text()
    # printing: the tab's button and the editor's print menu both preview the 纪要
    import ui.printing

    opened: list[object] = []
    real = ui.printing.preview_pdf

    def spy(ctx, parent, title, use_case, on_opened=None):  # type: ignore[no-untyped-def]
        return real(ctx, parent, title, use_case, on_opened=lambda d: opened.append(d))

    monkeypatch.setattr(ui.printing, "preview_pdf", spy)
    monkeypatch.setattr(editor, "ask_copies", lambda default: 2)  # the demo's 常务会议 has a 秘密 议题
    tab.buttons["print"].click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=10000)
    editor.print_menu()
    from PySide6.QtGui import QAction

    action = editor._print_menu.findChild(QAction, "print_minutes")
    assert action is not None
    action.trigger()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=10000)
    for d in opened:
        assert d.page_count >= 2 and d.windowTitle().endswith("会议纪要")  # type: ignore[attr-defined]
        d.close()  # type: ignore[attr-defined]
    editor._print_menu.close()
    editor.dirty = False
