"""Host selection: candidates, chosen and confirmed hosts, and the wanted mix."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.memo import memoized
from gala_manager.core.models import Gender, Person, PersonRole, Role, StaffSettings
from gala_manager.core.operations import Area, changes
from gala_manager.core.staff.person_edits import write_roles

SETTINGS_ID = 1


class HostStatus(enum.StrEnum):
    """Where a person stands in the host selection."""

    NONE = "none"
    CANDIDATE = "candidate"
    CHOSEN = "chosen"  # provisional until confirmed
    CONFIRMED = "confirmed"


@dataclass(frozen=True)
class HostPlan:
    """How many hosts the gala wants, and how many of them male and female."""

    wanted: int = 4
    male: int = 2
    female: int = 2


@dataclass(frozen=True)
class RoleState:
    """A person's roles, kept to undo a change of host status."""

    roles: frozenset[Role]
    host_confirmed: bool


@dataclass(frozen=True)
class HostRow:
    """A person in the host selection."""

    person_id: int
    name: str
    gender: Gender
    department_name: str
    status: HostStatus


@dataclass(frozen=True)
class HostSummary:
    """The selection against the plan."""

    plan: HostPlan
    rows: list[HostRow]

    @property
    def hosts(self) -> list[HostRow]:
        """Chosen and confirmed hosts."""
        return [r for r in self.rows if r.status in (HostStatus.CHOSEN, HostStatus.CONFIRMED)]

    def count(self, gender: Gender) -> int:
        """Hosts of a gender."""
        return sum(1 for r in self.hosts if r.gender == gender)

    @property
    def matches(self) -> bool:
        """The selection has the wanted number and mix."""
        return (len(self.hosts) == self.plan.wanted and self.count(Gender.MALE) == self.plan.male
                and self.count(Gender.FEMALE) == self.plan.female)


def get_host_plan(session: Session) -> HostPlan:
    """The wanted host mix (4 = 2 + 2 until the committee says otherwise)."""
    row = session.get(StaffSettings, SETTINGS_ID)
    if row is None:
        return HostPlan()
    return HostPlan(row.hosts_wanted, row.hosts_male, row.hosts_female)


@changes(Area.STAFF)
def set_host_plan(session: Session, *, plan: HostPlan) -> HostPlan:
    """Set the wanted host mix; returns the previous one."""
    for name in ("wanted", "male", "female"):
        value = getattr(plan, name)
        if not isinstance(value, int) or not 0 <= value <= 20:
            raise ValidationError(name, "out_of_range", value)
    if plan.male + plan.female > plan.wanted:
        raise ValidationError("male", "mix_above_wanted", plan.male + plan.female)
    previous = get_host_plan(session)
    row = session.get(StaffSettings, SETTINGS_ID)
    if row is None:
        row = StaffSettings(id=SETTINGS_ID)
        session.add(row)
    row.hosts_wanted, row.hosts_male, row.hosts_female = plan.wanted, plan.male, plan.female
    return previous


def _status(roles: dict[Role, bool]) -> HostStatus:
    if Role.HOST in roles:
        return HostStatus.CONFIRMED if roles[Role.HOST] else HostStatus.CHOSEN
    return HostStatus.CANDIDATE if Role.HOST_CANDIDATE in roles else HostStatus.NONE


def _roles_of(session: Session, person_id: int) -> dict[Role, bool]:
    return dict(session.execute(select(PersonRole.role, PersonRole.confirmed)
                                .where(PersonRole.person_id == person_id)).all())


@memoized(Area.STAFF, Area.PEOPLE)
def host_summary(session: Session) -> HostSummary:
    """Candidates and hosts with their status, and the wanted plan."""
    from gala_manager.core.models import Department

    roles: dict[int, dict[Role, bool]] = {}
    for pid, role, confirmed in session.execute(
            select(PersonRole.person_id, PersonRole.role, PersonRole.confirmed)
            .where(PersonRole.role.in_([Role.HOST, Role.HOST_CANDIDATE]))):
        roles.setdefault(pid, {})[role] = confirmed
    rows = []
    if roles:
        for person, dept in session.execute(
                select(Person, Department.name)
                .outerjoin(Department, Person.department_id == Department.id)
                .where(Person.id.in_(roles)).order_by(Person.id)):
            rows.append(HostRow(person.id, person.name, person.gender, dept or "",
                                _status(roles[person.id])))
    return HostSummary(get_host_plan(session), rows)


@changes(Area.STAFF)
def set_host_status(session: Session, *, person_id: int, status: HostStatus) -> RoleState:
    """Make a person a candidate, a chosen or confirmed host, or none of these.

    A chosen host stays a candidate too, so un-choosing keeps them in the
    pool. Returns the previous roles for `restore_roles`.
    """
    if session.get(Person, person_id) is None:
        raise NotFoundError("person", person_id)
    current = _roles_of(session, person_id)
    previous = RoleState(frozenset(current), current.get(Role.HOST, False))
    roles = set(current) - {Role.HOST, Role.HOST_CANDIDATE}
    status = HostStatus(status)
    if status != HostStatus.NONE:
        roles.add(Role.HOST_CANDIDATE)
    if status in (HostStatus.CHOSEN, HostStatus.CONFIRMED):
        roles.add(Role.HOST)
    write_roles(session, person_id, frozenset(roles), status == HostStatus.CONFIRMED)
    return previous


@changes(Area.STAFF)
def restore_roles(session: Session, *, person_id: int, state: RoleState) -> RoleState:
    """Give a person back the roles they had (undo of a host status change)."""
    if session.get(Person, person_id) is None:
        raise NotFoundError("person", person_id)
    current = _roles_of(session, person_id)
    write_roles(session, person_id, state.roles, state.host_confirmed)
    return RoleState(frozenset(current), current.get(Role.HOST, False))
