"""The office's identity on paper (issue 12 item 5): every 落款 is ``Settings.issuer_line()``, and a meeting or
明白纸 that names no contact prints the office's default contact."""

from __future__ import annotations

import datetime as dt

import pytest

from huiwu import db as dbmod
from huiwu.services import handouts, printing
from huiwu.settings import PLACEHOLDER_OFFICE, Settings
from tests.printing.conftest import pdf_pages_text, squash
from tests.printing_services.conftest import Office

OFFICE = "清河县人民政府办公室"
ISSUER = "中共清河县委办公室"
CONTACT = "李秘书 0310-1234567"


@pytest.fixture
def named(settings: Settings) -> Settings:
    """The settings the database's units of work read: the office as the first-run dialog leaves it."""
    settings.office_name, settings.issuer, settings.default_contact = OFFICE, ISSUER, CONTACT
    return settings


def _text(pdf: bytes) -> str:
    return squash("".join(pdf_pages_text(pdf)))


def _notice_pages(pdf: bytes) -> str:
    """The notice without its 回执 page (which names the meeting's contact for the replies)."""
    pages = pdf_pages_text(pdf)
    return squash("".join(p for p in pages if "是否参会" not in p))


def test_notice_signs_with_the_issuer_and_falls_back_to_the_default_contact(
    database: dbmod.Database, office: Office, named: Settings
) -> None:
    with database.uow() as uow:
        own = _notice_pages(printing.document_pdf(uow, "notice", office.meeting_id))
        bare = _notice_pages(printing.document_pdf(uow, "notice", office.empty_meeting_id))
    for text in (own, bare):
        assert text.count(ISSUER) == 1 and PLACEHOLDER_OFFICE not in text
    assert "联系人：张秘书联系电话：0731-1234567" in own and "李秘书" not in own  # the meeting's own contact wins
    assert "联系人：李秘书联系电话：0310-1234567" in bare  # a meeting without one: the office's default


def test_without_an_issuer_line_the_office_name_signs(
    database: dbmod.Database, office: Office, named: Settings
) -> None:
    named.issuer = ""
    with database.uow() as uow:
        text = _notice_pages(printing.document_pdf(uow, "notice", office.meeting_id))
    assert text.count(OFFICE) == 1 and ISSUER not in text


def test_handout_signs_with_the_issuer_and_names_the_default_contact(
    database: dbmod.Database, office: Office, named: Settings
) -> None:
    base = handouts.HandoutEdit(title="森林防火明白纸", tasks="巡山", standards="无火情", rewards_penalties="失职追责")
    with database.uow() as uow:
        bare = handouts.save_handout(uow, base)
        own = handouts.save_handout(uow, handouts.HandoutEdit(**{**base.__dict__, "title": "秸秆禁烧明白纸",
                                                                 "contact": "县应急管理局 赵六 0310-7654321"}))
    with database.uow() as uow:
        bare_text = _text(printing.handout_pdf(uow, bare.id))
        own_text = _text(printing.handout_pdf(uow, own.id))
    assert ISSUER in bare_text and squash(CONTACT) in bare_text and PLACEHOLDER_OFFICE not in bare_text
    assert ISSUER in own_text and "县应急管理局赵六0310-7654321" in own_text and "李秘书" not in own_text
    # the editor's live preview (no database) signs and names the contact the same way
    preview = handouts.document(base, named.issuer_line(), dt.date(2026, 11, 23), named.default_contact)
    assert preview.issuer == ISSUER and preview.contact == CONTACT


def test_report_and_week_sign_with_the_issuer(
    database: dbmod.Database, office: Office, named: Settings
) -> None:
    with database.uow() as uow:
        papers = {
            "通报": printing.report_pdf(uow, dt.date(2026, 11, 1), dt.date(2026, 11, 30)),
            "周安排": printing.week_pdf(uow, 2026, 48),
        }
    for name, pdf in papers.items():
        text = _text(pdf)
        assert ISSUER in text, name
        assert PLACEHOLDER_OFFICE not in text, name
    with database.uow() as uow:  # the 督办清单 prints no 落款 today; its document carries the same issuer
        assert PLACEHOLDER_OFFICE not in _text(printing.actions_pdf(uow))
