"""`serve FILE.gala`: the crew's live view (or with --audience the audience's) without the
GUI, until Ctrl+C."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
DEFAULT_PORT = 8765


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `serve`."""
    parser.add_argument("file", type=Path, help="the gala file (opened read-only)")
    parser.add_argument("--audience", action="store_true",
                        help="the audience's public programme instead of the crew's view "
                             "(no key; by default on the address kept with the gala, the one "
                             "its printed QR code holds)")
    parser.add_argument("--host", default=None,
                        help="the address to listen on (default: this computer's address on "
                             "the network; 127.0.0.1 for this computer only)")
    parser.add_argument("--port", type=int, default=None,
                        help=f"the port (default {DEFAULT_PORT}; for --audience the kept "
                             "port, else 8080)")


def _audience(document, args: argparse.Namespace, lang: str):
    """The audience's server, or None (the reason printed) when it cannot listen."""
    from gala_manager.app.live.addresses import lan_addresses
    from gala_manager.app.live.audience import audience_server, bind_problem
    from gala_manager.core.gala import AudienceAddress, get_audience_address

    kept = document.read(get_audience_address) or AudienceAddress(lan_addresses()[0])
    host, port = args.host or kept.host, args.port or kept.port
    try:
        return audience_server(document, host=host, port=port, lang=lang)
    except OSError as exc:
        print(bind_problem(exc, host, port), file=sys.stderr)
        return None


def run(args: argparse.Namespace, lang: str, stop: threading.Event | None = None) -> int:
    """Serve until interrupted (or `stop` is set); prints the address and its QR code."""
    from gala_manager.app.live.addresses import lan_addresses, qr_text
    from gala_manager.app.live.crew import crew_server
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as document:
        if args.audience:
            server = _audience(document, args, lang)
            if server is None:
                return 2
            title = translate("Serve",
                              "The audience's live programme of {file} (public, read-only):")
        else:
            server = crew_server(document, host=args.host or lan_addresses()[0],
                                 port=args.port or DEFAULT_PORT, lang=lang)
            title = translate("Serve", "The crew's live view of {file} (read-only):")
        server.start()
        try:
            print(title.format(file=args.file), flush=True)
            print(server.url, flush=True)
            print(qr_text(server.url), flush=True)
            print(translate("Serve", "Press Ctrl+C to stop."), flush=True)
            stop = stop or threading.Event()
            # A short wait, repeated: Ctrl+C cannot interrupt a bare wait() on Windows.
            while not stop.wait(0.5):
                pass
        except KeyboardInterrupt:
            pass
        finally:
            server.stop()
    return 0
