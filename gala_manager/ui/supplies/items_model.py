"""The table model of supply items: one row per item, columns named by constants."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gala_manager.app.supplies.wording import category_label, source_label, status_label
from gala_manager.core.models import SupplyStatus
from gala_manager.core.money import format_quantity, format_yuan
from gala_manager.core.supplies.items import SupplyItemRow

RowRole = Qt.ItemDataRole.UserRole + 1

(NAME, CATEGORY, QUANTITY, UNIT, UNIT_PRICE, SUBTOTAL, SOURCE, SUPPLIER, DEPARTMENT, PERSON,
 NEEDED_BY, STATUS, RETURN_TO, NOTES, ACT) = range(15)
COLUMN_COUNT = 15
_RIGHT = {QUANTITY, UNIT_PRICE, SUBTOTAL}
# Status colours: grey until ordered, amber on the way, green once the gala has it.
_STATUS_COLOURS = {
    SupplyStatus.PLANNED: "#f1f3f5", SupplyStatus.ORDERED: "#fff3bf",
    SupplyStatus.IN_HAND: "#d3f9d8", SupplyStatus.AT_VENUE: "#b2f2bb",
    SupplyStatus.DONE: "#e9ecef",
}


def sort_key(row: SupplyItemRow, column: int):
    """What a column sorts by: exact numbers, real dates (empty dates last), text."""
    if column == QUANTITY:
        return row.quantity
    if column == UNIT_PRICE:
        return row.unit_price
    if column == SUBTOTAL:
        return row.subtotal
    if column == NEEDED_BY:
        return row.needed_by or dt.date.max
    if column == STATUS:
        return list(SupplyStatus).index(row.status)
    return display_text(row, column)


def display_text(row: SupplyItemRow, column: int) -> str:
    """The text of one cell, in the current language."""
    texts = {
        NAME: lambda: row.name,
        CATEGORY: lambda: category_label(row.category_key, row.category_name),
        QUANTITY: lambda: format_quantity(row.quantity),
        UNIT: lambda: row.unit,
        UNIT_PRICE: lambda: format_yuan(row.unit_price),
        SUBTOTAL: lambda: format_yuan(row.subtotal),
        SOURCE: lambda: source_label(row.source),
        SUPPLIER: lambda: row.supplier,
        DEPARTMENT: lambda: row.department_name,
        PERSON: lambda: row.person_name,
        NEEDED_BY: lambda: row.needed_by.isoformat() if row.needed_by else "",
        STATUS: lambda: status_label(row.status),
        RETURN_TO: lambda: row.return_to,
        NOTES: lambda: row.notes,
        ACT: lambda: row.act_title,
    }
    return texts[column]()


class SupplyTableModel(QAbstractTableModel):
    """Supply items from the core; `RowRole` gives an index's `SupplyItemRow`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SupplyItemRow] = []

    def set_rows(self, rows: list[SupplyItemRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SupplyItemRow]:
        """Every row, in model order."""
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        """The model row of an item, or -1."""
        for number, row in enumerate(self._rows):
            if row.id == item_id:
                return number
        return -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            return QBrush(QColor(_STATUS_COLOURS[row.status]))
        if role == RowRole:
            return row
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        """The column titles in the current language (also the export's headers)."""
        return [self.tr("Item"), self.tr("Category"), self.tr("Quantity"), self.tr("Unit"),
                self.tr("Unit price"), self.tr("Subtotal"), self.tr("Source"),
                self.tr("Supplier / lender"), self.tr("Department"), self.tr("Responsible"),
                self.tr("Needed by"), self.tr("Status"), self.tr("Return to"), self.tr("Notes"),
                self.tr("For act")]

    def retranslate(self) -> None:
        """Tell views that every text changed (the language switched)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, COLUMN_COUNT - 1))
