"""The console's actions: each reads the state of a run and writes one log entry, atomically.

A run is the show itself (`run` None, the show log) or a rehearsal run (`run` the
rehearsal's id: its own log, and the rehearsal's measured times follow it).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gala_manager.core.contingency import Decision, act_breakdown, get_rule_settings
from gala_manager.core.models import RehearsalKind
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme import add_rehearsal
from gala_manager.core.show.log import EventKind, LogEntry, log_action, show_log, undo_last_action
from gala_manager.core.show.programme import planned_acts
from gala_manager.core.show.rehearsal_times import sync_measured_times
from gala_manager.core.show.state import PlannedAct, ShowError, ShowState, replay


class Action(enum.StrEnum):
    """What the stage manager can do from the console."""

    START = "start"
    NEXT = "next"
    BREAKDOWN = "breakdown"  # restart, or withdraw once the restarts are used up
    NOT_READY = "not_ready"  # the next act swaps places with the one after it
    SKIP = "skip"
    INTERMISSION = "intermission"  # starts the break, or ends it
    END = "end"
    INCIDENT = "incident"
    ESCALATE = "escalate"
    RESOLVE = "resolve"
    NOTE = "note"


@dataclass(frozen=True)
class Show:
    """Everything the console shows, read in one transaction."""

    acts: tuple[PlannedAct, ...]
    log: tuple[LogEntry, ...]
    state: ShowState
    run: int | None = None  # None: the show; else the rehearsal whose run this is

    def act(self, act_id: int | None) -> PlannedAct | None:
        """A planned act by id."""
        return next((a for a in self.acts if a.act_id == act_id), None)


def read_show(session: Session, *, run: int | None = None) -> Show:
    """The running order, the log of the show (or of a rehearsal run) and its state."""
    acts = tuple(planned_acts(session))
    log = tuple(show_log(session, run=run))
    return Show(acts, log, replay(acts, log), run)


def _first(state: ShowState) -> int | None:
    return state.queue[0] if state.queue else None


def _entry(show: Show, action: Action, kind: str, severity: str,
           note: str, incident: int | None, settings) -> dict:
    state = show.state
    # Before the start only incidents, notes and the end (a postponement) make sense.
    if action != Action.START and state.started is None and action not in (
            Action.INCIDENT, Action.ESCALATE, Action.RESOLVE, Action.NOTE, Action.END):
        raise ShowError("the show has not started")
    if state.ended is not None:
        raise ShowError("the show has ended")
    on_stage = state.on_stage.act_id if state.on_stage else None
    if action == Action.START:
        if state.started is not None:
            raise ShowError("the show has started already")
        return {"kind": EventKind.SHOW_START, "act_id": _first(state)}
    if action == Action.NEXT:
        if state.intermission_start and not state.intermission_end:
            return {"kind": EventKind.INTERMISSION_END, "act_id": _first(state)}
        if on_stage is None and not state.queue:
            raise ShowError("no act left")
        return {"kind": EventKind.NEXT, "act_id": on_stage, "other_act_id": _first(state)}
    if action == Action.BREAKDOWN:
        if on_stage is None:
            raise ShowError("nothing on stage")
        advice = act_breakdown(breakdowns=state.breakdowns() + 1, settings=settings)
        if advice.decision == Decision.RESTART_ACT:
            return {"kind": EventKind.RESTART, "act_id": on_stage}
        return {"kind": EventKind.WITHDRAW, "act_id": on_stage, "other_act_id": _first(state)}
    if action == Action.NOT_READY:
        if len(state.queue) < 2:
            raise ShowError("no act to swap with")
        return {"kind": EventKind.SWAP, "act_id": state.queue[0],
                "other_act_id": state.queue[1]}
    if action == Action.SKIP:
        if not state.queue:
            raise ShowError("no act to skip")
        return {"kind": EventKind.SKIP, "act_id": state.queue[0]}
    if action == Action.INTERMISSION:
        if state.intermission_start and not state.intermission_end:
            return {"kind": EventKind.INTERMISSION_END, "act_id": _first(state)}
        if state.intermission_start:
            raise ShowError("the intermission is over")
        return {"kind": EventKind.INTERMISSION_START, "act_id": on_stage}
    if action == Action.END:
        return {"kind": EventKind.SHOW_END, "act_id": on_stage, "detail": kind}
    if action == Action.INCIDENT:
        return {"kind": EventKind.INCIDENT_START, "incident": len(state.incidents) + 1,
                "detail": kind, "note": note}
    numbers = {i.number for i in state.incidents}
    if action in (Action.ESCALATE, Action.RESOLVE):
        if incident not in {i.number for i in state.open_incidents()}:
            raise ShowError(f"incident {incident} is not running")
        if action == Action.RESOLVE:
            return {"kind": EventKind.INCIDENT_RESOLVE, "incident": incident, "note": note}
        return {"kind": EventKind.INCIDENT_ESCALATE, "incident": incident, "detail": severity,
                "note": note}
    if incident is not None and incident not in numbers:
        raise ShowError(f"no incident {incident}")
    return {"kind": EventKind.NOTE, "incident": incident, "note": note}


def _perform(session: Session, run: int | None, action: Action, at: dt.datetime, kind: str,
             severity: str, note: str, incident: int | None) -> LogEntry:
    show = read_show(session, run=run)
    fields = _entry(show, Action(action), kind, severity, note, incident,
                    get_rule_settings(session))
    act = show.act(fields.get("act_id"))
    return log_action(session, at=at, act_title=act.title if act else "", run=run, **fields)


@changes(Area.SHOW)
def perform(session: Session, *, action: Action, at: dt.datetime, kind: str = "",
            severity: str = "", note: str = "", incident: int | None = None) -> LogEntry:
    """Do one console action of the show at wall-clock `at`: replay, decide, write.

    Raises `ShowError` when the action does not fit (nothing is written then).
    """
    return _perform(session, None, action, at, kind, severity, note, incident)


@changes(Area.SHOW, Area.PROGRAMME)
def perform_in_rehearsal(session: Session, *, rehearsal_id: int, action: Action,
                         at: dt.datetime, kind: str = "", severity: str = "", note: str = "",
                         incident: int | None = None) -> LogEntry:
    """`perform` in a rehearsal run: written to its own log, never the show's, and the
    rehearsal's measured times follow what the run has timed so far."""
    entry = _perform(session, rehearsal_id, action, at, kind, severity, note, incident)
    sync_measured_times(session, rehearsal_id=rehearsal_id, show=read_show(
        session, run=rehearsal_id))
    return entry


@changes(Area.SHOW, Area.PROGRAMME)
def begin_rehearsal_run(session: Session, *, kind: RehearsalKind, at: dt.datetime) -> int:
    """Start a rehearsal run at `at`: a new rehearsal of that day, its run's first act on
    stage. Returns the rehearsal's id."""
    rehearsal_id = add_rehearsal(session, kind=RehearsalKind(kind), date=at.date())
    _perform(session, rehearsal_id, Action.START, at, "", "", "", None)
    return rehearsal_id


@changes(Area.SHOW, Area.PROGRAMME)
def undo_in_rehearsal(session: Session, *, rehearsal_id: int) -> LogEntry | None:
    """Undo the last action of a rehearsal run (its measured times follow)."""
    entry = undo_last_action(session, run=rehearsal_id)
    sync_measured_times(session, rehearsal_id=rehearsal_id, show=read_show(
        session, run=rehearsal_id))
    return entry
