"""A small list of records edited in a dialog: a table with Add…, Edit… and Remove."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.ui.table_model import Column, RowTableModel
from gala_manager.ui.widgets.column_chooser import ColumnChooser


class RecordListModel(RowTableModel[Any]):
    """Records (frozen dataclasses) of one dialog, not yet saved; rows are found by number."""

    def __init__(self, columns: Callable[[], list[Column]], parent=None) -> None:
        self._declare = columns
        super().__init__(parent)

    def declare_columns(self) -> list[Column]:
        return self._declare()

    def row_key(self, row: Any) -> int:
        return id(row)  # two equal records are two rows

    def append(self, record: Any) -> int:
        """Add a record at the end; returns its row."""
        number = self.rowCount()
        self.beginInsertRows(QModelIndex(), number, number)
        self._rows.append(record)
        self._index = None
        self.endInsertRows()
        return number

    def replace(self, number: int, record: Any) -> None:
        """Put an edited record in place of row `number`."""
        self._rows[number] = record
        self._index = None
        self.dataChanged.emit(self.index(number, 0), self.index(number, self.columnCount() - 1))

    def remove(self, number: int) -> None:
        """Take row `number` out."""
        self.beginRemoveRows(QModelIndex(), number, number)
        del self._rows[number]
        self._index = None
        self.endRemoveRows()


class RecordList(QWidget):
    """A table of records with buttons; `edit(parent, record or None)` returns the new record
    (None: cancelled). `changed` fires after every add, edit or removal; `name` keys the
    columns the user chose to show."""

    changed = Signal()

    def __init__(self, columns: Callable[[], list[Column]],
                 edit: Callable[[QWidget, Any | None], Any | None], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.model = RecordListModel(columns, self)
        self.view = QTableView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.add_button, self.edit_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.add_button.clicked.connect(lambda: self.add())
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.remove_button.clicked.connect(lambda: self.remove_current())
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def retranslate_ui(self, add: str, edit: str, remove: str) -> None:
        """Set the buttons' texts and the column titles in the current language."""
        self.add_button.setText(add)
        self.edit_button.setText(edit)
        self.remove_button.setText(remove)
        self.model.retranslate()

    def set_records(self, records: Sequence[Any]) -> None:
        """Show these records."""
        self.model.set_rows(records)
        self.view.resizeColumnsToContents()

    def records(self) -> list[Any]:
        """The records as edited, in order."""
        return self.model.rows()

    def add(self) -> None:
        """Ask for a new record and append it."""
        record = self._edit(self, None)
        if record is not None:
            self.view.selectRow(self.model.append(record))
            self.changed.emit()

    def edit_current(self) -> None:
        """Edit the selected record."""
        number = self.view.currentIndex().row()
        current = self.model.row_at(number)
        if current is None:
            return
        record = self._edit(self, current)
        if record is not None:
            self.model.replace(number, record)
            self.changed.emit()

    def remove_current(self) -> None:
        """Remove the selected record."""
        number = self.view.currentIndex().row()
        if self.model.row_at(number) is not None:
            self.model.remove(number)
            self.changed.emit()
