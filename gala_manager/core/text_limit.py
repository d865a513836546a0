"""The longest text a gala keeps in one field, and the refusal of a longer one."""

from __future__ import annotations

from gala_manager.core import errors

# A note of a few pages; longer texts are refused where they are typed, pasted or
# imported, so a gala never holds megabytes in one field that every print must carry.
MAX_TEXT = 5000


def refuse_too_long(field: str, value: object) -> None:
    """Raise `TextTooLongError` when `value` is a text longer than `MAX_TEXT`."""
    if isinstance(value, str) and len(value) > MAX_TEXT:
        raise errors.TextTooLongError(field, "too_long", len(value), limit=MAX_TEXT)
