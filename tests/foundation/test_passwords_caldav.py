"""On a PC without a keyring a CalDAV target with a password can be set up and synced (issue 13, done-when).

The server is a real Radicale like tests/caldav/conftest.py's, but one that checks the password (htpasswd):
the suite's shared server accepts anyone, so it could not tell whether the password arrived.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import caldav
import keyring
import pytest
from keyring.backends import fail

from huiwu import passwords
from huiwu.db import Database
from huiwu.services import caldav_sync
from huiwu.services.caldav_sync import TargetEdit
from tests.caldav.conftest import _free_port
from tests.conftest import DEMO_DAY
from tests.foundation.test_passwords import Clerk
from tests.week.factory import add_meeting, at, make_office

USER, PASSWORD = "clerk", "s3cret-日历"


@pytest.fixture(scope="module")
def authed_radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("radicale-auth")
    port = _free_port()
    (root / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    config = root / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {root / 'users'}\nhtpasswd_encryption = plain\n"
        f"[rights]\ntype = owner_only\n[storage]\nfilesystem_folder = {root / 'collections'}\n"
        "[logging]\nlevel = warning\n",
        encoding="utf-8",
    )
    log = (root / "log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)], stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url, timeout=1)
            break
        except urllib.error.HTTPError:
            break  # it answers
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("Radicale did not start: " + Path(root / "log").read_text(errors="replace"))
            time.sleep(0.1)
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


def make_calendar(url: str) -> caldav.Calendar:
    client = caldav.DAVClient(url=url, username=USER, password=PASSWORD, require_tls=False)
    return client.principal().make_calendar(name="会务", cal_id=f"c{uuid.uuid4().hex[:8]}")


@pytest.fixture
def no_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("HUIWU_CONFIG_DIR", str(tmp_path / "config"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    passwords.end_session()
    yield
    passwords.set_prompt(None)
    passwords.end_session()
    keyring.set_keyring(previous)


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
