"""主席台: how many seats a room's 主席台 has, and which participants the clerk put on it

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-09 12:00:00

venue.platform_seats: 0 means the room does not say (the rule's default applies). participant.platform: NULL
until the clerk decides; TRUE on the 主席台, FALSE 台下. Downgrade drops both (the default set comes back).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# Plain ALTER TABLE, not a batch: rebuilding "participant" or "venue" on SQLite would cascade deletes.


def upgrade() -> None:
    op.add_column("venue", sa.Column("platform_seats", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("participant", sa.Column("platform", sa.Boolean(), nullable=True))


def downgrade() -> None:
    op.drop_column("participant", "platform")  # SQLite 3.35+ drops a column in place
    op.drop_column("venue", "platform_seats")
