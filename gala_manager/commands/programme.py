"""`export act-template`, `runsheet` and `music-pack`: the programme's headless commands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _template_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, nargs="?", default=None,
                        help="the gala file (for --paper: its name and the acts' deadline)")
    parser.add_argument("-o", "--out", type=Path, required=True,
                        help="the .xlsx (or with --paper the .pdf) file to write")
    parser.add_argument("--paper", action="store_true",
                        help="a paper form to print: one act per A4 page, as a PDF")
    parser.add_argument("--deadline", type=dt.date.fromisoformat, default=None,
                        help="the date acts are due (YYYY-MM-DD; default: the plan's task "
                             "collecting them)")


def _export_template(args: argparse.Namespace) -> int:
    from gala_manager.app.programme.act_template import export_act_template
    from gala_manager.commands.output import print_written, wrong_suffix_text
    from gala_manager.core.storage.document import GalaDocument

    suffix = ".pdf" if args.paper else ".xlsx"
    if args.out.suffix.lower() != suffix:
        print(wrong_suffix_text(args.out, [suffix]), file=sys.stderr)
        return 2
    if args.file is None:
        print_written(export_act_template(args.out, deadline=args.deadline))
        return 0
    with GalaDocument.open(args.file, read_only=True) as doc:
        print_written(export_act_template(args.out, doc, deadline=args.deadline))
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
    from gala_manager.commands.output import print_written
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        print_written(export_runsheet(doc, args.out, args.variant, args.font))
    return 0


def _music_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True,
                        help="the folder to write (new, or empty)")
    parser.add_argument("--font", default=None, help="a TrueType font file for Chinese")


def _export_music(args: argparse.Namespace) -> int:
    """Exit 0 when every track is in the pack, 1 when some could not come."""
    from gala_manager.app.programme.music_pack_export import export_music_pack, packed_line
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        packed = export_music_pack(doc, args.out, args.font)
    for item in packed:
        print(packed_line(item))
    return 0 if all(item.name for item in packed) else 1


def export_commands() -> list[Subcommand]:
    """The exports of the programme area."""
    return [
        Subcommand("runsheet", "run-sheet PDF: full, audience, host, backstage or tech",
                   _runsheet_arguments, _export_runsheet),
        Subcommand("music-pack", "every act's track in running order, renamed, with an "
                   ".m3u8 playlist and a printed list", _music_arguments, _export_music),
        Subcommand("act-template", "the act submission form “节目报名表” as .xlsx, or with "
                   "--paper a PDF to print, one act per page",
                   _template_arguments, _export_template),
    ]

