"""Revision 0011 moves the budget's single sponsorship figure into one sponsor record."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from gala_manager.core.models import SponsorStatus
from gala_manager.core.sponsors.records import list_sponsors
from gala_manager.core.storage.document import GalaDocument
from gala_manager.core.storage.engine import mark_as_gala_file
from gala_manager.core.storage.schema import upgrade_to
from gala_manager.core.supplies.totals import gala_budget_position

OLD_FIXTURE = Path(__file__).parents[2] / "fixtures" / "gala_0001.gala"


def old_gala(tmp_path: Path, sponsorship_fen: int | None) -> Path:
    """A gala at revision 0010 (before sponsors) with a budget and three items, written
    with plain SQL as that version wrote it."""
    path = tmp_path / "旧预算.gala"
    shutil.copyfile(OLD_FIXTURE, path)
    upgrade_to(path, "0010")
    conn = sqlite3.connect(path)
    with conn:
        if sponsorship_fen is not None:
            conn.execute("INSERT INTO supply_budget (id, budget_limit_fen, sponsorship_fen) "
                         "VALUES (1, 200000, ?)", (sponsorship_fen,))
        for name, quantity_milli, price_fen, source, status in (
                ("海报", 30000, 600, "buy", "in_hand"), ("横幅", 4000, 4500, "buy", "ordered"),
                ("彩带", 20000, 350, "sponsor", "in_hand")):
            conn.execute(
                "INSERT INTO supply_item (name, category_id, quantity_milli, unit, "
                "unit_price_fen, source, supplier, status, must_return, return_to, notes) "
                "VALUES (?, 2, ?, '张', ?, ?, '', ?, 0, '', '')",
                (name, quantity_milli, price_fen, source, status))
    conn.close()
    return path


def test_the_budget_figures_are_identical_after_the_upgrade(tmp_path):
    path = old_gala(tmp_path, 80000)
    with GalaDocument.open(path) as doc:
        position = doc.read(gala_budget_position)
        sponsors = doc.read(list_sponsors)
    # Before: limit ¥2,000 + sponsorship ¥800; spent ¥180, committed ¥180.
    assert position.budget.budget_limit == Decimal("2000.00")
    assert position.budget.sponsorship == Decimal("800.00")
    assert position.budget.available == Decimal("2800.00")
    assert (position.spent, position.committed, position.planned) == (
        Decimal("180.00"), Decimal("180.00"), Decimal("0.00"))
    assert position.remaining == Decimal("2440.00")
    assert len(sponsors) == 1
    assert sponsors[0].data.cash == Decimal("800.00")
    assert sponsors[0].data.status == SponsorStatus.RECEIVED
    assert "旧版本" in sponsors[0].data.company
    assert list(tmp_path.glob("旧预算.gala.bak-*"))  # backed up before upgrading


@pytest.mark.parametrize("sponsorship_fen", [0, None])
def test_no_sponsorship_makes_no_sponsor(tmp_path, sponsorship_fen):
    path = old_gala(tmp_path, sponsorship_fen)
    with GalaDocument.open(path) as doc:
        assert doc.read(list_sponsors) == []
        assert doc.read(gala_budget_position).budget.sponsorship == Decimal("0.00")


def test_a_new_file_starts_at_the_new_revision(tmp_path):
    # The upgrade path and a new file agree (the schema test compares the models).
    path = tmp_path / "new.gala"
    sqlite3.connect(path).close()
    conn = sqlite3.connect(path)
    mark_as_gala_file(conn)
    conn.close()
    upgrade_to(path, "head")
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(supply_budget)")]
    conn.close()
    assert "sponsorship_fen" not in columns
