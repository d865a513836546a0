"""Copies of gala files through SQLite's backup API, and the rolling backup set."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gala_manager.core import errors
from gala_manager.core.storage.access import JOURNAL_SUFFIX, fitting_name, temp_beside
from gala_manager.core.storage.engine import connect_raw

KEEP_BACKUPS = 20
STAMP_FORMAT = "%Y%m%d-%H%M%S"


def copy_database(source: Path, target: Path) -> None:
    """Write a consistent copy of `source` to `target` (never a plain file copy).

    The copy goes to a temporary name and is renamed into place, so a full
    disk or a crash never leaves a half-written file under the target name.
    """
    source, target = Path(source), Path(target)
    tmp = temp_beside(target)
    src = connect_raw(source, read_only=True)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        os.replace(tmp, target)
    except sqlite3.OperationalError as exc:
        if "full" in str(exc).lower():
            raise errors.DiskFullError(target) from exc
        raise errors.PermissionDeniedError(target) from exc
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            raise errors.DiskFullError(target) from exc
        raise errors.PermissionDeniedError(target) from exc
    finally:
        src.close()
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + JOURNAL_SUFFIX).unlink(missing_ok=True)


def stamp(now: dt.datetime | None = None) -> str:
    """A sortable time stamp for backup names."""
    return (now or dt.datetime.now()).strftime(STAMP_FORMAT)


def migration_backup_path(path: Path, now: dt.datetime | None = None) -> Path:
    """`NAME.gala.bak-YYYYMMDD-HHMMSS` beside the file, written before a migration."""
    path = Path(path)
    return path.with_name(fitting_name(path.name, path.parent, f".bak-{stamp(now)}"))


def backup_folder(data_dir: Path, gala_path: Path) -> Path:
    """The folder holding the rolling backups of one gala file.

    Named after the file plus a hash of its full path, so two galas called
    the same in different folders do not share (and prune) one set.
    """
    gala_path = Path(gala_path).resolve()
    digest = hashlib.sha1(str(gala_path).encode("utf-8")).hexdigest()[:8]
    folder = Path(data_dir) / "backups"
    return folder / fitting_name(gala_path.stem, folder, f"-{digest}")


@dataclass(frozen=True)
class BackupEntry:
    """One rolling backup: where it is and when it was taken."""

    path: Path
    taken: dt.datetime
    size: int


def list_backups(data_dir: Path, gala_path: Path) -> list[BackupEntry]:
    """The rolling backups of a gala, newest first."""
    folder = backup_folder(data_dir, gala_path)
    entries: list[BackupEntry] = []
    if not folder.is_dir():
        return entries
    for item in folder.glob("*.gala"):
        parts = item.stem.rsplit("-", 2)
        try:
            taken = dt.datetime.strptime("-".join(parts[-2:]), STAMP_FORMAT)
        except ValueError:
            continue
        entries.append(BackupEntry(item, taken, item.stat().st_size))
    entries.sort(key=lambda e: e.taken, reverse=True)
    return entries


def take_rolling_backup(data_dir: Path, gala_path: Path, now: dt.datetime | None = None) -> Path:
    """Add a backup to the gala's rolling set and prune it to the newest 20."""
    folder = backup_folder(data_dir, gala_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / fitting_name(Path(gala_path).stem, folder, f"-{stamp(now)}.gala")
    copy_database(gala_path, target)
    for old in list_backups(data_dir, gala_path)[KEEP_BACKUPS:]:
        old.path.unlink(missing_ok=True)
    return target
