"""密级: the one 涉密 value becomes the three GB/T 9704 levels 秘密 / 机密 / 绝密, with a 保密期限

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-08 12:00:00

Upgrade: every meeting stored as "secret" (涉密) becomes 秘密 ("secret_mimi"), the lowest level, with no
保密期限 (the clerk adds it; the mark then prints "秘密"). Downgrade: 秘密, 机密 and 绝密 all go back to
"secret" and the 保密期限 is dropped (0002 knows only 涉密).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The stored values, written out here: a migration must not change when the model's enum does.
OLD_SECRET = "secret"
MIMI, JIMI, JUEMI = "secret_mimi", "secret_jimi", "secret_juemi"

meeting = sa.table("meeting", sa.column("confidentiality", sa.String(20)))


# Plain ALTER TABLE, not a batch: on SQLite a batch rebuilds "meeting", and dropping the old table would
# cascade to every participant, 议题 and checklist row (foreign keys are on while migrating).


def upgrade() -> None:
    op.add_column("meeting", sa.Column("secrecy_term", sa.String(length=20), nullable=False, server_default=""))
    op.execute(meeting.update().where(meeting.c.confidentiality == OLD_SECRET).values(confidentiality=MIMI))


def downgrade() -> None:
    op.execute(meeting.update().where(meeting.c.confidentiality.in_((MIMI, JIMI, JUEMI)))
               .values(confidentiality=OLD_SECRET))
    op.drop_column("meeting", "secrecy_term")  # SQLite 3.35+ drops a column in place
