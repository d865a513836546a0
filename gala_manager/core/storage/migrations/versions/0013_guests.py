"""Guests with their inviter, receiver and seat; the seating plan; invitation texts."""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("contact", sa.String(100), nullable=False),
        sa.Column("inviter_person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("arrival_time", sa.Time(), nullable=True),
        sa.Column("seat_row", sa.Integer(), nullable=True),
        sa.Column("seat_number", sa.Integer(), nullable=True),
        sa.Column("receiver_person_id", sa.Integer(), nullable=True),
        sa.Column("receiver_post_id", sa.Integer(), nullable=True),
        sa.Column("sponsor_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["inviter_person_id"], ["person.id"],
                                name="fk_guest_inviter_person_id_person", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["receiver_person_id"], ["person.id"],
                                name="fk_guest_receiver_person_id_person", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["receiver_post_id"], ["post.id"],
                                name="fk_guest_receiver_post_id_post", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["sponsor_id"], ["sponsor.id"],
                                name="fk_guest_sponsor_id_sponsor", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_guest"),
        sa.UniqueConstraint("seat_row", "seat_number", name="uq_guest_seat_row"),
    )
    for column in ("inviter_person_id", "receiver_person_id", "receiver_post_id", "sponsor_id"):
        op.create_index(f"ix_guest_{column}", "guest", [column])
    op.create_table(
        "seating_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("seats_per_row", sa.Integer(), nullable=False),
        sa.Column("numbering", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_seating_plan"),
    )
    op.create_table(
        "invitation_text",
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("greeting", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name="pk_invitation_text"),
    )


def downgrade() -> None:
    op.drop_table("invitation_text")
    op.drop_table("seating_plan")
    op.drop_table("guest")
