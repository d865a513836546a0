"""Checks of the Tasks area: overdue tasks and tasks nobody is in charge of."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from gala_manager.core import clock
from gala_manager.core.checks import Problem, Severity
from gala_manager.core.gala import get_gala_facts
from gala_manager.core.operations import Area
from gala_manager.core.tasks.dates import days_late, is_open
from gala_manager.core.tasks.rows import list_tasks


def check_tasks(session: Session, now: dt.datetime | None = None) -> list[Problem]:
    """Overdue open tasks (an error once the gala day has come) and open tasks
    without a person in charge, in plan order."""
    now = now or clock.now()
    gala_date = get_gala_facts(session).date
    problems: list[Problem] = []
    for row in list_tasks(session):
        if row.overdue(gala_date, now):
            # Late work before the gala can still be caught up; on or after the
            # day it is missing from the night itself.
            late_on_day = gala_date is not None and now.date() >= gala_date
            problems.append(Problem(
                Area.TASKS, "task_overdue", Severity.ERROR if late_on_day else Severity.WARNING,
                {"title": row.title, "due": row.due_on.isoformat(),
                 "days": days_late(row.due, gala_date, now)},
                ("task", row.id)))
        if is_open(row.status) and row.fields.person_id is None:
            problems.append(Problem(Area.TASKS, "task_no_owner", Severity.WARNING,
                                    {"title": row.title}, ("task", row.id)))
    return problems
