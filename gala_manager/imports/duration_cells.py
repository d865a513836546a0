"""Durations and clock times from sheet cells: typed text, Excel time cells, numbers in a
column headed in minutes or seconds, and the forms Ontime rundowns write.

- `duration_from_cell(value, header="") -> int` seconds, for our own sheets;
- `reads_as_seconds_clock(value)`: "00:12" read as 12 seconds, which Ontime would
  mean as 12 minutes: the import flags it;
- `ontime_seconds(value) -> int | None`: a Duration, Time Start or Time End cell
  as Ontime reads it (hh:mm, hh:mm:ss, 1h30m, a bare number of minutes).
Unreadable values raise `ValidationError("duration", "duration_format", text)`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata

from gala_manager.core.durations import parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.imports.workbook import cell_text, normalise_header, number_text

_SHORT_CLOCK = re.compile(r"^0{1,2}:([0-5]\d)$")
_ONTIME_PARTS = re.compile(r"[\s,:.]+")


def _clock(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def duration_from_cell(value: object, header: str = "") -> int:
    """Seconds from a duration cell; raises `ValidationError("duration", ...)`."""
    if isinstance(value, dt.timedelta):
        return parse_duration(_clock(int(value.total_seconds())))
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        # Excel reads a typed "3:30" as 03:30 (hours); nobody submits a 3-hour act,
        # so a time without seconds is minutes:seconds.
        if value.second == 0 and value.hour:
            return parse_duration(f"{value.hour}:{value.minute:02d}")
        return parse_duration(_clock(value.hour * 3600 + value.minute * 60 + value.second))
    if isinstance(value, int | float) and not isinstance(value, bool):
        unit = normalise_header(header)
        if 0 < value < 1:  # an Excel time serial: a fraction of a day
            return parse_duration(_clock(round(value * 86400)))
        if "秒" in unit or "sec" in unit:
            return parse_duration(f"{value}秒")
        if "分" in unit or "min" in unit:
            return parse_duration(f"{value}分钟")
        raise ValidationError("duration", "duration_format", cell_text(value))
    if isinstance(value, str):
        return _typed(value)
    return parse_duration(number_text(value))


@functools.lru_cache(maxsize=1024)  # a sheet repeats its few lengths on every row
def _typed(text: str) -> int:
    return parse_duration(number_text(text))


def reads_as_seconds_clock(value: object) -> bool:
    """Whether a typed duration is a two-part clock under a minute ("00:12", "0:45"):
    read as seconds here, while Ontime writes 12 minutes as 00:12."""
    return isinstance(value, str) and bool(_SHORT_CLOCK.match(number_text(value)))


def _unreadable(value: object) -> ValidationError:
    return ValidationError("duration", "duration_format", cell_text(value))


def _user_time(text: str) -> int:
    """Ontime's reading of a typed time or duration, in seconds (its parseUserTime):
    "1h30m" and "10m30" by their units, "10:00:00" and "00:10" as hours, minutes
    (and seconds), "10" as minutes, "1030" as 10:30, "7pm" as 19:00."""
    text = text.casefold().replace(" ", "")
    pm, am = text.endswith(("pm", "p")), text.endswith(("am", "a"))
    if pm or am:
        text = text.removesuffix("m")[:-1]
    if re.search("[hms]", text):
        return parse_duration(text, allow_zero=True)
    parts = [p for p in _ONTIME_PARTS.split(text) if p]
    if not parts or not all(p.isdigit() for p in parts) or len(parts) > 3:
        raise ValueError(text)
    if len(parts) == 1:
        digits = parts[0]
        if len(digits) <= 2:
            seconds = int(digits) * (3600 if am or pm else 60)
        elif len(digits) <= 4:
            seconds = int(digits[:-2]) * 3600 + int(digits[-2:]) * 60
        else:
            seconds = int(digits[:2]) * 3600 + int(digits[2:4]) * 60 + int(digits[4:6])
    else:
        numbers = [int(p) for p in parts] + [0]
        seconds = numbers[0] * 3600 + numbers[1] * 60 + numbers[2]
    if am and seconds // 3600 == 12:
        seconds -= 12 * 3600
    elif pm and seconds // 3600 < 12:
        seconds += 12 * 3600
    return seconds


def ontime_seconds(value: object) -> int | None:
    """A Duration, Time Start or Time End cell of an Ontime rundown, in seconds (a time
    of day counts from midnight); None when empty. Read as Ontime reads it: a time
    cell as hh:mm:ss, "00:10" as ten minutes, a bare number as minutes."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise _unreadable(value)
    if isinstance(value, dt.timedelta):
        return int(value.total_seconds())
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return value.hour * 3600 + value.minute * 60 + value.second
    if isinstance(value, int | float):
        return round(value * 60)
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    try:
        if "T" in text:  # an ISO date and time, as some tools export a time cell
            moment = dt.datetime.fromisoformat(text).time()
            return moment.hour * 3600 + moment.minute * 60 + moment.second
        return _user_time(text)
    except ValueError:
        raise _unreadable(value) from None
