"""Contingency plans with contacts, equipment and steps; rule thresholds; the show log."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _plan_child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["plan_id"], ["contingency_plan.id"],
                                name=f"fk_{name}_plan_id_contingency_plan", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=f"pk_{name}"),
    )
    op.create_index(f"ix_{name}_plan_id", name, ["plan_id"])


def upgrade() -> None:
    op.create_table(
        "contingency_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("start_delay_max_minutes", sa.Integer(), nullable=False),
        sa.Column("first_half_outage_minutes", sa.Integer(), nullable=False),
        sa.Column("second_half_outage_minutes", sa.Integer(), nullable=False),
        sa.Column("standby_count", sa.Integer(), nullable=False),
        sa.Column("restarts_allowed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contingency_settings"),
    )
    op.create_table(
        "contingency_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(60), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("trigger", sa.Text(), nullable=False),
        sa.Column("decides", sa.String(200), nullable=False),
        sa.Column("acts", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contingency_plan"),
    )
    _plan_child("plan_contact",
                sa.Column("name", sa.String(100), nullable=False),
                sa.Column("role", sa.String(100), nullable=False),
                sa.Column("phone", sa.String(40), nullable=False))
    _plan_child("plan_equipment",
                sa.Column("name", sa.String(100), nullable=False),
                sa.Column("quantity", sa.Integer(), nullable=False),
                sa.Column("location", sa.String(200), nullable=False))
    _plan_child("plan_step", sa.Column("text", sa.Text(), nullable=False))
    op.create_table(
        "show_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("act_title", sa.String(200), nullable=False),
        sa.Column("other_act_id", sa.Integer(), nullable=True),
        sa.Column("incident", sa.Integer(), nullable=True),
        sa.Column("detail", sa.String(60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_show_event"),
    )
    op.create_index("ix_show_event_at", "show_event", ["at"])


def downgrade() -> None:
    op.drop_table("show_event")
    op.drop_table("plan_step")
    op.drop_table("plan_equipment")
    op.drop_table("plan_contact")
    op.drop_table("contingency_plan")
    op.drop_table("contingency_settings")
