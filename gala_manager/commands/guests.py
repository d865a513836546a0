"""`export invitations`, `export place-cards` and `export seating` of the Guests area."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _arguments(parser: argparse.ArgumentParser, *, paper: bool) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.pdf")
    if paper:
        parser.add_argument("--paper", choices=["a4", "a5"], default="a4",
                            help="paper size (default a4)")
        parser.add_argument("--guest", action="append", default=[], metavar="NAME",
                            help="only this guest (repeatable); default: all but those who "
                                 "declined")


def _export(args: argparse.Namespace, what: str) -> int:
    from gala_manager.app.guests import exports
    from gala_manager.app.guests.wording import unknown_guest_text
    from gala_manager.commands.output import print_written, wrong_suffix_text
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() != ".pdf":
        print(wrong_suffix_text(args.out, [".pdf"]), file=sys.stderr)
        return 2
    with GalaDocument.open(args.file, read_only=True) as doc:
        names = getattr(args, "guest", [])
        unknown = exports.unknown_names(doc.read, names)
        if unknown:
            print(unknown_guest_text(unknown), file=sys.stderr)
            return 2
        if what == "invitations":
            exports.export_invitations(doc, args.out, paper=args.paper, names=names)
        elif what == "place-cards":
            exports.export_place_cards(doc, args.out, paper=args.paper, names=names)
        else:
            exports.export_seating_plan(doc, args.out)
    print_written(args.out)
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the Guests area."""
    return [
        Subcommand("invitations", "invitations, one page per guest (pdf)",
                   lambda p: _arguments(p, paper=True), lambda a: _export(a, "invitations")),
        Subcommand("place-cards", "folded place cards, one sheet per guest (pdf)",
                   lambda p: _arguments(p, paper=True), lambda a: _export(a, "place-cards")),
        Subcommand("seating", "the seating plan of the guests' front rows (pdf)",
                   lambda p: _arguments(p, paper=False), lambda a: _export(a, "seating")),
    ]
