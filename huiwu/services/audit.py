"""The audit log: every change to a meeting, its participants, checklist and decisions, with who and when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.models import AuditEntry
from huiwu.services import history


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    entity: str
    entity_id: int | None
    action: str
    summary: str
    changes: dict[str, Any]
    changes_text: str = ""  # the changes for people (huiwu.services.history): what the 修改记录 shows




def record(
    uow: UnitOfWork,
    entity: str,
    entity_id: int | None,
    action: str,
    summary: str,
    *,
    meeting_id: int | None = None,
    changes: dict[str, Any] | None = None,
) -> None:
    """Add an entry to the current unit of work, so it commits (or rolls back) with the change itself."""
    uow.session.add(
        AuditEntry(
            actor=uow.settings.operator_name(),
            entity=entity,
            entity_id=entity_id,
            meeting_id=meeting_id,
            action=action,
            summary=summary,
            changes=changes or {},
        )
    )
    if meeting_id is not None and entity != "meeting_archive":
        from huiwu.services.archive import reopen_if_archived

        reopen_if_archived(uow, meeting_id, summary)  # a filed meeting changed: its 归档卷 is reopened, visibly


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """{field: [old, new]} for the fields that changed, JSON-friendly."""
    return {k: [_plain(before.get(k)), _plain(v)] for k, v in after.items() if before.get(k) != v}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def meeting_history(uow: UnitOfWork, meeting_id: int) -> list[AuditRow]:
    rows = uow.session.scalars(
        select(AuditEntry).where(AuditEntry.meeting_id == meeting_id).order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    return _rows(uow, rows)


def recent(uow: UnitOfWork, limit: int = 200) -> list[AuditRow]:
    rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).all()
    return _rows(uow, rows)


def _rows(uow: UnitOfWork, entries: Sequence[AuditEntry]) -> list[AuditRow]:
    """The rows with their changes worded for people, every id named in one look-up per kind."""
    names = history.load_names(uow, [e.changes or {} for e in entries])
    tz = uow.settings.tz()
    return [_row(r, history.changes_text(r.changes or {}, r.entity, tz, names)) for r in entries]


def _row(r: AuditEntry, text: str = "") -> AuditRow:
    return AuditRow(r.at, r.actor, r.entity, r.entity_id, r.action, r.summary, dict(r.changes or {}), text)
