"""签到结果表: for random meetings, every row's mark and time and the totals at the foot are what the 签到
page shows (load_roster, its Tally); fonts embedded; the totals never alone on a page; printed from the CLI
and from the GUI (the sign-in page's button and the editor's print menu)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from huiwu.db import Database
from huiwu.printing.data import MeetingDoc, ResultDoc, ResultRow, ResultTotals
from huiwu.printing.result import render_result
from huiwu.services import attendance, printing
from tests.attendance.conftest import ALL, Office, seed_office
from tests.attendance.test_truths import PLANS, Plan, _make
from tests.conftest import run_cli, wait_idle

TZ = dt.timezone(dt.timedelta(hours=8))


def pdftotext(pdf: bytes, *pages: int) -> str:
    """The text layer in drawing order (-raw): a wrapped cell's lines stay together."""
    args = ["pdftotext", "-raw", *(["-f", str(pages[0]), "-l", str(pages[-1])] if pages else []), "-", "-"]
    return subprocess.run(args, input=pdf, capture_output=True, check=True).stdout.decode()


def unembedded_fonts(pdf: bytes) -> list[str]:
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    return [line for line in out.splitlines()[2:] if line.split()[-5] != "yes"]


def _squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def office(sqlite_db: Database) -> Office:
    return seed_office(sqlite_db, [])


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plans=st.lists(PLANS, min_size=1, max_size=len(ALL)), close=st.booleans())
def test_marks_times_and_totals_are_the_sign_in_pages(sqlite_db: Database, office: Office, plans: list[Plan],
                                                      close: bool) -> None:
    made = _make(sqlite_db, office, plans, close)
    with sqlite_db.uow() as uow:
        roster = attendance.load_roster(uow, made.meeting_id)
        pdf = printing.document_pdf(uow, "result", made.meeting_id)
    assert not unembedded_fonts(pdf)
    text = _squash(pdftotext(pdf))
    # each invitee once, in the page's order; between a name and the next, that row's facts
    starts, at = [], 0
    for r in roster.rows:
        at = text.index(r.name, at)
        starts.append(at)
    segments = [text[a:b] for a, b in zip(starts, [*starts[1:], text.index("合计：")], strict=True)]
    for r, seg in zip(roster.rows, segments, strict=True):
        o = r.outcome
        if o.own and not o.late:
            assert "√" in seg, (r.name, seg)
        if o.late:
            assert f"迟到{o.late_minutes}分钟" in seg, (r.name, seg)
        if o.left_early:
            assert "早退" in seg and f"{r.left_at.astimezone(TZ):%H:%M}离会" in seg  # type: ignore[union-attr]
        if o.leave:
            assert "请假（出差）" in seg, (r.name, seg)  # its 事由
        if o.substitute:
            assert f"代会（{r.substitute_name}）" in seg, (r.name, seg)
        if o.absent:
            assert "缺席" in seg
        if o.expected and o.missing:
            assert "未签到" in seg or "代会（未到）" in seg
        if r.signed:
            assert f"{r.signed_in_at.astimezone(TZ):%H:%M}" in seg  # type: ignore[union-attr]
        else:
            assert not re.search(r"\d\d:\d\d", seg), (r.name, seg)
    t = roster.counters
    foot = re.search(r"应到(\d+)人，实到(\d+)人（其中代会(\d+)人），请假(\d+)人，缺席(\d+)人(?:，未签到(\d+)人)?"
                     r"其中迟到(\d+)人，早退(\d+)人", text)
    assert foot is not None, text[-200:]
    numbers = [int(g) if g is not None else 0 for g in foot.groups()]
    assert numbers == [t.expected, t.present, t.substitute, t.leave, t.absent, t.missing, t.late, t.left_early]
    # the marks, counted on paper, add up to the foot (the legend and the foot name √ and 缺席 once each)
    assert text.count("√") - 1 == sum(r.outcome.own and not r.outcome.late for r in roster.rows)
    assert text.count("缺席") - 1 - ("尚未计为缺席" in text) == t.absent
    assert text.count("迟到") - 2 == t.late  # the legend and the foot


def _doc(n: int) -> ResultDoc:
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=TZ)
    rows = tuple(ResultRow(seq=k, unit=f"单位{k // 40:02d}", name=f"人员{k:04d}", title="科员", mark="√",
                           signed_in_at=start - dt.timedelta(minutes=k % 30)) for k in range(1, n + 1))
    return ResultDoc(MeetingDoc("全县安全生产工作会议", starts_at=start, ends_at=start + dt.timedelta(hours=2),
                                venue="县委党校报告厅"), rows, ResultTotals(expected=n, present=n))


def test_the_totals_never_stand_alone_on_the_last_page() -> None:
    seen_pages = set()
    for n in range(24, 36):  # around the first page's capacity
        pdf = render_result(_doc(n))
        pages = len(pdftotext(pdf).split("\f")) - 1
        seen_pages.add(pages)
        last = pdftotext(pdf, pages)
        assert "合计：" in last
        assert len(re.findall(r"人员\d{4}", last)) >= 2, (n, last)
    assert seen_pages == {1, 2}


def test_a_thousand_people_repeat_header_and_unit_on_every_page() -> None:
    pdf = render_result(_doc(1000))
    assert not unembedded_fonts(pdf)
    pages = pdftotext(pdf).split("\f")[:-1]
    assert 25 <= len(pages) <= 40
    for k, page in enumerate(pages[1:], start=2):
        assert "全县安全生产工作会议" in page and "序号单位姓名职务签到情况签到时间备注" in _squash(page), k
        assert "（续）" in page or re.search(r"单位\d\d", page)
    assert all(f"人员{k:04d}" in "".join(pages) for k in (1, 500, 1000))


def test_cli_prints_the_result_sheet(sqlite_db: Database, office: Office, tmp_path: Path) -> None:
    made = _make(sqlite_db, office, [("come", 65), ("leave", 0), ("never", 0)], True)
    out = tmp_path / "result.pdf"
    assert run_cli(["--db", sqlite_db.url, "print", "result", str(made.meeting_id), "-o", str(out)]) == 0
    text = _squash(pdftotext(out.read_bytes()))
    assert "签到结果表" in text and "迟到1分钟" in text and "请假（出差）" in text and "缺席" in text
    assert not unembedded_fonts(out.read_bytes())


def test_sign_in_page_and_editor_menu_print_it(qtbot, gui_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.printing
    from huiwu.services import meetings as svc
    from ui.meetings.editor import MeetingEditor
    from ui.meetings.refs import load_refs
    from ui.pages.signin import SigninPage
    from ui.preview import PreviewDialog

    asked: list[tuple[str, int]] = []
    real = ui.printing.preview_document
    opened: list[PreviewDialog] = []

    def spy(ctx, parent, kind, mid, **options):  # type: ignore[no-untyped-def]
        asked.append((kind, mid))
        return real(ctx, parent, kind, mid, on_opened=opened.append, **options)

    monkeypatch.setattr(ui.printing, "preview_document", spy)
    page = SigninPage(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: page.meeting is not None)
    assert page.meeting is not None
    from PySide6.QtWidgets import QPushButton

    button = page.findChild(QPushButton, "print_result")
    assert button is not None
    button.click()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: bool(opened))
    assert asked == [("result", page.meeting.id)] and opened[0].page_count >= 1
    opened[0].close()

    with gui_ctx.db.uow() as uow:
        refs = load_refs(uow)
        row = next(m for m in svc.list_meetings(uow, week="2026-W48") if m.status != "cancelled")
        detail = svc.get_meeting(uow, row.id)
    editor = MeetingEditor(gui_ctx, refs, detail)
    qtbot.addWidget(editor)
    editor.print_menu()
    from PySide6.QtGui import QAction

    action = editor._print_menu.findChild(QAction, "print_result")
    assert action is not None
    action.trigger()
    wait_idle(qtbot, gui_ctx)
    qtbot.waitUntil(lambda: len(opened) == 2)
    assert asked[-1] == ("result", detail.id)
    opened[1].close()
    editor._print_menu.close()
    editor.dirty = False
