"""Where the audience's phones reach the live programme: the address its QR code holds.

Kept with the gala so that the code printed on the programme days before the
night is the one the console serves on: the committee picks the laptop's
address on the venue's network once (and keeps it, e.g. reserved on the router).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Gala
from gala_manager.core.operations import Area, changes

GALA_ID = 1
DEFAULT_PORT = 8080
# A host name or an IPv4 address: what a phone can type and a URL can hold as it is.
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,98}[A-Za-z0-9])?")


@dataclass(frozen=True)
class AudienceAddress:
    """Host and port of the audience's view."""

    host: str
    port: int = DEFAULT_PORT

    @property
    def url(self) -> str:
        """What the phones open (and the QR code holds)."""
        return f"http://{self.host}:{self.port}/"

    def text(self) -> str:
        """As stored: "host:port"."""
        return f"{self.host}:{self.port}"


def parse_address(text: str) -> AudienceAddress | None:
    """A stored "host:port" (None for "" or anything malformed)."""
    host, _, port = text.strip().rpartition(":")
    if not _HOST.fullmatch(host) or not port.isdigit() or not 1 <= int(port) <= 65535:
        return None
    return AudienceAddress(host, int(port))


def get_audience_address(session: Session) -> AudienceAddress | None:
    """The address kept with the gala, or None while the view was never set up."""
    gala = session.get(Gala, GALA_ID)
    return parse_address(gala.audience_address) if gala is not None else None


@changes(Area.GALA)
def set_audience_address(session: Session, *, address: AudienceAddress | None
                         ) -> AudienceAddress | None:
    """Keep `address` (None forgets it); returns the previous one (for undo)."""
    if address is not None:
        if not _HOST.fullmatch(address.host):
            raise ValidationError("host", "invalid", address.host)
        if not 1 <= address.port <= 65535:
            raise ValidationError("port", "out_of_range", address.port)
    previous = get_audience_address(session)
    gala = session.get(Gala, GALA_ID)
    if gala is not None:
        gala.audience_address = address.text() if address is not None else ""
    return previous
