"""Opening a gala in the right order: look, lock, undo an interrupted save, judge, migrate."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.storage.access import write_blocker
from gala_manager.core.storage.engine import connect_raw
from gala_manager.core.storage.identity import inspect_database, inspect_header
from gala_manager.core.storage.lock import GalaLock
from gala_manager.core.storage.recovery import has_hot_journal, roll_back
from gala_manager.core.storage.schema import (
    SCHEMA_HEAD,
    ensure_current,
    file_revision,
    known_revisions,
)


@dataclass
class Opened:
    """What opening found: the lock (held for a writer), whether an interrupted save
    was undone, the backup written before a migration, and what keeps a reader from
    saving (`access.write_blocker`)."""

    lock: GalaLock | None
    recovered: bool = False
    migration_backup: Path | None = None
    blocker: str | None = None


def prepare(path: Path, *, read_only: bool) -> Opened:
    """Check, lock, recover and migrate `path`; raises a `GalaFileError` saying what
    is wrong, with the lock released and nothing written to a file that fails.

    A writer keeps the lock. A reader takes it only for a moment, to undo an
    interrupted save (when it cannot get it, the holder is alive and the journal
    is its live transaction, which SQLite reads around).
    """
    inspect_header(path)
    hot = has_hot_journal(path)
    blocker = write_blocker(path)
    if blocker and hot:
        raise errors.RecoveryNeededError(path, reason=blocker)
    if blocker and not read_only:
        raise errors.WriteProtectedError(path, reason=blocker)
    lock: GalaLock | None = None
    if not read_only or hot:
        lock = GalaLock(path)
        try:
            lock.acquire()
        except errors.FileLockedError:
            if not read_only:
                raise
            lock = None
    opened = Opened(lock, blocker=blocker)
    try:
        if hot and lock is not None:
            roll_back(path)
            opened.recovered = True
        inspect_database(path)
        if read_only:
            refuse_other_version(path)
            if lock is not None:
                lock.release()
                opened.lock = None
        else:
            opened.migration_backup = ensure_current(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return opened


def refuse_other_version(path: Path) -> None:
    """Refuse a file that a reader cannot use as it is: from a newer version
    (`NewerVersionError`), or an older one that must be upgraded first."""
    conn = connect_raw(path, read_only=True)
    try:
        current = file_revision(conn)
    finally:
        conn.close()
    if current == SCHEMA_HEAD:
        return
    if current is None:
        raise errors.CorruptFileError(path)
    if current not in known_revisions():
        raise errors.NewerVersionError(path, revision=current)
    # An older file cannot be migrated without writing; read-only needs current.
    raise errors.MigrationFailedError(path, reason="read-only")
