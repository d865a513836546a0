"""Submitted acts that are not in the running order, as a list to drag from and to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from gala_manager.app.programme.wording import kind_label, status_label
from gala_manager.core.durations import format_duration
from gala_manager.core.models import ActStatus
from gala_manager.core.programme.rows import ActRow
from gala_manager.ui import theme
from gala_manager.ui.programme.running_order_model import ACT_IDS_MIME
from gala_manager.ui.table_model import Column, RowTableModel, ids_from_mime
from gala_manager.ui.theme import Tone


def _act_text(act: ActRow) -> str:
    details = " · ".join(p for p in (kind_label(act.fields.kind), act.submitted_by,
                                     format_duration(act.fields.duration_seconds),
                                     status_label(act.fields.status)) if p)
    return f"{act.title}\n{details}"


class UnorderedActsModel(RowTableModel[ActRow]):
    """Rows of `ActRow` in one column; dropping acts of the order here takes them out.

    `drop_requested(act_ids)` is set by the page, which makes it undoable.
    """

    drag_mime = ACT_IDS_MIME
    drag_actions = Qt.DropAction.MoveAction
    drop_actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.drop_requested: Callable[[list[int]], bool] | None = None

    def declare_columns(self) -> list[Column[ActRow]]:
        return [Column("title", self.tr("Act"), _act_text,
                       tooltip=lambda act: act.fields.performers or None)]

    def cell_data(self, act: ActRow, column: Column, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and act.fields.status in (
                ActStatus.NOT_SELECTED, ActStatus.WITHDRAWN):
            return theme.colour(Tone.MUTED)
        return None

    def _foreign_ids(self, data) -> list[int]:
        """The acts a drag carries that are not in this list yet."""
        return [i for i in ids_from_mime(data, ACT_IDS_MIME) if self.row_of(i) < 0]

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(self._foreign_ids(data))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        act_ids = self._foreign_ids(data)
        if not act_ids or self.drop_requested is None:
            return False
        return self.drop_requested(act_ids)
