"""Preview of a people import: every row with its problems, then all or nothing."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
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

from gala_manager.app.staff.wording import describe_row_problem, gender_label, roles_text
from gala_manager.core.staff.people_import import ImportedPerson, ImportPreview

translate = QCoreApplication.translate
NEW, DUPLICATE, ERROR = "new", "duplicate", "error"
_COLOURS = {NEW: "#ebfbee", DUPLICATE: "#f1f3f5", ERROR: "#ffe3e3"}


class ImportPreviewTableModel(QAbstractTableModel):
    """The sheet's rows in sheet order, each marked new, duplicate or error."""

    def __init__(self, preview: ImportPreview, parent=None) -> None:
        super().__init__(parent)
        marked = [(p, NEW) for p in preview.new] + [(p, DUPLICATE) for p in preview.duplicates]
        marked += [(p, ERROR) for p in preview.errors]
        self._rows: list[tuple[ImportedPerson, str]] = sorted(marked, key=lambda m: m[0].row)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [translate("StaffImport", "Row"), translate("StaffImport", "Name"),
                translate("StaffImport", "Gender"), translate("StaffImport", "Phone"),
                translate("StaffImport", "Department"), translate("StaffImport", "Roles"),
                translate("StaffImport", "Result")][section]

    def status_text(self, person: ImportedPerson, kind: str) -> str:
        """What will happen to a row, and why."""
        head = {NEW: translate("StaffImport", "Will be added"),
                DUPLICATE: translate("StaffImport", "Already there (same name and phone): "
                                                    "skipped"),
                ERROR: translate("StaffImport", "Error")}[kind]
        details = [describe_row_problem(p) for p in person.problems]
        return "; ".join([head, *details]) if details else head

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        person, kind = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [str(person.row), person.name, gender_label(person.gender), person.phone,
                    person.department, roles_text(person.roles),
                    self.status_text(person, kind)][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            warned = kind == NEW and person.problems
            return QColor("#fff3bf" if warned else _COLOURS[kind])
        return None


class ImportPeopleDialog(QDialog):
    """Shows what an import would do; OK imports everything, or nothing can be imported."""

    def __init__(self, preview: ImportPreview, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import people from {file}").format(file=file_name))
        self.resize(900, 520)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.model = ImportPreviewTableModel(preview, self)
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
        ok.setText(self.tr("Import %n person(s)", "", count))
        ok.setEnabled(preview.can_import)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.summary_label.setText(self.summary())

    def summary(self) -> str:
        """One paragraph: how many new, skipped, wrong, and which departments appear."""
        p = self.preview
        text = self.tr("{new} new, {dup} already there (skipped), {err} with errors.").format(
            new=len(p.new), dup=len(p.duplicates), err=len(p.errors))
        if p.new_departments:
            text += " " + self.tr("New departments: {names}.").format(
                names=translate("Staff", ", ").join(p.new_departments))
        if p.errors:
            text += " " + self.tr("Nothing is imported until the rows marked red are fixed "
                                  "in the sheet.")
        elif not p.new:
            text += " " + self.tr("Everyone in this sheet is already in the gala.")
        return text
