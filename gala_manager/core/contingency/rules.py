"""The plan's contingency rules: for a situation, the decision, its deadline and announcement."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field


class Phase(enum.StrEnum):
    """Where the show stands when something happens."""

    BEFORE_START = "before_start"
    FIRST_HALF = "first_half"
    INTERMISSION = "intermission"
    SECOND_HALF = "second_half"
    ENDED = "ended"


class IncidentKind(enum.StrEnum):
    """The incidents the plan has rules for; anything else follows its plan's steps."""

    POWER = "power"
    INJURY = "injury"
    DISORDER = "disorder"
    OTHER = "other"


class Decision(enum.StrEnum):
    """What the rules say to do now."""

    DELAY_START = "delay_start"  # wait for power; the start slips, the audience is free
    POSTPONE = "postpone"  # the gala is held again another day
    HOLD = "hold"  # the show pauses while power is out; the decision is due at the deadline
    END_SHOW = "end_show"  # the gala ends here
    NEXT_ACT_GOES_ON = "next_act_goes_on"
    WAIT_FOR_ACT = "wait_for_act"  # the act that is not ready is the last one
    RESTART_ACT = "restart_act"
    WITHDRAW_ACT = "withdraw_act"
    TREAT_ON_SITE = "treat_on_site"
    TO_HOSPITAL = "to_hospital"
    ORDER_KEEPERS = "order_keepers"
    FOLLOW_PLAN = "follow_plan"


class Severity(enum.StrEnum):
    """How bad an injury is: the plan's two cases."""

    MINOR = "minor"
    SERIOUS = "serious"


@dataclass(frozen=True)
class RuleSettings:
    """The thresholds of the rules, stored per gala (defaults from the plan)."""

    start_delay_max_minutes: int = 60
    first_half_outage_minutes: int = 10
    second_half_outage_minutes: int = 10
    standby_count: int = 2
    restarts_allowed: int = 1


@dataclass(frozen=True)
class Advice:
    """The rules' answer.

    `deadline` is when the next decision falls due (None when nothing more is
    due); `announcement` is a code the UI words with `params`, or "" when the
    host has nothing to say.
    """

    decision: Decision
    deadline: dt.datetime | None = None
    announcement: str = ""
    params: dict = field(default_factory=dict)


def power_failure(phase: Phase, *, since: dt.datetime, now: dt.datetime,
                  scheduled_start: dt.datetime, settings: RuleSettings) -> Advice:
    """A power failure that began at `since` and is still on at `now`."""
    if phase == Phase.BEFORE_START:
        deadline = scheduled_start + dt.timedelta(minutes=settings.start_delay_max_minutes)
        if now < deadline:
            return Advice(Decision.DELAY_START, deadline, "power_start_delayed",
                          {"deadline": deadline, "minutes": settings.start_delay_max_minutes})
        return Advice(Decision.POSTPONE, None, "postponed",
                      {"minutes": settings.start_delay_max_minutes})
    if phase == Phase.FIRST_HALF:
        limit = settings.first_half_outage_minutes
        outcome, code = Decision.POSTPONE, "postponed"
    elif phase in (Phase.INTERMISSION, Phase.SECOND_HALF):
        # The first half has been played: once the break began, the plan's
        # outcome of a long outage is ending the gala, not another evening.
        limit = settings.second_half_outage_minutes
        outcome, code = Decision.END_SHOW, "show_ended"
    else:
        return Advice(Decision.FOLLOW_PLAN)
    deadline = since + dt.timedelta(minutes=limit)
    if now < deadline:
        return Advice(Decision.HOLD, deadline, "power_hold",
                      {"minutes": limit, "outcome": outcome.value, "deadline": deadline})
    return Advice(outcome, None, code, {"minutes": limit})


def act_not_ready(*, next_title: str | None) -> Advice:
    """An act cannot start on time: the next one goes on at once."""
    if next_title is None:
        return Advice(Decision.WAIT_FOR_ACT)
    return Advice(Decision.NEXT_ACT_GOES_ON, None, "next_act", {"title": next_title})


def act_breakdown(*, breakdowns: int, settings: RuleSettings) -> Advice:
    """The act broke down on stage for the `breakdowns`-th time (1 = first)."""
    if breakdowns <= settings.restarts_allowed:
        return Advice(Decision.RESTART_ACT, None, "act_restart",
                      {"left": settings.restarts_allowed - breakdowns})
    return Advice(Decision.WITHDRAW_ACT, None, "act_withdrawn", {})


def injury(severity: Severity) -> Advice:
    """Minor injuries are treated on site; serious ones go to hospital."""
    if severity == Severity.SERIOUS:
        return Advice(Decision.TO_HOSPITAL)
    return Advice(Decision.TREAT_ON_SITE)


def disorder() -> Advice:
    """The order keepers (学生会) act, politely."""
    return Advice(Decision.ORDER_KEEPERS)


def advise(kind: str, phase: Phase, *, since: dt.datetime, now: dt.datetime,
           scheduled_start: dt.datetime, settings: RuleSettings,
           severity: Severity = Severity.MINOR) -> Advice:
    """The advice for a running incident of any kind (the console's entry point)."""
    if kind == IncidentKind.POWER:
        return power_failure(phase, since=since, now=now, scheduled_start=scheduled_start,
                             settings=settings)
    if kind == IncidentKind.INJURY:
        return injury(severity)
    if kind == IncidentKind.DISORDER:
        return disorder()
    return Advice(Decision.FOLLOW_PLAN)


@dataclass(frozen=True)
class Standby:
    """Who is where around the act on stage: positions in the running order."""

    on_stage: int | None
    standing_by: tuple[int, ...]
    to_call: int | None


def standby(count: int, on_stage: int | None, settings: RuleSettings) -> Standby:
    """While act `on_stage` performs, the next acts stand by and one more is called.

    `count` is the number of acts in the order; with `on_stage` None (before
    the first act) the first acts stand by.
    """
    first = 0 if on_stage is None else on_stage + 1
    waiting = tuple(range(first, min(first + settings.standby_count, count)))
    call = first + settings.standby_count
    return Standby(on_stage, waiting, call if call < count else None)
