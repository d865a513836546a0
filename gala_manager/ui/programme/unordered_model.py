"""Submitted acts that are not in the running order, as a list to drag from and to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from gala_manager.app.programme.wording import kind_label, status_label
from gala_manager.core.durations import format_duration
from gala_manager.core.models import ActStatus
from gala_manager.core.programme.rows import ActRow
from gala_manager.ui.programme.running_order_model import (
    ACT_IDS_MIME,
    ACT_ROLE,
    decode_act_ids,
    encode_act_ids,
)

_MUTED = QColor("#888888")


class UnorderedActsModel(QAbstractListModel):
    """Rows of `ActRow`; dropping acts of the order here takes them out of it.

    `drop_requested(act_ids)` is set by the page, which makes it undoable.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[ActRow] = []
        self.drop_requested: Callable[[list[int]], bool] | None = None

    def set_rows(self, rows: list[ActRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, act_id: int) -> int | None:
        """The row showing an act, or None."""
        return next((i for i, r in enumerate(self.rows) if r.id == act_id), None)

    def act_at(self, row: int) -> ActRow | None:
        """The act of a row, or None."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        act = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = " · ".join(p for p in (kind_label(act.fields.kind), act.submitted_by,
                                             format_duration(act.fields.duration_seconds),
                                             status_label(act.fields.status)) if p)
            return f"{act.title}\n{details}"
        if role == ACT_ROLE:
            return act.id
        if role == Qt.ItemDataRole.ForegroundRole and act.fields.status in (
                ActStatus.NOT_SELECTED, ActStatus.WITHDRAWN):
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            return act.fields.performers or None
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACT_IDS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_act_ids([self.rows[r].id for r in rows])

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        ids = decode_act_ids(data)
        own = {r.id for r in self.rows}
        return bool(ids) and not set(ids) <= own

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        own = {r.id for r in self.rows}
        act_ids = [i for i in decode_act_ids(data) if i not in own]
        if not act_ids or self.drop_requested is None:
            return False
        return self.drop_requested(act_ids)

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:
        return False  # see RunningOrderTableModel.removeRows
