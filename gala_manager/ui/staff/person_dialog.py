"""The dialog that adds or edits a person: details, department and roles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.staff.wording import describe_staff_error, gender_label, role_label
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Gender, Role
from gala_manager.core.staff.directory import StaffDepartment
from gala_manager.core.staff.person_edits import PersonData, validate_person
from gala_manager.ui import theme
from gala_manager.ui.fonts import text_lines
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class PersonDialog(QDialog):
    """Edit a `PersonData`; `data()` gives the checked result after acceptance."""

    def __init__(self, departments: list[StaffDepartment], data: PersonData | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        data = data or PersonData("")
        self.setWindowTitle(self.tr("Edit person") if data.name else self.tr("Add person"))
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setObjectName("personName")
        self.gender_combo = QComboBox()
        for gender in Gender:
            self.gender_combo.addItem(gender_label(gender), gender)
        self.gender_combo.setCurrentIndex(self.gender_combo.findData(data.gender))
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("(no department)"), None)
        for dept in departments:
            self.department_combo.addItem(dept.name, dept.id)
        self.department_combo.setCurrentIndex(
            max(0, self.department_combo.findData(data.department_id)))
        self.phone_edit = QLineEdit(data.phone)
        self.phone_edit.setObjectName("personPhone")
        self.phone_edit.setPlaceholderText("13812345678")
        self.other_edit = QLineEdit(data.other_contact)
        self.other_edit.setPlaceholderText(self.tr("WeChat or QQ"))
        self.student_edit = QLineEdit(data.student_no)
        self.notes_edit = MultiLineEdit(data.notes)
        self.notes_edit.setFixedHeight(text_lines(self.notes_edit, 2.5))

        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles"))
        grid = QGridLayout(roles_box)
        for i, role in enumerate(Role):
            box = QCheckBox(role_label(role))
            box.setChecked(role in data.roles)
            self.role_boxes[role] = box
            grid.addWidget(box, i // 3, i % 3)
        self.confirmed_box = QCheckBox(self.tr("Host confirmed (no longer provisional)"))
        self.confirmed_box.setChecked(data.host_confirmed)
        grid.addWidget(self.confirmed_box, len(Role) // 3 + 1, 0, 1, 3)
        self.role_boxes[Role.HOST].toggled.connect(self.confirmed_box.setEnabled)
        self.confirmed_box.setEnabled(Role.HOST in data.roles)

        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Gender"), self.gender_combo)
        form.addRow(self.tr("Department"), self.department_combo)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow(self.tr("Other contact"), self.other_edit)
        form.addRow(self.tr("Class / student no."), self.student_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._data: PersonData | None = None

    def _collect(self) -> PersonData:
        roles = frozenset(r for r, box in self.role_boxes.items() if box.isChecked())
        return PersonData(self.name_edit.text(), self.gender_combo.currentData(),
                          self.phone_edit.text(), self.department_combo.currentData(),
                          self.other_edit.text(), self.student_edit.text(),
                          self.notes_edit.toPlainText(), roles,
                          self.confirmed_box.isChecked() and Role.HOST in roles)

    def accept(self) -> None:
        """Close only with valid data; otherwise say what is wrong and keep the input."""
        try:
            self._data = validate_person(self._collect())
        except ValidationError as exc:
            self.error_label.setText(describe_staff_error(exc))
            self.error_label.show()
            return
        super().accept()

    def data(self) -> PersonData:
        """The checked data (after the dialog was accepted)."""
        return self._data or self._collect()
