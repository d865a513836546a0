"""The VTIMEZONE of a calendar's zone (RFC 5545 3.6.5), from the zone database.

Each change of UTC offset within the years the events fall in becomes one
observance (STANDARD or DAYLIGHT) with its own start, so no recurrence rule has
to be guessed. Asia/Shanghai, the default, has kept +08:00 since 1991: one
observance, and it is written without the zone database (Windows may lack it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Shanghai"


def zone_or_default(tzid: str | None) -> str:
    """`tzid` when the zone database knows it, else Asia/Shanghai."""
    if tzid and tzid != DEFAULT_ZONE:
        try:
            ZoneInfo(tzid)
            return tzid
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return DEFAULT_ZONE


def _offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}{rest:02d}"


def _transitions(zone: ZoneInfo, years: Iterable[int]) -> list[tuple[dt.datetime, dt.timedelta,
                                                                     dt.timedelta, bool]]:
    """(local start, offset before, offset after, daylight) of each change in `years`."""
    found = []
    for year in sorted(set(years)):
        moment = dt.datetime(year, 1, 1, tzinfo=dt.UTC)
        end = dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC)
        before = moment.astimezone(zone).utcoffset()
        while moment < end:
            later = moment + dt.timedelta(hours=1)
            offset = later.astimezone(zone).utcoffset()
            if offset != before:
                # The minute it changes; the onset is written in the local time before it.
                onset = next(moment + dt.timedelta(minutes=m) for m in range(1, 61)
                             if (moment + dt.timedelta(minutes=m)).astimezone(zone).utcoffset()
                             != before)
                daylight = bool(onset.astimezone(zone).dst())
                found.append(((onset + before).replace(tzinfo=None), before, offset, daylight))
                before = offset
            moment = later
    return found


def vtimezone_lines(tzid: str, years: Iterable[int]) -> list[str]:
    """The VTIMEZONE component of `tzid` for events in `years` (content lines)."""
    years = list(years) or [dt.date.today().year]
    if tzid == DEFAULT_ZONE:
        changes, offset = [], dt.timedelta(hours=8)
    else:
        zone = ZoneInfo(tzid)
        changes = _transitions(zone, years)
        offset = dt.datetime(min(years), 1, 1, tzinfo=dt.UTC).astimezone(zone).utcoffset()
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    first = dt.datetime(min(years), 1, 1)
    observances = [(first, offset, offset, False), *changes] if changes else \
        [(dt.datetime(1970, 1, 1), offset, offset, False)]
    for start, before, after, daylight in observances:
        kind = "DAYLIGHT" if daylight else "STANDARD"
        lines += [f"BEGIN:{kind}", f"DTSTART:{start:%Y%m%dT%H%M%S}",
                  f"TZOFFSETFROM:{_offset(before)}", f"TZOFFSETTO:{_offset(after)}",
                  f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return lines
