"""What comes back from the units: one returns ledger for 回执 and 明白纸 tables; 督办 items from 时限节点

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 20:00:00

Upgrade: new tables return_request (what was sent out, with its deadline) and return_item (each recipient,
person or unit, with its state and what came back); action_item gains handout_milestone_id (the 明白纸's
时限节点 a 督办 item tracks; a plain column, no foreign key, so SQLite need not rebuild the table and cascade to
its 反馈). Downgrade drops them; every meeting, leave request and 督办 item is kept (a 督办 item made from a
时限节点 stays, without its link).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "return_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("handout_id", sa.Integer(), nullable=True),
        sa.Column("handout_table_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("deadline", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_return_request_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["handout_id"], ["handout.id"], name=op.f("fk_return_request_handout_id_handout"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["handout_table_id"], ["handout_table.id"],
                                name=op.f("fk_return_request_handout_table_id_handout_table"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_request")),
    )
    op.create_index(op.f("ix_return_request_meeting_id"), "return_request", ["meeting_id"], unique=False)
    op.create_index(op.f("ix_return_request_handout_id"), "return_request", ["handout_id"], unique=False)
    op.create_table(
        "return_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("substitute_person_id", sa.Integer(), nullable=True),
        sa.Column("substitute_name", sa.String(length=50), nullable=False),
        sa.Column("named_person_id", sa.Integer(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("entered_by", sa.String(length=100), nullable=False),
        sa.Column("leave_request_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["return_request.id"],
                                name=op.f("fk_return_item_request_id_return_request"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_return_item_person_id_person"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name=op.f("fk_return_item_unit_id_unit"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["substitute_person_id"], ["person.id"],
                                name=op.f("fk_return_item_substitute_person_id_person"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["named_person_id"], ["person.id"],
                                name=op.f("fk_return_item_named_person_id_person"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["leave_request_id"], ["leave_request.id"],
                                name=op.f("fk_return_item_leave_request_id_leave_request"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_item")),
    )
    op.create_index(op.f("ix_return_item_request_id"), "return_item", ["request_id"], unique=False)
    op.add_column("action_item", sa.Column("handout_milestone_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_action_item_handout_milestone_id"), "action_item", ["handout_milestone_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_action_item_handout_milestone_id"), table_name="action_item")
    op.drop_column("action_item", "handout_milestone_id")  # SQLite 3.35+ drops a column in place
    op.drop_index(op.f("ix_return_item_request_id"), table_name="return_item")
    op.drop_table("return_item")
    op.drop_index(op.f("ix_return_request_handout_id"), table_name="return_request")
    op.drop_index(op.f("ix_return_request_meeting_id"), table_name="return_request")
    op.drop_table("return_request")
