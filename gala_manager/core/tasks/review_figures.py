"""Figures of the review, gathered from every area: audience, money, run time, incidents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.gala import get_gala_facts
from gala_manager.core.models import SupplyItem, Task, TaskStatus
from gala_manager.core.tasks.review import get_review_overall


@dataclass(frozen=True)
class IncidentLine:
    """One incident from the show log: its kind, when it began, how long it lasted."""

    kind: str
    start: dt.datetime
    minutes: int | None
    severity: str


@dataclass(frozen=True)
class ReviewFigures:
    """The numbers of the night; None where the gala has nothing to say yet."""

    audience_count: int | None
    budget_available: Decimal | None
    spent: Decimal | None        # received and paid for
    cost: Decimal | None         # everything bought or to be bought
    planned_minutes: int
    run_minutes: int | None      # from the show log's start to its end
    show_started: dt.datetime | None
    show_ended: dt.datetime | None
    incidents: tuple[IncidentLine, ...]
    tasks_done: int
    tasks_total: int             # dropped tasks not counted

    @property
    def over_budget(self) -> bool:
        return (self.budget_available is not None and self.cost is not None
                and self.cost > self.budget_available)

    @property
    def overrun_minutes(self) -> int | None:
        """Run time minus the plan (negative: shorter)."""
        return None if self.run_minutes is None else self.run_minutes - self.planned_minutes


def _money(session: Session) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    if not session.scalar(select(func.count(SupplyItem.id))):
        return None, None, None
    from gala_manager.core.supplies import gala_budget_position

    position = gala_budget_position(session)
    return position.budget.available, position.spent, position.cost


def _show(session: Session):
    from gala_manager.core.show import read_show

    state = read_show(session).state
    incidents = tuple(
        IncidentLine(i.kind, i.start, None if i.end is None
                     else int((i.end - i.start).total_seconds() // 60), i.severity)
        for i in state.incidents)
    minutes = None
    if state.started is not None and state.ended is not None:
        minutes = int((state.ended - state.started).total_seconds() // 60)
    return state.started, state.ended, minutes, incidents


def review_figures(session: Session) -> ReviewFigures:
    """Every figure of the review, read in one transaction."""
    available, spent, cost = _money(session)
    started, ended, minutes, incidents = _show(session)
    statuses = [TaskStatus(s) for s in session.scalars(select(Task.status))]
    return ReviewFigures(
        audience_count=get_review_overall(session).audience_count,
        budget_available=available, spent=spent, cost=cost,
        planned_minutes=get_gala_facts(session).planned_minutes,
        run_minutes=minutes, show_started=started, show_ended=ended, incidents=incidents,
        tasks_done=statuses.count(TaskStatus.DONE),
        tasks_total=len([s for s in statuses if s != TaskStatus.DROPPED]))
