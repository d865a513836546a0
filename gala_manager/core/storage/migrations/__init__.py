"""Alembic revisions of the gala file schema; they run when a file is opened."""
