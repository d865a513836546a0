"""Alembic environment: runs revisions on the connection the opener hands in."""

from alembic import context

from gala_manager.core.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds tables instead.
    render_as_batch=True,
)
# The caller owns the transaction (one for the whole upgrade), so Alembic
# must not begin or commit its own.
context.run_migrations()
