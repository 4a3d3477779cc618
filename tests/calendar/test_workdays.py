"""Working days with 调休 and checklist due times, checked against the 2026 State Council arrangement."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from huiwu.calendar.workdays import (
    OFFICE_TZ,
    HolidaySource,
    WorkCalendar,
    YearHolidays,
    due_at,
    missing_year_message,
    package_holidays,
)

D = dt.date


def known_until(last: int) -> HolidaySource:
    """The ``holidays`` package as if its newest State Council arrangement were for ``last``.

    The installed package learns a new year every November or December; pinning what it knows keeps these
    tests about "a year nobody has entered yet" true whichever version is installed.
    """

    def source(year: int) -> YearHolidays:
        return package_holidays(year) if year <= last else ({}, frozenset())

    return source


KNOWS_2026 = known_until(2026)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return WorkCalendar(source=KNOWS_2026)


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=OFFICE_TZ)


# ---------------------------------------------------------------- 2026 facts


def test_national_day_2026_is_off_for_seven_days(cal: WorkCalendar) -> None:
    for day in range(1, 8):
        info = cal.day_info(D(2026, 10, day))
        assert not info.is_workday
        assert info.kind == "holiday"
        assert info.label == "国庆节"
    assert cal.is_workday(D(2026, 10, 8))


@pytest.mark.parametrize(
    "day", [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)]
)
def test_2026_adjusted_weekend_workdays(cal: WorkCalendar, day: dt.date) -> None:
    assert day.weekday() >= 5
    info = cal.day_info(day)
    assert info.is_workday
    assert info.kind == "adjusted_workday"
    assert info.label == "调休上班"


def test_plain_days(cal: WorkCalendar) -> None:
    assert cal.day_info(D(2026, 10, 11)).kind == "weekend"
    assert cal.day_info(D(2026, 10, 12)).kind == "workday"
    assert cal.day_info(D(2026, 10, 12)).label == ""
    assert cal.day_info(D(2026, 5, 5)).label == "劳动节"  # a swapped day off carries its festival's name
    assert cal.day_info(D(2026, 2, 21)).label == "春节"  # the weekend inside the 春节 break


# ---------------------------------------------------------------- add_workdays


def test_minus_three_workdays_across_a_weekend(cal: WorkCalendar) -> None:
    # Tuesday 2026-11-17 → Thu 11-12 (11-14/15 is an ordinary weekend)
    assert cal.add_workdays(D(2026, 11, 17), -3) == D(2026, 11, 12)


def test_minus_three_workdays_across_national_day(cal: WorkCalendar) -> None:
    # Friday 10-09 → 10-08, (10-01..10-07 off), 09-30, 09-29
    assert cal.add_workdays(D(2026, 10, 9), -3) == D(2026, 9, 29)


def test_minus_workdays_counts_the_adjusted_saturday(cal: WorkCalendar) -> None:
    # Monday 10-12: 10-10 (调休 Saturday) is the first working day before it, then 10-09, 10-08
    assert cal.add_workdays(D(2026, 10, 12), -1) == D(2026, 10, 10)
    assert cal.add_workdays(D(2026, 10, 12), -3) == D(2026, 10, 8)
    # Monday 09-21: 09-20 (调休 Sunday) counts, 09-19 (Saturday) does not
    assert cal.add_workdays(D(2026, 9, 21), -2) == D(2026, 9, 18)


def test_positive_workday_offsets(cal: WorkCalendar) -> None:
    assert cal.add_workdays(D(2026, 9, 30), 1) == D(2026, 10, 8)
    assert cal.add_workdays(D(2026, 10, 8), 3) == D(2026, 10, 12)  # 10-09, 10-10 (调休), 10-12


def test_workday_offsets_across_the_year_end() -> None:
    new_year = WorkCalendar({D(2027, 1, 1): (False, "元旦")}, source=KNOWS_2026)  # a Friday made a holiday
    assert new_year.add_workdays(D(2026, 12, 31), 1) == D(2027, 1, 4)
    assert new_year.add_workdays(D(2027, 1, 4), -1) == D(2026, 12, 31)
    assert new_year.workdays_between(D(2026, 12, 31), D(2027, 1, 4)) == 1


def test_zero_offset_is_the_day_or_the_next_workday(cal: WorkCalendar) -> None:
    assert cal.add_workdays(D(2026, 10, 10), 0) == D(2026, 10, 10)
    assert cal.add_workdays(D(2026, 10, 3), 0) == D(2026, 10, 8)


def test_workdays_between(cal: WorkCalendar) -> None:
    assert cal.workdays_between(D(2026, 9, 30), D(2026, 10, 12)) == 4
    assert cal.workdays_between(D(2026, 10, 12), D(2026, 9, 30)) == -4
    assert cal.workdays_between(D(2026, 10, 1), D(2026, 10, 7)) == 0
    assert cal.workdays_between(D(2025, 12, 31), D(2027, 1, 1)) == sum(
        cal.is_workday(D(2026, 1, 1) + dt.timedelta(days=i)) for i in range(366)
    )


# ---------------------------------------------------------------- due_at


def test_due_at_workdays_keeps_the_time_of_day(cal: WorkCalendar) -> None:
    assert due_at(at(2026, 10, 9, 14, 30), -3, "workdays", cal) == at(2026, 9, 29, 14, 30)


def test_due_at_minutes_days_and_at_time(cal: WorkCalendar) -> None:
    start = at(2026, 10, 9, 9, 0)
    assert due_at(start, -30, "minutes", cal) == at(2026, 10, 9, 8, 30)
    assert due_at(start, -2, "hours", cal) == at(2026, 10, 9, 7, 0)
    assert due_at(start, 1, "days", cal) == at(2026, 10, 10, 9, 0)
    assert due_at(start, -7, "days", cal) == at(2026, 10, 2, 9, 0)  # calendar days ignore holidays
    # 会议纪要: T+1 workday at 17:00; Friday 10-09 → the 调休 Saturday 10-10
    assert due_at(start, 1, "workdays", cal, at_time=dt.time(17, 0)) == at(2026, 10, 10, 17, 0)
    assert due_at(start, 3, "workdays", cal) == at(2026, 10, 13, 9, 0)


def test_due_at_keeps_the_callers_zone(cal: WorkCalendar) -> None:
    result = due_at(at(2026, 10, 9), 1, "workdays", cal)
    assert result.tzinfo is OFFICE_TZ


def test_due_at_rejects_naive_times_and_unknown_units(cal: WorkCalendar) -> None:
    with pytest.raises(ValueError):
        due_at(dt.datetime(2026, 10, 9, 9, 0), 1, "days", cal)
    with pytest.raises(ValueError):
        due_at(at(2026, 10, 9), 1, "weeks", cal)
    with pytest.raises(ValueError):
        due_at(at(2026, 10, 9), 1, "hours", cal, at_time=dt.time(17, 0))


# ---------------------------------------------------------------- overrides and unknown years


def test_office_overrides_for_a_year_the_package_does_not_know() -> None:
    overrides = {
        D(2030, 10, 4): (False, "国庆节"),  # a Friday made a holiday
        D(2030, 9, 28): (True, ""),  # a Saturday made a working day
    }
    cal = WorkCalendar(overrides, source=KNOWS_2026)
    friday = cal.day_info(D(2030, 10, 4))
    assert (friday.is_workday, friday.kind, friday.label) == (False, "holiday", "国庆节")
    saturday = cal.day_info(D(2030, 9, 28))
    assert (saturday.is_workday, saturday.kind, saturday.label) == (True, "adjusted_workday", "调休上班")
    # Monday 09-30 minus 1 workday is the Saturday now
    assert cal.add_workdays(D(2030, 9, 30), -1) == D(2030, 9, 28)
    assert cal.is_year_known(2030)
    assert not WorkCalendar(source=KNOWS_2026).is_year_known(2030)


def test_override_wins_over_the_package() -> None:
    cal = WorkCalendar({D(2026, 10, 10): (False, "单位安排休息"), D(2026, 10, 5): (True, "")}, source=KNOWS_2026)
    assert not cal.is_workday(D(2026, 10, 10))
    assert cal.day_info(D(2026, 10, 10)).label == "单位安排休息"
    assert cal.day_info(D(2026, 10, 5)).kind == "workday"


def test_unknown_year_detection(cal: WorkCalendar) -> None:
    assert cal.package_knows_year(2026)
    assert not cal.package_knows_year(2027)
    assert cal.missing_years(D(2026, 12, 28), D(2028, 1, 3)) == (2027, 2028)
    assert cal.known_years(range(2024, 2031)) == (2024, 2025, 2026)
    assert missing_year_message(2028) == "2028 年的节假日安排尚未收录，请在设置中补充"


def test_a_year_without_official_data_has_only_weekends() -> None:
    cal = WorkCalendar(source=KNOWS_2026)
    days = cal.days(D(2027, 9, 27), D(2027, 10, 10))  # where 国庆 will be, once the State Council says so
    assert [d.kind for d in days] == (["workday"] * 5 + ["weekend"] * 2) * 2


def test_the_installed_package_knows_2026() -> None:
    """The 2026 facts above come from the package itself; pyproject asks for a version that has them."""
    assert WorkCalendar().package_knows_year(2026)


# ---------------------------------------------------------------- properties


@settings(max_examples=300, deadline=None)
@given(
    d=st.dates(min_value=D(2024, 1, 1), max_value=D(2031, 12, 31)),
    n=st.integers(min_value=-80, max_value=80),
)
def test_add_workdays_lands_on_a_workday_and_inverts(d: dt.date, n: int) -> None:
    cal = _shared
    result = cal.add_workdays(d, n)
    assert cal.is_workday(result)
    if n != 0:
        assert (result > d) == (n > 0)
        assert cal.workdays_between(d, result) == n
    # every day strictly between d and the result is counted or skipped, never a hidden workday
    lo, hi = sorted((d, result))
    inner = sum(cal.is_workday(lo + dt.timedelta(days=i)) for i in range(1, (hi - lo).days))
    assert inner == max(abs(n) - 1, 0)


_shared = WorkCalendar({D(2030, 10, 4): (False, "国庆节"), D(2030, 9, 28): (True, "")})


TZ_OFFICE = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(("now", "expected"), [
    (dt.datetime(2026, 12, 4, 16, 19, tzinfo=TZ_OFFICE), D(2026, 12, 7)),  # Friday afternoon → Monday
    (dt.datetime(2026, 12, 1, 8, 0, tzinfo=TZ_OFFICE), D(2026, 12, 2)),  # Tuesday → Wednesday
    (dt.datetime(2026, 9, 30, 10, 0, tzinfo=TZ_OFFICE), D(2026, 10, 8)),  # before 国庆 → after it
    (dt.datetime(2026, 10, 9, 10, 0, tzinfo=TZ_OFFICE), D(2026, 10, 10)),  # the 调休 Saturday is a working day
])
def test_a_new_meeting_defaults_to_the_next_working_day(cal: WorkCalendar, now: dt.datetime, expected: dt.date) -> None:
    from huiwu.calendar.workdays import default_meeting_start

    start = default_meeting_start(cal, now)
    assert start.date() == expected and start.time() == dt.time(9, 0) and start.tzinfo is now.tzinfo


@given(st.dates(min_value=D(2026, 1, 1), max_value=D(2026, 12, 31)))
@settings(max_examples=60, deadline=None)
def test_the_default_is_always_a_working_day_after_today(day: dt.date) -> None:
    from huiwu.calendar.workdays import default_meeting_start

    calendar = WorkCalendar()
    start = default_meeting_start(calendar, dt.datetime.combine(day, dt.time(12), tzinfo=TZ_OFFICE))
    assert start.date() > day and calendar.is_workday(start.date())
    assert not any(calendar.is_workday(day + dt.timedelta(days=i)) for i in range(1, (start.date() - day).days))
