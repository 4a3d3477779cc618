"""Long core operations report progress (increasing, ending at the total) and a cancel changes nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.errors import Cancelled
from huiwu.models import ImportedCalendar, ImportedEvent, Person
from huiwu.progress import Meter
from huiwu.services import calendars, printing, roster, stats
from huiwu.services import directory as directory_svc
from tests.big_ics import write_big_ics


class Recorder:
    """A progress callback that remembers what it heard, and a cancel check that says yes past ``stop_at``."""

    def __init__(self, stop_at: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def cancelled(self) -> bool:
        return self.stop_at is not None and bool(self.seen) and self.seen[-1][0] >= self.stop_at

    def check(self, calls: int = 100) -> None:
        """Increasing, one total, ending at it, and a bounded number of calls (never one per row)."""
        assert self.seen, "no progress reported"
        done = [d for d, _ in self.seen]
        totals = {t for _, t in self.seen}
        assert len(totals) == 1
        assert done == sorted(done) and len(set(done)) == len(done)
        assert done[-1] == totals.pop()
        assert 5 <= len(self.seen) <= calls + 2


def test_meter_reports_every_per_cent_and_the_end() -> None:
    seen = Recorder()
    meter = Meter(seen, total=100_000)
    for i in range(100_000):
        meter.report(i)
    meter.finish()
    seen.check()
    assert len(seen.seen) == 101


def test_meter_raises_cancelled_only_where_allowed() -> None:
    meter = Meter(None, lambda: True)
    meter.report(500, cancellable=False)
    with pytest.raises(Cancelled, match="已取消，未作任何更改"):
        meter.part(500, 1000)(1, 2)
    meter.finish()  # the end of work already done is never refused


def _calendar_state(database: Database) -> tuple[int, int]:
    with database.uow() as uow:
        return (int(uow.session.scalar(select(func.count()).select_from(ImportedCalendar)) or 0),
                int(uow.session.scalar(select(func.count()).select_from(ImportedEvent)) or 0))


def test_ics_import_progress_reaches_the_total(database: Database, tmp_path: Path) -> None:
    path = write_big_ics(tmp_path / "big.ics", 1.5)
    seen = Recorder()
    with database.uow() as uow:
        result = calendars.import_ics(uow, path, "县长日程", progress=seen, cancelled=seen.cancelled)
    seen.check()
    assert result.total > 400


@pytest.mark.parametrize("stop_at", [100, 800], ids=["while-parsing", "while-writing"])
def test_a_cancelled_ics_import_leaves_the_database_as_it_was(database: Database, tmp_path: Path,
                                                              stop_at: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calendars, "BATCH", 50)  # several batches: the cancel comes with some already written
    with database.uow() as uow:
        calendars.import_ics(uow, write_big_ics(tmp_path / "old.ics", 0.05, "old"), "县长日程")
    before = _calendar_state(database)
    path = write_big_ics(tmp_path / "big.ics", 1.5)
    seen = Recorder(stop_at=stop_at)
    with database.uow() as uow, pytest.raises(Cancelled):
        calendars.import_ics(uow, path, "县长日程", progress=seen, cancelled=seen.cancelled)
    assert seen.seen[-1][0] >= stop_at
    assert _calendar_state(database) == before  # the hidden calendar of the cancelled import is gone too
    with database.uow() as uow:
        assert [c.event_count for c in calendars.list_calendars(uow)] == [before[1]]


def _roster(path: Path, people: int) -> Path:
    book = Workbook()
    units = book.active
    assert units is not None
    units.title = "单位"
    units.append(["单位名称", "简称", "类别", "排序号"])
    units.append(["县财政局", "财政局", "县直部门", 1])
    sheet = book.create_sheet("人员")
    sheet.append(list(roster.PEOPLE_COLUMNS))
    for i in range(people):
        sheet.append(["县财政局", f"干部{i}", "科员", i, "", "否", "是", ""])
    book.save(path)
    return path


def _people(database: Database) -> int:
    with database.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Person)) or 0)


def test_roster_preview_and_import_report_progress(database: Database, tmp_path: Path) -> None:
    path = _roster(tmp_path / "roster.xlsx", 600)
    for step in (roster.preview_roster, roster.import_roster):
        seen = Recorder()
        with database.uow() as uow:
            step(uow, path, progress=seen, cancelled=seen.cancelled)
        seen.check()
    assert _people(database) == 600


@pytest.mark.parametrize("stop_at", [200, 600], ids=["while-reading", "before-the-commit"])
def test_a_cancelled_roster_import_changes_nothing(database: Database, tmp_path: Path, stop_at: int) -> None:
    with database.uow() as uow:
        units_before = directory_svc.list_units(uow)
    path = _roster(tmp_path / "roster.xlsx", 600)
    seen = Recorder(stop_at=stop_at)
    with database.uow() as uow, pytest.raises(Cancelled):
        roster.import_roster(uow, path, progress=seen, cancelled=seen.cancelled)
    assert _people(database) == 0
    with database.uow() as uow:
        assert directory_svc.list_units(uow) == units_before


def test_statistics_over_a_year_report_progress_and_can_be_cancelled(demo_db: Database) -> None:
    year = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    seen = Recorder()
    with demo_db.uow() as uow:
        plain = stats.statistics(uow, *year, "person")
        reported = stats.statistics(uow, *year, "person", progress=seen, cancelled=seen.cancelled)
        assert reported == plain
        seen.check()
        report = Recorder()
        assert stats.absence_report(uow, *year, progress=report) == stats.absence_report(uow, *year)
        report.check()
        stopped = Recorder(stop_at=1)
        with pytest.raises(Cancelled):
            stats.statistics(uow, *year, "unit", progress=stopped, cancelled=stopped.cancelled)


def test_a_thousand_person_signin_sheet_reports_its_pages(sqlite_db: Database) -> None:
    from tests.printing_services.conftest import build_office

    office = build_office(sqlite_db, big=1000)
    seen = Recorder()
    with sqlite_db.uow() as uow:
        pdf = printing.document_pdf(uow, "signin", office.meeting_id, progress=seen)
        seen.check()
        assert pdf.startswith(b"%PDF")
        copies = Recorder()
        printing.document_pdf(uow, "notice", office.meeting_id, copies=5, progress=copies)
        assert [d for d, _ in copies.seen][:5] == [0, 190, 380, 570, 760] and copies.seen[-1] == (1000, 1000)
        stopped = Recorder(stop_at=1)
        with pytest.raises(Cancelled):
            printing.document_pdf(uow, "signin", office.meeting_id, progress=stopped, cancelled=stopped.cancelled)
