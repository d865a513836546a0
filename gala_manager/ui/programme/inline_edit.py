"""Turn text typed into a cell of the running order into act field changes."""

from __future__ import annotations

import datetime as dt
import re

from gala_manager.core.durations import parse_duration
from gala_manager.core.errors import ValidationError

_TIME = re.compile(r"^(\d{1,2})\s*[:：点時时.]\s*(\d{1,2})?\s*分?$")


def parse_clock(text: str, field: str = "fixed_start") -> dt.time | None:
    """"21:00", "21：00", "21点", "21点30" → a time; "" → None; else ValidationError."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match = _TIME.match(cleaned)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(field, "time_format", text)


def changes_for(field: str, text: str) -> dict:
    """The `update_act` changes for a typed value; raises `ValidationError`."""
    if field == "duration_seconds":
        return {field: parse_duration(text)}
    if field == "changeover_seconds":
        cleaned = text.strip()
        return {field: parse_duration(cleaned, allow_zero=True, field="changeover")
                if cleaned else None}
    if field == "fixed_start":
        return {field: parse_clock(text)}
    if field == "title" and not text.strip():
        raise ValidationError("title", "required", text)
    return {field: text.strip()}
