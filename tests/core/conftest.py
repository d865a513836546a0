"""Fixtures of core tests: gala documents on temporary copies, no Qt."""

from __future__ import annotations

import pytest

from gala_manager.core.gala.facts import GalaFacts, set_gala_facts
from gala_manager.core.storage.document import GalaDocument


@pytest.fixture
def demo_doc(demo_path, tmp_path):
    """The demo gala, open for writing, with a data folder for backups."""
    doc = GalaDocument.open(demo_path, data_dir=tmp_path / "data")
    yield doc
    doc.close()


@pytest.fixture
def empty_doc(tmp_path):
    """A new gala with only a name."""
    doc = GalaDocument.create(tmp_path / "new.gala", data_dir=tmp_path / "data")
    doc.run(set_gala_facts, facts=GalaFacts(name="测试晚会"))
    yield doc
    doc.close()
