"""The run-sheet variants, named without loading the PDF library (the command line lists them)."""

from __future__ import annotations

VARIANTS = ("full", "audience", "host", "backstage", "tech")
LANDSCAPE = frozenset({"full", "backstage", "tech"})
