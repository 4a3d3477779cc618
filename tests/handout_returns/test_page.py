"""The 回收 tab of the 明白纸 page over the demo office (its first 明白纸 sent, two returned, one overdue):
the ledger, the send dialog, import through the preview (errors refuse, a clean file records), the merged
print preview and 时限节点 to 督办. Dialogs are opened with open() and answered here."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from huiwu.demo_returns import add_demo_returns
from huiwu.models import ActionItem, Handout
from huiwu.services import handout_returns as svc
from tests.conftest import wait_idle
from tests.handout_returns.office import fill
from ui.pages.handouts import HandoutsPage

SHOTS = os.environ.get("HUIWU_SHOTS")  # a folder: the test also saves what it shows, to look at
_installed: list[QTranslator] = []


@pytest.fixture(autouse=True)
def _remove_translators() -> Iterator[None]:
    yield
    while _installed:
        QApplication.instance().removeTranslator(_installed.pop())  # type: ignore[union-attr]


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


class _JsonTranslator(QTranslator):
    """The new strings' Chinese from /tmp/tr_handout_returns.json, for screenshots before the .ts has them."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.table = table

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        return self.table.get(source) or source

    def isEmpty(self) -> bool:
        return False


def _page(qtbot, gui_ctx) -> tuple[HandoutsPage, int]:  # type: ignore[no-untyped-def]
    table = Path("/tmp/tr_handout_returns.json")
    if SHOTS and table.exists():
        import xml.etree.ElementTree as ET

        known = {m.findtext("source") or "": m.findtext("translation") or ""
                 for ts in Path("resources/i18n").glob("*.ts") for m in ET.parse(ts).getroot().iter("message")}
        translator = _JsonTranslator(known | json.loads(table.read_text(encoding="utf-8")))
        QApplication.instance().installTranslator(translator)  # type: ignore[union-attr]
        _installed.append(translator)
    with gui_ctx.db.uow() as uow:
        add_demo_returns(uow, uow.today())  # as create_demo will (it changes nothing when already there)
        first = uow.session.scalar(select(Handout.id).order_by(Handout.id))
    page = HandoutsPage(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1366 - 170, 768 - 90)  # the main window's page area on the office laptop
    page.show()
    page.activated()
    wait_idle(qtbot, gui_ctx)
    page.open_handout(first)
    wait_idle(qtbot, gui_ctx)
    page.tabs.setCurrentWidget(page.returns)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.returns.view is not None and page.returns.view.handout_id == first)
    return page, first


def test_ledger_send_import_print_and_actions(qtbot, gui_ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page, hid = _page(qtbot, gui_ctx)
    panel = page.returns
    rows = panel.ledger.model.rows()
    assert [(u.unit_name, u.state_text) for u in rows] == [("城关镇", "已交"), ("河口镇", "已交"), ("柳林镇", "逾期")]
    assert "已交 2，未交 1（逾期 1）" in panel.counts.text()
    assert panel.ledger.model.data(panel.ledger.model.index(2, 0), Qt.ItemDataRole.BackgroundRole) is not None
    _shot(page, "handout_returns_ledger.png")

    # send: the dialog ticks the units already sent to; tick one more and send
    panel.open_send()
    wait_idle(qtbot, gui_ctx)
    dialog = panel.send_dialog
    assert dialog is not None and dialog.isVisible()
    ticked = dialog.chosen()
    assert len(ticked) == 3
    item = next(dialog.units.item(i) for i in range(dialog.units.count()) if dialog.units.item(i).text().startswith("石桥镇"))
    item.setCheckState(Qt.CheckState.Checked)
    _shot(dialog, "handout_returns_send.png")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: len(panel.ledger.model.rows()) == 4)
    assert not dialog.isVisible()

    # export, a unit fills its sheet wrongly: the preview lists the error and the import stays off
    panel.export_to(tmp_path, per_unit=False)
    wait_idle(qtbot, gui_ctx)
    (path,) = tmp_path.glob("*.xlsx")
    bad = fill(path, "柳林镇", [("柳林镇", "9", "9", "无", "")], out=tmp_path / "bad.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(bad)
    book["柳林镇"]["B4"] = "任务"
    book.save(bad)
    panel.preview_files([bad])
    wait_idle(qtbot, gui_ctx)
    preview = panel.preview_dialog
    assert preview is not None and preview.isVisible() and preview.errors is not None
    assert preview.errors.item(0, 1).text() == "柳林镇" and preview.errors.item(0, 2).text() == "4"
    assert not preview.buttons.button(preview.buttons.StandardButton.Ok).isEnabled()
    _shot(preview, "handout_returns_preview_errors.png")
    preview.reject()

    good = fill(path, "柳林镇", [("柳林镇", "9", "9", "无", "")], out=tmp_path / "good.xlsx")
    panel.preview_files([good])
    wait_idle(qtbot, gui_ctx)
    preview = panel.preview_dialog
    assert preview.preview.ok
    preview.buttons.button(preview.buttons.StandardButton.Ok).click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: any(u.unit_name == "柳林镇" and u.state_text == "已交" for u in panel.ledger.model.rows()))
    assert not preview.isVisible()

    # the merged table: saved as .xlsx, and printed through the preview
    panel.export_merged(tmp_path / "汇总.xlsx")
    wait_idle(qtbot, gui_ctx)
    assert (tmp_path / "汇总.xlsx").exists()
    panel.print_merged()
    wait_idle(qtbot, gui_ctx)
    from ui.preview import PreviewDialog

    qtbot.waitUntil(lambda: any(isinstance(w, PreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    for w in QApplication.topLevelWidgets():
        if isinstance(w, PreviewDialog):
            w.close()

    # 时限节点 to 督办: already made by the demo, so nothing new
    panel.milestones_to_actions()
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        assert uow.session.scalar(select(func.count(ActionItem.id)).where(ActionItem.handout_milestone_id.is_not(None))) == 4
        assert svc.handout_returns(uow, hid).tables[0].counts.returned == 3
    assert "4" in panel.milestones.text()
    _shot(page, "handout_returns_after.png")
