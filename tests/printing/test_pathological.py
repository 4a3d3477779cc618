"""Long or missing content never breaks the layout (reportlab's LayoutError, Indico #4881)."""

from __future__ import annotations

import datetime as dt

from conftest import (
    make_actions,
    make_meeting,
    make_notice,
    make_participants,
    make_week,
    pdf_pages_text,
    squash,
)

from huiwu.printing.actions import render_actions
from huiwu.printing.agenda import render_agenda, render_schedule
from huiwu.printing.cards import render_cards
from huiwu.printing.data import (
    ActionDoc,
    ActionRow,
    AgendaDocItem,
    MeetingDoc,
    NoticeDoc,
    ParticipantRow,
    ReportDoc,
    ScheduleSlot,
    SeatingDoc,
    SeatPerson,
    WeekDoc,
    WeekEntry,
)
from huiwu.printing.notice import render_notice
from huiwu.printing.report import render_report
from huiwu.printing.seating import render_seating
from huiwu.printing.signin import render_signin
from huiwu.printing.week import render_week

HUGE = "".join(f"第{i}段：研究部署重点项目建设、招商引资、安全生产和民生实事等工作。" for i in range(70))
LONG_UNIT = "某某省某某市某某县" + "人民政府" * 22 + "办公室"


def test_2000_character_agenda_item_splits_across_pages() -> None:
    assert len(HUGE) > 2000
    meeting = make_meeting(agenda=(AgendaDocItem(1, HUGE, LONG_UNIT, "王强", 30, (LONG_UNIT,) * 3),))
    pages = pdf_pages_text(render_agenda(meeting))
    assert len(pages) >= 2
    text = squash("".join(pages))
    assert "第0段" in text and "第69段" in text


def test_100_character_unit_name_wraps_in_signin() -> None:
    assert len(LONG_UNIT) >= 100
    rows = make_participants(40, units=(LONG_UNIT, "县财政局"))
    text = squash("".join(pdf_pages_text(render_signin(make_meeting(), rows))))
    assert LONG_UNIT in text


def test_cell_taller_than_a_page_in_every_table() -> None:
    giant = HUGE * 3
    tall = ParticipantRow(seq=3, unit="县财政局", name="张三", note=giant)
    render_signin(make_meeting(), (*make_participants(2), tall))
    render_actions(ActionDoc(rows=(ActionRow(1, "常务会议", giant, LONG_UNIT, latest_feedback=giant),)))
    render_schedule(make_meeting(), (ScheduleSlot(dt.date(2026, 5, 20), "全天", giant, giant, giant),))
    week = make_week()
    giant_entry = WeekEntry(week.days[0].date, "上午", "09:00", giant, giant, giant, giant)
    render_week(WeekDoc(week.week_label, week.days, (giant_entry,)), variant="grid")
    render_week(WeekDoc(week.week_label, week.days, (giant_entry,)), variant="list")
    render_notice(NoticeDoc(title=HUGE[:300], recipients=LONG_UNIT, paragraphs=(giant,)))


def test_1000_participants() -> None:
    pdf = render_signin(make_meeting(), make_participants(1000), walk_in_rows=20)
    pages = pdf_pages_text(pdf)
    assert len(pages) > 30
    assert f"第{len(pages)}页共{len(pages)}页" in squash(pages[-1])
    assert "张1000三" in squash("".join(pages[-3:]))


def test_empty_meeting_renders_sensible_pages() -> None:
    empty = MeetingDoc(title="临时会议")
    assert "尚无参会人员名单" in squash(pdf_pages_text(render_signin(empty, ()))[0])
    assert "议题待定" in squash(pdf_pages_text(render_agenda(empty))[0])
    assert "日程待定" in squash(pdf_pages_text(render_schedule(empty, ()))[0])
    assert "暂无议定事项" in squash(pdf_pages_text(render_actions(ActionDoc()))[0])
    assert "无迟到、缺席、早退及未经批准代会情况" in squash(pdf_pages_text(render_report(ReportDoc("2026年5月")))[0])
    assert "主席台" in squash(pdf_pages_text(render_seating(SeatingDoc("临时会议", ())))[0])
    assert len(pdf_pages_text(render_cards([]))) == 1
    assert len(pdf_pages_text(render_notice(NoticeDoc(title="关于召开临时会议的通知")))) == 1
    week = make_week()
    assert "本周暂无会议安排" in squash(pdf_pages_text(render_week(WeekDoc(week.week_label, week.days),
                                                                     variant="list"))[0])
    assert len(pdf_pages_text(render_week(WeekDoc(week.week_label, week.days)))) == 1


def test_crowded_seating_and_long_names() -> None:
    people = tuple(SeatPerson("欧阳" + "某" * (i % 6)) for i in range(40))
    assert len(pdf_pages_text(render_seating(SeatingDoc(LONG_UNIT, people)))) == 1
    assert len(pdf_pages_text(render_cards(["王伟", "欧阳某某某某某某某某", LONG_UNIT]))) == 2


def test_many_actions_and_notice_paragraphs() -> None:
    assert len(pdf_pages_text(render_actions(make_actions(80)))) > 3
    notice = make_notice(paragraphs=tuple(f"（{i}）" + HUGE[:200] for i in range(30)))
    assert len(pdf_pages_text(render_notice(notice))) > 5
