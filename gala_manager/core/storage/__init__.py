"""The gala file: open document, engine, schema and migrations, backups, lock, integrity."""

# What other areas of core may use; inside an area, modules import each other directly.
# Loaded when first named: the window, which shows before any gala opens, may read
# small modules of this package (the text limit) without the database layer.
__all__ = ["GalaDocument"]


def __getattr__(name: str) -> object:
    if name == "GalaDocument":
        from gala_manager.core.storage.document import GalaDocument

        return GalaDocument
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
