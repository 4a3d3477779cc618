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
from huiwu.services.actions import ActionRow, action_rows
from huiwu.services.meetings import MeetingRow, list_meetings


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


def dashboard(uow: UnitOfWork, now: dt.datetime | None = None) -> Dashboard:
    tz = uow.settings.tz()
    now = now or uow.now()
    local = now.astimezone(tz)
    today = local.date()
    end_of_today = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    end_of_tomorrow = end_of_today + dt.timedelta(days=1)
    q = (
        select(ChecklistItem, Meeting.title)
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
        DueItem(i.id, i.version, i.meeting_id, title, CHECKLIST_PHASE_LABELS.get(ChecklistPhase(i.phase), i.phase),
                i.title, i.due_at.astimezone(tz), i.owner, overdue=i.due_at < now,
                when="overdue" if i.due_at < now else ("today" if i.due_at < end_of_today else "tomorrow"))
        for i, title in uow.session.execute(q)
        if i.due_at is not None
    )
    start = dt.datetime.combine(today, dt.time(), tzinfo=tz)
    upcoming = tuple(m for m in list_meetings(uow, start=start, end=start + dt.timedelta(days=7))
                     if m.status != MeetingStatus.CANCELLED)
    return Dashboard(today, items, upcoming, tuple(action_rows(uow, overdue_only=True, today=today)))
