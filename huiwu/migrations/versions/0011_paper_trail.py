"""The meeting's paper trail: 会议纪要, the 涉密材料 register and the 归档卷

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 22:00:00

Upgrade: new tables minutes (one 纪要 per meeting, numbered per kind per year, with its 送审/签发/印发 record),
minutes_section and minutes_decision (a decision links to the 督办 item made from it), minutes_revision (changes
after 签发, each with the text before); secret_material and secret_copy (发放回收登记: each numbered copy, its
recipient, when it went out and came back); meeting_archive (the frozen 归档卷 of a meeting and when a later
change reopened it). action_item gains archive_note (why an unfinished item may be filed away). Downgrade drops
them; every meeting, 议题, 督办 item and leave request is kept.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _versioned() -> list[sa.Column[object]]:
    return [sa.Column("version", sa.Integer(), nullable=False), sa.Column("updated_at", sa.DateTime(), nullable=False)]


def upgrade() -> None:
    op.create_table(
        "minutes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("distribution", sa.Text(), nullable=False),
        sa.Column("issuer", sa.String(length=200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("submitted_by", sa.String(length=100), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("signed_by", sa.String(length=100), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_minutes_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_minutes_meeting_id")),
        sa.UniqueConstraint("kind", "year", "number", name="uq_minutes_kind_year_number"),
    )
    op.create_table(
        "minutes_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["minutes_id"], ["minutes.id"], name=op.f("fk_minutes_section_minutes_id_minutes"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"],
                                name=op.f("fk_minutes_section_agenda_item_id_agenda_item"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_section")),
    )
    op.create_index(op.f("ix_minutes_section_minutes_id"), "minutes_section", ["minutes_id"], unique=False)
    op.create_table(
        "minutes_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["section_id"], ["minutes_section.id"],
                                name=op.f("fk_minutes_decision_section_id_minutes_section"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"],
                                name=op.f("fk_minutes_decision_action_item_id_action_item"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_decision")),
    )
    op.create_index(op.f("ix_minutes_decision_section_id"), "minutes_decision", ["section_id"], unique=False)
    op.create_index(op.f("ix_minutes_decision_action_item_id"), "minutes_decision", ["action_item_id"], unique=False)
    op.create_table(
        "minutes_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("minutes_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("made_by", sa.String(length=100), nullable=False),
        sa.Column("made_at", sa.DateTime(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["minutes_id"], ["minutes.id"], name=op.f("fk_minutes_revision_minutes_id_minutes"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_revision")),
    )
    op.create_index(op.f("ix_minutes_revision_minutes_id"), "minutes_revision", ["minutes_id"], unique=False)
    op.create_table(
        "secret_material",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("secrecy_level", sa.String(length=20), nullable=False),
        sa.Column("secrecy_term", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_secret_material_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_item.id"],
                                name=op.f("fk_secret_material_agenda_item_id_agenda_item"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_secret_material")),
    )
    op.create_index(op.f("ix_secret_material_meeting_id"), "secret_material", ["meeting_id"], unique=False)
    op.create_table(
        "secret_copy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("material_id", sa.Integer(), nullable=False),
        sa.Column("copy_no", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.String(length=50), nullable=False),
        sa.Column("recipient_unit", sa.String(length=100), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=True),
        sa.Column("issued_by", sa.String(length=100), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("returned_to", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_versioned(),
        sa.ForeignKeyConstraint(["material_id"], ["secret_material.id"],
                                name=op.f("fk_secret_copy_material_id_secret_material"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_secret_copy_person_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_secret_copy")),
        sa.UniqueConstraint("material_id", "copy_no", name="uq_secret_copy_material_copy_no"),
    )
    op.create_index(op.f("ix_secret_copy_material_id"), "secret_copy", ["material_id"], unique=False)
    op.create_index(op.f("ix_secret_copy_person_id"), "secret_copy", ["person_id"], unique=False)
    op.create_table(
        "meeting_archive",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=False),
        sa.Column("archived_by", sa.String(length=100), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("contents", sa.JSON(), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("reopened_at", sa.DateTime(), nullable=True),
        sa.Column("reopened_by", sa.String(length=100), nullable=False),
        sa.Column("reopened_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_archive_meeting_id_meeting"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_archive")),
    )
    op.create_index(op.f("ix_meeting_archive_meeting_id"), "meeting_archive", ["meeting_id"], unique=False)
    op.add_column("action_item", sa.Column("archive_note", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    op.drop_column("action_item", "archive_note")  # SQLite 3.35+ drops a column in place
    op.drop_index(op.f("ix_meeting_archive_meeting_id"), table_name="meeting_archive")
    op.drop_table("meeting_archive")
    op.drop_index(op.f("ix_secret_copy_person_id"), table_name="secret_copy")
    op.drop_index(op.f("ix_secret_copy_material_id"), table_name="secret_copy")
    op.drop_table("secret_copy")
    op.drop_index(op.f("ix_secret_material_meeting_id"), table_name="secret_material")
    op.drop_table("secret_material")
    op.drop_index(op.f("ix_minutes_revision_minutes_id"), table_name="minutes_revision")
    op.drop_table("minutes_revision")
    op.drop_index(op.f("ix_minutes_decision_action_item_id"), table_name="minutes_decision")
    op.drop_index(op.f("ix_minutes_decision_section_id"), table_name="minutes_decision")
    op.drop_table("minutes_decision")
    op.drop_index(op.f("ix_minutes_section_minutes_id"), table_name="minutes_section")
    op.drop_table("minutes_section")
    op.drop_table("minutes")
