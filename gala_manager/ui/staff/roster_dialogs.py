"""Dialogs of the duty grid: a post, a shift, and putting someone on duty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import with_note
from gala_manager.app.wording import describe_validation
from gala_manager.core.errors import ValidationError
from gala_manager.core.staff.posts import PostData, ShiftData
from gala_manager.ui import theme
from gala_manager.ui.staff.roster_model import format_span
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import TimeEdit


class _FormDialog(QDialog):
    """A form with OK/Cancel and an error line; subclasses fill `form`."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel()
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def refuse(self, text: str) -> None:
        """Keep the dialog open and say why."""
        self.error_label.setText(text)
        self.error_label.show()


class PostDialog(_FormDialog):
    """Name, place and the people a post needs by default."""

    def __init__(self, data: PostData | None = None, taken: set[str] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Post"), parent)
        data = data or PostData("")
        self.taken = set(taken)
        self.name_edit = QLineEdit(data.name)
        self.place_edit = QLineEdit(data.place)
        self.needed_spin = QSpinBox()
        self.needed_spin.setRange(0, 99)
        self.needed_spin.setValue(data.needed)
        self.notes_edit = QLineEdit(data.notes)
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Place"), self.place_edit)
        self.form.addRow(self.tr("People needed"), self.needed_spin)
        self.form.addRow(self.tr("Notes"), self.notes_edit)

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.refuse(self.tr("A name is required."))
            return
        if self.name_edit.text().strip() in self.taken:
            self.refuse(self.tr("There is a post of this name already."))
            return
        super().accept()

    def data(self) -> PostData:
        return PostData(self.name_edit.text(), self.place_edit.text(), self.needed_spin.value(),
                        self.notes_edit.text())


class ShiftDialog(_FormDialog):
    """Name, start and end of a shift on the gala day."""

    def __init__(self, data: ShiftData | None = None, taken: set[str] = frozenset(),
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Shift"), parent)
        data = data or ShiftData("", dt.time(18, 0), dt.time(19, 0))
        self.taken = set(taken)
        self.name_edit = QLineEdit(data.name)
        self.start_edit = TimeEdit(data.start, field="start")
        self.end_edit = TimeEdit(data.end, field="end")
        self.form.addRow(self.tr("Name"), self.name_edit)
        self.form.addRow(self.tr("Starts"), self.start_edit)
        self.form.addRow(self.tr("Ends (before the start: after midnight)"), self.end_edit)

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.refuse(self.tr("A name is required."))
            return
        if self.name_edit.text().strip() in self.taken:
            self.refuse(self.tr("There is a shift of this name already."))
            return
        for edit in (self.start_edit, self.end_edit):
            try:
                edit.value()
            except ValidationError as exc:
                self.refuse(describe_validation(exc))
                edit.setFocus()
                return
        if self.start_edit.value() == self.end_edit.value():
            self.refuse(self.tr("A shift must end after it starts."))
            return
        super().accept()

    def data(self) -> ShiftData:
        return ShiftData(self.name_edit.text(), self.start_edit.value(), self.end_edit.value())


class AssignDialog(_FormDialog):
    """Pick a person, a post and a shift."""

    def __init__(self, people, posts, shifts, post_id: int | None = None,
                 shift_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Put on duty"), parent)
        self.person_combo = QComboBox()
        self.person_combo.setObjectName("assignPerson")
        self.person_combo.setEditable(True)  # type to find a name among thirty
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for person in people:
            label = person.name + (f" \u00b7 {person.department_name}"
                                   if person.department_name else "")
            self.person_combo.addItem(label, person.id)
        self.post_combo = QComboBox()
        self.post_combo.setObjectName("assignPost")
        for post in posts:
            self.post_combo.addItem(post.name, post.id)
        self.shift_combo = QComboBox()
        self.shift_combo.setObjectName("assignShift")
        for shift in shifts:
            self.shift_combo.addItem(with_note(shift.name, format_span(shift)), shift.id)
        if post_id is not None:
            self.post_combo.setCurrentIndex(max(0, self.post_combo.findData(post_id)))
        if shift_id is not None:
            self.shift_combo.setCurrentIndex(max(0, self.shift_combo.findData(shift_id)))
        self.form.addRow(self.tr("Person"), self.person_combo)
        self.form.addRow(self.tr("Post"), self.post_combo)
        self.form.addRow(self.tr("Shift"), self.shift_combo)

    def accept(self) -> None:
        if self.person_id() is None or self.post_combo.currentData() is None \
                or self.shift_combo.currentData() is None:
            self.refuse(self.tr("Choose a person, a post and a shift."))
            return
        super().accept()

    def person_id(self) -> int | None:
        index = self.person_combo.findText(self.person_combo.currentText())
        return self.person_combo.itemData(index) if index >= 0 else None

    def choice(self) -> tuple[int, str, int, int]:
        """(person id, person name, post id, shift id)."""
        name = self.person_combo.currentText().split(" \u00b7 ")[0]
        return (self.person_id(), name, self.post_combo.currentData(),
                self.shift_combo.currentData())
