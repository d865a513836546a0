"""`export act-template` and `export runsheet`: the programme's headless commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from gala_manager.commands import Subcommand


def _template_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--out", type=Path, required=True, help="the .xlsx file to write")


def _export_template(args: argparse.Namespace) -> int:
    from gala_manager.app.programme.act_template import export_act_template

    export_act_template(args.out)
    return 0


def _runsheet_arguments(parser: argparse.ArgumentParser) -> None:
    from gala_manager.export.programme.variants import VARIANTS

    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="the PDF to write")
    parser.add_argument("--variant", choices=VARIANTS, default="full",
                        help="full run-sheet, audience programme, host script, backstage "
                             "call sheet or technical sheet")
    parser.add_argument("--font", default=None, help="a TrueType font file for Chinese")


def _export_runsheet(args: argparse.Namespace) -> int:
    from gala_manager.app.programme.runsheet_export import export_runsheet
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        export_runsheet(doc, args.out, args.variant, args.font)
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the programme area."""
    return [
        Subcommand("runsheet", "run-sheet PDF: full, audience, host, backstage or tech",
                   _runsheet_arguments, _export_runsheet),
        Subcommand("act-template", "the act submission form “节目报名表” as .xlsx",
                   _template_arguments, _export_template),
    ]

