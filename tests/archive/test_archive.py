"""归档卷: its contents page names the page each section starts on and the pages say so; every font embedded;
filing is refused until every 议定事项 is 已销号 or explained; the filed volume is frozen and a later change
reopens it visibly; building it reads only."""

from __future__ import annotations

import io
import itertools
import re
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import func, select

from huiwu import db as dbmod
from huiwu.demo import create_demo
from huiwu.errors import RuleError, ValidationError
from huiwu.models import ActionState, AuditEntry, Meeting, MeetingArchive, MeetingStatus
from huiwu.rules import archive as rules
from huiwu.services import actions, archive, checklists
from tests.conftest import run_cli

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|\+00:00|\d\d:\d\d:\d\d\.\d")
#: What the first page of each section says, so the contents page can be checked against the pages.
FIRST_PAGE_WORDS = {
    "notice": "通知", "replies": "回执情况", "agenda": "议程", "result": "签到结果", "leave": "请假记录",
    "minutes": "纪要", "actions": "督办清单", "handout": "", "register": "登记", "history": "修改记录",
}


def pages_text(pdf: bytes) -> list[str]:
    return ["".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def stamps(pdf: bytes) -> list[str]:
    """What each page has where the 档案页号 is stamped (10–18 mm from the top, 10–40 mm from the right edge):
    the number and nothing else, so it never sits on a document's own text."""
    out = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        width = float(page.mediabox.width)
        args = ["pdftotext", "-r", "72", "-f", str(number), "-l", str(number), "-x", str(int(width - 113)), "-y", "28",
                "-W", "85", "-H", "23", "-", "-"]
        out.append(subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode().strip())
    return out


def unembedded_fonts(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [line for line in out.splitlines()[2:] if line.split()[-5] != "yes"]


def _finished_with_actions(uow: dbmod.UnitOfWork) -> Meeting:
    """A held meeting with 议定事项 still open, not yet filed (the demo files its first 常务会议)."""
    filed = archive.archived_meetings(uow)
    return next(m for m in uow.session.scalars(select(Meeting).order_by(Meeting.starts_at))
                if m.status == MeetingStatus.FINISHED and m.deleted_at is None and m.id not in filed
                and any(a.state != ActionState.CLOSED for a in m.action_items))


def check_volume(volume: archive.Volume) -> None:
    """The contents page's entries against the pages: each section starts where the contents says, and
    every page carries its own number (the 档案页号) at the top."""
    texts = pages_text(volume.pdf)
    assert len(texts) == volume.pages
    assert "卷内目录" in texts[0]
    assert stamps(volume.pdf) == [str(n) for n in range(1, volume.pages + 1)]
    present = [e for e in volume.entries if e.first]
    assert present[0].first == 2 and present[-1].last == volume.pages
    for before, after in itertools.pairwise(present):
        assert after.first == before.last + 1
    for e in present:
        assert FIRST_PAGE_WORDS[e.key] in texts[e.first - 1], (e.title, texts[e.first - 1][:60])
        assert e.title in texts[0] and e.pages_text in texts[0]
    for e in volume.entries:
        if not e.first:
            assert e.note and e.note in texts[0]


def test_the_contents_page_matches_the_pages_of_a_demo_meeting(demo_db: dbmod.Database) -> None:
    with demo_db.uow() as uow:
        m = _finished_with_actions(uow)
        audits = uow.session.scalar(select(func.count()).select_from(AuditEntry))
        volume = archive.build_volume(uow, m.id)
        assert uow.session.scalar(select(func.count()).select_from(AuditEntry)) == audits  # reads only
        assert not uow.session.dirty and not uow.session.new
    check_volume(volume)
    assert not unembedded_fonts(volume.pdf)
    texts = pages_text(volume.pdf)
    history = next(e for e in volume.entries if e.key == "history")
    for text in texts[history.first - 1: history.last]:
        assert not ISO.search(text), text[:200]
    keys = {e.key for e in volume.entries if e.first}
    assert {"notice", "replies", "agenda", "result", "leave", "actions", "history"} <= keys


def test_filing_needs_every_decision_closed_or_explained_and_a_change_reopens_it(database: dbmod.Database) -> None:
    with database.uow() as uow:
        create_demo(uow)
    with database.uow() as uow:
        m = _finished_with_actions(uow)
        mid, items = m.id, [(a.id, a.state) for a in m.action_items]
    open_items = [i for i, s in items if s != ActionState.CLOSED]
    assert open_items
    with database.uow() as uow:
        state = archive.archive_state(uow, mid)
        assert not state.archived and state.text == "未归档"
        assert {b.item_id for b in state.blockers} == set(open_items)
        with pytest.raises(RuleError, match="尚未销号"):
            archive.archive_meeting(uow, mid)
    with database.uow() as uow:
        assert mid not in archive.archived_meetings(uow)
        with pytest.raises(ValidationError, match="最多"):
            archive.set_archive_note(uow, open_items[0], "长" * (rules.NOTE_CHARS + 1))
    for k, item in enumerate(open_items):
        with database.uow() as uow:
            if k == 0 and len(open_items) > 1:
                actions.close_action(uow, item)  # 销号 is the other way
            else:
                archive.set_archive_note(uow, item, "  长期事项，按季度报送  ")
    with database.uow() as uow:
        filed = archive.archive_meeting(uow, mid)
    assert filed.archived and filed.pages > 5 and "已归档" in filed.text and not filed.blockers
    with database.uow() as uow:
        stored = uow.session.scalars(select(MeetingArchive).where(MeetingArchive.meeting_id == mid)).one()
        frozen = archive.archive_pdf(uow, mid)
        assert frozen == stored.pdf and stored.pages == filed.pages
        assert [c[0] for c in stored.contents] == [t for _, t in rules.SECTIONS]
        with pytest.raises(RuleError, match="已经归档"):
            archive.archive_meeting(uow, mid)
        item = checklists.checklist(uow, mid)[0]
    with database.uow() as uow:  # a later change: the 会后 checklist, say
        checklists.set_done(uow, item.id, not item.done)
    with database.uow() as uow:
        state = archive.archive_state(uow, mid)
        assert not state.archived and state.reopened_at is not None and "需重新归档" in state.text
        assert mid not in archive.archived_meetings(uow, [mid])
        history = [a for a in uow.session.scalars(select(AuditEntry).where(AuditEntry.meeting_id == mid))]
        assert any(a.action == "reopened" for a in history)
        assert archive.archive_pdf(uow, mid) != frozen  # a fresh build now, not the frozen one
    with database.uow() as uow:
        again = archive.archive_meeting(uow, mid)
        assert again.archived and mid in archive.archived_meetings(uow)


def test_a_meeting_not_yet_held_cannot_be_filed(demo_db: dbmod.Database) -> None:
    with demo_db.uow() as uow:
        m = next(m for m in uow.session.scalars(select(Meeting)) if m.status == MeetingStatus.SCHEDULED)
        state = archive.archive_state(uow, m.id)
        assert any("尚未结束" in b.text for b in state.blockers)
        with pytest.raises(RuleError, match="尚未结束"):
            archive.archive_meeting(uow, m.id)


@given(st.lists(st.tuples(st.sampled_from([k for k, _ in rules.SECTIONS]), st.integers(0, 30)),
                min_size=len(rules.SECTIONS), max_size=len(rules.SECTIONS)))
def test_contents_entries_run_through_without_gaps(counts: list[tuple[str, int]]) -> None:
    parts = [(key, n, "" if n else "无") for (key, _), (_, n) in zip(rules.SECTIONS, counts, strict=True)]
    entries = rules.contents(parts, start=2)
    page = 2
    for e, (_, n, _) in zip(entries, parts, strict=True):
        if n:
            assert (e.first, e.last) == (page, page + n - 1)
            page += n
        else:
            assert e.first == 0 and e.pages_text == "—"


def test_cli_archive_and_print(demo_db: dbmod.Database, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    url = str(demo_db.engine.url)
    with demo_db.uow() as uow:
        m = _finished_with_actions(uow)
        mid, open_items = m.id, [a.id for a in m.action_items if a.state != ActionState.CLOSED]
    assert run_cli(["--db", url, "archive", str(mid)]) == 0
    assert "还不能归档" in capsys.readouterr().out
    assert run_cli(["--db", url, "archive", str(mid), "--file"]) == 2
    assert "尚未销号" in capsys.readouterr().err
    notes = [arg for i in open_items for arg in ("--note", str(i), "移交下次会议研究")]
    assert run_cli(["--db", url, "archive", str(mid), *notes, "--file"]) == 0
    assert "已归档" in capsys.readouterr().out
    out = tmp_path / "卷.pdf"
    assert run_cli(["--db", url, "print", "archive", str(mid), "-o", str(out)]) == 0
    assert "已归档" in capsys.readouterr().out
    check_volume(archive.Volume(out.read_bytes(), _entries(demo_db, mid), len(pages_text(out.read_bytes()))))
    assert run_cli(["--db", url, "archive", "99999"]) == 2


def _entries(database: dbmod.Database, mid: int) -> tuple[rules.Entry, ...]:
    with database.uow() as uow:
        stored = uow.session.scalars(select(MeetingArchive).where(MeetingArchive.meeting_id == mid)).one()
        keys = [k for k, _ in rules.SECTIONS]
        return tuple(rules.Entry(keys[i], title, first, last, note)
                     for i, (title, first, last, note) in enumerate(stored.contents))


def test_classified_copies_still_out_stand_in_the_way(demo_db: dbmod.Database) -> None:
    from huiwu.demo_secret import add_demo_secret
    from huiwu.services import secret_register

    with demo_db.uow() as uow:
        demo = add_demo_secret(uow)
        assert demo.meeting_id is not None
        out = secret_register.outstanding(uow, demo.meeting_id)
        state = archive.archive_state(uow, demo.meeting_id)
    assert out and any(f"{len(out)} 份未收回" in b.text and out[0].recipient in b.text for b in state.blockers)


def test_the_demo_files_its_first_standing_meeting_with_its_minutes(demo_db: dbmod.Database) -> None:
    """Issue 14's demo: one meeting filed, its frozen volume's contents matching its pages, the 纪要 in it."""
    with demo_db.uow() as uow:
        filed = archive.archived_meetings(uow)
        assert len(filed) == 1
        mid = next(iter(filed))
        state = archive.archive_state(uow, mid)
        pdf = archive.archive_pdf(uow, mid)
    assert state.archived and not state.blockers
    entries = _entries(demo_db, mid)
    check_volume(archive.Volume(pdf, entries, state.pages))
    assert {e.key for e in entries if e.first} >= {"notice", "minutes", "actions", "history"}
    assert not unembedded_fonts(pdf)
