"""The post-gala review: overall figures and each department's notes."""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("audience_count", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("effect", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review"),
    )
    op.create_table(
        "department_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("went_well", sa.Text(), nullable=False),
        sa.Column("to_improve", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name="fk_department_review_department_id_department",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_department_review"),
        sa.UniqueConstraint("department_id", name="uq_department_review_department_id"),
    )


def downgrade() -> None:
    op.drop_table("department_review")
    op.drop_table("review")
