"""The programme: acts, running-order sections, rehearsals and programme settings."""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programme_section",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_programme_section"),
    )
    op.create_table(
        "act",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("performers", sa.Text(), nullable=False),
        sa.Column("head_count", sa.Integer(), nullable=False),
        sa.Column("submitted_by_department_id", sa.Integer(), nullable=True),
        sa.Column("submitted_by_text", sa.String(200), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("contact_name", sa.String(100), nullable=False),
        sa.Column("contact_phone", sa.String(40), nullable=False),
        sa.Column("duration_seconds", sa.Integer(), nullable=False),
        sa.Column("changeover_seconds", sa.Integer(), nullable=True),
        sa.Column("mic_count", sa.Integer(), nullable=False),
        sa.Column("mic_kind", sa.String(20), nullable=False),
        sa.Column("props", sa.Text(), nullable=False),
        sa.Column("music_file", sa.String(500), nullable=False),
        sa.Column("lighting_notes", sa.Text(), nullable=False),
        sa.Column("sound_notes", sa.Text(), nullable=False),
        sa.Column("host_link", sa.Text(), nullable=False),
        sa.Column("host_person_id", sa.Integer(), nullable=True),
        sa.Column("fixed_start", sa.Time(), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("section_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("import_key", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["submitted_by_department_id"], ["department.id"],
            name="fk_act_submitted_by_department_id_department", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["contact_person_id"], ["person.id"],
            name="fk_act_contact_person_id_person", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["host_person_id"], ["person.id"],
            name="fk_act_host_person_id_person", ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["section_id"], ["programme_section.id"],
            name="fk_act_section_id_programme_section", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_act"),
    )
    for column in ("submitted_by_department_id", "contact_person_id", "host_person_id",
                   "section_id", "position", "import_key"):
        op.create_index(f"ix_act_{column}", "act", [column])
    op.create_table(
        "rehearsal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_rehearsal"),
    )
    op.create_table(
        "rehearsal_timing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rehearsal_id", sa.Integer(), nullable=False),
        sa.Column("act_id", sa.Integer(), nullable=False),
        sa.Column("measured_seconds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rehearsal_id"], ["rehearsal.id"],
            name="fk_rehearsal_timing_rehearsal_id_rehearsal", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["act_id"], ["act.id"], name="fk_rehearsal_timing_act_id_act", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_rehearsal_timing"),
        sa.UniqueConstraint("rehearsal_id", "act_id", name="uq_rehearsal_timing_rehearsal_id"),
    )
    op.create_index("ix_rehearsal_timing_rehearsal_id", "rehearsal_timing", ["rehearsal_id"])
    op.create_index("ix_rehearsal_timing_act_id", "rehearsal_timing", ["act_id"])
    op.create_table(
        "programme_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("default_changeover_seconds", sa.Integer(), nullable=False),
        sa.Column("mic_count", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_programme_settings"),
    )


def downgrade() -> None:
    op.drop_table("programme_settings")
    op.drop_table("rehearsal_timing")
    op.drop_table("rehearsal")
    op.drop_table("act")
    op.drop_table("programme_section")
