"""Adding, editing, removing and bulk-changing supply items, and undoing each."""

import datetime as dt
from decimal import Decimal

import pytest

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import (
    SupplyItemData,
    add_item,
    get_item,
    list_items,
    remove_items,
    restore_items,
    set_items_status,
    set_statuses,
    update_item,
)
from gala_manager.core.supplies.settings import category_by_key
from tests.core.supplies.fixtures import empty_gala


@pytest.fixture
def supply_doc(tmp_path):
    yield from empty_gala(tmp_path)


def _water(doc, **kw) -> SupplyItemData:
    values = dict(name="矿泉水", category_id=doc.read(category_by_key, key="consumables"),
                  quantity=Decimal("3"), unit="箱", unit_price=Decimal("0.10"))
    values.update(kw)
    return SupplyItemData(**values)


def test_add_stores_exact_money_and_computes_subtotal(supply_doc):
    item_id = supply_doc.run(add_item, data=_water(supply_doc, name="  矿泉水 "))
    row = supply_doc.read(get_item, item_id=item_id)
    assert row.name == "矿泉水"
    assert row.unit_price == Decimal("0.10")
    assert str(row.subtotal) == "0.30"
    assert row.category_key == "consumables"


def test_update_returns_previous_values_for_undo(supply_doc):
    item_id = supply_doc.run(add_item, data=_water(supply_doc))
    before = supply_doc.read(get_item, item_id=item_id).data()
    previous = supply_doc.run(update_item, item_id=item_id,
                              data=before.replace(quantity=Decimal("5"), notes="多买两箱"))
    assert supply_doc.read(get_item, item_id=item_id).quantity == Decimal("5")
    supply_doc.run(update_item, item_id=item_id, data=previous)
    assert supply_doc.read(get_item, item_id=item_id).data() == before


def test_remove_and_restore_keep_the_id(supply_doc):
    first = supply_doc.run(add_item, data=_water(supply_doc))
    second = supply_doc.run(add_item, data=_water(supply_doc, name="气球"))
    removed = supply_doc.run(remove_items, item_ids=[first, second])
    assert supply_doc.read(list_items) == []
    supply_doc.run(restore_items, items=removed)
    assert [r.id for r in supply_doc.read(list_items)] == [first, second]


def test_bulk_status_change_and_undo(supply_doc):
    ids = [supply_doc.run(add_item, data=_water(supply_doc, name=n,
                                                status=SupplyStatus(s)))
           for n, s in (("a", "planned"), ("b", "ordered"), ("c", "planned"))]
    previous = supply_doc.run(set_items_status, item_ids=ids[:2], status=SupplyStatus.IN_HAND)
    assert previous == {ids[0]: SupplyStatus.PLANNED, ids[1]: SupplyStatus.ORDERED}
    assert [r.status for r in supply_doc.read(list_items)] == ["in_hand", "in_hand", "planned"]
    supply_doc.run(set_statuses, statuses=previous)
    assert [r.status for r in supply_doc.read(list_items)] == ["planned", "ordered", "planned"]


@pytest.mark.parametrize(("change", "field", "code"), [
    ({"name": "  "}, "name", "required"),
    ({"name": "x" * 201}, "name", "too_long"),
    ({"quantity": Decimal(0)}, "quantity", "not_positive"),
    ({"quantity": Decimal("-1")}, "quantity", "not_positive"),
    ({"unit_price": Decimal("-0.01")}, "unit_price", "negative"),
    ({"unit_price": Decimal("1e12")}, "unit_price", "out_of_range"),
])
def test_bad_values_are_refused_and_nothing_is_saved(supply_doc, change, field, code):
    with pytest.raises(ValidationError) as info:
        supply_doc.run(add_item, data=_water(supply_doc, **change))
    assert (info.value.field, info.value.code) == (field, code)
    assert supply_doc.read(list_items) == []


def test_unknown_references_are_refused(supply_doc):
    with pytest.raises(NotFoundError):
        supply_doc.run(add_item, data=_water(supply_doc, responsible_person_id=999))
    with pytest.raises(NotFoundError):
        supply_doc.run(update_item, item_id=42, data=_water(supply_doc))


def test_all_fields_round_trip(supply_doc):
    data = _water(supply_doc, source=SupplySource.BORROW, supplier="校团委", must_return=True,
                  return_to="王老师", needed_by=dt.date(2027, 4, 29), notes="=1+1",
                  status=SupplyStatus.AT_VENUE, quantity=Decimal("2.5"))
    item_id = supply_doc.run(add_item, data=data)
    row = supply_doc.read(get_item, item_id=item_id)
    assert row.data() == data.replace(quantity=Decimal("2.500"))
    assert row.cost == Decimal("0.00")  # borrowed: no cost to the budget
