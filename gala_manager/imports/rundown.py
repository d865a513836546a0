"""A rundown read as the rundown tool means it: Ontime's layout, or any sheet of acts with
start and end times.

Ontime (getontime.no) rundowns name each row's type in a "Timer Type" column: `group`
(or `group-start`) opens a group such as 上半场 until the next group or a `group-end`,
`milestone` marks a moment (not an act), `skip-import` is left out on purpose, and
an empty type or a timer type (count-down, count-up, clock …) is an event. An event's
length is its Duration; without one, Time End minus Time Start, where a missing
start is the previous event's end (Ontime links events). Times and durations are
read as Ontime reads them (`ontime_seconds`).
"""

from __future__ import annotations

from dataclasses import dataclass

from gala_manager.core.checks import Severity
from gala_manager.core.errors import ValidationError
from gala_manager.core.import_rows import RowProblem
from gala_manager.imports.duration_cells import duration_from_cell, ontime_seconds
from gala_manager.imports.headers import ONTIME_MARKS
from gala_manager.imports.tables import SourceRow, TableRead
from gala_manager.imports.workbook import cell_text, normalise_header

_DAY = 24 * 3600
_GROUP = ("group", "group-start", "block")
_EVENT = ("", "event", "count-down", "countdown", "count-up", "countup", "time-to-end",
          "clock", "none")


@dataclass(frozen=True)
class RundownEntry:
    """One row of a rundown: `kind` is "group", "group-end", "milestone", "event" or
    "other" (a type the tool does not import); `duration` is an event's length in
    seconds (None when the row does not give it)."""

    source: SourceRow
    kind: str
    title: str
    duration: int | None = None
    problems: tuple[RowProblem, ...] = ()
    timer_type: str = ""


def is_rundown(table: TableRead) -> bool:
    """Whether a table is a rundown: a title with start or end times, or a timer type."""
    return "title" in table.columns and any(mark in table.columns for mark in ONTIME_MARKS)


def is_ontime(table: TableRead) -> bool:
    """Whether a rundown is laid out by Ontime (its times and durations read its way)."""
    return "timer_type" in table.columns or "cue" in {
        normalise_header(h) for h in table.unmatched_headers}


def _seconds(values: dict, key: str, problems: list[RowProblem], code: str) -> int | None:
    try:
        return ontime_seconds(values.get(key))
    except ValidationError:
        problems.append(RowProblem(code, Severity.ERROR, cell_text(values.get(key)), key))
        return None


def _length(table: TableRead, values: dict, ontime: bool,
            problems: list[RowProblem]) -> int | None:
    if values.get("duration") in (None, ""):
        return None
    try:
        if ontime:
            return ontime_seconds(values["duration"])
        return duration_from_cell(values["duration"], table.headers.get("duration", ""))
    except ValidationError as exc:
        problems.append(RowProblem(exc.code, Severity.ERROR, exc.value, "duration"))
        return None


def read_rundown(table: TableRead) -> list[RundownEntry]:
    """Every row of a rundown table, in order, with each event's length."""
    ontime = is_ontime(table)
    entries: list[RundownEntry] = []
    clock: int | None = None  # where the previous event ended
    for source in table.rows:
        values = source.values
        timer = cell_text(values.get("timer_type")).casefold()
        title = cell_text(values.get("title"))
        if timer in _GROUP or timer in ("group-end", "milestone") or timer not in _EVENT:
            kind = "group" if timer in _GROUP else timer if timer in (
                "group-end", "milestone") else "other"
            entries.append(RundownEntry(source, kind, title, timer_type=timer))
            continue
        problems: list[RowProblem] = []
        start = _seconds(values, "time_start", problems, "time_format")
        end = _seconds(values, "time_end", problems, "time_format")
        length = _length(table, values, ontime, problems)
        begin = start if start is not None else clock
        if length is None and end is not None and begin is not None:
            length = (end - begin) % _DAY  # an event past midnight ends the next day
        if begin is not None and length is not None:
            clock = (begin + length) % _DAY
        elif end is not None:
            clock = end
        entries.append(RundownEntry(source, "event", title, length, tuple(problems), timer))
    return entries
