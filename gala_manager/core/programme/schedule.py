"""The running order with computed times: the query every reader of the programme uses.

Public API:
- `running_order(session) -> list[ScheduledAct]`: the order, first to last, with
  start/end datetimes, gaps/overlaps at fixed starts, measured times, contacts
  and host names. Without a gala date the times fall on `NOMINAL_DATE`. Read
  with plain selects and memoized: one schedule per change for every reader.
- `programme_summary(session, schedule=None) -> ProgrammeSummary`: planned end,
  total running time and the verdict against the gala's shortest/longest length.
- `UNNUMBERED_KINDS`: kinds that get no act number (intermission, host segment).
"""

from __future__ import annotations

import datetime as dt
from collections import namedtuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.gala import get_gala_facts
from gala_manager.core.memo import kept_parts, kept_rows, memoized
from gala_manager.core.models import Act, ActKind, Department, Person, Section
from gala_manager.core.operations import Area
from gala_manager.core.programme.rehearsals import get_programme_settings, latest_measurements
from gala_manager.core.programme.rows import (
    ACT_FIELDS,
    ProgrammeSummary,
    ScheduledAct,
    Verdict,
    total_minutes,
)
from gala_manager.core.programme.times import Slot, Timing, retime

NOMINAL_DATE = dt.date(2000, 1, 1)
UNNUMBERED_KINDS = frozenset({ActKind.INTERMISSION, ActKind.HOST_SEGMENT})


def show_start(session: Session) -> dt.datetime:
    """When the show starts (on `NOMINAL_DATE` while the gala has no date)."""
    facts = get_gala_facts(session)
    return dt.datetime.combine(facts.date or NOMINAL_DATE, facts.start_time)


# The act columns the schedule reads, selected as plain rows (no ORM objects).
_Act = namedtuple("_Act", ("id", "position", "section_id", "import_key", *ACT_FIELDS))
_ACT_SELECT = select(*(getattr(Act, name) for name in _Act._fields))


def act_rows(session: Session) -> dict[int, _Act]:
    """Every act by id as a plain row (kept across changes: see `core/memo.kept_rows`)."""
    def read(ids):
        query = _ACT_SELECT if ids is None else _ACT_SELECT.where(Act.id.in_(sorted(ids)))
        return [_Act._make(row) for row in session.connection().execute(query)]

    return kept_rows(session, "act_rows", "act", read)


def people_by_id(session: Session) -> dict[int, tuple[int, str, str]]:
    """(id, name, phone) of every person by id, kept like the acts."""
    def read(ids):
        query = select(Person.id, Person.name, Person.phone)
        if ids is not None:
            query = query.where(Person.id.in_(sorted(ids)))
        return [tuple(row) for row in session.connection().execute(query)]

    return kept_rows(session, "schedule_people", "person", read)


def _in_order(act: _Act) -> tuple[int, int]:
    return act.position, act.id


def _scheduled(act: _Act, changeover: int, timing: Timing, number: int,
               section: tuple | None, measured: int | None, contact: tuple | None,
               host: tuple | None, department: str | None,
               first_day: dt.date) -> ScheduledAct:
    section_kind, section_name = section or (None, "")
    return ScheduledAct(
        act_id=act.id, position=act.position, number=number,
        section_id=act.section_id, section_kind=section_kind, section_name=section_name,
        title=act.title, kind=act.kind, status=act.status, performers=act.performers,
        head_count=act.head_count,
        submitted_by=department if department is not None else act.submitted_by_text,
        duration_seconds=act.duration_seconds, changeover_seconds=changeover,
        changeover_is_default=act.changeover_seconds is None,
        fixed_start=act.fixed_start, start=timing.start, end=timing.end,
        gap_seconds=timing.gap_seconds, measured_seconds=measured,
        contact_name=contact[1] if contact else act.contact_name,
        contact_phone=act.contact_phone or (contact[2] if contact else ""),
        host_link=act.host_link, host_person_id=act.host_person_id,
        host_name=host[1] if host else "",
        mic_count=act.mic_count, mic_kind=act.mic_kind, props=act.props,
        music_file=act.music_file, lighting_notes=act.lighting_notes,
        sound_notes=act.sound_notes, notes=act.notes,
        day_offset=(timing.start.date() - first_day).days,
    )


@memoized(Area.PROGRAMME, Area.GALA, Area.PEOPLE)
def running_order(session: Session) -> list[ScheduledAct]:
    """Every act of the running order with its computed times."""
    acts = sorted((a for a in act_rows(session).values() if a.position is not None),
                  key=_in_order)
    default = get_programme_settings(session).default_changeover_seconds
    start = show_start(session)
    slots = [Slot(a.duration_seconds,
                  default if a.changeover_seconds is None else a.changeover_seconds,
                  a.fixed_start) for a in acts]
    clock = kept_parts(session, "running_order_clock")
    timings = retime(start, slots, clock.get("previous"))
    clock["previous"] = (start, slots, timings)
    # One query per table rather than per act: the order may hold thousands.
    people = people_by_id(session)
    departments = dict(session.execute(select(Department.id, Department.name)).all())
    sections = {id_: (kind, name) for id_, kind, name in session.execute(
        select(Section.id, Section.kind, Section.name))}
    measured = latest_measurements(session)
    # An act whose inputs did not change keeps its row object from the last
    # schedule: after a one-act edit only that row is built (and repainted).
    kept = kept_parts(session, "running_order")
    fresh: dict[int, tuple] = {}
    result = []
    number = 0
    first_day = start.date()
    for act, slot, timing in zip(acts, slots, timings, strict=True):
        unnumbered = act.kind in UNNUMBERED_KINDS
        if not unnumbered:
            number += 1
        changeover = slot.changeover_seconds
        inputs = (act, changeover, timing, number, sections.get(act.section_id),
                  measured.get(act.id), people.get(act.contact_person_id),
                  people.get(act.host_person_id),
                  departments.get(act.submitted_by_department_id), first_day)
        previous = kept.get(act.id)
        row = previous[1] if previous is not None and previous[0] == inputs else _scheduled(
            act, changeover, timing, 0 if unnumbered else number, *inputs[4:])
        fresh[act.id] = (inputs, row)
        result.append(row)
    kept.clear()
    kept.update(fresh)
    return result


def programme_summary(session: Session,
                      schedule: list[ScheduledAct] | None = None) -> ProgrammeSummary:
    """Planned end and running total against the gala's planned length."""
    facts = get_gala_facts(session)
    schedule = running_order(session) if schedule is None else schedule
    start = show_start(session)
    if schedule:
        total = int((schedule[-1].end - start).total_seconds())
        end = schedule[-1].end
    else:
        total, end = 0, None
    return summarise(start, end, total, len(schedule), facts.planned_minutes,
                     facts.min_minutes, facts.max_minutes)


def summarise(start: dt.datetime, end: dt.datetime | None, total: int, count: int,
              planned: int, shortest: int, longest: int) -> ProgrammeSummary:
    """The verdict on a total (pure; whole minutes, rounded to the nearest)."""
    minutes = total_minutes(total)
    if minutes < shortest:
        verdict, difference = Verdict.UNDER, shortest - minutes
    elif minutes > longest:
        verdict, difference = Verdict.OVER, minutes - longest
    else:
        verdict, difference = Verdict.WITHIN, minutes - planned
    return ProgrammeSummary(start, end, total, count, planned, shortest, longest,
                            verdict, difference)

