"""Rehearsal runs: the console's actions during a rehearsal, kept apart from the show log."""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rehearsal_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rehearsal_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("act_title", sa.String(200), nullable=False),
        sa.Column("other_act_id", sa.Integer(), nullable=True),
        sa.Column("incident", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["rehearsal_id"], ["rehearsal.id"],
                                name="fk_rehearsal_event_rehearsal_id_rehearsal",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_rehearsal_event"),
    )
    op.create_index("ix_rehearsal_event_at", "rehearsal_event", ["at"])
    op.create_index("ix_rehearsal_event_rehearsal_id", "rehearsal_event", ["rehearsal_id"])


def downgrade() -> None:
    op.drop_table("rehearsal_event")
