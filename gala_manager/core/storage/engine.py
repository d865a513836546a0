"""SQLite engines for gala files: pragmas, transactions and the file's identity."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

# 'GALA' in ASCII: marks a file as ours so that another program's SQLite
# database is recognised as such before we write anything to it.
APPLICATION_ID = 0x47414C41
BUSY_TIMEOUT_MS = 5000


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    """A `file:` URI for sqlite3; `mode=ro` guarantees nothing is written."""
    mode = "ro" if read_only else "rw"
    return f"file:{quote(str(Path(path).resolve()))}?mode={mode}"


def connect_raw(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A plain sqlite3 connection with the document pragmas, autocommit mode."""
    conn = sqlite3.connect(
        sqlite_uri(path, read_only=read_only),
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    _apply_pragmas(conn, read_only=read_only)
    return conn


def _apply_pragmas(conn: sqlite3.Connection, *, read_only: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    if not read_only:
        # A document is one file: a rollback journal, never WAL (which would
        # leave -wal/-shm files beside it that a copy or an e-mail can lose).
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA synchronous=FULL")


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine whose every transaction is a real SQLite transaction.

    pysqlite's own transaction handling defers BEGIN and ignores DDL; we take
    over so that a transaction starts when SQLAlchemy says so. Writers use
    BEGIN IMMEDIATE so that a conflicting writer fails at once, not mid-edit.
    """
    path = Path(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, read_only=read_only),
        poolclass=NullPool if read_only else None,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


def read_application_id(conn: sqlite3.Connection) -> int:
    """The `application_id` stored in the file's header."""
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def mark_as_gala_file(conn: sqlite3.Connection) -> None:
    """Stamp the header so later opens recognise the file as a gala."""
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
