"""Import people read from a sheet: preview (duplicates, new departments) and the verb."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.import_rows import RowProblem, SortedRows, has_error, sort_rows
from gala_manager.core.models import Department, Gender, Person, PersonRole, Role
from gala_manager.core.operations import Area, changes
from gala_manager.core.staff.person_edits import PersonData, create_person


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
    sheet: str = ""

    @property
    def has_error(self) -> bool:
        """Whether this row stops the import."""
        return has_error(self.problems)


@dataclass(frozen=True)
class PeopleImportPreview(SortedRows[ImportedPerson]):
    """What an import would do: rows to add, duplicates to skip, departments to create."""

    new_departments: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    """What an import added, for undo."""

    person_ids: tuple[int, ...]
    department_ids: tuple[int, ...]
    skipped: int


def _key(name: str, phone: str) -> tuple[str, str]:
    return (name.strip(), "".join(ch for ch in phone if ch.isdigit()))


def preview_people_import(session: Session, *,
                          people: Sequence[ImportedPerson]) -> PeopleImportPreview:
    """Sort the rows into new, duplicate (same name and phone) and erroneous."""
    seen = {_key(n, p) for n, p in session.execute(select(Person.name, Person.phone))}
    new, duplicates, errors = sort_rows(people, seen, lambda p: _key(p.name, p.phone),
                                        lambda p: p.problems)
    known = set(session.scalars(select(Department.name)))
    departments = dict.fromkeys(p.department for p in new
                                if p.department and p.department not in known)
    return PeopleImportPreview(new, duplicates, errors, tuple(departments))


@changes(Area.PEOPLE, Area.STAFF)
def import_people(session: Session, *, people: Sequence[ImportedPerson],
                  redo_of: ImportResult | None = None) -> ImportResult:
    """Add the new people in one transaction, creating missing departments.

    Raises `ValidationError("rows", "row_errors")` if any row has an error:
    nothing is imported then. Re-importing the same sheet adds nobody twice.
    `redo_of` (the result of a first run, on a redo after undo) gives the
    people and departments back their ids, in the same order.
    """
    preview = preview_people_import(session, people=people)
    if preview.errors:
        raise ValidationError("rows", "row_errors", [p.row for p in preview.errors])
    last = session.scalar(select(Department.sort_order).order_by(Department.sort_order.desc()))
    dept_ids = dict(session.execute(select(Department.name, Department.id)).all())
    dept_again = iter(redo_of.department_ids if redo_of is not None else ())
    people_again = iter(redo_of.person_ids if redo_of is not None else ())
    created = []
    for offset, name in enumerate(preview.new_departments, start=1):
        dept = Department(id=next(dept_again, None), name=name,
                          sort_order=(last or 0) + offset)
        session.add(dept)
        session.flush()
        dept_ids[name] = dept.id
        created.append(dept.id)
    ids = [create_person(session, data=PersonData(
        p.name, p.gender, p.phone, dept_ids.get(p.department), p.other_contact, p.student_no,
        p.notes, p.roles), person_id=next(people_again, None)) for p in preview.new]
    return ImportResult(tuple(ids), tuple(created), len(preview.duplicates))


@changes(Area.PEOPLE, Area.STAFF)
def undo_people_import(session: Session, *, result: ImportResult) -> None:
    """Remove what an import added (people first, then the departments it created)."""
    session.execute(delete(PersonRole).where(PersonRole.person_id.in_(result.person_ids)))
    session.execute(delete(Person).where(Person.id.in_(result.person_ids)))
    session.execute(delete(Department).where(Department.id.in_(result.department_ids)))
