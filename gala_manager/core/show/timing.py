"""Re-timing the rest of the show from the actual times: the projected end, ahead or behind.

The plan is anchored to the actual start: a show (or a rehearsal run) that starts
at 19:07, or weeks before the gala's date, is compared with its running order
shifted to begin then, never with a calendar date. Power failures stop the clock
of the act on stage.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gala_manager.core.show.state import PlannedAct, ShowState


@dataclass(frozen=True)
class Slot:
    """When an act is now expected to start and end."""

    act_id: int
    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class Projection:
    """The rest of the show re-timed at `now`.

    `behind_seconds` > 0: the show will end that much later than the plan
    anchored to the actual start (< 0: ahead; 0 before the start).
    `on_stage_elapsed` counts from the act's latest (re)start, without the time
    the power was out.
    """

    slots: tuple[Slot, ...]
    projected_end: dt.datetime | None
    planned_end: dt.datetime | None
    behind_seconds: int
    on_stage_elapsed: int = 0
    on_stage_over: int = 0


def current_start(state: ShowState) -> dt.datetime | None:
    """When the act on stage last (re)started."""
    if state.on_stage is None:
        return None
    return state.on_stage.restarts[-1] if state.on_stage.restarts else state.on_stage.start


def schedule_offset(acts: Sequence[PlannedAct], state: ShowState) -> dt.timedelta:
    """How far the actual start moves the planned times (zero before the start)."""
    if state.started is None or not acts:
        return dt.timedelta(0)
    return state.started - acts[0].planned_start


def on_stage_elapsed(state: ShowState, now: dt.datetime) -> int:
    """Seconds the act on stage has played since its latest (re)start, pauses left out."""
    began = current_start(state)
    if began is None:
        return 0
    return int((now - began).total_seconds()) - state.paused_seconds(began, now)


def project(acts: Sequence[PlannedAct], state: ShowState, now: dt.datetime) -> Projection:
    """Re-time what is on stage and what waits, from the actual times and `now`."""
    by_id = {a.act_id: a for a in acts}
    offset = schedule_offset(acts, state)
    planned = max((a.planned_end for a in acts), default=None)
    planned_end = planned + offset if planned else None
    if state.ended is not None:
        behind = int((state.ended - planned_end).total_seconds()) if planned_end else 0
        return Projection((), state.ended, planned_end, behind)
    slots: list[Slot] = []
    elapsed = over = 0
    if state.started is None:
        first = acts[0].planned_start if acts else now
        cursor, gap = max(now, first), 0
        # Before the start, fixed times move with a late start as the rest does.
        offset = cursor - first
    elif state.on_stage is not None:
        act = by_id[state.on_stage.act_id]
        elapsed = on_stage_elapsed(state, now)
        over = max(0, elapsed - act.duration_seconds)
        end = now + dt.timedelta(seconds=max(0, act.duration_seconds - elapsed))
        slots.append(Slot(act.act_id, state.on_stage.start, end))
        cursor, gap = end, act.changeover_seconds
    else:
        # Between acts or in an intermission: the next act can go on now at the earliest.
        cursor, gap = now, 0
    for act_id in state.queue:
        act = by_id[act_id]
        start = cursor + dt.timedelta(seconds=gap)
        # The stage waits for an act booked at a set time (as the programme's plan does),
        # so before the start the projection is the plan the Programme page shows.
        if act.fixed_start:
            start = max(start, act.planned_start + offset)
        end = start + dt.timedelta(seconds=act.duration_seconds)
        slots.append(Slot(act_id, start, end))
        cursor, gap = end, act.changeover_seconds
    projected_end = slots[-1].end if slots else now
    behind = 0
    if planned_end is not None and state.started is not None:
        behind = int((projected_end - planned_end).total_seconds())
    return Projection(tuple(slots), projected_end, planned_end, behind, elapsed, over)
