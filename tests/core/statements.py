"""Counting the SQL a read sends: a change elsewhere should cost a query nothing to read."""

from __future__ import annotations

from sqlalchemy import event


def statements_of(query):
    """A read that runs `query` and returns the SQL statements it sent."""
    def read(session):
        sent: list[str] = []
        connection = session.connection()

        def note(conn, cursor, statement, *args):
            sent.append(statement)

        event.listen(connection, "before_cursor_execute", note)
        try:
            query(session)
        finally:
            event.remove(connection, "before_cursor_execute", note)
        return sent

    return read
