"""请假 on both databases: range marks, substitutes, approval orders, 销假, default approver."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from huiwu.db import Database
from huiwu.errors import RuleError, ValidationError
from huiwu.models import Attendance, LeaveState, Participant
from huiwu.services import attendance as att
from huiwu.services import leave as lv
from tests.attendance.conftest import ALL, NOTIFIED, Office, at, seed_office

MEETINGS = [
    ("周一会", at(23, 9), ALL, NOTIFIED),
    ("周二会", at(24, 15), ALL, NOTIFIED),
    ("周三会", at(25, 9), ALL, NOTIFIED),
    ("周五会", at(27, 9), ALL, NOTIFIED),
]


@pytest.fixture
def office(database: Database) -> Office:
    return seed_office(database, MEETINGS)


def marks(db: Database, office: Office, name: str) -> dict[str, tuple[str, int | None, str]]:
    with db.uow() as uow:
        out = {}
        for title in office.meetings:
            p = uow.session.get(Participant, office.participants[(title, name)])
            assert p is not None
            out[title] = (p.attendance, p.leave_request_id, p.substitute_name)
        return out


def range_leave(db: Database, office: Office, approve: bool = False) -> int:
    with db.uow() as uow:
        return lv.create_leave(
            uow,
            lv.LeaveInput(office.people["张三"], "参加市里培训", starts_at=at(23, 8), ends_at=at(25, 18),
                          substitute=lv.Substitute(office.people["赵四"]), channel="电话"),
            approve=approve,
        )


def test_range_spanning_three_meetings_marks_all_and_substitute(database: Database, office: Office) -> None:
    leave_id = range_leave(database, office)
    assert all(m[0] == Attendance.PENDING for m in marks(database, office, "张三").values())
    with database.uow() as uow:
        row = lv.approve_leave(uow, leave_id, "同意")
    assert row.state == LeaveState.APPROVED and row.marked_meetings == 3 and row.substitute_name == "赵四"
    m = marks(database, office, "张三")
    for title in ("周一会", "周二会", "周三会"):
        assert m[title] == (Attendance.SUBSTITUTE, leave_id, "赵四")
    assert m["周五会"] == (Attendance.PENDING, None, "")
    with database.uow() as uow:
        infos = lv.approved_leave_for(uow, [office.people["张三"], office.people["赵四"]], at(24, 0), at(24, 23))
    assert list(infos) == [office.people["张三"]] and infos[office.people["张三"]].substitute_name == "赵四"
    # 销假 on Tuesday noon: Wednesday's mark and Tuesday afternoon's are reverted, Monday's stays
    with database.uow() as uow:
        lv.return_from_leave(uow, leave_id, at(24, 12))
    m = marks(database, office, "张三")
    assert m["周一会"][0] == Attendance.SUBSTITUTE
    assert m["周二会"] == (Attendance.PENDING, None, "") and m["周三会"] == (Attendance.PENDING, None, "")
    with database.uow() as uow:
        assert lv.approved_leave_for(uow, [office.people["张三"]], at(24, 13), at(24, 23)) == {}
        assert lv.approved_leave_for(uow, [office.people["张三"]], at(23, 9), at(23, 10))


def test_reject_keeps_a_signed_in_row(database: Database, office: Office) -> None:
    with database.uow() as uow:
        leave_id = lv.create_leave(uow, lv.LeaveInput(office.people["孙六"], "病假",
                                                       meeting_id=office.meetings["周一会"]), approve=True)
    with database.uow() as uow:
        att.sign_in(uow, office.meetings["周一会"], office.participants[("周一会", "孙六")], at=at(23, 9, 5),
                    clear_leave=True)
        lv.reject_leave(uow, leave_id, "不同意")
    assert marks(database, office, "孙六")["周一会"][:2] == (Attendance.PRESENT, None)


OPS = ("approve", "reject", "withdraw", "return")


def apply(db: Database, leave_id: int, op: str) -> None:
    with db.uow() as uow:
        try:
            {"approve": lambda: lv.approve_leave(uow, leave_id),
             "reject": lambda: lv.reject_leave(uow, leave_id),
             "withdraw": lambda: lv.withdraw_leave(uow, leave_id),
             "return": lambda: lv.return_from_leave(uow, leave_id, at(24, 12))}[op]()
        except RuleError:
            pass


def expected_marks(state: str, returned: bool) -> dict[str, str]:
    on = state in (LeaveState.APPROVED, LeaveState.RETURNED)
    result = {}
    for title, start in (("周一会", at(23, 9)), ("周二会", at(24, 15)), ("周三会", at(25, 9)), ("周五会", at(27, 9))):
        covered = on and start < at(25, 18) and (not returned or start < at(24, 12))
        result[title] = Attendance.SUBSTITUTE if covered else Attendance.PENDING
    return result


@pytest.mark.parametrize("order", list(itertools.permutations(OPS, 3)))
def test_every_order_leaves_consistent_marks(database: Database, office: Office, order: tuple[str, ...]) -> None:
    leave_id = range_leave(database, office)
    for op in order:
        apply(database, leave_id, op)
    with database.uow() as uow:
        row = lv.get_leave(uow, leave_id)
    got = {t: v[0] for t, v in marks(database, office, "张三").items()}
    assert got == expected_marks(row.state, row.returned_at is not None), (order, row.state)
    owned = [t for t, v in marks(database, office, "张三").items() if v[1] == leave_id]
    assert len(owned) == row.marked_meetings


def test_default_approver_and_validation(database: Database, office: Office) -> None:
    p = office.people
    with database.uow() as uow:
        assert lv.default_approver(uow, p["李副县"]) == p["王县长"]  # 副县长 → 县长
        assert lv.default_approver(uow, p["张三"]) == p["王县长"]  # head of a 县直部门 → 县长
        assert lv.default_approver(uow, p["赵四"]) == p["李副县"]  # 分管领导
        assert lv.default_approver(uow, p["吴八"]) == p["李副县"]  # 乡镇长: supervisor
        assert lv.default_approver(uow, p["钱五"], office.meetings["周一会"]) == p["王县长"]  # the chair
        assert lv.default_approver(uow, p["王县长"]) is None
        with pytest.raises(ValidationError):
            lv.create_leave(uow, lv.LeaveInput(p["钱五"], "", meeting_id=office.meetings["周一会"]))
        with pytest.raises(ValidationError):
            lv.create_leave(uow, lv.LeaveInput(p["钱五"], "事", starts_at=at(24, 9), ends_at=at(24, 8)))
    with database.uow() as uow:
        leave_id = lv.create_leave(uow, lv.LeaveInput(p["钱五"], "急事", meeting_id=office.meetings["周一会"],
                                                       channel="短信", retroactive=True))
        row = lv.get_leave(uow, leave_id)
        assert row.retroactive and row.approver_name == "王县长" and row.state_label == "待审批"
        assert [r.id for r in lv.list_leave(uow, state="pending")] == [leave_id]
        assert lv.list_leave(uow, date_from=at(28, 0)) == []


def test_new_participant_gets_the_mark(database: Database, office: Office) -> None:
    leave_id = range_leave(database, office, approve=True)
    with database.uow() as uow:
        p = uow.session.get(Participant, office.participants[("周二会", "张三")])
        assert p is not None
        uow.session.delete(p)
        uow.commit()
    with database.uow() as uow:
        uow.session.add(Participant(meeting_id=office.meetings["周二会"], person_id=office.people["张三"]))
        uow.session.flush()
        assert lv.apply_approved_leave(uow, office.meetings["周二会"]) == 1
        uow.commit()
    with database.uow() as uow:
        rows = uow.session.query(Participant).filter_by(leave_request_id=leave_id).count()
    assert rows == 3
    _ = dt
