"""The meeting editor's 密级: 公开/内部/秘密/机密/绝密 from the model's label table, and a 保密期限 that is
only open for the three 密级 (offscreen, zh_CN loaded)."""

from __future__ import annotations

from tests.conftest import wait_idle


def test_the_editor_offers_the_levels_and_a_term_only_for_state_secrets(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    ctx = gui_ctx
    with ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W48") if m.status != "cancelled")
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(ctx, refs, detail)
    qtbot.addWidget(editor)
    try:
        combo, term = editor.confidentiality, editor.secrecy_term
        assert [combo.itemText(i) for i in range(combo.count())] == ["公开", "内部", "秘密", "机密", "绝密"]
        assert editor.secrecy_term_label.text() == "保密期限"
        for code, enabled in (("public", False), ("internal", False), ("secret_mimi", True),
                              ("secret_jimi", True), ("secret_juemi", True)):
            combo.setCurrentIndex(combo.findData(code))
            assert term.isEnabled() is enabled and editor.secrecy_term_label.isEnabled() is enabled, code
        combo.setCurrentIndex(combo.findData("secret_jimi"))
        qtbot.keyClicks(term, "5")  # typed (keyClicks cannot type Chinese offscreen), then the rest
        term.insert("年")
        assert editor.dirty
        editor.save()
        wait_idle(qtbot, ctx)
        assert editor.detail is not None
        assert (editor.detail.confidentiality, editor.detail.secrecy_term) == ("secret_jimi", "5年")
        editor.fill(editor.detail)  # reopened: the term is shown, and open
        assert term.text() == "5年" and term.isEnabled()
        combo.setCurrentIndex(combo.findData("internal"))  # 内部 is no 密级: the term greys out and is not saved
        assert not term.isEnabled() and editor.meeting_input().secrecy_term == ""
        editor.save()
        wait_idle(qtbot, ctx)
        assert (editor.detail.confidentiality, editor.detail.secrecy_term) == ("internal", "")
    finally:
        editor.dirty = False  # never ask "discard changes?" when the test ends


def test_printing_a_secret_meetings_notice_asks_for_numbered_copies(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    import ui.printing
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs

    ctx = gui_ctx
    with ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W48") if m.status != "cancelled")
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(ctx, refs, detail)
    qtbot.addWidget(editor)
    asked: list[dict[str, object]] = []
    monkeypatch.setattr(ui.printing, "preview_document",
                        lambda _ctx, _parent, kind, mid, **options: asked.append({"kind": kind, **options}))
    editor.print_document("signin")  # 公开 (the sign-in sheet lists no 议题): no question, no 份号
    assert asked == [{"kind": "signin"}]
    editor.confidentiality.setCurrentIndex(editor.confidentiality.findData("secret_mimi"))
    editor.save()
    wait_idle(qtbot, ctx)

    def answer() -> None:
        dialog = editor._copies_dialog
        assert dialog.windowTitle() == "编号印制" and "份号" in dialog.labelText()
        assert dialog.intValue() == 1  # one sign-in sheet (the notice and 议程 default to one per participant)
        dialog.setIntValue(3)
        dialog.accept()

    QTimer.singleShot(200, answer)
    editor.print_document("signin")
    assert asked[-1] == {"kind": "signin", "copies": 3}
    QTimer.singleShot(200, lambda: editor._copies_dialog.reject())
    editor.print_document("agenda")  # cancelled: nothing printed
    assert len(asked) == 2
    editor.print_document("cards")  # 席卡 are never numbered
    assert asked[-1] == {"kind": "cards"}
