"""The Contingency page: the gala's plans, their editor with undo, the rules, cards and print."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.contingency.plans import (
    PlanData,
    add_plan,
    delete_plan,
    list_kinds,
    list_plans,
    move_plan,
    restore_plan,
    update_plan,
)
from gala_manager.core.contingency.thresholds import get_rule_settings, set_rule_settings
from gala_manager.core.operations import Area
from gala_manager.core.staff.people import list_people
from gala_manager.core.staff.posts import list_posts
from gala_manager.ui.console.launcher import console_launcher
from gala_manager.ui.contingency.plan_editor import PlanEditor
from gala_manager.ui.contingency.plan_file_actions import PlanFileActions
from gala_manager.ui.contingency.plan_models import PlanListModel
from gala_manager.ui.contingency.rule_settings_box import RuleSettingsBox
from gala_manager.ui.page import Page
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword, verb_command


class ContingencyPage(Page):
    """Lists the plans; edits the selected one; sets the rules; prints and opens the console."""

    key = "contingency"
    # People and posts: plans name them, with the phones as they are now.
    areas = frozenset({Area.CONTINGENCY, Area.GALA, Area.PEOPLE, Area.STAFF})
    target_kinds = frozenset({"contingency_plan"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._current_id: int | None = None
        self.launcher = console_launcher(controller)
        self._dirty = False
        self.model = PlanListModel(self)
        self.list_view = QListView()
        self.list_view.setObjectName("planList")
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.new_button, self.delete_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.console_button = QPushButton()
        self.console_button.setObjectName("openConsole")
        self.new_button.clicked.connect(self.new_plan)
        bind_button(self.new_button, "new_plan", self)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.console_button.clicked.connect(self.open_console)
        self.rules_box = RuleSettingsBox()
        self.rules_box.apply_requested.connect(self.apply_rules)

        self.editor = PlanEditor()
        self.editor.people_source = lambda: self.controller.read(list_people)
        self.editor.modified.connect(self._on_modified)
        self.apply_button, self.revert_button = QPushButton(), QPushButton()
        self.apply_button.setObjectName("applyPlan")
        self.apply_button.clicked.connect(self.apply_edits)
        self.revert_button.clicked.connect(self._show_current)

        left = QWidget()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.rules_box)
        left_layout.addWidget(self.console_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.editor, 1)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(self.revert_button)
        edit_buttons.addWidget(self.apply_button)
        right_layout.addLayout(edit_buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.file_actions = PlanFileActions(self)
        self.retranslate_ui()
        self._update_buttons()

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {"file": self.file_actions.actions()}

    def retranslate_ui(self) -> None:
        self.rules_box.retranslate_ui()
        self.new_button.setText(self.tr("New plan"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.apply_button.setText(self.tr("Apply changes"))
        self.revert_button.setText(self.tr("Revert"))
        self.console_button.setText(self.tr("Open the show console (F11)"))
        self.file_actions.retranslate_ui()
        self.model.retranslate()

    # -- reading ------------------------------------------------------------------

    def reload(self) -> None:
        rows = self.controller.read(list_plans)
        self.model.set_rows(rows)
        self.editor.set_people_and_posts(self.controller.read(list_people),
                                         self.controller.read(list_posts))
        self.editor.set_kinds(self.controller.read(list_kinds))
        self.rules_box.set_settings(self.controller.read(get_rule_settings))
        row = self.model.row_of(self._current_id)
        if row < 0 and rows:
            row = 0
        self._select_row(row)
        self._update_buttons()

    def _select_row(self, row: int) -> None:
        if row < 0:
            self._current_id = None
            self._dirty = False
            self.editor.setEnabled(False)
            return
        self.editor.setEnabled(True)
        index = self.model.index(row, 0)
        plan_id = self.model.row_at(row).id
        keep = self._dirty and plan_id == self._current_id
        self._current_id = plan_id
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not keep:  # a reload never throws away edits not yet applied
            self._show_current()

    def _show_current(self) -> None:
        plan = self.model.row_at(self.model.row_of(self._current_id))
        if plan is not None:
            self.editor.set_plan(plan.data)
        self._dirty = False
        self._update_buttons()

    def show_target(self, target: tuple) -> None:
        if len(target) == 2 and target[0] == "contingency_plan":
            row = self.model.row_of(target[1])
            if row >= 0:
                self._select_row(row)

    def _on_current_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        plan_id = self.model.row_at(current.row()).id
        if plan_id == self._current_id:
            return
        # Switching plans keeps the edits made: they are applied first.
        if self._dirty and not self.apply_edits():
            back = self.model.row_of(self._current_id)
            if back >= 0:
                self.list_view.selectionModel().setCurrentIndex(
                    self.model.index(back, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            return
        plan = self.model.row_at(current.row()) if current.isValid() else None
        self._current_id = plan.id if plan is not None else None
        self._show_current()

    def _on_modified(self) -> None:
        self._dirty = True
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self._current_id is not None
        for button in (self.delete_button, self.up_button, self.down_button):
            button.setEnabled(has and not self.controller.read_only)
        self.apply_button.setEnabled(self._dirty)
        self.revert_button.setEnabled(self._dirty)
        self.new_button.setEnabled(not self.controller.read_only)

    # -- edits (each one undoable) --------------------------------------------------

    def apply_edits(self) -> bool:
        """Store the editor's plan; False (with a message) when it was refused."""
        if self._current_id is None or not self._dirty:
            return True
        plan_id, data = self._current_id, self.editor.plan_data()
        command = verb_command(self.controller, self.tr("Edit plan “{title}”").format(
            title=data.title.strip()), update_plan, update_plan,
            lambda previous: {"plan_id": plan_id, "data": previous},
            plan_id=plan_id, data=data)
        if not self.controller.push(command, self):
            return False
        self._dirty = False
        self._update_buttons()
        return True

    def new_plan(self) -> None:
        """Add a plan of another kind at the end and select it."""
        if not self.apply_edits():
            return
        data = PlanData(kind="other", title=self.tr("New plan"))
        command = AddingCommand(self.controller, self.tr("New plan"), add_plan,
                                keyword("plan_id"), delete_plan, keyword("plan_id"), data=data)
        if self.controller.push(command, self):
            self._current_id = command.result
            self.refresh_if_stale()

    def delete_current(self) -> None:
        """Delete the selected plan (undo brings it back with its contents)."""
        if self._current_id is None:
            return
        plan_id = self._current_id
        self._dirty = False
        plan = self.model.row_at(self.model.row_of(plan_id))
        title = plan.data.title if plan is not None else ""
        command = VerbCommand(self.controller, self.tr("Delete plan “{title}”").format(title=title),
                              lambda c: c.run(delete_plan, plan_id=plan_id),
                              lambda c, deleted: c.run(restore_plan, deleted=deleted))
        self._current_id = None
        self.controller.push(command, self)

    def move_current(self, step: int) -> None:
        """Move the selected plan up (-1) or down (+1)."""
        if self._current_id is None or not self.apply_edits():
            return
        plan_id = self._current_id
        row = self.model.row_of(plan_id)
        if row < 0 or not 0 <= row + step < self.model.rowCount():
            return
        self.controller.push(verb_command(
            self.controller, self.tr("Move plan"), move_plan, move_plan,
            lambda old: {"plan_id": plan_id, "position": old},
            plan_id=plan_id, position=row + step), self)

    def apply_rules(self, settings) -> None:
        """Store new thresholds of the rules (undoable)."""
        self.controller.push(verb_command(
            self.controller, self.tr("Change the rules of the plan"), set_rule_settings,
            set_rule_settings, lambda previous: {"settings": previous}, settings=settings), self)

    # -- the show console ------------------------------------------------------------

    def open_console(self):
        """Open (or raise) the show console, with the plan's edits applied first."""
        self.apply_edits()
        return self.launcher.open_console(self)
