"""CalDAV both ways with the leader's phone (vdirsyncer, an independent client) acting on a real Radicale:
deletions, cancellations, new events and edits made on the phone, and what the office sees after a sync."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import caldav
import icalendar
import pytest
from sqlalchemy import select

from huiwu.clock import Clock
from huiwu.db import Database
from huiwu.models import AuditEntry, CalDavPending, Meeting, MeetingStatus
from huiwu.services import caldav_sync, meetings, week
from huiwu.services.caldav_sync import TargetEdit
from tests.caldav.conftest import MemoryKeyring
from tests.caldav.phone import Phone
from tests.conftest import DEMO_DAY
from tests.week.factory import add_meeting, at, make_office

DAY = DEMO_DAY + dt.timedelta(days=3)


def _server_events(cal: caldav.Calendar) -> dict[str, icalendar.Event]:
    out = {}
    for obj in cal.events():
        for ev in icalendar.Calendar.from_ical(obj.data).walk("VEVENT"):
            out[str(ev["UID"])] = ev
    return out


@dataclass
class Leader:
    cal: caldav.Calendar
    phone: Phone
    target_id: int
    leader_id: int
    ids: dict[str, int]
    uids: dict[str, str]


@pytest.fixture
def leader(database: Database, radicale_url: str, memory_keyring: MemoryKeyring, tmp_path: Path) -> Leader:
    """张县长's calendar on Radicale, the office's five meetings of his on it, and his phone in step."""
    client = caldav.DAVClient(url=radicale_url, username="zhang", password="phone", require_tls=False)
    cal = client.principal().make_calendar(name="张县长", cal_id=f"c{uuid.uuid4().hex[:8]}")
    with database.uow() as uow:
        office = make_office(uow)
        zhang = office.people[0]
        ids = {
            "delete": add_meeting(uow, "防汛调度会", at(DAY, 9), at(DAY, 10), chair_id=zhang, venue_id=office.venues[0]),
            "cancel": add_meeting(uow, "安全生产会", at(DAY, 10), at(DAY, 11), people=[zhang, office.people[2]]),
            "secret": add_meeting(uow, "干部任免研究", at(DAY, 14), at(DAY, 15), chair_id=zhang,
                                  confidentiality="internal"),
            "edit": add_meeting(uow, "项目推进会", at(DAY, 15), at(DAY, 16), chair_id=zhang),
            "keep": add_meeting(uow, "招商引资汇报", at(DAY + dt.timedelta(days=1), 9),
                                at(DAY + dt.timedelta(days=1), 11), chair_id=zhang, venue_id=office.venues[1]),
        }
        add_meeting(uow, "李副县长调研", at(DAY, 9), at(DAY, 10), chair_id=office.people[1])  # not his
        row = caldav_sync.save_target(uow, TargetEdit("张县长日历", radicale_url, "zhang", str(cal.url), zhang),
                                      password="phone")
        uids = {k: uow.session.get(Meeting, v).uid for k, v in ids.items()}  # type: ignore[union-attr]
    first = caldav_sync.sync_target(database, row.id)
    assert (first.created, first.lines[0]) == (5, f"本办→服务器：新建《防汛调度会》（{DAY.month}月{DAY.day}日 09:00）")
    phone = Phone(tmp_path / "phone", str(cal.url))
    phone.sync()
    assert set(phone.events()) == set(uids.values())
    return Leader(cal, phone, row.id, zhang, ids, uids)


def _audit(database: Database, meeting_id: int, action: str) -> list[tuple[str, dict[str, object]]]:
    """(summary, changes) of the meeting's history entries of one kind."""
    with database.uow() as uow:
        return [(e.summary, dict(e.changes)) for e in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.meeting_id == meeting_id, AuditEntry.action == action))]


def test_the_leaders_phone_changes_reach_the_office(database: Database, leader: Leader) -> None:
    phone, uids, ids = leader.phone, leader.uids, leader.ids
    tomorrow = DAY + dt.timedelta(days=1)
    phone.delete(uids["delete"])
    phone.cancel(uids["cancel"])
    phone.edit(uids["secret"], summary="研究王某某任职")
    phone.edit(uids["edit"], summary="项目推进会（扩大）", dtstart=at(DAY, 16), dtend=at(DAY, 17))
    own = phone.create("看望老干部", at(tomorrow, 10), at(tomorrow, 12), location="县老干部局")
    phone.sync()

    result = caldav_sync.sync_target(database, leader.target_id)
    lines = "\n".join(result.lines)
    # deletions and cancellations made on the phone: pending for the clerk, the meetings unchanged
    assert (result.pending, result.waiting) == (2, 2), lines
    assert "《防汛调度会》" in lines and "在服务器上被删除，等待您确认" in lines
    assert "《安全生产会》" in lines and "在服务器上被取消，等待您确认" in lines
    # the confidential title: not applied, in the meeting's history, the office's version back on the server
    assert result.refused == 1 and "《干部任免研究》是保密会议" in lines
    refused = _audit(database, ids["secret"], "caldav_refused")
    assert refused and refused[0][1]["title"] == ["内部会议", "研究王某某任职"]
    assert str(_server_events(leader.cal)[uids["secret"]]["SUMMARY"]) == "内部会议"
    # an ordinary edit of title and time: applied
    assert result.pulled == 1 and "采纳《项目推进会》在服务器上的修改" in lines
    # the leader's own event: in 周安排 as his, with the clash shown
    assert result.phone_added == 1
    assert f"服务器→本办：张县长新建日程《看望老干部》（{tomorrow.month}月{tomorrow.day}日 10:00—12:00），已列入周安排；" \
           "与《招商引资汇报》时间冲突" in lines
    assert "新建 0，更新 0，取消 0，采纳服务器修改 1" in result.summary() and "待您确认的服务器更改 2 项" in result.summary()
    with database.uow() as uow:
        assert uow.session.get(Meeting, ids["delete"]).status != MeetingStatus.CANCELLED  # type: ignore[union-attr]
        assert uow.session.get(Meeting, ids["secret"]).title == "干部任免研究"  # type: ignore[union-attr]
        edited = uow.session.get(Meeting, ids["edit"])
        assert edited is not None and (edited.title, edited.starts_at) == ("项目推进会（扩大）", at(DAY, 16))
        view = week.week_view(uow, *tomorrow.isocalendar()[:2])
        mine = [i for i in view.items if i.source == "imported" and i.title == "看望老干部"]
        assert mine and mine[0].person_ids == (leader.leader_id,) and mine[0].place == "县老干部局"
        assert any({f"meeting:{ids['keep']}", mine[0].key} <= set(c.item_keys) for c in view.conflicts), view.conflicts
        pending = caldav_sync.list_pending(uow)
    assert [(p.title, p.kind) for p in pending] == [("防汛调度会", "deleted"), ("安全生产会", "cancelled")]
    assert _audit(database, ids["delete"], "caldav_server_deleted")

    # the next sync neither re-creates the deleted meeting nor forgets the pending changes
    again = caldav_sync.sync_target(database, leader.target_id)
    assert (again.created, again.pending, again.waiting, again.phone_added) == (0, 0, 2, 0), again.lines
    assert uids["delete"] not in _server_events(leader.cal)
    with database.uow() as uow:
        assert len(list(uow.session.scalars(select(CalDavPending)))) == 2

    # the clerk decides: accept the deletion (the meeting is cancelled), reject the cancellation (written back)
    with database.uow() as uow:
        deleted, cancelled = caldav_sync.list_pending(uow)
        caldav_sync.accept_pending(uow, deleted.id, deleted.version)
        caldav_sync.reject_pending(uow, cancelled.id, cancelled.version)
        assert caldav_sync.list_pending(uow) == []
        m = uow.session.get(Meeting, ids["delete"])
        assert m is not None and m.status == MeetingStatus.CANCELLED and "张县长日历" in m.cancel_reason
    assert _audit(database, ids["delete"], "cancel") and _audit(database, ids["delete"], "caldav_accept")
    assert _audit(database, ids["cancel"], "caldav_reject")
    after = caldav_sync.sync_target(database, leader.target_id)
    assert "本办→服务器：按您的决定，《安全生产会》" in "\n".join(after.lines), after.lines
    assert after.waiting == 0
    phone.sync()
    seen = phone.events()
    assert str(seen[uids["cancel"]]["STATUS"]) == "CONFIRMED" and uids["delete"] not in seen

    # the leader deletes his own event: gone from 周安排
    phone.delete(own)
    phone.sync()
    gone = caldav_sync.sync_target(database, leader.target_id)
    assert gone.phone_removed == 1 and "张县长删除了日程《看望老干部》" in "\n".join(gone.lines)
    with database.uow() as uow:
        view = week.week_view(uow, *tomorrow.isocalendar()[:2])
        assert not [i for i in view.items if i.title == "看望老干部"]


def test_office_deletes_and_cancellations_reach_the_phone_then_go(database: Database, leader: Leader,
                                                                   clock: Clock) -> None:
    """Cancelled or deleted in the office, or the leader taken off the list: STATUS:CANCELLED with a higher
    SEQUENCE on his phone, then off the calendar once the office's grace period is over."""
    phone, uids, ids = leader.phone, leader.uids, leader.ids
    before = {k: int(phone.events()[u]["SEQUENCE"]) for k, u in uids.items()}
    with database.uow() as uow:
        meetings.cancel_meeting(uow, ids["cancel"], meetings.get_meeting(uow, ids["cancel"]).version, "改期另行通知")
        meetings.delete_meeting(uow, ids["delete"], meetings.get_meeting(uow, ids["delete"]).version)
        m = uow.session.get(Meeting, ids["edit"])
        assert m is not None
        m.chair_id = None  # 张县长 no longer chairs it (nor attends): no longer on his calendar
        uow.commit()
    result = caldav_sync.sync_target(database, leader.target_id)
    lines = "\n".join(result.lines)
    assert result.cancelled == 3, lines
    assert "《安全生产会》" in lines and "已在本办取消，服务器上标为已取消" in lines
    assert "《防汛调度会》" in lines and "已在本办删除，服务器上标为已取消" in lines
    assert "《项目推进会》" in lines and "不再有张县长参加" in lines
    phone.sync()
    seen = phone.events()
    for key in ("cancel", "delete", "edit"):
        assert str(seen[uids[key]]["STATUS"]) == "CANCELLED", key
        assert int(seen[uids[key]]["SEQUENCE"]) > before[key], key
    quiet = caldav_sync.sync_target(database, leader.target_id)  # within the grace period: left as they are
    assert (quiet.cancelled, quiet.updated, quiet.removed, quiet.lines) == (0, 0, 0, ())
    clock.advance(dt.timedelta(days=database.settings.caldav_grace_days, minutes=1))  # type: ignore[attr-defined]
    later = caldav_sync.sync_target(database, leader.target_id)
    assert later.removed == 3 and "取消已满 7 天，已从服务器上移除" in "\n".join(later.lines)
    phone.sync()
    assert set(phone.events()) == {uids["secret"], uids["keep"]}
    assert caldav_sync.sync_target(database, leader.target_id).lines == ()  # and nothing comes back
