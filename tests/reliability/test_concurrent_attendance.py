"""Two PCs, one invitee: no attendance edit is lost, two sign-ins of one person are one sign-in (SQLite and
PostgreSQL). The interleavings are forced (a unit of work holds the record it read while another saves)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.errors import ConflictError, RuleError
from huiwu.models import AuditEntry, Participant
from huiwu.services import attendance as att
from tests.attendance.conftest import ALL, NOTIFIED, at, seed_office

START = at(24, 9)


@pytest.fixture
def office(database: Database):  # type: ignore[no-untyped-def]
    return seed_office(database, [("常务会", START, ALL, NOTIFIED)])


def test_a_correction_saved_meanwhile_is_not_overwritten(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    pid = office.participants[("常务会", "张三")]
    with database.uow() as first:
        held = first.session.get(Participant, pid)  # PC 1 has the record open
        assert held is not None
        with database.uow() as second:
            att.correct_attendance(second, pid, "absent", "核实未到")  # PC 2 saves first
        with pytest.raises(ConflictError, match="张三 的考勤记录已被其他人修改"):
            att.correct_attendance(first, pid, "present", "其实到了", signed_in_at=START)
    with database.uow() as uow:
        assert uow.session.get(Participant, pid).attendance == "absent"  # type: ignore[union-attr]


def test_a_stale_version_from_the_page_is_refused(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    pid = office.participants[("常务会", "赵四")]
    with database.uow() as uow:
        row = next(r for r in att.load_roster(uow, office.meetings["常务会"]).rows if r.participant_id == pid)
    with database.uow() as uow:
        att.correct_attendance(uow, pid, "absent", "核实未到", version=row.version)
    with database.uow() as uow, pytest.raises(ConflictError):
        att.correct_attendance(uow, pid, "leave", "补假", version=row.version)


def test_two_pcs_signing_one_person_in_make_one_sign_in(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    mid, pid = office.meetings["常务会"], office.participants[("常务会", "钱五")]
    with database.uow() as first:
        held = first.session.get(Participant, pid)
        assert held is not None
        with database.uow() as second:
            att.sign_in(second, mid, pid, at=START - dt.timedelta(minutes=3))
        with pytest.raises(RuleError, match="已于 08:57"):
            att.sign_in(first, mid, pid, at=START - dt.timedelta(minutes=1))
    with database.uow() as uow:
        signs = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity == "participant", AuditEntry.entity_id == pid, AuditEntry.action == "sign_in"))
        assert signs == 1


def test_racing_threads_lose_nothing(database: Database, office) -> None:  # type: ignore[no-untyped-def]
    """Two threads sign everybody in at once: each person signed in exactly once, every refusal a sentence."""
    mid = office.meetings["常务会"]
    people = [office.participants[("常务会", n)] for n in ALL]
    refusals: list[str] = []
    failures: list[BaseException] = []
    barrier = threading.Barrier(2)

    def clerk(offset: int) -> None:
        barrier.wait()
        for pid in people:
            try:
                with database.uow() as uow:
                    att.sign_in(uow, mid, pid, at=START - dt.timedelta(minutes=offset))
            except (RuleError, ConflictError) as exc:
                refusals.append(str(exc))
            except Exception as exc:  # a traceback would reach a clerk
                failures.append(exc)

    threads = [threading.Thread(target=clerk, args=(k,)) for k in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    with database.uow() as uow:
        signed = uow.session.scalar(select(func.count()).select_from(Participant).where(
            Participant.meeting_id == mid, Participant.signed_in_at.is_not(None)))
        audits = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "sign_in"))
    assert signed == len(people) and audits == len(people)
    assert len(refusals) == len(people) and all("签到" in r or "修改" in r for r in refusals)
