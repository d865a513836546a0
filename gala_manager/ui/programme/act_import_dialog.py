"""Preview of an act import: each row, what it will do and its problems; then import."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.programme.act_import import action_label, describe_row_problem
from gala_manager.app.programme.wording import kind_label
from gala_manager.core.durations import format_duration
from gala_manager.core.programme.act_import import PlannedRow, RowAction
from gala_manager.imports.acts import ActSheet, ActSheetRow

ROW, TITLE, KIND, DURATION, SUBMITTED, ACTION, PROBLEMS = range(7)
_BLOCKED = QColor("#ffd6d6")
_WARNED = QColor("#fff4cc")


class ActImportTableModel(QAbstractTableModel):
    """One line per sheet row; rows that block the import are red, warnings yellow."""

    def __init__(self, rows: list[ActSheetRow], planned: dict[str, PlannedRow],
                 parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.planned = planned

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Row"), self.tr("Title"), self.tr("Kind"), self.tr("Duration"),
                self.tr("Submitted by"), self.tr("Import"), self.tr("Problems")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.blocked:
                return QBrush(_BLOCKED)
            return QBrush(_WARNED) if row.problems else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        fields = row.fields
        column = index.column()
        if column == ROW:
            return str(row.number)
        if column == TITLE:
            return fields.title
        if column == KIND:
            return kind_label(fields.kind)
        if column == DURATION:
            return "" if any(p.field == "duration" for p in row.problems) \
                else format_duration(fields.duration_seconds)
        if column == SUBMITTED:
            return fields.submitted_by_text or self.tr("(department)")
        if column == ACTION:
            planned = self.planned.get(row.key)
            return "" if row.blocked or planned is None else action_label(planned.action)
        return "; ".join(describe_row_problem(p) for p in row.problems)


class ActImportDialog(QDialog):
    """Shows what importing a sheet will do; OK imports every row or, if any row
    must be fixed first, stays disabled (the import is all or nothing)."""

    def __init__(self, sheet: ActSheet, planned: list[PlannedRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.setWindowTitle(self.tr("Import acts"))
        by_key = {p.key: p for p in planned}
        self.model = ActImportTableModel(sheet.rows, by_key, self)
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        counts = {action: sum(1 for p in planned if p.action == action) for action in RowAction}
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        if sheet.blocked:
            blocked = sum(1 for r in sheet.rows if r.blocked)
            self.summary_label.setText(self.tr(
                "%n row(s) must be fixed in the workbook before anything can be imported "
                "(red). Nothing has been changed.", "", blocked))
            self.summary_label.setStyleSheet("color: #c92a2a;")
        else:
            self.summary_label.setText(self.tr(
                "Sheet “{sheet}”: {new} new, {update} to update, {same} unchanged; "
                "{skipped} rows without a title skipped.").format(
                sheet=sheet.sheet, new=counts[RowAction.ADD], update=counts[RowAction.UPDATE],
                same=counts[RowAction.UNCHANGED], skipped=len(sheet.skipped)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setEnabled(
            not sheet.blocked and (counts[RowAction.ADD] + counts[RowAction.UPDATE]) > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(table, 1)
        layout.addWidget(buttons)
        self.resize(900, 520)

    def rows(self) -> list[tuple]:
        """`(key, fields)` of every row, as `import_acts` takes them."""
        return [(row.key, row.fields) for row in self.sheet.rows]
