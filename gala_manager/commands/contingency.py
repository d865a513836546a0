"""`export contingency` (cards PDF) and `export show-report` (PDF or Excel)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _file_and_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the file to write")


def _export_cards(args: argparse.Namespace) -> int:
    from gala_manager.app.contingency.cards_export import export_cards_pdf
    from gala_manager.commands.output import print_written
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        print_written(export_cards_pdf(doc, args.out))
    return 0


def _report_arguments(parser: argparse.ArgumentParser) -> None:
    _file_and_out(parser)
    parser.add_argument("--allow-empty", action="store_true",
                        help="write the report even when no show was logged (the plan only)")


def _export_report(args: argparse.Namespace) -> int:
    from gala_manager.app.show.report_export import export_show_report, has_show, no_show_text
    from gala_manager.commands.output import print_written
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        if not args.allow_empty and not has_show(doc):
            print(no_show_text(), file=sys.stderr)
            return 1
        print_written(export_show_report(doc, args.out))
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the contingency area."""
    return [
        Subcommand("contingency", "contingency cards PDF, one page per plan",
                   _file_and_out, _export_cards),
        Subcommand("show-report", "show report (planned vs actual, incidents): .pdf or .xlsx; "
                   "exits 1 when no show was logged, unless --allow-empty",
                   _report_arguments, _export_report),
    ]
