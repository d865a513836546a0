"""Totals by category, department, status and source; spent, committed and remaining."""

from decimal import Decimal

import pytest

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.settings import BudgetSettings
from gala_manager.core.supplies.totals import Amounts, budget_position, summarize

B, L, S, OWN = SupplySource.BUY, SupplySource.BORROW, SupplySource.SPONSOR, SupplySource.OWN
P, ORD, IH, AV, DONE = (SupplyStatus.PLANNED, SupplyStatus.ORDERED, SupplyStatus.IN_HAND,
                        SupplyStatus.AT_VENUE, SupplyStatus.DONE)


def row(i, qty, price, source=B, status=P, category=1, department=None) -> SupplyItemRow:
    return SupplyItemRow(id=i, name=f"item{i}", category_id=category, quantity=Decimal(qty),
                         unit_price=Decimal(price), source=source, status=status,
                         department_id=department)


ITEMS = [
    row(1, "3", "0.10", B, P, category=1, department=10),      # 0.30 planned
    row(2, "300", "0.35", B, ORD, category=1, department=10),  # 105.00 committed
    row(3, "2", "45.00", B, IH, category=2, department=20),    # 90.00 spent
    row(4, "1", "19.99", B, DONE, category=2),                 # 19.99 spent
    row(5, "6", "50.00", L, P, category=3, department=20),     # value 300, no cost
    row(6, "30", "5.80", S, IH, category=4, department=10),    # value 174, no cost
    row(7, "10", "1.00", OWN, AV, category=4),                   # value 10, no cost
]


@pytest.mark.parametrize(("group", "key", "expected"), [
    ("by_category", 1, Amounts(2, Decimal("105.30"), Decimal("105.30"))),
    ("by_category", 2, Amounts(2, Decimal("109.99"), Decimal("109.99"))),
    ("by_category", 3, Amounts(1, Decimal("300.00"), Decimal("0.00"))),
    ("by_category", 4, Amounts(2, Decimal("184.00"), Decimal("0.00"))),
    ("by_department", 10, Amounts(3, Decimal("279.30"), Decimal("105.30"))),
    ("by_department", 20, Amounts(2, Decimal("390.00"), Decimal("90.00"))),
    ("by_department", None, Amounts(2, Decimal("29.99"), Decimal("19.99"))),
    ("by_status", P, Amounts(2, Decimal("300.30"), Decimal("0.30"))),
    ("by_status", IH, Amounts(2, Decimal("264.00"), Decimal("90.00"))),
    ("by_source", B, Amounts(4, Decimal("215.29"), Decimal("215.29"))),
    ("by_source", L, Amounts(1, Decimal("300.00"), Decimal("0.00"))),
    ("by_source", S, Amounts(1, Decimal("174.00"), Decimal("0.00"))),
])
def test_group_totals(group, key, expected):
    assert getattr(summarize(ITEMS), group)[key] == expected


def test_money_states():
    totals = summarize(ITEMS)
    assert (totals.planned, totals.committed, totals.spent) == (
        Decimal("0.30"), Decimal("105.00"), Decimal("109.99"))
    assert totals.all == Amounts(7, Decimal("699.29"), Decimal("215.29"))
    assert str(totals.planned) == "0.30"  # never 0.30000000000000004


@pytest.mark.parametrize(("limit", "sponsorship", "remaining", "over"), [
    (None, "0", None, False),
    ("200.00", "0", "-15.29", True),
    ("200.00", "15.29", "0.00", False),
    ("200.00", "15.28", "-0.01", True),
    ("1000", "500", "1284.71", False),
])
def test_budget_position(limit, sponsorship, remaining, over):
    budget = BudgetSettings(None if limit is None else Decimal(limit), Decimal(sponsorship))
    position = budget_position(summarize(ITEMS), budget)
    assert position.cost == Decimal("215.29")
    assert (None if position.remaining is None else str(position.remaining)) == remaining
    assert position.over_budget is over


def test_filtered_subset_totals():
    totals = summarize([i for i in ITEMS if i.category_id == 2])
    assert totals.all.value == Decimal("109.99")
    assert set(totals.by_category) == {2}
