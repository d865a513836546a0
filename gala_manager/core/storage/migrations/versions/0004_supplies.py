"""Supplies: categories (built-ins seeded), items and the supply budget."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

BUILTIN_CATEGORIES = ("consumables", "publicity", "stage", "props", "prizes", "first_aid",
                      "other")


def upgrade() -> None:
    category = op.create_table(
        "supply_category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_supply_category"),
        sa.UniqueConstraint("key", name="uq_supply_category_key"),
    )
    op.bulk_insert(category, [{"id": i + 1, "key": key, "name": "", "sort_order": i + 1}
                              for i, key in enumerate(BUILTIN_CATEGORIES)])
    op.create_table(
        "supply_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("quantity_milli", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(20), nullable=False),
        sa.Column("unit_price_fen", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("supplier", sa.String(200), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("responsible_person_id", sa.Integer(), nullable=True),
        sa.Column("needed_by", sa.Date(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("must_return", sa.Boolean(), nullable=False),
        sa.Column("return_to", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["category_id"], ["supply_category.id"],
                                name="fk_supply_item_category_id_supply_category",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["department_id"], ["department.id"],
                                name="fk_supply_item_department_id_department",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["responsible_person_id"], ["person.id"],
                                name="fk_supply_item_responsible_person_id_person",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_supply_item"),
    )
    op.create_index("ix_supply_item_category_id", "supply_item", ["category_id"])
    op.create_index("ix_supply_item_department_id", "supply_item", ["department_id"])
    op.create_index("ix_supply_item_responsible_person_id", "supply_item",
                    ["responsible_person_id"])
    op.create_table(
        "supply_budget",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("budget_limit_fen", sa.Integer(), nullable=True),
        sa.Column("sponsorship_fen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_supply_budget"),
    )


def downgrade() -> None:
    op.drop_table("supply_budget")
    op.drop_table("supply_item")
    op.drop_table("supply_category")
