"""Pushed events: a stream holds no thread of its own, and every phone gets each change."""

from __future__ import annotations

import json
import socket
import threading
import time

from gala_manager.app.live.server import LiveServer


def _open_stream(url: str) -> socket.socket:
    host, port = url.split("//")[1].split("/")[0].split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    sock.sendall(b"GET /events HTTP/1.1\r\nHost: x\r\n\r\n")
    return sock


def _next_data(sock: socket.socket, buffer: bytearray) -> dict:
    """The next snapshot pushed on a stream (its headers and keep-alive comments skipped)."""
    while True:
        if b"\r\n\r\n" in buffer and buffer.startswith(b"HTTP/"):
            del buffer[:buffer.index(b"\r\n\r\n") + 4]
        if b"\n\n" in buffer and not buffer.startswith(b"HTTP/"):
            event, _, rest = bytes(buffer).partition(b"\n\n")
            buffer[:] = rest
            if event.startswith(b"data: "):
                return json.loads(event[len(b"data: "):])
            continue
        chunk = sock.recv(65536)
        assert chunk, "the stream ended"
        buffer += chunk


def test_forty_phones_hold_no_thread_and_each_gets_every_change():
    state = {"act": "开场舞《青春飞扬》"}
    server = LiveServer("<html></html>", lambda: dict(state), host="127.0.0.1", token="",
                        changed=lambda: state["act"]).start()
    try:
        before = threading.active_count()
        phones = [_open_stream(server.url) for _ in range(40)]
        buffers = [bytearray() for _ in phones]
        for phone, buffer in zip(phones, buffers, strict=True):
            # The snapshot as it is now, right after the headers.
            assert _next_data(phone, buffer) == {"act": "开场舞《青春飞扬》"}
        time.sleep(0.2)  # the handlers' threads end once their streams are handed over
        assert threading.active_count() < before + 5
        for act in ("小品《宿舍那些事》", "相声《我要上晚会》"):
            state["act"] = act
            for phone, buffer in zip(phones, buffers, strict=True):
                assert _next_data(phone, buffer) == {"act": act}
        for phone in phones:
            phone.close()
    finally:
        server.stop()
