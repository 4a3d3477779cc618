"""The one way to load a meeting for a use case, with the one soft-delete rule.

A deleted meeting (删除, recoverable from “已删除”) is gone for every use case — printing, sign-in, the
checklist, the notice, 督办 — except reading it back and restoring it, which ask for it explicitly.

A use case that reads a meeting's rows names them up front (``options``: the graphs below), so it reads them
in a few set-based statements whatever the size of the meeting: on an office's PostgreSQL every lazy load is a
round trip, and one per participant makes a 1,000-person plenary take seconds (issue 18).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import joinedload, selectinload
from sqlalchemy.orm.interfaces import ORMOption

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError
from huiwu.models import ActionItem, AgendaAttendingUnit, AgendaItem, Meeting, Participant, Person

#: The meeting's heading: room, chair, 主办 and 承办 units — joined into the meeting's own statement.
HEAD: tuple[ORMOption, ...] = (
    joinedload(Meeting.venue), joinedload(Meeting.chair), joinedload(Meeting.host_unit),
    joinedload(Meeting.undertaker_unit),
)
#: 议题 with their presenting unit and their 列席单位, in one statement (a meeting has a handful of 议题, each
#: a few 列席单位: joining them repeats little).
AGENDA: tuple[ORMOption, ...] = (
    selectinload(Meeting.agenda_items).joinedload(AgendaItem.presenter_unit),
    selectinload(Meeting.agenda_items).joinedload(AgendaItem.attending_units).joinedload(AgendaAttendingUnit.unit),
)
#: Participants with their person, unit and 代会 person, in one statement.
PEOPLE: tuple[ORMOption, ...] = (
    selectinload(Meeting.participants).joinedload(Participant.person).joinedload(Person.unit),
    selectinload(Meeting.participants).joinedload(Participant.substitute),
)
#: 议定事项 with their responsible unit and person, and their 反馈.
ACTIONS: tuple[ORMOption, ...] = (
    selectinload(Meeting.action_items).joinedload(ActionItem.responsible_unit),
    selectinload(Meeting.action_items).joinedload(ActionItem.responsible_person),
    selectinload(Meeting.action_items).selectinload(ActionItem.feedback),
)
#: Everything the meeting editor shows of a meeting.
WHOLE: tuple[ORMOption, ...] = HEAD + AGENDA + PEOPLE


def load_meeting(uow: UnitOfWork, meeting_id: int, *, include_deleted: bool = False,
                 options: Sequence[ORMOption] = ()) -> Meeting:
    """The meeting; ``options`` eager-load the rows the use case reads (when the session does not hold the
    meeting yet — an earlier load in the same unit of work already chose them)."""
    meeting = uow.session.get(Meeting, meeting_id, options=options)
    if meeting is None or (meeting.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"找不到编号为 {meeting_id} 的会议，可能已被删除。")
    return meeting
