"""Fill the demo gala's tasks from the template and the statuses in tasks_data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.demo.tasks_data import DEMO_NOW, IN_PROGRESS, NOTES, OVERDUE, OWNERS
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.models import Person, Task, TaskStatus
from gala_manager.core.tasks.dates import Due
from gala_manager.core.tasks.template import apply_template


def fill_tasks(session: Session) -> None:
    """Apply the template, then mark what is done, in progress and late at DEMO_NOW."""
    apply_template(session)
    gala_date = get_gala_facts(session).date
    people = {p.name: p.id for p in session.scalars(select(Person))}
    for task in session.scalars(select(Task)):
        due = Due(task.due_date, task.due_offset_days, task.due_time)
        deadline = due.deadline(gala_date)
        if task.title in OVERDUE:
            task.status = OVERDUE[task.title]
        elif deadline is not None and deadline <= DEMO_NOW:
            task.status = TaskStatus.DONE
            for step in task.steps:
                step.done = True
        elif task.title in IN_PROGRESS:
            task.status = TaskStatus.DOING
            if task.steps:
                task.steps[0].done = True
        if task.title in OWNERS:
            task.person_id = people.get(OWNERS[task.title])
        task.notes = NOTES.get(task.title, task.notes)
