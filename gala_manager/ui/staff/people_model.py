"""The people table: a model over staff rows and a proxy that searches and filters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from gala_manager.app.staff.wording import gender_label, roles_text
from gala_manager.core.models import Role
from gala_manager.core.staff.directory import StaffPerson
from gala_manager.ui.table_model import Column, RowRole, RowTableModel

translate = QCoreApplication.translate

PERSON_MIME = "application/x-gala-person"
NO_DEPARTMENT = -1


class PeopleTableModel(RowTableModel[StaffPerson]):
    """Everyone with name, gender, department, roles and contact details.

    Rows drag as person ids (`PERSON_MIME`), to be dropped on the duty grid.
    """

    drag_mime = PERSON_MIME

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._colours: dict[int, str] = {}

    def declare_columns(self) -> list[Column[StaffPerson]]:
        columns = [
            Column("name", translate("Staff", "Name"), lambda p: p.name),
            Column("gender", translate("Staff", "Gender"), lambda p: gender_label(p.gender)),
            Column("department", translate("Staff", "Department"),
                   lambda p: p.department_name),
            Column("roles", translate("Staff", "Roles"), lambda p: roles_text(p.roles)),
            Column("phone", translate("Staff", "Phone"), lambda p: p.phone),
            Column("other_contact", translate("Staff", "Other contact"),
                   lambda p: p.other_contact),
            Column("student_no", translate("Staff", "Class / student no."),
                   lambda p: p.student_no),
            Column("notes", translate("Staff", "Notes"),
                   lambda p: p.notes.replace("\n", " ")),
        ]
        # A cut-off cell shows in full on hover.
        return [replace(column, tooltip=column.text) for column in columns]

    def set_rows(self, rows: Sequence[StaffPerson],
                 colours: dict[int, str] | None = None) -> None:
        """Replace the rows; `colours` maps department ids to their colour."""
        if colours is not None:
            self._colours = dict(colours)
        super().set_rows(rows)

    def show_people(self, rows: Sequence[StaffPerson], colours: dict[int, str]) -> None:
        """Show `rows` in place (views keep selection and scroll); new department
        colours repaint every row."""
        recoloured = colours != self._colours
        self._colours = dict(colours)
        self.update_rows(rows)
        if recoloured and self.rowCount():
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self.rowCount() - 1, self.columnCount() - 1))

    def cell_data(self, row: StaffPerson, column: Column, role: int):
        if role == Qt.ItemDataRole.DecorationRole and column.key == "department":
            colour = self._colours.get(row.department_id or 0)
            return QColor(colour) if colour else None
        return None


class PeopleFilterProxy(QSortFilterProxyModel):
    """Search across name, phone and contact; filter by department and role."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._department: int | None = None
        self._role: Role | None = None
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        """Show rows whose name, phone, contact, number or notes contain `text`."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange()

    def set_department(self, department_id: int | None) -> None:
        """Only one department (NO_DEPARTMENT: people without one); None shows all."""
        self.beginFilterChange()
        self._department = department_id
        self.endFilterChange()

    def set_role(self, role: Role | None) -> None:
        """Only people with this role; None shows all."""
        self.beginFilterChange()
        self._role = role
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row: StaffPerson = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        if self._department is not None:
            wanted = None if self._department == NO_DEPARTMENT else self._department
            if row.department_id != wanted:
                return False
        if self._role is not None and self._role not in row.roles:
            return False
        if self._text:
            haystack = " ".join((row.name, row.phone, row.other_contact, row.student_no,
                                 row.notes, row.department_name)).casefold()
            return self._text in haystack
        return True
