"""Verbs that edit, remove and restore people, with their roles and references."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import InUseError, NotFoundError, ValidationError
from gala_manager.core.models import (
    ContingencyPlan,
    Department,
    Duty,
    DutyPerson,
    Gender,
    Person,
    PersonRole,
    PlanContact,
    Post,
    Role,
    Shift,
)
from gala_manager.core.operations import Area, changes
from gala_manager.core.references import as_references, find_referrers

# Digits with the separators people type: "138 1234 5601", "+86-138...", "(010) 1234".
_PHONE = re.compile(r"^\+?[0-9 ()\-]{3,30}$")


@dataclass(frozen=True)
class PersonData:
    """What a user edits about a person, roles included."""

    name: str
    gender: Gender = Gender.UNSPECIFIED
    phone: str = ""
    department_id: int | None = None
    other_contact: str = ""
    student_no: str = ""
    notes: str = ""
    roles: frozenset[Role] = frozenset()
    host_confirmed: bool = False


@dataclass(frozen=True)
class PersonSnapshot:
    """A removed person, enough to put them back with the same id."""

    id: int
    data: PersonData


def validate_person(data: PersonData) -> PersonData:
    """The data cleaned up, or a `ValidationError` naming the bad field."""
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    if len(name) > 100:
        raise ValidationError("name", "too_long", name)
    phone = data.phone.strip()
    if phone and not _PHONE.match(phone):
        raise ValidationError("phone", "invalid_phone", phone)
    try:
        gender = Gender(data.gender)
        roles = frozenset(Role(r) for r in data.roles)
    except ValueError as exc:
        raise ValidationError("roles", "invalid", str(exc)) from exc
    return PersonData(name, gender, phone, data.department_id, data.other_contact.strip(),
                      data.student_no.strip(), data.notes, roles,
                      bool(data.host_confirmed) and Role.HOST in roles)


def _check_department(session: Session, department_id: int | None) -> None:
    if department_id is not None and session.get(Department, department_id) is None:
        raise NotFoundError("department", department_id)


def person_data(session: Session, person_id: int) -> PersonData:
    """A person's current data."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError("person", person_id)
    roles = session.execute(select(PersonRole.role, PersonRole.confirmed)
                            .where(PersonRole.person_id == person_id)).all()
    return PersonData(person.name, person.gender, person.phone, person.department_id,
                      person.other_contact, person.student_no, person.notes,
                      frozenset(r for r, _ in roles),
                      any(r == Role.HOST and c for r, c in roles))


def _write(session: Session, person: Person, data: PersonData) -> None:
    person.name, person.gender, person.phone = data.name, data.gender, data.phone
    person.department_id, person.notes = data.department_id, data.notes
    person.other_contact, person.student_no = data.other_contact, data.student_no
    write_roles(session, person.id, data.roles, data.host_confirmed)


def write_roles(session: Session, person_id: int, roles: frozenset[Role],
                host_confirmed: bool) -> None:
    """Replace a person's roles (a helper of verbs, not a verb itself)."""
    session.execute(delete(PersonRole).where(PersonRole.person_id == person_id))
    for role in sorted(roles):
        session.add(PersonRole(person_id=person_id, role=role,
                               confirmed=role == Role.HOST and host_confirmed))
    session.flush()


@changes(Area.PEOPLE, Area.STAFF)
def create_person(session: Session, *, data: PersonData, person_id: int | None = None) -> int:
    """Add a person with all their data (under `person_id` on a redo); returns the id."""
    data = validate_person(data)
    _check_department(session, data.department_id)
    person = Person(id=person_id, name=data.name)
    session.add(person)
    session.flush()
    _write(session, person, data)
    return person.id


@changes(Area.PEOPLE, Area.STAFF)
def update_person(session: Session, *, person_id: int, data: PersonData) -> PersonData:
    """Replace a person's data; returns the previous data (for undo)."""
    data = validate_person(data)
    _check_department(session, data.department_id)
    previous = person_data(session, person_id)
    _write(session, session.get(Person, person_id), data)
    return previous


def _staff_references(session: Session, person_id: int) -> list[str]:
    refs = [f"department_head:{name}" for name in session.scalars(
        select(Department.name).where(Department.head_person_id == person_id))]
    rows = session.execute(
        select(Post.name, Shift.name).select_from(DutyPerson)
        .join(Duty, DutyPerson.duty_id == Duty.id).join(Post, Duty.post_id == Post.id)
        .join(Shift, Duty.shift_id == Shift.id)
        .where(DutyPerson.person_id == person_id).order_by(Shift.start, Post.sort_order))
    refs += [f"duty:{post} · {shift}" for post, shift in rows]
    # A plan's contact is named by the plan's title (its own name is the person's).
    refs += [f"plan_contact:{title}" for title in session.scalars(
        select(ContingencyPlan.title).join(PlanContact, PlanContact.plan_id == ContingencyPlan.id)
        .where(PlanContact.person_id == person_id).distinct().order_by(ContingencyPlan.title))]
    # Any other area's column pointing at a person (tasks, supplies, acts ...).
    skip = {("department", "head_person_id"), ("duty_person", "person_id"),
            ("person_role", "person_id"), ("plan_contact", "person_id")}
    refs += as_references(find_referrers(session, "person", person_id, skip))
    return refs


def person_references(session: Session, person_id: int) -> list[str]:
    """Everything that refers to a person, as "kind:label" strings the UI words."""
    return _staff_references(session, person_id)


@changes(Area.PEOPLE, Area.STAFF)
def remove_person(session: Session, *, person_id: int) -> PersonSnapshot:
    """Delete a person nobody refers to; returns what `restore_person` needs.

    Raises `InUseError` listing the references (head of a department, on a
    post, contact of an act ...) so the user knows what to change first.
    """
    data = person_data(session, person_id)
    refs = person_references(session, person_id)
    if refs:
        raise InUseError("person", person_id, refs)
    session.execute(delete(PersonRole).where(PersonRole.person_id == person_id))
    session.delete(session.get(Person, person_id))
    return PersonSnapshot(person_id, data)


@changes(Area.PEOPLE, Area.STAFF)
def restore_person(session: Session, *, snapshot: PersonSnapshot) -> int:
    """Put a removed person back with their old id (undo of remove)."""
    if session.get(Person, snapshot.id) is not None:
        raise ValidationError("id", "duplicate", snapshot.id)
    data = snapshot.data
    if data.department_id is not None and session.get(Department, data.department_id) is None:
        data = PersonData(**{**data.__dict__, "department_id": None})
    person = Person(id=snapshot.id, name=data.name)
    session.add(person)
    session.flush()
    _write(session, person, data)
    return person.id
