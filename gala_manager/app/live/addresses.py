"""This computer's addresses on the local network, for the crew's phones to reach."""

from __future__ import annotations

import contextlib
import io
import socket

# TEST-NET-1: connecting a UDP socket there sends nothing, but picks the interface
# of the default route, the one a phone on the same Wi-Fi reaches.
_PROBE = ("192.0.2.1", 9)
LOOPBACK = "127.0.0.1"


def lan_addresses() -> list[str]:
    """IPv4 addresses others on the network can reach, the likeliest first; this
    computer only (127.0.0.1) last."""
    found = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect(_PROBE)
        found.append(probe.getsockname()[0])
    with contextlib.suppress(OSError):
        found += [info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None,
                                                             socket.AF_INET)]
    usable = [a for a in dict.fromkeys(found) if not a.startswith("127.") and a != "0.0.0.0"]
    return [*usable, LOOPBACK]


def qr_png(text: str, scale: int = 8) -> bytes:
    """A QR code of `text` as PNG bytes (segno: a kept, pure-Python QR library)."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_text(text: str) -> str:
    """A QR code of `text` drawn with block characters, for a terminal."""
    import segno

    out = io.StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True)
    return out.getvalue()
