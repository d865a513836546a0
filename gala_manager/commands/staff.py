"""`export contacts` and `export roster` of the Staff area."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("-o", "--out", type=Path, required=True, help="OUT.pdf or OUT.xlsx")


def _roster_arguments(parser: argparse.ArgumentParser) -> None:
    _export_arguments(parser)
    parser.add_argument("--no-per-person", action="store_true",
                        help="leave out the one-page-per-person 'my night' part")
    parser.add_argument("--person", action="append", default=[], metavar="NAME",
                        help="only the 'my night' page of this person (repeatable)")


def _export(args: argparse.Namespace, what: str) -> int:
    from gala_manager.app.staff import exports as staff_export
    from gala_manager.core.storage.document import GalaDocument

    if args.out.suffix.lower() not in staff_export.FORMATS:
        print(staff_export.unknown_format_text(args.out.suffix), file=sys.stderr)
        return 2
    from gala_manager.app.staff.wording import describe_staff_error
    from gala_manager.commands.output import print_written
    from gala_manager.core.errors import ValidationError

    with GalaDocument.open(args.file, read_only=True) as doc:
        try:
            if what == "contacts":
                written = staff_export.export_contacts(doc, args.out)
            else:
                written = staff_export.export_roster(
                    doc, args.out, per_person=not args.no_per_person, names=args.person)
        except ValidationError as exc:
            print(describe_staff_error(exc), file=sys.stderr)
            return 2
    print_written(written)
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the Staff area."""
    return [
        Subcommand("contacts", "the committee's contact list by department (pdf, xlsx)",
                   _export_arguments, lambda args: _export(args, "contacts")),
        Subcommand("roster", "the duty roster by time and post, and 'my night' per person "
                   "(pdf, xlsx)", _roster_arguments, lambda args: _export(args, "roster")),
    ]
