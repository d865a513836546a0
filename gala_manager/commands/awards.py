"""`export score-sheets`, `export results` and `export certificates` of the Awards area."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _arguments(parser: argparse.ArgumentParser, *, card: bool = False) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.pdf")
    if card:
        parser.add_argument("--card", action="store_true",
                            help="the host's result card for the awards act instead of the "
                                 "full results")


def _export(args: argparse.Namespace, what: str) -> int:
    from gala_manager.app.awards import exports
    from gala_manager.commands.output import wrong_suffix_text, wrote_text
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() != ".pdf":
        print(wrong_suffix_text(args.out, [".pdf"]), file=sys.stderr)
        return 2
    with GalaDocument.open(args.file, read_only=True) as doc:
        if what == "score-sheets":
            exports.export_score_sheets(doc, args.out)
        elif what == "certificates":
            exports.export_certificates(doc, args.out)
        elif args.card:
            exports.export_result_card(doc, args.out)
        else:
            exports.export_results(doc, args.out)
    print(wrote_text(args.out))
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the Awards area."""
    return [
        Subcommand("score-sheets", "score sheets, one per judge, acts in running order (pdf)",
                   _arguments, lambda a: _export(a, "score-sheets")),
        Subcommand("results", "the ranking with every score and the awards, or with --card "
                   "the host's result card (pdf)", lambda p: _arguments(p, card=True),
                   lambda a: _export(a, "results")),
        Subcommand("certificates", "certificates, one A4 landscape page per award won (pdf)",
                   _arguments, lambda a: _export(a, "certificates")),
    ]
