"""`import KIND GALA SHEET` for every kind: the preview printed, then all or nothing.

Exit status: 0 when imported (or nothing was new; with --skip-invalid also when rows
with errors were left out), 1 when rows have errors (nothing is imported), 2 when
the workbook cannot be read or the rows left out cannot be saved.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from gala_manager.commands import Subcommand


def _arguments(kind, parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("sheet", type=Path,
                        help="IN: the filled-in workbook (.xlsx, .xlsm, .xls, .ods or .csv)")
    parser.add_argument("--sheet", dest="sheets", action="append", metavar="NAME",
                        help="import only this sheet (repeat for several); default: every "
                             "sheet whose header is recognised")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the rows without errors and leave out the others "
                             "(default: nothing is imported while any row has an error)")
    parser.add_argument("--skipped-out", type=Path, metavar="OUT.xlsx",
                        help="save the rows with errors, and what to correct, to send back")
    if "order" in kind.options:
        parser.add_argument("--running-order", action=argparse.BooleanOptionalAction,
                            default=None,
                            help="put the imported acts into the running order in the sheet's "
                                 "order (default: yes for a rundown, such as Ontime's)")


def _options(preview, args) -> frozenset[str]:
    choice = getattr(args, "running_order", None)
    if choice is None:
        return preview.defaults
    return preview.defaults | {"order"} if choice else preview.defaults - {"order"}


def run_import(kind, args: argparse.Namespace) -> int:
    """Print each row's problems and the summary; import only a sheet without errors
    (or, with --skip-invalid, its rows without errors)."""
    from gala_manager.app.import_rejects import rejected_count, save_rejected_rows
    from gala_manager.app.import_wording import (
        describe_workbook_error,
        not_imported_text,
        nothing_new_text,
        problem_lines,
        summary_lines,
        unknown_sheets_text,
        verdict_text,
    )
    from gala_manager.app.importing import commit, preview_file
    from gala_manager.app.wording import describe_error
    from gala_manager.core.errors import GalaError
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file) as doc:
        if doc.recovered:
            from gala_manager.app.wording import recovered_text

            print(recovered_text(), file=sys.stderr)
        try:
            preview = preview_file(kind, doc, args.sheet, args.sheets)
        except GalaError as exc:  # an unreadable workbook: one line, the gala untouched
            print(describe_workbook_error(exc, kind), file=sys.stderr)
            return 2
        known = preview.source.workbook.sheet_names
        unknown = [name for name in args.sheets or () if name not in known]
        if unknown:
            print(unknown_sheets_text(preview, unknown), file=sys.stderr)
            return 2
        for line in [*problem_lines(preview), *summary_lines(preview)]:
            print(line)
        if args.skipped_out is not None and rejected_count(preview):
            try:
                save_rejected_rows(preview, args.skipped_out)
            except GalaError as exc:
                print(describe_error(exc), file=sys.stderr)
                return 2
        errors = rejected_count(preview)
        if errors and not args.skip_invalid:
            print(not_imported_text(preview), file=sys.stderr)
            return 1
        if errors:
            print(verdict_text(preview, skip_invalid=True))
        if not preview.to_import:
            print(nothing_new_text(preview))
            return 0
        result = commit(doc, preview, skip_invalid=args.skip_invalid,
                        options=_options(preview, args))
    print(kind.result_text(result))
    return 0


def import_commands() -> list[Subcommand]:
    """One `import KIND` per kind of sheet."""
    from gala_manager.app.importing import import_kinds

    return [Subcommand(kind.name, kind.help, partial(_arguments, kind), partial(run_import, kind))
            for kind in import_kinds()]
