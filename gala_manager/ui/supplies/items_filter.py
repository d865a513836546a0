"""The filter and sort proxy of the supplies table, and the filter it applies."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel

from gala_manager.app.supplies.columns import ITEM_COLUMNS, item_cell_text, item_sort_value
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.ui.table_model import RowRole

NO_DEPARTMENT = -1  # the department filter's value for "items of no department"


@dataclass(frozen=True)
class SupplyFilter:
    """What the user narrowed the list to; None means "any"."""

    category_id: int | None = None
    department_id: int | None = None
    status: SupplyStatus | None = None
    source: SupplySource | None = None
    needed_by: dt.date | None = None  # needed on or before this day
    text: str = ""

    def replace(self, **kwargs: object) -> SupplyFilter:
        """A copy with some criteria changed."""
        return dataclasses.replace(self, **kwargs)

    @property
    def active(self) -> bool:
        """Whether anything is filtered out at all."""
        return self != SupplyFilter()

    def accepts(self, row: SupplyItemRow) -> bool:
        """Whether the row passes every criterion (text: any column contains it)."""
        if self.category_id is not None and row.category_id != self.category_id:
            return False
        if self.department_id is not None:
            wanted = None if self.department_id == NO_DEPARTMENT else self.department_id
            if row.department_id != wanted:
                return False
        if self.status is not None and row.status != self.status:
            return False
        if self.source is not None and row.source != self.source:
            return False
        if self.needed_by is not None and (row.needed_by is None
                                           or row.needed_by > self.needed_by):
            return False
        needle = self.text.strip().casefold()
        if needle:
            haystack = " ".join(item_cell_text(row, key) for key in ITEM_COLUMNS).casefold()
            return needle in haystack
        return True


class SupplyFilterProxy(QSortFilterProxyModel):
    """Shows the rows a `SupplyFilter` accepts, sorted by exact values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = SupplyFilter()

    def supply_filter(self) -> SupplyFilter:
        """The filter in force."""
        return self._filter

    def set_supply_filter(self, supply_filter: SupplyFilter) -> None:
        """Apply another filter."""
        if not hasattr(self, "beginFilterChange"):  # Qt before 6.9
            self._filter = supply_filter
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self._filter = supply_filter
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def visible_rows(self) -> list[SupplyItemRow]:
        """The rows shown, in display order."""
        return [self.index(r, 0).data(RowRole) for r in range(self.rowCount())]

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return row is not None and self._filter.accepts(row)

    def lessThan(self, left, right) -> bool:
        left_row, right_row = left.data(RowRole), right.data(RowRole)
        key = ITEM_COLUMNS[left.column()]
        return ((item_sort_value(left_row, key), left_row.id)
                < (item_sort_value(right_row, key), right_row.id))
