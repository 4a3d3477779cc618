"""Multi-day meetings and events fill every day they span: one rule (week.day_parts) for the grid, the printed
week and ``huiwu week show``, with the conflict list agreeing."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from huiwu.cli.cmd_week import day_lines
from huiwu.db import Database
from huiwu.services import week
from tests.conftest import run_cli
from tests.week.factory import SH, add_meeting, at, make_office

TUE = dt.date(2026, 10, 13)  # 2026-W42: a plain working week
DAYS = [TUE + dt.timedelta(days=n) for n in range(3)]  # 周二 … 周四
TRAINING = "全县乡村振兴干部培训班"
CLASH = "项目调度会"


def test_day_parts_known_answers() -> None:
    parts = week.day_parts(at(TUE, 9), at(DAYS[2], 17))
    assert parts == [(DAYS[0], "上午"), (DAYS[0], "下午"), (DAYS[1], "上午"), (DAYS[1], "下午"),
                     (DAYS[2], "上午"), (DAYS[2], "下午")]
    assert week.day_parts(at(TUE, 15), at(DAYS[1], 11)) == [(DAYS[0], "下午"), (DAYS[1], "上午")]
    # an end at exactly 00:00 does not occupy that day; ending over lunch ends in the morning (the 日程's rule)
    assert week.day_parts(at(TUE, 9), at(DAYS[1], 0)) == [(DAYS[0], "上午"), (DAYS[0], "下午")]
    assert week.day_parts(at(TUE, 9), at(TUE, 13)) == [(TUE, "上午")]
    assert week.day_parts(at(TUE, 19), at(TUE, 21)) == [(TUE, "晚上")]
    assert week.day_parts(at(TUE, 19), at(DAYS[1], 10)) == [(TUE, "晚上"), (DAYS[1], "上午")]
    assert week.day_parts(at(TUE, 0), at(DAYS[2], 0), all_day=True) == [
        (DAYS[0], "上午"), (DAYS[0], "下午"), (DAYS[1], "上午"), (DAYS[1], "下午")]
    utc = dt.datetime(2026, 10, 13, 1, tzinfo=dt.UTC)  # 09:00 in the office zone
    assert week.day_parts(utc, utc + dt.timedelta(hours=2), SH) == [(TUE, "上午")]


def _seed(db: Database) -> tuple[int, int]:
    with db.uow() as uow:
        o = make_office(uow)
        p = o.people
        training = add_meeting(uow, TRAINING, at(DAYS[0], 9), at(DAYS[2], 17), venue_id=o.venues[0],
                               chair_id=p[1], people=[p[2], p[3], p[4]], host_unit_id=o.units[0])
        clash = add_meeting(uow, CLASH, at(DAYS[1], 15), at(DAYS[1], 16), venue_id=o.venues[1], people=[p[3]])
    return training, clash


def test_three_day_training_fills_three_days_and_its_day_two_clash(database: Database) -> None:
    training, clash = _seed(database)
    with database.uow() as uow:
        view = week.week_view(uow, 2026, 42)
        pdf = week.week_pdf(uow, 2026, 42, "grid")
        listed = week.week_pdf(uow, 2026, 42, "list")
    cells = {(p.date, p.slot) for p in view.placed() if p.item.meeting_id == training}
    assert cells == {(d, h) for d in DAYS for h in ("上午", "下午")}
    assert [d for d in (view.monday + dt.timedelta(days=n) for n in range(7))
            if any(i.meeting_id == training for i in view.items_on(d))] == DAYS
    labels = [p.span_label for p in view.placed() if p.item.meeting_id == training and p.slot == "上午"]
    assert labels == ["（第1天/共3天）", "（续，第2天/共3天）", "（续，第3天/共3天）"]
    # the clash is on day 2, in the afternoon: listed, and both meetings are in that cell
    (conflict,) = [c for c in view.conflicts if c.kind == "person_double_booked"]
    assert set(conflict.meeting_ids) == {training, clash} and conflict.start.astimezone(SH).date() == DAYS[1]
    day2 = {p.item.meeting_id for p in view.placed() if (p.date, p.slot) == (DAYS[1], "下午")}
    assert day2 == {training, clash}

    for data in (pdf, listed):
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\n", "")
        marks = [text.index(f"{d.month}月{d.day}日") for d in DAYS]
        friday = f"{DAYS[2].month}月{DAYS[2].day + 1}日"  # the grid has a row for it, the list does not
        marks.append(text.index(friday) if friday in text else text.index("第 1 页"))
        for n in range(3):  # the title under each of the three days, before the next day
            assert TRAINING in text[marks[n]:marks[n + 1]], (n, text)
        assert "（续，第2天/共3天）" in text and "（续，第3天/共3天）" in text
        assert TRAINING not in text[marks[3]:]


def test_week_show_lists_the_training_under_each_day(sqlite_db: Database, capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    _seed(sqlite_db)
    assert run_cli(["--db", str(sqlite_db.sqlite_path()), "week", "show", "--week", "2026-W42"]) == 0
    out = capsys.readouterr().out
    heads = [out.index(f"{d.month}月{d.day}日") for d in [*DAYS, DAYS[2] + dt.timedelta(days=1)]]
    for n in range(3):
        assert TRAINING in out[heads[n]:heads[n + 1]], out
    assert f"上午、下午　09:00起　{TRAINING}（第1天/共3天）" in out
    assert f"上午、下午　全天　{TRAINING}（续，第2天/共3天）" in out
    assert f"上午、下午　至17:00　{TRAINING}（续，第3天/共3天）" in out
    assert TRAINING not in out[heads[3]:out.index("冲突")]
    assert "冲突 1 处" in out


# ---------------------------------------------------------------- one truth: grid = print = CLI

MONDAY = dt.date(2026, 10, 12)
WEEK_DAYS = tuple(week.DayRow(MONDAY + dt.timedelta(days=n), week.WEEKDAY_LABELS[n], "", "workday", True)
                  for n in range(7))


def _view(start: dt.datetime, end: dt.datetime, all_day: bool) -> week.WeekView:
    item = week.WeekItem(key="meeting:1", source="meeting", title="会", start=start, end=end, all_day=all_day,
                         slot=week.slot_of(start), meeting_id=1)
    return week.WeekView(2026, 42, week.week_label(2026, 42), MONDAY, WEEK_DAYS, (item,), (), (), ())


def _cli_cells(view: week.WeekView) -> set[tuple[dt.date, str]]:
    heads = {f"{d.weekday_label} {d.date.month}月{d.date.day}日": d.date for d in view.days}
    cells: set[tuple[dt.date, str]] = set()
    day: dt.date | None = None
    for line in day_lines(view):
        if line in heads:
            day = heads[line]
        elif day is not None:
            cells |= {(day, h) for h in line.strip().split("　")[0].split("、")}
    return cells


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(-2 * 24 * 60, 8 * 24 * 60), minutes=st.integers(0, 5 * 24 * 60), all_day=st.booleans())
def test_grid_print_and_cli_show_the_same_cells(qapp, start: int, minutes: int, all_day: bool) -> None:  # type: ignore[no-untyped-def]
    from ui.week.grid import slot_matrix

    begin = dt.datetime.combine(MONDAY, dt.time(), SH) + dt.timedelta(minutes=(start // 1440 * 1440 if all_day
                                                                               else start))
    end = begin + dt.timedelta(days=max(1, minutes // 1440) if all_day else 0, minutes=0 if all_day else minutes)
    view = _view(begin, end, all_day)
    matrix = slot_matrix(view, view.days)
    grid = {(matrix.days[col].date, matrix.row_labels[row]) for (row, col), entries in matrix.cells.items()
            if entries}
    printed = {(e.date, e.slot) for e in week.week_entries(view)}
    cli = _cli_cells(view)
    rule = {c for c in week.day_parts(begin, end, all_day=all_day) if MONDAY <= c[0] < MONDAY + dt.timedelta(7)}
    assert grid == printed == cli == rule


# ---------------------------------------------------------------- the week page

GUI_TUE = dt.date(2027, 3, 9)  # 2027-W10, clear of the demo office's weeks


def _seed_gui(ctx) -> tuple[int, int, str]:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from huiwu.models import Meeting, MeetingStatus, Participant, Person, Venue

    with ctx.db.uow() as uow:
        venue = uow.session.scalars(select(Venue).order_by(Venue.id)).first()
        people = list(uow.session.scalars(select(Person).order_by(Person.id).limit(4)))
        ids = []
        for title, start, end, chosen in (
                (TRAINING, at(GUI_TUE, 9), at(GUI_TUE + dt.timedelta(days=2), 17), people[:3]),
                (CLASH, at(GUI_TUE + dt.timedelta(days=1), 15), at(GUI_TUE + dt.timedelta(days=1), 16), people[2:4])):
            m = Meeting(title=title, starts_at=start, ends_at=end, venue_id=venue.id if title == TRAINING else None,
                        status=MeetingStatus.SCHEDULED)
            m.participants.extend(Participant(person_id=p.id) for p in chosen)
            uow.session.add(m)
            uow.session.flush()
            ids.append(m.id)
        uow.commit()
        return ids[0], ids[1], people[2].name


def test_week_page_fills_the_three_days_and_shows_the_day_two_clash(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import wait_idle
    from ui.pages import week as page_module

    training, clash, both = _seed_gui(gui_ctx)
    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    wait_idle(qtbot, gui_ctx)
    page.open_target((2027, 10))
    wait_idle(qtbot, gui_ctx)
    grid = page.grid
    assert [grid.verticalHeaderItem(r).text() for r in range(2)] == ["上午", "下午"]
    for col in range(7):  # 周二 … 周四: both halves; no other day
        for row in range(2):
            assert (TRAINING in grid.text_at(row, col)) == (col in (1, 2, 3)), (row, col)
    assert "（续，第2天/共3天）" in grid.text_at(0, 2) and "（续，第3天/共3天）" in grid.text_at(1, 3)
    # the clash on day 2 is listed, and both meetings are in day 2's afternoon
    texts = [page.conflict_list.item(i).text() for i in range(page.conflict_list.count())]
    assert any("人员冲突" in t and TRAINING in t and CLASH in t for t in texts), texts
    assert TRAINING in grid.text_at(1, 2) and CLASH in grid.text_at(1, 2)
    assert CLASH not in grid.text_at(1, 1) + grid.text_at(1, 3)
    assert {e.item.meeting_id for e in grid._cells[(1, 2)]} == {training, clash}
    grid.fit_rows()
    page.grab().save("/tmp/week_multiday.png")

    # the day view: day 3 (周四) has the training in both halves
    page.view_mode.setCurrentIndex(page.view_mode.findData("day"))
    page.day_choice.setCurrentIndex(3)
    assert grid.columnCount() == 1 and TRAINING in grid.text_at(0, 0) and TRAINING in grid.text_at(1, 0)
    page.day_choice.setCurrentIndex(4)
    assert all(TRAINING not in grid.text_at(r, 0) for r in range(grid.rowCount()))
    # the person view: the person in both meetings has the training on three days, the clash on day 2
    page.view_mode.setCurrentIndex(page.view_mode.findData("person"))
    row = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())].index(both)
    assert [col for col in range(7) if TRAINING in grid.text_at(row, col)] == [1, 2, 3]
    assert CLASH in grid.text_at(row, 2)
    page.grab().save("/tmp/week_multiday_people.png")
