"""The prize quiz: questions per round with their prize, and prizes handed out."""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"],
                                   name=f"fk_{table}_{column}_{target}", ondelete="SET NULL")


def upgrade() -> None:
    op.create_table(
        "quiz_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("prize_item_id", sa.Integer(), nullable=True),
        _fk("quiz_question", "act_id", "act"),
        _fk("quiz_question", "prize_item_id", "supply_item"),
        sa.PrimaryKeyConstraint("id", name="pk_quiz_question"),
    )
    op.create_index("ix_quiz_question_act_id", "quiz_question", ["act_id"])
    op.create_index("ix_quiz_question_prize_item_id", "quiz_question", ["prize_item_id"])
    op.create_table(
        "prize_handout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("supply_item_id", sa.Integer(), nullable=True),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("winner", sa.String(100), nullable=False),
        sa.Column("winner_class", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("handed_at", sa.DateTime(), nullable=False),
        _fk("prize_handout", "supply_item_id", "supply_item"),
        _fk("prize_handout", "act_id", "act"),
        _fk("prize_handout", "question_id", "quiz_question"),
        sa.PrimaryKeyConstraint("id", name="pk_prize_handout"),
    )
    for column in ("supply_item_id", "act_id", "question_id"):
        op.create_index(f"ix_prize_handout_{column}", "prize_handout", [column])


def downgrade() -> None:
    op.drop_table("prize_handout")
    op.drop_table("quiz_question")
