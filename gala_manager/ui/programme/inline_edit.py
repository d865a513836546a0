"""Turn text typed into a cell of the running order into act field changes."""

from __future__ import annotations

import datetime as dt

from gala_manager.core.durations import parse_duration
from gala_manager.core.errors import ValidationError
from gala_manager.core.typed_dates import parse_time


def parse_clock(text: str, field: str = "fixed_start") -> dt.time | None:
    """"21:00", "2100", "21点30", "晚上9点" → a time; "" → None; else ValidationError."""
    return parse_time(text, field=field) if text.strip() else None


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
