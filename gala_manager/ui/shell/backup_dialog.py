"""File ▸ Restore from backup…: the rolling backups of the open gala, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.storage.backup import BackupEntry, list_backups
from gala_manager.ui.table_model import Column, RowTableModel
from gala_manager.ui.widgets.column_chooser import ColumnChooser


class BackupTableModel(RowTableModel[BackupEntry]):
    """Backups with the time taken and the size."""

    def __init__(self, entries: list[BackupEntry], parent=None) -> None:
        super().__init__(parent)
        self.set_rows(entries)

    def declare_columns(self) -> list[Column[BackupEntry]]:
        return [Column("taken", self.tr("Taken"),
                       lambda entry: entry.taken.strftime("%Y-%m-%d %H:%M:%S")),
                Column("size", self.tr("Size"), lambda entry: self.tr("{kb} KB").format(
                    kb=max(1, round(entry.size / 1024))))]

    def row_key(self, row: BackupEntry) -> Path:
        return row.path


class BackupDialog(QDialog):
    """Choose a backup; it is opened as a copy, the gala itself is not touched."""

    def __init__(self, data_dir: Path, gala_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(460, 380)
        self.model = BackupTableModel(list_backups(data_dir, gala_path), self)
        self.view = QTableView()
        self.view.setObjectName("backupTable")
        self.view.setModel(self.model)
        ColumnChooser(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(self.accept)
        hint = QLabel(self.tr("Backups are taken when the gala is opened and every ten minutes "
                              "of editing; the newest 20 are kept. The chosen backup opens as "
                              "a new copy."))
        hint.setWordWrap(True)
        if not self.model.rowCount():
            hint.setText(self.tr("There are no backups of this gala yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        if self.model.rowCount():
            self.view.selectRow(0)

    def selected(self) -> BackupEntry | None:
        """The chosen backup."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None
