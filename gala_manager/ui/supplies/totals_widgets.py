"""The totals bar under the table and the breakdown table; both follow the filter."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from gala_manager.app.supplies.wording import category_label, source_label, status_label
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.money import format_yuan
from gala_manager.core.supplies.items import SupplyItemRow
from gala_manager.core.supplies.totals import Amounts, SupplyTotals
from gala_manager.ui.table_model import RIGHT, Column, RowTableModel

BY_CATEGORY, BY_DEPARTMENT, BY_STATUS, BY_SOURCE = range(4)


class TotalsBar(QLabel):
    """One line: how many items are shown, their value and what they cost."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBar")
        # The palette's own alternate base and mid line, so the bar follows light and dark.
        self.setMargin(4)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setFrameShape(QFrame.Shape.StyledPanel)
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


class BreakdownModel(RowTableModel[tuple[str, Amounts]]):
    """Totals grouped by category, department, status or source: count, value, cost."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._grouping = BY_CATEGORY

    def declare_columns(self) -> list[Column[tuple[str, Amounts]]]:
        return [Column("group", self.tr("Group"), lambda line: line[0]),
                Column("count", self.tr("Items"), lambda line: str(line[1].count), RIGHT),
                Column("value", self.tr("Value"), lambda line: format_yuan(line[1].value), RIGHT),
                Column("cost", self.tr("Cost"), lambda line: format_yuan(line[1].cost), RIGHT)]

    def row_key(self, row: tuple[str, Amounts]) -> str:
        return row[0]

    def set_totals(self, totals: SupplyTotals, rows: list[SupplyItemRow],
                   grouping: int | None = None) -> None:
        """Group `totals` (of `rows`, which name categories and departments)."""
        if grouping is not None:
            self._grouping = grouping
        self.set_rows(self._group_lines(totals, rows))

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
