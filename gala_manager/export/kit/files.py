"""Atomic file writing for exporters, with OS errors turned into core errors."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from gala_manager.core import errors

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def os_error_to_core(exc: OSError, path: Path) -> errors.GalaFileError:
    """The core error a user should see for `exc` raised while writing `path`."""
    if exc.errno in _DISK_FULL:
        return errors.DiskFullError(path)
    if isinstance(exc, IsADirectoryError):
        return errors.IsDirectoryError(path)
    if isinstance(exc, FileNotFoundError):
        # The folder vanished (unplugged USB stick, deleted meanwhile).
        return errors.FileMissingError(path.parent)
    return errors.PermissionDeniedError(path)


def atomic_write_bytes(path: Path | str, data: bytes) -> Path:
    """Write `data` to `path` so that readers see the old file or the whole new one.

    The bytes go to a temporary file in the same folder, are flushed to disk and
    then replace the target in one step: a full disk or a crash never leaves a
    half-written PDF or workbook behind. Raises `DiskFullError`,
    `PermissionDeniedError`, `IsDirectoryError` or `FileMissingError` (for a
    missing folder), never a bare `OSError`.
    """
    path = Path(path)
    if path.is_dir():
        raise errors.IsDirectoryError(path)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        tmp = Path(name)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp makes the file private (0600); an export should read like any file.
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise os_error_to_core(exc, path) from exc
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return path
