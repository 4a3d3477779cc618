"""Every document of a 涉密 meeting carries "秘密★1年" on its first page (GB/T 9704 §7.2); a 内部 or 公开
meeting's documents carry no 密级 at all. Printed from the database (SQLite and PostgreSQL), text read back."""

from __future__ import annotations

from huiwu import db as dbmod
from huiwu.models import Meeting
from huiwu.services import handouts, printing
from tests.printing_services.conftest import Office, pdf_text

MARKED = ("notice", "agenda", "signin", "seating", "handout")
LEVEL_WORDS = ("秘密", "机密", "绝密", "★", "涉密")


def _squash(text: str) -> str:
    return "".join(text.split())


def _classify(database: dbmod.Database, meeting_id: int, level: str, term: str) -> None:
    with database.uow() as uow:
        m = uow.session.get(Meeting, meeting_id)
        assert m is not None
        m.confidentiality, m.secrecy_term = level, term
        uow.commit()
    with database.uow() as uow:
        handouts.save_handout(uow, handouts.HandoutEdit(title="预算调整明白纸", tasks="修订预算", copies=2,
                                                        meeting_id=meeting_id))


def _pages(database: dbmod.Database, kind: str, meeting_id: int) -> list[str]:
    with database.uow() as uow:
        return [_squash(p) for p in pdf_text(printing.document_pdf(uow, kind, meeting_id))]


def test_every_document_of_a_secret_meeting_is_marked_on_page_one(database: dbmod.Database, office: Office) -> None:
    _classify(database, office.meeting_id, "secret_mimi", "1年")
    for kind in MARKED:
        pages = _pages(database, kind, office.meeting_id)
        assert "秘密★1年" in pages[0], kind
        if kind != "handout":  # each 明白纸 copy is a document of one page; others mark their first page only
            assert all("★" not in p for p in pages[1:]), kind  # (the notice's 回执 is page 2)
        assert "涉密" not in pages[0], kind  # 涉密 is not a 密级
    notice, signin = _pages(database, "notice", office.meeting_id), _pages(database, "signin", office.meeting_id)
    assert notice[0].index("秘密★1年") < notice[0].index("关于召开")  # above the title (the page number
    assert signin[0].startswith("000001秘密★1年")  # is drawn first, at the foot: its text comes out first);
    assert "000001" in notice[0]  # a single 涉密 copy is numbered too (GB/T 9704 §7.2.1)
    handout = _pages(database, "handout", office.meeting_id)
    assert [p.index("00000") < p.index("秘密★1年") < p.index("预算调整明白纸") for p in handout] == [True, True]
    assert "000001" in handout[0] and "000002" in handout[1]  # 份号 of each copy, and the mark on each copy
    for kind in ("cards", "actions"):  # 席卡 face the audience; the 督办清单 is kept by the office
        assert all("★" not in p for p in _pages(database, kind, office.meeting_id)), kind


def test_the_mark_follows_the_level_and_term(database: dbmod.Database, office: Office) -> None:
    _classify(database, office.meeting_id, "secret_jimi", "6个月")
    notice = _pages(database, "notice", office.meeting_id)[0]
    assert notice.index("机密★6个月") < notice.index("关于召开")
    _classify(database, office.meeting_id, "secret_juemi", "")
    agenda = _pages(database, "agenda", office.meeting_id)[0]
    assert agenda.startswith("000001绝密") and "★" not in agenda


def test_internal_and_public_meetings_carry_no_level(database: dbmod.Database, office: Office) -> None:
    # the office's 常务会议 is 内部; the empty meeting is 公开
    for meeting_id in (office.meeting_id, office.empty_meeting_id):
        for kind in ("notice", "agenda", "signin", "seating", "cards", "actions"):
            text = "".join(_pages(database, kind, meeting_id))
            assert not any(w in text for w in LEVEL_WORDS), (meeting_id, kind)
    with database.uow() as uow:
        handouts.save_handout(uow, handouts.HandoutEdit(title="内部明白纸", tasks="修订预算",
                                                        meeting_id=office.meeting_id))
    page = _pages(database, "handout", office.meeting_id)[0]
    assert "000001" in page and "★" not in page  # 内部 copies are numbered, never marked as a 密级


def test_the_week_printed_in_full_carries_the_mark(database: dbmod.Database, office: Office) -> None:
    _classify(database, office.meeting_id, "secret_mimi", "1年")
    with database.uow() as uow:
        full = [_squash(p) for p in pdf_text(printing.week_pdf(uow, 2026, 48, include_secret=True))]
        redacted = [_squash(p) for p in pdf_text(printing.week_pdf(uow, 2026, 48))]
    assert full[0].startswith("秘密★1年") and "县政府第48次常务会议" in full[0]
    assert all("★" not in p for p in redacted) and "县政府第48次常务会议" not in "".join(redacted)


def test_numbered_copies_each_carry_their_number_and_the_mark(database: dbmod.Database, office: Office) -> None:
    """``copies=N``: N copies in one file, each with its 份号 and the 密级 on its own first page and its own
    page numbers; documents that are not numbered refuse the option with a sentence."""
    import pytest

    from huiwu.errors import ValidationError

    _classify(database, office.meeting_id, "secret_jimi", "5年")
    for kind in printing.NUMBERED_KINDS:
        one = _pages(database, kind, office.meeting_id)
        with database.uow() as uow:
            pages = [_squash(p) for p in pdf_text(printing.document_pdf(uow, kind, office.meeting_id, copies=3))]
        assert len(pages) == 3 * len(one), kind
        firsts = pages[:: len(one)]
        for number, page in enumerate(firsts, start=1):
            serial = f"{number:06d}"
            assert serial in page and page.index(serial) < page.index("机密★5年"), (kind, number)
        assert all("00000" not in p for i, p in enumerate(pages) if i % len(one)), kind  # first pages only
        if kind == "signin":
            assert all(f"第1页共{len(one)}页" in p for p in firsts)
    with database.uow() as uow, pytest.raises(ValidationError, match="不按份号印制"):
        printing.document_pdf(uow, "cards", office.meeting_id, copies=2)
    with database.uow() as uow, pytest.raises(ValidationError, match="1 到 500"):
        printing.document_pdf(uow, "notice", office.meeting_id, copies=0)


def test_a_classified_topic_marks_the_papers_that_list_it(database: dbmod.Database, office: Office) -> None:
    """A 内部 meeting taking a 机密 议题: the notice and the 议程 carry 机密★5年 (the highest of the meeting and its
    议题), the 议题 says its own level; the sign-in sheet and the seating chart, which list no 议题, carry none."""
    from huiwu.services import meetings

    with database.uow() as uow:
        detail = meetings.get_meeting(uow, office.meeting_id)
        agenda = [meetings.AgendaInput(a.title, a.presenter_unit_id, a.presenter_name, a.minutes,
                                       a.attending_unit_ids, secrecy_level="secret_jimi" if k == 0 else "",
                                       secrecy_term="5年" if k == 0 else "")
                  for k, a in enumerate(detail.agenda)]
        meetings.update_meeting(uow, office.meeting_id, detail.version, detail.as_input(), agenda=agenda)
    with database.uow() as uow:
        saved = meetings.get_meeting(uow, office.meeting_id)
    assert (saved.agenda[0].secrecy_level, saved.agenda[0].secrecy_term, saved.agenda[0].confidential) == (
        "secret_jimi", "5年", True)
    assert not saved.agenda[1].confidential and saved.confidentiality == "internal"  # the office's own, no 密级
    for kind in ("notice", "agenda"):
        assert "机密★5年" in _pages(database, kind, office.meeting_id)[0], kind
    assert f"{saved.agenda[0].title}（机密★5年）" in "".join(_pages(database, "agenda", office.meeting_id))
    for kind in ("signin", "seating"):
        assert all("★" not in p for p in _pages(database, kind, office.meeting_id)), kind
