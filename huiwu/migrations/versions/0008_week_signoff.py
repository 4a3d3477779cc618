"""定稿 with sign-off: who signed the week (签发), when, which edition; each 变更's reason and edition

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 18:00:00

Upgrade: week_plan gains signer_id (a person), signer_name, signed_at and edition; a week already
定稿 becomes edition 1, signed by nobody yet (its operator stays in finalized_by). week_amendment gains reason
(empty) and edition (1). Downgrade drops all of it; every plan, snapshot and 变更 is kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Plain ALTER TABLE, not a batch: rebuilding "week_plan" on SQLite would cascade to its amendments. For the
# same reason signer_id carries no foreign key (the printed name is kept in signer_name).


def upgrade() -> None:
    op.add_column("week_plan", sa.Column("signer_id", sa.Integer(), nullable=True))
    op.add_column("week_plan", sa.Column("signer_name", sa.String(length=50), nullable=False, server_default=""))
    op.add_column("week_plan", sa.Column("signed_at", sa.DateTime(), nullable=True))
    op.add_column("week_plan", sa.Column("edition", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE week_plan SET edition = 1 WHERE state = 'final'")
    op.add_column("week_amendment", sa.Column("reason", sa.Text(), nullable=False, server_default=""))
    op.add_column("week_amendment", sa.Column("edition", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("week_amendment", "edition")  # SQLite 3.35+ drops a column in place
    op.drop_column("week_amendment", "reason")
    op.drop_column("week_plan", "edition")
    op.drop_column("week_plan", "signed_at")
    op.drop_column("week_plan", "signer_name")
    op.drop_column("week_plan", "signer_id")
