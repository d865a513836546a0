"""Interrupted saves: the hot journal SQLite leaves when a save is cut off, and undoing it.

SQLite writes the original of every page it changes to `NAME.gala-journal` before it
touches the gala, and deletes that journal as the last step of a save. A journal still
there with a live header ("hot") means a save was cut off: the next connection that may
write plays it back, and the gala is exactly as after the last finished save. A
read-only connection cannot, and would call a sound file damaged; so the app undoes the
interrupted save first (under the gala's lock, so that the journal is nobody's live
transaction), and judges the file after. Deleting the journal instead really damages it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.storage.access import JOURNAL_SUFFIX, os_error, temp_beside
from gala_manager.core.storage.engine import connect_raw


def journal_path(path: Path) -> Path:
    """Where SQLite keeps the journal of a gala (beside the real file, see `sqlite_uri`)."""
    return Path(os.path.realpath(path) + JOURNAL_SUFFIX)


def has_hot_journal(path: Path) -> bool:
    """Whether a journal that SQLite would play back lies beside the gala.

    SQLite's own test: the journal exists and its first byte is not zero (a finished
    save deletes it). Only the holder of the gala's lock can tell that it is not the
    live transaction of another process; `GalaDocument.open` takes the lock first.
    """
    try:
        with open(journal_path(path), "rb") as handle:
            first = handle.read(1)
    except OSError:
        return False
    return first not in (b"", b"\x00")


def roll_back(path: Path) -> None:
    """Let SQLite undo the interrupted save; the caller holds the gala's lock."""
    try:
        conn = connect_raw(path, read_only=False)
        try:
            # The first read on a connection that may write plays the journal back.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "full" in str(exc).lower():
            raise errors.DiskFullError(Path(path)) from exc
        raise errors.CorruptFileError(Path(path)) from exc


def recover_into_copy(path: Path, target: Path) -> None:
    """Write the gala with its interrupted save undone to `target`; the original and
    its journal stay as they are (for a gala on a read-only disk or folder)."""
    path, target = Path(path), Path(target)
    tmp = temp_beside(target)
    tmp_journal = Path(str(tmp) + JOURNAL_SUFFIX)
    try:
        shutil.copyfile(os.path.realpath(path), tmp)
        shutil.copyfile(journal_path(path), tmp_journal)
        roll_back(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise os_error(target, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
        tmp_journal.unlink(missing_ok=True)
