"""An open gala file: its engine, lock, backups and the transaction runner."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from gala_manager.core import errors
from gala_manager.core.memo import MEMO_KEY, QueryMemo, read_change_counter
from gala_manager.core.storage.backup import copy_database, take_rolling_backup
from gala_manager.core.storage.engine import connect_raw, make_engine
from gala_manager.core.storage.limits import refuse_long_text
from gala_manager.core.storage.lock import GalaLock
from gala_manager.core.storage.opening import prepare
from gala_manager.core.storage.schema import create_file, file_revision
from gala_manager.core.storage.touched import follow, take_touched

T = TypeVar("T")
BACKUP_INTERVAL = dt.timedelta(minutes=10)


class GalaDocument:
    """One open gala file. Every call of `run` is one committed transaction."""

    def __init__(self, path: Path, *, read_only: bool, lock: GalaLock | None,
                 data_dir: Path | None, migration_backup: Path | None = None) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.data_dir = data_dir
        self.migration_backup = migration_backup
        self._lock = lock
        self._engine = make_engine(self.path, read_only=read_only)
        self._sessions = sessionmaker(self._engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", refuse_long_text)
        self.recovered = False
        # Why a read-only gala is read-only, for the window to say: a `write_blocker`
        # reason, or what the opener found (e.g. the `FileLockedError` of the holder).
        self.read_only_reason: object = ""
        self._last_backup: dt.datetime | None = None
        self._edited_since_backup = False
        self.memo = QueryMemo()

    # -- opening and closing ------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False,
             data_dir: Path | None = None) -> GalaDocument:
        """Open an existing gala: check it, lock it, undo an interrupted save, migrate
        it, back it up (see `opening.prepare` for the order).

        Raises a `GalaFileError` subclass describing exactly what is wrong;
        nothing is written to a file that fails the checks, and no lock is left.
        `recovered` tells whether an interrupted save was undone.
        """
        path = Path(path).absolute()
        opened = prepare(path, read_only=read_only)
        doc = None
        try:
            doc = cls(path, read_only=read_only, lock=opened.lock, data_dir=data_dir,
                      migration_backup=opened.migration_backup)
            doc.recovered = opened.recovered
            doc.read_only_reason = opened.blocker or ""
            if not read_only:
                doc.backup_now()
        except BaseException:
            if doc is not None:
                doc._engine.dispose()
            if opened.lock is not None:
                opened.lock.release()
            raise
        return doc

    @classmethod
    def create(cls, path: Path, *, facts: Callable[[Session], None] | None = None,
               data_dir: Path | None = None) -> GalaDocument:
        """Create a new gala file at `path` and open it; `facts` fills it in."""
        create_file(Path(path))
        doc = cls.open(path, data_dir=data_dir)
        if facts is not None:
            doc.run(facts)
        return doc

    def close(self) -> None:
        """Release the file: a final backup if edited, then the lock (also when the
        backup fails: the gala itself is saved, only its copy is missing)."""
        try:
            if self._edited_since_backup:
                self.backup_now()
        finally:
            self._engine.dispose()
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> GalaDocument:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------

    def run(self, verb: Callable[..., T], /, **kwargs: Any) -> T:
        """Run `verb(session, **kwargs)` in one transaction and commit it.

        On any error the transaction is rolled back, so the file keeps its
        last committed state and the next call works.
        """
        writes = getattr(verb, "changes", None) is not None
        if writes and self.read_only:
            raise errors.ReadOnlyError()
        touched = None
        try:
            with self._sessions() as session, session.begin():
                if writes:
                    follow(session.connection())
                result = verb(session, **kwargs)
                if writes:
                    session.flush()  # what the commit would write, noted first
                    touched = take_touched(session.connection())
        except OperationalError as exc:
            raise _storage_error(self.path, exc) from exc
        except IntegrityError as exc:
            raise errors.ConflictError(str(exc.orig)) from exc
        finally:
            if writes:
                self.memo.forget(verb.changes)  # type: ignore[attr-defined]
                # Kept rows are read again where the verb wrote (all, if it failed).
                self.memo.touch(touched)
                self.memo.file_counter = read_change_counter(self.path)
        if writes:
            self._edited_since_backup = True
        return result

    def read(self, query: Callable[..., T], /, **kwargs: Any) -> T:
        """Run a read-only query function in a transaction of its own.

        Memoized queries (`core/memo.py`) share their results until a change.
        """
        self.memo.sync(read_change_counter(self.path))
        with self._sessions(info={MEMO_KEY: self.memo}) as session, session.begin():
            return query(session, **kwargs)

    # -- backups --------------------------------------------------------------

    def backup_now(self) -> Path | None:
        """Add a rolling backup (no-op without a data folder or when read-only)."""
        if self.data_dir is None or self.read_only:
            return None
        target = take_rolling_backup(self.data_dir, self.path)
        self._last_backup = dt.datetime.now()
        self._edited_since_backup = False
        return target

    def backup_if_due(self, now: dt.datetime | None = None) -> Path | None:
        """Back up when edited and the last backup is 10 minutes old."""
        now = now or dt.datetime.now()
        if not self._edited_since_backup:
            return None
        if self._last_backup is not None and now - self._last_backup < BACKUP_INTERVAL:
            return None
        return self.backup_now()

    def save_copy(self, target: Path) -> None:
        """Write a consistent copy of the gala to `target` via the backup API."""
        copy_database(self.path, Path(target))

    def schema_revision(self) -> str | None:
        """The schema revision the open file is at."""
        conn = connect_raw(self.path, read_only=True)
        try:
            return file_revision(conn)
        finally:
            conn.close()


def _storage_error(path: Path, exc: OperationalError) -> errors.GalaError:
    orig = exc.orig
    text = str(orig).lower()
    if isinstance(orig, sqlite3.OperationalError) and ("full" in text or
                                                      getattr(orig, "sqlite_errorcode", 0) == 13):
        return errors.DiskFullError(path)
    if "readonly" in text or "read-only" in text or "permission" in text:
        return errors.PermissionDeniedError(path)
    if "locked" in text or "busy" in text:
        return errors.FileLockedError(path)
    if getattr(orig, "errno", None) == errno.ENOSPC:
        return errors.DiskFullError(path)
    return errors.CorruptFileError(path)
