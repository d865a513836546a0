"""One opener at a time: a lock file beside the gala, with stale-lock detection."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from gala_manager.core import errors


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: shown to the user as "open on HOST by USER since TIME"."""

    pid: int
    host: str
    user: str
    since: str


def lock_path(gala_path: Path) -> Path:
    """The lock file of a gala file: `NAME.gala.lock` in the same folder."""
    gala_path = Path(gala_path)
    return gala_path.with_name(gala_path.name + ".lock")


def _current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        return "?"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(path: Path) -> LockOwner | None:
    """The owner recorded in a lock file, or None when absent or unreadable."""
    try:
        data = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(owner: LockOwner | None) -> bool:
    """A lock left by a crash: its process is gone (only knowable on the same host)."""
    if owner is None:
        return True
    return owner.host == socket.gethostname() and not pid_alive(owner.pid)


class GalaLock:
    """An exclusive lock on one gala file, held while a window has it open."""

    def __init__(self, gala_path: Path) -> None:
        self.gala_path = Path(gala_path)
        self.path = lock_path(self.gala_path)
        self.held = False

    def acquire(self) -> None:
        """Take the lock, clearing a stale one; raise `FileLockedError` if it is held."""
        for _attempt in range(2):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                owner = read_owner(self.gala_path)
                if is_stale(owner):
                    self.path.unlink(missing_ok=True)
                    continue
                raise errors.FileLockedError(
                    self.gala_path, host=owner.host, user=owner.user, since=owner.since,
                    pid=owner.pid,
                ) from None
            except PermissionError as exc:
                raise errors.PermissionDeniedError(self.gala_path) from exc
            owner = LockOwner(
                os.getpid(), socket.gethostname(), _current_user(),
                dt.datetime.now().isoformat(timespec="seconds"),
            )
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(owner.__dict__, fh)
            self.held = True
            return
        raise errors.FileLockedError(self.gala_path)

    def release(self) -> None:
        """Give the lock up; only removes the file if it is still ours."""
        if not self.held:
            return
        owner = read_owner(self.gala_path)
        if owner is not None and owner.pid == os.getpid() and owner.host == socket.gethostname():
            self.path.unlink(missing_ok=True)
        self.held = False
