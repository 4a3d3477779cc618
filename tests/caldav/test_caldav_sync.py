"""CalDAV round trip against a real Radicale server: push, edit on the server, pull, cancel, conflict."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import replace

import caldav
import icalendar
import pytest
from sqlalchemy import select

from huiwu.db import Database
from huiwu.errors import ValidationError
from huiwu.models import AuditEntry, CalDavTarget, Meeting, MeetingStatus
from huiwu.services import caldav_sync, meetings
from huiwu.services.caldav_sync import CalDavError, TargetEdit
from tests.caldav.conftest import MemoryKeyring
from tests.conftest import DEMO_DAY
from tests.week.factory import SH, add_meeting, at, make_office

DAY = DEMO_DAY + dt.timedelta(days=3)  # three days after the pinned "today"


def _calendar(radicale_url: str) -> caldav.Calendar:
    client = caldav.DAVClient(url=radicale_url, username="clerk", password="secret", require_tls=False)
    principal = client.principal()
    return principal.make_calendar(name="会务", cal_id=f"c{uuid.uuid4().hex[:8]}")


def _server_events(cal: caldav.Calendar) -> dict[str, icalendar.Event]:
    out = {}
    for obj in cal.events():
        for ev in icalendar.Calendar.from_ical(obj.data).walk("VEVENT"):
            out[str(ev["UID"])] = ev
    return out


def _edit_on_server(cal: caldav.Calendar, uid: str, **changes: object) -> None:
    obj = cal.event_by_uid(uid)
    parsed = icalendar.Calendar.from_ical(obj.data)
    for ev in parsed.walk("VEVENT"):
        for key, value in changes.items():
            ev.pop(key, None)
            ev.add(key, value)
    obj.data = parsed.to_ical().decode("utf-8")
    obj.save()


@pytest.fixture
def setup(database: Database, radicale_url: str, memory_keyring: MemoryKeyring):  # type: ignore[no-untyped-def]
    cal = _calendar(radicale_url)
    with database.uow() as uow:
        office = make_office(uow)
        mid = add_meeting(uow, "防汛调度会", at(DAY, 9), at(DAY, 11), venue_id=office.venues[0],
                          chair_id=office.people[0], people=office.people[:4], host_unit_id=office.units[0],
                          agenda=["汛情通报"])
        draft = add_meeting(uow, "草稿会议", at(DAY, 15), at(DAY, 16), status=MeetingStatus.DRAFT)
        row = caldav_sync.save_target(
            uow, TargetEdit("办公室日历", radicale_url, "clerk", str(cal.url)), password="secret"
        )
    return cal, row.id, mid, draft, office


def test_password_goes_to_keyring_only(database: Database, setup, memory_keyring: MemoryKeyring) -> None:  # type: ignore[no-untyped-def]
    _, target_id, *_ = setup
    assert memory_keyring.store == {("huiwu-caldav", "办公室日历"): "secret"}
    with database.uow() as uow:
        t = uow.session.get(CalDavTarget, target_id)
        assert t is not None
        assert "secret" not in repr([getattr(t, c.key) for c in CalDavTarget.__table__.columns])
        rows = caldav_sync.list_targets(uow)
        assert rows[0].has_password
        renamed = caldav_sync.save_target(
            uow, TargetEdit("县政府日历", rows[0].url, "clerk", rows[0].calendar_url), target_id, rows[0].version
        )
    assert renamed.has_password and ("huiwu-caldav", "办公室日历") not in memory_keyring.store
    with database.uow() as uow, pytest.raises(ValidationError):
        caldav_sync.save_target(uow, TargetEdit("x", "ftp://nowhere"))


def test_push_pull_cancel_and_conflict(database: Database, setup) -> None:  # type: ignore[no-untyped-def]
    cal, target_id, mid, _draft, _office = setup
    progress: list[tuple[int, int, str]] = []
    first = caldav_sync.sync_target(database, target_id, lambda *a: progress.append(a))
    assert (first.created, first.updated, first.conflicts) == (1, 0, ())
    assert progress and progress[-1][2] == "同步完成"
    with database.uow() as uow:
        m = uow.session.get(Meeting, mid)
        assert m is not None
        uid = m.uid
        t = uow.session.get(CalDavTarget, target_id)
        assert t is not None and t.last_sync_at is not None and "新建 1" in t.last_sync_result
    server = _server_events(cal)
    assert list(server) == [uid]  # the draft is not pushed
    assert str(server[uid]["SUMMARY"]) == "防汛调度会"

    # nothing changed: nothing happens
    quiet = caldav_sync.sync_target(database, target_id)
    assert (quiet.created, quiet.updated, quiet.pulled) == (0, 0, 0)

    # edited on the server only: applied to the meeting, with audit
    new_start = at(DAY, 14)
    _edit_on_server(cal, uid, summary="防汛抗旱调度会", dtstart=new_start, dtend=at(DAY, 16))
    pulled = caldav_sync.sync_target(database, target_id)
    assert pulled.pulled == 1 and pulled.conflicts == ()
    with database.uow() as uow:
        m = uow.session.get(Meeting, mid)
        assert m is not None
        assert m.title == "防汛抗旱调度会" and m.starts_at == new_start and m.ends_at == at(DAY, 16)
        actions = list(uow.session.scalars(select(AuditEntry.action).where(AuditEntry.meeting_id == mid)))
        assert "caldav_pull" in actions
    assert caldav_sync.sync_target(database, target_id).updated == 0  # the pulled edit is not pushed back

    # both sides changed: the office's version wins on the server, the server's edit is kept in the audit
    _edit_on_server(cal, uid, summary="服务器上改的名称")
    with database.uow() as uow:
        d = meetings.get_meeting(uow, mid)
        meetings.update_meeting(uow, mid, d.version, replace(d.as_input(), title="本办改的名称"))
    clash = caldav_sync.sync_target(database, target_id)
    assert len(clash.conflicts) == 1 and "本办改的名称" in clash.conflicts[0]
    assert str(_server_events(cal)[uid]["SUMMARY"]) == "本办改的名称"
    with database.uow() as uow:
        kept = uow.session.scalar(
            select(AuditEntry).where(AuditEntry.meeting_id == mid, AuditEntry.action == "caldav_conflict")
        )
        assert kept is not None and "服务器上改的名称" in kept.changes["server_version"]

    # cancelled in the office: STATUS:CANCELLED on the server
    with database.uow() as uow:
        meetings.cancel_meeting(uow, mid, meetings.get_meeting(uow, mid).version, "改为视频会议另行通知")
    gone = caldav_sync.sync_target(database, target_id)
    assert gone.cancelled == 1
    ev = _server_events(cal)[uid]
    assert str(ev["STATUS"]) == "CANCELLED" and int(ev["SEQUENCE"]) >= 3
    assert ev["DTSTART"].dt.astimezone(SH) == new_start


def test_missing_password_and_unreachable_server(database: Database, memory_keyring: MemoryKeyring) -> None:
    with database.uow() as uow:
        row = caldav_sync.save_target(uow, TargetEdit("无密码", "http://127.0.0.1:9/dav/", "clerk"))
    with pytest.raises(CalDavError, match="密码"):
        caldav_sync.sync_target(database, row.id)
    caldav_sync.set_password("无密码", "x")
    with pytest.raises(CalDavError, match="连接被拒绝"):
        caldav_sync.sync_target(database, row.id)
    with database.uow() as uow:
        t = uow.session.get(CalDavTarget, row.id)
        assert t is not None and t.last_sync_at is None


def test_network_runs_outside_any_transaction_and_respects_office_edits(database: Database, setup) -> None:  # type: ignore[no-untyped-def]
    """The three phases: while the server is being talked to, the office can save (no lock is held); a
    server edit to a meeting the office changed meanwhile is not applied over it."""
    cal, target_id, mid, _draft, _office = setup
    caldav_sync.sync_target(database, target_id)
    with database.uow() as uow:
        uid = uow.session.get(Meeting, mid).uid  # type: ignore[union-attr]
    _edit_on_server(cal, uid, summary="服务器上改的名称")
    with database.uow() as uow:
        plan = caldav_sync.plan_sync(uow, target_id)
    with database.uow() as uow:  # the clerk saves while the sync is under way
        d = meetings.get_meeting(uow, mid)
        meetings.update_meeting(uow, mid, d.version, replace(d.as_input(), notes="会前补充"))
    done = caldav_sync.exchange(plan)
    with database.uow() as uow:
        result = caldav_sync.record_sync(uow, done)
    assert result.pulled == 0 and any("同步期间被本办修改" in n for n in result.notes)
    with database.uow() as uow:
        assert meetings.get_meeting(uow, mid).title == "防汛调度会"
    again = caldav_sync.sync_target(database, target_id)  # next time: both changed, the office's version wins
    assert len(again.conflicts) == 1 and str(_server_events(cal)[uid]["SUMMARY"]) == "防汛调度会"
