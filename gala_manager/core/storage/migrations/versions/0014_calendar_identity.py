"""A random identifier per gala (calendar UIDs) and each task's revision and last change.

Every existing gala gets its own identifier; every task starts at revision 0,
changed now. A gala made from another gets a new identifier: its calendar
events never collide with last year's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("gala") as batch:
        batch.add_column(sa.Column("uid", sa.String(32), nullable=False, server_default=""))
    op.execute("UPDATE gala SET uid = lower(hex(randomblob(16))) WHERE uid = ''")
    with op.batch_alter_table("task") as batch:
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("modified_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE task SET modified_at = CURRENT_TIMESTAMP")


def downgrade() -> None:
    with op.batch_alter_table("task") as batch:
        batch.drop_column("modified_at")
        batch.drop_column("revision")
    with op.batch_alter_table("gala") as batch:
        batch.drop_column("uid")
