"""The table model of supply items: one row per item, columns from the app's supply list."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt

from gala_manager.app.supplies.columns import (
    ITEM_COLUMNS,
    NUMERIC_COLUMNS,
    item_cell_text,
    item_column_titles,
    item_sort_value,
)
from gala_manager.core.models import SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.ui import theme
from gala_manager.ui.table_model import LEFT, RIGHT, Column, RowRole, RowTableModel
from gala_manager.ui.theme import Tone

__all__ = ["RowRole", "SupplyTableModel"]

# Status colours: grey until ordered, amber on the way, green once the gala has it.
_STATUS_TONES = {
    SupplyStatus.PLANNED: Tone.TINT_NEUTRAL, SupplyStatus.ORDERED: Tone.TINT_WARNING,
    SupplyStatus.IN_HAND: Tone.TINT_SUCCESS, SupplyStatus.AT_VENUE: Tone.TINT_SUCCESS_STRONG,
    SupplyStatus.DONE: Tone.TINT_DONE,
}


class SupplyTableModel(RowTableModel[SupplyItemRow]):
    """Supply items from the core; `RowRole` gives an index's `SupplyItemRow`."""

    def declare_columns(self) -> list[Column[SupplyItemRow]]:
        titles = item_column_titles()
        return [Column(key, titles[key], partial(item_cell_text, key=key),
                       align=RIGHT if key in NUMERIC_COLUMNS else LEFT,
                       sort=partial(item_sort_value, key=key),
                       tooltip=partial(item_cell_text, key=key))
                for key in ITEM_COLUMNS]

    def cell_data(self, row: SupplyItemRow, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "status":
            return theme.colour(_STATUS_TONES[row.status])
        return None
