"""Which rows of the followed tables a transaction wrote, so readers re-read only those.

`follow(connection)` gives one SQLite connection temporary triggers that note
the id of every row inserted, updated or deleted in `FOLLOWED` tables, however
the write came about: an ORM flush, a bulk UPDATE, raw SQL or a foreign key's
ON DELETE SET NULL. `take_touched(connection)` returns those ids and empties
the note. Both run inside the writing transaction, so a rolled-back write
leaves no note, and the triggers live in the connection's TEMP schema: the
file itself never changes. `GalaDocument.run` calls both around every verb.
"""

from __future__ import annotations

from sqlalchemy import Connection

# Tables whose rows readers keep across changes: the running order's acts and names, and
# the awards' rows and quiz questions that point at acts (`core/awards/tables.py`,
# `core/quiz/checks.py`).
FOLLOWED = ("act", "person", "score", "audience_vote", "award_entry", "award_tiebreak",
            "quiz_question")
_NOTE = "gala_touched"


def _setup_sql() -> list[str]:
    statements = [f"CREATE TEMP TABLE IF NOT EXISTS {_NOTE} (tbl TEXT NOT NULL, row INTEGER)"]
    for table in FOLLOWED:
        for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
            statements.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {_NOTE}_{table}_{event.lower()} "
                f"AFTER {event} ON main.{table} BEGIN "
                f"INSERT INTO {_NOTE} VALUES ('{table}', {row}.id); END")
        # An UPDATE that changes the id itself: the old id is gone too.
        statements.append(
            f"CREATE TEMP TRIGGER IF NOT EXISTS {_NOTE}_{table}_rekey "
            f"AFTER UPDATE OF id ON main.{table} WHEN OLD.id IS NOT NEW.id BEGIN "
            f"INSERT INTO {_NOTE} VALUES ('{table}', OLD.id); END")
    return statements


_SETUP = _setup_sql()
_TRIGGER_COUNT = len(_SETUP) - 1


def follow(connection: Connection) -> None:
    """Make sure this connection notes its writes (a new connection gets the triggers)."""
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE ?",
        (f"{_NOTE}_%",)).scalar()
    if found != _TRIGGER_COUNT:
        for statement in _SETUP:
            connection.exec_driver_sql(statement)


def take_touched(connection: Connection) -> dict[str, frozenset[int]]:
    """The ids written in each followed table since the last call; the note is emptied."""
    rows = connection.exec_driver_sql(f"SELECT DISTINCT tbl, row FROM {_NOTE}").fetchall()
    if not rows:
        return {}
    connection.exec_driver_sql(f"DELETE FROM {_NOTE}")
    touched: dict[str, set[int]] = {}
    for table, row in rows:
        touched.setdefault(table, set()).add(row)
    return {table: frozenset(ids) for table, ids in touched.items()}
