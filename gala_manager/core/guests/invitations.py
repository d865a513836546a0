"""The committee's own invitation texts per kind of guest (the app supplies the defaults)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import GuestKind, InvitationText
from gala_manager.core.operations import Area, changes

MAX_TEXT = 2000


def invitation_texts(session: Session) -> dict[GuestKind, tuple[str, str]]:
    """(greeting, body) for each kind the committee wrote its own words for."""
    return {row.kind: (row.greeting, row.body)
            for row in session.scalars(select(InvitationText))}


@changes(Area.GUESTS)
def set_invitation_text(session: Session, *, kind: GuestKind,
                        text: tuple[str, str] | None) -> tuple[str, str] | None:
    """Set the greeting and body for a kind (None or both empty: the default words);
    returns the previous text (for undo)."""
    kind = GuestKind(kind)
    row = session.get(InvitationText, kind)
    previous = (row.greeting, row.body) if row is not None else None
    if text is not None and not any(part.strip() for part in text):
        text = None
    if text is not None and max(len(part) for part in text) > MAX_TEXT:
        raise ValidationError("body", "too_long", max(len(part) for part in text))
    if text is None:
        if row is not None:
            session.delete(row)
        return previous
    if row is None:
        row = InvitationText(kind=kind)
        session.add(row)
    row.greeting, row.body = text
    return previous
