"""工作台: what is due today and overdue across meetings, the next 7 days, and overdue 议定事项."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.models import (
    CHECKLIST_PHASE_LABELS,
    ChecklistItem,
    ChecklistPhase,
    Meeting,
    MeetingStatus,
)
from huiwu.rules.requests import next_week_of, remind_requests
from huiwu.services.actions import ActionRow, action_rows, milestones_due
from huiwu.services.meetings import MeetingRow, list_meetings
from huiwu.services.replies import missing_replies, unapproved_leave
from huiwu.services.requests import week_requests
from huiwu.services.returns import missing_returns
from huiwu.services.rows import plain_rows
from huiwu.services.secret_register import overdue_copies


@dataclass(frozen=True)
class DueItem:
    id: int
    version: int
    meeting_id: int
    meeting_title: str
    phase_label: str
    title: str
    due_at: dt.datetime  # office zone
    owner: str
    overdue: bool
    when: str = "today"  # overdue / today / tomorrow


@dataclass(frozen=True)
class Dashboard:
    today: dt.date
    due_items: tuple[DueItem, ...]  # overdue, due today and due tomorrow, by due time
    upcoming: tuple[MeetingRow, ...]  # the next 7 days
    overdue_actions: tuple[ActionRow, ...]
    requests: NextWeekRequests | None = None  # from Thursday: next week's 会议申报
    reminders: tuple[Reminder, ...] = ()  # 回执 and 明白纸 tables still missing, leave not yet approved


@dataclass(frozen=True)
class Reminder:
    """One line of the 工作台's 回执与请假 list: a return due within a day (or overdue), or leave for a meeting
    within a day still 待审批 ("未批准不得缺席")."""

    kind_label: str  # 回执 / 明白纸附表 / 请假未批准 / 涉密材料未收回
    title: str  # the meeting or the 明白纸 table
    when: dt.datetime  # the deadline, or the meeting's start (office zone)
    text: str  # who is missing / who asked
    overdue: bool
    meeting_id: int | None = None
    handout_id: int | None = None


@dataclass(frozen=True)
class NextWeekRequests:
    iso_year: int
    iso_week: int
    label: str  # 2026年第49周（11月30日—12月6日）
    cutoff_text: str  # 申报截止 11月27日（周五）15:00
    total: int
    late: int
    unanswered: tuple[str, ...]  # titles still 待审核

    @property
    def text(self) -> str:
        waiting = f"待审核 {len(self.unanswered)} 项：" + "、".join(self.unanswered) if self.unanswered else "均已审核"
        late = f"，逾期 {self.late} 项" if self.late else ""
        return f"下周会议申报（{self.label}，{self.cutoff_text}）：已收到 {self.total} 项{late}，{waiting}"


def dashboard(uow: UnitOfWork, now: dt.datetime | None = None) -> Dashboard:
    tz = uow.settings.tz()
    now = now or uow.now()
    local = now.astimezone(tz)
    today = local.date()
    end_of_today = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    end_of_tomorrow = end_of_today + dt.timedelta(days=1)
    q = (
        select(ChecklistItem.id, ChecklistItem.version, ChecklistItem.meeting_id, Meeting.title, ChecklistItem.phase,
               ChecklistItem.title, ChecklistItem.due_at, ChecklistItem.owner)
        .join(Meeting, ChecklistItem.meeting_id == Meeting.id)
        .where(
            ChecklistItem.done.is_(False),
            ChecklistItem.due_at < end_of_tomorrow,
            Meeting.deleted_at.is_(None),
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(ChecklistItem.due_at, ChecklistItem.id)
    )
    items = tuple(
        DueItem(iid, version, mid, meeting, CHECKLIST_PHASE_LABELS.get(ChecklistPhase(phase), phase),
                title, due_at.astimezone(tz), owner, overdue=due_at < now,
                when="overdue" if due_at < now else ("today" if due_at < end_of_today else "tomorrow"))
        for iid, version, mid, meeting, phase, title, due_at, owner in plain_rows(uow, q)
        if due_at is not None
    )
    start = dt.datetime.combine(today, dt.time(), tzinfo=tz)
    upcoming = tuple(m for m in list_meetings(uow, start=start, end=start + dt.timedelta(days=7))
                     if m.status != MeetingStatus.CANCELLED)
    return Dashboard(today, items, upcoming, tuple(action_rows(uow, overdue_only=True, today=today)),
                     _next_week_requests(uow, today), _reminders(uow, now))


def _reminders(uow: UnitOfWork, now: dt.datetime) -> tuple[Reminder, ...]:
    """What must come back or be decided before tomorrow's meetings (the evening-before round of calls), and the
    明白纸's 时限节点 falling due within a week (once overdue they are in the overdue 督办 list)."""
    found = [Reminder(m.kind_label, m.title, m.deadline, "未回复：" + "、".join(m.missing), m.overdue,
                      m.meeting_id, m.handout_id)
             for m in [*missing_replies(uow, now), *missing_returns(uow, now)]]
    tz = uow.settings.tz()
    found += [Reminder("时限节点", a.meeting_title, dt.datetime.combine(a.deadline, dt.time(17), tzinfo=tz),
                       f"{a.unit_name or '（未定责任单位）'}：{a.text}", False, a.meeting_id)
              for a in milestones_due(uow, now.astimezone(tz).date()) if a.deadline is not None]
    found += [Reminder("请假未批准", u.meeting_title, u.starts_at,
                       f"{u.person_name}：{u.reason}" + (f"（待{u.approver_name}审批）" if u.approver_name else ""),
                       False, u.meeting_id) for u in unapproved_leave(uow, now)]
    found += [Reminder("涉密材料未收回", o.meeting_title, o.due, o.text, True, o.meeting_id)
              for o in overdue_copies(uow, now)]
    return tuple(sorted(found, key=lambda r: (not r.overdue, r.when)))


def _next_week_requests(uow: UnitOfWork, today: dt.date) -> NextWeekRequests | None:
    """From Thursday (huiwu.rules.requests.remind_requests), how next week's requests stand."""
    if not remind_requests(today):
        return None
    year, week = next_week_of(today)
    view = week_requests(uow, year, week, review=False)
    return NextWeekRequests(year, week, view.label, view.cutoff_text, len(view.rows), view.count(late=True),
                            tuple(r.title for r in view.pending))
