"""The Departments tab: the committee's departments, heads and duties, with undo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
from gala_manager.ui import theme
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.staff.department_dialog import DepartmentDialog
from gala_manager.ui.table_model import Column, RowRole, RowTableModel
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.column_chooser import ColumnChooser

translate = QCoreApplication.translate


class DepartmentTableModel(RowTableModel[StaffDepartment]):
    """Departments with their person in charge, member count and duties."""

    def declare_columns(self) -> list[Column[StaffDepartment]]:
        return [
            Column("name", translate("Staff", "Department"), lambda d: d.name),
            Column("head", translate("Staff", "Person in charge"),
                   lambda d: d.head_name or translate("Staff", "(nobody yet)")),
            Column("members", translate("Staff", "Members"), lambda d: str(d.members)),
            Column("duties", translate("Staff", "Duties"), lambda d: d.duties.replace("\n", " "),
                   tooltip=lambda d: d.duties),
        ]

    def cell_data(self, row: StaffDepartment, column: Column, role: int):
        if role == Qt.ItemDataRole.DecorationRole and column.key == "name" and row.colour:
            return theme.department_colour(row.colour)
        if role == Qt.ItemDataRole.ForegroundRole and column.key == "head" \
                and not row.head_name:
            return theme.colour(Tone.ERROR)
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
        ColumnChooser(self.view)
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
        bind_button(self.add_button, "new_department", self)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def _push(self, command) -> bool:
        return self.controller.push(command, self)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add department\u2026"))
        self.edit_button.setText(self.tr("Edit\u2026"))
        self.remove_button.setText(self.tr("Remove"))
        self.model.retranslate()

    def reload(self) -> None:
        self.model.set_rows(self.controller.read(list_staff_departments))
        self.view.resizeColumnsToContents()

    def selected(self) -> StaffDepartment | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def select_department(self, department_id: int) -> None:
        row = self.model.row_of(department_id)
        if row >= 0:
            self.view.selectRow(row)

    def add_department(self) -> DepartmentDialog:
        taken = {d.name for d in self.model.rows()}
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
        taken = {d.name for d in self.model.rows()} - {row.name}
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
