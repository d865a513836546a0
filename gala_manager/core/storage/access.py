"""What the disk lets us do with a gala: write it, name files beside it, find room on it."""

from __future__ import annotations

import errno
import os
import secrets
import stat
import sys
from pathlib import Path

from gala_manager.core import errors

# SQLite writes NAME-journal beside the gala for every save; our lock adds NAME.lock and
# NAME.owner. A name with no room for the longest of them cannot be saved safely.
JOURNAL_SUFFIX = "-journal"
WRITE_SUFFIXES = (JOURNAL_SUFFIX, ".lock", ".owner")
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NO_WRITE = {errno.EACCES, errno.EPERM, errno.EROFS}


def name_limit(folder: Path) -> int:
    """The longest file name the folder's file system allows (see `name_length`)."""
    if sys.platform != "win32":
        try:
            return int(os.pathconf(folder if folder.exists() else folder.anchor or "/",
                                   "PC_NAME_MAX"))
        except (OSError, ValueError):
            pass
    return 255


def name_length(name: str) -> int:
    """A name's length as the file system counts it: UTF-8 bytes on macOS and Linux
    (a Chinese character takes 3), UTF-16 units on Windows."""
    if sys.platform == "win32":
        return len(name.encode("utf-16-le")) // 2
    return len(os.fsencode(name))


def name_excess(path: Path, suffixes: tuple[str, ...] = WRITE_SUFFIXES) -> int:
    """How many characters the name is too long by for its longest companion file
    (cut from the end of the name before the extension); 0 when everything fits."""
    path = Path(path)
    limit = name_limit(path.parent)
    longest = max(suffixes, key=lambda s: name_length(path.name + s))
    stem, cut = path.stem, 0
    while stem and name_length(stem + path.suffix + longest) > limit:
        stem, cut = stem[:-1], cut + 1
    return cut


def check_new_name(path: Path) -> None:
    """Refuse, before anything is written, a new gala whose name leaves no room for
    its journal: `NameTooLongError` says how many characters to cut."""
    excess = name_excess(path)
    if excess:
        raise errors.NameTooLongError(Path(path), excess=excess)


def fitting_name(name: str, folder: Path, suffix: str) -> str:
    """`name` + `suffix`, the name cut (never the suffix) until it fits the folder."""
    limit = name_limit(folder)
    while name and name_length(name + suffix) > limit:
        name = name[:-1]
    return name + suffix


def temp_beside(target: Path) -> Path:
    """A short, unique temporary name in the target's folder: a file is written there
    and renamed into place, whatever the length of the target's own name."""
    target = Path(target)
    return target.with_name(f".gala-{secrets.token_hex(4)}.part")


def _no_write_bits(path: Path) -> bool:
    # The administrator may write anything; a file or folder whose owner took every
    # write permission away is still meant to be read-only, so honour that too.
    try:
        return not stat.S_IMODE(path.stat().st_mode) & 0o222
    except OSError:
        return False


def write_blocker(path: Path) -> str | None:
    """Why the gala cannot be saved where it is: "name" (no room for its journal's name),
    "file" (the file is read-only), "folder" (the folder or disk is read-only), or None."""
    path = Path(path)
    if name_excess(path):
        return "name"
    if not os.access(path, os.W_OK) or (sys.platform != "win32" and _no_write_bits(path)):
        return "file"
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK) or (
            sys.platform != "win32" and _no_write_bits(folder)):
        return "folder"
    return None


def os_error(path: Path, exc: OSError) -> errors.GalaFileError:
    """The core error for an operating-system error met while writing beside `path`."""
    path = Path(path)
    if exc.errno in _DISK_FULL:
        return errors.DiskFullError(path)
    if exc.errno == errno.ENAMETOOLONG:
        return errors.WriteProtectedError(path, reason="name")
    if exc.errno in _NO_WRITE or isinstance(exc, PermissionError):
        return errors.WriteProtectedError(path, reason="folder")
    return errors.PermissionDeniedError(path)
