"""How ready the gala is, area by area: the figures of the Overview dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.gala import get_gala_facts
from gala_manager.core.models import (
    Act,
    ActStatus,
    Duty,
    DutyPerson,
    SupplyItem,
    SupplyStatus,
)
from gala_manager.core.tasks.dates import is_open
from gala_manager.core.tasks.rows import PhaseProgress, TaskRow, list_tasks, phase_progress

# Supplies the committee holds (or has used and returned): "in hand" for readiness.
# The Overview lists at least this many coming deadlines, months ahead as well.
NEXT_COUNT = 5
IN_HAND = frozenset({SupplyStatus.IN_HAND, SupplyStatus.AT_VENUE, SupplyStatus.DONE})


@dataclass(frozen=True)
class Measure:
    """`done` of `total` (e.g. 9 acts confirmed of 12 in the order)."""

    done: int
    total: int

    @property
    def ratio(self) -> float | None:
        """done / total, or None when there is nothing to count."""
        return None if self.total == 0 else self.done / self.total


@dataclass(frozen=True)
class Money:
    """Cost so far against what the gala may spend (None: no limit set)."""

    cost: Decimal
    available: Decimal | None

    @property
    def ratio(self) -> float | None:
        if not self.available:
            return None
        return float(self.cost / self.available)


@dataclass(frozen=True)
class Readiness:
    """Every figure of the dashboard, read in one transaction."""

    acts: Measure           # confirmed, of the acts in the running order
    supplies: Measure       # in hand, of all items
    duties: Measure         # fully staffed, of all post × shift duties
    phases: tuple[PhaseProgress, ...]
    budget: Money | None    # None while there is no supply list
    overdue: tuple[TaskRow, ...]
    due_soon: tuple[TaskRow, ...]  # open, due within seven days, not overdue
    # What comes next: the week's deadlines, or the next few however far away they are.
    next_up: tuple[TaskRow, ...] = ()


def _acts(session: Session) -> Measure:
    counts = {ActStatus(s): n for s, n in session.execute(
        select(Act.status, func.count()).where(Act.position.is_not(None))
        .group_by(Act.status))}
    in_order = sum(n for s, n in counts.items() if s != ActStatus.WITHDRAWN)
    return Measure(counts.get(ActStatus.CONFIRMED, 0), in_order)


def _supplies(session: Session) -> Measure:
    counts = {SupplyStatus(s): n for s, n in session.execute(
        select(SupplyItem.status, func.count()).group_by(SupplyItem.status))}
    return Measure(sum(n for s, n in counts.items() if s in IN_HAND), sum(counts.values()))


def _duties(session: Session) -> Measure:
    assigned = (select(DutyPerson.duty_id, func.count(DutyPerson.id).label("n"))
                .group_by(DutyPerson.duty_id).subquery())
    rows = session.execute(select(Duty.needed, func.coalesce(assigned.c.n, 0))
                           .outerjoin(assigned, assigned.c.duty_id == Duty.id)).all()
    return Measure(sum(1 for needed, n in rows if n >= needed), len(rows))


def _budget(session: Session) -> Money | None:
    if not session.scalar(select(func.count(SupplyItem.id))):
        return None
    from gala_manager.core.supplies import gala_budget_position

    position = gala_budget_position(session)
    return Money(position.cost, position.budget.available)


def readiness(session: Session, *, now: dt.datetime) -> Readiness:
    """The dashboard's figures at `now` (overdue and due-soon depend on it)."""
    gala_date = get_gala_facts(session).date
    tasks = list_tasks(session)
    upcoming = tuple(sorted(
        (r for r in tasks if r.due_on is not None and is_open(r.status)
         and r.due_on >= now.date() and not r.overdue(gala_date, now)),
        key=lambda r: (r.due_on, r.due.time or dt.time.max)))
    soon = tuple(r for r in upcoming if r.due_soon(gala_date, now))
    return Readiness(
        acts=_acts(session), supplies=_supplies(session), duties=_duties(session),
        phases=tuple(phase_progress(session)), budget=_budget(session),
        overdue=tuple(r for r in tasks if r.overdue(gala_date, now)),
        due_soon=soon, next_up=soon if len(soon) >= NEXT_COUNT else upcoming[:NEXT_COUNT])
