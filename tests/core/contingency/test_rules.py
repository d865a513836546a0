"""The plan's contingency rules, table by table, just before and after each threshold."""

import datetime as dt

import pytest

from gala_manager.core.contingency.rules import (
    Decision,
    Phase,
    RuleSettings,
    Severity,
    act_breakdown,
    act_not_ready,
    advise,
    injury,
    power_failure,
    standby,
)

START = dt.datetime(2027, 4, 30, 19, 0)
PLAN = RuleSettings()


def at(minutes: float) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(
    ("phase", "since", "now", "decision", "deadline", "announcement"),
    [
        # Before the start: the start may slip by up to 60 minutes after 19:00.
        (Phase.BEFORE_START, -30, -29, Decision.DELAY_START, 60, "power_start_delayed"),
        (Phase.BEFORE_START, -30, 59.99, Decision.DELAY_START, 60, "power_start_delayed"),
        (Phase.BEFORE_START, -30, 60, Decision.POSTPONE, None, "postponed"),
        (Phase.BEFORE_START, 10, 61, Decision.POSTPONE, None, "postponed"),
        # First half: 10 minutes without power and the gala is postponed.
        (Phase.FIRST_HALF, 20, 20, Decision.HOLD, 30, "power_hold"),
        (Phase.FIRST_HALF, 20, 29.99, Decision.HOLD, 30, "power_hold"),
        (Phase.FIRST_HALF, 20, 30, Decision.POSTPONE, None, "postponed"),
        (Phase.FIRST_HALF, 20, 26, Decision.HOLD, 30, "power_hold"),
        # Second half (and the break before it): 10 minutes and the gala ends.
        (Phase.SECOND_HALF, 90, 99.99, Decision.HOLD, 100, "power_hold"),
        (Phase.SECOND_HALF, 90, 100, Decision.END_SHOW, None, "show_ended"),
        (Phase.INTERMISSION, 70, 79, Decision.HOLD, 80, "power_hold"),
        (Phase.INTERMISSION, 70, 80.5, Decision.END_SHOW, None, "show_ended"),
        (Phase.ENDED, 200, 230, Decision.FOLLOW_PLAN, None, ""),
    ],
)
def test_power_failure(phase, since, now, decision, deadline, announcement):
    advice = power_failure(phase, since=at(since), now=at(now), scheduled_start=START,
                           settings=PLAN)
    assert advice.decision == decision
    assert advice.deadline == (None if deadline is None else at(deadline))
    assert advice.announcement == announcement


def test_power_hold_says_what_follows():
    first = power_failure(Phase.FIRST_HALF, since=at(5), now=at(6), scheduled_start=START,
                          settings=PLAN)
    second = power_failure(Phase.SECOND_HALF, since=at(95), now=at(96), scheduled_start=START,
                           settings=PLAN)
    assert first.params["outcome"] == "postpone"
    assert second.params["outcome"] == "end_show"
    assert first.params["minutes"] == 10


@pytest.mark.parametrize(
    ("settings", "phase", "since", "now", "decision"),
    [
        (RuleSettings(start_delay_max_minutes=30), Phase.BEFORE_START, 0, 29, Decision.DELAY_START),
        (RuleSettings(start_delay_max_minutes=30), Phase.BEFORE_START, 0, 30, Decision.POSTPONE),
        (RuleSettings(first_half_outage_minutes=15), Phase.FIRST_HALF, 20, 34, Decision.HOLD),
        (RuleSettings(first_half_outage_minutes=15), Phase.FIRST_HALF, 20, 35, Decision.POSTPONE),
        (RuleSettings(second_half_outage_minutes=5), Phase.SECOND_HALF, 90, 95, Decision.END_SHOW),
    ],
)
def test_thresholds_come_from_the_gala_settings(settings, phase, since, now, decision):
    advice = power_failure(phase, since=at(since), now=at(now), scheduled_start=START,
                           settings=settings)
    assert advice.decision == decision


@pytest.mark.parametrize(
    ("breakdowns", "settings", "decision"),
    [
        (1, PLAN, Decision.RESTART_ACT),
        (2, PLAN, Decision.WITHDRAW_ACT),
        (3, PLAN, Decision.WITHDRAW_ACT),
        (2, RuleSettings(restarts_allowed=2), Decision.RESTART_ACT),
        (1, RuleSettings(restarts_allowed=0), Decision.WITHDRAW_ACT),
    ],
)
def test_breakdown_restart_once_then_withdraw(breakdowns, settings, decision):
    assert act_breakdown(breakdowns=breakdowns, settings=settings).decision == decision


@pytest.mark.parametrize(
    ("next_title", "decision", "params"),
    [("《青春舞曲》", Decision.NEXT_ACT_GOES_ON, {"title": "《青春舞曲》"}),
     (None, Decision.WAIT_FOR_ACT, {})],
)
def test_act_not_ready_next_goes_on(next_title, decision, params):
    advice = act_not_ready(next_title=next_title)
    assert advice.decision == decision
    assert advice.params == params


@pytest.mark.parametrize(
    ("kind", "severity", "decision"),
    [
        ("injury", Severity.MINOR, Decision.TREAT_ON_SITE),
        ("injury", Severity.SERIOUS, Decision.TO_HOSPITAL),
        ("disorder", Severity.MINOR, Decision.ORDER_KEEPERS),
        ("恶劣天气", Severity.MINOR, Decision.FOLLOW_PLAN),
        ("power", Severity.MINOR, Decision.HOLD),
    ],
)
def test_advise_dispatches_by_kind(kind, severity, decision):
    advice = advise(kind, Phase.FIRST_HALF, since=at(10), now=at(11), scheduled_start=START,
                    settings=PLAN, severity=severity)
    assert advice.decision == decision
    assert injury(Severity.SERIOUS).decision == Decision.TO_HOSPITAL


# Six acts (positions 0..5): the next two stand by, the one after is called.
@pytest.mark.parametrize(
    ("on_stage", "standing_by", "to_call"),
    [
        (None, (0, 1), 2),
        (0, (1, 2), 3),
        (1, (2, 3), 4),
        (2, (3, 4), 5),
        (3, (4, 5), None),
        (4, (5,), None),
        (5, (), None),
    ],
)
def test_standby_pair_at_every_position(on_stage, standing_by, to_call):
    plan = standby(6, on_stage, PLAN)
    assert plan.on_stage == on_stage
    assert plan.standing_by == standing_by
    assert plan.to_call == to_call


def test_standby_count_is_a_setting():
    assert standby(6, 0, RuleSettings(standby_count=3)).standing_by == (1, 2, 3)
    assert standby(6, 0, RuleSettings(standby_count=3)).to_call == 4
    assert standby(0, None, PLAN).standing_by == ()
