"""The app survives a Qt binding that drops references to None, True and False."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from gala_manager.ui import refcount_guard


class _EmptyModel(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()) -> int:
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_many_conversions_never_bring_none_near_zero(qapp):
    """PySide6 6.12.0 on Python 3.11 aborted with "none_dealloc" after enough repaints."""
    model = _EmptyModel()
    for _round in range(5):
        refcount_guard.top_up()
        for _ in range(20_000):
            model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    refcount_guard.top_up()
    if refcount_guard.needed():
        assert sys.getrefcount(None) >= refcount_guard.FLOOR
