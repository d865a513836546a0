"""The show report's content: planned against actual per act, incidents, the run time."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gala_manager.core.contingency import Decision, Phase, Severity, advise, get_rule_settings
from gala_manager.core.gala import get_gala_facts
from gala_manager.core.show.actions import read_show
from gala_manager.core.show.log import LogEntry
from gala_manager.core.show.state import Outcome


@dataclass(frozen=True)
class ActLine:
    """One act: what was planned and what happened. Seconds are None when not performed."""

    number: int
    title: str
    planned_start: dt.datetime
    planned_seconds: int
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    actual_seconds: int | None
    overrun_seconds: int | None
    outcome: Outcome | None
    restarts: int


@dataclass(frozen=True)
class IncidentLine:
    """An incident with its timeline (escalations and notes) and the rules' decision."""

    number: int
    kind: str
    phase: Phase
    start: dt.datetime
    end: dt.datetime | None
    seconds: int | None
    decision: Decision
    severity: str
    timeline: tuple[tuple[dt.datetime, str, str], ...]  # (time, "escalate"/"note", text)


@dataclass(frozen=True)
class ShowReport:
    """Everything the report prints."""

    acts: tuple[ActLine, ...]
    incidents: tuple[IncidentLine, ...]
    log: tuple[LogEntry, ...]
    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    started: dt.datetime | None
    ended: dt.datetime | None
    end_reason: str
    target_seconds: int | None = None  # the gala's planned length (计划时长)

    @property
    def has_show(self) -> bool:
        """Whether anything of a show was logged; without it the report is the plan only."""
        return self.started is not None or bool(self.log)

    @property
    def run_seconds(self) -> int | None:
        """From the first act to the end of the show."""
        if self.started is None or self.ended is None:
            return None
        return int((self.ended - self.started).total_seconds())

    @property
    def planned_seconds(self) -> int | None:
        """The programme's length: the running order's, from its first start to its
        last end (节目总时长; the gala's planned length is `target_seconds`)."""
        if self.planned_start is None or self.planned_end is None:
            return None
        return int((self.planned_end - self.planned_start).total_seconds())

    @property
    def overruns(self) -> tuple[ActLine, ...]:
        """Acts that took longer than planned."""
        return tuple(a for a in self.acts if (a.overrun_seconds or 0) > 0)


def _seconds(start: dt.datetime | None, end: dt.datetime | None) -> int | None:
    return int((end - start).total_seconds()) if start and end else None


def show_report(session: Session) -> ShowReport:
    """The report of the show as logged so far (it may still be running)."""
    show = read_show(session)
    state = show.state
    runs = {r.act_id: r for r in state.runs}
    if state.on_stage is not None:
        runs[state.on_stage.act_id] = state.on_stage
    acts = []
    for act in show.acts:
        run = runs.get(act.act_id)
        start, end = (run.start, run.end) if run else (None, None)
        actual = _seconds(start, end)
        acts.append(ActLine(act.number, act.title, act.planned_start, act.duration_seconds,
                            start, end, actual,
                            actual - act.duration_seconds if actual is not None else None,
                            run.outcome if run else None, len(run.restarts) if run else 0))
    facts = get_gala_facts(session)
    settings = get_rule_settings(session)
    scheduled = facts.start_datetime() or (show.acts[0].planned_start if show.acts else None)
    incidents = []
    for incident in state.incidents:
        final = incident.end or state.ended or incident.start
        severity = Severity.SERIOUS if incident.severity == "serious" else Severity.MINOR
        advice = advise(incident.kind, incident.phase, since=incident.start, now=final,
                        scheduled_start=scheduled or incident.start, settings=settings,
                        severity=severity)
        timeline = sorted([(at, "escalate", step) for at, step in incident.escalations]
                          + [(at, "note", text) for at, text in incident.notes])
        incidents.append(IncidentLine(incident.number, incident.kind, incident.phase,
                                      incident.start, incident.end,
                                      _seconds(incident.start, incident.end), advice.decision,
                                      incident.severity, tuple(timeline)))
    return ShowReport(tuple(acts), tuple(incidents), show.log,
                      show.acts[0].planned_start if show.acts else None,
                      max((a.planned_end for a in show.acts), default=None),
                      state.started, state.ended, state.end_reason,
                      facts.planned_minutes * 60)
