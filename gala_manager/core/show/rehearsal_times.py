"""A rehearsal run's measured times: each act's clean run, written to its rehearsal."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.programme import record_timings, rehearsal_timings
from gala_manager.core.show.state import ActRun, Outcome, ShowState


def clean_seconds(state: ShowState, run: ActRun) -> int | None:
    """How long a finished act played: from its latest (re)start to its end, without the
    time the power was out; None for an act that did not finish on stage."""
    if run.outcome != Outcome.DONE or run.start is None or run.end is None:
        return None
    began = run.restarts[-1] if run.restarts else run.start
    seconds = int((run.end - began).total_seconds()) - state.paused_seconds(began, run.end)
    return seconds if seconds > 0 else None


def measured_times(state: ShowState) -> dict[int, int]:
    """The clean times of every act the run has finished, by act id."""
    measured = {}
    for run in state.runs:
        seconds = clean_seconds(state, run)
        if seconds is not None:
            measured[run.act_id] = seconds
    return measured


def sync_measured_times(session: Session, *, rehearsal_id: int, show) -> None:
    """Make the rehearsal's timings those of its run (`show`, read from its log): an
    undone action takes its timing back with it."""
    measured = measured_times(show.state)
    stale = {act_id: None for act_id in rehearsal_timings(session, rehearsal_id=rehearsal_id)
             if act_id not in measured}
    record_timings(session, rehearsal_id=rehearsal_id, timings={**stale, **measured})
