"""`import KIND GALA SHEET` for every kind: the preview printed, then all or nothing.

Exit status: 0 when imported (or nothing was new), 1 when rows have errors
(nothing is imported), 2 when the workbook cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from gala_manager.commands import Subcommand


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the gala file")
    parser.add_argument("sheet", type=Path, help="IN.xlsx: the filled-in workbook")


def run_import(kind, args: argparse.Namespace) -> int:
    """Print each row's problems and the summary; import only a sheet without errors."""
    from gala_manager.app.import_wording import (
        describe_workbook_error,
        not_imported_text,
        problem_lines,
        summary_lines,
        verdict_text,
    )
    from gala_manager.app.importing import commit, preview_file
    from gala_manager.core.errors import GalaError
    from gala_manager.core.import_rows import RowStatus
    from gala_manager.core.storage.document import GalaDocument

    with GalaDocument.open(args.file) as doc:
        if doc.recovered:
            from gala_manager.app.wording import recovered_text

            print(recovered_text(), file=sys.stderr)
        try:
            preview = preview_file(kind, doc, args.sheet)
        except GalaError as exc:  # an unreadable workbook: one line, the gala untouched
            print(describe_workbook_error(exc, kind), file=sys.stderr)
            return 2
        for line in [*problem_lines(preview), *summary_lines(preview)]:
            print(line)
        if preview.count(RowStatus.ERROR):
            print(not_imported_text(preview), file=sys.stderr)
            return 1
        if not preview.can_import:
            print(verdict_text(preview))  # nothing new in the sheet
            return 0
        result = commit(doc, preview)
    print(kind.result_text(result))
    return 0


def import_commands() -> list[Subcommand]:
    """One `import KIND` per kind of sheet."""
    from gala_manager.app.importing import import_kinds

    return [Subcommand(kind.name, kind.help, _arguments, partial(run_import, kind))
            for kind in import_kinds()]
