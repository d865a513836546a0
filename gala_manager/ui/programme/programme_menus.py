"""The Programme page's context menu and its section, rehearsal and settings actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMenu

from gala_manager.app.programme.wording import section_label, status_label
from gala_manager.core.models import ActStatus
from gala_manager.core.programme.rehearsals import get_programme_settings
from gala_manager.ui.programme import programme_commands as commands
from gala_manager.ui.programme.rehearsal_dialog import RehearsalDialog
from gala_manager.ui.programme.settings_dialog import ProgrammeSettingsDialog

translate = QCoreApplication.translate


class ProgrammeMenus:
    """Mixed into `ProgrammeActions`: needs `page`, `controller`, the actions and `move_to`."""

    def set_status(self, status: ActStatus) -> None:
        """Give the selected acts a status."""
        rows = self.page.selected_order_rows()
        ids = [self.page.order_model.row_at(r).act_id for r in rows]
        if not ids and self.page.current_act_id() is not None:
            ids = [self.page.current_act_id()]
        if ids:
            self.controller.push(commands.status_command(self.controller, ids, status),
                                 self.page)

    def context_menu(self, pos) -> None:
        """Right-click menu of both lists."""
        page = self.page
        menu = QMenu(page)
        menu.addActions([self.edit_action, self.duplicate_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.insert_action, self.take_out_action, self.position_action])
        _, act = self._current()
        if act is not None and page.sections:
            move = menu.addMenu(translate("ProgrammePage", "Move to section"))
            for section in page.sections:
                item = move.addAction(section_label(section.kind, section.name))
                item.triggered.connect(lambda _=False, s=section.id, a=act.act_id:
                                       self.move_to(a, 10**6, s))
        status_menu = menu.addMenu(translate("ProgrammePage", "Set status"))
        for status in ActStatus:
            item = status_menu.addAction(status_label(status))
            item.triggered.connect(lambda _=False, s=status: self.set_status(s))
        sender = page.table if page.table.hasFocus() else page.unordered_view
        menu.exec(sender.viewport().mapToGlobal(pos))

    # -- sections, rehearsals, settings ---------------------------------------------

    def add_section(self) -> None:
        """Add a named section at the end of the order."""
        name, ok = QInputDialog.getText(self.page, translate("ProgrammePage", "Add a section"),
                                        translate("ProgrammePage", "Name of the section:"))
        if ok and name.strip():
            self.controller.push(commands.add_section_command(self.controller, name.strip()),
                                 self.page)

    def _section(self):
        _, act = self._current()
        if act is None or act.section_id is None:
            return None
        return next((s for s in self.page.sections if s.id == act.section_id), None)

    def rename_section(self) -> None:
        """Rename the selected act's section."""
        section = self._section()
        if section is None:
            return
        name, ok = QInputDialog.getText(self.page, translate("ProgrammePage", "Rename section"),
                                        translate("ProgrammePage", "New name:"),
                                        text=section_label(section.kind, section.name))
        if ok and name.strip():
            self.controller.push(commands.rename_section_command(
                self.controller, section.id, name.strip()), self.page)

    def remove_section(self) -> None:
        """Remove the selected act's section; its acts stay in the order."""
        section = self._section()
        if section is not None:
            self.controller.push(commands.remove_section_command(
                self.controller, section.id, section_label(section.kind, section.name)),
                self.page)

    def record_rehearsal(self) -> None:
        """Record rehearsal…: measured times for each act of the order."""
        dialog = RehearsalDialog(self.page.order_model.rows(), self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.push(commands.rehearsal_command(self.controller, **dialog.values()),
                                 self.page)
            self.measured_action.setChecked(True)

    def use_measured(self) -> None:
        """Planned durations := measured ones, one undo step."""
        self.controller.push(commands.use_measured_command(self.controller), self.page)

    def edit_settings(self) -> None:
        """Default changeover and microphones of the gala."""
        dialog = ProgrammeSettingsDialog(self.controller.read(get_programme_settings), self.page)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.push(commands.settings_command(self.controller, dialog.settings()),
                                 self.page)
