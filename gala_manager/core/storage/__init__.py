"""The gala file: open document, engine, schema and migrations, backups, lock, integrity."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.storage.document import GalaDocument

__all__ = ["GalaDocument"]
