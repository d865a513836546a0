"""Parse act durations as people type them (3:30, 3分30秒, 3分30, 3'30") and format them back.

Public API:
- `parse_duration(text, *, allow_zero=False, field="duration") -> int` seconds;
  raises `ValidationError(field, "duration_format", text)` for text it does not
  understand (the UI words it as "accepted formats: 3:30, 3分30秒 ...") and
  `ValidationError(field, "duration_range", text)` for zero (unless allowed) or
  more than `MAX_SECONDS`.
- `format_duration(seconds) -> str`: "3:30", "1:02:05" (hours only when needed).
- `ACCEPTED_EXAMPLES`: the examples the UI lists in its message.
"""

from __future__ import annotations

import re
import unicodedata

from gala_manager.core.errors import ValidationError

MAX_SECONDS = 6 * 3600
ACCEPTED_EXAMPLES = ("3:30", "3分30秒", "3分30", "3'30", "210秒", "3.5分钟", "3 min 30 s",
                     "00:03:30")

# Typographic and full-width variants people paste from Word or a phone.
_TRANSLATE = str.maketrans({
    "：": ":", "’": "'", "‘": "'", "′": "'", "＇": "'", "”": '"', "“": '"', "″": '"',
    "＂": '"', "．": ".", "。": ".",
    **{chr(0xFF10 + i): str(i) for i in range(10)},
})
_NUMBER = r"(\d+(?:\.\d+)?)"
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,3}):(\d{1,2})$")
# 1小时5分30秒, 3分30秒, 3分钟, 210秒, 3.5分钟 and the English 3m30s, 4 min, 210 s; a bare
# number after the last unit counts in the next one down (3分30, 1h30, 5m30, as Ontime).
_UNITS = re.compile(
    rf"^(?:{_NUMBER}\s*(?:小时|时|h|hr|hrs|hour|hours)\s*)?"
    rf"(?:{_NUMBER}\s*(?:分钟|分|m|min|mins|minute|minutes)\s*)?"
    rf"(?:{_NUMBER}\s*(?:秒钟|秒|s|sec|secs|second|seconds)\s*)?"
    r"(\d{1,2})?$",
    re.IGNORECASE,
)
_QUOTES = re.compile(rf"^(?:{_NUMBER}\s*')?\s*(?:{_NUMBER}\s*(?:\"|'')?)?$")


def _fail(field: str, code: str, text: object) -> ValidationError:
    return ValidationError(field, code, text)


def _whole(value: float, field: str, text: str) -> int:
    seconds = round(value)
    if abs(value - seconds) > 1e-6:
        # 3.25秒 is not a duration anybody means; refuse rather than round.
        raise _fail(field, "duration_format", text)
    return seconds


def _parse(text: str, field: str) -> int | None:
    clock = _CLOCK.match(text)
    if clock:
        hours, minutes, seconds = clock.groups()
        if int(seconds) >= 60 or (hours is not None and int(minutes) >= 60):
            raise _fail(field, "duration_format", text)
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    units = _UNITS.match(text)
    if units and any(units.groups()[:3]):
        hours, minutes, seconds = (float(g) if g else 0.0 for g in units.groups()[:3])
        bare = units.group(4)
        if bare is not None:
            if units.group(3) or not (units.group(1) or units.group(2)):
                return None
            # 3分30 is 3 minutes 30 seconds; 1h30 is 1 hour 30 minutes.
            if units.group(2):
                seconds = float(bare)
            else:
                minutes = float(bare)
            if int(bare) >= 60:
                raise _fail(field, "duration_format", text)
        if units.group(3) and units.group(2) and seconds >= 60:
            raise _fail(field, "duration_format", text)
        return _whole(hours * 3600 + minutes * 60 + seconds, field, text)
    quotes = _QUOTES.match(text)
    if quotes and any(quotes.groups()) and ("'" in text or '"' in text):
        minutes, seconds = (float(g) if g else 0.0 for g in quotes.groups())
        if quotes.group(1) and seconds >= 60:
            raise _fail(field, "duration_format", text)
        return _whole(minutes * 60 + seconds, field, text)
    return None


def parse_duration(text: object, *, allow_zero: bool = False, field: str = "duration") -> int:
    """Seconds from a typed duration; raises `ValidationError` for anything else.

    Bare numbers are refused (is "4" minutes or seconds?), except "0" where a
    zero is allowed (a changeover of nothing).
    """
    if not isinstance(text, str):
        raise _fail(field, "duration_format", text)
    # Full-width digits, letters and signs count as their half-width forms (５ｍｉｎ).
    cleaned = unicodedata.normalize("NFKC", text.translate(_TRANSLATE)).strip()
    if allow_zero and re.fullmatch(r"0+", cleaned):
        return 0
    seconds = _parse(cleaned, field) if cleaned else None
    if seconds is None:
        raise _fail(field, "duration_format", text)
    if seconds > MAX_SECONDS or (seconds == 0 and not allow_zero):
        raise _fail(field, "duration_range", text)
    return seconds


def format_duration(seconds: int | None) -> str:
    """"3:30" for 210 seconds, "1:02:05" past an hour, "" for None."""
    if seconds is None:
        return ""
    sign = "-" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
