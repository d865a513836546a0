"""The address of the audience's live programme, kept with the gala (its printed QR code)."""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gala") as batch:
        batch.add_column(sa.Column("audience_address", sa.String(120), nullable=False,
                                   server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("gala") as batch:
        batch.drop_column("audience_address")
