"""The Review tab: figures of the night, the overall summary and each department's notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.draws.review import review_lines
from gala_manager.app.tasks.review_words import figure_lines
from gala_manager.core.tasks.review import (
    MAX_AUDIENCE,
    DepartmentNotes,
    ReviewOverall,
    get_review_overall,
    list_department_reviews,
    set_department_notes,
    set_review_overall,
)
from gala_manager.core.tasks.review_figures import review_figures
from gala_manager.ui.undo import VerbCommand
from gala_manager.ui.widgets.multi_line_edit import MultiLineEdit

NOT_RECORDED = -1


class ReviewWidget(QWidget):
    """Edit the review (活动总结 / 效果分析); every save is one undoable command.

    Text being typed is never overwritten by a reload, and switching to
    another department saves the one being edited first.
    """

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._overall = ReviewOverall()
        self._notes: dict[int, DepartmentNotes] = {}
        self._current: int | None = None
        self.audience_spin = QSpinBox()
        self.audience_spin.setRange(NOT_RECORDED, MAX_AUDIENCE)
        self.audience_spin.setValue(NOT_RECORDED)
        self.summary_edit = MultiLineEdit(enter_accepts=False)
        self.effect_edit = MultiLineEdit(enter_accepts=False)
        self.save_overall_button = QPushButton()
        self.save_overall_button.clicked.connect(self.save_overall)
        self.figures_box = QGroupBox()
        self.figures_form = QFormLayout(self.figures_box)
        self.overall_box = QGroupBox()
        overall = QFormLayout(self.overall_box)
        self._overall_labels = [QLabel(), QLabel(), QLabel()]
        overall.addRow(self._overall_labels[0], self.audience_spin)
        overall.addRow(self._overall_labels[1], self.summary_edit)
        overall.addRow(self._overall_labels[2], self.effect_edit)
        overall.addRow(self.save_overall_button)

        self.departments_box = QGroupBox()
        self.department_list = QListWidget()
        self.department_list.setObjectName("reviewDepartments")
        self.department_list.currentItemChanged.connect(self._on_department_changed)
        self.dept_summary = MultiLineEdit(enter_accepts=False)
        self.dept_well = MultiLineEdit(enter_accepts=False)
        self.dept_improve = MultiLineEdit(enter_accepts=False)
        self.save_department_button = QPushButton()
        self.save_department_button.clicked.connect(self.save_department)
        self._dept_labels = [QLabel(), QLabel(), QLabel()]
        editor = QFormLayout()
        for label, edit in zip(self._dept_labels, (self.dept_summary, self.dept_well,
                                                   self.dept_improve), strict=True):
            editor.addRow(label, edit)
        editor.addRow(self.save_department_button)
        dept_layout = QHBoxLayout(self.departments_box)
        dept_layout.addWidget(self.department_list, 1)
        dept_layout.addLayout(editor, 3)

        left = QVBoxLayout()
        left.addWidget(self.figures_box)
        left.addWidget(self.overall_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.departments_box, 3)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.figures_box.setTitle(self.tr("Figures"))
        self.overall_box.setTitle(self.tr("The gala as a whole"))
        self.departments_box.setTitle(self.tr("Departments"))
        self.audience_spin.setSpecialValueText(self.tr("not recorded"))
        self.audience_spin.setSuffix(self.tr(" people"))
        for label, text in zip(self._overall_labels + self._dept_labels,
                               (self.tr("Audience"), self.tr("Summary"),
                                self.tr("Effect analysis"), self.tr("Summary"),
                                self.tr("Went well"), self.tr("To improve")), strict=True):
            label.setText(text)
        self.save_overall_button.setText(self.tr("Save"))
        self.save_department_button.setText(self.tr("Save department review"))

    # -- reading -----------------------------------------------------------------

    def reload(self) -> None:
        """Refresh figures always; texts only where the user has nothing unsaved."""
        while self.figures_form.rowCount():
            self.figures_form.removeRow(0)
        lines = figure_lines(self.controller.read(review_figures))
        for label, value in lines + review_lines(self.controller.read):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.figures_form.addRow(label, text)
        overall_dirty = self.overall() != self._overall
        self._overall = self.controller.read(get_review_overall)
        if not overall_dirty:
            self._show_overall(self._overall)
        dept_dirty = self._current is not None and self.notes() != self._notes.get(self._current)
        rows = self.controller.read(list_department_reviews)
        self._notes = {r.department_id: r.notes for r in rows}
        self.department_list.blockSignals(True)
        self.department_list.clear()
        for row in rows:
            item = QListWidgetItem(row.department_name + ("" if row.notes.empty else "  ✓"))
            item.setData(Qt.ItemDataRole.UserRole, row.department_id)
            self.department_list.addItem(item)
            if row.department_id == self._current:
                self.department_list.setCurrentItem(item)
        self.department_list.blockSignals(False)
        if self._current not in self._notes:
            self._current = None
            if rows:
                self.department_list.setCurrentRow(0)
                return
        if self._current is not None and not dept_dirty:
            self._show_notes(self._notes[self._current])
        self._enable()

    def _show_overall(self, overall: ReviewOverall) -> None:
        count = overall.audience_count
        self.audience_spin.setValue(NOT_RECORDED if count is None else count)
        self.summary_edit.setPlainText(overall.summary)
        self.effect_edit.setPlainText(overall.effect)

    def _show_notes(self, notes: DepartmentNotes) -> None:
        self.dept_summary.setPlainText(notes.summary)
        self.dept_well.setPlainText(notes.went_well)
        self.dept_improve.setPlainText(notes.to_improve)

    def _enable(self) -> None:
        writable = not self.controller.read_only
        self.save_overall_button.setEnabled(writable)
        self.save_department_button.setEnabled(writable and self._current is not None)
        # Nothing to type into while no department is chosen: the text would go nowhere.
        for edit in (self.dept_summary, self.dept_well, self.dept_improve):
            edit.setEnabled(self._current is not None)
        # A read-only gala shows the review but takes no typing that could not be saved.
        for edit in (self.summary_edit, self.effect_edit, self.dept_summary, self.dept_well,
                     self.dept_improve):
            edit.setReadOnly(not writable)
        self.audience_spin.setReadOnly(not writable)

    # -- editing -----------------------------------------------------------------

    def overall(self) -> ReviewOverall:
        """The overall part as entered."""
        count = self.audience_spin.value()
        return ReviewOverall(None if count == NOT_RECORDED else count,
                             self.summary_edit.toPlainText(), self.effect_edit.toPlainText())

    def notes(self) -> DepartmentNotes:
        """The selected department's notes as entered."""
        return DepartmentNotes(self.dept_summary.toPlainText(), self.dept_well.toPlainText(),
                               self.dept_improve.toPlainText())

    def save_overall(self) -> bool:
        overall = self.overall()
        if overall == self._overall:
            return True
        self._overall = overall  # what is on screen is what gets saved
        return self.controller.push(VerbCommand(
            self.controller, self.tr("Edit the review"),
            lambda c: c.run(set_review_overall, overall=overall),
            lambda c, previous: c.run(set_review_overall, overall=previous)), self)

    def save_department(self) -> bool:
        dept, notes = self._current, self.notes()
        if dept is None or notes == self._notes.get(dept):
            return True
        self._notes[dept] = notes
        return self.controller.push(VerbCommand(
            self.controller, self.tr("Edit a department's review"),
            lambda c: c.run(set_department_notes, department_id=dept, notes=notes),
            lambda c, previous: c.run(set_department_notes, department_id=dept,
                                      notes=previous)), self)

    def _on_department_changed(self, item: QListWidgetItem | None, _previous) -> None:
        # Read the id first: saving reloads, which rebuilds the list and its items.
        new_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self._current is not None and self._current != new_id \
                and not self.controller.read_only:
            self.save_department()
        self._current = new_id
        self.department_list.blockSignals(True)
        for row in range(self.department_list.count()):
            if self.department_list.item(row).data(Qt.ItemDataRole.UserRole) == new_id:
                self.department_list.setCurrentRow(row)
        self.department_list.blockSignals(False)
        self._show_notes(self._notes.get(new_id, DepartmentNotes()))
        self._enable()
