"""The preview's grid: each sheet row, the kind's columns and what importing the row does."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from gala_manager.app.import_wording import clip, status_text
from gala_manager.app.importing import ImportPreview, PreviewRow
from gala_manager.core.import_rows import RowStatus
from gala_manager.ui import theme
from gala_manager.ui.table_model import LEFT, RIGHT, Column, RowTableModel
from gala_manager.ui.theme import Tone

_TONES = {RowStatus.NEW: Tone.TINT_SUCCESS, RowStatus.UPDATE: Tone.TINT_INFO,
          RowStatus.DUPLICATE: Tone.TINT_NEUTRAL, RowStatus.ERROR: Tone.TINT_ERROR}
_WARNED = Tone.TINT_WARNING  # will be imported, but look at the problems
# Cells show this much of a value; a sheet may hold megabytes in one cell.
_CELL_LIMIT = 200


class ImportPreviewTableModel(RowTableModel[PreviewRow]):
    """The sheet's rows in sheet order: the sheet (when several), the row number, the
    kind's columns, the result; rows left out by "skip" are greyed."""

    def __init__(self, preview: ImportPreview, parent=None) -> None:
        self.preview = preview  # before the base declares the columns
        self.skipping = False
        super().__init__(parent)

    def declare_columns(self) -> list[Column[PreviewRow]]:
        def cell(text: Callable) -> Callable[[PreviewRow], str]:
            return lambda row: clip(text(row.record), _CELL_LIMIT)

        def result(row: PreviewRow) -> str:
            return status_text(self.preview.kind, row, self.preview)

        sheets = [Column("sheet", self.tr("Sheet"), lambda row: row.sheet)] \
            if len(self.preview.sheet_names) > 1 else []
        return [
            *sheets,
            Column("row", self.tr("Row"), lambda row: str(row.number), RIGHT),
            *(Column(c.key, c.title, cell(c.text), RIGHT if c.numeric else LEFT,
                     tooltip=cell(c.text)) for c in self.preview.kind.columns(self.preview.extra)),
            Column("result", self.tr("Result"), result, tooltip=result),
        ]

    def set_preview(self, preview: ImportPreview) -> None:
        """Show another preview of the same kind (other sheets chosen)."""
        self.preview = preview
        self.redeclare(preview.rows)

    def set_skipping(self, skipping: bool) -> None:
        """Grey the rows with errors while the user chose to leave them out."""
        self.skipping = skipping
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def row_key(self, row: PreviewRow) -> tuple[str, int]:
        return row.sheet, row.number

    def cell_data(self, row: PreviewRow, column: Column[PreviewRow], role: int):
        left_out = self.skipping and row.status == RowStatus.ERROR
        if role == Qt.ItemDataRole.BackgroundRole:
            if left_out:
                return theme.colour(Tone.TINT_DONE)
            warned = row.status in (RowStatus.NEW, RowStatus.UPDATE) and row.problems
            return theme.colour(_WARNED if warned else _TONES[row.status])
        if role == Qt.ItemDataRole.ForegroundRole and left_out:
            return theme.colour(Tone.MUTED)
        return None
