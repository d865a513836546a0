"""iCalendar (RFC 5545) files written by hand: events or to-dos for due dates.

Times carry the calendar's zone (a VTIMEZONE, see ical_zone); whole-day tasks
stay dates. Each entry's SEQUENCE and LAST-MODIFIED come from its task, so a
calendar that imported the file before takes a changed task as an update.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit.files import atomic_write_bytes
from gala_manager.export.tasks.ical_zone import DEFAULT_ZONE, vtimezone_lines

LINE_LIMIT = 75  # octets per line before folding (RFC 5545 3.1)


@dataclass(frozen=True)
class CalendarEntry:
    """One dated item. `time` None makes it a whole-day entry; a time is in the
    calendar's zone. `sequence` and `modified` (UTC) say how often and when it changed."""

    uid: str
    summary: str
    day: dt.date
    time: dt.time | None = None
    description: str = ""
    categories: tuple[str, ...] = ()
    status: str = ""  # NEEDS-ACTION / IN-PROCESS / COMPLETED / CANCELLED (to-dos)
    minutes: int = 30  # length of a timed event
    sequence: int = 0
    modified: dt.datetime | None = None


def escape_text(text: str) -> str:
    """A TEXT value escaped: backslash, semicolon, comma and newlines (3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded into CRLF-separated pieces of at most 75 octets.

    Continuation lines start with one space; a UTF-8 character is never cut.
    """
    pieces: list[str] = []
    current, size = "", 0
    limit = LINE_LIMIT
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = " ", 1
            limit = LINE_LIMIT
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def _date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def _datetime(day: dt.date, time: dt.time) -> str:
    return f"{_date(day)}T{time.strftime('%H%M%S')}"


def _utc(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _entry_lines(entry: CalendarEntry, kind: str, stamp: dt.datetime, zone: str) -> list[str]:
    lines = [f"BEGIN:{kind}", f"UID:{entry.uid}", f"DTSTAMP:{_utc(stamp.astimezone(dt.UTC))}",
             f"SEQUENCE:{entry.sequence}", f"SUMMARY:{escape_text(entry.summary)}"]
    if entry.modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(entry.modified)}")
    if kind == "VEVENT":
        if entry.time is None:
            lines += [f"DTSTART;VALUE=DATE:{_date(entry.day)}",
                      f"DTEND;VALUE=DATE:{_date(entry.day + dt.timedelta(days=1))}"]
        else:
            start = dt.datetime.combine(entry.day, entry.time)
            end = start + dt.timedelta(minutes=entry.minutes)
            lines += [f"DTSTART;TZID={zone}:{_datetime(entry.day, entry.time)}",
                      f"DTEND;TZID={zone}:{_datetime(end.date(), end.time())}"]
        if entry.status == "CANCELLED":
            lines.append("STATUS:CANCELLED")
    else:
        lines.append(f"DUE;VALUE=DATE:{_date(entry.day)}" if entry.time is None
                     else f"DUE;TZID={zone}:{_datetime(entry.day, entry.time)}")
        if entry.status:
            lines.append(f"STATUS:{entry.status}")
    if entry.description:
        lines.append(f"DESCRIPTION:{escape_text(entry.description)}")
    if entry.categories:
        lines.append("CATEGORIES:" + ",".join(escape_text(c) for c in entry.categories))
    lines.append(f"END:{kind}")
    return lines


def calendar_text(entries: Sequence[CalendarEntry], *, name: str, todo: bool = False,
                  stamp: dt.datetime | None = None, zone: str = DEFAULT_ZONE) -> str:
    """The whole calendar as text with CRLF line ends, each line folded; times are in
    `zone` (an IANA name the zone database knows, e.g. Asia/Shanghai)."""
    stamp = stamp or dt.datetime.now(dt.UTC)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.UTC)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gala Manager//Tasks//ZH",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(name)}",
             f"X-WR-TIMEZONE:{zone}"]
    timed = [entry for entry in entries if entry.time is not None]
    if timed:
        lines += vtimezone_lines(zone, {entry.day.year for entry in timed})
    for entry in entries:
        lines += _entry_lines(entry, "VTODO" if todo else "VEVENT", stamp, zone)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(path: Path, entries: Sequence[CalendarEntry], *, name: str,
                   todo: bool = False, stamp: dt.datetime | None = None,
                   zone: str = DEFAULT_ZONE) -> Path:
    """Write the calendar as UTF-8, atomically; returns the path."""
    text = calendar_text(entries, name=name, todo=todo, stamp=stamp, zone=zone)
    return atomic_write_bytes(path, text.encode("utf-8"))
