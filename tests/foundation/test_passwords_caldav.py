"""On a PC without a keyring a CalDAV target with a password can be set up and synced (issue 13, done-when).

The server is a real Radicale like tests/caldav/conftest.py's, but one that checks the password (htpasswd):
the suite's shared server accepts anyone, so it could not tell whether the password arrived.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import caldav
import pytest

from huiwu import passwords
from huiwu.db import Database
from huiwu.services import caldav_sync
from huiwu.services.caldav_sync import TargetEdit
from tests.caldav.radicale import running_radicale
from tests.conftest import DEMO_DAY
from tests.foundation.test_passwords import Clerk
from tests.week.factory import add_meeting, at, make_office

USER, PASSWORD = "clerk", "s3cret-日历"


@pytest.fixture(scope="module")
def authed_radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with running_radicale(tmp_path_factory.mktemp("radicale-auth"), {USER: PASSWORD}) as url:
        yield url


def make_calendar(url: str) -> caldav.Calendar:
    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD, require_tls=False)
    return client.principal().make_calendar(name="会务", cal_id=f"c{uuid.uuid4().hex[:8]}")



def test_caldav_with_a_password_is_set_up_and_synced_without_keyring(  # type: ignore[no-untyped-def]
    sqlite_db: Database, authed_radicale: str, no_keyring
) -> None:
    cal = make_calendar(authed_radicale)
    day = DEMO_DAY + dt.timedelta(days=3)
    with sqlite_db.uow() as uow:
        office = make_office(uow)
        add_meeting(uow, "防汛调度会", at(day, 9), at(day, 11), venue_id=office.venues[0], people=office.people[:3])
        row = caldav_sync.save_target(uow, TargetEdit("办公室日历", authed_radicale, USER, str(cal.url)),
                                      password=PASSWORD)
    assert row.has_password and "仅在内存中" in passwords.where()
    assert caldav_sync.sync_target(sqlite_db, row.id).created == 1  # the session's password reached the server
    assert [e.icalendar_component["SUMMARY"] for e in cal.events()] == ["防汛调度会"]
    with pytest.raises(caldav_sync.CalDavError):  # this server does check it
        caldav_sync.sync_target(sqlite_db, row.id, password="wrong")

    # Huiwu closed and opened again: the first sync asks (what the GUI's sync does on its network worker).
    passwords.end_session()
    clerk = Clerk(PASSWORD)
    passwords.set_prompt(clerk)
    asked = passwords.get_or_ask(caldav_sync.KEYRING_SERVICE, "办公室日历", "日历同步目标“办公室日历”")
    assert caldav_sync.sync_target(sqlite_db, row.id, password=asked).conflicts == ()
    passwords.get_or_ask(caldav_sync.KEYRING_SERVICE, "办公室日历", "日历同步目标“办公室日历”")
    assert [r.kind for r in clerk.asked] == ["password"]  # once per session

    # The office chose the encrypted file: after a restart only its passphrase is asked, then the sync runs.
    passwords.set_prompt(Clerk("correct horse"))
    passwords.choose_fallback(passwords.ENCRYPTED_FILE)
    assert PASSWORD.encode() not in passwords.encrypted_path().read_bytes()
    passwords.end_session()
    clerk = Clerk("correct horse")
    passwords.set_prompt(clerk)
    assert caldav_sync.sync_target(sqlite_db, row.id).conflicts == ()
    assert [r.kind for r in clerk.asked] == ["passphrase"]
