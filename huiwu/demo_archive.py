"""Demo data for 归档: the demo office's earliest 常务会议 filed away a week after it was held — its unfinished
议定事项 each with the reason it is filed open — so the 归档卷 can be opened as the office filed it.

Called at the end of huiwu.demo.create_demo, after the 纪要 and the 涉密 register, so the volume holds them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.models import ActionState, Meeting, MeetingKind, MeetingStatus
from huiwu.services import archive

NOTES = ("长期事项，按季度报送进展", "已纳入下次常务会议议题，届时销号", "牵头单位已办结，待督查室复核后销号")


def add_demo_archive(uow: UnitOfWork) -> int | None:
    """File the earliest held 常务会议 (the id, or None when the demo has none yet)."""
    meeting = uow.session.scalars(
        select(Meeting).where(Meeting.kind == MeetingKind.STANDING, Meeting.status == MeetingStatus.FINISHED,
                              Meeting.deleted_at.is_(None)).order_by(Meeting.starts_at).limit(1)).first()
    if meeting is None or archive.archive_state(uow, meeting.id).archived:
        return None
    when = meeting.ends_at + dt.timedelta(days=7)
    if when > uow.now():
        return None
    mid = meeting.id
    with uow.clock_at(when):
        open_items = [a.id for a in meeting.action_items if a.state != ActionState.CLOSED and not a.archive_note]
        for k, item in enumerate(open_items):
            archive.set_archive_note(uow, item, NOTES[k % len(NOTES)])
        archive.archive_meeting(uow, mid)
    return mid
