"""The Posts & shifts tab: the duty grid, people to drag onto it, and its problems."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.staff.checks import check_staff
from gala_manager.core.staff.directory import list_staff_people
from gala_manager.core.staff.duties import read_roster
from gala_manager.ui.overview.checks_model import ProblemListModel
from gala_manager.ui.staff import staff_commands as commands
from gala_manager.ui.staff.people_model import PeopleFilterProxy, PeopleTableModel
from gala_manager.ui.staff.roster_dialogs import AssignDialog
from gala_manager.ui.staff.roster_edits import PostShiftEditing
from gala_manager.ui.staff.roster_model import DutyRole, RosterTableModel
from gala_manager.ui.table_model import RowRole

# Problems of the roster: these are listed under the grid.
ROSTER_CODES = {"post_short", "double_booked", "busy_on_post"}


class RosterTab(PostShiftEditing, QWidget):
    """Who stands where when: assign by dragging a person onto a cell or by a dialog."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.people = []
        self.people_model = PeopleTableModel(self)
        self.people_proxy = PeopleFilterProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people_search = QLineEdit()
        self.people_search.setClearButtonEnabled(True)
        self.people_search.textChanged.connect(self.people_proxy.set_search)
        self.people_view = QListView()
        self.people_view.setObjectName("dutyPeople")
        self.people_view.setModel(self.people_proxy)
        self.people_view.setDragEnabled(True)
        self.people_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.people_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.people_label)
        left_layout.addWidget(self.people_search)
        left_layout.addWidget(self.people_view, 1)

        self.model = RosterTableModel(self)
        self.model.drop_handler = self.assign_dropped
        self.grid = QTableView()
        self.grid.setObjectName("rosterGrid")
        self.grid.setModel(self.model)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setAcceptDrops(True)
        self.grid.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.grid.setDropIndicatorShown(True)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._cell_menu)
        self.grid.doubleClicked.connect(lambda _i: self.open_assign_dialog())
        self.grid.selectionModel().currentChanged.connect(self._on_cell)

        self.buttons = {name: QPushButton() for name in (
            "assign", "add_post", "edit_post", "remove_post", "add_shift", "edit_shift",
            "remove_shift", "set_needed", "unstaff")}
        actions = {"assign": self.open_assign_dialog, "add_post": self.add_post,
                   "edit_post": self.edit_post, "remove_post": self.remove_post,
                   "add_shift": self.add_shift, "edit_shift": self.edit_shift,
                   "remove_shift": self.remove_shift, "set_needed": self.set_needed,
                   "unstaff": self.unstaff}
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
        self.needed_label = QLabel()
        self.needed_spin = QSpinBox()
        self.needed_spin.setRange(0, 99)
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        for name in ("assign", "add_post", "edit_post", "remove_post", "add_shift",
                     "edit_shift", "remove_shift"):
            row1.addWidget(self.buttons[name])
        row1.addStretch(1)
        row2.addWidget(self.needed_label)
        row2.addWidget(self.needed_spin)
        row2.addWidget(self.buttons["set_needed"])
        row2.addWidget(self.buttons["unstaff"])
        row2.addStretch(1)

        self.problems_model = ProblemListModel(self)
        self.problems_view = QListView()
        self.problems_view.setObjectName("rosterProblems")
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setMaximumHeight(110)
        self.problems_view.activated.connect(self._on_problem)
        self.legend = QLabel()
        self.legend.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.grid, 1)
        right_layout.addWidget(self.legend)
        right_layout.addLayout(row1)
        right_layout.addLayout(row2)
        right_layout.addWidget(self.problems_view)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([160, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate_ui()

    def _push(self, command) -> bool:
        return self.controller.push(command, self)

    def retranslate_ui(self) -> None:
        texts = {"assign": self.tr("Put on duty\u2026"), "add_post": self.tr("Add post\u2026"),
                 "edit_post": self.tr("Edit post\u2026"), "remove_post": self.tr("Remove post"),
                 "add_shift": self.tr("Add shift\u2026"),
                 "edit_shift": self.tr("Edit shift\u2026"),
                 "remove_shift": self.tr("Remove shift"), "set_needed": self.tr("Set"),
                 "unstaff": self.tr("Not staffed then")}
        for name, text in texts.items():
            self.buttons[name].setText(text)
        self.people_label.setText(self.tr("Drag people onto the grid:"))
        self.people_search.setPlaceholderText(self.tr("Search\u2026"))
        self.needed_label.setText(self.tr("People needed in the selected cell:"))
        self.legend.setText(self.tr(
            "Yellow: short of people \u00b7 red: someone is needed elsewhere at the same "
            "time \u00b7 green: staffed \u00b7 grey: not staffed then"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                          max(0, self.model.columnCount() - 1))
        self.problems_model.retranslate()

    def reload(self) -> None:
        current = self.current_cell()
        self.people = self.controller.read(list_staff_people)
        self.people_model.update_rows(self.people)
        problems = self.controller.read(check_staff)
        self.model.set_roster(self.controller.read(read_roster), problems)
        self.problems_model.set_rows([p for p in problems if p.code in ROSTER_CODES])
        if current is not None:
            self.select_cell(*current)

    # -- cells ------------------------------------------------------------------

    def current_cell(self) -> tuple[int, int] | None:
        index = self.grid.currentIndex()
        return self.model.cell(index) if index.isValid() else None

    def select_cell(self, post_id: int, shift_id: int) -> bool:
        index = self.model.index_of(post_id, shift_id)
        if not index.isValid():
            return False
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index)
        return True

    def _on_cell(self, index) -> None:
        duty = index.data(DutyRole) if index.isValid() else None
        if index.isValid():
            post = self.model.roster.posts[index.row()]
            self.needed_spin.setValue(duty.needed if duty else max(post.needed, 1))

    def _cell_menu(self, pos) -> None:
        index = self.grid.indexAt(pos)
        if not index.isValid():
            return
        self.grid.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("Put someone on duty here\u2026"), self.open_assign_dialog)
        duty = index.data(DutyRole)
        for assignment in duty.people if duty else ():
            menu.addAction(self.tr("Take {name} off duty").format(name=assignment.person_name),
                           lambda a=assignment: self.unassign(a.id, a.person_name))
        menu.popup(self.grid.viewport().mapToGlobal(pos))

    # -- assignments ------------------------------------------------------------

    def assign_dropped(self, person_ids: list[int], post_id: int, shift_id: int) -> None:
        """People dropped on a cell: one undoable command each."""
        names = {p.id: p.name for p in self.people}
        for person_id in person_ids:
            self._push(commands.assign(self.controller, person_id, names.get(person_id, ""),
                                       post_id, shift_id))
        self.select_cell(post_id, shift_id)

    def open_assign_dialog(self) -> AssignDialog:
        roster = self.model.roster
        post_id, shift_id = self.current_cell() or (None, None)
        dialog = AssignDialog(self.people, roster.posts, roster.shifts, post_id, shift_id, self)
        dialog.accepted.connect(lambda: self._assign_from(dialog))
        dialog.open()
        return dialog

    def _assign_from(self, dialog: AssignDialog) -> None:
        person_id, name, post_id, shift_id = dialog.choice()
        if self._push(commands.assign(self.controller, person_id, name, post_id, shift_id)):
            self.select_cell(post_id, shift_id)

    def unassign(self, assignment_id: int, name: str) -> bool:
        return self._push(commands.unassign(self.controller, assignment_id, name))

    def set_needed(self) -> bool:
        cell = self.current_cell()
        if cell is None:
            return False
        return self._push(commands.set_duty_needed(self.controller, *cell,
                                                   self.needed_spin.value()))

    def unstaff(self) -> bool:
        cell = self.current_cell()
        if cell is None or self.model.roster.duty(*cell) is None:
            return False
        return self._push(commands.set_duty_needed(self.controller, *cell, None))

    def _on_problem(self, index) -> None:
        problem = index.data(RowRole)
        cells = problem.params.get("cells") or [problem.target[1:]]
        if cells and len(cells[0]) == 2:
            self.select_cell(*cells[0])
