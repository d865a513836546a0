"""Tasks of the plan's phases and their checklist steps."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("phase", sa.String(20), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_offset_days", sa.Integer(), nullable=True),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint("NOT (due_date IS NOT NULL AND due_offset_days IS NOT NULL)",
                           name="ck_task_one_due_kind"),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name="fk_task_department_id_department", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_task_person_id_person", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_task"),
    )
    op.create_index("ix_task_phase", "task", ["phase"])
    op.create_index("ix_task_department_id", "task", ["department_id"])
    op.create_index("ix_task_person_id", "task", ["person_id"])
    op.create_table(
        "task_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["task_id"], ["task.id"],
                                name="fk_task_step_task_id_task", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_task_step"),
    )
    op.create_index("ix_task_step_task_id", "task_step", ["task_id"])


def downgrade() -> None:
    op.drop_table("task_step")
    op.drop_table("task")
