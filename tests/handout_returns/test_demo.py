"""The demo's first 明白纸 sent to units, two returned, one overdue, its 时限节点 as 督办 items; and fifteen units'
files imported at once, timed."""

from __future__ import annotations

import time
from pathlib import Path

from huiwu.db import Database
from huiwu.demo_returns import add_demo_returns
from huiwu.services import handout_returns as svc
from huiwu.services.returns import missing_returns
from tests.handout_returns.office import deadline, fill


def test_demo_returns(demo_db: Database) -> None:
    """create_demo made them (huiwu.demo calls add_demo_returns); a second call adds nothing."""
    from sqlalchemy import select

    from huiwu.models import Handout

    with demo_db.uow() as uow:
        first = uow.session.scalar(select(Handout.id).order_by(Handout.id))
        assert first is not None
        assert add_demo_returns(uow, uow.today()).request_ids == ()  # once
        ledger = svc.handout_returns(uow, first)
        (table,) = ledger.tables
        assert [(u.unit_name, u.state_text) for u in table.units] == [("城关镇", "已交"), ("河口镇", "已交"),
                                                                      ("柳林镇", "逾期")]
        assert all(u.channel == "表格导入" and len(u.rows) == 2 for u in table.units[:2])
        assert table.units[0].returned_at is not None and table.units[0].returned_at.date() < uow.today()
        assert ledger.milestone_actions == ledger.milestones == 4
        assert any(m.handout_id == first and m.overdue and m.missing == ("柳林镇",)
                   for m in missing_returns(uow))
        assert len(svc.milestone_actions(uow, first)) == 4


def test_fifteen_units_files_import_in_one_go(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.uow() as uow:
        hid = svc.handout_returns(uow, 1).handout_id
        svc.send_tables(uow, hid, deadline())
    with demo_db.uow() as uow:
        files = svc.export_tables(uow, hid, tmp_path, per_unit_files=True)
    assert len(files) == 15  # the 调度会's invitee units: the fifteen 乡镇
    for f in files:
        fill(f, "工作进展情况统计表", [("", "8", "5", "无", "张三 0310-1234567")] * 4)
    started = time.perf_counter()
    with demo_db.uow() as uow:
        preview = svc.import_returns(uow, hid, files)
    took = time.perf_counter() - started
    print(f"\nimport of 15 units' files (preview check + record, one commit): {took * 1000:.0f} ms")
    assert len(preview.returns) == 15 and took < 10
    with demo_db.uow() as uow:
        assert svc.handout_returns(uow, hid).tables[0].counts.returned == 15
