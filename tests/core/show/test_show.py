"""The show state machine: replaying the log, re-timing, and the console's actions."""

import datetime as dt

import pytest

from gala_manager.core.contingency.rules import Phase
from gala_manager.core.show.actions import Action, perform, read_show
from gala_manager.core.show.log import EventKind, LogEntry, show_log, undo_last_action
from gala_manager.core.show.state import Outcome, PlannedAct, ShowError, replay
from gala_manager.core.show.timing import project

T0 = dt.datetime(2027, 4, 30, 19, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def planned(n: int = 5, intermission_after: int | None = None) -> list[PlannedAct]:
    acts, start = [], T0
    for i in range(1, n + 1):
        end = start + dt.timedelta(minutes=5)
        acts.append(PlannedAct(i, f"节目{i}", 300, 60, start, end,
                               second_half=intermission_after is not None
                               and i > intermission_after + 1,
                               intermission=i == (intermission_after or 0) + 1
                               and intermission_after is not None))
        start = end + dt.timedelta(minutes=1)
    return acts


def log(*entries) -> list[LogEntry]:
    return [LogEntry(i, at(m), EventKind(kind), *rest) for i, (m, kind, *rest)
            in enumerate(entries, start=1)]


@pytest.mark.parametrize(
    ("entries", "on_stage", "queue", "phase"),
    [
        ((), None, (1, 2, 3, 4, 5), Phase.BEFORE_START),
        (((0, "show_start", 1),), 1, (2, 3, 4, 5), Phase.FIRST_HALF),
        (((0, "show_start", 1), (5, "next", 1, "", 2)), 2, (3, 4, 5), Phase.FIRST_HALF),
        # Act 3 is not ready: it swaps with act 4, which goes on next.
        (((0, "show_start", 1), (4, "swap", 2, "", 3), (5, "next", 1, "", 3)), 3, (2, 4, 5),
         Phase.FIRST_HALF),
        (((0, "show_start", 1), (1, "skip", 2)), 1, (3, 4, 5), Phase.FIRST_HALF),
        (((0, "show_start", 1), (2, "restart", 1), (3, "withdraw", 1, "", 2)), 2, (3, 4, 5),
         Phase.FIRST_HALF),
        (((0, "show_start", 1), (5, "intermission_start", 1)), None, (2, 3, 4, 5),
         Phase.INTERMISSION),
        (((0, "show_start", 1), (5, "intermission_start", 1), (20, "intermission_end", 2)), 2,
         (3, 4, 5), Phase.SECOND_HALF),
        (((0, "show_start", 1), (5, "show_end", 1)), None, (), Phase.ENDED),
    ],
)
def test_replay(entries, on_stage, queue, phase):
    state = replay(planned(), log(*entries))
    assert (state.on_stage.act_id if state.on_stage else None) == on_stage
    assert state.queue == queue
    assert state.phase == phase


def test_intermission_act_and_second_half_from_the_order():
    acts = planned(5, intermission_after=2)  # act 3 is the intermission
    state = replay(acts, log((0, "show_start", 1), (5, "next", 1, "", 2),
                             (10, "next", 2, "", 3)))
    assert state.phase == Phase.INTERMISSION
    state = replay(acts, log((0, "show_start", 1), (5, "next", 1, "", 2),
                             (10, "next", 2, "", 3), (25, "next", 3, "", 4)))
    assert state.phase == Phase.SECOND_HALF


def test_outcomes_and_incident_timeline():
    state = replay(planned(), log(
        (0, "show_start", 1), (2, "incident_start", None, "", None, 1, "power"),
        (4, "note", None, "", None, 1, "", "电工已到"), (8, "incident_resolve", None, "", None, 1),
        (9, "restart", 1), (10, "withdraw", 1, "", 2), (11, "skip", 3), (16, "show_end", 2)))
    assert [(r.act_id, r.outcome) for r in state.runs] == [
        (1, Outcome.WITHDRAWN), (3, Outcome.SKIPPED), (2, Outcome.DONE),
        (4, Outcome.NOT_REACHED), (5, Outcome.NOT_REACHED)]
    incident = state.incidents[0]
    assert (incident.kind, incident.phase, incident.start, incident.end) == (
        "power", Phase.FIRST_HALF, at(2), at(8))
    assert incident.notes == ((at(4), "电工已到"),)


@pytest.mark.parametrize(
    ("entries", "now", "behind", "elapsed", "over", "planned_end"),
    [
        ((), -10, 0, 0, 0, 29),  # before the start, on time
        ((), 3, 0, 0, 0, 29),  # not started yet: the console shows the late start instead
        (((0, "show_start", 1),), 2, 0, 120, 0, 29),
        (((0, "show_start", 1),), 7, 120, 420, 120, 29),  # act 1 overruns by 2 minutes
        # Started 2 minutes late: the plan moves with it, act 2 went on at its time.
        (((2, "show_start", 1), (8, "next", 1, "", 2)), 9, 0, 60, 0, 31),
        (((2, "show_start", 1), (10, "next", 1, "", 2)), 11, 120, 60, 0, 31),
        # Act 2 went on at 19:04 instead of 19:06: two minutes ahead.
        (((0, "show_start", 1), (4, "next", 1, "", 2)), 5, -120, 60, 0, 29),
        (((0, "show_start", 1), (3, "restart", 1)), 4, 180, 60, 0, 29),
    ],
)
def test_projection(entries, now, behind, elapsed, over, planned_end):
    acts = planned()
    projection = project(acts, replay(acts, log(*entries)), at(now))
    assert projection.behind_seconds == behind
    assert projection.on_stage_elapsed == elapsed
    assert projection.on_stage_over == over
    assert projection.planned_end == at(planned_end)


def test_a_rehearsal_weeks_before_the_gala_is_timed_from_its_own_start():
    acts = planned()
    weeks = dt.timedelta(days=21)
    entries = [LogEntry(1, at(0) - weeks, EventKind.SHOW_START, 1),
               LogEntry(2, at(5) - weeks, EventKind.NEXT, 1, "", 2)]
    projection = project(acts, replay(acts, entries), at(6) - weeks)
    assert projection.behind_seconds == -60  # act 2 went on a minute early
    assert projection.planned_end == at(29) - weeks


def test_a_power_failure_stops_the_clock_of_the_act_on_stage():
    acts = planned()
    entries = log((0, "show_start", 1), (2, "incident_start", None, "", None, 1, "power"))
    during = project(acts, replay(acts, entries), at(6))
    assert during.on_stage_elapsed == 120  # paused since 19:02
    assert during.on_stage_over == 0
    assert during.behind_seconds == 240  # four minutes out: the rest of the show waits
    entries.append(LogEntry(3, at(8), EventKind.INCIDENT_RESOLVE, incident=1))
    resumed = project(acts, replay(acts, entries), at(9))
    assert resumed.on_stage_elapsed == 180  # 2 minutes before the outage, 1 after
    assert resumed.behind_seconds == 360


# -- the console's actions on the demo gala ---------------------------------------


def test_actions_write_one_entry_each_and_breakdown_follows_the_rules(demo_doc):
    acts = demo_doc.read(read_show).acts
    demo_doc.run(perform, action=Action.START, at=at(0))
    demo_doc.run(perform, action=Action.BREAKDOWN, at=at(2))
    demo_doc.run(perform, action=Action.BREAKDOWN, at=at(4))
    entries = demo_doc.read(show_log)
    assert [e.kind for e in entries] == ["show_start", "restart", "withdraw"]
    assert entries[2].act_title == acts[0].title
    state = demo_doc.read(read_show).state
    assert state.on_stage.act_id == acts[1].act_id
    assert state.runs[0].outcome == Outcome.WITHDRAWN


def test_not_ready_swaps_and_next_brings_the_other_act(demo_doc):
    acts = demo_doc.read(read_show).acts
    demo_doc.run(perform, action=Action.START, at=at(0))
    demo_doc.run(perform, action=Action.NOT_READY, at=at(4))
    demo_doc.run(perform, action=Action.NEXT, at=at(5))
    state = demo_doc.read(read_show).state
    assert state.on_stage.act_id == acts[2].act_id
    assert state.queue[0] == acts[1].act_id


def test_refused_actions_write_nothing(demo_doc):
    with pytest.raises(ShowError):
        demo_doc.run(perform, action=Action.NEXT, at=at(0))
    demo_doc.run(perform, action=Action.START, at=at(0))
    with pytest.raises(ShowError):
        demo_doc.run(perform, action=Action.START, at=at(1))
    with pytest.raises(ShowError):
        demo_doc.run(perform, action=Action.RESOLVE, at=at(1), incident=3)
    assert len(demo_doc.read(show_log)) == 1


def test_undo_last_action_and_resume_after_reopening(demo_doc, demo_path):
    acts = demo_doc.read(read_show).acts
    demo_doc.run(perform, action=Action.START, at=at(0))
    demo_doc.run(perform, action=Action.NEXT, at=at(5))
    demo_doc.run(perform, action=Action.NEXT, at=at(10))
    undone = demo_doc.run(undo_last_action)
    assert undone.kind == EventKind.NEXT
    demo_doc.close()
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(demo_path) as again:
        state = again.read(read_show).state
        assert state.running
        assert state.on_stage.act_id == acts[1].act_id


def test_a_clock_set_back_keeps_the_log_in_order(demo_doc):
    demo_doc.run(perform, action=Action.START, at=at(10))
    entry = demo_doc.run(perform, action=Action.NEXT, at=at(5))
    assert entry.at == at(10)


def test_incident_actions(demo_doc):
    demo_doc.run(perform, action=Action.INCIDENT, at=at(-20), kind="power")
    demo_doc.run(perform, action=Action.ESCALATE, at=at(-10), incident=1, severity="serious")
    demo_doc.run(perform, action=Action.NOTE, at=at(-5), incident=1, note="电工在查")
    demo_doc.run(perform, action=Action.RESOLVE, at=at(-2), incident=1)
    incident = demo_doc.read(read_show).state.incidents[0]
    assert incident.phase == Phase.BEFORE_START
    assert incident.severity == "serious"
    assert incident.end == at(-2)


def test_power_failure_before_the_start_postpones_the_gala(demo_doc):
    demo_doc.run(perform, action=Action.INCIDENT, at=at(-10), kind="power")
    demo_doc.run(perform, action=Action.END, at=at(60), kind="postponed")
    state = demo_doc.read(read_show).state
    assert state.phase == Phase.ENDED and state.started is None
    assert state.end_reason == "postponed" and not state.open_incidents()
    with pytest.raises(ShowError):
        demo_doc.run(perform, action=Action.START, at=at(61))
