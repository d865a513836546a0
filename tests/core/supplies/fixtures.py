"""Gala files for the supplies tests: an empty one and the demo."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from gala_manager.core.demo import write_demo
from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.storage.document import GalaDocument


def empty_gala(folder: Path) -> Iterator[GalaDocument]:
    """An empty gala with only its name set, closed afterwards."""
    doc = GalaDocument.create(folder / "s.gala",
                              facts=lambda s: set_gala_facts(s, facts=GalaFacts(name="晚会")))
    yield doc
    doc.close()


_TEMPLATE: list[Path] = []


def demo_gala(folder: Path) -> Iterator[GalaDocument]:
    """A fresh copy of the demo gala (written once per run), closed afterwards."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="supply-demo-")) / "demo.gala"
        write_demo(template)
        _TEMPLATE.append(template)
    shutil.copyfile(_TEMPLATE[0], folder / "demo.gala")
    doc = GalaDocument.open(folder / "demo.gala")
    yield doc
    doc.close()
