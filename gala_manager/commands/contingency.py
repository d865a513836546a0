"""`export contingency` (cards PDF) and `export show-report` (PDF or Excel)."""

from __future__ import annotations

import argparse
from pathlib import Path

from gala_manager.commands import Subcommand


def _file_and_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the file to write")


def _export_cards(args: argparse.Namespace) -> int:
    from gala_manager.app.contingency.cards_export import export_cards_pdf
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        export_cards_pdf(doc, args.out)
    return 0


def _export_report(args: argparse.Namespace) -> int:
    from gala_manager.app.show.report_export import export_show_report
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        export_show_report(doc, args.out)
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the contingency area."""
    return [
        Subcommand("contingency", "contingency cards PDF, one page per plan",
                   _file_and_out, _export_cards),
        Subcommand("show-report", "show report (planned vs actual, incidents): .pdf or .xlsx",
                   _file_and_out, _export_report),
    ]
