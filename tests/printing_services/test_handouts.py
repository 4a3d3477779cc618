"""明白纸 CRUD: save whole, duplicate, link, version conflicts, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from huiwu import db as dbmod
from huiwu.errors import ConflictError, NotFoundError, ValidationError
from huiwu.services import audit, handouts
from tests.printing_services.conftest import Office

EDIT = handouts.HandoutEdit(
    title="  森林防火明白纸 ", tasks="巡山\n设卡", standards="无火情", rewards_penalties="失职追责", contact="李四",
    copies=3, milestones=(handouts.MilestoneEdit(dt.date(2026, 12, 1), "完成排查", "林业局"),
                          handouts.MilestoneEdit(None, "", "")),
    tables=(handouts.TableEdit("排查表", ("乡镇", "人数"), (("东坝镇",), ("", "", "x"))),),
)


def test_save_get_update_and_list(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        created = handouts.save_handout(uow, EDIT)
    assert created.edit.title == "森林防火明白纸"
    assert len(created.edit.milestones) == 1  # the empty row is dropped
    assert created.edit.tables[0].rows == (("东坝镇", ""), ("", ""))  # rectangular
    with database.uow() as uow:
        detail = handouts.get_handout(uow, created.id)
        assert detail.edit == created.edit and detail.meeting_title == ""
        linked = handouts.HandoutEdit(**{**detail.edit.__dict__, "meeting_id": office.meeting_id, "milestones": ()})
        updated = handouts.save_handout(uow, linked, created.id, detail.version)
    assert updated.version > detail.version and updated.confidentiality == "内部"
    assert updated.meeting_title == "县政府第48次常务会议" and updated.edit.milestones == ()
    with database.uow() as uow:
        rows = handouts.list_handouts(uow)
        history = [a for a in audit.recent(uow) if a.entity == "handout"]
        choices = handouts.meeting_choices(uow)
    assert [r.title for r in rows] == ["森林防火明白纸"] and rows[0].meeting_title == "县政府第48次常务会议"
    assert {a.action for a in history} == {"create", "update"}
    assert any(c.id == office.meeting_id and "常务会议" in c.label for c in choices)


def test_a_standalone_handout_keeps_its_own_level_and_prints_it(database: dbmod.Database, office: Office) -> None:
    from dataclasses import replace

    from huiwu.services import printing

    from .conftest import pdf_text

    secret = replace(EDIT, confidentiality="secret_jimi", secrecy_term="６个月")  # full-width digits accepted
    with database.uow() as uow:
        created = handouts.save_handout(uow, secret)
    assert (created.edit.confidentiality, created.edit.secrecy_term) == ("secret_jimi", "6个月")
    assert created.secrecy_mark == "机密★6个月" and created.confidentiality == "机密"
    with database.uow() as uow:
        pages = ["".join(p.split()) for p in pdf_text(printing.handout_pdf(uow, created.id))]
        copy = handouts.duplicate_handout(uow, created.id)
    assert len(pages) == 3 and all("机密★6个月" in p for p in pages)
    assert [f"00000{k}" in p for k, p in enumerate(pages, start=1)] == [True, True, True]
    assert copy.secrecy_mark == "机密★6个月"  # the copy keeps its level
    public = replace(created.edit, confidentiality="public", secrecy_term="6个月")
    with database.uow() as uow:
        back = handouts.save_handout(uow, public, created.id, created.version)
    assert back.edit.secrecy_term == "" and back.secrecy_mark == ""  # 公开 has no 保密期限


def test_stale_version_is_refused(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        created = handouts.save_handout(uow, EDIT)
    with database.uow() as uow:
        handouts.save_handout(uow, created.edit, created.id, created.version)
    with database.uow() as uow, pytest.raises(ConflictError, match="已被其他人修改"):
        handouts.save_handout(uow, created.edit, created.id, created.version)
    with database.uow() as uow, pytest.raises(ConflictError):
        handouts.delete_handout(uow, created.id, created.version)


def test_duplicate_and_delete(database: dbmod.Database, office: Office) -> None:
    with database.uow() as uow:
        created = handouts.save_handout(uow, EDIT)
    with database.uow() as uow:
        copy = handouts.duplicate_handout(uow, created.id, meeting_id=office.meeting_id)
    assert copy.id != created.id and copy.edit.title == "森林防火明白纸（副本）"
    assert copy.edit.tables == created.edit.tables and copy.edit.meeting_id == office.meeting_id
    with database.uow() as uow:
        handouts.delete_handout(uow, created.id, created.version)
    with database.uow() as uow:
        assert [r.id for r in handouts.list_handouts(uow)] == [copy.id]
        with pytest.raises(NotFoundError):
            handouts.get_handout(uow, created.id)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (handouts.HandoutEdit(title=" "), "标题不能为空"),
        (handouts.HandoutEdit(title="x", copies=0), "份数"),
        (handouts.HandoutEdit(title="x", meeting_id=987654), "会议不存在"),
        (handouts.HandoutEdit(title="x", milestones=(handouts.MilestoneEdit(dt.date(2026, 1, 1), " "),)), "节点内容"),
        (handouts.HandoutEdit(title="x", tables=(handouts.TableEdit("t", ("a", " ")),)), "空的列名"),
        (handouts.HandoutEdit(title="x", confidentiality="secret"), "密级“secret”不对"),
        (handouts.HandoutEdit(title="x", confidentiality="secret_mimi", secrecy_term="一年半"), "保密期限"),
    ],
)
def test_validation(sqlite_db: dbmod.Database, edit: handouts.HandoutEdit, message: str) -> None:
    with sqlite_db.uow() as uow, pytest.raises(ValidationError, match=message):
        handouts.save_handout(uow, edit)


def test_parse_date() -> None:
    today = dt.date(2026, 11, 23)
    assert handouts.parse_date("2026-12-01", today) == dt.date(2026, 12, 1)
    assert handouts.parse_date("2026年12月1日", today) == dt.date(2026, 12, 1)
    assert handouts.parse_date("12月5日前", today) == dt.date(2026, 12, 5)
    assert handouts.parse_date(" ", today) is None
    with pytest.raises(ValidationError, match="无法识别"):
        handouts.parse_date("下周五", today)
    with pytest.raises(ValidationError):
        handouts.parse_date("2026-02-30", today)


def test_document_for_live_preview() -> None:
    doc = handouts.document(EDIT, "县政府办公室", meeting_level="secret_mimi", meeting_term="1年")
    assert doc.tasks == ("巡山", "设卡") and doc.milestones[0].date == "12月1日前"
    assert doc.confidentiality == "秘密" and doc.secrecy_mark == "秘密★1年" and doc.copies == 3


def test_a_handout_prints_the_higher_of_its_own_and_its_meetings_level() -> None:
    """A standalone 明白纸 can be 涉密 on its own; one of a 涉密 meeting carries at least the meeting's mark."""
    from dataclasses import replace

    own = replace(EDIT, confidentiality="secret_jimi", secrecy_term="5年")
    assert handouts.document(own).secrecy_mark == "机密★5年"  # standalone
    assert handouts.document(own, meeting_level="secret_mimi", meeting_term="1年").secrecy_mark == "机密★5年"
    assert handouts.document(EDIT, meeting_level="secret_juemi").secrecy_mark == "绝密"
    internal = replace(EDIT, confidentiality="internal")
    assert (handouts.document(internal).confidentiality, handouts.document(internal).secrecy_mark) == ("内部", "")
    assert handouts.document(EDIT).confidentiality == "公开"
