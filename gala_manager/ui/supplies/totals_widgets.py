"""The totals bar under the table and the breakdown table; both follow the filter."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel, QWidget

from gala_manager.app.supplies.wording import category_label, source_label, status_label
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.money import format_yuan
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.totals import Amounts, SupplyTotals

BY_CATEGORY, BY_DEPARTMENT, BY_STATUS, BY_SOURCE = range(4)


class TotalsBar(QLabel):
    """One line: how many items are shown, their value and what they cost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBar")
        self.setStyleSheet("padding: 4px; background: #f8f9fa; border-top: 1px solid #dee2e6;")
        self._state: tuple[SupplyTotals, int, bool] | None = None

    def show_totals(self, totals: SupplyTotals, all_count: int, filtered: bool) -> None:
        """Show the totals of the rows the table shows."""
        self._state = (totals, all_count, filtered)
        count = totals.all.count
        shown = (self.tr("%n item(s) shown of {all}", "", count).format(all=all_count)
                 if filtered else self.tr("%n item(s)", "", count))
        self.setText(self.tr("{shown} · value {value} · cost {cost} (spent {spent}, committed "
                             "{committed}, still to buy {planned})").format(
            shown=shown, value=format_yuan(totals.all.value), cost=format_yuan(totals.all.cost),
            spent=format_yuan(totals.spent), committed=format_yuan(totals.committed),
            planned=format_yuan(totals.planned)))

    def retranslate_ui(self) -> None:
        """Word the same totals in the current language."""
        if self._state is not None:
            self.show_totals(*self._state)


class BreakdownModel(QAbstractTableModel):
    """Totals grouped by category, department, status or source: count, value, cost."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[tuple[str, Amounts]] = []
        self._grouping = BY_CATEGORY

    def set_totals(self, totals: SupplyTotals, rows: list[SupplyItemRow],
                   grouping: int | None = None) -> None:
        """Group `totals` (of `rows`, which name categories and departments)."""
        if grouping is not None:
            self._grouping = grouping
        self.beginResetModel()
        self._lines = self._group_lines(totals, rows)
        self.endResetModel()

    def _group_lines(self, totals: SupplyTotals, rows: list[SupplyItemRow]):
        if self._grouping == BY_STATUS:
            return [(status_label(s), totals.by_status[s]) for s in SupplyStatus
                    if s in totals.by_status]
        if self._grouping == BY_SOURCE:
            return [(source_label(s), totals.by_source[s]) for s in SupplySource
                    if s in totals.by_source]
        names: dict = {}
        for row in rows:
            if self._grouping == BY_CATEGORY:
                names.setdefault(row.category_id, category_label(row.category_key,
                                                                 row.category_name))
            else:
                names.setdefault(row.department_id, row.department_name or self.tr("(none)"))
        groups = totals.by_category if self._grouping == BY_CATEGORY else totals.by_department
        return [(names[key], groups[key]) for key in names]

    def lines(self) -> list[tuple[str, Amounts]]:
        """The groups shown, in order."""
        return list(self._lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        label, amounts = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [label, str(amounts.count), format_yuan(amounts.value),
                    format_yuan(amounts.cost)][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Group"), self.tr("Items"), self.tr("Value"), self.tr("Cost")][section]
