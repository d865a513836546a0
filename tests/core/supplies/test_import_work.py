"""An import of 3,000 supply items and its undo send as many statements as one of 30."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gala_manager.core.supplies.item_import import SheetItem, import_supplies, undo_supply_import
from gala_manager.core.supplies.items import list_items
from tests.core.programme.test_act_import_work import counted
from tests.core.supplies.fixtures import demo_gala


@pytest.fixture
def demo(tmp_path):
    yield from demo_gala(tmp_path)


def sheet(first: int, count: int) -> list[SheetItem]:
    """Items of a department's list, each naming a category, a person and an act."""
    return [SheetItem(row=i + 2, name=f"荧光棒（{i}号）", category="道具", quantity=Decimal(2),
                      unit="根", unit_price=Decimal("1.50"), department="宣传部",
                      person="朱诗涵", act="开场舞《青春飞扬》")
            for i in range(first, first + count)]


def test_3000_items_are_added_and_removed_with_the_statements_of_30(demo):
    small, large = [], []
    demo.run(counted(import_supplies, small), items=sheet(0, 30))
    result = demo.run(counted(import_supplies, large), items=sheet(30, 3000))
    assert len(result.item_ids) == 3000
    def reads(sent):
        return [n for statement, n in sent if statement.startswith("SELECT")]

    # The first import also found its category; the large one reads no more than it.
    assert len(reads(large)) <= len(reads(small))
    inserts = [n for statement, n in large if statement.startswith("INSERT INTO supply_item")]
    assert 1 <= len(inserts) <= 5  # batches of many rows, not one INSERT per item
    items = {item.name: item for item in demo.read(list_items)}
    last = items["荧光棒（3029号）"]
    assert last.person_name == "朱诗涵" and last.act_title == "开场舞《青春飞扬》"
    assert last.department_name == "宣传部" and last.category_name == "道具"
    sent: list = []
    demo.run(counted(undo_supply_import, sent), result=result)
    assert "荧光棒（3029号）" not in {item.name for item in demo.read(list_items)}
    assert len(reads(sent)) <= 10
