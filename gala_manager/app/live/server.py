"""A small live web view: one page and its data, pushed to browsers by server-sent events.

The standard library's threaded HTTP server, nothing else: every address starts
with a random token and nothing is served without it (a public view, `token=""`,
is served at the root instead), only GET is answered, and nothing but the page
(held in memory) and its JSON snapshot is ever sent, so no file and no write
action is reachable. A publisher thread takes a snapshot when `changed()` says
the source moved and at least every `refresh` seconds (for a clock); one sender
thread writes it to every open event stream; a browser without EventSource polls
`data`.

Hundreds of phones at once: the snapshot is encoded once per change and sent as
the same bytes to all (with an ETag, so an unchanged poll is answered 304 with
no body), connections are kept alive (HTTP/1.1), replies leave in one packet
(no Nagle delay) and the listen queue takes a hall's worth of connections. An
event stream holds no thread: once its first snapshot is sent, its socket joins
the sender's list, which writes each change to all of them in one pass without
waiting on any (a phone that stopped reading is dropped; its browser reconnects).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import socket
import threading
import time
from collections.abc import Callable, Hashable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from gala_manager.app.live.streams import EventStreams

# How often the source is checked for changes, and the longest a snapshot may age.
CHECK_SECONDS = 0.1
REFRESH_SECONDS = 1.0
KEEPALIVE_SECONDS = 15.0
# An idle kept-alive connection is closed after this (its thread ends).
IDLE_SECONDS = 60.0
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token never leaves in a Referer
    "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; "
                               "style-src 'unsafe-inline'; connect-src 'self'",
}


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default of 5 drops connections when a hall scans the code at once.
    request_queue_size = 1024

    def shutdown_request(self, request) -> None:
        # A stream handed to the sender lives on in its copy of the socket: closing this
        # one is enough; a shutdown would end the connection for both.
        if self.live.streams.detached(request):  # type: ignore[attr-defined]
            self.close_request(request)
        else:
            super().shutdown_request(request)


class LiveServer:
    """Serves `page` (HTML) and `snapshot()` (a JSON-able dict) at http://HOST:PORT/TOKEN/
    (at http://HOST:PORT/ when `token` is "": a public view)."""

    def __init__(self, page: str, snapshot: Callable[[], dict], *, host: str, port: int = 0,
                 changed: Callable[[], Hashable] | None = None,
                 token: str | None = None, refresh: float = REFRESH_SECONDS) -> None:
        self.page = page.encode("utf-8")
        self.snapshot = snapshot
        self.changed = changed or (lambda: None)
        self.token = secrets.token_urlsafe(12) if token is None else token
        self.refresh = refresh
        self._data = b"{}"
        self._tag = _etag(self._data)
        self._version = 0
        self._condition = threading.Condition()
        self._stopping = threading.Event()
        self.streams = EventStreams()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.live = self  # type: ignore[attr-defined]
        self._threads: list[threading.Thread] = []
        self.error: BaseException | None = None  # the last failure of a snapshot

    @property
    def url(self) -> str:
        """The address to open (and to put in the QR code)."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/{self.token}/" if self.token else f"http://{host}:{port}/"

    def start(self) -> LiveServer:
        """Take the first snapshot, then serve in background threads."""
        self._publish()
        for target in (self._httpd.serve_forever, self._publish_loop, self._send_loop):
            thread = threading.Thread(target=target, daemon=True, name="gala-live")
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Stop serving; open event streams end."""
        self._stopping.set()
        with self._condition:
            self._condition.notify_all()
        self._httpd.shutdown()
        self._httpd.server_close()
        for thread in self._threads:
            thread.join(timeout=2)
        self.streams.close()

    # -- publishing ---------------------------------------------------------------------

    def _publish(self) -> None:
        try:
            data = json.dumps(self.snapshot(), ensure_ascii=False).encode("utf-8")
        except Exception as exc:  # noqa: BLE001 - a bad read keeps the last snapshot
            self.error = exc
            return
        with self._condition:
            if data != self._data:
                self._data, self._tag = data, _etag(data)
                self._version += 1
                self._condition.notify_all()

    def _publish_loop(self) -> None:
        mark, taken = self._safe_mark(), time.monotonic()
        while not self._stopping.wait(CHECK_SECONDS):
            now, current = time.monotonic(), self._safe_mark()
            if current != mark or now - taken >= self.refresh:
                self._publish()
                mark, taken = current, now

    def _send_loop(self) -> None:
        version, _data = self.current()
        while True:
            newer = self.wait_newer(version, KEEPALIVE_SECONDS)
            if self.stopping:
                return
            if newer is None:
                self.streams.send(b": keepalive\n\n")  # proxies close silent connections
            else:
                version, data = newer
                self.streams.send(b"data: " + data + b"\n\n")

    def _safe_mark(self) -> Hashable:
        try:
            return self.changed()
        except OSError:
            return None

    @property
    def stopping(self) -> bool:
        """Whether `stop` was called (open streams end)."""
        return self._stopping.is_set()

    def current(self) -> tuple[int, bytes]:
        """The latest snapshot and its version."""
        with self._condition:
            return self._version, self._data

    def join_stream(self, request: socket.socket, version: int) -> None:
        """Hand an event stream that was sent snapshot `version` to the sender; one
        published meanwhile is sent now (a phone may see a snapshot twice, never miss one)."""
        with self._condition:
            newer = self._data if self._version != version else None
            self.streams.add(request, b"data: " + newer + b"\n\n" if newer else b"")

    def current_tagged(self) -> tuple[str, bytes]:
        """The latest snapshot and its ETag."""
        with self._condition:
            return self._tag, self._data

    def wait_newer(self, version: int, timeout: float) -> tuple[int, bytes] | None:
        """The first snapshot after `version`, or None on timeout or when stopping."""
        with self._condition:
            self._condition.wait_for(
                lambda: self._version != version or self._stopping.is_set(), timeout)
            if self._stopping.is_set() or self._version == version:
                return None
            return self._version, self._data

    def authorised(self, path: str) -> str | None:
        """The part of `path` after /TOKEN/ (after / for a public view), or None without
        the right token."""
        path = urlsplit(path).path
        if not self.token:
            return path[1:] if path.startswith("/") else None
        parts = path.split("/", 2)
        if len(parts) < 3 or parts[0] != "":
            return None
        return parts[2] if hmac.compare_digest(parts[1], self.token) else None


def _etag(data: bytes) -> str:
    # From the bytes, not a counter: a phone's tag from before a restart never matches
    # a different snapshot.
    return '"' + hashlib.blake2b(data, digest_size=8).hexdigest() + '"'


class _Handler(BaseHTTPRequestHandler):
    """GET only: the page, its data, its event stream; 404 for anything else."""

    server_version = "GalaManager"
    sys_version = ""
    protocol_version = "HTTP/1.1"  # kept-alive connections: a poll costs no new connection
    disable_nagle_algorithm = True
    timeout = IDLE_SECONDS

    def do_GET(self) -> None:
        live: LiveServer = self.server.live  # type: ignore[attr-defined]
        route = live.authorised(self.path)
        if route == "":
            self._send(200, "text/html; charset=utf-8", live.page)
        elif route == "data":
            tag, data = live.current_tagged()
            if self.headers.get("If-None-Match") == tag:
                self._send(304, "", b"", tag)
            else:
                self._send(200, "application/json; charset=utf-8", data, tag)
        elif route == "events":
            self._stream(live)
        else:
            self._send(404, "text/plain; charset=utf-8", b"Not found")

    def _refuse(self) -> None:
        self.close_connection = True  # a body we do not read must not be taken for a request
        self._send(405, "text/plain; charset=utf-8", b"Method not allowed")

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _refuse

    def _send(self, status: int, kind: str, body: bytes, tag: str = "") -> None:
        public = not self.server.live.token  # type: ignore[attr-defined]
        self.send_response(status)
        # Public data may be kept to be asked again with its tag (304, no body); the
        # crew's phone numbers are never stored on a phone.
        self.send_header("Cache-Control", "no-cache" if tag and public else "no-store")
        if kind:
            self.send_header("Content-Type", kind)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        if tag:
            self.send_header("ETag", tag)
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _stream(self, live: LiveServer) -> None:
        # Endless and without a length: the connection ends with the stream.
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Connection", "close")
        self.send_header("Cache-Control", "no-store")
        for name, value in SECURITY_HEADERS.items():
            self.send_header(name, value)
        self.end_headers()
        version, data = live.current()
        try:
            self.wfile.write(b"data: " + data + b"\n\n")
            self.wfile.flush()
        except OSError:
            return
        live.join_stream(self.request, version)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        """Quiet: a request log would show the token."""
