"""`export sponsors`: the sponsor report, what was promised and what was delivered (PDF)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.pdf")


def _export(args: argparse.Namespace) -> int:
    from gala_manager.app.sponsors.exports import export_sponsor_report
    from gala_manager.commands.output import print_written, wrong_suffix_text
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() != ".pdf":
        print(wrong_suffix_text(args.out, [".pdf"]), file=sys.stderr)
        return 2
    with GalaDocument.open(args.file, read_only=True) as doc:
        export_sponsor_report(doc, args.out)
    print_written(args.out)
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the Sponsors area."""
    return [Subcommand("sponsors", "the sponsor report: what was promised and delivered (pdf)",
                       _export_arguments, _export)]
