"""Runs: the show and rehearsal runs keep separate logs; which one is live; a reset."""

import datetime as dt

from gala_manager.core.models import RehearsalKind
from gala_manager.core.programme.rehearsals import list_rehearsals, remove_rehearsal
from gala_manager.core.show.actions import (
    Action,
    begin_rehearsal_run,
    perform,
    perform_in_rehearsal,
    read_show,
)
from gala_manager.core.show.log import show_log
from gala_manager.core.show.runs import live_run, reset_show, unfinished_runs

T0 = dt.datetime(2027, 4, 23, 14, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_a_rehearsal_run_is_live_until_the_show_begins(demo_doc):
    assert demo_doc.read(unfinished_runs) == [] and demo_doc.read(live_run) is None
    run = demo_doc.run(begin_rehearsal_run, kind=RehearsalKind.FINAL, at=at(0))
    assert demo_doc.read(unfinished_runs) == [run] and demo_doc.read(live_run) == run
    demo_doc.run(perform_in_rehearsal, rehearsal_id=run, action=Action.END, at=at(3))
    assert demo_doc.read(unfinished_runs) == []
    assert demo_doc.read(live_run) == run  # the latest run, until the show has a log
    demo_doc.run(perform, action=Action.START, at=at(60))
    assert demo_doc.read(unfinished_runs) == [None] and demo_doc.read(live_run) is None
    assert demo_doc.read(read_show, run=run).state.ended == at(3)
    assert len(demo_doc.read(show_log)) == 1


def test_measured_times_follow_the_run_and_leave_other_rehearsals_alone(demo_doc):
    first = demo_doc.read(list_rehearsals)[0]
    run = demo_doc.run(begin_rehearsal_run, kind=RehearsalKind.FINAL, at=at(0))
    acts = demo_doc.read(read_show).acts
    demo_doc.run(perform_in_rehearsal, rehearsal_id=run, action=Action.BREAKDOWN, at=at(2))
    demo_doc.run(perform_in_rehearsal, rehearsal_id=run, action=Action.NEXT, at=at(6))
    # Timed from the restart: the act's clean run.
    timings = {r.id: r.timings for r in demo_doc.read(list_rehearsals)}
    assert timings[run] == {acts[0].act_id: 240}
    assert timings[first.id] == first.timings


def test_reset_clears_the_show_log_only(demo_doc):
    run = demo_doc.run(begin_rehearsal_run, kind=RehearsalKind.FIRST, at=at(0))
    demo_doc.run(perform, action=Action.START, at=at(60))
    demo_doc.run(perform, action=Action.NEXT, at=at(65))
    assert demo_doc.run(reset_show) == 2
    assert demo_doc.read(show_log) == []
    assert len(demo_doc.read(show_log, run=run)) == 1


def test_removing_a_rehearsal_removes_its_run(demo_doc):
    run = demo_doc.run(begin_rehearsal_run, kind=RehearsalKind.FIRST, at=at(0))
    demo_doc.run(remove_rehearsal, rehearsal_id=run)
    assert demo_doc.read(show_log, run=run) == []
    assert demo_doc.read(unfinished_runs) == []
