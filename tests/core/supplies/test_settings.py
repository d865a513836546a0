"""Supply categories (built-in and the user's) and the budget settings."""

from decimal import Decimal

import pytest

from gala_manager.core.errors import InUseError, ValidationError
from gala_manager.core.models import SponsorStatus
from gala_manager.core.models.supplies import BUILTIN_CATEGORIES
from gala_manager.core.sponsors.records import add_sponsor, update_sponsor
from gala_manager.core.sponsors.rows import SponsorData
from gala_manager.core.supplies.items import SupplyItemData, add_item
from gala_manager.core.supplies.settings import (
    BudgetSettings,
    add_category,
    category_by_key,
    get_budget,
    list_categories,
    remove_category,
    rename_category,
    restore_category,
    set_budget_limit,
)
from tests.core.supplies.fixtures import empty_gala


@pytest.fixture
def supply_doc(tmp_path):
    yield from empty_gala(tmp_path)


def test_every_file_has_the_builtin_categories(supply_doc):
    rows = supply_doc.read(list_categories)
    assert [r.key for r in rows] == list(BUILTIN_CATEGORIES)


def test_user_categories_add_rename_remove_restore(supply_doc):
    cid = supply_doc.run(add_category, name="服装")
    assert supply_doc.read(list_categories)[-1].name == "服装"
    with pytest.raises(ValidationError) as info:
        supply_doc.run(add_category, name=" 服装 ")
    assert info.value.code == "duplicate"
    assert supply_doc.run(rename_category, category_id=cid, name="演出服装") == "服装"
    row = supply_doc.run(remove_category, category_id=cid)
    assert all(r.id != cid for r in supply_doc.read(list_categories))
    supply_doc.run(restore_category, row=row)
    assert supply_doc.read(list_categories)[-1] == row


def test_category_in_use_or_builtin_cannot_go(supply_doc):
    cid = supply_doc.run(add_category, name="服装")
    supply_doc.run(add_item, data=SupplyItemData(name="旗袍", category_id=cid))
    with pytest.raises(InUseError) as info:
        supply_doc.run(remove_category, category_id=cid)
    assert info.value.references == ["旗袍"]
    builtin = supply_doc.read(category_by_key, key="props")
    with pytest.raises(ValidationError):
        supply_doc.run(remove_category, category_id=builtin)
    with pytest.raises(ValidationError):
        supply_doc.run(rename_category, category_id=builtin, name="x")


def test_budget_round_trip_and_undo(supply_doc):
    assert supply_doc.read(get_budget) == BudgetSettings(None, Decimal("0.00"))
    previous = supply_doc.run(set_budget_limit, budget_limit=Decimal("1500.5"))
    sponsor = supply_doc.run(add_sponsor, data=SponsorData(
        "青禾文具店", status=SponsorStatus.AGREED, cash=Decimal("300")))
    assert supply_doc.read(get_budget).available == Decimal("1800.50")
    # Cash only counts once the sponsor has said yes.
    supply_doc.run(update_sponsor, sponsor_id=sponsor, data=SponsorData(
        "青禾文具店", status=SponsorStatus.APPROACHED, cash=Decimal("300")))
    assert supply_doc.read(get_budget).available == Decimal("1500.50")
    supply_doc.run(set_budget_limit, budget_limit=previous)
    assert supply_doc.read(get_budget).budget_limit is None
    with pytest.raises(ValidationError):
        supply_doc.run(set_budget_limit, budget_limit=Decimal("-1"))
