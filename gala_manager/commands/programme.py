"""`export act-template`, `export runsheet` and `import acts`: the programme's headless commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gala_manager.commands import Subcommand


def _template_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--out", type=Path, required=True, help="the .xlsx file to write")


def _export_template(args: argparse.Namespace) -> int:
    from gala_manager.app.programme.act_import import export_act_template

    export_act_template(args.out)
    return 0


def _runsheet_arguments(parser: argparse.ArgumentParser) -> None:
    from gala_manager.export.programme.runsheet import VARIANTS

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


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("workbook", type=Path, help="the filled-in .xlsx")


def _import_acts(args: argparse.Namespace) -> int:
    """Print each row's problems; import only when no row blocks (all or nothing)."""
    from gala_manager.app.programme.act_import import (
        describe_workbook_error,
        import_report_lines,
        import_summary_text,
        nothing_imported_text,
    )
    from gala_manager.core.programme.act_import import import_acts
    from gala_manager.core.staff.people import list_departments
    from gala_manager.core.storage.document import GalaDocument
    from gala_manager.imports.acts import read_act_sheet

    with GalaDocument.open(args.file) as doc:
        departments = {d.name: d.id for d in doc.read(list_departments)}
        try:
            sheet = read_act_sheet(args.workbook, departments)
        except Exception as exc:  # noqa: BLE001 - one sentence, never a traceback
            print(describe_workbook_error(exc), file=sys.stderr)
            return 2
        for line in import_report_lines(sheet):
            print(line)
        if sheet.blocked:
            print(nothing_imported_text(), file=sys.stderr)
            return 1
        result = doc.run(import_acts, rows=[(row.key, row.fields) for row in sheet.rows])
    print(import_summary_text(result))
    return 0


def export_commands() -> list[Subcommand]:
    """The exports of the programme area."""
    return [
        Subcommand("runsheet", "run-sheet PDF: full, audience, host, backstage or tech",
                   _runsheet_arguments, _export_runsheet),
        Subcommand("act-template", "the act submission form (节目报名表) as .xlsx",
                   _template_arguments, _export_template),
    ]


def import_commands() -> list[Subcommand]:
    """The imports of the programme area."""
    return [Subcommand("acts", "acts from a filled-in submission form (.xlsx)",
                       _import_arguments, _import_acts)]
