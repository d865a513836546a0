"""Gala files for the supplies tests: an empty one and the demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from gala_manager.core.demo import write_demo
from gala_manager.core.document import GalaDocument
from gala_manager.core.gala_facts import GalaFacts, set_gala_facts


def empty_gala(folder: Path) -> Iterator[GalaDocument]:
    """An empty gala with only its name set, closed afterwards."""
    doc = GalaDocument.create(folder / "s.gala",
                              facts=lambda s: set_gala_facts(s, facts=GalaFacts(name="晚会")))
    yield doc
    doc.close()


def demo_gala(folder: Path) -> Iterator[GalaDocument]:
    """The demo gala, closed afterwards."""
    write_demo(folder / "demo.gala")
    doc = GalaDocument.open(folder / "demo.gala")
    yield doc
    doc.close()
