"""`export supplies`: the supply list and budget as an Excel workbook or a PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True,
                        help="the file to write: .xlsx (workbook) or .pdf (supply list)")


def _export(args: argparse.Namespace) -> int:
    from gala_manager.app.supplies.exports import export_pdf, export_workbook
    from gala_manager.app.supplies.wording import describe_cell_warning
    from gala_manager.commands.output import print_written, wrong_suffix_text
    from gala_manager.core.storage.document import GalaDocument

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        print(wrong_suffix_text(args.out, [".xlsx", ".pdf"]), file=sys.stderr)
        return 2
    with GalaDocument.open(args.file, read_only=True) as doc:
        if suffix == ".pdf":
            export_pdf(doc, args.out)
        else:
            for warning in export_workbook(doc, args.out).warnings:
                print(describe_cell_warning(warning), file=sys.stderr)
    print_written(args.out)
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the supplies area."""
    return [Subcommand("supplies", "supply list and budget as Excel (.xlsx) or PDF",
                       _export_arguments, _export)]
