"""Verbs on contingency plans, with plain-value rows for the UI."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import (
    ContingencyPlan,
    Person,
    PlanContact,
    PlanEquipment,
    PlanPost,
    PlanStep,
    Post,
)
from gala_manager.core.operations import Area, changes

# The plan's four kinds; any other text is a kind the committee added.
BUILTIN_KINDS = ("programme", "injury", "power", "disorder")


@dataclass(frozen=True)
class Contact:
    """Someone to call, with a phone. With `person_id`, one of the gala's people: read
    back, `name` and `phone` are theirs as they are now."""

    name: str
    role: str = ""
    phone: str = ""
    person_id: int | None = None


@dataclass(frozen=True)
class Equipment:
    """Something to have ready, how many, and where it is."""

    name: str
    quantity: int = 1
    location: str = ""


@dataclass(frozen=True)
class PlanData:
    """A whole plan as plain values: what the editor edits and undo restores."""

    kind: str
    title: str
    trigger: str = ""
    decides: str = ""  # in what capacity, or someone from outside the gala
    acts: str = ""  # anyone besides the posts
    contacts: tuple[Contact, ...] = ()
    equipment: tuple[Equipment, ...] = ()
    steps: tuple[str, ...] = ()
    notes: str = ""
    decides_person_id: int | None = None
    acts_post_ids: tuple[int, ...] = ()

    def replace(self, **kwargs: object) -> PlanData:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **kwargs)


@dataclass(frozen=True)
class PlanRow:
    """A stored plan: its id, its position in the list, and its data; `decider` is who
    decides (with their phone) when that is one of the gala's people, `posts` the names
    of the posts that act, in order."""

    id: int
    position: int
    data: PlanData
    decider: Contact | None = None
    posts: tuple[str, ...] = ()


@dataclass(frozen=True)
class DeletedPlan:
    """What `delete_plan` removed, so that `restore_plan` can put it back as it was."""

    id: int
    position: int
    data: PlanData


def validate_plan(data: PlanData) -> PlanData:
    """The plan with surrounding blanks trimmed; raises `ValidationError` on a bad one."""
    kind, title = data.kind.strip(), data.title.strip()
    if not kind:
        raise ValidationError("kind", "required", data.kind)
    if not title:
        raise ValidationError("title", "required", data.title)
    for contact in data.contacts:
        if not contact.name.strip() and contact.person_id is None:
            raise ValidationError("contacts", "required", contact)
    for item in data.equipment:
        if not item.name.strip():
            raise ValidationError("equipment", "required", item)
        if not 0 <= item.quantity <= 100000:
            raise ValidationError("equipment", "out_of_range", item.quantity)
    steps = tuple(s.strip() for s in data.steps if s.strip())
    return data.replace(kind=kind, title=title, steps=steps)


def _contact(session: Session, contact: PlanContact) -> Contact:
    person = session.get(Person, contact.person_id) if contact.person_id else None
    if person is None:
        return Contact(contact.name, contact.role, contact.phone)
    return Contact(person.name, contact.role, person.phone, person.id)


def _data(session: Session, plan: ContingencyPlan) -> PlanData:
    return PlanData(
        kind=plan.kind, title=plan.title, trigger=plan.trigger, decides=plan.decides,
        acts=plan.acts, notes=plan.notes,
        contacts=tuple(_contact(session, c) for c in plan.contacts),
        equipment=tuple(Equipment(e.name, e.quantity, e.location) for e in plan.equipment),
        steps=tuple(s.text for s in plan.steps),
        decides_person_id=plan.decides_person_id,
        acts_post_ids=tuple(p.post_id for p in plan.posts),
    )


def _row(session: Session, plan: ContingencyPlan, position: int) -> PlanRow:
    person = session.get(Person, plan.decides_person_id) if plan.decides_person_id else None
    decider = Contact(person.name, plan.decides, person.phone, person.id) if person else None
    names = {p.id: p.name for p in session.scalars(
        select(Post).where(Post.id.in_([link.post_id for link in plan.posts])))}
    return PlanRow(plan.id, position, _data(session, plan), decider,
                   tuple(names[link.post_id] for link in plan.posts if link.post_id in names))


def _linked(session: Session, data: PlanData, strict: bool) -> PlanData:
    """The plan with its people and posts checked: a missing one is `NotFoundError` when
    `strict`, else dropped (an undo brings back a plan whose person left since: the
    contact keeps its copy of the name and phone)."""
    def exists(model, key) -> bool:
        if session.get(model, key) is not None:
            return True
        if strict:
            raise NotFoundError(model.__tablename__, key)
        return False

    contacts = tuple(c if c.person_id is None or exists(Person, c.person_id)
                     else dataclasses.replace(c, person_id=None) for c in data.contacts)
    decides = data.decides_person_id
    if decides is not None and not exists(Person, decides):
        decides = None
    posts = tuple(p for p in data.acts_post_ids if exists(Post, p))
    return data.replace(contacts=contacts, decides_person_id=decides, acts_post_ids=posts)


def _fill(session: Session, plan: ContingencyPlan, data: PlanData, strict: bool = True) -> None:
    data = _linked(session, data, strict)
    plan.kind, plan.title, plan.trigger = data.kind, data.title, data.trigger
    plan.decides, plan.acts, plan.notes = data.decides, data.acts, data.notes
    plan.decides_person_id = data.decides_person_id
    contacts = [_contact(session, PlanContact(name=c.name, role=c.role, phone=c.phone,
                                              person_id=c.person_id)) for c in data.contacts]
    # A linked contact keeps a copy of the person's name and phone as they are now.
    plan.contacts = [PlanContact(position=i, name=c.name.strip(), role=c.role.strip(),
                                 phone=c.phone.strip(), person_id=c.person_id)
                     for i, c in enumerate(contacts)]
    plan.posts = [PlanPost(position=i, post_id=post_id)
                  for i, post_id in enumerate(dict.fromkeys(data.acts_post_ids))]
    plan.equipment = [PlanEquipment(position=i, name=e.name.strip(), quantity=e.quantity,
                                    location=e.location.strip())
                      for i, e in enumerate(data.equipment)]
    plan.steps = [PlanStep(position=i, text=t) for i, t in enumerate(data.steps)]


def _ordered(session: Session) -> list[ContingencyPlan]:
    return list(session.scalars(
        select(ContingencyPlan).order_by(ContingencyPlan.sort_order, ContingencyPlan.id)))


def _renumber(plans: list[ContingencyPlan]) -> None:
    for index, plan in enumerate(plans):
        plan.sort_order = index


def list_plans(session: Session) -> list[PlanRow]:
    """Every plan in the list's order."""
    return [_row(session, p, i) for i, p in enumerate(_ordered(session))]


def get_plan(session: Session, *, plan_id: int) -> PlanRow:
    """One plan; raises `NotFoundError` when it is gone."""
    for row in list_plans(session):
        if row.id == plan_id:
            return row
    raise NotFoundError("contingency_plan", plan_id)


def plan_for_kind(session: Session, *, kind: str) -> PlanRow | None:
    """The first plan of a kind (the console shows its steps and contacts)."""
    return next((row for row in list_plans(session) if row.data.kind == kind), None)


def list_kinds(session: Session) -> list[str]:
    """The built-in kinds, then the kinds the committee added, in list order."""
    added = [row.data.kind for row in list_plans(session) if row.data.kind not in BUILTIN_KINDS]
    return list(BUILTIN_KINDS) + list(dict.fromkeys(added))


@changes(Area.CONTINGENCY)
def add_plan(session: Session, *, data: PlanData, position: int | None = None,
             plan_id: int | None = None) -> int:
    """Add a plan (at the end, or at `position`); returns its id.

    `plan_id` re-inserts it under the id a first run gave it (redo after undo);
    its contacts, equipment and steps are part of it, addressed by position.
    """
    data = validate_plan(data)
    plans = _ordered(session)
    plan = ContingencyPlan(id=plan_id)
    _fill(session, plan, data)
    session.add(plan)
    plans.insert(len(plans) if position is None else max(0, min(position, len(plans))), plan)
    _renumber(plans)
    session.flush()
    return plan.id


@changes(Area.CONTINGENCY)
def update_plan(session: Session, *, plan_id: int, data: PlanData) -> PlanData:
    """Replace a plan's content; returns the previous content (for undo)."""
    data = validate_plan(data)
    plan = session.get(ContingencyPlan, plan_id)
    if plan is None:
        raise NotFoundError("contingency_plan", plan_id)
    previous = _data(session, plan)
    _fill(session, plan, data)
    return previous


@changes(Area.CONTINGENCY)
def delete_plan(session: Session, *, plan_id: int) -> DeletedPlan:
    """Delete a plan with its contacts, equipment and steps; returns it for undo."""
    row = get_plan(session, plan_id=plan_id)
    plans = _ordered(session)
    plan = next(p for p in plans if p.id == plan_id)
    session.delete(plan)
    plans.remove(plan)
    _renumber(plans)
    return DeletedPlan(row.id, row.position, row.data)


@changes(Area.CONTINGENCY)
def restore_plan(session: Session, *, deleted: DeletedPlan) -> int:
    """Put a deleted plan back with its id and position."""
    plans = _ordered(session)
    plan = ContingencyPlan(id=deleted.id)
    _fill(session, plan, deleted.data, strict=False)
    session.add(plan)
    plans.insert(min(deleted.position, len(plans)), plan)
    _renumber(plans)
    session.flush()
    return plan.id


@changes(Area.CONTINGENCY)
def move_plan(session: Session, *, plan_id: int, position: int) -> int:
    """Move a plan to another position of the list; returns its old position."""
    plans = _ordered(session)
    index = next((i for i, p in enumerate(plans) if p.id == plan_id), None)
    if index is None:
        raise NotFoundError("contingency_plan", plan_id)
    plan = plans.pop(index)
    plans.insert(max(0, min(position, len(plans))), plan)
    _renumber(plans)
    return index
