"""Save the rows an import leaves out (those with errors) to send back to the department."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gala_manager.app.import_wording import describe_row_problem, row_cell
from gala_manager.app.importing import ImportPreview
from gala_manager.core.checks import Severity
from gala_manager.core.import_rows import RowStatus

translate = QCoreApplication.translate


def rejected_count(preview: ImportPreview) -> int:
    """How many rows an import would leave out for their errors."""
    return preview.count(RowStatus.ERROR)


def _trimmed(header, rows) -> tuple:
    """The header as wide as the sheet's last column holding a name or a value."""
    def width(cells) -> int:
        filled = [i for i, v in enumerate(cells) if v not in (None, "")]
        return filled[-1] + 1 if filled else 0

    return tuple(header)[:max([width(header), *(width(cells) for _, cells, _ in rows)])]


def save_rejected_rows(preview: ImportPreview, path: Path | str) -> Path:
    """Write the rows with errors, as read and with what to fix, to an .xlsx at `path`;
    raises the file errors of `core.errors` (disk full, no permission)."""
    # The writer loads XlsxWriter: only when rows are saved, not with the preview.
    from gala_manager.export.kit.rejected_rows import (
        RejectedLabels,
        RejectedSheet,
        write_rejected_rows,
    )

    tables = {table.sheet: table for table in preview.source.workbook.tables}
    by_sheet: dict[str, list] = {}
    for row in preview.rows:
        if row.status != RowStatus.ERROR or row.sheet not in tables:
            continue
        table = tables[row.sheet]
        source = next((s for s in table.rows if s.number == row.number), None)
        texts = []
        for problem in row.problems:
            if problem.severity != Severity.ERROR:
                continue
            cell = row_cell(preview, row, problem)
            text = describe_row_problem(preview.kind, problem)
            texts.append(translate("Import", "{cell}: {text}").format(cell=cell, text=text)
                         if cell else text)
        by_sheet.setdefault(row.sheet, []).append(
            (row.number, source.cells if source is not None else (), "\n".join(texts)))
    sheets = [RejectedSheet(name, _trimmed(tables[name].header_cells, rows), rows)
              for name, rows in by_sheet.items()]
    labels = RejectedLabels(
        title=translate("Import", "Rows to correct"), row=translate("Import", "Row"),
        problems=translate("Import", "What to correct"))
    return write_rejected_rows(path, sheets, labels)
