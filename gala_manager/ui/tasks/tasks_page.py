"""The Tasks page: the plan's board by phase or status, a timeline, filters and edits."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.tasks.wording import (
    due_text,
    phase_label,
    status_label,
    tasks_summary,
)
from gala_manager.core import clock
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.operations import Area
from gala_manager.core.staff.people import list_departments, list_people
from gala_manager.core.tasks.edits import check_task_fields
from gala_manager.core.tasks.rows import (
    PHASES,
    STATUSES,
    TaskFields,
    TaskRow,
    link_choices,
    list_tasks,
)
from gala_manager.ui import theme
from gala_manager.ui.page import Page
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.tasks import task_commands as commands
from gala_manager.ui.tasks.review_widget import ReviewWidget
from gala_manager.ui.tasks.task_board import BoardColumn, TaskBoardWidget, overdue_ids
from gala_manager.ui.tasks.task_dialog import TaskDialog
from gala_manager.ui.tasks.task_file_actions import TaskFileActions
from gala_manager.ui.tasks.task_menu import task_menu
from gala_manager.ui.tasks.timeline_widget import TimelineWidget
from gala_manager.ui.theme import Tone


class TasksPage(Page):
    """Every task of the plan, on a board and a timeline, filtered by department or person."""

    key = "tasks"
    areas = frozenset({Area.TASKS, Area.PEOPLE, Area.GALA, Area.SUPPLIES, Area.SHOW,
                       Area.DRAWS})
    target_kinds = frozenset({"task"})
    # Tests and demos replace the clock, so "overdue" never depends on the real date.
    now = staticmethod(clock.now)

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.rows: list[TaskRow] = []
        self.gala_date: dt.date | None = None
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.remove_button = QPushButton()
        self.template_button = QPushButton()
        self.add_button.clicked.connect(self.add_task)
        self.edit_button.clicked.connect(lambda: self.edit_task(self.selected_id()))
        self.remove_button.clicked.connect(lambda: self.remove_task(self.selected_id()))
        self.template_button.clicked.connect(self.apply_template)
        bind_button(self.add_button, "new_task", self)
        bind_button(self.remove_button, "remove_task", self)
        self.department_filter = QComboBox()
        self.person_filter = QComboBox()
        self.group_combo = QComboBox()
        self.group_combo.addItems(["", ""])
        self.department_label, self.person_label, self.group_label = QLabel(), QLabel(), QLabel()
        for combo in (self.department_filter, self.person_filter, self.group_combo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.file_actions = TaskFileActions(self)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("tasksSummary")

        self.board = TaskBoardWidget()
        self.board.describe_due = self._due_text
        self.board.status_text = status_label
        self.board.task_dropped.connect(self._on_dropped)
        self.board.task_activated.connect(self.edit_task)
        self.board.selection_changed.connect(self._update_buttons)
        self.board.context_requested.connect(self._context_menu)
        self.timeline = TimelineWidget()
        self.timeline.phase_text = phase_label
        self.timeline.describe_due = self._due_text
        self.timeline.task_activated.connect(self.edit_task)
        self.review = ReviewWidget(controller)
        self.tabs = QTabWidget()
        for widget, name in ((self.board, "boardScroll"), (self.timeline, "timelineScroll")):
            # The board is as wide and tall as its cards: it scrolls both ways on a laptop.
            scroll = QScrollArea()
            scroll.setObjectName(name)
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.review, "")
        self.board_scroll = self.tabs.widget(0)

        tools = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button,
                       self.template_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        for label, combo in ((self.group_label, self.group_combo),
                             (self.department_label, self.department_filter),
                             (self.person_label, self.person_filter)):
            tools.addWidget(label)
            tools.addWidget(combo)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self._update_buttons()

    # -- Page ---------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add task…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.template_button.setText(self.tr("Add the plan's tasks"))
        self.template_button.setToolTip(self.tr(
            "Adds every task of the standard plan that this gala does not have yet."))
        self.group_label.setText(self.tr("Columns:"))
        self.group_combo.setItemText(0, self.tr("By phase"))
        self.group_combo.setItemText(1, self.tr("By status"))
        self.department_label.setText(self.tr("Department:"))
        self.person_label.setText(self.tr("Person:"))
        self.board.empty_text = self.tr(
            "No tasks here yet. “Add the plan's tasks” starts from the standard "
            "plan of the six phases; “Add task” adds one of your own.")
        self.timeline.empty_text = self.board.empty_text
        self.tabs.setTabText(0, self.tr("Board"))
        self.tabs.setTabText(1, self.tr("Timeline"))
        self.tabs.setTabText(2, self.tr("Review"))
        self.timeline.day_texts = (self.tr("Today"), self.tr("Gala"))
        self.file_actions.retranslate_ui()
        if self.controller.document is not None:
            self.reload()

    def reload(self) -> None:
        if self.controller.document is None:
            return
        self._fill_filters()
        self.gala_date = self.controller.read(get_gala_facts).date
        self.rows = self.controller.read(list_tasks, department_id=self.department_filter
                                         .currentData(), person_id=self.person_filter
                                         .currentData())
        now = self.now()
        late = overdue_ids(self.rows, self.gala_date, now)
        self.board.colours = {d.id: d.colour for d in self.controller.read(list_departments)}
        if self.group_combo.currentIndex() == 1:
            columns = [BoardColumn(s, status_label(s), [r for r in self.rows if r.status == s])
                       for s in STATUSES]
        else:
            columns = [BoardColumn(p, phase_label(p), [r for r in self.rows if r.phase == p])
                       for p in PHASES]
        self.board.set_columns(columns, late)
        self.timeline.set_rows(self.rows, self.gala_date, now.date(), late)
        self.review.reload()
        done = sum(1 for r in self.rows if r.status.value == "done")
        self.summary_label.setText(tasks_summary(len(self.rows), done, len(late)))
        theme.paint_text(self.summary_label, Tone.ERROR if late else None)
        self._update_buttons()

    def menu_actions(self) -> dict[str, list[QAction]]:
        actions = self.file_actions
        return {"file": [actions.new_gala_action, actions.export_action, actions.review_action]}

    def show_target(self, target: tuple) -> None:
        if len(target) < 2 or target[0] != "task":
            return
        if self.board.card_rect(target[1]) is None:
            self.department_filter.setCurrentIndex(0)
            self.person_filter.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        self.board.select(target[1])
        rect = self.board.card_rect(target[1])
        if rect is not None:
            self.board_scroll.ensureVisible(rect.center().x(), rect.center().y(),
                                            rect.width(), rect.height())

    # -- filters ------------------------------------------------------------------

    def _fill_filters(self) -> None:
        for combo, everyone, items in (
            (self.department_filter, self.tr("All departments"),
             [(d.name, d.id) for d in self.controller.read(list_departments)]),
            (self.person_filter, self.tr("Everyone"),
             [(p.name, p.id) for p in self.controller.read(list_people)]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for text, key in items:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _on_filter_changed(self) -> None:
        if self.controller.document is not None:
            self.reload()

    def _due_text(self, row: TaskRow) -> str:
        return due_text(row, row.id in self.board.overdue_ids)

    # -- edits ----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return self.board.selected_id

    def _row(self, task_id: int | None) -> TaskRow | None:
        return next((r for r in self.rows if r.id == task_id), None)

    def _update_buttons(self, *_args) -> None:
        has = self._row(self.selected_id()) is not None
        writable = not self.controller.read_only
        self.edit_button.setEnabled(has and writable)
        self.remove_button.setEnabled(has and writable)
        self.add_button.setEnabled(writable)
        self.template_button.setEnabled(writable)

    def _dialog(self, fields: TaskFields) -> TaskFields | None:
        dialog = TaskDialog(fields, self.controller.read(list_departments),
                            self.controller.read(list_people),
                            lambda f: self.controller.read(check_task_fields, fields=f), self,
                            links=self.controller.read(link_choices), gala_date=self.gala_date)
        return dialog.fields() if dialog.exec() else None

    def add_task(self) -> None:
        phase = PHASES[0]
        row = self._row(self.selected_id())
        if row is not None:
            phase = row.phase
        fields = self._dialog(TaskFields("", phase,
                                         department_id=self.department_filter.currentData(),
                                         person_id=self.person_filter.currentData()))
        if fields is not None:
            self.controller.push(commands.add_command(self.controller, fields), self)

    def edit_task(self, task_id: int | None) -> None:
        row = self._row(task_id)
        if row is None or self.controller.read_only:
            return
        fields = self._dialog(row.fields)
        if fields is not None and fields != row.fields:
            self.controller.push(commands.edit_command(self.controller, row.id, fields), self)

    def remove_task(self, task_id: int | None) -> None:
        row = self._row(task_id)
        if row is not None:
            self.controller.push(commands.remove_command(self.controller, row.id, row.title),
                                 self)

    def apply_template(self) -> None:
        command = commands.template_command(self.controller)
        if self.controller.push(command, self):
            added = len(command.result.task_ids)
            QMessageBox.information(self, self.title(), self.tr(
                "%n task(s) of the plan added.", "", added) if added else self.tr(
                "Every task of the plan is in this gala already: nothing was added."))

    def _on_dropped(self, task_id: int, key: object, before_id: object) -> None:
        row = self._row(task_id)
        if row is None:
            return
        if self.group_combo.currentIndex() == 1:
            if key != row.status:
                self.controller.push(commands.move_command(
                    self.controller, task_id, row.title, status=key), self)
            return
        others = [r.id for r in self.controller.read(list_tasks, phase=key) if r.id != task_id]
        index = others.index(before_id) if before_id in others else len(others)
        self.controller.push(commands.move_command(
            self.controller, task_id, row.title, phase=key, index=index), self)

    def _context_menu(self, task_id: int, where: QPoint) -> None:
        row = self._row(task_id)
        if row is not None and not self.controller.read_only:
            task_menu(self, row).popup(where)
