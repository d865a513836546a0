"""`export winners`: every lucky draw's winners with their prize, for the handout table (xlsx)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.xlsx")


def _export(args: argparse.Namespace) -> int:
    from gala_manager.app.draws.exports import export_winners
    from gala_manager.commands.output import wrong_suffix_text, wrote_text
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() != ".xlsx":
        print(wrong_suffix_text(args.out, [".xlsx"]), file=sys.stderr)
        return 2
    with GalaDocument.open(args.file, read_only=True) as doc:
        export_winners(doc, args.out)
    print(wrote_text(args.out))
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the lucky draws."""
    return [Subcommand("winners", "the lucky draws' winners with their prizes (xlsx)",
                       _export_arguments, _export)]
