"""Where a run stands at a moment, as plain values: what the console, the stage display and
the crew's phones show (one computation for all three)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gala_manager.core.contingency import Phase
from gala_manager.core.show.state import Incident, PlannedAct
from gala_manager.core.show.timing import current_start, project, schedule_offset


@dataclass(frozen=True)
class Board:
    """A run at `now`. Times are anchored to the actual start (see `timing`).

    `remaining` is the act on stage's planned length minus `elapsed` (negative:
    over time); both leave out power failures, during which `paused` is true.
    `standby` are the acts ready backstage, `to_call` the next one to fetch.
    """

    now: dt.datetime
    run: int | None
    phase: Phase
    started: dt.datetime | None
    ended: dt.datetime | None
    end_reason: str
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    projected_end: dt.datetime | None
    behind_seconds: int
    on_stage: PlannedAct | None
    on_stage_since: dt.datetime | None
    elapsed: int
    remaining: int
    restarts: int
    paused: bool
    intermission_since: dt.datetime | None
    next_act: PlannedAct | None
    standby: tuple[PlannedAct, ...]
    to_call: tuple[PlannedAct, ...]
    incidents: tuple[Incident, ...]

    @property
    def over_seconds(self) -> int:
        """How far the act on stage is over its time (0 while within it)."""
        return max(0, -self.remaining) if self.on_stage else 0


def make_board(show, standby_count: int, now: dt.datetime) -> Board:
    """The board of a `Show` (see `actions.read_show`) at `now`."""
    state, acts = show.state, show.acts
    projection = project(acts, state, now)
    on_stage = show.act(state.on_stage.act_id) if state.on_stage else None
    queue = [show.act(a) for a in state.queue]
    waiting = tuple(a for a in queue if a is not None)
    in_break = state.intermission_start is not None and state.intermission_end is None
    return Board(
        now=now, run=show.run, phase=state.phase, started=state.started, ended=state.ended,
        end_reason=state.end_reason,
        planned_start=acts[0].planned_start + schedule_offset(acts, state) if acts else None,
        planned_end=projection.planned_end,
        projected_end=projection.projected_end, behind_seconds=projection.behind_seconds,
        on_stage=on_stage, on_stage_since=current_start(state),
        elapsed=projection.on_stage_elapsed,
        remaining=(on_stage.duration_seconds - projection.on_stage_elapsed) if on_stage else 0,
        restarts=state.breakdowns(), paused=state.power_out() and state.ended is None,
        intermission_since=state.intermission_start if in_break else None,
        next_act=waiting[0] if waiting else None,
        standby=waiting[:standby_count], to_call=waiting[standby_count:standby_count + 1],
        incidents=tuple(state.open_incidents()))
