"""Show documents: the report of planned against actual."""
