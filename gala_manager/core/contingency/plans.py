"""Verbs on contingency plans and the rule thresholds, with plain-value rows for the UI."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.contingency.rules import RuleSettings
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import (
    ContingencyPlan,
    ContingencySettings,
    PlanContact,
    PlanEquipment,
    PlanStep,
)
from gala_manager.core.operations import Area, changes

SETTINGS_ID = 1
# The plan's four kinds; any other text is a kind the committee added.
BUILTIN_KINDS = ("programme", "injury", "power", "disorder")


@dataclass(frozen=True)
class Contact:
    """Someone to call, with a phone."""

    name: str
    role: str = ""
    phone: str = ""


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
    decides: str = ""
    acts: str = ""
    contacts: tuple[Contact, ...] = ()
    equipment: tuple[Equipment, ...] = ()
    steps: tuple[str, ...] = ()
    notes: str = ""

    def replace(self, **kwargs: object) -> PlanData:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **kwargs)


@dataclass(frozen=True)
class PlanRow:
    """A stored plan: its id, its position in the list, and its data."""

    id: int
    position: int
    data: PlanData


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
        if not contact.name.strip():
            raise ValidationError("contacts", "required", contact)
    for item in data.equipment:
        if not item.name.strip():
            raise ValidationError("equipment", "required", item)
        if not 0 <= item.quantity <= 100000:
            raise ValidationError("equipment", "out_of_range", item.quantity)
    steps = tuple(s.strip() for s in data.steps if s.strip())
    return data.replace(kind=kind, title=title, steps=steps)


def _data(plan: ContingencyPlan) -> PlanData:
    return PlanData(
        kind=plan.kind, title=plan.title, trigger=plan.trigger, decides=plan.decides,
        acts=plan.acts, notes=plan.notes,
        contacts=tuple(Contact(c.name, c.role, c.phone) for c in plan.contacts),
        equipment=tuple(Equipment(e.name, e.quantity, e.location) for e in plan.equipment),
        steps=tuple(s.text for s in plan.steps),
    )


def _fill(plan: ContingencyPlan, data: PlanData) -> None:
    plan.kind, plan.title, plan.trigger = data.kind, data.title, data.trigger
    plan.decides, plan.acts, plan.notes = data.decides, data.acts, data.notes
    plan.contacts = [PlanContact(position=i, name=c.name.strip(), role=c.role.strip(),
                                 phone=c.phone.strip()) for i, c in enumerate(data.contacts)]
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
    return [PlanRow(p.id, i, _data(p)) for i, p in enumerate(_ordered(session))]


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
    _fill(plan, data)
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
    previous = _data(plan)
    _fill(plan, data)
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
    _fill(plan, deleted.data)
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


def get_rule_settings(session: Session) -> RuleSettings:
    """The gala's rule thresholds (the plan's defaults until the committee changes them)."""
    row = session.get(ContingencySettings, SETTINGS_ID)
    if row is None:
        return RuleSettings()
    return RuleSettings(**{f.name: getattr(row, f.name)
                           for f in dataclasses.fields(RuleSettings)})


_LIMITS = {"start_delay_max_minutes": (0, 600), "first_half_outage_minutes": (1, 240),
           "second_half_outage_minutes": (1, 240), "standby_count": (0, 10),
           "restarts_allowed": (0, 10)}


@changes(Area.CONTINGENCY)
def set_rule_settings(session: Session, *, settings: RuleSettings) -> RuleSettings:
    """Store new thresholds; returns the previous ones (for undo)."""
    for name, (low, high) in _LIMITS.items():
        value = getattr(settings, name)
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(name, "out_of_range", value)
    previous = get_rule_settings(session)
    row = session.get(ContingencySettings, SETTINGS_ID)
    if row is None:
        row = ContingencySettings(id=SETTINGS_ID)
        session.add(row)
    for name in _LIMITS:
        setattr(row, name, getattr(settings, name))
    return previous
