"""The logs' verbs: write a console action at once, read a log, undo the last action.

`run` names the log: None is the show itself, a rehearsal id is that rehearsal's run.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import RehearsalEvent, ShowEvent
from gala_manager.core.operations import Area, changes


class EventKind(enum.StrEnum):
    """A console action. Fields used: act_id, other_act_id, incident, detail, note.

    show_start: act_id goes on first. next: act_id ends, other_act_id goes on
    (None: nobody left). restart: act_id starts again after a breakdown.
    withdraw: act_id leaves the stage, other_act_id goes on. swap: act_id (next
    in line, not ready) changes places with other_act_id. skip: act_id is
    dropped from the queue. intermission_start: act_id (if any) ends.
    intermission_end: act_id goes on. show_end: act_id (if any) ends, detail
    says why ("", "postponed", "ended_by_outage"). incident_start: incident N of
    kind `detail`. incident_escalate: detail names the step (e.g. "serious").
    incident_resolve: incident N is over. note: free text, maybe for an incident.
    draw: a lucky draw (detail "draw:<id>", act_title its name, note its account as JSON);
    it does not change the show's state, and the console's undo never removes it.
    """

    SHOW_START = "show_start"
    NEXT = "next"
    RESTART = "restart"
    WITHDRAW = "withdraw"
    SWAP = "swap"
    SKIP = "skip"
    INTERMISSION_START = "intermission_start"
    INTERMISSION_END = "intermission_end"
    SHOW_END = "show_end"
    INCIDENT_START = "incident_start"
    INCIDENT_ESCALATE = "incident_escalate"
    INCIDENT_RESOLVE = "incident_resolve"
    NOTE = "note"
    DRAW = "draw"


@dataclass(frozen=True)
class LogEntry:
    """One console action as plain values."""

    id: int
    at: dt.datetime
    kind: EventKind
    act_id: int | None = None
    act_title: str = ""
    other_act_id: int | None = None
    incident: int | None = None
    detail: str = ""
    note: str = ""


def _row(event: ShowEvent | RehearsalEvent) -> LogEntry:
    return LogEntry(event.id, event.at, EventKind(event.kind), event.act_id, event.act_title,
                    event.other_act_id, event.incident, event.detail, event.note)


def _events(run: int | None):
    """The query of a log's events, in the order they were made."""
    if run is None:
        return select(ShowEvent).order_by(ShowEvent.id)
    return (select(RehearsalEvent).where(RehearsalEvent.rehearsal_id == run)
            .order_by(RehearsalEvent.id))


def _last(session: Session, run: int | None) -> ShowEvent | RehearsalEvent | None:
    model = ShowEvent if run is None else RehearsalEvent
    return session.scalar(_events(run).order_by(None).order_by(model.id.desc()).limit(1))


def show_log(session: Session, *, run: int | None = None) -> list[LogEntry]:
    """Every console action of the show (or of rehearsal run `run`), in order."""
    return [_row(e) for e in session.scalars(_events(run))]


@changes(Area.SHOW)
def log_action(session: Session, *, at: dt.datetime, kind: EventKind, act_id: int | None = None,
               act_title: str = "", other_act_id: int | None = None,
               incident: int | None = None, detail: str = "", note: str = "",
               run: int | None = None) -> LogEntry:
    """Write one console action with its wall-clock time; committed at once by the caller."""
    kind = EventKind(kind)
    last = _last(session, run)
    if last is not None and at < last.at:
        # A clock set back during the show would reorder history; keep it monotonic.
        at = last.at
    if kind == EventKind.NOTE and not note.strip():
        raise ValidationError("note", "required", note)
    fields = dict(at=at.replace(microsecond=0), kind=kind.value, act_id=act_id,
                  act_title=act_title, other_act_id=other_act_id, incident=incident,
                  detail=detail, note=note.strip())
    event = ShowEvent(**fields) if run is None else RehearsalEvent(rehearsal_id=run, **fields)
    session.add(event)
    session.flush()
    return _row(event)


@changes(Area.SHOW)
def undo_last_action(session: Session, *, run: int | None = None) -> LogEntry | None:
    """Delete the last console action of a log; returns it (None when the log is empty).

    Lucky draws are passed over: a draw is a record the hall saw, never taken back.
    """
    model = ShowEvent if run is None else RehearsalEvent
    last = session.scalar(_events(run).where(model.kind != EventKind.DRAW.value)
                          .order_by(None).order_by(model.id.desc()).limit(1))
    if last is None:
        return None
    entry = _row(last)
    session.delete(last)
    return entry

