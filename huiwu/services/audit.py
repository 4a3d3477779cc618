"""The audit log: every change to a meeting, its participants, checklist and decisions, with who and when."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from huiwu.db import UnitOfWork
from huiwu.models import AuditEntry


@dataclass(frozen=True)
class AuditRow:
    at: dt.datetime
    actor: str
    entity: str
    entity_id: int | None
    action: str
    summary: str
    changes: dict[str, Any]


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
    )
    return [_row(r) for r in rows]


def recent(uow: UnitOfWork, limit: int = 200) -> list[AuditRow]:
    rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
    return [_row(r) for r in rows]


def _row(r: AuditEntry) -> AuditRow:
    return AuditRow(r.at, r.actor, r.entity, r.entity_id, r.action, r.summary, dict(r.changes or {}))
