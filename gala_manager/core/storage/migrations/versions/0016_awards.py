"""Awards: the scoring rule, categories, competing acts, judges' scores, votes, tie-breaks."""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _act(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(["act_id"], ["act.id"], name=f"fk_{table}_act_id_act",
                                   ondelete="SET NULL")


def upgrade() -> None:
    op.create_table(
        "award_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule", sa.String(20), nullable=False),
        sa.Column("max_score", sa.Integer(), nullable=False),
        sa.Column("criteria", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_award_settings"),
    )
    op.create_table(
        "award_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_award_category"),
    )
    op.create_table(
        "award_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("competes", sa.Boolean(), nullable=False),
        _act("award_entry"),
        sa.PrimaryKeyConstraint("id", name="pk_award_entry"),
        sa.UniqueConstraint("act_id", name="uq_award_entry_act_id"),
    )
    op.create_table(
        "score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("judge_id", sa.Integer(), nullable=True),
        sa.Column("value_centi", sa.Integer(), nullable=False),
        _act("score"),
        sa.ForeignKeyConstraint(["judge_id"], ["guest.id"], name="fk_score_judge_id_guest",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_score"),
        sa.UniqueConstraint("act_id", "judge_id", name="uq_score_act_id"),
    )
    op.create_index("ix_score_act_id", "score", ["act_id"])
    op.create_index("ix_score_judge_id", "score", ["judge_id"])
    op.create_table(
        "audience_vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("votes", sa.Integer(), nullable=False),
        _act("audience_vote"),
        sa.PrimaryKeyConstraint("id", name="pk_audience_vote"),
        sa.UniqueConstraint("act_id", name="uq_audience_vote_act_id"),
    )
    op.create_table(
        "award_tiebreak",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("basis", sa.String(20), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        _act("award_tiebreak"),
        sa.PrimaryKeyConstraint("id", name="pk_award_tiebreak"),
        sa.UniqueConstraint("act_id", "basis", name="uq_award_tiebreak_act_id"),
    )


def downgrade() -> None:
    for table in ("award_tiebreak", "audience_vote", "score", "award_entry", "award_category",
                  "award_settings"):
        op.drop_table(table)
