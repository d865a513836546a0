"""Contingency plans name the gala's people and posts: who decides, who acts, contacts.

Contacts copied from a person before this revision (same name, same phone or
none) and a "who decides" naming exactly one person are linked to them; the
name then leaves the "who decides" text, which keeps the capacity.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contingency_plan") as batch:
        batch.add_column(sa.Column("decides_person_id", sa.Integer(), nullable=True))
        batch.create_index("ix_contingency_plan_decides_person_id", ["decides_person_id"])
        batch.create_foreign_key("fk_contingency_plan_decides_person_id_person", "person",
                                 ["decides_person_id"], ["id"])
    with op.batch_alter_table("plan_contact") as batch:
        batch.add_column(sa.Column("person_id", sa.Integer(), nullable=True))
        batch.create_index("ix_plan_contact_person_id", ["person_id"])
        batch.create_foreign_key("fk_plan_contact_person_id_person", "person",
                                 ["person_id"], ["id"])
    op.create_table(
        "plan_post",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["contingency_plan.id"],
                                name="fk_plan_post_plan_id_contingency_plan",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name="fk_plan_post_post_id_post",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_plan_post"),
    )
    op.create_index("ix_plan_post_plan_id", "plan_post", ["plan_id"])
    op.create_index("ix_plan_post_post_id", "plan_post", ["post_id"])
    op.execute("""
        UPDATE plan_contact SET person_id = (
            SELECT person.id FROM person WHERE person.name = plan_contact.name
            AND (person.phone = plan_contact.phone OR plan_contact.phone = '')
            ORDER BY person.id LIMIT 1)
    """)
    op.execute("""
        UPDATE contingency_plan SET decides_person_id = (
            SELECT MIN(person.id) FROM person
            WHERE person.name != '' AND instr(contingency_plan.decides, person.name) > 0)
        WHERE (SELECT COUNT(*) FROM person WHERE person.name != ''
               AND instr(contingency_plan.decides, person.name) > 0) = 1
    """)
    # "晚会总指挥 胡志强" becomes 胡志强, deciding as 晚会总指挥.
    op.execute("""
        UPDATE contingency_plan SET decides = trim(replace(decides, (
            SELECT person.name FROM person WHERE person.id = decides_person_id), ''))
        WHERE decides_person_id IS NOT NULL
    """)


def downgrade() -> None:
    op.drop_table("plan_post")
    with op.batch_alter_table("plan_contact") as batch:
        batch.drop_constraint("fk_plan_contact_person_id_person", type_="foreignkey")
        batch.drop_index("ix_plan_contact_person_id")
        batch.drop_column("person_id")
    with op.batch_alter_table("contingency_plan") as batch:
        batch.drop_constraint("fk_contingency_plan_decides_person_id_person",
                              type_="foreignkey")
        batch.drop_index("ix_contingency_plan_decides_person_id")
        batch.drop_column("decides_person_id")
