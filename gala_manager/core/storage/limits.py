"""The longest text a gala keeps: every text a verb writes is measured before it is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gala_manager.core import errors

if TYPE_CHECKING:  # the limit itself is read by the window before the storage layer loads
    from sqlalchemy.orm import Session

# A note of a few pages; longer texts are refused where they are typed, pasted or
# imported, so a gala never holds megabytes in one field that every print must carry.
MAX_TEXT = 5000


def refuse_long_text(session: Session, _context: object, _instances: object) -> None:
    """`before_flush`: raise `TextTooLongError` for any text longer than `MAX_TEXT` that
    a new or changed row would save; the transaction then writes nothing."""
    from sqlalchemy import inspect

    for row in (*session.new, *session.dirty):
        state = inspect(row)
        for column in state.mapper.column_attrs:
            for value in state.attrs[column.key].history.added:
                if isinstance(value, str) and len(value) > MAX_TEXT:
                    raise errors.TextTooLongError(column.key, "too_long", len(value),
                                                  limit=MAX_TEXT)
