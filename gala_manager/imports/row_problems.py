"""The last touch on a row's problems: formulas without a saved value, and each problem's cell."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from gala_manager.core.checks import Severity
from gala_manager.core.import_rows import RowProblem
from gala_manager.imports.tables import SourceRow, TableRead


def finish(table: TableRead, source: SourceRow, problems: Iterable[RowProblem],
           required: Iterable[str] = ()) -> tuple[RowProblem, ...]:
    """The row's problems, each naming its cell ("B5"); a cell that holds a formula
    without a saved value gets that said instead of what its emptiness caused (an
    error where the field is `required` or an error came of it, else a warning)."""
    problems = list(problems)
    if not problems and not source.formulas:
        return ()  # most rows
    required = set(required)
    for key in sorted(source.formulas):
        caused = [p for p in problems if p.column == key]
        problems = [p for p in problems if p.column != key]
        severe = key in required or any(p.severity == Severity.ERROR for p in caused)
        problems.append(RowProblem("formula_without_value",
                                   Severity.ERROR if severe else Severity.WARNING, "", key))
    return tuple(replace(p, cell=table.cell(p.column, source.number)) if p.column else p
                 for p in problems)
