"""`serve FILE.gala`: the crew's live view without the GUI, until Ctrl+C."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate
DEFAULT_PORT = 8765


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `serve`."""
    parser.add_argument("file", type=Path, help="the gala file (opened read-only)")
    parser.add_argument("--host", default=None,
                        help="the address to listen on (default: this computer's address on "
                             "the network; 127.0.0.1 for this computer only)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT,
                        help=f"the port (default {DEFAULT_PORT})")


def run(args: argparse.Namespace, lang: str, stop: threading.Event | None = None) -> int:
    """Serve until interrupted (or `stop` is set); prints the address and its QR code."""
    from gala_manager.app.live.addresses import lan_addresses, qr_text
    from gala_manager.app.live.crew import crew_server
    from gala_manager.core.storage.document import GalaDocument

    host = args.host or lan_addresses()[0]
    with GalaDocument.open(args.file, read_only=True) as document:
        server = crew_server(document, host=host, port=args.port, lang=lang).start()
        try:
            print(translate("Serve", "The crew's live view of {file} (read-only):").format(
                file=args.file), flush=True)
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
