"""Supplies: the act a prop is for (optional; cleared when the act is deleted)."""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("supply_item") as batch:
        batch.add_column(sa.Column("act_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_supply_item_act_id_act", "act", ["act_id"], ["id"],
                                 ondelete="SET NULL")
        batch.create_index("ix_supply_item_act_id", ["act_id"])


def downgrade() -> None:
    with op.batch_alter_table("supply_item") as batch:
        batch.drop_index("ix_supply_item_act_id")
        batch.drop_constraint("fk_supply_item_act_id_act", type_="foreignkey")
        batch.drop_column("act_id")
