"""Rows and queries of the Tasks area: what the page, the exports and checks read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from gala_manager.core.gala import get_gala_facts
from gala_manager.core.memo import memoized
from gala_manager.core.models import (
    Act,
    ContingencyPlan,
    Department,
    Person,
    Phase,
    SupplyItem,
    Task,
    TaskStatus,
)
from gala_manager.core.operations import Area
from gala_manager.core.tasks.dates import Due, is_due_within, is_overdue

PHASES = tuple(Phase)
STATUSES = tuple(TaskStatus)


@dataclass(frozen=True)
class StepFields:
    """One checklist step as plain values."""

    text: str
    done: bool = False


@dataclass(frozen=True)
class TaskFields:
    """Everything a user edits on a task."""

    title: str
    phase: Phase = Phase.BEFORE
    status: TaskStatus = TaskStatus.TODO
    department_id: int | None = None
    person_id: int | None = None
    due: Due = Due()
    notes: str = ""
    steps: tuple[StepFields, ...] = ()
    act_id: int | None = None
    supply_item_id: int | None = None
    plan_id: int | None = None


@dataclass(frozen=True)
class TaskLink:
    """What a task is about, as a problem target kind ("act" ...), id and display name."""

    kind: str
    id: int
    label: str


# Link columns of a task, with the table they point at and its display column.
LINKS = (("act_id", "act", Act, Act.title), ("supply_item_id", "supply_item", SupplyItem,
                                             SupplyItem.name),
         ("plan_id", "contingency_plan", ContingencyPlan, ContingencyPlan.title))


@dataclass(frozen=True)
class TaskRow:
    """A task as the UI shows it: its fields, names and the date it falls on."""

    id: int
    fields: TaskFields
    sort_order: int
    department_name: str
    person_name: str
    due_on: dt.date | None
    links: tuple[TaskLink, ...] = ()
    revision: int = 0  # raised by every change (a calendar's SEQUENCE)
    modified_at: dt.datetime | None = None  # UTC

    # Short forms the views and exports use all the time.
    @property
    def title(self) -> str:
        return self.fields.title

    @property
    def phase(self) -> Phase:
        return self.fields.phase

    @property
    def status(self) -> TaskStatus:
        return self.fields.status

    @property
    def due(self) -> Due:
        return self.fields.due

    @property
    def steps_done(self) -> int:
        return sum(1 for s in self.fields.steps if s.done)

    def overdue(self, gala_date: dt.date | None, now: dt.datetime) -> bool:
        """Open and past its deadline at `now`."""
        return is_overdue(self.status, self.due, gala_date, now)

    def due_soon(self, gala_date: dt.date | None, now: dt.datetime, days: int = 7) -> bool:
        """Open and due within `days` from `now`, not overdue."""
        return is_due_within(self.status, self.due, gala_date, now, days)


def task_fields(task: Task) -> TaskFields:
    """The editable values of an ORM task."""
    return TaskFields(
        title=task.title, phase=Phase(task.phase), status=TaskStatus(task.status),
        department_id=task.department_id, person_id=task.person_id,
        due=Due(task.due_date, task.due_offset_days, task.due_time), notes=task.notes,
        steps=tuple(StepFields(s.text, s.done) for s in task.steps),
        act_id=task.act_id, supply_item_id=task.supply_item_id, plan_id=task.plan_id,
    )


# The checks and the readiness dashboard share one list per change (core memo).
@memoized(Area.TASKS, Area.PEOPLE, Area.GALA, Area.PROGRAMME, Area.SUPPLIES, Area.CONTINGENCY)
def list_tasks(session: Session, *, phase: Phase | None = None,
               department_id: int | None = None,
               person_id: int | None = None) -> list[TaskRow]:
    """Tasks in plan order (phase, then position), optionally filtered."""
    gala_date = get_gala_facts(session).date
    query = (select(Task, Department.name, Person.name)
             .outerjoin(Department, Task.department_id == Department.id)
             .outerjoin(Person, Task.person_id == Person.id)
             .options(selectinload(Task.steps)))
    if phase is not None:
        query = query.where(Task.phase == Phase(phase))
    if department_id is not None:
        query = query.where(Task.department_id == department_id)
    if person_id is not None:
        query = query.where(Task.person_id == person_id)
    order = {p: i for i, p in enumerate(PHASES)}
    labels = _link_labels(session)
    rows = [_row(task, dept, person, gala_date, labels)
            for task, dept, person in session.execute(query)]
    return sorted(rows, key=lambda r: (order[r.phase], r.sort_order, r.id))


def get_task(session: Session, *, task_id: int) -> TaskRow:
    """One task; raises `NotFoundError` when it is gone."""
    from gala_manager.core.errors import NotFoundError

    task = session.get(Task, task_id)
    if task is None:
        raise NotFoundError("task", task_id)
    return _row(task, task_department_name(session, task), task_person_name(session, task),
                get_gala_facts(session).date, _link_labels(session))


def task_department_name(session: Session, task: Task) -> str | None:
    dept = session.get(Department, task.department_id) if task.department_id else None
    return dept.name if dept else None


def task_person_name(session: Session, task: Task) -> str | None:
    person = session.get(Person, task.person_id) if task.person_id else None
    return person.name if person else None


def _link_labels(session: Session) -> dict[str, dict[int, str]]:
    """Display names of what the tasks link to, by kind and id (a big gala has
    thousands of acts and items, and its tasks link to a few)."""
    return {kind: dict(session.execute(select(model.id, label).where(model.id.in_(
                select(getattr(Task, column)).where(getattr(Task, column).is_not(None))))).all())
            for column, kind, model, label in LINKS}


def link_choices(session: Session) -> dict[str, list[tuple[int, str]]]:
    """What a task may link to, by kind, as (id, name) in id order."""
    return {kind: [tuple(r) for r in session.execute(select(model.id, label)
                                                     .order_by(model.id))]
            for _column, kind, model, label in LINKS}


def _row(task: Task, dept: str | None, person: str | None, gala_date: dt.date | None,
         labels: dict[str, dict[int, str]]) -> TaskRow:
    fields = task_fields(task)
    links = tuple(TaskLink(kind, getattr(task, column), labels[kind].get(getattr(task, column),
                                                                         ""))
                  for column, kind, _model, _label in LINKS if getattr(task, column))
    return TaskRow(task.id, fields, task.sort_order, dept or "", person or "",
                   fields.due.on(gala_date), links, task.revision or 0, task.modified_at)


@dataclass(frozen=True)
class PhaseProgress:
    """How far a phase is: tasks done of those not dropped."""

    phase: Phase
    done: int
    total: int


def phase_progress(session: Session) -> list[PhaseProgress]:
    """Done and total (dropped tasks left out) for every phase, in order."""
    counts = {p: [0, 0] for p in PHASES}
    for phase, status in session.execute(select(Task.phase, Task.status)):
        if TaskStatus(status) == TaskStatus.DROPPED:
            continue
        counts[Phase(phase)][1] += 1
        if TaskStatus(status) == TaskStatus.DONE:
            counts[Phase(phase)][0] += 1
    return [PhaseProgress(p, done, total) for p, (done, total) in counts.items()]
