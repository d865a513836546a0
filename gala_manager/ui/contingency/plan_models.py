"""Table models of the Contingency page: the plan list and the editable sub-lists of a plan."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, Qt, Signal

from gala_manager.app.contingency.wording import kind_label
from gala_manager.core.contingency.plans import PlanRow

PlanRole = Qt.ItemDataRole.UserRole + 1


class PlanListModel(QAbstractListModel):
    """The plans in list order, shown as "kind — title"; `PlanRole` gives the row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[PlanRow] = []

    def set_rows(self, rows: list[PlanRow]) -> None:
        """Replace the plans shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[PlanRow]:
        """The plans shown, in order."""
        return list(self._rows)

    def row_of(self, plan_id: int) -> int | None:
        """The list position of a plan, or None."""
        return next((i for i, r in enumerate(self._rows) if r.id == plan_id), None)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{kind_label(row.data.kind)} — {row.data.title}"
        if role == PlanRole:
            return row
        return None


class RowsTableModel(QAbstractTableModel):
    """An editable list of small records (contacts, equipment) kept as tuples.

    `columns` are (header function, type) pairs; int columns edit as numbers.
    `edited` fires on every change so the editor can mark the plan modified.
    """

    edited = Signal()

    def __init__(self, columns: list[tuple], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[list] = []

    def set_rows(self, rows: list[tuple]) -> None:
        """Replace the records."""
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def records(self) -> list[tuple]:
        """The records as tuples, blank rows left out."""
        return [tuple(r) for r in self._rows
                if any(str(v).strip() for v, (_h, t) in zip(r, self._columns, strict=True)
                       if t is str)]

    def add_row(self) -> int:
        """Append an empty record; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append([t() if t is str else 1 for _h, t in self._columns])
        self.endInsertRows()
        self.edited.emit()
        return row

    def append(self, record: tuple) -> int:
        """Append a filled record; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(list(record))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        """Remove a record."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]()
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][index.column()]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        kind = self._columns[index.column()][1]
        try:
            value = int(value) if kind is int else str(value)
        except (TypeError, ValueError):
            return False
        if kind is int and value < 0:
            return False
        self._rows[index.row()][index.column()] = value
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
