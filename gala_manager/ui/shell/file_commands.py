"""What the File and Help menus do: new, open, copy, restore, check, properties, about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from gala_manager.app.wording import recovered_text
from gala_manager.core import errors
from gala_manager.ui.shell import opener
from gala_manager.ui.undo import verb_command

# The storage layer and the gala's facts load with the first gala (the window shows
# first), so the commands below import them where they run.
if TYPE_CHECKING:
    from gala_manager.core.gala.facts import GalaFacts
    from gala_manager.ui.shell.main_window import MainWindow


class FileCommands(QObject):
    """The file-level commands of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @property
    def controller(self):
        return self.window.controller

    def open_path(self, path: Path) -> bool:
        """Open a gala; shows why when it cannot."""
        document = self.controller.document
        if document is not None and document.path == Path(path).absolute():
            return True
        new = opener.open_document(self.window, path, self.window.data_dir)
        if new is None:
            return False
        self.window.set_document(new)
        if new.recovered:
            self.window.statusBar().showMessage(recovered_text(), 15_000)
        elif new.migration_backup is not None:
            self.window.statusBar().showMessage(
                self.tr("Upgraded from an older version; the original was kept as {name}.")
                .format(name=new.migration_backup.name), 10_000)
        return True

    def open_dialog(self) -> None:
        """File ▸ Open."""
        path = opener.ask_open_path(self.window)
        if path is not None:
            self.open_path(path)

    def demo_path(self) -> Path:
        """Where the demo gala lives in the data folder."""
        return self.window.data_dir / "demo" / (self.tr("Demo gala") + ".gala")

    def open_demo(self) -> None:
        """Open the demo gala from the data folder, writing it on first use."""
        path = self.demo_path()
        if not path.exists():
            from gala_manager.core.demo import write_demo  # every area's data: load on demand

            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                write_demo(path)
            except errors.GalaError as exc:
                opener.show_error(self.window, exc)
                return
        self.open_path(path)

    def new_gala(self) -> None:
        """File ▸ New gala: the facts, then where to save it."""
        from gala_manager.core.gala.facts import GalaFacts
        from gala_manager.ui.shell.gala_dialog import GalaDialog

        dialog = GalaDialog(GalaFacts(name=""), new=True, parent=self.window)
        if not dialog.exec():
            return
        facts = dialog.facts()
        path = opener.ask_save_path(self.window, self.tr("Save the new gala"), facts.name)
        if path is None:
            return
        self.create_gala(path, facts)

    def create_gala(self, path: Path, facts: GalaFacts) -> bool:
        """Create and open a gala file with these facts."""
        from gala_manager.core.gala.facts import set_gala_facts
        from gala_manager.core.storage.access import check_new_name
        from gala_manager.core.storage.document import GalaDocument

        try:
            check_new_name(path)
        except errors.GalaError as exc:
            opener.show_error(self.window, exc)
            return False
        if path.exists():
            # The save dialog has asked to overwrite; keep the old one aside.
            path.replace(path.with_name(path.name + ".old"))
        try:
            document = GalaDocument.create(path, data_dir=self.window.data_dir)
            document.run(set_gala_facts, facts=facts)
        except errors.GalaError as exc:
            opener.show_error(self.window, exc)
            return False
        self.window.set_document(document)
        return True

    def save_copy(self) -> None:
        """File ▸ Save a copy as…, through SQLite's backup API. The copy of a gala open
        read-only opens in its place, so that it can be edited."""
        from gala_manager.core.storage.access import check_new_name

        document = self.controller.document
        if document is None:
            return
        path = opener.ask_save_path(self.window, self.tr("Save a copy as"),
                                    document.path.stem + self.tr(" (copy)"), document.path)
        if path is None or path == document.path:
            return
        try:
            check_new_name(path)
            document.save_copy(path)
        except errors.GalaError as exc:
            opener.show_error(self.window, exc)
            return
        if document.read_only and self.open_path(path):
            return
        self.window.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=path),
                                            8000)

    def restore_backup(self) -> None:
        """File ▸ Restore from backup…: open a chosen backup as a new copy."""
        from gala_manager.core.storage.backup import copy_database
        from gala_manager.ui.shell.backup_dialog import BackupDialog

        document = self.controller.document
        if document is None:
            return
        dialog = BackupDialog(self.window.data_dir, document.path, self.window)
        if not dialog.exec() or dialog.selected() is None:
            return
        backup = dialog.selected()
        suggested = f"{document.path.stem}-{backup.taken:%Y%m%d-%H%M}"
        target = opener.ask_save_path(self.window, self.tr("Save the restored copy as"),
                                      suggested, document.path)
        if target is None:
            return
        try:
            copy_database(backup.path, target)
        except errors.GalaError as exc:
            opener.show_error(self.window, exc)
            return
        self.open_path(target)

    def check_file(self) -> None:
        """File ▸ Check file…: integrity, foreign keys and the plan's checks."""
        from gala_manager.ui.shell.check_dialog import CheckDialog

        document = self.controller.document
        if document is not None:
            CheckDialog(document.path, self.window).exec()

    def edit_properties(self) -> None:
        """File ▸ Gala properties…, as one undoable step."""
        from gala_manager.core.gala.facts import get_gala_facts
        from gala_manager.ui.shell.gala_dialog import GalaDialog

        controller = self.controller
        if controller.document is None or controller.read_only:
            return
        dialog = GalaDialog(controller.read(get_gala_facts), new=False, parent=self.window)
        if dialog.exec():
            self.apply_properties(dialog.facts())

    def apply_properties(self, facts: GalaFacts) -> bool:
        """Change the gala's facts on the undo stack."""
        from gala_manager.core.gala.facts import set_gala_facts

        return self.controller.push(verb_command(
            self.controller, self.tr("Edit gala properties"),
            set_gala_facts, set_gala_facts, lambda previous: {"facts": previous},
            facts=facts), self.window)

    def backup_if_due(self) -> None:
        """Take the ten-minute rolling backup when the gala was edited."""
        document = self.controller.document
        if document is None:
            return
        try:
            document.backup_if_due(dt.datetime.now())
        except errors.GalaError as exc:
            self.window.statusBar().showMessage(
                self.tr("Backup failed: {reason}").format(reason=opener.describe_error(exc)),
                10_000)

    def about(self) -> None:
        """Help ▸ About: icon, version, licence, schema version, data folder, libraries."""
        from gala_manager.ui.shell.about_dialog import AboutDialog

        document = self.controller.document
        schema = document.schema_revision() if document is not None else "—"
        AboutDialog(schema, self.window.data_dir, self.window).exec()
