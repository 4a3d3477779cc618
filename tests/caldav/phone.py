"""The leader's phone, played by vdirsyncer: an independent CalDAV client (aiohttp, its own discovery, ETag and
status handling, nothing shared with the ``caldav`` library the office uses) that keeps the calendar in a
folder of .ics files. A test edits those files as a phone user would and runs ``vdirsyncer sync``."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from pathlib import Path

import icalendar


def _vdirsyncer() -> list[str]:
    exe = Path(sys.executable).with_name("vdirsyncer")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "vdirsyncer"]


class Phone:
    def __init__(self, root: Path, calendar_url: str, username: str = "zhang", password: str = "phone") -> None:
        self.folder = root / "calendar"
        self.folder.mkdir(parents=True)
        (root / "status").mkdir()
        self.config = root / "config"
        self.config.write_text(
            "[general]\n"
            f'status_path = "{root / "status"}/"\n'
            "[pair phone]\n"
            'a = "phone_local"\nb = "phone_remote"\ncollections = null\n'
            'conflict_resolution = "a wins"\n'  # the phone's own edit is what it sends
            "[storage phone_local]\n"
            f'type = "filesystem"\npath = "{self.folder}/"\nfileext = ".ics"\n'
            "[storage phone_remote]\n"
            f'type = "caldav"\nurl = "{calendar_url}"\nusername = "{username}"\npassword = "{password}"\n',
            encoding="utf-8",
        )

        self._run("discover")

    def _run(self, command: str) -> None:
        result = subprocess.run([*_vdirsyncer(), "-c", str(self.config), command], capture_output=True, text=True,
                                timeout=60)
        if result.returncode != 0:
            raise AssertionError(f"vdirsyncer {command} failed: {result.stdout}\n{result.stderr}")

    def sync(self) -> None:
        self._run("sync")

    # ------------------------------------------------------------ what the phone shows
    def _files(self) -> dict[str, Path]:
        out = {}
        for path in self.folder.glob("*.ics"):
            cal = icalendar.Calendar.from_ical(path.read_bytes())
            for ev in cal.walk("VEVENT"):
                out[str(ev["UID"])] = path
        return out

    def events(self) -> dict[str, icalendar.Event]:
        out = {}
        for uid, path in self._files().items():
            for ev in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                out[uid] = ev
        return out

    # ------------------------------------------------------------ what the leader does on it
    def delete(self, uid: str) -> None:
        self._files()[uid].unlink()

    def edit(self, uid: str, **changes: object) -> None:
        """Change properties as a calendar app does: the new values, SEQUENCE up, a new DTSTAMP."""
        path = self._files()[uid]
        cal = icalendar.Calendar.from_ical(path.read_bytes())
        for ev in cal.walk("VEVENT"):
            sequence = int(ev.get("SEQUENCE", 0)) + 1
            for key, value in {**changes, "sequence": sequence, "dtstamp": dt.datetime.now(dt.UTC)}.items():
                ev.pop(key, None)
                ev.add(key, value)
        path.write_bytes(cal.to_ical())

    def cancel(self, uid: str) -> None:
        self.edit(uid, status="CANCELLED")

    def create(self, summary: str, start: dt.datetime, end: dt.datetime, location: str = "") -> str:
        uid = f"{uuid.uuid4()}@phone.example"
        cal = icalendar.Calendar()
        cal.add("prodid", "-//Phone//Calendar 1.0//ZH")
        cal.add("version", "2.0")
        ev = icalendar.Event()
        ev.add("uid", uid)
        ev.add("dtstamp", dt.datetime.now(dt.UTC))
        ev.add("dtstart", start)
        ev.add("dtend", end)
        ev.add("summary", summary)
        if location:
            ev.add("location", location)
        cal.add_component(ev)
        (self.folder / f"{uid.split('@')[0]}.ics").write_bytes(cal.to_ical())
        return uid
