"""Verbs that edit, remove and restore departments of the committee."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gala_manager.core.errors import InUseError, NotFoundError, ValidationError
from gala_manager.core.models import Department, Person
from gala_manager.core.operations import Area, changes
from gala_manager.core.references import Referrer, as_references, detach, find_referrers, reattach

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class DepartmentData:
    """What a user edits about a department."""

    name: str
    duties: str = ""
    colour: str = ""
    head_person_id: int | None = None


@dataclass(frozen=True)
class DepartmentSnapshot:
    """A removed department and the members it had, to restore it exactly."""

    id: int
    sort_order: int
    data: DepartmentData
    member_ids: tuple[int, ...]
    referrers: tuple[Referrer, ...] = ()


def _validate(session: Session, data: DepartmentData, department_id: int | None
              ) -> DepartmentData:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    clash = session.scalar(select(Department.id).where(Department.name == name))
    if clash is not None and clash != department_id:
        raise ValidationError("name", "duplicate", name)
    colour = data.colour.strip()
    if colour and not _COLOUR.match(colour):
        raise ValidationError("colour", "invalid_colour", colour)
    if data.head_person_id is not None and session.get(Person, data.head_person_id) is None:
        raise NotFoundError("person", data.head_person_id)
    return DepartmentData(name, data.duties, colour, data.head_person_id)


def department_data(session: Session, department_id: int) -> DepartmentData:
    """A department's current data."""
    dept = session.get(Department, department_id)
    if dept is None:
        raise NotFoundError("department", department_id)
    return DepartmentData(dept.name, dept.duties, dept.colour, dept.head_person_id)


@changes(Area.PEOPLE)
def create_department(session: Session, *, data: DepartmentData,
                      department_id: int | None = None) -> int:
    """Add a department at the end of the list (under `department_id` on a redo); its id."""
    data = _validate(session, data, None)
    last = session.scalar(select(Department.sort_order).order_by(Department.sort_order.desc()))
    dept = Department(id=department_id, name=data.name, duties=data.duties, colour=data.colour,
                      head_person_id=data.head_person_id, sort_order=(last or 0) + 1)
    session.add(dept)
    session.flush()
    return dept.id


@changes(Area.PEOPLE)
def update_department(session: Session, *, department_id: int,
                      data: DepartmentData) -> DepartmentData:
    """Replace a department's data; returns the previous data (for undo)."""
    previous = department_data(session, department_id)
    data = _validate(session, data, department_id)
    dept = session.get(Department, department_id)
    dept.name, dept.duties, dept.colour = data.name, data.duties, data.colour
    dept.head_person_id = data.head_person_id
    return previous


@changes(Area.PEOPLE)
def remove_department(session: Session, *, department_id: int,
                      detach_members: bool = False) -> DepartmentSnapshot:
    """Delete a department; returns what `restore_department` needs.

    With members, tasks or other rows pointing at it, it raises `InUseError`
    naming them, unless `detach_members` says the user agreed to leave them
    without a department (the snapshot remembers them for undo).
    """
    data = department_data(session, department_id)
    dept = session.get(Department, department_id)
    members = session.execute(select(Person.id, Person.name)
                              .where(Person.department_id == department_id)
                              .order_by(Person.id)).all()
    # Tasks, supplies ... of the department (any area's column pointing at it).
    others = find_referrers(session, "department", department_id,
                            {("person", "department_id")})
    if (members or others) and not detach_members:
        raise InUseError("department", department_id,
                         [f"member:{n}" for _, n in members] + as_references(others))
    session.execute(update(Person).where(Person.department_id == department_id)
                    .values(department_id=None))
    detach(session, others)
    snapshot = DepartmentSnapshot(department_id, dept.sort_order, data,
                                  tuple(pid for pid, _ in members), tuple(others))
    session.delete(dept)
    return snapshot


@changes(Area.PEOPLE)
def restore_department(session: Session, *, snapshot: DepartmentSnapshot) -> int:
    """Put a removed department back with its id, order and members (undo)."""
    data = snapshot.data
    head = data.head_person_id
    if head is not None and session.get(Person, head) is None:
        head = None
    session.add(Department(id=snapshot.id, name=data.name, duties=data.duties,
                           colour=data.colour, head_person_id=head,
                           sort_order=snapshot.sort_order))
    session.flush()
    if snapshot.member_ids:
        session.execute(update(Person).where(Person.id.in_(snapshot.member_ids))
                        .values(department_id=snapshot.id))
    reattach(session, list(snapshot.referrers), snapshot.id)
    return snapshot.id
