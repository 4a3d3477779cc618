"""The one way to load a meeting for a use case, with the one soft-delete rule.

A deleted meeting (删除, recoverable from “已删除”) is gone for every use case — printing, sign-in, the
checklist, the notice, 督办 — except reading it back and restoring it, which ask for it explicitly.
"""

from __future__ import annotations

from huiwu.db import UnitOfWork
from huiwu.errors import NotFoundError
from huiwu.models import Meeting


def load_meeting(uow: UnitOfWork, meeting_id: int, *, include_deleted: bool = False) -> Meeting:
    meeting = uow.session.get(Meeting, meeting_id)
    if meeting is None or (meeting.deleted_at is not None and not include_deleted):
        raise NotFoundError(f"找不到编号为 {meeting_id} 的会议，可能已被删除。")
    return meeting
