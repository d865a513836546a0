"""The Supplies page: the filtered item table, bulk status, totals and the budget."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import gala_manager.app.supplies.wording  # noqa: F401  (registers problem words)
from gala_manager.app.supplies.wording import status_label
from gala_manager.core.models import SupplyStatus
from gala_manager.core.operations import Area
from gala_manager.core.staff.people import list_departments
from gala_manager.core.supplies.items import SupplyItemRow, get_item, list_items
from gala_manager.core.supplies.settings import get_budget, list_categories
from gala_manager.core.supplies.totals import (
    gala_budget_position,
    gala_supply_totals,
    summarize,
)
from gala_manager.ui.column_widths import ColumnWidths
from gala_manager.ui.page import Page
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.supplies.budget_panel import BudgetDialog, BudgetPanel
from gala_manager.ui.supplies.category_dialog import CategoryDialog
from gala_manager.ui.supplies.filter_bar import SupplyFilterBar
from gala_manager.ui.supplies.item_dialog import SupplyItemDialog
from gala_manager.ui.supplies.items_filter import SupplyFilter, SupplyFilterProxy
from gala_manager.ui.supplies.items_model import RowRole, SupplyTableModel
from gala_manager.ui.supplies.supplies_actions import SuppliesFileActions
from gala_manager.ui.supplies.supplies_commands import (
    add_item_command,
    budget_command,
    edit_item_command,
    remove_items_command,
    status_command,
)
from gala_manager.ui.supplies.totals_widgets import BreakdownModel, TotalsBar
from gala_manager.ui.widgets.column_chooser import ColumnChooser
from gala_manager.ui.widgets.flow_layout import FlowLayout


class SuppliesPage(Page):
    """Everything the gala needs, who sees to it, and what it costs."""

    key = "supplies"
    # The sponsors' cash is the budget's sponsorship income.
    areas = frozenset({Area.SUPPLIES, Area.PEOPLE, Area.GALA, Area.PROGRAMME, Area.SPONSORS})
    target_kinds = frozenset({"supply_item", "supply_budget"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.model = SupplyTableModel(self)
        self.proxy = SupplyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_bar = SupplyFilterBar()
        self.filter_bar.filter_changed.connect(self.set_filter)
        self.table = QTableView()
        self.table.setObjectName("suppliesTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.column_widths = ColumnWidths(self.table, self.model, "supplyItems", {"notes": 160})
        # At 1280×800 what to do this week stays in view: item, amount, cost, how it comes,
        # who, by when, status. The category and department have filters and totals; the
        # supplier, price and the rest are in the item's dialog and the Excel list.
        ColumnChooser(self.table, hidden_by_default=(
            "category", "unit_price", "supplier", "department", "return_to", "notes", "act"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("bulkStatus")
        self.apply_status_button = QPushButton()
        self.categories_button = QPushButton()
        self.add_button.clicked.connect(lambda: self.add_item())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.apply_status_button.clicked.connect(
            lambda: self.set_selected_status(self.status_combo.currentData()))
        self.categories_button.clicked.connect(self.edit_categories)
        bind_button(self.add_button, "new_item", self)
        bind_button(self.remove_button, "remove_item", self)
        # Wraps onto a second line in a narrow window (English at 1280×800).
        actions = FlowLayout(spacing=6)
        for widget in (self.add_button, self.edit_button, self.remove_button,
                       self.status_label, self.status_combo, self.apply_status_button):
            actions.addWidget(widget)
        self.file_actions = SuppliesFileActions(self)
        for action in self.file_actions.actions():
            button = QToolButton()
            button.setDefaultAction(action)
            actions.addWidget(button)
        actions.addWidget(self.categories_button)

        self.totals_bar = TotalsBar()
        self.budget_panel = BudgetPanel()
        self.budget_panel.edit_requested.connect(self.edit_budget)
        self.breakdown_box = QGroupBox()
        self.breakdown_combo = QComboBox()
        self.breakdown_model = BreakdownModel(self)
        self.breakdown_view = QTableView()
        self.breakdown_view.setObjectName("supplyBreakdown")
        self.breakdown_view.setModel(self.breakdown_model)
        ColumnChooser(self.breakdown_view)
        self.breakdown_view.verticalHeader().hide()
        self.breakdown_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.breakdown_view.horizontalHeader().setSectionResizeMode(
            self.breakdown_model.column_of("group"), QHeaderView.ResizeMode.Stretch)
        self.breakdown_combo.currentIndexChanged.connect(self._update_totals)
        breakdown_layout = QVBoxLayout(self.breakdown_box)
        breakdown_layout.addWidget(self.breakdown_combo)
        breakdown_layout.addWidget(self.breakdown_view)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.budget_panel)
        side_layout.addWidget(self.breakdown_box, 1)
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addWidget(self.table, 1)
        main_layout.addWidget(self.totals_bar)
        splitter = QSplitter()
        splitter.addWidget(main)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self.retranslate_ui()
        self._update_actions()

    # -- Page -----------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add item…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.status_label.setText(self.tr("Set status of selected:"))
        self.apply_status_button.setText(self.tr("Apply"))
        self.categories_button.setText(self.tr("Categories…"))
        self.breakdown_box.setTitle(self.tr("Totals of the items shown"))
        current = self.status_combo.currentIndex()
        self.status_combo.clear()
        for status in SupplyStatus:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, current))
        grouping = self.breakdown_combo.currentIndex()
        self.breakdown_combo.blockSignals(True)
        self.breakdown_combo.clear()
        self.breakdown_combo.addItems([self.tr("By category"), self.tr("By department"),
                                       self.tr("By status"), self.tr("By source")])
        self.breakdown_combo.setCurrentIndex(max(0, grouping))
        self.breakdown_combo.blockSignals(False)
        self.filter_bar.retranslate_ui()
        self.file_actions.retranslate_ui()
        self.budget_panel.retranslate_ui()
        self.totals_bar.retranslate_ui()
        self.model.retranslate()
        self.breakdown_model.retranslate()
        if self.controller.document is not None and not self._stale:
            self._update_totals()

    def menu_actions(self) -> dict:
        return {"file": self.file_actions.actions()}

    def reload(self) -> None:
        selected = self.selected_ids()
        self.filter_bar.set_choices(self.controller.read(list_categories),
                                    self.controller.read(list_departments))
        self.model.update_rows(self.controller.read(list_items))
        self.select_ids(selected)
        self._update_totals()
        self._update_actions()

    def show_target(self, target: tuple) -> None:
        if not target:
            return
        if target[0] == "supply_item":
            self.refresh_if_stale()
            if self.model.row_of(target[1]) >= 0 and self.proxy.mapFromSource(
                    self.model.index(self.model.row_of(target[1]), 0)).row() < 0:
                self.filter_bar.clear()
            self.select_ids([target[1]])
        elif target[0] == "supply_budget":
            self.budget_panel.setFocus()
            self.budget_panel.edit_button.setFocus()

    # -- filtering, selection, totals --------------------------------------------

    def set_filter(self, supply_filter: SupplyFilter) -> None:
        """Show only what the filter accepts; the totals follow."""
        self.proxy.set_supply_filter(supply_filter)
        self._update_totals()

    def selected_rows(self) -> list[SupplyItemRow]:
        """The rows selected in the table, in display order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(RowRole) for r in rows]

    def selected_ids(self) -> list[int]:
        """The ids of the selected items."""
        return [row.id for row in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these items where they are shown."""
        self.refresh_if_stale()  # an item just added shows once the page has reloaded
        selection = self.table.selectionModel()
        selection.clearSelection()
        for item_id in ids:
            source_row = self.model.row_of(item_id)
            if source_row < 0:
                continue
            index = self.proxy.mapFromSource(
                self.model.index(source_row, self.model.column_of("name")))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)

    def _update_actions(self, *_args) -> None:
        count = len(self.table.selectionModel().selectedRows())
        writable = not self.controller.read_only
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and count == 1)
        self.remove_button.setEnabled(writable and count > 0)
        self.apply_status_button.setEnabled(writable and count > 0)

    def _update_totals(self, *_args) -> None:
        if self.controller.document is None:
            return
        shown = self.proxy.visible_rows()
        filtered = self.proxy.supply_filter().active
        # Every item's totals are the core's, kept until an item changes.
        totals = summarize(shown) if filtered else self.controller.read(gala_supply_totals)
        self.totals_bar.show_totals(totals, self.model.rowCount(), filtered)
        self.breakdown_model.set_totals(totals, shown, self.breakdown_combo.currentIndex())
        self.budget_panel.show_position(self.controller.read(gala_budget_position))

    # -- edits (each one undoable) -------------------------------------------------

    def add_item(self) -> None:
        """Ask for a new item and add it."""
        dialog = SupplyItemDialog(self.controller, parent=self)
        if dialog.exec():
            command = add_item_command(self.controller, dialog.data())
            if self.controller.push(command, self):
                self.select_ids([command.result])

    def edit_selected(self) -> None:
        """Edit the one selected item."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.controller.read_only:
            return
        row = self.controller.read(get_item, item_id=ids[0])
        dialog = SupplyItemDialog(self.controller, row.data(), parent=self)
        if dialog.exec():
            self.controller.push(edit_item_command(self.controller, row.id, dialog.data()), self)

    def remove_selected(self) -> None:
        """Remove the selected items (undo brings them back)."""
        rows = self.selected_rows()
        if rows:
            self.controller.push(remove_items_command(self.controller, [r.id for r in rows],
                                                      [r.name for r in rows]), self)

    def set_selected_status(self, status: SupplyStatus) -> None:
        """Give every selected item the same status."""
        ids = self.selected_ids()
        if ids:
            self.controller.push(status_command(self.controller, ids, SupplyStatus(status)), self)

    def edit_budget(self) -> None:
        """Change the budget limit (the sponsorship comes from the sponsor records)."""
        dialog = BudgetDialog(self.controller.read(get_budget), self)
        if dialog.exec():
            self.controller.push(budget_command(self.controller, dialog.budget_limit()), self)

    def edit_categories(self) -> None:
        """Manage the user's own categories."""
        CategoryDialog(self.controller, self).exec()
