"""Checks of the supplies: late items, loans without a return, nobody in charge, over budget."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import kept_parts, memoized
from gala_manager.core.models import (
    Act,
    ActStatus,
    Rehearsal,
    RehearsalKind,
    SupplySource,
    SupplyStatus,
)
from gala_manager.core.operations import Area
from gala_manager.core.supplies.items import SupplyItemRow, list_items
from gala_manager.core.supplies.totals import gala_budget_position

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
        problems.append(Problem(Area.SUPPLIES, "supply_overdue", Severity.WARNING,
                                {"name": item.name, "needed_by": item.needed_by.isoformat()},
                                target))
    if must_go_back(item) and not item.return_to.strip() and item.status != SupplyStatus.DONE:
        problems.append(Problem(Area.SUPPLIES, "supply_no_return_to", Severity.WARNING,
                                {"name": item.name}, target))
    if item.responsible_person_id is None:
        problems.append(Problem(Area.SUPPLIES, "supply_no_responsible", Severity.WARNING,
                                {"name": item.name}, target))
    return problems


def final_rehearsal_date(session: Session) -> dt.date | None:
    """The day of the (first) final rehearsal, when one is planned with a date."""
    return session.scalar(select(func.min(Rehearsal.date)).where(
        Rehearsal.kind == RehearsalKind.FINAL, Rehearsal.date.is_not(None)))


def props_problems(session: Session, items: list[SupplyItemRow],
                   today: dt.date) -> list[Problem]:
    """Acts whose props will not all be in hand by the final rehearsal.

    A prop is late when it is not in hand yet and either is due after the
    rehearsal (or has no date), or the rehearsal day has come.
    """
    final = final_rehearsal_date(session)
    if final is None:
        return []
    dropped = set(session.scalars(select(Act.id).where(
        Act.status.in_([ActStatus.NOT_SELECTED, ActStatus.WITHDRAWN]))))
    late: dict[int, list[SupplyItemRow]] = {}
    for item in items:
        if item.act_id is None or item.act_id in dropped or item.status not in NOT_IN_HAND:
            continue
        if today >= final or item.needed_by is None or item.needed_by > final:
            late.setdefault(item.act_id, []).append(item)
    return [Problem(Area.SUPPLIES, "supply_props_late", Severity.WARNING,
                    {"act": props[0].act_title, "date": final.isoformat(),
                     "items": "、".join(i.name for i in props)},
                    ("supply_item", props[0].id)) for props in late.values()]


@memoized(Area.SUPPLIES, Area.SPONSORS, Area.PEOPLE, Area.PROGRAMME, varies=dt.date.today)
def check_supplies(session: Session, today: dt.date | None = None) -> list[Problem]:
    """Every supply problem of the gala; `today` is fixed by tests."""
    today = today or dt.date.today()
    items = list_items(session)
    # An item's problems depend on the item and the day only: after an edit
    # elsewhere, thousands of unchanged items keep theirs. The list keeps an
    # unchanged item's row object, so most are found by identity, not by hashing
    # or comparing every field.
    kept = kept_parts(session, "supply_item_problems")
    fresh = {}
    problems = []
    for item in items:
        entry = kept.get(item.id)
        if entry is not None and entry[1] == today and (entry[0] is item or entry[0] == item):
            found = entry[2]
        else:
            found = item_problems(item, today)
        fresh[item.id] = (item, today, found)
        problems += found
    kept.clear()
    kept.update(fresh)
    problems += props_problems(session, items, today)
    position = gala_budget_position(session)
    if position.over_budget:
        problems.append(Problem(Area.SUPPLIES, "supply_over_budget", Severity.ERROR,
                                {"cost": str(position.cost),
                                 "available": str(position.budget.available),
                                 "overrun": str(-position.remaining)},
                                ("supply_budget",)))
    return problems
