"""议题 密级: a 议题 carries its own 密级 (秘密/机密/绝密) and 保密期限 beside its 涉密 flag

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 13:00:00

Upgrade: a 议题 marked 涉密 becomes 秘密 with no 保密期限 (the lowest level, as 0003 did for meetings).
Downgrade drops both columns; the 涉密 flag stays, so nothing a 0005 database knew is lost.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MIMI = "secret_mimi"  # written out: a migration must not change when the model's enum does
agenda_item = sa.table("agenda_item", sa.column("confidential", sa.Boolean()),
                       sa.column("secrecy_level", sa.String(20)))

# Plain ALTER TABLE, not a batch: rebuilding "agenda_item" on SQLite would cascade to its attending units.


def upgrade() -> None:
    op.add_column("agenda_item", sa.Column("secrecy_level", sa.String(length=20), nullable=False, server_default=""))
    op.add_column("agenda_item", sa.Column("secrecy_term", sa.String(length=20), nullable=False, server_default=""))
    op.execute(agenda_item.update().where(agenda_item.c.confidential.is_(True)).values(secrecy_level=MIMI))


def downgrade() -> None:
    op.drop_column("agenda_item", "secrecy_term")  # SQLite 3.35+ drops a column in place
    op.drop_column("agenda_item", "secrecy_level")
