"""The show report's content from a logged show: planned against actual, incidents."""

import datetime as dt

from gala_manager.core.contingency.rules import Decision, Phase
from gala_manager.core.show.actions import Action, perform
from gala_manager.core.show.report import show_report
from gala_manager.core.show.state import Outcome

T0 = dt.datetime(2027, 4, 30, 19, 0)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


def test_report_of_a_short_show(demo_doc):
    for minutes, action, kwargs in [
        (0, Action.START, {}), (7, Action.NEXT, {}), (8, Action.INCIDENT, {"kind": "power"}),
        (14, Action.RESOLVE, {"incident": 1}), (15, Action.BREAKDOWN, {}),
        (16, Action.BREAKDOWN, {}), (20, Action.END, {})]:
        demo_doc.run(perform, action=action, at=at(minutes), **kwargs)
    report = demo_doc.read(show_report)
    first, second, third = report.acts[:3]
    assert (first.actual_seconds, first.overrun_seconds, first.outcome) == (420, 120,
                                                                            Outcome.DONE)
    assert (second.outcome, second.restarts) == (Outcome.WITHDRAWN, 1)
    assert third.outcome == Outcome.DONE and third.actual_start == at(16)
    assert report.acts[3].outcome == Outcome.NOT_REACHED
    assert report.acts[3].actual_seconds is None
    assert report.run_seconds == 20 * 60
    assert first in report.overruns
    power = report.incidents[0]
    assert (power.kind, power.phase, power.seconds) == ("power", Phase.FIRST_HALF, 360)
    assert power.decision == Decision.HOLD


def test_report_before_the_show(demo_doc):
    report = demo_doc.read(show_report)
    assert report.started is None and report.run_seconds is None
    assert all(a.outcome is None for a in report.acts)
    assert report.planned_seconds == 153 * 60
