"""Lucky draws: the draws of the evening, their pools of names and their winners."""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prize_item_id", sa.Integer(), nullable=True),
        sa.Column("winners", sa.Integer(), nullable=False),
        sa.Column("pool_kind", sa.String(20), nullable=False),
        sa.Column("range_low", sa.Integer(), nullable=True),
        sa.Column("range_high", sa.Integer(), nullable=True),
        sa.Column("excluded", sa.Text(), nullable=False),
        sa.Column("exclude_earlier_winners", sa.Boolean(), nullable=False),
        sa.Column("exclude_committee", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["prize_item_id"], ["supply_item.id"],
                                name="fk_draw_prize_item_id_supply_item", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_draw"),
    )
    op.create_index("ix_draw_prize_item_id", "draw", ["prize_item_id"])
    op.create_table(
        "draw_name",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["draw_id"], ["draw.id"], name="fk_draw_name_draw_id_draw",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_draw_name"),
    )
    op.create_index("ix_draw_name_draw_id", "draw_name", ["draw_id"])
    op.create_table(
        "draw_winner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("draw_id", sa.Integer(), nullable=False),
        sa.Column("entry", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("redraw_of_id", sa.Integer(), nullable=True),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["draw_id"], ["draw.id"], name="fk_draw_winner_draw_id_draw",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["redraw_of_id"], ["draw_winner.id"],
                                name="fk_draw_winner_redraw_of_id_draw_winner",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_draw_winner"),
    )
    op.create_index("ix_draw_winner_draw_id", "draw_winner", ["draw_id"])


def downgrade() -> None:
    op.drop_table("draw_winner")
    op.drop_table("draw_name")
    op.drop_table("draw")
