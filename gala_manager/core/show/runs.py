"""Runs of the console: the show itself or a rehearsal run; which one is live; a reset.

A rehearsal run is a rehearsal (the programme's record, with measured times)
whose console actions go to their own log; the show log only ever holds the night.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gala_manager.core.models import RehearsalEvent, ShowEvent
from gala_manager.core.operations import Area, changes
from gala_manager.core.show.log import EventKind, show_log
from gala_manager.core.show.programme import planned_acts
from gala_manager.core.show.state import replay


def rehearsal_runs(session: Session) -> list[int]:
    """The rehearsals that have a console run, newest first."""
    return list(session.scalars(
        select(RehearsalEvent.rehearsal_id).group_by(RehearsalEvent.rehearsal_id)
        .order_by(func.max(RehearsalEvent.id).desc())))


def _running(session: Session, run: int | None) -> tuple[bool, bool]:
    """(started, ended) of a run."""
    log = show_log(session, run=run)
    if not log:
        return False, False
    state = replay(planned_acts(session), log)
    return state.started is not None, state.ended is not None


def unfinished_runs(session: Session) -> list[int | None]:
    """Runs a crash or a closed console left going: None for the show (first), then
    rehearsal ids, newest first; empty when nothing is running."""
    found: list[int | None] = []
    for run in [None, *rehearsal_runs(session)]:
        started, ended = _running(session, run)
        if started and not ended:
            found.append(run)
    return found


def live_run(session: Session) -> int | None:
    """The run a live view follows: the one running, else the show once it has begun,
    else the latest rehearsal run, else the show (not started)."""
    running = unfinished_runs(session)
    if running:
        return running[0]
    if show_has_log(session):
        return None
    runs = rehearsal_runs(session)
    return runs[0] if runs else None


def show_has_log(session: Session) -> bool:
    """Whether the show log holds anything a reset would clear (draws stay)."""
    return bool(session.scalar(select(func.count()).select_from(ShowEvent)
                               .where(ShowEvent.kind != EventKind.DRAW.value)))


@changes(Area.SHOW)
def reset_show(session: Session) -> int:
    """Clear the show log (the caller backs the file up first); returns how many
    actions were removed. Rehearsal runs are kept, and so are lucky draws: their
    winners were announced, and the log is what explains them."""
    kept = ShowEvent.kind != EventKind.DRAW.value
    count = session.scalar(select(func.count()).select_from(ShowEvent).where(kept)) or 0
    session.execute(delete(ShowEvent).where(kept))
    return count
