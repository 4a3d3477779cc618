"""The leave dialog proposes its 起止时间 on the office's wall clock, whatever zone the PC (or CI) is in."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from ui.widgets.dates import from_qdt


@pytest.fixture
def utc_pc():  # type: ignore[no-untyped-def]
    """The PC's own zone set to UTC, as on the CI machine where the dialog showed 02:00 for 10:00."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_the_proposed_period_starts_now_on_the_office_clock(qtbot, gui_ctx, utc_pc) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services.directory import list_people
    from ui.attendance.leave_dialog import LeaveDialog

    with gui_ctx.db.uow() as uow:
        people = list_people(uow)[:5]
    dialog = LeaveDialog(gui_ctx, people, [])
    qtbot.addWidget(dialog)
    office = gui_ctx.settings.tz()
    now = gui_ctx.local_now()
    assert now.utcoffset() == dt.timedelta(hours=8)  # the demo office: 清河县, Asia/Shanghai
    starts = from_qdt(dialog.starts.dateTime(), office)
    assert (starts.hour, starts.minute) == (now.hour, now.minute)
    assert dialog.starts.text() == f"{now:%Y-%m-%d %H:%M}"
    assert from_qdt(dialog.ends.dateTime(), office) - starts == dt.timedelta(days=1)
