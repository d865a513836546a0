"""The read-only grid of whole rows that the list pages share: one place for its set-up."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gala_manager.ui.table_model import SortRole
from gala_manager.ui.widgets.column_chooser import ColumnChooser


def row_view(model: QAbstractItemModel, name: str, *, several: bool = False,
             sortable: bool = False, alternating: bool = False,
             resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.Interactive,
             ) -> QTableView:
    """A table over `model` named `name` (its columns chosen and remembered under it):
    rows selected whole (`several` at once or one), edited only through dialogs, the
    last column stretched to the edge. `sortable` sorts by a header click, starting
    in the model's own order."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    ColumnChooser(view)
    if sortable:
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(alternating)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(resize)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def sorted_row_view(model: QAbstractItemModel, name: str, **options,
                    ) -> tuple[QTableView, QSortFilterProxyModel]:
    """`row_view` over a proxy that sorts by the model's `SortRole` (dates as dates,
    money as numbers); the view and its proxy."""
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    view = row_view(proxy, name, **options)
    proxy.setParent(view)  # lives as long as the view that shows it
    return view, proxy
