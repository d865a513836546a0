"""The Departments tab: the committee's departments, heads and duties, with undo."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.staff.department_edits import department_data
from gala_manager.core.staff.directory import (
    StaffDepartment,
    list_staff_departments,
    list_staff_people,
)
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.staff.department_dialog import DepartmentDialog

translate = QCoreApplication.translate
RowRole = Qt.ItemDataRole.UserRole + 1


class DepartmentTableModel(QAbstractTableModel):
    """Departments with their person in charge, member count and duties."""

    NAME, HEAD, MEMBERS, DUTIES = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StaffDepartment] = []

    def set_rows(self, rows: list[StaffDepartment]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [translate("Staff", "Department"), translate("Staff", "Person in charge"),
                translate("Staff", "Members"), translate("Staff", "Duties")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            head = row.head_name or translate("Staff", "(nobody yet)")
            return [row.name, head, str(row.members), row.duties.replace("\n", " ")][col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DUTIES:
            return row.duties
        if role == Qt.ItemDataRole.DecorationRole and col == self.NAME and row.colour:
            return QColor(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.HEAD and not row.head_name:
            return QColor("#c92a2a")
        return None


class DepartmentsTab(QWidget):
    """The department table with add, edit and remove."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.model = DepartmentTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("departmentsTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_department)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def _push(self, command) -> bool:
        return commands.push(self.controller, command, self)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add department\u2026"))
        self.edit_button.setText(self.tr("Edit\u2026"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)

    def reload(self) -> None:
        self.model.set_rows(self.controller.read(list_staff_departments))
        self.view.resizeColumnsToContents()

    def selected(self) -> StaffDepartment | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def select_department(self, department_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(RowRole).id == department_id:
                self.view.selectRow(row)

    def add_department(self) -> DepartmentDialog:
        taken = {self.model.index(r, 0).data() for r in range(self.model.rowCount())}
        dialog = DepartmentDialog(self.controller.read(list_staff_people), taken=taken,
                                  parent=self)
        dialog.accepted.connect(lambda: self._push(
            commands.add_department(self.controller, dialog.data())))
        dialog.open()
        return dialog

    def edit_selected(self) -> DepartmentDialog | None:
        row = self.selected()
        if row is None:
            return None
        data = self.controller.read(department_data, department_id=row.id)
        taken = {self.model.index(r, 0).data() for r in range(self.model.rowCount())} - {
            row.name}
        dialog = DepartmentDialog(self.controller.read(list_staff_people), data, taken, self)
        dialog.accepted.connect(lambda: self._push(
            commands.edit_department(self.controller, row.id, dialog.data())))
        dialog.open()
        return dialog

    def remove_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        members = row.members
        if members:
            answer = QMessageBox.question(self, self.tr("Remove department"), self.tr(
                "{name} has %n member(s); they (and its tasks and supplies) will be left "
                "without a department. Remove it anyway?", "", members).format(
                name=row.name))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        # Undo gives the members, tasks and supplies their department back.
        return self._push(commands.remove_department(
            self.controller, row.id, row.name, True))
