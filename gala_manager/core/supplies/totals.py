"""Supply totals by category, department, status and source, and the budget position."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow, list_items
from gala_manager.core.supplies.settings import BudgetSettings, get_budget

ZERO = Decimal("0.00")
# Bought items whose money is gone: paid for and received.
SPENT_STATUSES = frozenset({SupplyStatus.IN_HAND, SupplyStatus.AT_VENUE, SupplyStatus.DONE})


@dataclass(frozen=True)
class Amounts:
    """How many items, their value (all subtotals) and their cost (bought ones only)."""

    count: int = 0
    value: Decimal = ZERO
    cost: Decimal = ZERO

    def plus(self, item: SupplyItemRow) -> Amounts:
        """These amounts with one more item."""
        return Amounts(self.count + 1, self.value + item.subtotal, self.cost + item.cost)


@dataclass(frozen=True)
class SupplyTotals:
    """Totals of a set of items (all of them, or those a filter shows)."""

    all: Amounts = Amounts()
    spent: Decimal = ZERO       # bought and received
    committed: Decimal = ZERO   # ordered, not yet received
    planned: Decimal = ZERO     # to buy, not yet ordered
    by_category: dict[int, Amounts] = field(default_factory=dict)
    by_department: dict[int | None, Amounts] = field(default_factory=dict)
    by_status: dict[SupplyStatus, Amounts] = field(default_factory=dict)
    by_source: dict[SupplySource, Amounts] = field(default_factory=dict)


@dataclass(frozen=True)
class BudgetPosition:
    """Where the money stands: what there is, what is used, what is left."""

    budget: BudgetSettings
    spent: Decimal
    committed: Decimal
    planned: Decimal

    @property
    def cost(self) -> Decimal:
        """Everything bought or to be bought."""
        return self.spent + self.committed + self.planned

    @property
    def remaining(self) -> Decimal | None:
        """Limit plus sponsorship minus the cost; None while no limit is set."""
        available = self.budget.available
        return None if available is None else available - self.cost

    @property
    def over_budget(self) -> bool:
        """The cost exceeds the limit plus sponsorship."""
        remaining = self.remaining
        return remaining is not None and remaining < 0


def _group(items: Iterable[SupplyItemRow], key: Callable[[SupplyItemRow], Hashable]) -> dict:
    groups: dict = {}
    for item in items:
        groups[key(item)] = groups.get(key(item), Amounts()).plus(item)
    return groups


def summarize(items: Iterable[SupplyItemRow]) -> SupplyTotals:
    """Totals of `items`; a pure function, so a filtered view can total what it shows."""
    items = list(items)
    spent = committed = planned = ZERO
    for item in items:
        if item.source != SupplySource.BUY:
            continue
        if item.status in SPENT_STATUSES:
            spent += item.cost
        elif item.status == SupplyStatus.ORDERED:
            committed += item.cost
        else:
            planned += item.cost
    everything = Amounts()
    for item in items:
        everything = everything.plus(item)
    return SupplyTotals(
        all=everything, spent=spent, committed=committed, planned=planned,
        by_category=_group(items, lambda i: i.category_id),
        by_department=_group(items, lambda i: i.department_id),
        by_status=_group(items, lambda i: i.status),
        by_source=_group(items, lambda i: i.source),
    )


def budget_position(totals: SupplyTotals, budget: BudgetSettings) -> BudgetPosition:
    """The budget against the cost of the given totals."""
    return BudgetPosition(budget, totals.spent, totals.committed, totals.planned)


def gala_budget_position(session: Session) -> BudgetPosition:
    """The whole gala's budget position (every item, not a filtered view)."""
    return budget_position(summarize(list_items(session)), get_budget(session))
