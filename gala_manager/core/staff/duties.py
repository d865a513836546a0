"""Who stands at which post during which shift: assignment verbs and the roster."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import InUseError, NotFoundError, ValidationError
from gala_manager.core.models import Duty, DutyPerson, Person, Post, Shift
from gala_manager.core.operations import Area, changes
from gala_manager.core.staff.posts import ShiftRow, list_posts, list_shifts


@dataclass(frozen=True)
class Assignment:
    """One person at one post in one shift."""

    id: int
    duty_id: int
    post_id: int
    shift_id: int
    person_id: int
    person_name: str


@dataclass(frozen=True)
class DutyRow:
    """A post staffed in a shift, with who is on it."""

    id: int
    post_id: int
    shift_id: int
    needed: int
    people: tuple[Assignment, ...]


@dataclass(frozen=True)
class AssignResult:
    """What `assign_person` did, so that undo can reverse exactly that."""

    assignment_id: int
    duty_id: int
    duty_created: bool


@dataclass(frozen=True)
class DutyNeed:
    """How many people a post needed in a shift (None: not staffed), and its duty's id.

    `set_duty_needed` returns the previous need; `duty_id` is the duty row it
    touched (kept, created or removed), so that undo and redo re-create a
    removed duty under the same id and an assignment that names it still finds it.
    """

    needed: int | None
    duty_id: int | None


def _duty(session: Session, post_id: int, shift_id: int) -> Duty | None:
    return session.scalar(select(Duty).where(Duty.post_id == post_id,
                                             Duty.shift_id == shift_id))


@changes(Area.STAFF)
def assign_person(session: Session, *, person_id: int, post_id: int,
                  shift_id: int, redo_of: AssignResult | None = None) -> AssignResult:
    """Put a person on a post for a shift, staffing the post then if it was not.

    Being on two posts at once is allowed here and reported by the checks,
    so a planner can sketch first and tidy up after. `redo_of` (the result of
    a first run, on a redo after undo) re-creates the rows under their ids.
    """
    if session.get(Person, person_id) is None:
        raise NotFoundError("person", person_id)
    post = session.get(Post, post_id)
    if post is None:
        raise NotFoundError("post", post_id)
    if session.get(Shift, shift_id) is None:
        raise NotFoundError("shift", shift_id)
    duty = _duty(session, post_id, shift_id)
    created = duty is None
    if created:
        duty = Duty(id=redo_of.duty_id if redo_of is not None else None, post_id=post_id,
                    shift_id=shift_id, needed=max(post.needed, 1))
        session.add(duty)
        session.flush()
    elif session.scalar(select(DutyPerson.id).where(DutyPerson.duty_id == duty.id,
                                                    DutyPerson.person_id == person_id)):
        raise ValidationError("person", "already_assigned", person_id)
    row = DutyPerson(id=redo_of.assignment_id if redo_of is not None else None,
                     duty_id=duty.id, person_id=person_id)
    session.add(row)
    session.flush()
    return AssignResult(row.id, duty.id, created)


@changes(Area.STAFF)
def undo_assign(session: Session, *, result: AssignResult) -> None:
    """Reverse `assign_person`: the assignment, and the duty if it made one."""
    row = session.get(DutyPerson, result.assignment_id)
    if row is None:
        raise NotFoundError("assignment", result.assignment_id)
    session.delete(row)
    session.flush()
    if result.duty_created:
        left = session.scalar(select(func.count()).where(DutyPerson.duty_id == result.duty_id))
        duty = session.get(Duty, result.duty_id)
        if duty is not None and not left:
            session.delete(duty)


@changes(Area.STAFF)
def unassign_person(session: Session, *, assignment_id: int) -> tuple[int, int, int]:
    """Take a person off a duty; returns (assignment id, duty id, person id) to restore."""
    row = session.get(DutyPerson, assignment_id)
    if row is None:
        raise NotFoundError("assignment", assignment_id)
    found = (row.id, row.duty_id, row.person_id)
    session.delete(row)
    return found


@changes(Area.STAFF)
def restore_assignment(session: Session, *, found: tuple[int, int, int]) -> int:
    """Undo of `unassign_person`: the same row back."""
    row_id, duty_id, person_id = found
    if session.get(Duty, duty_id) is None:
        raise NotFoundError("duty", duty_id)
    session.add(DutyPerson(id=row_id, duty_id=duty_id, person_id=person_id))
    return row_id


@changes(Area.STAFF)
def set_duty_needed(session: Session, *, post_id: int, shift_id: int,
                    needed: int | None, duty_id: int | None = None) -> DutyNeed:
    """Staff a post in a shift with `needed` people, or stop staffing it (None).

    Returns the previous need (None when the post was not staffed then) with
    the id of the duty concerned: exactly the arguments that undo the change.
    A duty this creates gets `duty_id` when given (undo and redo pass it).
    """
    if session.get(Post, post_id) is None:
        raise NotFoundError("post", post_id)
    if session.get(Shift, shift_id) is None:
        raise NotFoundError("shift", shift_id)
    if needed is not None and (not isinstance(needed, int) or not 0 <= needed <= 99):
        raise ValidationError("needed", "out_of_range", needed)
    duty = _duty(session, post_id, shift_id)
    previous = DutyNeed(duty.needed, duty.id) if duty is not None else DutyNeed(None, duty_id)
    if needed is None:
        if duty is not None:
            names = session.scalars(select(Person.name).join(
                DutyPerson, DutyPerson.person_id == Person.id)
                .where(DutyPerson.duty_id == duty.id)).all()
            if names:
                raise InUseError("duty", duty.id, [f"assigned:{n}" for n in names])
            session.delete(duty)
    elif duty is None:
        duty = Duty(id=duty_id, post_id=post_id, shift_id=shift_id, needed=needed)
        session.add(duty)
        session.flush()
        previous = DutyNeed(None, duty.id)
    else:
        duty.needed = needed
    return previous


def list_duties(session: Session) -> list[DutyRow]:
    """Every staffed post and shift with the people on it."""
    people: dict[int, list[Assignment]] = {}
    for row, duty, name in session.execute(
            select(DutyPerson, Duty, Person.name).join(Duty, DutyPerson.duty_id == Duty.id)
            .join(Person, DutyPerson.person_id == Person.id).order_by(DutyPerson.id)):
        people.setdefault(duty.id, []).append(
            Assignment(row.id, duty.id, duty.post_id, duty.shift_id, row.person_id, name))
    return [DutyRow(d.id, d.post_id, d.shift_id, d.needed, tuple(people.get(d.id, ())))
            for d in session.scalars(select(Duty).order_by(Duty.id))]


@dataclass(frozen=True)
class Roster:
    """Posts, shifts and duties read in one go, for grids and exports."""

    posts: list
    shifts: list[ShiftRow]
    duties: list[DutyRow]

    def duty(self, post_id: int, shift_id: int) -> DutyRow | None:
        """The duty of a post in a shift, if it is staffed then."""
        for duty in self.duties:
            if duty.post_id == post_id and duty.shift_id == shift_id:
                return duty
        return None



def read_roster(session: Session) -> Roster:
    """Posts, shifts and duties."""
    return Roster(list_posts(session), list_shifts(session), list_duties(session))
