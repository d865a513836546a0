"""The rows an import left out, as a small workbook to send back to the department.

One sheet per source sheet, named like it: the row number, the sheet's own header
and cells as they were read, and what is wrong with the row, so the department can
correct the rows and send them again. Cells are written as data, never as formulas.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gala_manager.export.kit.xlsx import (
    add_sheet,
    new_workbook,
    save_workbook,
    write_cell,
    write_header,
)

_PROBLEM_STYLE = {"bg_color": "#FFE3E3", "font_color": "#C92A2A", "text_wrap": True,
                  "valign": "top"}


@dataclass(frozen=True)
class RejectedSheet:
    """The rows left out of one source sheet: (row number, cells as read, problems)."""

    name: str
    header: Sequence[object]
    rows: Sequence[tuple[int, Sequence[object], str]]


@dataclass(frozen=True)
class RejectedLabels:
    """Translated words of the workbook."""

    title: str
    row: str       # "Row"
    problems: str  # "What to fix"


def write_rejected_rows(path: Path | str, sheets: Sequence[RejectedSheet],
                        labels: RejectedLabels) -> Path:
    """Write the rows to `path` (atomically); returns the path."""
    wb = new_workbook(title=labels.title)
    for sheet in sheets:
        ws = add_sheet(wb, sheet.name)
        header = [labels.row, *("" if h is None else h for h in sheet.header), labels.problems]
        write_header(ws, 1, [str(h) for h in header])
        last = len(header)
        for line, (number, cells, problems) in enumerate(sheet.rows, start=2):
            write_cell(ws, line, 1, number)
            for col, value in enumerate(list(cells)[:len(sheet.header)], start=2):
                if value not in (None, ""):
                    write_cell(ws, line, col, value)
            write_cell(ws, line, last, problems, **_PROBLEM_STYLE)
        ws.widths[1] = 6
        for col in range(2, last):
            ws.widths[col] = 16
        ws.widths[last] = 60
    return save_workbook(wb, path)
