"""CalDAV both ways: pending server-side deletions/cancellations, cancellation grace, the phone's calendar

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-12 10:00:00

Upgrade: a table of changes made on a CalDAV server to office meetings that wait for the clerk
(caldav_pending); on each record when STATUS:CANCELLED was first written (removed from the server after the
grace period) and whether the office's version is to be written back; on each target the imported calendar
that receives the events created there by the leader. Existing rows get "none yet" values.
Downgrade drops all of it; a 0006 database syncs as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Plain ALTER TABLE, not a batch: rebuilding "caldav_target" on SQLite would cascade to its records.


def upgrade() -> None:
    op.create_table(
        "caldav_pending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_caldav_pending_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["target_id"], ["caldav_target.id"],
                                name=op.f("fk_caldav_pending_target_id_caldav_target"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caldav_pending")),
    )
    op.create_index(op.f("ix_caldav_pending_target_id"), "caldav_pending", ["target_id"], unique=False)
    op.create_index(op.f("ix_caldav_pending_meeting_id"), "caldav_pending", ["meeting_id"], unique=False)
    op.add_column("caldav_record", sa.Column("cancelled_at", sa.DateTime(), nullable=True))
    op.add_column("caldav_record", sa.Column("resend", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.add_column("caldav_target", sa.Column("imported_calendar_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("caldav_target", "imported_calendar_id")  # SQLite 3.35+ drops a column in place
    op.drop_column("caldav_record", "resend")
    op.drop_column("caldav_record", "cancelled_at")
    op.drop_index(op.f("ix_caldav_pending_meeting_id"), table_name="caldav_pending")
    op.drop_index(op.f("ix_caldav_pending_target_id"), table_name="caldav_pending")
    op.drop_table("caldav_pending")
