"""The dialog that adds or edits a task: title, phase, owner, due date, checklist, notes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.formatting import with_note
from gala_manager.app.tasks.wording import describe_task_error, phase_label, status_label
from gala_manager.core.errors import GalaError
from gala_manager.core.staff.people import DepartmentRow, PersonRow
from gala_manager.core.tasks.dates import MAX_OFFSET_DAYS, Due
from gala_manager.core.tasks.rows import LINKS, PHASES, STATUSES, StepFields, TaskFields
from gala_manager.ui import theme
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.date_time_edit import DateEdit, TimeEdit
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit

LINK_COLUMNS = tuple((column, kind) for column, kind, _model, _label in LINKS)


class TaskDialog(QDialog):
    """Edit a task's values; `fields()` gives them back as `TaskFields`.

    `validate(fields)` (the page passes a core check) runs on OK: a refused
    value is named in the dialog, which stays open with everything typed.
    """

    def __init__(self, fields: TaskFields, departments: list[DepartmentRow],
                 people: list[PersonRow], validate, parent: QWidget | None = None,
                 links: dict[str, list[tuple[int, str]]] | None = None,
                 gala_date: dt.date | None = None) -> None:
        super().__init__(parent)
        self._validate = validate
        self.setWindowTitle(self.tr("Task"))
        self.title_edit = QLineEdit(fields.title)
        self.title_edit.setMaxLength(200)
        self.phase_combo = QComboBox()
        for phase in PHASES:
            self.phase_combo.addItem(phase_label(phase), phase)
        self.phase_combo.setCurrentIndex(PHASES.index(fields.phase))
        self.status_combo = QComboBox()
        for status in STATUSES:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setCurrentIndex(STATUSES.index(fields.status))
        self.department_combo = QComboBox()
        self.department_combo.addItem(self.tr("(none)"), None)
        for dept in departments:
            self.department_combo.addItem(dept.name, dept.id)
        self.department_combo.setCurrentIndex(
            max(0, self.department_combo.findData(fields.department_id)))
        self.person_combo = QComboBox()
        self.person_combo.addItem(self.tr("(nobody)"), None)
        for person in people:
            label = with_note(person.name, person.department_name)
            self.person_combo.addItem(label, person.id)
        self.person_combo.setCurrentIndex(max(0, self.person_combo.findData(fields.person_id)))
        self._person_department = {p.id: p.department_id for p in people}
        self.person_combo.currentIndexChanged.connect(self._person_chosen)

        self.no_due = QRadioButton(self.tr("No due date"))
        self.relative_due = QRadioButton(self.tr("Relative to the gala date"))
        self.fixed_due = QRadioButton(self.tr("On a fixed date"))
        self._due_kind = QButtonGroup(self)
        for button in (self.no_due, self.relative_due, self.fixed_due):
            self._due_kind.addButton(button)
        self.offset_spin = QSpinBox()
        self.offset_spin.setRange(-MAX_OFFSET_DAYS, MAX_OFFSET_DAYS)
        self.offset_hint = QLabel(self.tr("days from the gala date (negative: before it)"))
        self.date_edit = DateEdit(field="due")
        self.time_check = QCheckBox(self.tr("At a time of day"))
        self.time_edit = TimeEdit(field="due_time")
        due = fields.due
        self.offset_spin.setValue(due.offset_days or 0)
        # A fixed date starts where the relative one falls (or at the gala).
        when = due.on(gala_date) or gala_date or dt.date.today()
        self.date_edit.setValue(when)
        (self.relative_due if due.is_relative else self.fixed_due if due.date
         else self.no_due).setChecked(True)
        self.time_check.setChecked(due.time is not None)
        at = due.time or dt.time(9, 0)
        self.time_edit.setValue(at)
        for widget in (self.no_due, self.relative_due, self.fixed_due, self.time_check):
            widget.toggled.connect(self._enable_due)

        self.steps_list = QListWidget()
        self.steps_list.setObjectName("stepsList")
        for step in fields.steps:
            self._add_step_item(step.text, step.done)
        self.add_step_button = QPushButton(self.tr("Add step"))
        self.remove_step_button = QPushButton(self.tr("Remove step"))
        self.add_step_button.clicked.connect(self._new_step)
        self.remove_step_button.clicked.connect(self._remove_step)
        self.link_combos: dict[str, QComboBox] = {}
        for column, kind in LINK_COLUMNS:
            combo = QComboBox()
            combo.addItem(self.tr("(none)"), None)
            for key, label in (links or {}).get(kind, []):
                combo.addItem(label, key)
            combo.setCurrentIndex(max(0, combo.findData(getattr(fields, column))))
            self.link_combos[column] = combo
        self.notes_edit = MultiLineEdit(fields.notes)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        theme.paint_text(self.error_label, Tone.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._enable_due()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Phase"), self.phase_combo)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Department"), self.department_combo)
        form.addRow(self.tr("Person in charge"), self.person_combo)
        due_box = QVBoxLayout()
        due_box.addWidget(self.no_due)
        row = QHBoxLayout()
        row.addWidget(self.relative_due)
        row.addWidget(self.offset_spin)
        row.addWidget(self.offset_hint, 1)
        due_box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.fixed_due)
        row.addWidget(self.date_edit, 1)
        due_box.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.time_check)
        row.addWidget(self.time_edit, 1)
        due_box.addLayout(row)
        form.addRow(self.tr("Due"), due_box)
        steps = QVBoxLayout()
        steps.addWidget(self.steps_list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_step_button)
        buttons.addWidget(self.remove_step_button)
        buttons.addStretch(1)
        steps.addLayout(buttons)
        form.addRow(self.tr("Checklist"), steps)
        about = QHBoxLayout()
        for (column, _kind), text in zip(LINK_COLUMNS, (self.tr("Act"), self.tr("Supply item"),
                                                       self.tr("Plan")), strict=True):
            about.addWidget(QLabel(text))
            about.addWidget(self.link_combos[column], 1)
        form.addRow(self.tr("About"), about)
        form.addRow(self.tr("Notes"), self.notes_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 620)

    def _person_chosen(self) -> None:
        # A person in charge usually works for the task's department: fill it in if empty.
        dept = self._person_department.get(self.person_combo.currentData())
        if dept is not None and self.department_combo.currentData() is None:
            self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(dept)))

    def _enable_due(self) -> None:
        self.offset_spin.setEnabled(self.relative_due.isChecked())
        self.date_edit.setEnabled(self.fixed_due.isChecked())
        self.time_check.setEnabled(not self.no_due.isChecked())
        self.time_edit.setEnabled(self.time_check.isChecked() and not self.no_due.isChecked())

    def _add_step_item(self, text: str, done: bool) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.steps_list.addItem(item)
        return item

    def _new_step(self) -> None:
        item = self._add_step_item(self.tr("New step"), False)
        self.steps_list.setCurrentItem(item)
        self.steps_list.editItem(item)

    def _remove_step(self) -> None:
        row = self.steps_list.currentRow()
        if row >= 0:
            self.steps_list.takeItem(row)

    def due(self) -> Due:
        """The due date as entered; raises `ValidationError` for a date or time nobody can read."""
        time = self.time_edit.value() if self.time_check.isChecked() else None
        if self.relative_due.isChecked():
            return Due.relative(self.offset_spin.value(), time)
        if self.fixed_due.isChecked():
            return Due.absolute(self.date_edit.value(), time)
        return Due()

    def fields(self) -> TaskFields:
        """Everything entered, as core values."""
        steps = tuple(StepFields(self.steps_list.item(i).text(),
                                 self.steps_list.item(i).checkState() == Qt.CheckState.Checked)
                      for i in range(self.steps_list.count()))
        return TaskFields(
            title=self.title_edit.text(), phase=self.phase_combo.currentData(),
            status=self.status_combo.currentData(),
            department_id=self.department_combo.currentData(),
            person_id=self.person_combo.currentData(), due=self.due(),
            notes=self.notes_edit.toPlainText(), steps=steps,
            **{column: combo.currentData() for column, combo in self.link_combos.items()})

    def accept(self) -> None:
        try:
            self._validate(self.fields())
        except GalaError as exc:
            self.error_label.setText(describe_task_error(exc))
            self.error_label.show()
            return
        super().accept()
