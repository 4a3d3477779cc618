"""密级 and 保密期限: the rule (huiwu.rules.secrecy), the meetings service that stores them, and the week that
redacts every 密级 (SQLite and PostgreSQL for the database parts)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from huiwu.db import Database
from huiwu.errors import ValidationError
from huiwu.models import CONFIDENTIALITY_LABELS, Confidentiality
from huiwu.rules.secrecy import (
    highest_secrecy,
    is_state_secret,
    level_label,
    normalise_term,
    secrecy_mark,
    secrecy_term_for,
)
from huiwu.services import meetings, week
from tests.week.factory import add_meeting, at, make_office

MONDAY = dt.date(2026, 11, 23)  # 2026-W48


def test_only_the_three_levels_are_state_secrets() -> None:
    assert [c for c in Confidentiality if is_state_secret(c)] == [
        Confidentiality.MIMI, Confidentiality.JIMI, Confidentiality.JUEMI]
    assert not is_state_secret("internal") and not is_state_secret("public")
    assert not is_state_secret("secret")  # 0002's 涉密 is never read as a level: 0003 migrates it
    assert [CONFIDENTIALITY_LABELS[c] for c in Confidentiality] == ["公开", "内部", "秘密", "机密", "绝密"]
    assert level_label("secret_jimi") == "机密" and level_label("nonsense") == "公开"


@pytest.mark.parametrize(("typed", "stored"), [
    ("1年", "1年"), (" １０年 ", "10年"), ("6月", "6个月"), ("6个月", "6个月"), ("1年6个月", "1年6个月"),
    ("长期", "长期"), ("", ""),
])
def test_terms_are_written_the_standard_way(typed: str, stored: str) -> None:
    assert normalise_term(typed) == stored


@pytest.mark.parametrize("typed", ["一年", "1 year", "0年", "5年5年", "123年", "秘密★1年", "x" * 11])
def test_unreadable_terms_are_refused_with_a_sentence(typed: str) -> None:
    with pytest.raises(ValidationError, match="保密期限"):
        normalise_term(typed)


def test_the_mark_as_gb_t_9704_writes_it() -> None:
    assert secrecy_mark("secret_mimi", "1年") == "秘密★1年"
    assert secrecy_mark("secret_jimi", "6个月") == "机密★6个月"
    assert secrecy_mark("secret_juemi") == "绝密"  # the level alone when no 保密期限 is given
    assert secrecy_mark("internal", "1年") == secrecy_mark("public") == ""
    assert secrecy_term_for("internal", "1年") == "" and secrecy_term_for("secret_mimi", "2年") == "2年"


def test_a_document_of_several_meetings_carries_the_highest_level_and_its_longest_term() -> None:
    assert highest_secrecy([("public", ""), ("internal", "")]) == ("public", "")
    assert highest_secrecy([("secret_mimi", "10年"), ("secret_jimi", "1年"), ("secret_jimi", "6个月")]) == (
        "secret_jimi", "1年")
    assert highest_secrecy([("secret_juemi", "5年"), ("secret_juemi", "长期")]) == ("secret_juemi", "长期")


def _input(level: str, term: str) -> meetings.MeetingInput:
    start = at(MONDAY + dt.timedelta(days=1), 9)
    return meetings.MeetingInput("专题研究会", "topic", start, start + dt.timedelta(hours=1), confidentiality=level,
                                 secrecy_term=term)


def test_the_service_stores_the_level_and_term(database: Database) -> None:
    with database.uow() as uow:
        saved = meetings.create_meeting(uow, _input("secret_jimi", "５年"), [], [])
    with database.uow() as uow:
        detail = meetings.get_meeting(uow, saved.meeting_id)
    assert (detail.confidentiality, detail.secrecy_term) == ("secret_jimi", "5年")
    assert detail.as_input().secrecy_term == "5年"
    with database.uow() as uow:  # 内部 is not a 密级: a 保密期限 typed before switching is not kept
        meetings.update_meeting(uow, saved.meeting_id, detail.version,
                                dataclasses.replace(detail.as_input(), confidentiality="internal"))
    with database.uow() as uow:
        assert meetings.get_meeting(uow, saved.meeting_id).secrecy_term == ""
    with database.uow() as uow, pytest.raises(ValidationError, match="保密期限“三年”看不懂"):
        meetings.create_meeting(uow, _input("secret_mimi", "三年"), [], [])
    with database.uow() as uow, pytest.raises(ValidationError, match="密级“secret”不对"):
        meetings.create_meeting(uow, _input("secret", ""), [], [])


@pytest.mark.parametrize("level", ["secret_mimi", "secret_jimi", "secret_juemi"])
def test_the_week_redacts_every_level_and_keeps_internal(database: Database, level: str) -> None:
    with database.uow() as uow:
        office = make_office(uow)
        add_meeting(uow, "专项工作研究会", at(MONDAY, 9), at(MONDAY, 10), people=[office.people[0]],
                    confidentiality=level, agenda=["不宜公开的事项"])
        add_meeting(uow, "办公室内部碰头会", at(MONDAY, 15), at(MONDAY, 16), confidentiality="internal")
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 48)
        shown = week.week_doc(uow, 2026, 48, include_secret=True)
        printed = week.week_doc(uow, 2026, 48)
    titles = {i.title for i in week.redact_secret(view).items}
    assert "专项工作研究会" not in titles and week.SECRET_LABEL in titles and "办公室内部碰头会" in titles
    assert shown.secrecy_mark == secrecy_mark(level) and printed.secrecy_mark == ""
    assert {e.title for e in printed.entries} == {week.SECRET_LABEL, "办公室内部碰头会"}


def test_a_topic_level_is_checked_and_its_term_normalised(sqlite_db) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from huiwu.errors import ValidationError
    from huiwu.services import meetings

    with sqlite_db.uow() as uow:
        from huiwu.demo import create_demo

        create_demo(uow)
        uow.commit()
    with sqlite_db.uow() as uow:
        row = meetings.list_meetings(uow)[0]
        detail = meetings.get_meeting(uow, row.id)

    def save(*agenda: meetings.AgendaInput) -> meetings.MeetingDetail:
        with sqlite_db.uow() as uow:
            current = meetings.get_meeting(uow, row.id)
            meetings.update_meeting(uow, row.id, current.version, current.as_input(), agenda=list(agenda))
        with sqlite_db.uow() as uow:
            return meetings.get_meeting(uow, row.id)

    saved = save(meetings.AgendaInput("研究人事事项", secrecy_level="secret_juemi", secrecy_term="２０年"),
                 meetings.AgendaInput("听取汇报", confidential=True), meetings.AgendaInput("其他"))
    assert [(a.secrecy_level, a.secrecy_term, a.confidential) for a in saved.agenda] == [
        ("secret_juemi", "20年", True), ("secret_mimi", "", True), ("", "", False)]
    with pytest.raises(ValidationError, match="第 1 项议题的密级“internal”不对"):
        save(meetings.AgendaInput("x", secrecy_level="internal"))
    with pytest.raises(ValidationError, match=r"第 2 项议题：.*保密期限"):
        save(meetings.AgendaInput("x"), meetings.AgendaInput("y", secrecy_level="secret_mimi", secrecy_term="半年多"))
    assert detail.id == row.id


def test_a_term_beyond_the_laws_limit_for_its_level_is_refused() -> None:
    import pytest

    from huiwu.errors import ValidationError
    from huiwu.rules.secrecy import secrecy_term_for

    assert secrecy_term_for("secret_mimi", "10年") == "10年"
    assert secrecy_term_for("secret_jimi", "19年11个月") == "19年11个月"
    assert secrecy_term_for("secret_juemi", "长期") == "长期"
    for level, term, limit in (("secret_mimi", "11年", 10), ("secret_jimi", "20年1个月", 20), ("secret_juemi", "31年", 30)):
        with pytest.raises(ValidationError, match=f"不超过 {limit} 年"):
            secrecy_term_for(level, term)
