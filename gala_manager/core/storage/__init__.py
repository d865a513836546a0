"""The gala file: open document, engine, schema and migrations, backups, lock, integrity."""
