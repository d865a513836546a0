"""Words of the show console and report: phases, outcomes, log entries, durations."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.contingency.wording import kind_label
from gala_manager.app.draws.wording import draw_log_line
from gala_manager.core.contingency.rules import Phase
from gala_manager.core.show.log import EventKind, LogEntry
from gala_manager.core.show.state import Outcome

translate = QCoreApplication.translate

_PHASES = {
    Phase.BEFORE_START: QT_TRANSLATE_NOOP("Show", "Before the start"),
    Phase.FIRST_HALF: QT_TRANSLATE_NOOP("Show", "First half"),
    Phase.INTERMISSION: QT_TRANSLATE_NOOP("Show", "Intermission"),
    Phase.SECOND_HALF: QT_TRANSLATE_NOOP("Show", "Second half"),
    Phase.ENDED: QT_TRANSLATE_NOOP("Show", "Ended"),
}

_OUTCOMES = {
    Outcome.DONE: QT_TRANSLATE_NOOP("Show", "performed"),
    Outcome.WITHDRAWN: QT_TRANSLATE_NOOP("Show", "withdrawn"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Show", "skipped"),
    Outcome.NOT_REACHED: QT_TRANSLATE_NOOP("Show", "not reached"),
}

_END_REASONS = {
    "postponed": QT_TRANSLATE_NOOP("Show", "postponed (power failure)"),
    "ended_by_outage": QT_TRANSLATE_NOOP("Show", "ended early (power failure)"),
}


def phase_label(phase: Phase) -> str:
    """上半场, 中场休息 ..."""
    return translate("Show", _PHASES[phase])


def outcome_label(outcome: Outcome | None) -> str:
    """What became of an act."""
    return translate("Show", _OUTCOMES[outcome]) if outcome else translate("Show", "on stage")


def end_reason_label(reason: str) -> str:
    """Why the show ended ("" for the normal end)."""
    text = _END_REASONS.get(reason)
    return translate("Show", text) if text else translate("Show", "as planned")


def severity_label(severity: str) -> str:
    """An escalation step."""
    if severity == "serious":
        return translate("Show", "serious")
    if severity == "minor":
        return translate("Show", "minor")
    return severity


def clock_text(seconds: int) -> str:
    """mm:ss, or h:mm:ss past an hour; a minus sign for negative values."""
    sign = "-" if seconds < 0 else ""
    hours, rest = divmod(abs(int(seconds)), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours}:{minutes:02d}:{secs:02d}" if hours else f"{sign}{minutes:02d}:{secs:02d}"


def describe_entry(entry: LogEntry, title_of) -> str:
    """One log line without its time, e.g. "Next: 《茉莉花》 goes on"."""
    title = entry.act_title or title_of(entry.act_id)
    other = title_of(entry.other_act_id) if entry.other_act_id else ""
    kind = entry.kind
    if kind == EventKind.DRAW:
        return draw_log_line(entry.act_title, entry.note)
    if kind == EventKind.SHOW_START:
        return translate("Show", "Show started; on stage: {title}").format(title=title)
    if kind == EventKind.NEXT:
        if not other:
            return translate("Show", "{title} ended; no act left").format(title=title)
        return translate("Show", "{title} ended; on stage: {other}").format(title=title,
                                                                            other=other)
    if kind == EventKind.RESTART:
        return translate("Show", "{title} broke down and restarts").format(title=title)
    if kind == EventKind.WITHDRAW:
        return translate("Show", "{title} broke down again and is withdrawn; on stage: "
                         "{other}").format(title=title, other=other or "—")
    if kind == EventKind.SWAP:
        return translate("Show", "{title} not ready; {other} goes first").format(
            title=title, other=other)
    if kind == EventKind.SKIP:
        return translate("Show", "{title} skipped").format(title=title)
    if kind == EventKind.INTERMISSION_START:
        return translate("Show", "Intermission begins")
    if kind == EventKind.INTERMISSION_END:
        return translate("Show", "Intermission over; on stage: {title}").format(title=title)
    if kind == EventKind.SHOW_END:
        return translate("Show", "Show ended ({reason})").format(
            reason=end_reason_label(entry.detail))
    if kind == EventKind.INCIDENT_START:
        return translate("Show", "Incident {n}: {kind}").format(n=entry.incident,
                                                                kind=kind_label(entry.detail))
    if kind == EventKind.INCIDENT_ESCALATE:
        return translate("Show", "Incident {n} escalated: {step}").format(
            n=entry.incident, step=severity_label(entry.detail))
    if kind == EventKind.INCIDENT_RESOLVE:
        return translate("Show", "Incident {n} resolved").format(n=entry.incident)
    if entry.incident is not None:
        return translate("Show", "Note on incident {n}: {text}").format(n=entry.incident,
                                                                        text=entry.note)
    return translate("Show", "Note: {text}").format(text=entry.note)
