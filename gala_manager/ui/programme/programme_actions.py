"""The Programme page's actions: toolbar, keys, context menu and what each one does."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from gala_manager.core.programme.acts import get_act
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.staff.people import list_departments, list_people
from gala_manager.ui.programme import programme_commands as commands
from gala_manager.ui.programme.act_dialog import ActDialog
from gala_manager.ui.programme.programme_files import ProgrammeFiles
from gala_manager.ui.programme.programme_menus import ProgrammeMenus
from gala_manager.ui.shortcuts import bind, keys_text
from gala_manager.ui.widgets.flow_layout import ButtonRow

translate = QCoreApplication.translate

# (attribute, text, shortcut in `ui.shortcuts`).
_ACTION_TEXTS = [
    ("new_action", QT_TRANSLATE_NOOP("ProgrammePage", "New act…"), "new_act"),
    ("edit_action", QT_TRANSLATE_NOOP("ProgrammePage", "Edit act…"), "edit_act"),
    ("duplicate_action", QT_TRANSLATE_NOOP("ProgrammePage", "Duplicate"), "duplicate_act"),
    ("delete_action", QT_TRANSLATE_NOOP("ProgrammePage", "Delete"), "delete_act"),
    ("up_action", QT_TRANSLATE_NOOP("ProgrammePage", "Move up"), "move_up"),
    ("down_action", QT_TRANSLATE_NOOP("ProgrammePage", "Move down"), "move_down"),
    ("position_action", QT_TRANSLATE_NOOP("ProgrammePage", "Move to position…"), None),
    ("insert_action", QT_TRANSLATE_NOOP("ProgrammePage", "Add the selected acts to the "
                                                         "running order"), "insert_act"),
    ("take_out_action", QT_TRANSLATE_NOOP("ProgrammePage", "Take out of the running order"),
     "take_out"),
    ("add_section_action", QT_TRANSLATE_NOOP("ProgrammePage", "Add a section…"), None),
    ("rename_section_action", QT_TRANSLATE_NOOP("ProgrammePage", "Rename this act's section…"),
     None),
    ("remove_section_action", QT_TRANSLATE_NOOP("ProgrammePage", "Remove this act's section"),
     None),
    ("rehearsal_action", QT_TRANSLATE_NOOP("ProgrammePage", "Record rehearsal…"), None),
    ("use_measured_action", QT_TRANSLATE_NOOP("ProgrammePage", "Use measured durations"), None),
    ("measured_action", QT_TRANSLATE_NOOP("ProgrammePage", "Planned vs measured"), None),
    ("settings_action", QT_TRANSLATE_NOOP("ProgrammePage", "Programme settings…"), None),
]


class ProgrammeActions(ProgrammeMenus):
    """Builds the page's QActions and carries them out through undoable commands."""

    def __init__(self, page) -> None:
        self.page = page
        self.controller = page.controller
        self.files = ProgrammeFiles(page)
        # Buttons that wrap onto a second line: a QToolBar hides them behind "»" in English.
        self.tool_bar = ButtonRow(page)

        def action(slot, shortcut=None) -> QAction:
            act = QAction(page)
            act.triggered.connect(slot)
            if shortcut:
                bind(act, shortcut, page)
            return act

        self.new_action = action(self.new_act, "new_act")
        self.edit_action = action(self.edit_act, "edit_act")
        self.duplicate_action = action(self.duplicate_act, "duplicate_act")
        self.delete_action = action(self.delete_act, "delete_act")
        self.up_action = action(lambda: self.move_by(-1), "move_up")
        self.down_action = action(lambda: self.move_by(1), "move_down")
        self.position_action = action(self.ask_position)
        self.insert_action = action(self.insert_act, "insert_act")
        self.take_out_action = action(self.take_out, "take_out")
        self.switch_action = action(page.switch_list, "switch_list")
        self.add_section_action = action(self.add_section)
        self.rename_section_action = action(self.rename_section)
        self.remove_section_action = action(self.remove_section)
        self.rehearsal_action = action(self.record_rehearsal)
        self.use_measured_action = action(self.use_measured)
        self.measured_action = QAction(page)
        self.measured_action.setCheckable(True)
        self.measured_action.toggled.connect(page.choose_measured)
        self.settings_action = action(self.edit_settings)
        self.sections_menu = QMenu(page)
        self.sections_menu.addActions([self.add_section_action, self.rename_section_action,
                                       self.remove_section_action])
        self.sections_button = QToolButton(page)
        self.sections_button.setMenu(self.sections_menu)
        self.sections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sections_button.setAutoRaise(True)
        for item in (self.new_action, self.edit_action, self.duplicate_action,
                     self.delete_action, None, self.up_action, self.down_action,
                     self.position_action, None):
            self.tool_bar.add_action(item) if item else self.tool_bar.add_separator()
        self.tool_bar.add_widget(self.sections_button)
        self.tool_bar.add_separator()
        self.tool_bar.add_actions([self.rehearsal_action, self.use_measured_action,
                                  self.measured_action, self.settings_action])
        self.side_bar = QWidget(page)
        side = QHBoxLayout(self.side_bar)
        side.setContentsMargins(0, 0, 0, 0)
        self.insert_button = QPushButton(self.side_bar)
        self.insert_button.clicked.connect(self.insert_act)
        self.take_out_button = QPushButton(self.side_bar)
        self.take_out_button.clicked.connect(self.take_out)
        side.addWidget(self.insert_button)
        side.addWidget(self.take_out_button)
        for view in (page.table, page.unordered_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self.context_menu)
        # Enter, or a double click where a cell is not edited in place, opens the act.
        page.table.activated.connect(lambda _index: self.edit_act())
        page.unordered_view.activated.connect(lambda _index: self.edit_act())

    def retranslate_ui(self) -> None:
        """Set every action's text in the current language."""
        for name, text, shortcut in _ACTION_TEXTS:
            action = getattr(self, name)
            action.setText(translate("ProgrammePage", text))
            if shortcut:
                action.setToolTip(f"{action.text().rstrip('…')} ({keys_text(shortcut)})")
        self.files.retranslate_ui()
        self.sections_button.setText(translate("ProgrammePage", "Sections"))
        self.insert_button.setText(translate("ProgrammePage", "← Add selected to order"))
        self.insert_button.setToolTip(self.insert_action.toolTip())
        self.take_out_button.setText(translate("ProgrammePage", "Take out →"))

    def menu_actions(self) -> dict[str, list[QAction]]:
        """What the main window's menus offer while the page shows."""
        return {"file": self.files.actions(),
                "edit": [self.new_action, self.edit_action, self.duplicate_action,
                         self.delete_action, self.up_action, self.down_action,
                         self.position_action]}

    def update_enabled(self) -> None:
        """Enable what makes sense for the current selection."""
        page = self.page
        act_id = page.current_act_id()
        in_order = act_id is not None and page.order_model.row_of(act_id) >= 0
        writable = not self.controller.read_only
        for act in (self.edit_action, self.duplicate_action, self.delete_action):
            act.setEnabled(writable and act_id is not None)
        for act in (self.up_action, self.down_action, self.position_action,
                    self.take_out_action, self.rename_section_action,
                    self.remove_section_action):
            act.setEnabled(writable and in_order)
        self.insert_action.setEnabled(writable and bool(page.selected_side_ids()))
        self.insert_button.setEnabled(self.insert_action.isEnabled())
        self.take_out_button.setEnabled(self.take_out_action.isEnabled())
        self.use_measured_action.setEnabled(writable and any(
            a.measured_seconds is not None and a.measured_seconds != a.duration_seconds
            for a in page.order_model.rows()))

    # -- running order ----------------------------------------------------------------

    def _current(self):
        act_id = self.page.current_act_id()
        model = self.page.order_model
        return act_id, (model.row_at(model.row_of(act_id)) if act_id is not None else None)

    def move_by(self, step: int) -> None:
        """Alt+Up / Alt+Down: one place, or into the neighbouring section at its edge."""
        act_id, act = self._current()
        if act is None:
            return
        rows = self.page.order_model.rows()
        index = act.position - 1
        neighbour = index + step
        if not 0 <= neighbour < len(rows):
            return
        if rows[neighbour].section_id != act.section_id:
            # At a section's edge the first step crosses into the next section.
            self.move_to(act_id, act.position, rows[neighbour].section_id)
        else:
            self.move_to(act_id, act.position + step)

    def move_to(self, act_id: int, position: int, section_id: int | None = None) -> bool:
        """Put an act at a position of the order (one undo step)."""
        done = self.controller.push(commands.move_command(
            self.controller, [act_id], position, self.page._title_of(act_id), section_id),
            self.page)
        if done:
            self.page.select_act(act_id)
        return done

    def ask_position(self) -> None:
        """Move to position…: ask for the number, then move."""
        act_id, act = self._current()
        if act is None:
            return
        count = self.page.order_model.rowCount()
        position, ok = QInputDialog.getInt(
            self.page, translate("ProgrammePage", "Move to position"),
            translate("ProgrammePage", "New position of “{title}” (1–{n}):").format(
                title=act.title, n=count),
            act.position, 1, count)
        if ok and position != act.position:
            self.move_to(act_id, position)

    def insert_act(self) -> None:
        """Put every act selected in the side list at the end of the order (one undo step)."""
        act_ids = self.page.selected_side_ids()
        if act_ids:
            self.page.place_from_side(act_ids, self.page.order_model.rowCount() + 1)

    def take_out(self) -> None:
        """Take the selected act out of the running order."""
        act_id, act = self._current()
        if act is not None:
            self.controller.push(commands.remove_from_order_command(
                self.controller, [act_id], act.title), self.page)

    # -- acts -------------------------------------------------------------------------

    def _dialog(self, fields: ActFields, **kwargs) -> ActDialog:
        return ActDialog(fields, self.controller.read(list_people),
                         self.controller.read(list_departments), self.page, **kwargs)

    def new_act(self) -> None:
        """New act…: the dialog, then into the order after the selected act (or at its end)."""
        # Read from the file, not the grid: the grid reloads after the event that changed it.
        placed = len(self.controller.read(running_order))
        dialog = self._dialog(ActFields(title=""), offer_order=True, order_exists=placed > 0)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        position = None
        if dialog.add_to_order():
            _, act = self._current()
            position = act.position + 1 if act is not None else placed + 1
        command = commands.add_command(self.controller, dialog.fields(), position)
        if self.controller.push(command, self.page):
            self.page.select_act(command.result)

    def edit_act(self) -> None:
        """Edit act…: every field in the dialog; only changed fields are written."""
        act_id = self.page.current_act_id()
        if act_id is None:
            return
        before = self.controller.read(get_act, act_id=act_id).fields
        dialog = self._dialog(before)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.fields()
        changes = {name: getattr(after, name) for name in after.__dataclass_fields__
                   if getattr(after, name) != getattr(before, name)}
        if changes:
            self.controller.push(commands.edit_command(self.controller, act_id, changes,
                                                       after.title), self.page)

    def duplicate_act(self) -> None:
        """Duplicate the act right after itself."""
        act_id = self.page.current_act_id()
        if act_id is not None:
            title = self.page._title_of(act_id)
            copy = translate("ProgrammePage", "{title} (copy)").format(title=title)
            self.controller.push(commands.duplicate_command(self.controller, act_id, title, copy),
                                 self.page)

    def delete_act(self) -> None:
        """Delete the act (undo brings it back)."""
        act_id = self.page.current_act_id()
        if act_id is not None:
            self.controller.push(commands.remove_command(
                self.controller, act_id, self.page._title_of(act_id)), self.page)
