"""document_pdf and friends over a real database (SQLite and PostgreSQL): the Chinese comes back as written."""

from __future__ import annotations

import datetime as dt

import pytest

from huiwu import db as dbmod
from huiwu.errors import NotFoundError, ValidationError
from huiwu.printing.errors import HandoutDoesNotFit
from huiwu.services import handouts, printing
from tests.printing_services.conftest import Office, build_office, pdf_text


def test_signin_groups_by_unit_and_premarks_leave_and_substitutes(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        pdf = printing.document_pdf(uow, "signin", office.meeting_id, walk_in_rows=3)
    text = "\n".join(pdf_text(pdf))
    assert "会议签到表" in text and "县政府第48次常务会议" in text and "第一会议室" in text
    assert "2026年11月24日" in text and "09:00" in text  # office zone, not UTC
    # units in 排序号 order: 县政府领导 (1), 县教育局 (3), 县财政局 (5)
    assert text.index("王建国") < text.index("周文华") < text.index("钱多多")
    assert "代会：吴晓明" in text  # 教育局长 sends his deputy
    assert "请假" in text  # 赵副县长: approved leave, attendance not yet marked
    assert "13800000001" in text
    assert "临时参会人员" in text
    with database.uow() as uow:
        rows = printing.signin_rows(uow, uow.session.get(printing.Meeting, office.meeting_id))  # type: ignore[arg-type]
    by_name = {r.name: r for r in rows}
    assert by_name["赵志强"].attendance == "请假" and by_name["赵志强"].on_leave
    assert by_name["周文华"].attendance == "代会" and by_name["周文华"].substitute_name == "吴晓明"
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    with database.uow() as uow:
        no_phone = "\n".join(pdf_text(printing.document_pdf(uow, "signin", office.meeting_id, with_phone=False)))
    assert "13800000001" not in no_phone and "联系电话" not in no_phone


def test_notice_agenda_seating_cards_actions(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        notice = pdf_text(printing.document_pdf(uow, "notice", office.meeting_id))
        agenda = pdf_text(printing.document_pdf(uow, "agenda", office.meeting_id))
        seating = pdf_text(printing.document_pdf(uow, "seating", office.meeting_id))
        cards = pdf_text(printing.document_pdf(uow, "cards", office.meeting_id))
        actions = pdf_text(printing.document_pdf(uow, "actions", office.meeting_id))
    assert "关于召开县政府第48次常务会议的通知" in "".join(notice).replace("\n", "")
    assert "张秘书" in "".join(notice)
    assert len(agenda) == 1 and "议程" in agenda[0] and "研究县级财政预算调整方案" in agenda[0]
    assert "县财政局" in agenda[0] and "县教育局" in agenda[0]
    assert "日程" not in agenda[0]  # a three-hour meeting has no 日程
    # 主席台: the leaders who come (赵 is on leave), chair first
    assert "王建国" in seating[0] and "李红梅" in seating[0] and "赵志强" not in seating[0]
    assert len(cards) == 1 and "王建国" in cards[0]  # two cards per page
    assert "抓紧修订预算调整方案" in actions[0] and "逾期" in actions[0] and "已形成初稿" in actions[0]


def test_long_meeting_gets_a_schedule_and_edited_notice_text_wins(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        pages = pdf_text(printing.document_pdf(uow, "agenda", office.long_meeting_id))
        meeting = uow.session.get(printing.Meeting, office.long_meeting_id)
        assert meeting is not None
        meeting.notice_text = "关于召开教育大会的通知\n\n各乡镇：\n\n定于11月2日召开大会。\n\n请准时参加。"
        uow.commit()
    assert len(pages) == 2 and "议程" in pages[0] and "日程" in pages[1]
    assert "2026年11月3日" in pages[1]  # the second day has its own line
    with database.uow() as uow:
        doc = printing.notice_doc(uow, uow.session.get(printing.Meeting, office.long_meeting_id))  # type: ignore[arg-type]
        text = "".join(pdf_text(printing.document_pdf(uow, "notice", office.long_meeting_id)))
    assert doc.title == "关于召开教育大会的通知" and doc.recipients == "各乡镇"
    assert doc.paragraphs == ("定于11月2日召开大会。", "请准时参加。")
    assert "定于11月2日召开大会" in text


def test_report_lists_late_and_absent_without_leave(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        doc = printing.report_doc(uow, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
        pdf = printing.report_pdf(uow, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    kinds = {(r.name, r.kind) for r in doc.rows}
    assert kinds == {("钱多多", "迟到"), ("孙小二", "缺席")}
    late = next(r for r in doc.rows if r.kind == "迟到")
    assert late.situation == "迟到 12 分钟" and late.time is not None and late.time.hour == 8
    assert doc.period_label == "2026年11月" and doc.meeting_count == 1  # only the meeting that took place
    text = "".join(pdf_text(pdf))
    assert "出勤情况的通报" in text and "孙小二" in text
    with database.uow() as uow, pytest.raises(ValidationError, match="早于"):
        printing.report_pdf(uow, dt.date(2026, 11, 30), dt.date(2026, 11, 1))


def test_handout_of_a_confidential_meeting_is_numbered(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        with pytest.raises(NotFoundError, match="还没有明白纸"):
            printing.document_pdf(uow, "handout", office.meeting_id)
    with database.uow() as uow:
        edit = handouts.HandoutEdit(
            title="预算调整明白纸", tasks="修订预算\n报送材料", standards="数据准确", copies=2,
            meeting_id=office.meeting_id, contact="张秘书 1234567",
            milestones=(handouts.MilestoneEdit(dt.date(2026, 12, 1), "报送初稿", "财政局"),),
            tables=(handouts.TableEdit("报送表", ("单位", "金额"), (("财政局", "100"), ("", ""))),),
        )
        saved = handouts.save_handout(uow, edit)
    with database.uow() as uow:
        pages = pdf_text(printing.document_pdf(uow, "handout", office.meeting_id))
        same = pdf_text(printing.handout_pdf(uow, saved.id))
    assert len(pages) == 2 and "000001" in pages[0] and "000002" in pages[1]
    assert "内部" in pages[0] and "修订预算" in pages[0] and "报送初稿" in pages[0] and "12月1日" in pages[0]
    assert same == pages


def test_empty_meeting_and_bad_input(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        for kind in ("notice", "agenda", "signin", "seating", "cards", "actions"):
            assert pdf_text(printing.document_pdf(uow, kind, office.empty_meeting_id))
        with pytest.raises(ValidationError, match="不认识的文档类型"):
            printing.document_pdf(uow, "poster", office.meeting_id)
        with pytest.raises(NotFoundError):
            printing.document_pdf(uow, "signin", 999999)


def test_thousand_person_signin_repeats_header(sqlite_db: dbmod.Database) -> None:
    office = build_office(sqlite_db, big=1000)
    with sqlite_db.uow() as uow:
        pages = pdf_text(printing.document_pdf(uow, "signin", office.meeting_id))
    assert len(pages) > 20
    assert all("序号" in p and "签到" in p for p in pages)
    assert f"共 {len(pages)} 页" in pages[-1].replace("\n", "")


def test_cross_meeting_actions_filters(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        everything = "".join(pdf_text(printing.actions_pdf(uow)))
        none = "".join(pdf_text(printing.actions_pdf(uow, printing.ActionFilter(date_from=dt.date(2027, 1, 1)))))
    assert "抓紧修订预算调整方案" in everything
    assert "抓紧修订预算调整方案" not in none


def test_too_long_handout_says_what_to_shorten(sqlite_db: dbmod.Database) -> None:
    office = build_office(sqlite_db)
    with sqlite_db.uow() as uow:
        saved = handouts.save_handout(uow, handouts.HandoutEdit(title="超长", tasks="很长的任务内容。" * 900,
                                                                meeting_id=office.meeting_id))
    with sqlite_db.uow() as uow, pytest.raises(HandoutDoesNotFit, match="干什么事"):
        printing.handout_pdf(uow, saved.id)
