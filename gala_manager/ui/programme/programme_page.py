"""The Programme page: the running order with times, the acts not in it, totals, checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.programme.wording import describe_programme_error
from gala_manager.core.errors import ValidationError
from gala_manager.core.operations import Area
from gala_manager.core.programme.acts import unordered_acts
from gala_manager.core.programme.checks import check_programme
from gala_manager.core.programme.schedule import programme_summary, running_order
from gala_manager.core.programme.sections import list_sections
from gala_manager.ui import theme
from gala_manager.ui.column_widths import ColumnWidths
from gala_manager.ui.overview.checks_model import ProblemListModel
from gala_manager.ui.page import Page
from gala_manager.ui.programme import programme_commands as commands
from gala_manager.ui.programme.inline_edit import changes_for
from gala_manager.ui.programme.programme_actions import ProgrammeActions
from gala_manager.ui.programme.running_order_model import (
    MEASURED_COLUMNS,
    RunningOrderTableModel,
)
from gala_manager.ui.programme.totals_bar import TotalsBar
from gala_manager.ui.programme.unordered_model import UnorderedActsModel
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.theme import Tone
from gala_manager.ui.widgets.column_chooser import ColumnChooser
from gala_manager.ui.widgets.kept_selection import keep_selection
from gala_manager.ui.widgets.wrapped_list import wrapped_list_view


class ProgrammePage(Page):
    """Acts and the running order: drag, keys, dialogs; every change undoable."""

    key = "programme"
    areas = frozenset({Area.PROGRAMME, Area.GALA, Area.PEOPLE})
    target_kinds = frozenset({"act"})

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.sections = []
        self._measured_chosen = False
        # The act to select once the reload a command asked for has run.
        self._select_after_reload: int | None = None
        self.order_model = RunningOrderTableModel(self)
        self.order_model.edit_requested = self.edit_in_place
        self.order_model.drop_requested = self.drop_into_order
        self.table = QTableView(self)
        self.table.setObjectName("runningOrder")
        self.table.setModel(self.order_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.column_widths = ColumnWidths(self.table, self.order_model, "runningOrder",
                                          {"title": 180, "performers": 150, "notes": 160})
        # At 1280×800, in English too and with the measured columns, the contact, host and
        # status stay in view. The kind goes first: titles name it (独唱《光年之外》) and
        # the side list and the act dialog show it. The header's menu shows more.
        self.column_chooser = ColumnChooser(
            self.table, "runningOrder", managed=MEASURED_COLUMNS,
            hidden_by_default=("section", "end", "kind", "changeover", "fixed", "notes"))
        self.unordered_model = UnorderedActsModel(self)
        self.unordered_model.drop_requested = self.drop_out_of_order
        # A narrow side pane wraps an act's details ("Dance · 艺术设计系 · 4:30 ·
        # Not selected") onto another line rather than hiding them behind a scroll bar.
        self.unordered_view = wrapped_list_view(self)
        self.unordered_view.setObjectName("notInOrder")
        self.unordered_view.setModel(self.unordered_model)
        self.unordered_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unordered_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.unordered_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.unordered_view.setAlternatingRowColors(True)
        self.unordered_view.setSpacing(2)
        self.unordered_label = QLabel(self)
        self.problems_model = ProblemListModel(self)
        self.problems_view = QListView(self)
        self.problems_view.setModel(self.problems_model)
        self.problems_view.setMaximumHeight(110)
        self.problems_view.setUniformItemSizes(True)
        self.problems_view.doubleClicked.connect(
            lambda index: self.show_target(index.data(RowRole).target))
        self.message_label = QLabel(self)
        self.message_label.setObjectName("programmeMessage")
        self.message_label.setWordWrap(True)
        theme.paint_text(self.message_label, Tone.ERROR)
        self.message_label.hide()
        self.totals = TotalsBar(self)
        self.actions = ProgrammeActions(self)
        # One act is worked on at a time: selecting in one list clears the other.
        self.table.selectionModel().selectionChanged.connect(self._order_selected)
        self.unordered_view.selectionModel().selectionChanged.connect(self._side_selected)
        self._build_layout()
        self.retranslate_ui()

    def _build_layout(self) -> None:
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unordered_label)
        side_layout.addWidget(self.unordered_view, 1)
        side_layout.addWidget(self.actions.side_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.actions.tool_bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.totals)
        layout.addWidget(self.problems_view)

    # -- Page -------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.unordered_label.setText(self.tr("Submitted, not in the running order"))
        self.actions.retranslate_ui()
        self.totals.retranslate_ui()
        for model in (self.order_model, self.unordered_model, self.problems_model):
            model.retranslate()

    def menu_actions(self):
        return self.actions.menu_actions()

    def reload(self) -> None:
        current = self._select_after_reload or self.current_act_id()
        self._select_after_reload = None
        # One schedule per change: the totals and the checks share this one (core memo).
        schedule = self.controller.read(running_order)
        # A move and its undo repaint the rows that traded places, not the whole view.
        with keep_selection(self.table):
            self.order_model.update_rows(schedule, quiet_reorder=True)
        self.unordered_model.update_rows(self.controller.read(unordered_acts))
        self.sections = self.controller.read(list_sections)
        self.totals.set_summary(self.controller.read(programme_summary))
        self.problems_model.set_rows(self.controller.read(check_programme))
        self.problems_view.setVisible(self.problems_model.rowCount() > 0)
        if not self._measured_chosen:
            self.actions.measured_action.setChecked(
                any(a.measured_seconds is not None for a in schedule))
        self.show_measured(self.actions.measured_action.isChecked())
        self.actions.update_enabled()
        # The views kept the selection on its rows; select again only where it was lost.
        if current is not None and current != self.current_act_id():
            self.select_act(current)

    def show_target(self, target: tuple) -> None:
        if len(target) == 2 and target[0] == "act":
            self.refresh_if_stale()
            self.select_act(target[1])

    # -- selection --------------------------------------------------------------------

    def selected_order_rows(self) -> list[int]:
        """Rows of the running order selected, top to bottom."""
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def current_act_id(self) -> int | None:
        """The act the user works on: selected in the order, else in the side list."""
        # A key pressed before the last change's reload ran acts on the gala as it is.
        self.refresh_if_stale()
        rows = self.selected_order_rows()
        if rows:
            act = self.order_model.row_at(rows[0])
            return act.act_id if act else None
        index = self.unordered_view.currentIndex()
        if index.isValid() and self.unordered_view.selectionModel().isSelected(index):
            return self.unordered_model.row_at(index.row()).id
        return None

    def selected_side_ids(self) -> list[int]:
        """The acts selected in the side list, top to bottom."""
        rows = sorted(i.row() for i in self.unordered_view.selectionModel().selectedRows())
        return [self.unordered_model.row_at(r).id for r in rows]

    def switch_list(self) -> None:
        """F6: from the acts not in the order to the order, from anywhere else to those acts.

        The keyboard lands on the list's current (or first) act.
        """
        view = self.table if self.unordered_view.hasFocus() else self.unordered_view
        model = view.model()
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if model.rowCount() and not view.currentIndex().isValid():
            column = self.order_model.column_of("title") if view is self.table else 0
            view.setCurrentIndex(model.index(0, column))

    def _order_selected(self) -> None:
        if self.table.selectionModel().hasSelection():
            self.unordered_view.selectionModel().clearSelection()
        self.actions.update_enabled()

    def _side_selected(self) -> None:
        if self.unordered_view.selectionModel().hasSelection():
            self.table.selectionModel().clearSelection()
        self.actions.update_enabled()

    def select_act(self, act_id: int) -> None:
        """Select an act in whichever list shows it (after the reload a change asked for)."""
        if self.reload_pending and self.isVisible():
            self._select_after_reload = act_id
            return
        row = self.order_model.row_of(act_id)
        if row >= 0:
            self.unordered_view.clearSelection()
            self.table.selectRow(row)
            self.table.scrollTo(self.order_model.index(row, self.order_model.column_of("title")))
            return
        row = self.unordered_model.row_of(act_id)
        if row >= 0:
            self.table.clearSelection()
            index = self.unordered_model.index(row, 0)
            self.unordered_view.setCurrentIndex(index)
            self.unordered_view.scrollTo(index)

    def show_measured(self, shown: bool) -> None:
        """Show or hide the planned-vs-measured columns."""
        for key in MEASURED_COLUMNS:
            self.table.setColumnHidden(self.order_model.column_of(key), not shown)

    def choose_measured(self, shown: bool) -> None:
        """The user toggled the measured columns: keep the choice across reloads."""
        self._measured_chosen = True
        self.show_measured(shown)

    # -- edits ------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Show an input problem under the table (empty text hides it)."""
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def edit_in_place(self, act_id: int, field: str, text: str) -> bool:
        """A cell was edited: parse the text and push the change (or say what is wrong)."""
        try:
            changes = changes_for(field, text)
        except ValidationError as exc:
            self.say(describe_programme_error(exc))
            return False
        self.say("")
        act = self.order_model.row_at(self.order_model.row_of(act_id))
        return self.controller.push(
            commands.edit_command(self.controller, act_id, changes, act.title), self)

    def drop_into_order(self, act_ids: list[int], position: int) -> bool:
        """Acts were dropped on the running order at `position`."""
        if all(self.unordered_model.row_of(a) >= 0 for a in act_ids):
            return self.place_from_side(act_ids, position)
        title = self._title_of(act_ids[0])
        done = self.controller.push(
            commands.move_command(self.controller, act_ids, position, title), self)
        if done:
            self.select_act(act_ids[0])
        return done

    def place_from_side(self, act_ids: list[int], position: int) -> bool:
        """Acts of the side list go into the order at `position`, selected (one undo step)."""
        done = self.controller.push(commands.place_command(
            self.controller, act_ids, position, self._title_of(act_ids[0])), self)
        if done and self.unordered_view.hasFocus() and self.unordered_model.rowCount():
            # Stay in the side list: the next act to place is under the cursor.
            self.unordered_view.setCurrentIndex(self.unordered_model.index(0, 0))
        return done

    def drop_out_of_order(self, act_ids: list[int]) -> bool:
        """Acts of the order were dropped on the side list: take them out."""
        return self.controller.push(commands.remove_from_order_command(
            self.controller, act_ids, self._title_of(act_ids[0])), self)

    def _title_of(self, act_id: int) -> str:
        for model in (self.order_model, self.unordered_model):
            act = model.row_at(model.row_of(act_id))
            if act is not None:
                return act.title
        return ""
