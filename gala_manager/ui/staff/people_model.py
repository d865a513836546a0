"""The people table: a model over staff rows and a proxy that searches and filters."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from gala_manager.app.staff.wording import gender_label, roles_text
from gala_manager.core.models import Role
from gala_manager.core.staff.directory import StaffPerson

translate = QCoreApplication.translate

PERSON_MIME = "application/x-gala-person"
RowRole = Qt.ItemDataRole.UserRole + 1
NO_DEPARTMENT = -1


def person_mime(person_ids: list[int]) -> QMimeData:
    """Mime data carrying people, for dragging them onto a post."""
    mime = QMimeData()
    mime.setData(PERSON_MIME, QByteArray(",".join(map(str, person_ids)).encode()))
    return mime


def person_ids_from_mime(mime: QMimeData) -> list[int]:
    """The people a drag carries (empty when it carries something else)."""
    if not mime.hasFormat(PERSON_MIME):
        return []
    raw = bytes(mime.data(PERSON_MIME).data()).decode()
    return [int(x) for x in raw.split(",") if x.strip().isdigit()]


class PeopleTableModel(QAbstractTableModel):
    """Everyone with name, gender, department, roles and contact details."""

    NAME, GENDER, DEPARTMENT, ROLES, PHONE, OTHER, STUDENT_NO, NOTES = range(8)
    COLUMNS = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[StaffPerson] = []
        self._colours: dict[int, str] = {}

    def set_rows(self, rows: list[StaffPerson], colours: dict[int, str] | None = None) -> None:
        """Replace the rows; `colours` maps department ids to their colour."""
        self.beginResetModel()
        self._rows = list(rows)
        self._colours = dict(colours or {})
        self.endResetModel()

    def rows(self) -> list[StaffPerson]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row_of(self, person_id: int) -> int:
        """The model row of a person, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == person_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [translate("Staff", "Name"), translate("Staff", "Gender"),
                translate("Staff", "Department"), translate("Staff", "Roles"),
                translate("Staff", "Phone"), translate("Staff", "Other contact"),
                translate("Staff", "Class / student no."),
                translate("Staff", "Notes")][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [row.name, gender_label(row.gender), row.department_name,
                    roles_text(row.roles), row.phone, row.other_contact, row.student_no,
                    row.notes.replace("\n", " ")][col]
        if role == Qt.ItemDataRole.DecorationRole and col == self.DEPARTMENT:
            colour = self._colours.get(row.department_id or 0)
            return QColor(colour) if colour else None
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [PERSON_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for index in indexes:
            pid = self._rows[index.row()].id
            if pid not in ids:
                ids.append(pid)
        return person_mime(ids)


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
