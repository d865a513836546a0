"""Preview of a supplies import: every row with what will happen to it, then all or nothing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.supplies.item_import import describe_item_problem
from gala_manager.app.supplies.wording import source_label
from gala_manager.core.money import format_quantity, format_yuan
from gala_manager.core.supplies.item_import import SheetItem, SupplyImportPreview

NEW, DUPLICATE, ERROR = "new", "duplicate", "error"
_COLOURS = {NEW: "#ebfbee", DUPLICATE: "#f1f3f5", ERROR: "#ffe3e3"}


class SupplyImportTableModel(QAbstractTableModel):
    """The sheet's rows in sheet order, each marked new, duplicate or error."""

    def __init__(self, preview: SupplyImportPreview, parent=None) -> None:
        super().__init__(parent)
        marked = [(i, NEW) for i in preview.new] + [(i, DUPLICATE) for i in preview.duplicates]
        marked += [(i, ERROR) for i in preview.errors]
        self._rows: list[tuple[SheetItem, str]] = sorted(marked, key=lambda m: m[0].row)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Row"), self.tr("Item"), self.tr("Category"), self.tr("Quantity"),
                self.tr("Unit price"), self.tr("Source"), self.tr("Result")][section]

    def status_text(self, item: SheetItem, kind: str) -> str:
        """What will happen to a row, and why."""
        head = {NEW: self.tr("Will be added"),
                DUPLICATE: self.tr("Already there (same item and supplier): skipped"),
                ERROR: self.tr("Error")}[kind]
        details = [describe_item_problem(p) for p in item.problems]
        return "; ".join([head, *details]) if details else head

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, kind = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [str(item.row), item.name, item.category,
                    f"{format_quantity(item.quantity)} {item.unit}".strip(),
                    format_yuan(item.unit_price), source_label(item.source),
                    self.status_text(item, kind)][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#fff3bf" if kind == NEW and item.problems else _COLOURS[kind])
        return None


class SupplyImportDialog(QDialog):
    """Shows what an import would do; OK imports every new row, or nothing."""

    def __init__(self, preview: SupplyImportPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import items from {file}").format(file=file_name))
        self.resize(900, 520)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.model = SupplyImportTableModel(preview, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        count = len(preview.new)
        ok.setText(self.tr("Import %n item(s)", "", count))
        ok.setEnabled(preview.can_import)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.summary_label.setText(self.summary())

    def summary(self) -> str:
        """One paragraph: how many new, skipped, wrong; new categories; unknown names."""
        p = self.preview
        text = self.tr("{new} new, {dup} already there (skipped), {err} with errors.").format(
            new=len(p.new), dup=len(p.duplicates), err=len(p.errors))
        if p.new_categories:
            text += " " + self.tr("New categories: {names}.").format(
                names="、".join(p.new_categories))
        if p.unknown_names:
            text += " " + self.tr("Not in the gala, left empty: {names}.").format(
                names="、".join(p.unknown_names))
        if p.errors:
            text += " " + self.tr("Nothing is imported until the rows marked red are fixed "
                                  "in the sheet.")
        elif not p.new:
            text += " " + self.tr("Every item in this sheet is already in the gala.")
        return text
