"""Checks of the supplies: late items, loans without a return, nobody in charge, over budget."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies import SUPPLIES, SupplyItemRow, list_items
from gala_manager.core.supply_settings import get_budget
from gala_manager.core.supply_totals import budget_position, summarize

# Statuses of items the committee does not have yet.
NOT_IN_HAND = frozenset({SupplyStatus.PLANNED, SupplyStatus.ORDERED})


def must_go_back(item: SupplyItemRow) -> bool:
    """Borrowed items and those marked to be returned must go back to someone."""
    return item.source == SupplySource.BORROW or item.must_return


def item_problems(item: SupplyItemRow, today: dt.date) -> list[Problem]:
    """The problems of one item."""
    target = ("supply_item", item.id)
    problems = []
    if item.needed_by is not None and item.needed_by < today and item.status in NOT_IN_HAND:
        problems.append(Problem(SUPPLIES, "supply_overdue", Severity.WARNING,
                                {"name": item.name, "needed_by": item.needed_by.isoformat()},
                                target))
    if must_go_back(item) and not item.return_to.strip() and item.status != SupplyStatus.DONE:
        problems.append(Problem(SUPPLIES, "supply_no_return_to", Severity.WARNING,
                                {"name": item.name}, target))
    if item.responsible_person_id is None:
        problems.append(Problem(SUPPLIES, "supply_no_responsible", Severity.WARNING,
                                {"name": item.name}, target))
    return problems


def check_supplies(session: Session, today: dt.date | None = None) -> list[Problem]:
    """Every supply problem of the gala; `today` is fixed by tests."""
    today = today or dt.date.today()
    items = list_items(session)
    problems = [p for item in items for p in item_problems(item, today)]
    position = budget_position(summarize(items), get_budget(session))
    if position.over_budget:
        problems.append(Problem(SUPPLIES, "supply_over_budget", Severity.ERROR,
                                {"cost": str(position.cost),
                                 "available": str(position.budget.available),
                                 "overrun": str(-position.remaining)},
                                ("supply_budget",)))
    return problems
