"""明白纸 密级: a handout carries its own 密级 and 保密期限 (printed is the higher of its own and its meeting's)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-10 12:00:00

Upgrade: every handout starts 公开 with no 保密期限 (it keeps printing as its meeting's, as before).
Downgrade drops both columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Plain ALTER TABLE, not a batch: rebuilding "handout" on SQLite would cascade to its milestones and tables.


def upgrade() -> None:
    op.add_column("handout", sa.Column("confidentiality", sa.String(length=20), nullable=False,
                                       server_default="public"))
    op.add_column("handout", sa.Column("secrecy_term", sa.String(length=20), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("handout", "secrecy_term")  # SQLite 3.35+ drops a column in place
    op.drop_column("handout", "confidentiality")
