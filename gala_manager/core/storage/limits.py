"""Every text a verb writes is measured before it is saved (`core/text_limit.py`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gala_manager.core.text_limit import refuse_too_long

if TYPE_CHECKING:  # SQLAlchemy loads with the storage layer, after the window
    from sqlalchemy.orm import Session


def refuse_long_text(session: Session, _context: object, _instances: object) -> None:
    """`before_flush`: raise `TextTooLongError` for any text longer than `MAX_TEXT` that
    a new or changed row would save; the transaction then writes nothing."""
    from sqlalchemy import inspect

    for row in (*session.new, *session.dirty):
        state = inspect(row)
        for column in state.mapper.column_attrs:
            for value in state.attrs[column.key].history.added:
                refuse_too_long(column.key, value)
