"""Read people with their roles and departments, as the Staff page and exports need."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.memo import memoized
from gala_manager.core.models import Department, Gender, Person, PersonRole, Role
from gala_manager.core.operations import Area


@dataclass(frozen=True)
class StaffPerson:
    """A person with everything the staff lists show."""

    id: int
    name: str
    gender: Gender
    phone: str
    other_contact: str
    student_no: str
    department_id: int | None
    department_name: str
    notes: str
    roles: frozenset[Role]
    host_confirmed: bool


@dataclass(frozen=True)
class StaffDepartment:
    """A department with its head's name and number of members."""

    id: int
    name: str
    duties: str
    colour: str
    head_person_id: int | None
    head_name: str
    members: int


@memoized(Area.PEOPLE, Area.STAFF)
def list_staff_people(session: Session) -> list[StaffPerson]:
    """Everyone with roles, by department order then id; no department last."""
    roles: dict[int, dict[Role, bool]] = {}
    for pid, role, confirmed in session.execute(
            select(PersonRole.person_id, PersonRole.role, PersonRole.confirmed)):
        roles.setdefault(pid, {})[role] = confirmed
    rows = session.execute(
        select(Person, Department.name, Department.sort_order)
        .outerjoin(Department, Person.department_id == Department.id))
    people = []
    for p, dept, order in rows:
        mine = roles.get(p.id, {})
        people.append((order is None, order or 0, p.id, StaffPerson(
            p.id, p.name, p.gender, p.phone, p.other_contact, p.student_no, p.department_id,
            dept or "", p.notes, frozenset(mine), bool(mine.get(Role.HOST)))))
    return [row for *_, row in sorted(people, key=lambda t: t[:3])]


@memoized(Area.PEOPLE)
def list_staff_departments(session: Session) -> list[StaffDepartment]:
    """Departments in display order with their head and member count."""
    counts: dict[int, int] = {}
    for dept_id in session.scalars(select(Person.department_id)):
        if dept_id is not None:
            counts[dept_id] = counts.get(dept_id, 0) + 1
    names = dict(session.execute(select(Person.id, Person.name)).all())
    return [StaffDepartment(d.id, d.name, d.duties, d.colour, d.head_person_id,
                            names.get(d.head_person_id, ""), counts.get(d.id, 0))
            for d in session.scalars(select(Department)
                                     .order_by(Department.sort_order, Department.id))]
