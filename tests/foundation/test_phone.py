"""Phone numbers: what offices write is accepted, "abc" is refused with a sentence and nothing is saved."""

from __future__ import annotations

import pytest

from huiwu.errors import ValidationError
from huiwu.models import Person
from huiwu.services import directory
from huiwu.text import phone_problem


@pytest.mark.parametrize("phone", ["", "0316-1234567", "13800001234", "(0316)1234567", "（0316）1234567",
                                   "0316-1234567转8001", "+86-13800001234", "12345678", "010-12345678",
                                   "138 0000 1234", "0316-1234567、13800001234", "0316-1234567 / 8001234"])
def test_office_phone_numbers_are_accepted(phone: str) -> None:
    assert phone_problem(phone) is None


@pytest.mark.parametrize(("phone", "words"), [("abc", "不是有效"), ("0316-1234567、abc", "不是有效"),
                                              ("电话0316", "不是有效"), ("23800001234", "以 1 开头"),
                                              ("1" * 25, "太多")])
def test_what_is_no_phone_is_named(phone: str, words: str) -> None:
    problem = phone_problem(phone)
    assert problem is not None and words in problem and phone.split("、")[-1] in problem


def test_every_demo_phone_passes(demo_db) -> None:  # type: ignore[no-untyped-def]
    with demo_db.uow() as uow:
        phones = [p.phone for p in uow.session.query(Person)]
    assert phones and [p for p in phones if phone_problem(p)] == []


def test_saving_a_person_with_a_bad_phone_changes_nothing(database) -> None:  # type: ignore[no-untyped-def]
    with database.uow() as uow:
        unit_id = directory.save_unit(uow, directory.UnitEdit(name="县财政局"))
    with database.uow() as uow, pytest.raises(ValidationError, match="abc"):
        directory.save_person(uow, directory.PersonEdit(name="欧阳明", unit_id=unit_id, phone="abc"))
    with database.uow() as uow:
        assert uow.session.query(Person).count() == 0
