"""The People tab: search, filter and sort everyone; add, edit and remove with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.staff.wording import describe_staff_error, role_label
from gala_manager.core.errors import InUseError
from gala_manager.core.models import Role
from gala_manager.core.staff.directory import StaffPerson, list_staff_departments, list_staff_people
from gala_manager.core.staff.person_edits import person_data, person_references
from gala_manager.ui.column_widths import ColumnWidths
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.staff.people_model import (
    NO_DEPARTMENT,
    PeopleFilterProxy,
    PeopleTableModel,
)
from gala_manager.ui.staff.person_dialog import PersonDialog
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.widgets.column_chooser import ColumnChooser


class PeopleTab(QWidget):
    """The table of people with its search box, filters and buttons."""

    my_night_requested = Signal(str)  # a person's name: print their "my night" page

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.departments = []
        self.model = PeopleTableModel(self)
        self.proxy = PeopleFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.department_filter = QComboBox()
        self.department_filter.setObjectName("departmentFilter")
        self.department_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_department(self.department_filter.currentData()))
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_role(self.role_filter.currentData()))
        self.count_label = QLabel()
        self.view = QTableView()
        self.view.setObjectName("peopleTable")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.column_widths = ColumnWidths(self.view, self.model, "people", {"notes": 160})
        ColumnChooser(self.view)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        bind_button(self.add_button, "new_person", self)
        bind_button(self.remove_button, "remove_person", self)
        self.night_button = QPushButton()
        self.night_button.clicked.connect(self._request_night)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.department_filter, 1)
        filters.addWidget(self.role_filter, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.night_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()

    def _push(self, command) -> bool:
        return self.controller.push(command, self)

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(self.tr("Search name, phone, class, notes\u2026"))
        self.add_button.setText(self.tr("Add person\u2026"))
        self.edit_button.setText(self.tr("Edit\u2026"))
        self.remove_button.setText(self.tr("Remove"))
        self.night_button.setText(self.tr("Print \u201cmy night\u201d\u2026"))
        self._fill_filters()
        self.model.retranslate()
        self._update_count()

    def _fill_filters(self) -> None:
        dept, role = self.department_filter.currentData(), self.role_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("All departments"), None)
        for d in self.departments:
            self.department_filter.addItem(d.name, d.id)
        self.department_filter.addItem(self.tr("(no department)"), NO_DEPARTMENT)
        self.department_filter.setCurrentIndex(max(0, self.department_filter.findData(dept)))
        self.department_filter.blockSignals(False)
        self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("All roles"), None)
        for r in Role:
            self.role_filter.addItem(role_label(r), r)
        self.role_filter.setCurrentIndex(max(0, self.role_filter.findData(role)))
        self.role_filter.blockSignals(False)
        self.proxy.set_department(self.department_filter.currentData())
        self.proxy.set_role(self.role_filter.currentData())

    def reload(self) -> None:
        selected = self.selected()
        departments = self.controller.read(list_staff_departments)
        colours = {d.id: d.colour for d in departments}
        self.model.show_people(self.controller.read(list_staff_people), colours)
        if departments != self.departments:
            self.departments = departments
            self._fill_filters()
        if selected is not None:
            self.select_person(selected.id)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        self.count_label.setText(self.tr("%n person(s) shown", "", shown))

    def _request_night(self) -> None:
        row = self.selected()
        if row is not None:
            self.my_night_requested.emit(row.name)

    def selected(self) -> StaffPerson | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None

    def select_person(self, person_id: int) -> bool:
        """Select a person's row (clearing the filters if they hide it)."""
        row = self.model.row_of(person_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search_edit.clear()
            self.department_filter.setCurrentIndex(0)
            self.role_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def add_person(self) -> PersonDialog:
        dialog = PersonDialog(self.departments, parent=self)
        dialog.accepted.connect(
            lambda: self._push(commands.add_person(self.controller, dialog.data())))
        dialog.open()
        return dialog

    def edit_selected(self) -> PersonDialog | None:
        row = self.selected()
        if row is None:
            return None
        data = self.controller.read(person_data, person_id=row.id)
        dialog = PersonDialog(self.departments, data, parent=self)
        dialog.accepted.connect(lambda: self._push(
            commands.edit_person(self.controller, row.id, dialog.data())))
        dialog.open()
        return dialog

    def remove_selected(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        refs = self.controller.read(person_references, person_id=row.id)
        if refs:
            QMessageBox.information(self, self.tr("Remove person"), describe_staff_error(
                InUseError("person", row.id, refs)))
            return False
        return self._push(commands.remove_person(self.controller, row.id, row.name))
