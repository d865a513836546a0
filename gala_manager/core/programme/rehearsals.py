"""Rehearsals with measured act times, and the gala-wide programme settings.

Public API (verbs `(session, *, ...)`, each one transaction, each returning
what undo needs):
- `get_programme_settings() -> ProgrammeSettingsRow`;
  `set_programme_settings(settings) -> ProgrammeSettingsRow` (the previous).
- `list_rehearsals() -> list[RehearsalRow]` (oldest first, timings included);
  `rehearsal_timings(rehearsal_id) -> {act_id: seconds}`.
- `add_rehearsal(kind, date=None, notes="", timings=None, rehearsal_id=None) -> int`
  (`rehearsal_id`: the id a first run gave, on a redo); `remove_rehearsal(rehearsal_id)
  -> RehearsalRow`; `restore_rehearsal(row) -> int` (same id and timings).
- `record_timings(rehearsal_id, timings: {act_id: seconds | None}) -> dict`: sets
  (None clears) measured times; returns the previous ones in the same shape.
- `latest_measurements() -> {act_id: seconds}`: each act's time at its latest
  rehearsal (by date, final after first, then entry order).
- `apply_measured_durations(rehearsal_id=None, act_ids=None) -> {act_id: previous
  duration}`: planned durations := measured, one step; `set_durations(durations)`
  is its undo (and returns the replaced durations, so it is also the redo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gala_manager.core.durations import MAX_SECONDS
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import (
    Act,
    ProgrammeSettings,
    Rehearsal,
    RehearsalKind,
    RehearsalTiming,
)
from gala_manager.core.operations import Area, changes

SETTINGS_ID = 1


@dataclass(frozen=True)
class ProgrammeSettingsRow:
    """Default changeover between acts, and how many microphones the gala has."""

    default_changeover_seconds: int = 60
    mic_count: int | None = None


@dataclass(frozen=True)
class RehearsalRow:
    """A rehearsal and its measured times by act id."""

    id: int
    kind: RehearsalKind
    date: dt.date | None
    notes: str = ""
    timings: dict = field(default_factory=dict)


def get_programme_settings(session: Session) -> ProgrammeSettingsRow:
    """The programme settings (defaults when never set)."""
    row = session.get(ProgrammeSettings, SETTINGS_ID)
    if row is None:
        return ProgrammeSettingsRow()
    return ProgrammeSettingsRow(row.default_changeover_seconds, row.mic_count)


@changes(Area.PROGRAMME)
def set_programme_settings(session: Session, *,
                           settings: ProgrammeSettingsRow) -> ProgrammeSettingsRow:
    """Replace the programme settings; returns the previous ones."""
    if not 0 <= settings.default_changeover_seconds <= 3600:
        raise ValidationError("default_changeover", "duration_range",
                              settings.default_changeover_seconds)
    if settings.mic_count is not None and not 0 <= settings.mic_count <= 100:
        raise ValidationError("mic_count", "out_of_range", settings.mic_count)
    previous = get_programme_settings(session)
    row = session.get(ProgrammeSettings, SETTINGS_ID)
    if row is None:
        row = ProgrammeSettings(id=SETTINGS_ID)
        session.add(row)
    row.default_changeover_seconds = settings.default_changeover_seconds
    row.mic_count = settings.mic_count
    return previous


def _rehearsal(session: Session, rehearsal_id: int) -> Rehearsal:
    rehearsal = session.get(Rehearsal, rehearsal_id)
    if rehearsal is None:
        raise NotFoundError("rehearsal", rehearsal_id)
    return rehearsal


def _timings(session: Session, rehearsal_id: int) -> dict[int, int]:
    rows = session.execute(select(RehearsalTiming.act_id, RehearsalTiming.measured_seconds)
                           .where(RehearsalTiming.rehearsal_id == rehearsal_id))
    return {act_id: seconds for act_id, seconds in rows}


def rehearsal_timings(session: Session, *, rehearsal_id: int) -> dict[int, int]:
    """One rehearsal's measured seconds by act id."""
    return _timings(session, rehearsal_id)


def _sort_key(r: Rehearsal) -> tuple:
    return (r.date or dt.date.min, r.kind == RehearsalKind.FINAL, r.id)


def list_rehearsals(session: Session) -> list[RehearsalRow]:
    """Every rehearsal, oldest first, with its timings."""
    rehearsals = sorted(session.scalars(select(Rehearsal)), key=_sort_key)
    return [RehearsalRow(r.id, r.kind, r.date, r.notes, _timings(session, r.id))
            for r in rehearsals]


@changes(Area.PROGRAMME)
def add_rehearsal(session: Session, *, kind: RehearsalKind, date: dt.date | None = None,
                  notes: str = "", timings: dict | None = None,
                  rehearsal_id: int | None = None) -> int:
    """Record a rehearsal (under `rehearsal_id` if given), with measured times by act id."""
    rehearsal = Rehearsal(id=rehearsal_id, kind=RehearsalKind(kind), date=date,
                          notes=notes.strip())
    session.add(rehearsal)
    session.flush()
    if timings:
        record_timings(session, rehearsal_id=rehearsal.id, timings=timings)
    return rehearsal.id


@changes(Area.PROGRAMME)
def remove_rehearsal(session: Session, *, rehearsal_id: int) -> RehearsalRow:
    """Delete a rehearsal and its timings; returns it for `restore_rehearsal`."""
    rehearsal = _rehearsal(session, rehearsal_id)
    row = RehearsalRow(rehearsal.id, rehearsal.kind, rehearsal.date, rehearsal.notes,
                       _timings(session, rehearsal_id))
    session.execute(delete(RehearsalTiming).where(RehearsalTiming.rehearsal_id == rehearsal_id))
    session.delete(rehearsal)
    return row


@changes(Area.PROGRAMME)
def restore_rehearsal(session: Session, *, row: RehearsalRow) -> int:
    """Put a removed rehearsal back with its id and timings."""
    session.add(Rehearsal(id=row.id, kind=row.kind, date=row.date, notes=row.notes))
    session.flush()
    for act_id, seconds in row.timings.items():
        if session.get(Act, act_id) is not None:
            session.add(RehearsalTiming(rehearsal_id=row.id, act_id=act_id,
                                        measured_seconds=seconds))
    return row.id


@changes(Area.PROGRAMME)
def record_timings(session: Session, *, rehearsal_id: int, timings: dict) -> dict:
    """Set measured seconds per act (None removes one); returns the previous."""
    _rehearsal(session, rehearsal_id)
    existing = {t.act_id: t for t in session.scalars(
        select(RehearsalTiming).where(RehearsalTiming.rehearsal_id == rehearsal_id))}
    previous = {}
    for act_id, seconds in timings.items():
        if session.get(Act, act_id) is None:
            raise NotFoundError("act", act_id)
        if seconds is not None and not 0 < int(seconds) <= MAX_SECONDS:
            raise ValidationError("measured", "duration_range", seconds)
        timing = existing.get(act_id)
        previous[act_id] = timing.measured_seconds if timing else None
        if seconds is None:
            if timing is not None:
                session.delete(timing)
        elif timing is None:
            session.add(RehearsalTiming(rehearsal_id=rehearsal_id, act_id=act_id,
                                        measured_seconds=int(seconds)))
        else:
            timing.measured_seconds = int(seconds)
    session.flush()
    return previous


def latest_measurements(session: Session) -> dict[int, int]:
    """Each act's measured seconds at the latest rehearsal that timed it."""
    result: dict[int, int] = {}
    for rehearsal in sorted(session.scalars(select(Rehearsal)), key=_sort_key):
        result.update(_timings(session, rehearsal.id))
    return result


@changes(Area.PROGRAMME)
def set_durations(session: Session, *, durations: dict) -> dict:
    """Set planned durations by act id; returns the replaced ones."""
    previous = {}
    for act_id, seconds in durations.items():
        act = session.get(Act, act_id)
        if act is None:
            raise NotFoundError("act", act_id)
        if not 0 < int(seconds) <= MAX_SECONDS:
            raise ValidationError("duration", "duration_range", seconds)
        previous[act_id] = act.duration_seconds
        act.duration_seconds = int(seconds)
    return previous


@changes(Area.PROGRAMME)
def apply_measured_durations(session: Session, *, rehearsal_id: int | None = None,
                             act_ids: list[int] | None = None) -> dict:
    """Planned := measured for the given acts (all timed acts by default)."""
    if rehearsal_id is None:
        measured = latest_measurements(session)
    else:
        _rehearsal(session, rehearsal_id)
        measured = _timings(session, rehearsal_id)
    if act_ids is not None:
        measured = {k: v for k, v in measured.items() if k in set(act_ids)}
    current = {act_id: seconds for act_id, seconds in session.execute(
        select(Act.id, Act.duration_seconds).where(Act.id.in_(measured)))}
    changed = {k: v for k, v in measured.items() if current.get(k) not in (None, v)}
    return set_durations(session, durations=changed)
