"""The gala's facts, departments and people."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gala",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("theme", sa.String(200), nullable=False),
        sa.Column("organiser", sa.String(200), nullable=False),
        sa.Column("co_organisers", sa.Text(), nullable=False),
        sa.Column("venue", sa.String(200), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("min_minutes", sa.Integer(), nullable=False),
        sa.Column("max_minutes", sa.Integer(), nullable=False),
        sa.Column("audience", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gala"),
    )
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("duties", sa.Text(), nullable=False),
        sa.Column("colour", sa.String(9), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("head_person_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_department"),
        sa.UniqueConstraint("name", name="uq_department_name"),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("gender", sa.String(20), nullable=False),
        sa.Column("phone", sa.String(40), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"], ["department.id"],
            name="fk_person_department_id_department", ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
    )
    op.create_index("ix_person_department_id", "person", ["department_id"])
    with op.batch_alter_table("department") as batch:
        batch.create_foreign_key(
            "fk_department_head_person_id_person", "person", ["head_person_id"], ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    op.drop_table("person")
    op.drop_table("department")
    op.drop_table("gala")
