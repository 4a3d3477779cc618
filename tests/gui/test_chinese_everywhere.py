"""Chinese everywhere: the locale, Qt's own file dialog, the UI face, file dialogs that remember."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QTreeView, QWidget

from ui.language import UI_FAMILIES, choose_ui_family, prepare_environment
from ui.widgets import files

LATIN_WORD = re.compile(r"(?=[A-Za-z]*[a-z])[A-Za-z]{3,}")  # a word; acronyms such as ICS are fine


def _visible_words(dialog: QWidget, view: QTreeView) -> set[str]:
    """Every text the clerk reads in the dialog: labels, buttons, tool tips, the list's headers and types."""
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() or w.toolTip() for w in dialog.findChildren(QAbstractButton) if w.isVisible()]
    model = view.model()
    texts += [str(model.headerData(c, view.header().orientation())) for c in range(model.columnCount())]
    root = view.rootIndex()
    for row in range(model.rowCount(root)):
        texts.append(str(model.index(row, 2, root).data()))  # 类型
    return {t for t in texts if LATIN_WORD.search(t.replace("(*.ics)", "").replace(".ics", ""))}


def test_the_file_dialog_speaks_chinese(gui_ctx, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "会议材料").mkdir()
    (tmp_path / "通知.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    dialog = QFileDialog(None, "导入日历", str(tmp_path), "日历文件 (*.ics)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own widgets: what Linux PCs show
    qtbot.addWidget(dialog)
    dialog.show()
    view = next(v for v in dialog.findChildren(QTreeView) if v.objectName() == "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2, timeout=5000)
    assert _visible_words(dialog, view) == set()
    assert "文件夹" in {str(view.model().index(r, 2, view.rootIndex()).data()) for r in range(2)}
    assert QLocale().name() == "zh_CN"  # calendars, dates and numbers of every widget


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "C.UTF-8"}, "zh_CN.UTF-8"),
        ({}, "zh_CN.UTF-8"),
        ({"LANG": "zh_CN.GB18030"}, None),  # already Chinese: left alone
        ({"LANG": "C", "LC_ALL": "en_US.UTF-8"}, None),  # the user's explicit choice
    ],
)
def test_file_dialog_dates_follow_the_app_language_on_linux(env: dict[str, str], expected: str | None) -> None:
    prepare_environment("zh_CN", env, platform="linux")
    assert env.get("LC_TIME") == expected


def test_windows_and_english_keep_their_environment() -> None:
    env = {"LANG": "C"}
    prepare_environment("zh_CN", env, platform="win32")
    prepare_environment("en_US", env, platform="linux")
    assert env == {"LANG": "C"}


def test_the_ui_face_is_a_chinese_sans_never_kai_or_japanese() -> None:
    installed = ["DejaVu Sans", "LXGW WenKai", "AR PL UKai CN", "HanaMinA", "IPAMincho", "WenQuanYi Micro Hei"]
    assert choose_ui_family(installed) == "WenQuanYi Micro Hei"
    assert choose_ui_family(["microsoft yahei", *installed]) == "microsoft yahei"
    assert choose_ui_family(["LXGW WenKai", "AR PL UKai CN"]) is None  # then the bundled 微米黑 is added


def test_the_running_app_uses_one_of_the_listed_faces(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.language import apply_ui_font

    before = QApplication.font()
    try:
        family = apply_ui_font(qapp)
        assert family in UI_FAMILIES
        assert QApplication.font().families()[0] == family
    finally:
        QApplication.setFont(before)


def test_file_dialogs_remember_the_folder_per_purpose(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for purpose in ("roster", "pdf"):
        QSettings().remove(f"folders/{purpose}")
    asked: list[str] = []
    (tmp_path / "名单").mkdir()
    chosen = tmp_path / "名单" / "通讯录.xlsx"

    def fake_open(parent, title, folder, filters):  # type: ignore[no-untyped-def]
        asked.append(folder)
        return str(chosen), filters

    def fake_save(parent, title, proposed, filters):  # type: ignore[no-untyped-def]
        asked.append(proposed)
        return "", filters  # cancelled: nothing remembered

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert files.open_file(None, "roster", "导入名单", "Excel 工作簿 (*.xlsx)") == chosen
    assert files.open_file(None, "roster", "导入名单", "Excel 工作簿 (*.xlsx)") == chosen
    assert files.save_file(None, "pdf", "另存为 PDF", "签到表.pdf", "PDF 文件 (*.pdf)") is None
    assert asked[1] == str(tmp_path / "名单")  # the roster folder, the second time
    assert asked[0] != asked[1]
    assert Path(asked[2]).name == "签到表.pdf" and Path(asked[2]).parent != tmp_path / "名单"  # pdf: its own folder
    assert QSettings().value("folders/pdf") is None
