"""Subscription feeds (issue 13 item 4): one file for the office, per leader, per venue; Chinese intact in
icalendar and in ical.js; confidential meetings redacted; rewritten after a change, stale feeds deleted."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from huiwu.calendar import feeds
from huiwu.db import Database
from huiwu.models import Meeting, Venue
from huiwu.services import directory, meetings
from tests.conftest import DEMO_DAY, run_cli
from tests.week.factory import add_meeting, at, make_office

DAY = DEMO_DAY + dt.timedelta(days=2)


@pytest.fixture
def office(sqlite_db: Database):  # type: ignore[no-untyped-def]
    sqlite_db.settings.office_name = "清河县人民政府办公室"
    with sqlite_db.uow() as uow:
        o = make_office(uow)
        open_id = add_meeting(uow, "防汛调度会（王堃）", at(DAY, 9), at(DAY, 11), venue_id=o.venues[0],
                              chair_id=o.people[0], people=o.people[1:4], agenda=["汛情通报"])
        secret_id = add_meeting(uow, "人事任免酝酿会", at(DAY, 15), at(DAY, 16), venue_id=o.venues[1],
                                chair_id=o.people[0], people=o.people[:3], confidentiality="secret_mimi")
    return o, open_id, secret_id


def _parse(path: Path) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(path.read_bytes())


def _summaries(path: Path) -> dict[str, str]:
    return {str(e["UID"]): str(e["SUMMARY"]) for e in _parse(path).walk("VEVENT")}


def test_one_feed_for_the_office_each_leader_and_each_venue(sqlite_db: Database, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    o, open_id, secret_id = office
    with sqlite_db.uow() as uow:
        written = feeds.publish_feeds(uow, tmp_path / "share")
    names = sorted(p.name for p in written)
    expected = {"huiwu-office.ics", f"huiwu-leader-{o.people[0]}.ics", f"huiwu-leader-{o.people[1]}.ics",
                f"huiwu-venue-{o.venues[0]}.ics", f"huiwu-venue-{o.venues[1]}.ics"}
    assert set(names) == expected | {"index.html", "README.txt"}
    share = tmp_path / "share"
    office_cal = _parse(share / "huiwu-office.ics")
    assert str(office_cal["X-WR-CALNAME"]) == "清河县人民政府办公室 会议安排"
    assert str(office_cal["REFRESH-INTERVAL"].to_ical().decode()) == "PT1H"
    assert str(office_cal["X-PUBLISHED-TTL"]) == "PT1H"
    assert str(_parse(share / f"huiwu-leader-{o.people[0]}.ics")["X-WR-CALNAME"]) == "张县长 日程"
    assert str(_parse(share / f"huiwu-venue-{o.venues[0]}.ics")["X-WR-CALNAME"]) == "第一会议室"
    with sqlite_db.uow() as uow:
        m1, m2 = (uow.session.get(Meeting, i) for i in (open_id, secret_id))
        assert m1 is not None and m2 is not None
        uid1, uid2 = m1.uid, m2.uid
    assert _summaries(share / "huiwu-office.ics") == {uid1: "防汛调度会（王堃）", uid2: "涉密会议"}
    assert _summaries(share / f"huiwu-venue-{o.venues[0]}.ics") == {uid1: "防汛调度会（王堃）"}
    assert _summaries(share / f"huiwu-leader-{o.people[1]}.ics") == {uid1: "防汛调度会（王堃）", uid2: "涉密会议"}
    raw = (share / "huiwu-office.ics").read_bytes()
    assert "人事任免".encode() not in raw and "第二会议室".encode() not in raw  # title and place redacted
    index = (share / "index.html").read_text(encoding="utf-8")
    assert 'href="huiwu-office.ics"' in index and "张县长 日程" in index and "Thunderbird" in index
    assert "iPhone" in (share / "README.txt").read_text(encoding="utf-8")


def test_include_confidential_shows_the_title(sqlite_db: Database, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with sqlite_db.uow() as uow:
        feeds.publish_feeds(uow, tmp_path, include_confidential=True)
    assert "人事任免酝酿会" in _summaries(tmp_path / "huiwu-office.ics").values()


def test_rewritten_after_a_change_and_stale_feeds_deleted(sqlite_db: Database, office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    o, open_id, _ = office
    (tmp_path / "notes.ics").write_text("the office's own file", encoding="utf-8")
    with sqlite_db.uow() as uow:
        feeds.publish_feeds(uow, tmp_path)
    with sqlite_db.uow() as uow:
        m = uow.session.get(Meeting, open_id)
        assert m is not None
        data = meetings.MeetingInput("防汛抗旱调度会", "topic", m.starts_at, m.ends_at, venue_id=o.venues[0],
                                     chair_id=o.people[0])
        meetings.update_meeting(uow, open_id, m.version, data)
        extra = directory.save_venue(uow, directory.VenueEdit(name="县行政中心大会堂"))
        feeds.publish_feeds(uow, tmp_path)
    assert "防汛抗旱调度会" in _summaries(tmp_path / "huiwu-office.ics").values()
    assert (tmp_path / f"huiwu-venue-{extra}.ics").exists()
    with sqlite_db.uow() as uow:
        directory.delete_venue(uow, extra)
        published = feeds.write_feeds(tmp_path, feeds.build_feeds(uow), "清河县人民政府办公室")
    assert [p.name for p in published.removed] == [f"huiwu-venue-{extra}.ics"]
    assert not (tmp_path / f"huiwu-venue-{extra}.ics").exists()
    assert (tmp_path / "notes.ics").read_text(encoding="utf-8") == "the office's own file"  # not ours: kept
    assert "删除 1 个" in published.summary()


def test_cli_publish_ics(sqlite_db: Database, office, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    url = str(sqlite_db.engine.url)
    assert run_cli(["--db", url, "publish-ics", "--to", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "huiwu-office.ics" in out and "张县长 日程" in out and "已发布 5 个订阅日历" in out
    assert "涉密会议" in _summaries(tmp_path / "out" / "huiwu-office.ics").values()
    assert run_cli(["--db", url, "publish-ics", "--to", str(tmp_path / "all"), "--include-confidential"]) == 0
    assert "请确认该文件夹只有有权查看的人能访问" in capsys.readouterr().out
    assert "人事任免酝酿会" in _summaries(tmp_path / "all" / "huiwu-office.ics").values()
    assert run_cli(["--db", url, "publish-ics"]) == 2  # no folder given, none in the settings
    assert "--to" in capsys.readouterr().err


# ---------------------------------------------------------------- ical.js, as a web or Electron client reads it

_CHECK = """
import ICAL from 'ical.js';
import fs from 'fs';
const out = {};
for (const f of process.argv.slice(2)) {
  const comp = new ICAL.Component(ICAL.parse(fs.readFileSync(f, 'utf8')));
  out[f.split('/').pop()] = {
    name: comp.getFirstPropertyValue('x-wr-calname'),
    refresh: String(comp.getFirstPropertyValue('refresh-interval')),
    events: comp.getAllSubcomponents('vevent').map(e => {
      const ev = new ICAL.Event(e);
      return [ev.summary, ev.location, ev.startDate.toString(), ev.startDate.zone.tzid];
    }),
  };
}
console.log(JSON.stringify(out));
"""


@pytest.fixture(scope="module")
def ical_js(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ical.js from the npm registry in a folder of its own (skipped, with the reason, without node or network)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("node/npm not installed: the feeds are not checked with ical.js")
    folder = tmp_path_factory.mktemp("icaljs")
    done = subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(folder), "ical.js@2"],
                          capture_output=True, text=True, timeout=180)
    if done.returncode != 0:
        pytest.skip(f"npm could not install ical.js: {done.stderr.strip()[:300]}")
    (folder / "check.mjs").write_text(_CHECK, encoding="utf-8")
    return folder


def test_feeds_parse_in_ical_js_with_chinese_intact(sqlite_db: Database, office, tmp_path: Path, ical_js: Path) -> None:  # type: ignore[no-untyped-def]
    o, *_ = office
    with sqlite_db.uow() as uow:
        venue = uow.session.scalar(select(Venue).where(Venue.id == o.venues[0]))
        assert venue is not None
        venue.name = "县政府第一会议室（行政中心三楼东侧，可容纳四十人，配备视频会议系统）"  # folded over 75 octets
        uow.commit()
        written = [p for p in feeds.publish_feeds(uow, tmp_path) if p.suffix == ".ics"]
    done = subprocess.run(["node", str(ical_js / "check.mjs"), *map(str, written)], capture_output=True, text=True,
                          cwd=ical_js, timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["huiwu-office.ics"]["name"] == "清河县人民政府办公室 会议安排"
    assert seen["huiwu-office.ics"]["refresh"] == "PT1H"
    assert sorted(e[0] for e in seen["huiwu-office.ics"]["events"]) == ["涉密会议", "防汛调度会（王堃）"]
    venue_feed = seen[f"huiwu-venue-{o.venues[0]}.ics"]
    assert venue_feed["name"] == "县政府第一会议室（行政中心三楼东侧，可容纳四十人，配备视频会议系统）"
    assert venue_feed["events"] == [["防汛调度会（王堃）", "县政府第一会议室（行政中心三楼东侧，可容纳四十人，配备视频会议系统）（行政中心 3 楼）",
                                     f"{DAY.isoformat()}T09:00:00", "Asia/Shanghai"]]
    assert len(seen) == len(written) == 5
