"""Verbs and queries on acts: add, edit, duplicate, remove, status; each undoable.

Public API (verbs `(session, *, ...)`, one transaction each via `GalaDocument.run`):
- `add_act(fields, position=None, section_id=None, import_key="", act_id=None) -> int`:
  a new act; with `position` it goes straight into the running order. `act_id`
  re-inserts it under the id a first run gave it (redo after undo).
- `update_act(act_id, changes: dict) -> dict`: change some fields (names of
  `ActFields`); returns the previous values, so undo is `update_act` with them.
- `duplicate_act(act_id, title=None, copy_id=None) -> int`: a copy placed right
  after the original when that is in the order (under `copy_id` on a redo);
  undo is `remove_act`.
- `remove_act(act_id) -> RemovedAct` (other areas' links to it are cleared);
  `restore_act(removed) -> int` puts it back, links included,
  with the same id, its rehearsal timings and the order as it was.
- `set_status(act_ids, status) -> dict[int, ActStatus]` (previous statuses);
  `set_statuses(statuses: dict)` restores them.
- `set_hosts(hosts: {act_id: person_id | None}) -> dict`: who speaks each act's
  link, in one step; returns the previous hosts, so undo is the same verb.
- Queries: `get_act(act_id) -> ActRow`, `list_acts() -> list[ActRow]` (all),
  `unordered_acts() -> list[ActRow]` (submitted, not in the running order).
Order and section verbs are in `core/programme_order.py`, times and the
`running_order` query in `core/programme_schedule.py`.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from gala_manager.core.durations import MAX_SECONDS
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.memo import kept_parts
from gala_manager.core.models import (
    Act,
    ActKind,
    ActStatus,
    Base,
    Department,
    MicKind,
    Person,
    Rehearsal,
    RehearsalTiming,
)
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme.order import order_snapshot, place_act, restore_order, write_order
from gala_manager.core.programme.rows import ACT_FIELDS, ActFields, ActRow, RemovedAct
from gala_manager.core.programme.schedule import act_rows, people_by_id
from gala_manager.core.references import find_referrers

MAX_CHANGEOVER = 3600
_TEXT_FIELDS = ("title", "performers", "submitted_by_text", "contact_name", "contact_phone",
                "props", "music_file", "lighting_notes", "sound_notes", "host_link", "notes")
_TEXTS = attrgetter(*_TEXT_FIELDS)
_TEXT_LIMITS = {"title": 200, "submitted_by_text": 200, "contact_name": 100,
                "contact_phone": 40, "music_file": 500}
_ENUM_FIELDS = {"kind": ActKind, "status": ActStatus, "mic_kind": MicKind}


def validate_fields(session: Session, fields: ActFields) -> ActFields:
    """An act's fields normalised and checked (every verb writing acts passes here);
    raises `ValidationError` / `NotFoundError`."""
    changed = {name: text for name, value in zip(_TEXT_FIELDS, _TEXTS(fields), strict=True)
               if (text := value.strip() if value.__class__ is str else str(value or "").strip())
               != value}
    try:
        changed |= {name: kind(getattr(fields, name)) for name, kind in _ENUM_FIELDS.items()
                    if type(getattr(fields, name)) is not kind}
    except ValueError as exc:
        raise ValidationError("kind", "unknown_value", str(exc)) from exc
    if changed:  # no copy of a clean row: an import validates thousands
        fields = fields.replace(**changed)
    if not fields.title:
        raise ValidationError("title", "required", fields.title)
    for name, limit in _TEXT_LIMITS.items():
        if len(getattr(fields, name)) > limit:
            raise ValidationError(name, "too_long", getattr(fields, name))
    if not 0 < int(fields.duration_seconds) <= MAX_SECONDS:
        raise ValidationError("duration", "duration_range", fields.duration_seconds)
    if fields.changeover_seconds is not None and not (
            0 <= int(fields.changeover_seconds) <= MAX_CHANGEOVER):
        raise ValidationError("changeover", "duration_range", fields.changeover_seconds)
    if not 0 <= int(fields.head_count) <= 10000:
        raise ValidationError("head_count", "out_of_range", fields.head_count)
    if not 0 <= int(fields.mic_count) <= 100:
        raise ValidationError("mic_count", "out_of_range", fields.mic_count)
    if fields.fixed_start is not None and not isinstance(fields.fixed_start, dt.time):
        raise ValidationError("fixed_start", "time_format", fields.fixed_start)
    for name, model in (("submitted_by_department_id", Department),
                        ("contact_person_id", Person), ("host_person_id", Person)):
        key = getattr(fields, name)
        if key is not None and session.get(model, key) is None:
            raise NotFoundError(model.__tablename__, key)
    return fields


def _row(session: Session, act: Act) -> ActRow:
    dept = session.get(Department, act.submitted_by_department_id) \
        if act.submitted_by_department_id else None
    contact = session.get(Person, act.contact_person_id) if act.contact_person_id else None
    host = session.get(Person, act.host_person_id) if act.host_person_id else None
    return _act_row(act, dept.name if dept else None,
                    (contact.id, contact.name, contact.phone) if contact else None,
                    (host.id, host.name, host.phone) if host else None)


def _act_row(act, department: str | None, contact: tuple | None,
             host: tuple | None) -> ActRow:
    """An act (ORM object or plain row) with the names its ids refer to: department name,
    and (id, name, phone) of its contact and host."""
    return ActRow(
        id=act.id, fields=ActFields(**{name: getattr(act, name) for name in ACT_FIELDS}),
        section_id=act.section_id, position=act.position,
        submitted_by=department if department is not None else act.submitted_by_text,
        contact_name=contact[1] if contact else act.contact_name,
        # The act's own phone wins: a contact may give a number just for the night.
        contact_phone=act.contact_phone or (contact[2] if contact else ""),
        host_name=host[1] if host else "",
        import_key=act.import_key,
    )


def _get(session: Session, act_id: int) -> Act:
    act = session.get(Act, act_id)
    if act is None:
        raise NotFoundError("act", act_id)
    return act


def get_act(session: Session, *, act_id: int) -> ActRow:
    """One act."""
    return _row(session, _get(session, act_id))


def list_acts(session: Session) -> list[ActRow]:
    """Every act: the running order first, then the others by id."""
    acts = session.scalars(select(Act).order_by(Act.position.is_(None), Act.position, Act.id))
    return [_row(session, act) for act in acts]


def unordered_acts(session: Session) -> list[ActRow]:
    """Acts submitted but not in the running order, oldest first.

    Built from the plain rows the schedule keeps across changes (`act_rows`): an edit
    reads again only the acts it wrote, and an act whose inputs did not change keeps
    its row, so a side list of thousands (a sheet imported unplaced) costs an edit
    no load of ORM objects.
    """
    people = people_by_id(session)
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    kept = kept_parts(session, "unordered_acts")
    fresh: dict[int, tuple] = {}
    result = []
    for act in sorted((a for a in act_rows(session).values() if a.position is None),
                      key=attrgetter("id")):
        inputs = (act, departments.get(act.submitted_by_department_id),
                  people.get(act.contact_person_id), people.get(act.host_person_id))
        previous = kept.get(act.id)
        row = previous[1] if previous is not None and previous[0] == inputs \
            else _act_row(*inputs)
        fresh[act.id] = (inputs, row)
        result.append(row)
    kept.clear()
    kept.update(fresh)
    return result


@changes(Area.PROGRAMME)
def add_act(session: Session, *, fields: ActFields, position: int | None = None,
            section_id: int | None = None, import_key: str = "",
            act_id: int | None = None) -> int:
    """Add an act (under `act_id` when given); with `position` it is ordered too."""
    fields = validate_fields(session, fields)
    act = Act(id=act_id, import_key=import_key,
              **{name: getattr(fields, name) for name in ACT_FIELDS})
    session.add(act)
    session.flush()
    if position is not None:
        place_act(session, act_id=act.id, position=position, section_id=section_id)
    return act.id


@changes(Area.PROGRAMME)
def update_act(session: Session, *, act_id: int, changes: dict) -> dict:
    """Change some fields of an act; returns their previous values."""
    unknown = set(changes) - set(ACT_FIELDS)
    if unknown:
        raise ValidationError(sorted(unknown)[0], "unknown_field", None)
    act = _get(session, act_id)
    current = _row(session, act).fields
    fields = validate_fields(session, current.replace(**changes))
    previous = {name: getattr(current, name) for name in changes}
    for name in changes:
        setattr(act, name, getattr(fields, name))
    return previous


@changes(Area.PROGRAMME)
def duplicate_act(session: Session, *, act_id: int, title: str | None = None,
                  copy_id: int | None = None) -> int:
    """Copy an act (not its rehearsal timings) under `copy_id` if given; after it if ordered."""
    original = _get(session, act_id)
    fields = _row(session, original).fields
    if title is not None:
        fields = fields.replace(title=title)
    position = original.position + 1 if original.position is not None else None
    return add_act(session, fields=fields, position=position, section_id=None, act_id=copy_id)


@changes(Area.PROGRAMME)
def remove_act(session: Session, *, act_id: int) -> RemovedAct:
    """Delete an act with its rehearsal timings; returns what restores it."""
    act = _get(session, act_id)
    # Other areas' rows pointing at the act (a prop, a duty) are unlinked by their
    # foreign keys (SET NULL); remember them so that undo links them again.
    links = tuple((r.table, r.column, r.ids) for r in find_referrers(
        session, "act", act_id, skip={("rehearsal_timing", "act_id")}))
    order = order_snapshot(session)
    timings = tuple((rehearsal_id, seconds) for rehearsal_id, seconds in session.execute(
        select(RehearsalTiming.rehearsal_id, RehearsalTiming.measured_seconds)
        .where(RehearsalTiming.act_id == act_id)))
    removed = RemovedAct(act_id, _row(session, act).fields, act.import_key, timings, order,
                         links)
    session.delete(act)
    session.flush()
    write_order(session, [(a, s) for a, s, _ in order.placements if a != act_id])
    return removed


@changes(Area.PROGRAMME)
def restore_act(session: Session, *, removed: RemovedAct) -> int:
    """Put a removed act back with its id, timings and place in the order."""
    fields = validate_fields(session, removed.fields)
    act = Act(id=removed.act_id, import_key=removed.import_key,
              **{name: getattr(fields, name) for name in ACT_FIELDS})
    session.add(act)
    session.flush()
    for rehearsal_id, seconds in removed.timings:
        if session.get(Rehearsal, rehearsal_id) is not None:
            session.add(RehearsalTiming(rehearsal_id=rehearsal_id, act_id=act.id,
                                        measured_seconds=seconds))
    restore_order(session, snapshot=removed.order)
    for table_name, column, ids in removed.links:
        table = Base.metadata.tables[table_name]
        session.execute(update(table).where(table.c.id.in_(ids), table.c[column].is_(None))
                        .values({column: act.id}))
    return act.id


@changes(Area.PROGRAMME)
def set_status(session: Session, *, act_ids: list[int], status: ActStatus) -> dict:
    """Give several acts one status; returns their previous statuses by id."""
    status = ActStatus(status)
    previous = {}
    for act_id in act_ids:
        act = _get(session, act_id)
        previous[act_id] = act.status
        act.status = status
    return previous


@changes(Area.PROGRAMME)
def set_statuses(session: Session, *, statuses: dict) -> dict:
    """Give each act its own status (undo of `set_status`); returns the previous."""
    previous = {}
    for act_id, status in statuses.items():
        act = _get(session, act_id)
        previous[act_id] = act.status
        act.status = ActStatus(status)
    return previous


@changes(Area.PROGRAMME)
def set_hosts(session: Session, *, hosts: dict) -> dict:
    """Give each act its host (a person id, or None); returns the previous hosts."""
    previous = {}
    for act_id, person_id in hosts.items():
        act = _get(session, act_id)
        if person_id is not None and session.get(Person, person_id) is None:
            raise NotFoundError("person", person_id)
        previous[act_id] = act.host_person_id
        act.host_person_id = person_id
    return previous
