"""The dialog that adds or edits a department: name, person in charge, duties, colour."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.staff.department_edits import DepartmentData
from gala_manager.core.staff.directory import StaffPerson
from gala_manager.ui import theme
from gala_manager.ui.fonts import text_lines
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit


class DepartmentDialog(QDialog):
    """Edit a `DepartmentData`; `data()` gives the result."""

    def __init__(self, people: list[StaffPerson], data: DepartmentData | None = None,
                 taken: set[str] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        data = data or DepartmentData("")
        self.taken = set(taken)
        self.setWindowTitle(self.tr("Edit department") if data.name
                            else self.tr("Add department"))
        self.name_edit = QLineEdit(data.name)
        self.name_edit.setObjectName("departmentName")
        self.head_combo = QComboBox()
        self.head_combo.addItem(self.tr("(nobody yet)"), None)
        for person in people:
            suffix = f" \u00b7 {person.department_name}" if person.department_name else ""
            self.head_combo.addItem(person.name + suffix, person.id)
        self.head_combo.setCurrentIndex(max(0, self.head_combo.findData(data.head_person_id)))
        self.duties_edit = MultiLineEdit(data.duties)
        self.duties_edit.setFixedHeight(text_lines(self.duties_edit, 3.5))
        self.colour_edit = QLineEdit(data.colour)
        self.colour_edit.setPlaceholderText(theme.DEFAULT_DEPARTMENT_COLOUR)
        self.colour_button = QPushButton(self.tr("Choose\u2026"))
        self.colour_button.clicked.connect(self._choose_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_edit, 1)
        colour_row.addWidget(self.colour_button)
        self.error_label = QLabel()
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Person in charge"), self.head_combo)
        form.addRow(self.tr("Duties"), self.duties_edit)
        form.addRow(self.tr("Colour"), colour_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _choose_colour(self) -> None:
        colour = QColorDialog.getColor(theme.department_colour(self.colour_edit.text()), self)
        if colour.isValid():
            self.colour_edit.setText(colour.name())

    def accept(self) -> None:
        """Say what is wrong and stay open, so nothing typed is lost."""
        name, colour = self.name_edit.text().strip(), self.colour_edit.text().strip()
        problem = ""
        if not name:
            problem = self.tr("A name is required.")
        elif name in self.taken:
            problem = self.tr("There is a department of this name already.")
        elif colour and not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
            problem = self.tr("Choose a colour like {example}.").format(
                example=theme.DEFAULT_DEPARTMENT_COLOUR)
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        super().accept()

    def data(self) -> DepartmentData:
        """What the user entered."""
        return DepartmentData(self.name_edit.text(), self.duties_edit.toPlainText(),
                              self.colour_edit.text().strip(), self.head_combo.currentData())
