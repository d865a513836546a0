"""Build the demo gala's programme: sections, acts, settings and the first rehearsal."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.demo.programme_data import (
    ACTS,
    DEFAULT_CHANGEOVER,
    FIRST_REHEARSAL,
    MIC_COUNT,
)
from gala_manager.core.models import Department, Person, RehearsalKind, SectionKind
from gala_manager.core.programme.acts import add_act
from gala_manager.core.programme.rehearsals import (
    ProgrammeSettingsRow,
    add_rehearsal,
    record_timings,
    set_programme_settings,
)
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.sections import add_section

# Keys of the demo data that are not ActFields names.
_RENAMED = {"duration": "duration_seconds", "changeover": "changeover_seconds"}
_EXTRA = ("half", "by", "contact", "host", "measured", "track")


def _fields(data: dict, people: dict[str, int], departments: dict[str, int]) -> ActFields:
    values = {_RENAMED.get(k, k): v for k, v in data.items() if k not in _EXTRA}
    by = data.get("by", "")
    if by in departments:
        values["submitted_by_department_id"] = departments[by]
    else:
        values["submitted_by_text"] = by
    contact = data.get("contact")
    if isinstance(contact, str):
        values["contact_person_id"] = people[contact]
    elif contact:
        values["contact_name"], values["contact_phone"] = contact
    if data.get("host"):
        values["host_person_id"] = people[data["host"]]
    return ActFields(**values)


def fill_programme(session: Session) -> None:
    """The demo programme: two halves, the intermission, a first rehearsal."""
    set_programme_settings(session, settings=ProgrammeSettingsRow(DEFAULT_CHANGEOVER, MIC_COUNT))
    people = {p.name: p.id for p in session.scalars(select(Person))}
    departments = {d.name: d.id for d in session.scalars(select(Department))}
    halves = {1: add_section(session, kind=SectionKind.FIRST_HALF),
              2: add_section(session, kind=SectionKind.SECOND_HALF)}
    measured = {}
    position = 0
    for data in ACTS:
        fields = _fields(data, people, departments)
        if data["half"] is None:
            act_id = add_act(session, fields=fields)
        else:
            position += 1
            act_id = add_act(session, fields=fields, position=position,
                             section_id=halves[data["half"]])
        if data.get("measured"):
            measured[act_id] = data["measured"]
    rehearsal = add_rehearsal(session, kind=RehearsalKind.FIRST, date=FIRST_REHEARSAL,
                              notes="在西广场舞台，音响师全程配合")
    record_timings(session, rehearsal_id=rehearsal, timings=measured)
