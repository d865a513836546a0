"""The awards tab: the awards and their places, the scoring rule, and which acts compete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.awards.wording import rule_label
from gala_manager.core.awards.entries import list_entries
from gala_manager.core.awards.rows import AwardSettingsRow
from gala_manager.core.awards.settings import get_award_settings, list_categories
from gala_manager.core.models import ScoreRule
from gala_manager.ui.awards.award_commands import (
    add_category_command,
    competes_command,
    edit_category_command,
    move_category_command,
    remove_category_command,
    settings_command,
)
from gala_manager.ui.awards.award_models import CategoryTableModel, EntryTableModel
from gala_manager.ui.awards.part_dialogs import CategoryDialog
from gala_manager.ui.widgets.row_view import row_view


class AwardSetupTab(QWidget):
    """Awards on the left with the rule under them; the acts that compete on the right."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # The page's reload-now, so an award just added or moved is there to select.
        self.refresh = lambda: None
        self.category_model = CategoryTableModel(self)
        self.category_view = row_view(self.category_model, "awardCategories",
                                      resize=QHeaderView.ResizeMode.ResizeToContents)
        self.category_view.doubleClicked.connect(lambda _i: self.edit_category())
        self.add_button, self.edit_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(lambda: self.add_category())
        self.edit_button.clicked.connect(lambda: self.edit_category())
        self.remove_button.clicked.connect(lambda: self.remove_category())
        self.up_button.clicked.connect(lambda: self.move_category(-1))
        self.down_button.clicked.connect(lambda: self.move_category(1))
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("scoreRule")
        self.max_spin = QSpinBox()
        self.max_spin.setRange(1, 1000)
        self.criteria_edit = QPlainTextEdit()
        self.criteria_edit.setMaximumHeight(self.criteria_edit.fontMetrics().lineSpacing() * 6)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(lambda: self.apply_settings())
        self.entry_model = EntryTableModel(self)
        self.entry_model.competes_requested = self.set_competes
        self.entry_view = row_view(self.entry_model, "awardEntries",
                                   resize=QHeaderView.ResizeMode.ResizeToContents)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.categories_box, self.rule_box, self.entries_box = QGroupBox(), QGroupBox(), \
            QGroupBox()
        categories = QVBoxLayout(self.categories_box)
        categories.addWidget(self.category_view)
        categories.addLayout(buttons)
        self.rule_label, self.max_label, self.criteria_label = QLabel(), QLabel(), QLabel()
        rule = QFormLayout(self.rule_box)
        rule.addRow(self.rule_label, self.rule_combo)
        rule.addRow(self.max_label, self.max_spin)
        rule.addRow(self.criteria_label, self.criteria_edit)
        rule.addRow("", self.apply_button)
        self.entries_hint = QLabel()
        self.entries_hint.setWordWrap(True)
        entries = QVBoxLayout(self.entries_box)
        entries.addWidget(self.entries_hint)
        entries.addWidget(self.entry_view)
        left = QVBoxLayout()
        left.addWidget(self.categories_box, 1)
        left.addWidget(self.rule_box)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.entries_box, 1)

    def retranslate_ui(self) -> None:
        self.categories_box.setTitle(self.tr("Awards"))
        self.rule_box.setTitle(self.tr("Scoring"))
        self.entries_box.setTitle(self.tr("Acts that compete"))
        self.entries_hint.setText(self.tr("By default the selected acts compete, except the "
                                          "hosts’ links, the intermission, the quiz and the "
                                          "awards. Tick or untick to decide otherwise."))
        for button, text in ((self.add_button, self.tr("Add…")), (self.edit_button,
                             self.tr("Edit…")), (self.remove_button, self.tr("Remove")),
                             (self.up_button, self.tr("Up")), (self.down_button,
                                                               self.tr("Down"))):
            button.setText(text)
        self.rule_label.setText(self.tr("Rule"))
        self.max_label.setText(self.tr("Highest score"))
        self.criteria_label.setText(self.tr("Criteria\n(one a line, points last)"))
        self.apply_button.setText(self.tr("Apply"))
        current = self.rule_combo.currentIndex()
        self.rule_combo.clear()
        for rule in ScoreRule:
            self.rule_combo.addItem(rule_label(rule), rule)
        self.rule_combo.setCurrentIndex(max(0, current))
        self.category_model.retranslate()
        self.entry_model.retranslate()

    def reload(self) -> None:
        selected = self.selected_category()
        self.category_model.set_rows(self.controller.read(list_categories))
        if selected is not None and self.category_model.row_of(selected.id) >= 0:
            self.category_view.selectRow(self.category_model.row_of(selected.id))
        self.entry_model.set_rows(self.controller.read(list_entries))
        settings = self.controller.read(get_award_settings)
        self.rule_combo.setCurrentIndex(self.rule_combo.findData(settings.rule))
        self.max_spin.setValue(settings.max_score)
        self.criteria_edit.setPlainText(settings.criteria)
        writable = not self.controller.read_only
        for widget in (self.add_button, self.edit_button, self.remove_button, self.up_button,
                       self.down_button, self.apply_button):
            widget.setEnabled(writable)

    def selected_category(self):
        """The award selected, or None."""
        rows = self.category_view.selectionModel().selectedRows()
        return self.category_model.row_at(rows[0].row()) if rows else None

    # -- edits (each one undoable; tests replace the dialogs) -----------------------------

    def ask_category(self, current=None):
        """An award entered in its dialog (None: cancelled)."""
        dialog = CategoryDialog(current, self)
        return dialog.data() if dialog.exec() else None

    def add_category(self) -> None:
        data = self.ask_category()
        if data is not None:
            command = add_category_command(self.controller, data)
            if self.controller.push(command, self):
                self.refresh()  # the new award shows once the page has reloaded
                self.category_view.selectRow(self.category_model.row_of(command.result))

    def edit_category(self) -> None:
        row = self.selected_category()
        if row is None:
            return
        data = self.ask_category(row.data)
        if data is not None:
            self.controller.push(edit_category_command(self.controller, row.id, data), self)

    def remove_category(self) -> None:
        row = self.selected_category()
        if row is not None:
            self.controller.push(remove_category_command(self.controller, row.id,
                                                         row.data.name), self)

    def move_category(self, step: int) -> None:
        row = self.selected_category()
        if row is not None and self.controller.push(move_category_command(
                self.controller, row.id, step, row.data.name), self):
            self.refresh()
            self.category_view.selectRow(self.category_model.row_of(row.id))

    def apply_settings(self) -> None:
        settings = AwardSettingsRow(self.rule_combo.currentData(), self.max_spin.value(),
                                    self.criteria_edit.toPlainText())
        if settings != self.controller.read(get_award_settings):
            self.controller.push(settings_command(self.controller, settings), self)

    def set_competes(self, act_id: int, competes: bool) -> bool:
        number = self.entry_model.row_of(act_id)
        title = self.entry_model.row_at(number).title if number >= 0 else ""
        return self.controller.push(competes_command(self.controller, act_id, competes, title),
                                    self)
