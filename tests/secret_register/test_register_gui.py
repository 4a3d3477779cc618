"""The editor's 涉密材料 tab and the 回收 screen, offscreen over the demo's 涉密 常务会议 (huiwu.demo_secret):
scan a copy number, Enter — the big line names whose copy it was and the list of what is out shrinks; an
unknown or already returned number is refused in red; the last return undone; a material registered from
the tab numbers its copies to the participants; the tab is disabled for a meeting with nothing 涉密."""

from __future__ import annotations

import os

from huiwu.demo_secret import add_demo_secret
from huiwu.services import secret_register as svc
from tests.conftest import wait_idle

SHOTS = os.environ.get("HUIWU_SHOTS")  # a folder: save the screens there to look at them


def _editor(qtbot, gui_ctx, meeting_id: int):  # type: ignore[no-untyped-def]
    from huiwu.services import meetings
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        detail = meetings.get_meeting(uow, meeting_id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.resize(1280, 700)
    editor.show()
    wait_idle(qtbot, gui_ctx)
    return editor


def _demo(gui_ctx) -> int:  # type: ignore[no-untyped-def]
    with gui_ctx.db.uow() as uow:
        made = add_demo_secret(uow)
    assert made.meeting_id is not None
    return made.meeting_id


def test_the_return_screen_ticks_copies_back_by_number(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    mid = _demo(gui_ctx)
    editor = _editor(qtbot, gui_ctx, mid)
    tab = editor.register_tab
    assert editor.tabs.isTabEnabled(editor.tabs.indexOf(tab))
    editor.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, gui_ctx)
    assert tab.model.rowCount() == 16 and "未收回 2 份" in tab.summary.text()
    if SHOTS:
        tab.grab().save(os.path.join(SHOTS, "register_tab.png"))
    tab.open_return()
    dialog = tab.return_dialog
    assert dialog is not None and dialog.isVisible()
    with gui_ctx.db.uow() as uow:
        out = svc.register_view(uow, mid).out
    assert dialog.material_id() == out[0].material_id  # the material with copies out
    assert dialog.out.topLevelItemCount() == 1 and out[0].name in dialog.out.topLevelItem(0).child(0).text(0)
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "register_return_before.png"))
    qtbot.keyClicks(dialog.code, out[0].number)  # as a scanner types it
    qtbot.keyClick(dialog.code, "\r")
    assert dialog.code.text() == ""  # cleared at once: the next scan may come
    wait_idle(qtbot, gui_ctx)
    assert dialog.answer.text().startswith("✔") and out[0].name in dialog.answer.text()
    assert "1 still out" in dialog.counts.text() or "仍有 1 份" in dialog.counts.text()
    qtbot.keyClicks(dialog.code, out[0].number)  # the same copy again
    qtbot.keyClick(dialog.code, "\r")
    wait_idle(qtbot, gui_ctx)
    assert dialog.answer.text().startswith("✘") and "已于" in dialog.answer.text()
    qtbot.keyClicks(dialog.code, "999")
    qtbot.keyClick(dialog.code, "\r")
    wait_idle(qtbot, gui_ctx)
    assert "没有份号 000999" in dialog.answer.text()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "register_return_refused.png"))
    qtbot.keyClicks(dialog.code, out[1].number)
    qtbot.keyClick(dialog.code, "\r")
    wait_idle(qtbot, gui_ctx)
    assert dialog.out.topLevelItemCount() == 0
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "register_return_done.png"))
    dialog.undo_last()
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        assert [c.code for c in svc.register_view(uow, mid).out] == [out[1].code]
    dialog.close()
    wait_idle(qtbot, gui_ctx)


def test_a_material_registered_from_the_tab(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    mid = _demo(gui_ctx)
    editor = _editor(qtbot, gui_ctx, mid)
    tab = editor.register_tab
    editor.tabs.setCurrentWidget(tab)
    wait_idle(qtbot, gui_ctx)
    tab.add_material()
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    if SHOTS:
        dialog.grab().save(os.path.join(SHOTS, "register_add.png"))
    dialog.title.setEditText("预算调整情况说明")  # type: ignore[attr-defined]
    dialog.accept()
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        view = svc.register_view(uow, mid)
    added = view.materials[-1]
    assert added.title == "预算调整情况说明" and added.level_label == "秘密" and added.agenda_title
    assert len(added.copies) == len(view.materials[0].copies)
    assert tab.model.rowCount() == len(view.copies)
    tab.material.setCurrentIndex(tab.material.findData(added.id))
    tab.issue()
    wait_idle(qtbot, gui_ctx)
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        assert svc.register_view(uow, mid).totals.out == 2 + len(added.copies)
    opened = []
    tab.print_copies()
    assert tab.dialog is not None and tab.dialog.kind.currentData() == "notice"  # type: ignore[attr-defined]
    from ui import printing

    original = printing.preview_document
    printing.preview_document = lambda *a, **k: opened.append((a, k)) or 0  # type: ignore[assignment]
    try:
        tab.dialog.accept()
    finally:
        printing.preview_document = original  # type: ignore[assignment]
    assert opened and opened[0][1] == {"material_id": added.id}
    editor.dirty = False


def test_the_tab_is_off_for_a_meeting_with_nothing_classified(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services import meetings

    with gui_ctx.db.uow() as uow:
        row = next(m for m in meetings.list_meetings(uow, week="2026-W48") if m.kind == "dispatch")
    editor = _editor(qtbot, gui_ctx, row.id)
    assert not editor.tabs.isTabEnabled(editor.tabs.indexOf(editor.register_tab))
    editor.dirty = False


def test_the_register_and_the_copies_print_from_the_editor(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    import ui.printing

    mid = _demo(gui_ctx)
    editor = _editor(qtbot, gui_ctx, mid)
    opened: list = []
    real_pdf, real_doc = ui.printing.preview_pdf, ui.printing.preview_document
    monkeypatch.setattr(ui.printing, "preview_pdf",
                        lambda ctx, parent, title, use_case: real_pdf(ctx, parent, title, use_case, opened.append))
    monkeypatch.setattr(ui.printing, "preview_document",
                        lambda ctx, parent, kind, m, **o: real_doc(ctx, parent, kind, m, opened.append, **o))
    editor.print_menu()
    action = editor._print_menu.findChild(QAction, "print_register")
    assert action is not None
    action.trigger()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    assert opened[0].page_count >= 1
    if SHOTS:
        opened[0].grab().save(os.path.join(SHOTS, "register_preview.png"))
    tab = editor.register_tab
    tab.material.setCurrentIndex(1)
    tab.print_copies()
    tab.dialog.kind.setCurrentIndex(tab.dialog.kind.findData("agenda"))  # type: ignore[union-attr]
    tab.dialog.accept()  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    assert opened[1].page_count == 8  # one page of 议程 per registered copy
    for dialog in opened:
        dialog.close()
    editor.dirty = False
