"""The demo office's 纪要 (huiwu.demo_minutes): every held 常务会议, 调度会 and 专题会议 has one, in the order held,
most 已印发, the latest waiting; each adds a decision made a 督办 item that links back; running it twice changes
nothing; every record it writes is for people; an issued one prints."""

from __future__ import annotations

import enum
import re

from sqlalchemy import func, select

import huiwu.models as models
from huiwu.db import Database
from huiwu.demo_minutes import add_demo_minutes
from huiwu.models import Meeting, MeetingKind, MeetingStatus, Minutes, MinutesState
from huiwu.services import actions, audit, printing
from huiwu.services import minutes as svc

ISO = re.compile(r"\d{4}-\d\d-\d\dT|\+00:00|\d\d:\d\d:\d\d")


def test_the_demo_minutes(demo_db: Database) -> None:
    """create_demo calls add_demo_minutes; here it is checked as the demo office has it, and run again."""
    with demo_db.uow() as uow:
        count = uow.session.scalar(select(func.count()).select_from(Minutes)) or 0
        if not count:  # a demo built without it
            made = add_demo_minutes(uow)
            assert made.linked == len(made.minutes_ids)
            count = len(made.minutes_ids)
    assert count >= 9
    with demo_db.uow() as uow:
        again = add_demo_minutes(uow)
        assert again.minutes_ids == () and uow.session.scalar(select(func.count()).select_from(Minutes)) == count
        held = uow.session.scalars(select(Meeting).where(
            Meeting.kind.in_([MeetingKind.STANDING, MeetingKind.DISPATCH, MeetingKind.TOPIC]),
            Meeting.status == MeetingStatus.FINISHED).order_by(Meeting.starts_at)).all()
        views = [svc.load_minutes(uow, m.id) for m in held]
        rows = {r.id: r for r in actions.action_rows(uow)}
        everything = audit.recent(uow, limit=100_000)
        keys = {k for e in uow.session.scalars(select(models.AuditEntry)) for k in (e.changes or {})}
        issued = next(v for v in views if v.state == MinutesState.ISSUED)
        pdf = printing.document_pdf(uow, "minutes", issued.meeting_id, copies=1)
    assert all(v.saved for v in views) and sum(v.state == MinutesState.ISSUED for v in views) >= 6
    standing = [v for v in views if v.kind == MeetingKind.STANDING]
    assert [v.number for v in standing] == list(range(1, len(standing) + 1))
    assert standing[-1].state == MinutesState.REVIEW and all(v.state == MinutesState.ISSUED for v in standing[:-1])
    assert standing[0].title.startswith("县政府第") and standing[0].title.endswith("次常务会议纪要")
    for v in views:
        refs = [d for s in v.sections for d in s.decisions if d.action_item_id is not None]
        assert refs and all(rows[d.action_item_id].source == d.ref for d in refs)
        assert v.attendance.present  # the demo's meetings were attended
    codes = sorted({m.value for obj in vars(models).values() if isinstance(obj, type)
                    and issubclass(obj, enum.StrEnum) and obj is not enum.StrEnum for m in obj}, key=len, reverse=True)
    words = [re.compile(rf"(?<![A-Za-z_]){re.escape(w)}(?![A-Za-z_])") for w in sorted(keys | set(codes), key=len,
                                                                                     reverse=True)]
    for row in everything:
        if row.entity not in ("minutes", "action_item"):
            continue
        for line in (row.summary, row.changes_text):
            assert not ISO.search(line), line
            assert not [w.pattern for w in words if w.search(line)], line
    assert pdf.startswith(b"%PDF") and b"/Helvetica" not in pdf
