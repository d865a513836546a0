"""Staff: more person fields, roles, the wanted host mix, posts, shifts and duties."""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("other_contact", sa.String(100), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("student_no", sa.String(60), nullable=False,
                                   server_default=""))
    op.create_table(
        "person_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("confirmed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_person_role_person_id_person", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_person_role"),
        sa.UniqueConstraint("person_id", "role", name="uq_person_role_person_id_role"),
    )
    op.create_index("ix_person_role_person_id", "person_role", ["person_id"])
    op.create_table(
        "staff_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hosts_wanted", sa.Integer(), nullable=False),
        sa.Column("hosts_male", sa.Integer(), nullable=False),
        sa.Column("hosts_female", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_staff_settings"),
    )
    op.create_table(
        "post",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("place", sa.String(200), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_post"),
        sa.UniqueConstraint("name", name="uq_post_name"),
    )
    op.create_table(
        "shift",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_shift"),
        sa.UniqueConstraint("name", name="uq_shift_name"),
    )
    op.create_table(
        "duty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=False),
        sa.Column("needed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["post_id"], ["post.id"], name="fk_duty_post_id_post",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["shift_id"], ["shift.id"], name="fk_duty_shift_id_shift",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_duty"),
        sa.UniqueConstraint("post_id", "shift_id", name="uq_duty_post_id_shift_id"),
    )
    op.create_index("ix_duty_post_id", "duty", ["post_id"])
    op.create_index("ix_duty_shift_id", "duty", ["shift_id"])
    op.create_table(
        "duty_person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("duty_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["duty_id"], ["duty.id"], name="fk_duty_person_duty_id_duty",
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"],
                                name="fk_duty_person_person_id_person"),
        sa.PrimaryKeyConstraint("id", name="pk_duty_person"),
        sa.UniqueConstraint("duty_id", "person_id", name="uq_duty_person_duty_id_person_id"),
    )
    op.create_index("ix_duty_person_duty_id", "duty_person", ["duty_id"])
    op.create_index("ix_duty_person_person_id", "duty_person", ["person_id"])


def downgrade() -> None:
    op.drop_table("duty_person")
    op.drop_table("duty")
    op.drop_table("shift")
    op.drop_table("post")
    op.drop_table("staff_settings")
    op.drop_table("person_role")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("student_no")
        batch.drop_column("other_contact")
