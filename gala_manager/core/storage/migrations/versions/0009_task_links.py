"""Links from a task to what it is about: an act, a supply item, a contingency plan."""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LINKS = (("act_id", "act"), ("supply_item_id", "supply_item"), ("plan_id", "contingency_plan"))


def upgrade() -> None:
    with op.batch_alter_table("task") as batch:
        for column, table in LINKS:
            batch.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch.create_index(f"ix_task_{column}", [column])
            batch.create_foreign_key(f"fk_task_{column}_{table}", table, [column], ["id"],
                                     ondelete="SET NULL")


def downgrade() -> None:
    with op.batch_alter_table("task") as batch:
        for column, table in LINKS:
            batch.drop_constraint(f"fk_task_{column}_{table}", type_="foreignkey")
            batch.drop_index(f"ix_task_{column}")
            batch.drop_column(column)
