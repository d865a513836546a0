"""Each change to a task raises its revision and stamps the time, in every session.

A calendar export turns them into SEQUENCE and LAST-MODIFIED, so a phone that
imported the tasks before takes the changed ones as updates. A step's change is
its task's change; a new gala date moves every task due relative to it.
"""

from __future__ import annotations

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from gala_manager.core.models.gala import Gala
from gala_manager.core.models.tasks import Task, TaskStep, utc_now


@event.listens_for(Session, "before_flush")
def _stamp_changed_tasks(session: Session, _context, _instances) -> None:
    changed: set[Task] = {task for task in session.dirty
                          if isinstance(task, Task) and session.is_modified(task)}
    for step in (*session.new, *session.dirty, *session.deleted):
        if isinstance(step, TaskStep):
            task = step.task or (session.get(Task, step.task_id) if step.task_id else None)
            if task is not None and task not in session.deleted:
                changed.add(task)
    if any(isinstance(gala, Gala) and inspect(gala).attrs.date.history.has_changes()
           for gala in session.dirty):
        changed.update(session.scalars(select(Task).where(Task.due_offset_days.is_not(None))))
    now = utc_now()
    for task in changed - set(session.new):
        task.revision = (task.revision or 0) + 1
        task.modified_at = now
