"""One writer at a time: an OS lock held while a gala is open, and a record of who holds it.

The lock is `filelock`'s operating-system lock (flock on macOS/Linux, LockFileEx on
Windows) on `NAME.gala.lock`: the system drops it when its process dies, so a crash
never leaves a lock that blocks anyone, and two processes can never both take it.
Beside it, `NAME.gala.owner` names the holder (host, user, process, time) for the
message a second opener sees. On this computer the OS lock decides alone; the record
decides only for another computer whose lock the OS may not see (a network share
without lock support), and only while its holder keeps it fresh (see `HEARTBEAT`).
Both files are named after the gala's real path, so a symlink or a `..` path to the
gala meets the same lock.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sys
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from gala_manager.core import errors
from gala_manager.core.storage.access import os_error

# The holder refreshes its record this often; another computer's record that has not
# been refreshed for FOREIGN_STALE belongs to a holder that crashed or lost the share.
HEARTBEAT = dt.timedelta(minutes=2)
FOREIGN_STALE = dt.timedelta(hours=1)
# A process that has just won the OS lock writes its record within milliseconds.
_RECORD_WAIT = 1.0


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock: shown to the user as "open on HOST by USER since TIME"."""

    pid: int
    host: str
    user: str
    since: str


def real_path(gala_path: Path) -> Path:
    """The gala's identity: absolute, with symlinks and `..` resolved."""
    return Path(os.path.realpath(gala_path))


def lock_path(gala_path: Path) -> Path:
    """The file the OS lock is held on: `NAME.gala.lock` beside the real file."""
    real = real_path(gala_path)
    return real.with_name(real.name + ".lock")


def owner_path(gala_path: Path) -> Path:
    """The holder's record: `NAME.gala.owner` beside the real file."""
    real = real_path(gala_path)
    return real.with_name(real.name + ".owner")


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


def read_owner(gala_path: Path) -> LockOwner | None:
    """The holder named in the record, or None when there is none or it is unreadable."""
    try:
        data = json.loads(owner_path(gala_path).read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["user"]),
                         str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_age(gala_path: Path, now: float | None = None) -> dt.timedelta | None:
    """How long ago the record was last written or refreshed."""
    try:
        modified = owner_path(gala_path).stat().st_mtime
    except OSError:
        return None
    return dt.timedelta(seconds=max(0.0, (time.time() if now is None else now) - modified))


def is_stale(gala_path: Path, owner: LockOwner | None) -> bool:
    """Whether a record no longer stands for a holder: none at all, a process gone on
    this computer, or another computer's record not refreshed for `FOREIGN_STALE`."""
    if owner is None:
        return True
    if owner.host == socket.gethostname():
        return not pid_alive(owner.pid)
    age = record_age(gala_path)
    return age is None or age > FOREIGN_STALE


class GalaLock:
    """The exclusive lock on one gala file, held while a window or command has it open."""

    def __init__(self, gala_path: Path) -> None:
        self.gala_path = Path(gala_path)
        self.path = lock_path(self.gala_path)
        self.owner_file = owner_path(self.gala_path)
        self.held = False
        self._os_lock: FileLock | None = None
        self._stop = threading.Event()

    def acquire(self) -> None:
        """Take the lock; `FileLockedError` naming the holder if someone has it."""
        os_lock = FileLock(self.path, timeout=0, thread_local=False)
        try:
            os_lock.acquire()
        except Timeout:
            raise self._held_elsewhere() from None
        except OSError as exc:
            raise os_error(self.gala_path, exc) from exc
        try:
            owner = read_owner(self.gala_path)
            # On this computer the OS lock is the truth: a record it contradicts is left
            # from a crash. Another computer's record may stand for a lock we cannot see.
            if owner is not None and owner.host != socket.gethostname() \
                    and not is_stale(self.gala_path, owner):
                raise _locked(self.gala_path, owner)
            self._write_record()
        except BaseException:
            self._drop(os_lock)
            raise
        self._os_lock = os_lock
        self.held = True
        self._stop.clear()
        threading.Thread(target=self._heartbeat, name="gala-lock-heartbeat",
                         daemon=True).start()

    def release(self) -> None:
        """Give the lock up and remove both files (the record only if it is still ours)."""
        if not self.held or self._os_lock is None:
            return
        self._stop.set()
        self._drop(self._os_lock)
        self._os_lock = None
        self.held = False

    # -- inside ------------------------------------------------------------------

    def _write_record(self) -> None:
        owner = LockOwner(os.getpid(), socket.gethostname(), _current_user(),
                          dt.datetime.now().isoformat(timespec="seconds"))
        try:
            with open(self.owner_file, "w", encoding="utf-8") as handle:
                json.dump(asdict(owner), handle, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            self.owner_file.unlink(missing_ok=True)
            raise os_error(self.gala_path, exc) from exc

    def _drop(self, os_lock: FileLock) -> None:
        owner = read_owner(self.gala_path)
        if owner is not None and owner.pid == os.getpid() \
                and owner.host == socket.gethostname():
            _unlink_quietly(self.owner_file)
        if sys.platform != "win32":
            # Unlinked while still held: a process that opened the old file meanwhile
            # finds it gone once it gets the lock, and tries again (filelock checks).
            # Windows cannot unlink an open file; filelock removes it after releasing.
            _unlink_quietly(self.path)
        os_lock.release(force=True)

    def _held_elsewhere(self) -> errors.FileLockedError:
        """The error naming the holder, once its record is there to read."""
        deadline = time.monotonic() + _RECORD_WAIT
        while True:
            owner = read_owner(self.gala_path)
            fresh = owner is not None and (owner.host != socket.gethostname()
                                           or pid_alive(owner.pid))
            if fresh or time.monotonic() >= deadline:
                return _locked(self.gala_path, owner if fresh else None)
            time.sleep(0.02)

    def _heartbeat(self) -> None:
        while not self._stop.wait(HEARTBEAT.total_seconds()):
            try:
                os.utime(self.owner_file)
            except OSError:
                pass  # the share is gone for a moment; the next beat tries again


def _unlink_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # another process has it open (Windows) or the folder went read-only


def _locked(gala_path: Path, owner: LockOwner | None) -> errors.FileLockedError:
    if owner is None:
        return errors.FileLockedError(gala_path)
    return errors.FileLockedError(gala_path, host=owner.host, user=owner.user,
                                  since=owner.since, pid=owner.pid)
