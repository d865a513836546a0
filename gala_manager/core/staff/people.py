"""Verbs on departments and people, and their plain-value rows for the UI."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Department, Gender, Person
from gala_manager.core.operations import Area, changes


@dataclass(frozen=True)
class DepartmentRow:
    """A department as plain values."""

    id: int
    name: str
    duties: str
    colour: str
    head_person_id: int | None


@dataclass(frozen=True)
class PersonRow:
    """A person as plain values."""

    id: int
    name: str
    gender: Gender
    phone: str
    department_id: int | None
    department_name: str
    notes: str


def list_departments(session: Session) -> list[DepartmentRow]:
    """Departments in their display order."""
    rows = session.scalars(select(Department).order_by(Department.sort_order, Department.id))
    return [DepartmentRow(d.id, d.name, d.duties, d.colour, d.head_person_id) for d in rows]


def list_people(session: Session) -> list[PersonRow]:
    """Everyone, by department then name."""
    rows = session.execute(
        select(Person, Department.name)
        .outerjoin(Department, Person.department_id == Department.id)
        .order_by(Department.sort_order, Person.id)
    )
    return [PersonRow(p.id, p.name, p.gender, p.phone, p.department_id, dept or "", p.notes)
            for p, dept in rows]


@changes(Area.PEOPLE)
def add_department(session: Session, *, name: str, duties: str = "", colour: str = "",
                   head_person_id: int | None = None) -> int:
    """Add a department at the end of the list; returns its id."""
    name = name.strip()
    if not name:
        raise ValidationError("name", "required", name)
    if session.scalar(select(Department.id).where(Department.name == name)) is not None:
        raise ValidationError("name", "duplicate", name)
    last = session.scalar(select(Department.sort_order).order_by(Department.sort_order.desc()))
    dept = Department(name=name, duties=duties, colour=colour, head_person_id=head_person_id,
                      sort_order=(last or 0) + 1)
    session.add(dept)
    session.flush()
    return dept.id


@changes(Area.PEOPLE)
def set_department_head(session: Session, *, department_id: int,
                        person_id: int | None) -> int | None:
    """Make a person the department's person in charge; returns the previous one."""
    dept = session.get(Department, department_id)
    if dept is None:
        raise NotFoundError("department", department_id)
    previous = dept.head_person_id
    dept.head_person_id = person_id
    return previous


@changes(Area.PEOPLE)
def add_person(session: Session, *, name: str, gender: Gender = Gender.UNSPECIFIED,
               phone: str = "", department_id: int | None = None, notes: str = "") -> int:
    """Add a person; returns the new id."""
    name = name.strip()
    if not name:
        raise ValidationError("name", "required", name)
    person = Person(name=name, gender=Gender(gender), phone=phone.strip(),
                    department_id=department_id, notes=notes)
    session.add(person)
    session.flush()
    return person.id
