"""The live view's open event streams: sockets one sender thread writes every change to."""

from __future__ import annotations

import socket
import threading


class EventStreams:
    """The open event streams, written by one thread: each change goes to all of them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._detached: set[int] = set()

    def add(self, request: socket.socket, first: bytes = b"") -> None:
        """Take over a stream whose first snapshot was sent (its handler may end), after
        writing `first` to it: before it joins, so that nothing newer can overtake it."""
        copy = request.dup()
        copy.setblocking(False)
        with self._lock:
            self._detached.add(id(request))
        if first and not _sent(copy, first):
            copy.close()
            return
        with self._lock:
            self._sockets.append(copy)

    def _write(self, sockets: list[socket.socket], message: bytes) -> None:
        gone = [sock for sock in sockets if not _sent(sock, message)]
        if gone:
            with self._lock:
                self._sockets = [s for s in self._sockets if s not in gone]
            for sock in gone:
                sock.close()

    def detached(self, request: socket.socket) -> bool:
        with self._lock:
            if id(request) in self._detached:
                self._detached.discard(id(request))
                return True
            return False

    def __len__(self) -> int:
        with self._lock:
            return len(self._sockets)

    def send(self, message: bytes) -> None:
        """Write `message` to every stream; a stream whose buffer is full, or gone, ends."""
        with self._lock:
            sockets = list(self._sockets)
        self._write(sockets, message)

    def close(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()


def _sent(sock: socket.socket, message: bytes) -> bool:
    """Whether all of `message` went out without waiting: a half message would garble the
    stream, and a phone that stopped reading must not hold up the others."""
    try:
        return sock.send(message) == len(message)
    except OSError:  # closed by the phone, or its buffer full (BlockingIOError)
        return False
