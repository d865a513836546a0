"""Verbs that change tasks; each is one transaction and returns what undo needs."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Department, Person, Phase, Task, TaskStatus, TaskStep
from gala_manager.core.operations import Area, changes
from gala_manager.core.tasks.rows import LINKS, StepFields, TaskFields, task_fields

MAX_TITLE = 200
MAX_STEP = 300


@dataclass(frozen=True)
class TaskPlace:
    """Where a task sits: phase, status and position within its phase."""

    phase: Phase
    status: TaskStatus
    index: int


@dataclass(frozen=True)
class TaskSnapshot:
    """All of a removed task, enough to put it back with the same id and place."""

    id: int
    fields: TaskFields
    index: int


def _get(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError("task", task_id)
    return task


def _clean(session: Session, fields: TaskFields) -> TaskFields:
    """Validate user values; returns them with the title and steps trimmed."""
    title = fields.title.strip()
    if not title:
        raise ValidationError("title", "required", fields.title)
    if len(title) > MAX_TITLE:
        raise ValidationError("title", "too_long", len(title))
    Phase(fields.phase)
    TaskStatus(fields.status)
    fields.due.validate()
    if fields.department_id is not None and session.get(Department, fields.department_id) is None:
        raise NotFoundError("department", fields.department_id)
    if fields.person_id is not None and session.get(Person, fields.person_id) is None:
        raise NotFoundError("person", fields.person_id)
    for column, kind, model, _label in LINKS:
        key = getattr(fields, column)
        if key is not None and session.get(model, key) is None:
            raise NotFoundError(kind, key)
    steps = tuple(StepFields(s.text.strip(), bool(s.done)) for s in fields.steps
                  if s.text.strip())
    for step in steps:
        if len(step.text) > MAX_STEP:
            raise ValidationError("steps", "too_long", len(step.text))
    return replace(fields, title=title, phase=Phase(fields.phase),
                   status=TaskStatus(fields.status), steps=steps)


def check_task_fields(session: Session, *, fields: TaskFields) -> TaskFields:
    """Validate a task's values without writing (dialogs call it before closing)."""
    return _clean(session, fields)


def _write(task: Task, fields: TaskFields) -> None:
    task.title = fields.title
    task.phase = fields.phase
    task.status = fields.status
    task.department_id = fields.department_id
    task.person_id = fields.person_id
    task.due_date = fields.due.date
    task.due_offset_days = fields.due.offset_days
    task.due_time = fields.due.time
    task.notes = fields.notes
    for column, _kind, _model, _label in LINKS:
        setattr(task, column, getattr(fields, column))
    task.steps.clear()
    for position, step in enumerate(fields.steps):
        task.steps.append(TaskStep(position=position, text=step.text, done=step.done))


def _phase_tasks(session: Session, phase: Phase, exclude: int | None = None) -> list[Task]:
    query = select(Task).where(Task.phase == Phase(phase)).order_by(Task.sort_order, Task.id)
    return [t for t in session.scalars(query) if t.id != exclude]


def _place(session: Session, task: Task, phase: Phase, index: int | None) -> None:
    """Put `task` at `index` of `phase` (end when None) and renumber both phases."""
    old_phase = Phase(task.phase)
    others = _phase_tasks(session, phase, exclude=task.id)
    index = len(others) if index is None else max(0, min(index, len(others)))
    others.insert(index, task)
    task.phase = Phase(phase)
    for order, item in enumerate(others):
        item.sort_order = order
    if old_phase != Phase(phase):
        for order, item in enumerate(_phase_tasks(session, old_phase, exclude=task.id)):
            item.sort_order = order


def _index(session: Session, task: Task) -> int:
    ids = [t.id for t in _phase_tasks(session, Phase(task.phase))]
    return ids.index(task.id)


@changes(Area.TASKS)
def add_task(session: Session, *, fields: TaskFields, index: int | None = None,
             task_id: int | None = None) -> int:
    """Add a task at `index` of its phase (the end by default); returns its id.

    `task_id` re-inserts it under the id a first run gave it (redo after undo);
    its checklist steps are part of it, addressed by position, not by id.
    """
    fields = _clean(session, fields)
    # Appending needs no renumbering: bulk adds (the template, imports) stay linear.
    last = session.scalar(select(func.max(Task.sort_order)).where(Task.phase == fields.phase))
    task = Task(id=task_id, title=fields.title, phase=fields.phase, notes="",
                sort_order=0 if last is None else last + 1)
    session.add(task)
    _write(task, fields)
    session.flush()
    if index is not None:
        _place(session, task, fields.phase, index)
    return task.id


@changes(Area.TASKS)
def update_task(session: Session, *, task_id: int, fields: TaskFields) -> TaskFields:
    """Replace a task's values; returns the previous ones. A phase change moves it last."""
    task = _get(session, task_id)
    fields = _clean(session, fields)
    previous = task_fields(task)
    old_phase = Phase(task.phase)
    _write(task, fields)
    if fields.phase != old_phase:
        task.phase = old_phase
        _place(session, task, fields.phase, None)
    return previous


@changes(Area.TASKS)
def remove_task(session: Session, *, task_id: int) -> TaskSnapshot:
    """Delete a task with its steps; returns what `restore_task` needs."""
    task = _get(session, task_id)
    snapshot = TaskSnapshot(task.id, task_fields(task), _index(session, task))
    phase = Phase(task.phase)
    session.delete(task)
    session.flush()
    for order, item in enumerate(_phase_tasks(session, phase)):
        item.sort_order = order
    return snapshot


@changes(Area.TASKS)
def restore_task(session: Session, *, snapshot: TaskSnapshot) -> int:
    """Put a removed task back with its id and position (undo of remove)."""
    fields = snapshot.fields
    # A department or person removed meanwhile is simply left unset.
    if fields.department_id is not None and session.get(Department, fields.department_id) is None:
        fields = replace(fields, department_id=None)
    if fields.person_id is not None and session.get(Person, fields.person_id) is None:
        fields = replace(fields, person_id=None)
    for column, _kind, model, _label in LINKS:
        if getattr(fields, column) is not None and session.get(model, getattr(fields, column)) \
                is None:
            fields = replace(fields, **{column: None})
    task = Task(id=snapshot.id, title=fields.title, phase=fields.phase, notes="", sort_order=0)
    session.add(task)
    _write(task, _clean(session, fields))
    session.flush()
    _place(session, task, fields.phase, snapshot.index)
    return task.id


@changes(Area.TASKS)
def move_task(session: Session, *, task_id: int, phase: Phase | None = None,
              status: TaskStatus | None = None, index: int | None = None) -> TaskPlace:
    """Move a task to another phase, status and/or position; returns where it was.

    Without `index` a task moved to another phase goes last, and one staying
    in its phase keeps its position.
    """
    task = _get(session, task_id)
    previous = TaskPlace(Phase(task.phase), TaskStatus(task.status), _index(session, task))
    target = Phase(phase) if phase is not None else previous.phase
    if index is None and target == previous.phase:
        index = previous.index
    _place(session, task, target, index)
    if status is not None:
        task.status = TaskStatus(status)
    return previous


@changes(Area.TASKS)
def reorder_phase(session: Session, *, phase: Phase, task_ids: list[int]) -> list[int]:
    """Set the order of a phase's tasks; returns the previous order.

    `task_ids` must name exactly the phase's tasks.
    """
    current = _phase_tasks(session, phase)
    previous = [t.id for t in current]
    if sorted(previous) != sorted(task_ids):
        raise ValidationError("task_ids", "not_the_phase", list(task_ids))
    by_id = {t.id: t for t in current}
    for order, task_id in enumerate(task_ids):
        by_id[task_id].sort_order = order
    return previous


@changes(Area.TASKS)
def set_step_done(session: Session, *, task_id: int, position: int, done: bool) -> bool:
    """Tick or untick a checklist step; returns its previous state."""
    task = _get(session, task_id)
    if not 0 <= position < len(task.steps):
        raise NotFoundError("task_step", (task_id, position))
    step = task.steps[position]
    previous = step.done
    step.done = bool(done)
    return previous

