"""Recognise a gala file before touching it; tell each kind of bad file apart."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.storage.engine import APPLICATION_ID, connect_raw, read_application_id

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def inspect_file(path: Path) -> None:
    """Raise a specific `GalaFileError` unless `path` looks like a sound gala file.

    Only reads: the file is opened with `mode=ro`, so a stranger's database,
    a truncated copy or a text file is never written to. A gala with an
    interrupted save must have it undone first (see `recovery`).
    """
    inspect_header(path)
    inspect_database(path)


def inspect_header(path: Path) -> bytes:
    """The checks that need no SQLite: there is a file, it is a database, and ours.

    Run before an interrupted save is undone, so that nothing is ever written to a
    folder, a text file or another program's database. Returns the header.
    """
    path = Path(path)
    if path.is_dir():
        raise errors.IsDirectoryError(path)
    if not path.exists():
        raise errors.FileMissingError(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(HEADER_SIZE)
    except PermissionError as exc:
        raise errors.PermissionDeniedError(path) from exc
    except OSError as exc:
        raise errors.PermissionDeniedError(path) from exc
    if size == 0:
        raise errors.EmptyFileError(path)
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise errors.NotSQLiteError(path)
    # The application id never changes after the file is made, so the header on disk
    # tells it even while an interrupted save waits to be undone.
    if int.from_bytes(header[68:72], "big") != APPLICATION_ID:
        raise errors.ForeignDatabaseError(path)
    return header


def inspect_database(path: Path) -> None:
    """The checks through SQLite: complete (not cut off while copying) and sound."""
    path = Path(path)
    header = inspect_header(path)
    size = path.stat().st_size
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    # The in-header page count is valid only when the change counter matches
    # (SQLite ≥ 3.7.0 always writes it); a shorter file was cut off.
    if header[24:28] == header[92:96] and page_count and size < page_size * page_count:
        raise errors.TruncatedFileError(path)
    try:
        conn = connect_raw(path, read_only=True)
    except sqlite3.DatabaseError as exc:
        raise _classify(path, exc) from exc
    try:
        if read_application_id(conn) != APPLICATION_ID:
            raise errors.ForeignDatabaseError(path)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise errors.CorruptFileError(path)
    except sqlite3.DatabaseError as exc:
        raise _classify(path, exc) from exc
    finally:
        conn.close()


def _classify(path: Path, exc: sqlite3.DatabaseError) -> errors.GalaFileError:
    text = str(exc).lower()
    if "not a database" in text:
        return errors.NotSQLiteError(path)
    if "unable to open" in text and not os.access(path, os.R_OK):
        return errors.PermissionDeniedError(path)
    if "locked" in text or "busy" in text:
        # Another program holds it in the middle of a long save: in use, not damaged.
        return errors.FileLockedError(path)
    return errors.CorruptFileError(path)
