"""The console's actions: each reads the show's state and writes one log entry, atomically."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gala_manager.core.contingency import Decision, act_breakdown, get_rule_settings
from gala_manager.core.operations import Area, changes
from gala_manager.core.show.log import EventKind, LogEntry, log_action, show_log
from gala_manager.core.show.programme import planned_acts
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

    def act(self, act_id: int | None) -> PlannedAct | None:
        """A planned act by id."""
        return next((a for a in self.acts if a.act_id == act_id), None)


def read_show(session: Session) -> Show:
    """The running order, the log and the state replayed from it."""
    acts = tuple(planned_acts(session))
    log = tuple(show_log(session))
    return Show(acts, log, replay(acts, log))


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


@changes(Area.SHOW)
def perform(session: Session, *, action: Action, at: dt.datetime, kind: str = "",
            severity: str = "", note: str = "", incident: int | None = None) -> LogEntry:
    """Do one console action at wall-clock `at`: replay, decide the entry, write it.

    Raises `ShowError` when the action does not fit (nothing is written then).
    """
    show = read_show(session)
    fields = _entry(show, Action(action), kind, severity, note, incident,
                    get_rule_settings(session))
    act = show.act(fields.get("act_id"))
    return log_action(session, at=at, act_title=act.title if act else "", **fields)
