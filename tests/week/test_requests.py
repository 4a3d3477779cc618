"""会议申报: the Friday cut-off, the review beside the draft week (clashes, merge proposals), accepting and
declining — on SQLite and PostgreSQL, and `huiwu week requests`."""

from __future__ import annotations

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select

from huiwu.db import Database
from huiwu.errors import ConflictError, HuiwuError, RuleError, ValidationError
from huiwu.models import AuditEntry, Meeting, MeetingMerge, MeetingRequest, MeetingStatus
from huiwu.rules.requests import cutoff_of, is_late, next_week_of, parse_cutoff_time, remind_requests
from huiwu.services import requests
from tests.conftest import run_cli
from tests.week.conftest import OCT, Week41, build_week41
from tests.week.factory import at

SH = ZoneInfo("Asia/Shanghai")
FRIDAY_BEFORE = dt.date(2026, 10, 2)  # W41's requests are due Friday 2 October 15:00


def _ask(w: Week41, title: str = "秋粮收购调度会", start: dt.datetime | None = None, **kw: object
         ) -> requests.RequestInput:
    p = w.office.people
    start = start or at(OCT[8], 15)
    values: dict[str, object] = {"person_ids": (p[2], p[3]), "unit_id": w.office.units[1], "requested_by": "赵局长 13800000000"}
    values.update(kw)
    return requests.RequestInput(title, "dispatch", start, start + dt.timedelta(hours=1), **values)  # type: ignore[arg-type]


@pytest.fixture
def w(database: Database) -> Week41:
    return build_week41(database)


# ---------------------------------------------------------------- the rule


@given(st.integers(2024, 2030), st.integers(1, 52), st.integers(1, 7), st.integers(0, 23), st.integers(0, 59),
       st.integers(-3000, 3000))
def test_cutoff_is_in_the_week_before_and_late_means_after_it(year: int, week: int, weekday: int, hh: int, mm: int,
                                                               offset: int) -> None:
    cutoff = cutoff_of(year, week, weekday, dt.time(hh, mm), SH)
    monday = dt.date.fromisocalendar(year, week, 1)
    assert cutoff.isoweekday() == weekday and monday - dt.timedelta(days=7) <= cutoff.date() < monday
    assert (cutoff.hour, cutoff.minute) == (hh, mm)
    filed = cutoff + dt.timedelta(minutes=offset)
    assert is_late(filed, cutoff) == (offset > 0)
    assert next_week_of(cutoff.date()) == (year, week)


def test_cutoff_time_and_weekday_are_checked() -> None:
    assert parse_cutoff_time(" 9:30 ") == dt.time(9, 30)
    for bad in ("15", "25:00", "下午三点", ""):
        with pytest.raises(ValidationError, match="时:分"):
            parse_cutoff_time(bad)
    with pytest.raises(ValidationError, match="1（周一）到 7（周日）"):
        cutoff_of(2026, 41, 0, dt.time(15), SH)
    assert [remind_requests(dt.date(2026, 11, d)) for d in range(23, 30)] == [False] * 3 + [True] * 4


# ---------------------------------------------------------------- filing


def test_filed_after_the_cutoff_is_marked_late(w: Week41, database: Database) -> None:
    with database.uow() as uow:
        on_time = requests.file_request(uow, _ask(w, requested_at=dt.datetime.combine(FRIDAY_BEFORE, dt.time(15), SH)))
        late = requests.file_request(uow, _ask(w, "迟报的会", requested_at=dt.datetime.combine(
            FRIDAY_BEFORE, dt.time(15, 1), SH)))
        assert (on_time.iso_year, on_time.iso_week, on_time.late, late.late) == (2026, 41, False, True)
        view = requests.week_requests(uow, 2026, 41)
        assert view.cutoff == dt.datetime(2026, 10, 2, 15, tzinfo=SH) and "10月2日（周五）15:00" in view.cutoff_text
        assert [(r.title, r.late, r.state) for r in view.rows] == [("秋粮收购调度会", False, "pending"),
                                                                   ("迟报的会", True, "pending")]
    # a later cut-off in the settings does not rewrite what was late when it came in
    database.settings.request_cutoff_weekday, database.settings.request_cutoff_time = 6, "18:00"
    with database.uow() as uow:
        assert [r.late for r in requests.week_requests(uow, 2026, 41).rows] == [False, True]
        third = requests.file_request(uow, _ask(w, "周六报的会", requested_at=dt.datetime(2026, 10, 3, 17, 0, tzinfo=SH)))
        assert not third.late


def test_bad_requests_are_refused_and_change_nothing(w: Week41, database: Database) -> None:
    cases = [
        (_ask(w, " "), "会议名称"),
        (_ask(w, person_ids=()), "参会人员"),
        (requests.RequestInput("会", "dinner", at(OCT[8], 9), at(OCT[8], 10), person_ids=(w.office.people[0],)),
         "会议类型"),
        (requests.RequestInput("会", "topic", at(OCT[8], 10), at(OCT[8], 9), person_ids=(w.office.people[0],)), "结束要晚于开始"),
        (_ask(w, alt_starts_at=at(OCT[8], 9)), "备选时间要有开始和结束"),
        (_ask(w, alt_starts_at=at(OCT[8], 9) + dt.timedelta(days=7), alt_ends_at=at(OCT[8], 10) + dt.timedelta(days=7)),
         "同一周"),
        (_ask(w, person_ids=(99999,)), "人员不存在（编号 99999）"),
        (_ask(w, requested_at=dt.datetime(2030, 1, 1, tzinfo=SH)), "不能晚于现在"),
    ]
    for data, message in cases:
        with database.uow() as uow, pytest.raises(HuiwuError, match=message):
            requests.file_request(uow, data)
    with database.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(MeetingRequest)) == 0


# ---------------------------------------------------------------- review, accept, decline


def test_review_shows_clashes_and_merge_proposals_before_accepting(w: Week41, database: Database) -> None:
    p, v = w.office.people, w.office.venues
    with database.uow() as uow:
        # the same room as 防汛调度会 at the same time; and nearly the same people and chair as 防汛调度会
        same = requests.file_request(uow, _ask(w, "防汛工作再部署会", at(OCT[8], 9), venue_id=v[0], chair_id=p[0],
                                               unit_id=w.office.units[0], person_ids=(p[0], p[2], p[3], p[4], p[6], p[7])))
        apart = requests.file_request(uow, _ask(w, "统计工作会", at(OCT[9], 9), person_ids=(p[1],)))
        rows = {r.request_id: r for r in requests.week_requests(uow, 2026, 41).rows}
    review = rows[same.request_id]
    assert any("第一会议室" in c.message for c in review.clashes)
    assert any(c.meeting_ids == (w.m1,) for c in review.clashes)
    found = {(pr.kind, pr.other_meeting_id): pr for pr in review.proposals}
    assert ("merge", w.m1) in found and "整合会议" in found["merge", w.m1].text
    assert "防汛调度会" in found["merge", w.m1].text
    assert rows[apart.request_id].clashes == () and rows[apart.request_id].proposals == ()


def test_accept_makes_a_meeting_with_the_invitees_and_keeps_the_link(w: Week41, database: Database) -> None:
    p, u = w.office.people, w.office.units
    with database.uow() as uow:
        r = requests.file_request(uow, _ask(w, unit_ids=(u[0],), person_ids=(p[5],), alt_starts_at=at(OCT[9], 16),
                                            alt_ends_at=at(OCT[9], 17), venue_note="能放视频的会议室"))
        result = requests.accept_request(uow, r.request_id, r.version, use_alternative=True)
        m = uow.session.get(Meeting, result.meeting_id)
        assert m is not None and m.status == MeetingStatus.DRAFT and m.starts_at == at(OCT[9], 16)
        assert m.host_unit_id == u[1] and "会场意向：能放视频的会议室" in m.notes and "据会议申报（县发展和改革局" in m.notes
        # a unit is its leaders (张县长, 李副县长), plus the person asked for by name
        assert {pt.person_id for pt in m.participants} == {p[0], p[1], p[5]}
        row = requests.week_requests(uow, 2026, 41).rows[0]
        assert (row.state, row.state_label, row.meeting_id, row.decided_by) == ("accepted", "已列入", m.id, "测试员")
        assert row.clashes == () and row.proposals == ()  # only a 待审核 request is reviewed
        with pytest.raises(RuleError, match="已列入，不能再改"):
            requests.accept_request(uow, r.request_id, row.version)
        actions = list(uow.session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "meeting_request")))
        assert actions == ["create", "accept"]


def test_accept_into_an_existing_meeting_credits_a_merge(w: Week41, database: Database) -> None:
    p = w.office.people
    with database.uow() as uow:
        r = requests.file_request(uow, _ask(w, "防汛补充会", at(OCT[8], 14), person_ids=(p[0], p[2], p[3])))
        result = requests.accept_request(uow, r.request_id, r.version, merge_into=w.m1)
        assert result.meeting_id == w.m1 and "整合会议" in result.summary
        merge = uow.session.scalars(select(MeetingMerge)).one()
        source = uow.session.get(Meeting, merge.source_id)
        assert source is not None and source.status == MeetingStatus.CANCELLED and source.merged_into_id == w.m1
        assert (merge.person_times_saved, merge.minutes_saved) == (3, 180)  # all three were at 防汛调度会 already


def test_decline_needs_a_reason_and_is_final(w: Week41, database: Database) -> None:
    with database.uow() as uow:
        r = requests.file_request(uow, _ask(w))
        with pytest.raises(ValidationError, match="原因"):
            requests.decline_request(uow, r.request_id, r.version, "  ")
        declined = requests.decline_request(uow, r.request_id, r.version, "与县政府常务会议合并召开")
        assert (declined.state_label, declined.decline_reason) == ("未列入", "与县政府常务会议合并召开")
        with pytest.raises(RuleError):
            requests.update_request(uow, r.request_id, declined.version, _ask(w))
        assert uow.session.scalar(select(func.count()).select_from(Meeting)) == 7  # no meeting was made


def test_stale_version_is_refused(w: Week41, database: Database) -> None:
    with database.uow() as uow:
        r = requests.file_request(uow, _ask(w))
        changed = requests.update_request(uow, r.request_id, r.version, _ask(w, "改过名的会"))
        with pytest.raises(ConflictError, match="已被其他人修改"):
            requests.accept_request(uow, r.request_id, r.version)
        assert requests.accept_request(uow, r.request_id, changed.version).meeting_id


def test_cli_lists_requests_as_json_with_late_flags(w: Week41, database: Database, capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    with database.uow() as uow:
        requests.file_request(uow, _ask(w, requested_at=dt.datetime(2026, 10, 1, 10, tzinfo=SH)))
        late = requests.file_request(uow, _ask(w, "迟报的会", requested_at=dt.datetime(2026, 10, 4, 9, tzinfo=SH)))
        requests.decline_request(uow, late.request_id, late.version, "本周会议已满")
    url = database.url if database.url.startswith("postgresql") else str(database.sqlite_path())
    assert run_cli(["--db", url, "week", "requests", "--week", "2026-W41", "--json"]) == 0
    out = capsys.readouterr().out
    assert "秋粮收购调度会" in out and "\\u" not in out
    data = json.loads(out)
    assert [(r["title"], r["late"], r["state_label"]) for r in data["requests"]] == [
        ("秋粮收购调度会", False, "待审核"), ("迟报的会", True, "未列入")]
    assert data["requests"][1]["decline_reason"] == "本周会议已满"
    assert run_cli(["--db", url, "week", "requests", "--week", "2026-W41"]) == 0
    text = capsys.readouterr().out
    assert "会议申报 2 项" in text and "【逾期申报】迟报的会" in text and "未列入原因：本周会议已满" in text


def test_dashboard_counts_next_weeks_requests_from_thursday(w: Week41, database: Database) -> None:
    from huiwu.services.dashboard import dashboard

    with database.uow() as uow:
        a = requests.file_request(uow, _ask(w, "甲会", requested_at=dt.datetime(2026, 9, 29, 9, tzinfo=SH)))
        requests.file_request(uow, _ask(w, "乙会", requested_at=dt.datetime(2026, 9, 30, 9, tzinfo=SH)))
        requests.decline_request(uow, a.request_id, a.version, "与防汛调度会合并")
        wednesday = dashboard(uow, now=dt.datetime(2026, 9, 30, 10, tzinfo=SH))
        thursday = dashboard(uow, now=dt.datetime(2026, 10, 1, 10, tzinfo=SH))
        sunday = dashboard(uow, now=dt.datetime(2026, 10, 4, 20, tzinfo=SH))
    assert wednesday.requests is None
    assert thursday.requests is not None and sunday.requests is not None
    assert (thursday.requests.iso_week, thursday.requests.total, thursday.requests.unanswered) == (41, 2, ("乙会",))
    assert "已收到 2 项，待审核 1 项：乙会" in thursday.requests.text and "10月2日（周五）15:00" in thursday.requests.text


def test_dashboard_line_leads_to_the_weeks_requests(qtbot, gui_ctx) -> None:  # type: ignore[no-untyped-def]
    from huiwu.services.dashboard import dashboard
    from tests.conftest import wait_idle
    from ui.pages import dashboard as page_module

    page = page_module.create_page(gui_ctx)
    qtbot.addWidget(page)
    wait_idle(qtbot, gui_ctx)
    assert page.requests_row.isHidden()  # the demo's today is a Monday
    with gui_ctx.db.uow() as uow:
        page._loaded(dashboard(uow, now=dt.datetime(2026, 11, 26, 9, tzinfo=SH)))  # Thursday
    assert not page.requests_row.isHidden() and "下周会议申报" in page.requests_line.text()
    with qtbot.waitSignal(gui_ctx.events.open_requested) as opened:
        page.requests_button.click()
    assert opened.args == ["week", (2026, 49, "requests")]
