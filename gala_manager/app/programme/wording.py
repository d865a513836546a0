"""Words of the Programme area: kinds, statuses, sections, problems and input errors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.formatting import format_minutes
from gala_manager.app.wording import describe_error, register_problem_wording, too_long_text
from gala_manager.core.checks import Problem
from gala_manager.core.durations import ACCEPTED_EXAMPLES, format_duration
from gala_manager.core.errors import TextTooLongError, ValidationError
from gala_manager.core.models import ActKind, ActStatus, MicKind, RehearsalKind, SectionKind
from gala_manager.core.operations import Area
from gala_manager.core.programme.rows import ProgrammeSummary

translate = QCoreApplication.translate

_KINDS = {
    ActKind.OPENING: QT_TRANSLATE_NOOP("Programme", "Opening"),
    ActKind.DANCE: QT_TRANSLATE_NOOP("Programme", "Dance"),
    ActKind.SONG: QT_TRANSLATE_NOOP("Programme", "Song"),
    ActKind.SKETCH: QT_TRANSLATE_NOOP("Programme", "Sketch"),
    ActKind.STAGE_PLAY: QT_TRANSLATE_NOOP("Programme", "Stage play"),
    ActKind.CROSSTALK: QT_TRANSLATE_NOOP("Programme", "Crosstalk"),
    ActKind.RECITATION: QT_TRANSLATE_NOOP("Programme", "Recitation"),
    ActKind.INSTRUMENTAL: QT_TRANSLATE_NOOP("Programme", "Instrumental"),
    ActKind.PRIZE_QUIZ: QT_TRANSLATE_NOOP("Programme", "Prize quiz"),
    ActKind.AWARD: QT_TRANSLATE_NOOP("Programme", "Awards"),
    ActKind.HOST_SEGMENT: QT_TRANSLATE_NOOP("Programme", "Host segment"),
    ActKind.INTERMISSION: QT_TRANSLATE_NOOP("Programme", "Intermission"),
    ActKind.CLOSING: QT_TRANSLATE_NOOP("Programme", "Closing"),
    ActKind.OTHER: QT_TRANSLATE_NOOP("Programme", "Other"),
}
_STATUSES = {
    ActStatus.SUBMITTED: QT_TRANSLATE_NOOP("Programme", "Submitted"),
    ActStatus.SELECTED: QT_TRANSLATE_NOOP("Programme", "Selected"),
    ActStatus.NOT_SELECTED: QT_TRANSLATE_NOOP("Programme", "Not selected"),
    ActStatus.REHEARSED: QT_TRANSLATE_NOOP("Programme", "Rehearsed"),
    ActStatus.CONFIRMED: QT_TRANSLATE_NOOP("Programme", "Confirmed"),
    ActStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Programme", "Withdrawn"),
}
_MICS = {
    MicKind.HANDHELD: QT_TRANSLATE_NOOP("Programme", "handheld"),
    MicKind.HEADSET: QT_TRANSLATE_NOOP("Programme", "headset"),
    MicKind.LAVALIER: QT_TRANSLATE_NOOP("Programme", "lavalier"),
    MicKind.STAND: QT_TRANSLATE_NOOP("Programme", "on stand"),
}
_SECTIONS = {
    SectionKind.FIRST_HALF: QT_TRANSLATE_NOOP("Programme", "First half"),
    SectionKind.SECOND_HALF: QT_TRANSLATE_NOOP("Programme", "Second half"),
}
_REHEARSALS = {
    RehearsalKind.FIRST: QT_TRANSLATE_NOOP("Programme", "First rehearsal"),
    RehearsalKind.FINAL: QT_TRANSLATE_NOOP("Programme", "Final rehearsal"),
}
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("Programme", "Title"),
    "duration": QT_TRANSLATE_NOOP("Programme", "Duration"),
    "changeover": QT_TRANSLATE_NOOP("Programme", "Changeover"),
    "default_changeover": QT_TRANSLATE_NOOP("Programme", "Default changeover"),
    "measured": QT_TRANSLATE_NOOP("Programme", "Measured time"),
    "fixed_start": QT_TRANSLATE_NOOP("Programme", "Fixed start"),
    "head_count": QT_TRANSLATE_NOOP("Programme", "Head count"),
    "mic_count": QT_TRANSLATE_NOOP("Programme", "Microphones"),
    "section_name": QT_TRANSLATE_NOOP("Programme", "Section name"),
}


def kind_label(kind: ActKind) -> str:
    """The translated name of an act kind (舞蹈, 小品 ...)."""
    return translate("Programme", _KINDS[ActKind(kind)])


def status_label(status: ActStatus) -> str:
    """The translated name of an act status."""
    return translate("Programme", _STATUSES[ActStatus(status)])


def mic_kind_label(kind: MicKind) -> str:
    """The translated name of a microphone kind."""
    return translate("Programme", _MICS[MicKind(kind)])


def rehearsal_label(kind: RehearsalKind) -> str:
    """The translated name of a rehearsal kind."""
    return translate("Programme", _REHEARSALS[RehearsalKind(kind)])


def section_label(kind: SectionKind | None, name: str) -> str:
    """A section's name: its own, or 上半场 / 下半场 for the unnamed halves."""
    if name:
        return name
    if kind in _SECTIONS:
        return translate("Programme", _SECTIONS[kind])
    return ""


def clock_text(moment: dt.datetime, day_offset: int = 0) -> str:
    """"19:05", or "00:15 (+1)" for the next day."""
    text = moment.strftime("%H:%M")
    return f"{text} (+{day_offset})" if day_offset else text


def end_text(summary: ProgrammeSummary) -> str:
    """The planned end as every screen and sheet writes it: "21:33", "00:15 (+1)"."""
    if summary.planned_end is None:
        return "—"
    return clock_text(summary.planned_end, (summary.planned_end.date() - summary.start.date()).days)


def length_text(summary: ProgrammeSummary) -> str:
    """The running time as every screen and sheet writes it: "2 h 33 min", "32分钟"."""
    return format_minutes(summary.total_minutes)


def totals_text(summary: ProgrammeSummary) -> str:
    """"Planned end 21:33 · running time 2 h 33 min · 17 items" (run-sheets, console)."""
    count = summary.act_count  # lupdate reads a plural count only from a plain name
    return translate("Runsheet", "Planned end {end} · running time {total} · %n item(s)", "",
                     count).format(end=end_text(summary), total=length_text(summary))


def field_label(field: str) -> str:
    """The translated name of an act field in messages."""
    text = _FIELDS.get(field)
    return translate("Programme", text) if text else field


def accepted_formats() -> str:
    """The list of duration formats the parser accepts."""
    return "  ".join(ACCEPTED_EXAMPLES)


def describe_programme_error(exc: BaseException) -> str:
    """An input or verb error of the Programme area in words."""
    if isinstance(exc, ValidationError):
        field = field_label(exc.field)
        if exc.code == "duration_format":
            return translate(
                "Programme", "{field}: “{value}” is not a length of time. Accepted formats: "
                "{formats}.").format(field=field, value=exc.value, formats=accepted_formats())
        if exc.code == "duration_range":
            return translate(
                "Programme", "{field}: the length must be more than zero and at most six "
                "hours (a changeover at most one hour).").format(field=field)
        if exc.code == "time_format":
            return translate("Programme", "{field}: “{value}” is not a time of day; type it "
                             "as 21:00.").format(field=field, value=exc.value)
        if isinstance(exc, TextTooLongError):
            return too_long_text(exc, field)
        if exc.code == "too_long":
            return translate("Programme", "{field} is too long.").format(field=field)
        if exc.code == "required":
            return translate("Programme", "{field} is required.").format(field=field)
        if exc.code == "out_of_range":
            return translate("Programme", "{field}: the number is out of range.").format(
                field=field)
    return describe_error(exc)


def describe_programme_problem(problem: Problem) -> str | None:
    """Words for the Programme area's problem codes; None for other areas' codes."""
    if problem.area != Area.PROGRAMME:
        return None
    p = problem.params
    needed = p.get("needed", 0)  # lupdate reads a plural count only from a plain name
    texts = {
        "performer_back_to_back": lambda: translate(
            "Programme", "{performer} performs in “{first}” and right after in “{second}”: "
            "no time to change.").format(**p),
        "act_not_selected": lambda: translate(
            "Programme", "“{title}” is in the running order but is “{status}”.").format(
            title=p["title"], status=status_label(ActStatus(p["status"]))),
        "act_withdrawn": lambda: translate(
            "Programme", "“{title}” was withdrawn but is still in the running order.").format(
            title=p["title"]),
        "act_without_contact": lambda: translate(
            "Programme", "“{title}” has no contact person.").format(title=p["title"]),
        "running_total_under": lambda: translate(
            "Programme", "The programme runs {minutes} min, shorter than the planned "
            "{min}–{max} min.").format(**p),
        "running_total_over": lambda: translate(
            "Programme", "The programme runs {minutes} min, longer than the planned "
            "{min}–{max} min.").format(**p),
        "fixed_start_overlap": lambda: translate(
            "Programme", "“{title}” is fixed at {fixed}, but the act before it is still on "
            "for {minutes} min.").format(**p),
        "host_link_without_host": lambda: translate(
            "Programme", "The host link before “{title}” has no host to speak it.").format(
            title=p["title"]),
        "mics_back_to_back": lambda: translate(
            "Programme", "“{first}” and “{second}” follow each other and need {needed} "
            "{kind} microphones; the gala has {available}.").format(
            first=p["first"], second=p["second"], needed=p["needed"],
            kind=mic_kind_label(MicKind(p["kind"])), available=p["available"]),
        "act_too_short": lambda: translate(
            "Programme", "“{title}” lasts only {length}; were {seconds} minutes meant ({clock} "
            "means {seconds} minutes in Ontime)?").format(
            title=p["title"], length=format_duration(p["seconds"]), seconds=p["seconds"],
            clock=f"00:{p['seconds']:02d}"),
        "act_too_long": lambda: translate(
            "Programme", "“{title}” lasts {length}, longer than an hour.").format(
            title=p["title"], length=format_duration(p["seconds"])),
        "music_missing": lambda: translate(
            "Programme", "The track of “{title}” is missing: {file}").format(**p),
        "music_unreadable": lambda: translate(
            "Programme", "The track of “{title}” cannot be read as audio: {file}").format(**p),
        "music_longer": lambda: translate(
            "Programme", "The track of “{title}” plays {track}, longer than the act's "
            "{act}.").format(**p),
        "mics_exceed": lambda: translate(
            "Programme", "“{title}” needs %n microphone(s); the gala has {available}.", "",
            needed).format(**p),
    }
    text = texts.get(problem.code)
    return text() if text else None


register_problem_wording(describe_programme_problem)
