"""Import people read from a sheet: preview (duplicates, new departments) and the verb."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Department, Gender, Person, PersonRole, Role
from gala_manager.core.operations import PEOPLE, changes
from gala_manager.core.staff.person_edits import STAFF, PersonData, create_person


@dataclass(frozen=True)
class RowProblem:
    """Something about one row: `severity` "error" refuses the import, "warning" not."""

    field: str
    code: str
    value: str = ""
    severity: str = "warning"


@dataclass(frozen=True)
class ImportedPerson:
    """One row of the sheet, read and checked (duplicates are found later, in the core)."""

    row: int
    name: str
    gender: Gender
    phone: str
    department: str
    other_contact: str
    student_no: str
    roles: frozenset[Role]
    notes: str
    problems: tuple[RowProblem, ...] = field(default=())

    @property
    def has_error(self) -> bool:
        """Whether this row stops the import."""
        return any(p.severity == "error" for p in self.problems)


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: rows to add, duplicates to skip, departments to create."""

    new: tuple[ImportedPerson, ...]
    duplicates: tuple[ImportedPerson, ...]
    errors: tuple[ImportedPerson, ...]
    new_departments: tuple[str, ...]

    @property
    def can_import(self) -> bool:
        """All or nothing: any row with an error stops the whole import."""
        return not self.errors and bool(self.new)


@dataclass(frozen=True)
class ImportResult:
    """What an import added, for undo."""

    person_ids: tuple[int, ...]
    department_ids: tuple[int, ...]
    skipped: int


def _key(name: str, phone: str) -> tuple[str, str]:
    return (name.strip(), "".join(ch for ch in phone if ch.isdigit()))


def preview_people_import(session: Session, *,
                          people: Sequence[ImportedPerson]) -> ImportPreview:
    """Sort the rows into new, duplicate (same name and phone) and erroneous."""
    seen = {_key(n, p) for n, p in session.execute(select(Person.name, Person.phone))}
    known = set(session.scalars(select(Department.name)))
    new, duplicates, errors, departments = [], [], [], []
    for person in people:
        if person.has_error:
            errors.append(person)
            continue
        key = _key(person.name, person.phone)
        if key in seen:
            duplicates.append(person)
            continue
        seen.add(key)
        new.append(person)
        if person.department and person.department not in known \
                and person.department not in departments:
            departments.append(person.department)
    return ImportPreview(tuple(new), tuple(duplicates), tuple(errors), tuple(departments))


@changes(PEOPLE, STAFF)
def import_people(session: Session, *, people: Sequence[ImportedPerson]) -> ImportResult:
    """Add the new people in one transaction, creating missing departments.

    Raises `ValidationError("rows", "row_errors")` if any row has an error:
    nothing is imported then. Re-importing the same sheet adds nobody twice.
    """
    preview = preview_people_import(session, people=people)
    if preview.errors:
        raise ValidationError("rows", "row_errors", [p.row for p in preview.errors])
    last = session.scalar(select(Department.sort_order).order_by(Department.sort_order.desc()))
    dept_ids = dict(session.execute(select(Department.name, Department.id)).all())
    created = []
    for offset, name in enumerate(preview.new_departments, start=1):
        dept = Department(name=name, sort_order=(last or 0) + offset)
        session.add(dept)
        session.flush()
        dept_ids[name] = dept.id
        created.append(dept.id)
    ids = [create_person(session, data=PersonData(
        p.name, p.gender, p.phone, dept_ids.get(p.department), p.other_contact, p.student_no,
        p.notes, p.roles)) for p in preview.new]
    return ImportResult(tuple(ids), tuple(created), len(preview.duplicates))


@changes(PEOPLE, STAFF)
def undo_people_import(session: Session, *, result: ImportResult) -> None:
    """Remove what an import added (people first, then the departments it created)."""
    session.execute(delete(PersonRole).where(PersonRole.person_id.in_(result.person_ids)))
    session.execute(delete(Person).where(Person.id.in_(result.person_ids)))
    session.execute(delete(Department).where(Department.id.in_(result.department_ids)))
