"""The 周安排 page offscreen: a constructed week with a conflict and a merge proposal, over the demo office."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from huiwu.models import Meeting, MeetingStatus, Participant, Person, Venue
from tests.conftest import wait_idle
from tests.week.factory import at

DAY = dt.date(2027, 3, 9)  # 2027-W10, a Tuesday


def _seed(ctx) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with ctx.db.uow() as uow:
        venue = uow.session.scalars(select(Venue).order_by(Venue.id)).first()
        people = list(uow.session.scalars(select(Person).order_by(Person.id).limit(6)))
        ids = []
        for title, start, end in (("甲专题会", at(DAY, 9), at(DAY, 11)), ("乙调度会", at(DAY, 10), at(DAY, 12)),
                                  ("丙推进会", at(DAY + dt.timedelta(days=1), 15), at(DAY + dt.timedelta(days=1), 16))):
            m = Meeting(title=title, starts_at=start, ends_at=end, venue_id=venue.id if title != "丙推进会" else None,
                        chair_id=people[0].id, status=MeetingStatus.SCHEDULED)
            chosen = people[:5] if title != "乙调度会" else people[4:6]
            m.participants.extend(Participant(person_id=p.id) for p in chosen)
            uow.session.add(m)
            uow.session.flush()
            ids.append(m.id)
        uow.commit()
    return ids[0], ids[1], ids[2]


def test_week_page_lists_conflict_and_accepts_merge(qtbot, gui_ctx, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.pages import week as page_module

    first, second, third = _seed(gui_ctx)
    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    page.open_target((2027, 10))
    wait_idle(qtbot, gui_ctx)
    assert page.view is not None and page.view.iso_week == 10
    assert "2027年第10周" in page.title.text()
    texts = [page.conflict_list.item(i).text() for i in range(page.conflict_list.count())]
    assert any("会议室冲突" in t and "甲专题会" in t for t in texts), texts
    assert all("建议" in t for t in texts)
    cells = "".join(page.grid.text_at(r, c) for r in range(page.grid.rowCount()) for c in range(7))
    assert "甲专题会" in cells and "乙调度会" in cells
    assert page.grid.horizontalHeaderItem(1).text().startswith("周二")

    # double-click a conflict: the meetings page is asked to open the meeting
    with qtbot.waitSignal(gui_ctx.events.open_requested) as opened:
        page._conflict_activated(page.conflict_list.item(0))
    assert opened.args[0] == "meetings" and opened.args[1] in (first, second)

    # the merge proposal: 丙推进会 (same people, same chair) into 甲专题会, only after confirming
    assert page.proposal_list.count() == 1
    assert "丙推进会" in page.proposal_list.item(0).text()
    monkeypatch.setattr(page_module, "confirm", lambda *a: False)
    page.accept_proposal()
    wait_idle(qtbot, gui_ctx)
    with gui_ctx.db.uow() as uow:
        assert uow.session.get(Meeting, third).status == MeetingStatus.SCHEDULED
    monkeypatch.setattr(page_module, "confirm", lambda *a: True)
    page.accept_proposal()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.proposal_list.count() == 0, timeout=5000)
    with gui_ctx.db.uow() as uow:
        merged = uow.session.get(Meeting, third)
        assert merged.status == MeetingStatus.CANCELLED and merged.cancel_reason == "并入《甲专题会》"

    # navigation and views
    qtbot.keyClick(page, page_module.Qt.Key.Key_Right, page_module.Qt.KeyboardModifier.AltModifier)
    page.shift(1)
    wait_idle(qtbot, gui_ctx)
    assert page.view.iso_week == 11
    page.shift(-1)
    wait_idle(qtbot, gui_ctx)
    for mode in range(4):
        page.view_mode.setCurrentIndex(mode)
        assert page.grid.rowCount() >= 1

    # import a leader's calendar through the page
    ics = tmp_path / "leader.ics"
    ics.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:x1\r\nDTSTAMP:20270101T000000Z\r\n"
        "DTSTART;TZID=Asia/Shanghai:20270309T100000\r\nDTEND;TZID=Asia/Shanghai:20270309T103000\r\n"
        "SUMMARY:省里视频会\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    messages: list[str] = []
    gui_ctx.events.status_message.connect(messages.append)
    page.import_file(ics, "领导日历", "#c0392b", page.view.items[0].person_ids[0])
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: any(i.source == "imported" for i in page.view.items), timeout=5000)
    assert any("领导日历" in m for m in messages)
    assert page.calendar_filter.findText("领导日历") >= 0


def test_settings_boxes(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from ui.settings_boxes import caldav, holidays

    box = holidays.create_box(gui_ctx)
    qtbot.addWidget(box)
    wait_idle(qtbot, gui_ctx)
    box.save(dt.date(2030, 1, 5), True, "调休上班")
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: box.table.model.rowCount() == 1, timeout=5000)
    sync_box = caldav.create_box(gui_ctx)
    qtbot.addWidget(sync_box)
    wait_idle(qtbot, gui_ctx)
    assert sync_box.table.model.rowCount() == 0
    assert sync_box.sync_button.isEnabled()
