"""Keep a table's selected rows by key across a change that does not carry selections."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView

from gala_manager.ui.table_update import runs


def _selected_rows(view: QAbstractItemView) -> list[int]:
    # From the ranges, not selectedRows(): one range may hold 2,000 rows.
    rows: set[int] = set()
    for span in view.selectionModel().selection():
        if span.isValid():
            rows.update(range(span.top(), span.bottom() + 1))
    return sorted(rows)


@contextmanager
def keep_selection(view: QAbstractItemView) -> Iterator[None]:
    """Around a `RowTableModel` update with `quiet_reorder`: the rows selected before
    are selected after, wherever their keys went (and only those rows repaint)."""
    model = view.model()
    keys = [model.row_key(model.row_at(row)) for row in _selected_rows(view)]
    yield
    if not keys:
        return
    rows = sorted(row for row in map(model.row_of, keys) if row >= 0)
    if rows == _selected_rows(view):
        return
    selection = QItemSelection()
    last_column = model.columnCount() - 1
    for first, last in runs(rows):
        selection.select(model.index(first, 0), model.index(last, last_column))
    view.selectionModel().select(selection,
                                 QItemSelectionModel.SelectionFlag.ClearAndSelect)
