"""Sponsors, their goods and promises; the budget's single sponsorship figure becomes a sponsor.

The old `supply_budget.sponsorship_fen` is moved into one sponsor record (cash,
received) so that the budget's available money is the same before and after.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Written into the file, so not translated: the users of the app are Chinese committees.
MIGRATED_COMPANY = "赞助收入（旧版本预算中的金额）"
MIGRATED_NOTES = ("旧版本的预算只记一个赞助收入金额，升级时转为这一条赞助记录，预算不变。"
                  "请改成实际的赞助商，或拆成多条。")


def upgrade() -> None:
    op.create_table(
        "sponsor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("contact_name", sa.String(100), nullable=False),
        sa.Column("contact_phone", sa.String(40), nullable=False),
        sa.Column("handled_by_person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("cash_fen", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["handled_by_person_id"], ["person.id"],
                                name="fk_sponsor_handled_by_person_id_person",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_sponsor"),
    )
    op.create_index("ix_sponsor_handled_by_person_id", "sponsor", ["handled_by_person_id"])
    op.create_table(
        "sponsor_goods",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(200), nullable=False),
        sa.Column("value_fen", sa.Integer(), nullable=False),
        sa.Column("supply_item_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["sponsor_id"], ["sponsor.id"],
                                name="fk_sponsor_goods_sponsor_id_sponsor", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["supply_item_id"], ["supply_item.id"],
                                name="fk_sponsor_goods_supply_item_id_supply_item",
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_sponsor_goods"),
    )
    op.create_index("ix_sponsor_goods_sponsor_id", "sponsor_goods", ["sponsor_id"])
    op.create_index("ix_sponsor_goods_supply_item_id", "sponsor_goods", ["supply_item_id"])
    op.create_table(
        "sponsor_promise",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sponsor_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=True),
        sa.Column("photo_path", sa.String(500), nullable=False),
        sa.ForeignKeyConstraint(["sponsor_id"], ["sponsor.id"],
                                name="fk_sponsor_promise_sponsor_id_sponsor",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["act_id"], ["act.id"],
                                name="fk_sponsor_promise_act_id_act", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_sponsor_promise"),
    )
    op.create_index("ix_sponsor_promise_sponsor_id", "sponsor_promise", ["sponsor_id"])
    op.create_index("ix_sponsor_promise_act_id", "sponsor_promise", ["act_id"])

    bind = op.get_bind()
    old = bind.execute(sa.text("SELECT sponsorship_fen FROM supply_budget WHERE id = 1")
                       ).scalar()
    if old:
        bind.execute(sa.text(
            "INSERT INTO sponsor (company, contact_name, contact_phone, status, cash_fen, notes, "
            "sort_order) VALUES (:company, '', '', 'received', :cash, :notes, 1)"),
            {"company": MIGRATED_COMPANY, "cash": old, "notes": MIGRATED_NOTES})
    with op.batch_alter_table("supply_budget") as batch:
        batch.drop_column("sponsorship_fen")


def downgrade() -> None:
    with op.batch_alter_table("supply_budget") as batch:
        batch.add_column(sa.Column("sponsorship_fen", sa.Integer(), nullable=False,
                                   server_default="0"))
    bind = op.get_bind()
    cash = bind.execute(sa.text(
        "SELECT COALESCE(SUM(cash_fen), 0) FROM sponsor WHERE status IN ('agreed', 'received')"
    )).scalar()
    bind.execute(sa.text("UPDATE supply_budget SET sponsorship_fen = :cash"), {"cash": cash})
    op.drop_table("sponsor_promise")
    op.drop_table("sponsor_goods")
    op.drop_table("sponsor")
