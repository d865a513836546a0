"""The live show as a state machine: replaying the log gives where the show stands now."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from gala_manager.core.contingency import IncidentKind, Phase
from gala_manager.core.errors import GalaError
from gala_manager.core.show.log import EventKind, LogEntry


@dataclass(frozen=True)
class PlannedAct:
    """An act of the running order as the console needs it."""

    act_id: int
    title: str
    duration_seconds: int
    changeover_seconds: int
    planned_start: dt.datetime
    planned_end: dt.datetime
    second_half: bool = False
    intermission: bool = False
    number: int = 0
    contact_name: str = ""
    contact_phone: str = ""
    host_name: str = ""
    host_link: str = ""  # what the host says before the act
    music_file: str = ""
    # The act has a fixed start: the stage waits for its time rather than run it early.
    fixed_start: bool = False


class Outcome(enum.StrEnum):
    """How an act's night ended."""

    DONE = "done"
    WITHDRAWN = "withdrawn"
    SKIPPED = "skipped"
    NOT_REACHED = "not_reached"  # the show ended before it


@dataclass(frozen=True)
class ActRun:
    """An act that went on (or was dropped): its actual times and what happened."""

    act_id: int
    start: dt.datetime | None = None  # first start
    end: dt.datetime | None = None
    restarts: tuple[dt.datetime, ...] = ()
    outcome: Outcome | None = None  # None while on stage


@dataclass(frozen=True)
class Incident:
    """An incident of the night with its timeline."""

    number: int
    kind: str
    start: dt.datetime
    phase: Phase
    end: dt.datetime | None = None
    escalations: tuple[tuple[dt.datetime, str], ...] = ()
    notes: tuple[tuple[dt.datetime, str], ...] = ()

    @property
    def open(self) -> bool:
        """Still running."""
        return self.end is None

    @property
    def severity(self) -> str:
        """The latest escalation step ("" when none)."""
        return self.escalations[-1][1] if self.escalations else ""


class ShowError(GalaError):
    """A console action that does not fit the show's state (e.g. next before start)."""


@dataclass(frozen=True)
class ShowState:
    """Where the show stands after replaying the log."""

    phase: Phase = Phase.BEFORE_START
    started: dt.datetime | None = None
    ended: dt.datetime | None = None
    end_reason: str = ""
    on_stage: ActRun | None = None
    queue: tuple[int, ...] = ()
    runs: tuple[ActRun, ...] = ()  # finished, withdrawn, skipped, in order
    incidents: tuple[Incident, ...] = ()
    intermission_start: dt.datetime | None = None
    intermission_end: dt.datetime | None = None
    last_action: dt.datetime | None = None
    notes: tuple[tuple[dt.datetime, str], ...] = field(default_factory=tuple)

    @property
    def running(self) -> bool:
        """Started and not ended: a crash now leaves a show to resume."""
        return self.started is not None and self.ended is None

    def open_incidents(self) -> list[Incident]:
        """Incidents not yet resolved, oldest first."""
        return [i for i in self.incidents if i.open]

    def breakdowns(self) -> int:
        """How often the act on stage has been restarted."""
        return len(self.on_stage.restarts) if self.on_stage else 0

    def power_out(self) -> bool:
        """A power failure is running: the act on stage is paused."""
        return any(i.kind == IncidentKind.POWER for i in self.open_incidents())

    def paused_seconds(self, start: dt.datetime, end: dt.datetime) -> int:
        """Seconds between `start` and `end` during which the power was out (the
        show stood still: an act's clock stops then and resumes after)."""
        outages = sorted((i.start, i.end or end) for i in self.incidents
                         if i.kind == IncidentKind.POWER)
        total, reached = 0.0, start
        for begin, finish in outages:
            begin, finish = max(begin, reached), min(finish, end)
            if finish > begin:
                total += (finish - begin).total_seconds()
                reached = finish
        return int(total)


def replay(acts: Sequence[PlannedAct], log: Sequence[LogEntry]) -> ShowState:
    """The state after every logged action, from the running order; raises ShowError on a
    log that does not fit the order (it cannot happen through the console)."""
    by_id = {a.act_id: a for a in acts}
    state = ShowState(queue=tuple(a.act_id for a in acts))
    for entry in log:
        state = apply(state, entry, by_id)
    return state


def _finish(state: ShowState, at: dt.datetime, outcome: Outcome) -> ShowState:
    if state.on_stage is None:
        return state
    run = replace(state.on_stage, end=at, outcome=outcome)
    return replace(state, on_stage=None, runs=state.runs + (run,))


def _go_on(state: ShowState, act_id: int | None, at: dt.datetime) -> ShowState:
    if act_id is None:
        return state
    if act_id not in state.queue:
        raise ShowError(f"act {act_id} is not waiting")
    queue = tuple(a for a in state.queue if a != act_id)
    return replace(state, on_stage=ActRun(act_id, start=at), queue=queue)


def _phase(state: ShowState, by_id: dict[int, PlannedAct]) -> Phase:
    if state.ended is not None:
        return Phase.ENDED
    if state.started is None:
        return Phase.BEFORE_START
    current = by_id.get(state.on_stage.act_id) if state.on_stage else None
    if (state.intermission_start and not state.intermission_end) or (
            current is not None and current.intermission):
        return Phase.INTERMISSION
    played = [by_id.get(r.act_id) for r in state.runs if r.outcome == Outcome.DONE]
    if state.intermission_end or any(a and a.intermission for a in played) or (
            current is not None and current.second_half):
        return Phase.SECOND_HALF
    return Phase.FIRST_HALF


def apply(state: ShowState, entry: LogEntry, by_id: dict[int, PlannedAct]) -> ShowState:
    """The state after one more action."""
    at, kind = entry.at, entry.kind
    if kind == EventKind.DRAW:
        return state  # a lucky draw is in the log for the record; the show goes on as it was
    if kind == EventKind.SHOW_START:
        state = _go_on(replace(state, started=at), entry.act_id, at)
    elif kind == EventKind.NEXT:
        state = _go_on(_finish(state, at, Outcome.DONE), entry.other_act_id, at)
    elif kind == EventKind.RESTART:
        if state.on_stage is None:
            raise ShowError("nothing on stage to restart")
        state = replace(state, on_stage=replace(
            state.on_stage, restarts=state.on_stage.restarts + (at,)))
    elif kind == EventKind.WITHDRAW:
        state = _go_on(_finish(state, at, Outcome.WITHDRAWN), entry.other_act_id, at)
    elif kind == EventKind.SWAP:
        queue = list(state.queue)
        i, j = queue.index(entry.act_id), queue.index(entry.other_act_id)
        queue[i], queue[j] = queue[j], queue[i]
        state = replace(state, queue=tuple(queue))
    elif kind == EventKind.SKIP:
        state = replace(state, queue=tuple(a for a in state.queue if a != entry.act_id),
                        runs=state.runs + (ActRun(entry.act_id, outcome=Outcome.SKIPPED),))
    elif kind == EventKind.INTERMISSION_START:
        state = replace(_finish(state, at, Outcome.DONE), intermission_start=at)
    elif kind == EventKind.INTERMISSION_END:
        state = _go_on(replace(state, intermission_end=at), entry.act_id, at)
    elif kind == EventKind.SHOW_END:
        state = _finish(state, at, Outcome.DONE)
        left = tuple(ActRun(a, outcome=Outcome.NOT_REACHED) for a in state.queue)
        state = replace(state, ended=at, end_reason=entry.detail, queue=(),
                        runs=state.runs + left)
        state = replace(state, incidents=tuple(
            replace(i, end=at) if i.open else i for i in state.incidents))
    elif kind == EventKind.INCIDENT_START:
        incident = Incident(entry.incident or len(state.incidents) + 1, entry.detail, at,
                            _phase(state, by_id))
        state = replace(state, incidents=state.incidents + (incident,))
    elif kind in (EventKind.INCIDENT_ESCALATE, EventKind.INCIDENT_RESOLVE):
        state = _update_incident(state, entry)
    elif kind == EventKind.NOTE:
        if entry.incident is not None:
            state = _update_incident(state, entry)
        else:
            state = replace(state, notes=state.notes + ((at, entry.note),))
    return replace(state, phase=_phase(state, by_id), last_action=at)


def _update_incident(state: ShowState, entry: LogEntry) -> ShowState:
    incidents = list(state.incidents)
    for index, incident in enumerate(incidents):
        if incident.number == entry.incident:
            if entry.kind == EventKind.INCIDENT_RESOLVE:
                incident = replace(incident, end=entry.at)
            elif entry.kind == EventKind.INCIDENT_ESCALATE:
                incident = replace(incident, escalations=incident.escalations
                                   + ((entry.at, entry.detail),))
            else:
                incident = replace(incident, notes=incident.notes + ((entry.at, entry.note),))
            incidents[index] = incident
            return replace(state, incidents=tuple(incidents))
    raise ShowError(f"no incident {entry.incident}")
