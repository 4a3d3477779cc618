"""会议申报, the 会议计划 and the merges the 会议精简 ledger credits

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 19:00:00

Upgrade: new tables meeting_request (with meeting_request_invitee), meeting_cap and meeting_merge. Every
meeting already merged into another (merged_into_id) gets its meeting_merge row, as a 整合会议: the
person-times it saved are the source's invitees minus those the merge moved (the target's 修改记录 names
them), or, without that record, the people the two lists share.
Downgrade drops the three tables; the meetings, their merged_into_id and cancel reasons are kept.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column[object]]:
    return [sa.Column("version", sa.Integer(), nullable=False), sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "meeting_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("iso_year", sa.Integer(), nullable=False),
        sa.Column("iso_week", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("alt_starts_at", sa.DateTime(), nullable=True),
        sa.Column("alt_ends_at", sa.DateTime(), nullable=True),
        sa.Column("venue_id", sa.Integer(), nullable=True),
        sa.Column("venue_note", sa.String(length=200), nullable=False),
        sa.Column("chair_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("requested_by", sa.String(length=100), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=False),
        sa.Column("decline_reason", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(["venue_id"], ["venue.id"], name=op.f("fk_meeting_request_venue_id_venue"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["chair_id"], ["person.id"], name=op.f("fk_meeting_request_chair_id_person"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_meeting_request_unit_id_unit"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_request_meeting_id_meeting"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_request")),
    )
    op.create_index(op.f("ix_meeting_request_requested_at"), "meeting_request", ["requested_at"], unique=False)
    op.create_index("ix_meeting_request_week", "meeting_request", ["iso_year", "iso_week"], unique=False)
    op.create_table(
        "meeting_request_invitee",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["request_id"], ["meeting_request.id"],
                                name=op.f("fk_meeting_request_invitee_request_id_meeting_request"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name=op.f("fk_meeting_request_invitee_person_id_person"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_meeting_request_invitee_unit_id_unit"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["group_id"], ["person_group.id"],
                                name=op.f("fk_meeting_request_invitee_group_id_person_group"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_request_invitee")),
    )
    op.create_index(op.f("ix_meeting_request_invitee_request_id"), "meeting_request_invitee", ["request_id"],
                    unique=False)
    op.create_table(
        "meeting_cap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("host_unit_id", sa.Integer(), nullable=True),
        sa.Column("max_count", sa.Integer(), nullable=True),
        sa.Column("min_video_percent", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(["host_unit_id"], ["unit.id"], name=op.f("fk_meeting_cap_host_unit_id_unit"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_cap")),
    )
    op.create_index(op.f("ix_meeting_cap_year"), "meeting_cap", ["year"], unique=False)
    merge = op.create_table(
        "meeting_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("person_times_saved", sa.Integer(), nullable=False),
        sa.Column("minutes_saved", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("merged_by", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["meeting.id"], name=op.f("fk_meeting_merge_source_id_meeting"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["target_id"], ["meeting.id"], name=op.f("fk_meeting_merge_target_id_meeting"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_merge")),
    )
    op.create_index(op.f("ix_meeting_merge_source_id"), "meeting_merge", ["source_id"], unique=False)
    _credit_past_merges(merge)


def _credit_past_merges(merge: sa.Table | None) -> None:
    """One meeting_merge row per meeting already merged, counted the way merge_meetings counts a new one."""
    assert merge is not None
    bind = op.get_bind()
    meeting = sa.table("meeting", sa.column("id"), sa.column("starts_at"), sa.column("ends_at"),
                       sa.column("updated_at"), sa.column("merged_into_id"))
    participant = sa.table("participant", sa.column("meeting_id"), sa.column("person_id"))
    audit = sa.table("audit_entry", sa.column("entity"), sa.column("entity_id"), sa.column("action"),
                     sa.column("summary"), sa.column("changes"))
    title = sa.table("meeting", sa.column("id"), sa.column("title"))
    rows = bind.execute(sa.select(meeting.c.id, meeting.c.starts_at, meeting.c.ends_at, meeting.c.updated_at,
                                  meeting.c.merged_into_id).where(meeting.c.merged_into_id.is_not(None))).all()
    for source_id, starts, ends, updated, target_id in rows:
        people = {m: set(bind.execute(sa.select(participant.c.person_id)
                                      .where(participant.c.meeting_id == m)).scalars())
                  for m in (source_id, target_id)}
        shared = len(people[source_id] & people[target_id])
        source_title = bind.execute(sa.select(title.c.title).where(title.c.id == source_id)).scalar_one()
        records = [c for s, c in bind.execute(sa.select(audit.c.summary, audit.c.changes).where(
            audit.c.entity == "meeting", audit.c.entity_id == target_id, audit.c.action == "merge_in"))
            if f"“{source_title}”并入" in (s or "")]
        if len(records) == 1:
            changes = json.loads(records[0]) if isinstance(records[0], str) else records[0]
            moved = changes.get("added") if isinstance(changes, dict) else None
            if isinstance(moved, list):
                shared = max(len(people[source_id]) - len(moved), 0)
        minutes = _minutes(starts, ends)
        bind.execute(merge.insert().values(source_id=source_id, target_id=target_id, kind="merge",
                                           person_times_saved=shared, minutes_saved=shared * minutes,
                                           merged_at=_moment(updated), merged_by="（升级前合并）"))


def _moment(value: object) -> dt.datetime:
    """A stored naive-UTC time: SQLite through a plain table() returns the text, PostgreSQL a datetime."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))


def _minutes(starts: object, ends: object) -> int:
    return max(int((_moment(ends) - _moment(starts)).total_seconds() // 60), 0)


def downgrade() -> None:
    op.drop_index(op.f("ix_meeting_merge_source_id"), table_name="meeting_merge")
    op.drop_table("meeting_merge")
    op.drop_index(op.f("ix_meeting_cap_year"), table_name="meeting_cap")
    op.drop_table("meeting_cap")
    op.drop_index(op.f("ix_meeting_request_invitee_request_id"), table_name="meeting_request_invitee")
    op.drop_table("meeting_request_invitee")
    op.drop_index("ix_meeting_request_week", table_name="meeting_request")
    op.drop_index(op.f("ix_meeting_request_requested_at"), table_name="meeting_request")
    op.drop_table("meeting_request")
