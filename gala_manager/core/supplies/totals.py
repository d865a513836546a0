"""Supply totals by category, department, status and source, and the budget position."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy.orm import Session

from gala_manager.core.memo import memoized
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.operations import Area
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


def _group(items: list[tuple[SupplyItemRow, Decimal, Decimal]],
           key: Callable[[SupplyItemRow], Hashable]) -> dict:
    sums: dict = {}
    for item, value, cost in items:
        group = sums.setdefault(key(item), [0, ZERO, ZERO])
        group[0] += 1
        group[1] += value
        group[2] += cost
    return {name: Amounts(*group) for name, group in sums.items()}


def summarize(items: Iterable[SupplyItemRow]) -> SupplyTotals:
    """Totals of `items`; a pure function, so a filtered view can total what it shows."""
    # Each subtotal once: thousands of items are summed five ways.
    priced = [(item, item.subtotal, item.cost) for item in items]
    spent = committed = planned = ZERO
    for item, _value, cost in priced:
        if item.source != SupplySource.BUY:
            continue
        if item.status in SPENT_STATUSES:
            spent += cost
        elif item.status == SupplyStatus.ORDERED:
            committed += cost
        else:
            planned += cost
    everything = _group(priced, lambda i: None).get(None, Amounts())
    return SupplyTotals(
        all=everything, spent=spent, committed=committed, planned=planned,
        by_category=_group(priced, lambda i: i.category_id),
        by_department=_group(priced, lambda i: i.department_id),
        by_status=_group(priced, lambda i: i.status),
        by_source=_group(priced, lambda i: i.source),
    )


def budget_position(totals: SupplyTotals, budget: BudgetSettings) -> BudgetPosition:
    """The budget against the cost of the given totals."""
    return BudgetPosition(budget, totals.spent, totals.committed, totals.planned)


# The money depends on the items only, not on the names they link to.
@memoized(Area.SUPPLIES)
def gala_supply_totals(session: Session) -> SupplyTotals:
    """Totals of every item (not a filtered view)."""
    return summarize(list_items(session))


@memoized(Area.SUPPLIES, Area.SPONSORS)
def gala_budget_position(session: Session) -> BudgetPosition:
    """The whole gala's budget position (every item, not a filtered view)."""
    return budget_position(gala_supply_totals(session), get_budget(session))
