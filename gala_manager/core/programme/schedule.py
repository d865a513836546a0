"""The running order with computed times: the query every reader of the programme uses.

Public API:
- `running_order(session) -> list[ScheduledAct]`: the order, first to last, with
  start/end datetimes, gaps/overlaps at fixed starts, measured times, contacts
  and host names. Without a gala date the times fall on `NOMINAL_DATE`.
- `programme_summary(session, schedule=None) -> ProgrammeSummary`: planned end,
  total running time and the verdict against the gala's shortest/longest length.
- `UNNUMBERED_KINDS`: kinds that get no act number (intermission, host segment).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.gala import get_gala_facts
from gala_manager.core.models import ActKind, Department, Person, Section
from gala_manager.core.programme.order import ordered_acts
from gala_manager.core.programme.rehearsals import get_programme_settings, latest_measurements
from gala_manager.core.programme.rows import ProgrammeSummary, ScheduledAct, Verdict
from gala_manager.core.programme.times import Slot, compute_times

NOMINAL_DATE = dt.date(2000, 1, 1)
UNNUMBERED_KINDS = frozenset({ActKind.INTERMISSION, ActKind.HOST_SEGMENT})


def show_start(session: Session) -> dt.datetime:
    """When the show starts (on `NOMINAL_DATE` while the gala has no date)."""
    facts = get_gala_facts(session)
    return dt.datetime.combine(facts.date or NOMINAL_DATE, facts.start_time)


def running_order(session: Session) -> list[ScheduledAct]:
    """Every act of the running order with its computed times."""
    acts = ordered_acts(session)
    default = get_programme_settings(session).default_changeover_seconds
    start = show_start(session)
    changeovers = [a.changeover_seconds if a.changeover_seconds is not None else default
                   for a in acts]
    timings = compute_times(start, [
        Slot(a.duration_seconds, c, a.fixed_start) for a, c in zip(acts, changeovers,
                                                                    strict=True)])
    # One query per table rather than per act: the order may hold thousands.
    people = {p.id: p for p in session.scalars(select(Person))}
    departments = {d.id: d.name for d in session.scalars(select(Department))}
    sections = {s.id: s for s in session.scalars(select(Section))}
    measured = latest_measurements(session)
    result = []
    number = 0
    for act, changeover, timing in zip(acts, changeovers, timings, strict=True):
        if act.kind not in UNNUMBERED_KINDS:
            number += 1
        contact = people.get(act.contact_person_id)
        host = people.get(act.host_person_id)
        section = sections.get(act.section_id)
        result.append(ScheduledAct(
            act_id=act.id, position=act.position, number=0 if act.kind in UNNUMBERED_KINDS
            else number,
            section_id=act.section_id, section_kind=section.kind if section else None,
            section_name=section.name if section else "",
            title=act.title, kind=act.kind, status=act.status, performers=act.performers,
            head_count=act.head_count,
            submitted_by=departments.get(act.submitted_by_department_id,
                                         act.submitted_by_text),
            duration_seconds=act.duration_seconds, changeover_seconds=changeover,
            changeover_is_default=act.changeover_seconds is None,
            fixed_start=act.fixed_start, start=timing.start, end=timing.end,
            gap_seconds=timing.gap_seconds, measured_seconds=measured.get(act.id),
            contact_name=contact.name if contact else act.contact_name,
            contact_phone=act.contact_phone or (contact.phone if contact else ""),
            host_link=act.host_link, host_person_id=act.host_person_id,
            host_name=host.name if host else "",
            mic_count=act.mic_count, mic_kind=act.mic_kind, props=act.props,
            music_file=act.music_file, lighting_notes=act.lighting_notes,
            sound_notes=act.sound_notes, notes=act.notes,
            day_offset=(timing.start.date() - start.date()).days,
        ))
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
    minutes = round(total / 60)
    if minutes < shortest:
        verdict, difference = Verdict.UNDER, shortest - minutes
    elif minutes > longest:
        verdict, difference = Verdict.OVER, minutes - longest
    else:
        verdict, difference = Verdict.WITHIN, minutes - planned
    return ProgrammeSummary(start, end, total, count, planned, shortest, longest,
                            verdict, difference)

