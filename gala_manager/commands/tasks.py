"""`export tasks` (Excel, PDF or iCalendar, by the output's suffix) and `export review`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True,
                        help="OUT.xlsx, OUT.pdf or OUT.ics")
    parser.add_argument("--todo", action="store_true",
                        help="iCalendar: write to-dos (VTODO) instead of events")


def _export_tasks(args: argparse.Namespace) -> int:
    from gala_manager.app.tasks.exports import FORMATS, export_tasks, unknown_format_text
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() not in FORMATS:
        print(unknown_format_text(args.out.suffix), file=sys.stderr)
        return 2
    from gala_manager.commands.output import print_written

    with GalaDocument.open(args.file, read_only=True) as doc:
        print_written(export_tasks(doc, args.out, todo=args.todo))
    return 0


def _review_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.pdf")


def _export_review(args: argparse.Namespace) -> int:
    from gala_manager.app.tasks.review_export import export_review_pdf
    from gala_manager.commands.output import print_written
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file, read_only=True) as doc:
        print_written(export_review_pdf(doc, args.out))
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the Tasks area."""
    return [Subcommand("tasks", "the task list by phase (xlsx, pdf) or due dates (ics)",
                       _arguments, _export_tasks),
            Subcommand("review", "the post-gala review (PDF)", _review_arguments,
                       _export_review)]
