"""Reading the console as a user reads it: the acts standing by and the one to call."""

from __future__ import annotations


def _row_text(row) -> str:
    contact = row.contact.text()
    return f"{row.title.full_text()}  {contact}" if contact else row.title.full_text()


def standby_text(console) -> str:
    """The acts standing by, one line each ("—" for none)."""
    return "\n".join(_row_text(row) for row in console.queue.standby_rows if row.isVisible())


def call_text(console) -> str:
    """The act to call next ("—" for none)."""
    return _row_text(console.queue.call_row)
