"""One running app per user: a second launch hands its file to the first through a local socket."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: How long a second launch waits for the running app to take its file. The first
#: app may still be building its window, or busy for a moment with an export.
HAND_OVER_MS = 30_000
_ACK = b"ok\n"
_MAX_REQUEST = 64 * 1024


def server_name(data_dir: Path) -> str:
    """The socket (named pipe on Windows) of the app using `data_dir`.

    The data folder belongs to one user (and tests give each run its own), so the
    name keeps apart the instances of different users on one computer.
    """
    digest = hashlib.sha1(str(Path(data_dir).absolute()).encode("utf-8")).hexdigest()[:16]
    return f"gala-manager-{digest}"


def encode_request(path: Path | None, demo: bool = False) -> bytes:
    """What a second launch sends: the file to open (absolute), the demo, or nothing
    (then the running app only comes to the front)."""
    request: dict[str, object] = {}
    if path is not None:
        request["open"] = str(Path(path).absolute())
    if demo:
        request["demo"] = True
    return json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n"


def decode_request(data: bytes) -> dict:
    """The request a second launch sent; {} when it cannot be read."""
    try:
        request = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return {}
    return request if isinstance(request, dict) else {}


class InstanceServer(QObject):
    """The first app's side: holds the per-user lock and answers later launches.

    `claim()` decides which launch is the first: the one that takes the lock file in
    the data folder (QLockFile sees through a lock left by a crashed app). Only the
    holder listens, so it may remove a socket file left behind by a crash.
    """

    requested = Signal(dict)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._lock = QLockFile(str(Path(data_dir) / "instance.lock"))
        # Never take over a live app's lock because it is old: only a dead owner frees it.
        self._lock.setStaleLockTime(0)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def claim(self) -> bool:
        """Become the first app: True when this process holds the lock and listens."""
        if not self._lock.tryLock(0):
            return False
        QLocalServer.removeServer(self.name)
        if not self._server.listen(self.name):
            self._lock.unlock()
            return False
        return True

    def close(self) -> None:
        """Stop answering and give up the lock (the app is quitting)."""
        self._server.close()
        if self._lock.isLocked():
            self._lock.unlock()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll())
        if b"\n" not in data and len(data) < _MAX_REQUEST:
            self._buffers[socket] = data
            return
        del self._buffers[socket]
        socket.write(_ACK)
        socket.flush()
        socket.disconnectFromServer()
        self.requested.emit(decode_request(data.split(b"\n", 1)[0]))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


def hand_over(data_dir: Path, request: bytes, timeout_ms: int = HAND_OVER_MS) -> bool:
    """The second launch's side: give `request` to the running app; True when it took it."""
    _allow_foreground()
    deadline = QDeadlineTimer(timeout_ms)

    def left() -> int:
        return max(0, deadline.remainingTime())

    socket = QLocalSocket()
    name = server_name(data_dir)
    # The first app may hold the lock but not listen yet: try again until the deadline.
    socket.connectToServer(name)
    while not socket.waitForConnected(min(1000, left())):
        if left() == 0:
            return False
        socket.abort()
        QThread.msleep(min(100, left()))
        socket.connectToServer(name)
    socket.write(request)
    answer = b""
    if socket.waitForBytesWritten(left()):
        while _ACK not in answer and left() > 0 and (
                socket.bytesAvailable() or socket.waitForReadyRead(left())):
            answer += bytes(socket.readAll())
    socket.abort()
    return _ACK in answer


def _allow_foreground() -> None:
    """Let the running app bring its window to the front (Windows refuses it otherwise)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
