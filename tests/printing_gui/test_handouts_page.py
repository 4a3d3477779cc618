"""The 明白纸 editor: fill, live preview says it fits, too long says what to shorten, save, conflict, duplicate."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.conftest import wait_idle
from ui.pages.handouts import HandoutsPage


def _page(qtbot, gui_ctx) -> HandoutsPage:  # type: ignore[no-untyped-def]
    page = HandoutsPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activated()
    wait_idle(qtbot, gui_ctx)
    # the page opens on the newest handout (the demo office has two)
    qtbot.waitUntil(lambda: page.editor.handout_id is not None or page.list.model.rowCount() == 0)
    wait_idle(qtbot, gui_ctx)
    return page


def test_page_opens_on_the_newest_handout(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    assert page.list.model.rowCount() == 2
    newest = page.list.proxy.row_at(0)
    assert page.editor.handout_id == newest.id and page.editor.title.text() == newest.title
    assert page.heading.text() == newest.title and not page.editor.dirty
    _settle(qtbot, page)


def _settle(qtbot, page: HandoutsPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not page.editor.preview.pending, timeout=15000)


def test_fill_preview_save_and_duplicate(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    before = page.list.model.rowCount()
    page.new_handout()
    editor = page.editor
    assert editor.handout_id is None and editor.title.text() == ""
    assert editor.meeting.count() > 10  # the demo's meetings, plus "standalone"
    assert editor.meeting.itemText(0) == "独立（不关联会议）"
    editor.title.setText("森林防火明白纸")  # keyClicks only takes ASCII
    editor.tasks.setPlainText("开展巡山护林\n设立检查卡点")
    editor.standards.setPlainText("不发生森林火灾")
    editor.rewards.setPlainText("对失职人员严肃追责")
    editor.contact.setText("李四 0731-1234567")
    editor.milestones.add_row(("12月1日", "完成隐患排查", "各乡镇"))
    editor.tables.add_table()
    table = editor.tables.editors()[0]
    table.rename_column(0, "乡镇")
    table.add_column("检查人数")
    assert table.columns()[0] == "乡镇" and table.columns()[-1] == "检查人数"
    editor.meeting.setCurrentIndex(1)
    assert page.heading.text().endswith("*")
    _settle(qtbot, page)
    result = editor.preview.result
    assert result is not None and result.fits
    assert "可排入一页 A4" in editor.preview.verdict.text()
    assert editor.preview.page.pixmap() is not None and not editor.preview.page.pixmap().isNull()

    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    page.save()
    wait_idle(qtbot, gui_ctx)
    assert editor.handout_id is not None and not editor.dirty
    assert any("已保存" in m for m in messages)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == before + 1)
    first_id = editor.handout_id

    page.duplicate()  # the open handout
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.list.model.rowCount() == before + 2)
    assert editor.handout_id != first_id and editor.title.text() == "森林防火明白纸（副本）"
    assert editor.milestones.rows()[0][1] == "完成隐患排查"
    _settle(qtbot, page)


def test_too_long_handout_says_what_to_shorten(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, gui_ctx)
    page.new_handout()
    page.editor.title.setText("超长明白纸")
    page.editor.tasks.setPlainText("\n".join(f"第{k}项任务：" + "认真落实各项要求" * 12 for k in range(80)))
    _settle(qtbot, page)
    result = page.editor.preview.result
    assert result is not None and not result.fits
    text = page.editor.preview.verdict.text()
    assert "超出一页" in text and "干什么事" in text


def test_stale_save_is_refused_as_a_sentence(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services.handouts import HandoutEdit, save_handout

    with gui_ctx.db.uow() as uow:
        detail = save_handout(uow, HandoutEdit(title="旧明白纸", tasks="任务"))
    page = _page(qtbot, gui_ctx)
    page.open_target(detail.id)
    wait_idle(qtbot, gui_ctx)
    assert page.editor.title.text() == "旧明白纸"
    with gui_ctx.db.uow() as uow:  # someone else saves meanwhile
        save_handout(uow, HandoutEdit(title="别人改过", tasks="任务"), detail.id, detail.version)
    page.editor.tasks.setPlainText("我的修改")
    page.save()
    wait_idle(qtbot, gui_ctx)
    box = page.findChild(QMessageBox, "error_box")
    assert box is not None and "已被其他人修改" in box.text()
    box.close()
    assert page.editor.dirty  # nothing lost on screen
    _settle(qtbot, page)


def test_fonts_box_shows_each_role(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_boxes.fonts import FontsBox

    box = FontsBox(gui_ctx)
    qtbot.addWidget(box)
    wait_idle(qtbot, gui_ctx)
    for role in ("title", "body", "song", "kai", "hei"):
        assert "—" in box.labels[role].text()
    assert box.title() == "打印字体"


def test_fonts_box_says_which_face_stands_in(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    """设置 names every face by its family (never a bytes repr) and says, in words, which role prints in a
    face of another kind; the 明白纸 preview's status line says the same."""
    from huiwu.printing.fonts import resolve_fonts, substitution_notes
    from ui.settings_boxes.fonts import FontsBox

    box = FontsBox(gui_ctx)
    qtbot.addWidget(box)
    box.resize(900, 500)
    wait_idle(qtbot, gui_ctx)
    notes = substitution_notes(resolve_fonts(gui_ctx.settings.fonts or None))
    for role in ("title", "body", "song", "kai", "hei"):
        assert "b'" not in box.labels[role].text()
        assert "本字体缺少的字改用以下字体打印" in box.labels[role].toolTip()
    if notes:
        assert all(note in box.notes.text() for note in notes)
    else:
        assert box.notes.text() == "各类文字均使用对应的标准字体打印。"
    box.grab().save("/tmp/shots/fonts_box.png")
    page = _page(qtbot, gui_ctx)
    _settle(qtbot, page)
    assert all(note in page.editor.preview.verdict.text() for note in notes)


def test_a_standalone_handout_gets_its_own_classification(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    """密级 on the 明白纸 itself: the term opens only for 秘密/机密/绝密, the line below and the live preview say
    what the print carries, and the saved handout prints it."""
    from huiwu.services import handouts

    page = _page(qtbot, gui_ctx)
    page.new_handout()
    editor = page.editor
    editor.title.setText("涉密项目明白纸")
    editor.tasks.setPlainText("做好保密工作")
    editor.meeting.setCurrentIndex(0)  # 独立（不关联会议）
    box, term = editor.confidentiality_box, editor.secrecy_term
    assert [box.itemText(i) for i in range(box.count())] == ["公开", "内部", "秘密", "机密", "绝密"]
    assert not term.isEnabled() and editor.printed_level.text() == ""
    box.setCurrentIndex(box.findData("secret_jimi"))
    assert term.isEnabled()
    term.setText("5年")
    assert editor.printed_level.text() == "打印时左上角标注“机密★5年”，每份编份号。"
    _settle(qtbot, page)
    assert editor.preview.result is not None and editor.preview.result.fits
    page.save()
    wait_idle(qtbot, gui_ctx)
    assert editor.handout_id is not None
    with gui_ctx.db.uow() as uow:
        saved = handouts.get_handout(uow, editor.handout_id)
    assert (saved.edit.confidentiality, saved.edit.secrecy_term, saved.secrecy_mark) == ("secret_jimi", "5年", "机密★5年")
    box.setCurrentIndex(box.findData("internal"))
    assert not term.isEnabled() and editor.edit().secrecy_term == ""
    _settle(qtbot, page)


def test_a_hidden_preview_waits_for_its_page_to_show(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    """Leaving the 明白纸 page before its preview is laid out costs no layout (nor the fonts it loads): the page
    is laid out, with what was typed meanwhile, when it shows again."""
    page = _page(qtbot, gui_ctx)
    _settle(qtbot, page)
    editor = page.editor
    shown_before = editor.preview.result
    page.hide()  # the clerk went to another page
    editor.title.setText("防汛明白纸（隐藏时修改）")
    qtbot.waitUntil(lambda: not editor.preview.pending, timeout=15000)
    wait_idle(qtbot, gui_ctx)
    assert editor.preview.result is shown_before  # nothing laid out while hidden
    page.show()
    qtbot.waitUntil(lambda: editor.preview.result is not shown_before, timeout=15000)
    _settle(qtbot, page)
    assert editor.preview.result is not None and editor.preview.result.fits
