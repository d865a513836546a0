"""The main window's menus: File, Edit, View, Language and Help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup

from gala_manager.app.i18n import install_language, remember_language
from gala_manager.ui.shortcuts import bind

if TYPE_CHECKING:
    from gala_manager.ui.shell.main_window import MainWindow

LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class MainMenus(QObject):
    """Builds the menu bar and keeps its texts, states and page actions current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        files = window.files
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

        def action(slot, shortcut=None, name="") -> QAction:
            act = QAction(window)
            act.triggered.connect(slot)
            if shortcut is not None:
                bind(act, shortcut)
            act.setObjectName(name)
            return act

        self.new_action = action(files.new_gala, "new_gala", "newGala")
        self.open_action = action(files.open_dialog, "open", "open")
        self.recent_menu = self.file_menu.addMenu("")
        self.copy_action = action(files.save_copy, "save_copy", "saveCopy")
        self.restore_action = action(files.restore_backup, None, "restoreBackup")
        self.check_action = action(files.check_file, None, "checkFile")
        self.properties_action = action(files.edit_properties, "properties", "properties")
        self.close_action = action(window.close_gala, "close", "close")
        self.quit_action = action(window.close, "quit", "quit")
        self.file_menu.clear()
        # Page actions go between two separators; with none, show just one.
        self.file_menu.setSeparatorsCollapsible(True)
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addActions([self.copy_action, self.restore_action, self.check_action])
        self.file_page_separator = self.file_menu.addSeparator()
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.properties_action, self.close_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_page_separator = self.edit_menu.addSeparator()
        self._make_undo_actions()
        self.preferences_action = action(self.edit_preferences, "preferences", "preferences")
        self.edit_menu.addAction(self.preferences_action)

        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for lang, name in LANGUAGE_NAMES.items():
            act = QAction(name, window, checkable=True)
            act.setObjectName(f"lang_{lang}")
            act.triggered.connect(lambda _checked=False, code=lang: self.switch_language(code))
            self.language_group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[lang] = act
        # The show console opens from any page (F11 inside it toggles full screen).
        self.console_action = action(self.open_console, "open_console", "showConsole")
        self.view_menu.addAction(self.console_action)
        self.shortcuts_action = action(self.show_shortcuts, "shortcuts", "shortcuts")
        self.about_action = action(files.about, None, "about")
        self.help_menu.addActions([self.shortcuts_action, self.about_action])
        self._page_actions: list[tuple] = []
        self.retranslate_ui()

    def switch_language(self, lang: str) -> None:
        """Use another language at once and remember it."""
        install_language(lang)
        remember_language(lang)
        self.language_actions[lang].setChecked(True)

    def open_console(self) -> None:
        """View ▸ Show console (F11): rehearsal run or the show, from any page."""
        from gala_manager.ui.console.launcher import console_launcher

        console_launcher(self.window.controller).open_console(self.window)
    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard shortcuts: the whole table, by where each key works."""
        from gala_manager.ui.shell.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window).exec()

    def edit_preferences(self) -> None:
        """Edit ▸ Preferences…: language and PDF font."""
        from gala_manager.ui.shell.preferences_dialog import PreferencesDialog

        current = next((code for code, act in self.language_actions.items() if act.isChecked()),
                       "en")
        dialog = PreferencesDialog(current, self.window)
        if dialog.exec() and dialog.chosen_language() != current:
            self.switch_language(dialog.chosen_language())

    def set_current_language(self, lang: str) -> None:
        """Tick the language in use."""
        if lang in self.language_actions:
            self.language_actions[lang].setChecked(True)

    def set_page_actions(self, actions: dict) -> None:
        """Show the actions of the current page in the File, Edit and View menus."""
        for menu, act in self._page_actions:
            menu.removeAction(act)
        self._page_actions.clear()
        places = {"file": (self.file_menu, self.file_page_separator),
                  "edit": (self.edit_menu, self.edit_page_separator),
                  "view": (self.view_menu, None)}
        for key, acts in actions.items():
            menu, before = places.get(key, (self.view_menu, None))
            for act in acts:
                if before is None:
                    menu.addAction(act)
                else:
                    menu.insertAction(before, act)
                self._page_actions.append((menu, act))
        self.view_menu.menuAction().setVisible(bool(self.view_menu.actions()))
        self.update_enabled()

    def _make_undo_actions(self) -> None:
        # Plain actions that follow the stack, rather than the stack's own
        # createUndoAction: those keep the prefix they were made with, so a
        # language change would have to replace them.
        stack = self.window.controller.undo_stack
        self.undo_action = QAction(self.window)
        bind(self.undo_action, "undo")
        self.undo_action.setObjectName("undo")
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self.window)
        bind(self.redo_action, "redo")
        self.redo_action.setObjectName("redo")
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.indexChanged.connect(self._update_undo_texts)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self.edit_menu.insertActions(self.edit_page_separator,
                                     [self.undo_action, self.redo_action])

    def _update_undo_texts(self) -> None:
        """"Undo Edit gala properties" / "撤销 移动“独唱《光年之外》”": the command's own
        text carries the quotes around what it names, so the menu adds none."""
        stack = self.window.controller.undo_stack
        try:
            undo, redo = stack.undoText(), stack.redoText()
        except RuntimeError:
            return  # a stack being destroyed empties itself and says so: nothing to show
        self.undo_action.setText(self.tr("&Undo {action}").format(action=undo) if undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {action}").format(action=redo) if redo
                                 else self.tr("&Redo"))

    def update_recent(self) -> None:
        """Rebuild Open recent: missing files greyed out, with a way to remove them."""
        self.recent_menu.clear()
        paths = self.window.recent.paths()
        for path in paths:
            act = self.recent_menu.addAction(f"{path.name}  ({path.parent})")
            act.setEnabled(path.exists())
            if not path.exists():
                act.setToolTip(self.tr("This file no longer exists."))
            act.triggered.connect(lambda _c=False, p=path: self.window.open_path(p))
        self.recent_menu.addSeparator()
        remove = self.recent_menu.addAction(self.tr("Remove missing files"))
        remove.setEnabled(any(not p.exists() for p in paths))
        remove.triggered.connect(self._remove_missing)
        clear = self.recent_menu.addAction(self.tr("Clear list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._clear_recent)
        self.window.start.set_recent(self.window.recent.paths())

    def _remove_missing(self) -> None:
        self.window.recent.remove_missing()
        self.update_recent()

    def _clear_recent(self) -> None:
        for path in self.window.recent.paths():
            self.window.recent.remove(path)
        self.update_recent()

    def update_enabled(self) -> None:
        """Enable what needs an open (and writable) gala."""
        controller = self.window.controller
        is_open = controller.document is not None
        for act in (self.copy_action, self.restore_action, self.check_action,
                    self.close_action, self.console_action):
            act.setEnabled(is_open)
        self.properties_action.setEnabled(is_open and not controller.read_only)
        for _menu, act in self._page_actions:
            act.setEnabled(is_open)

    def retranslate_ui(self) -> None:
        """Set the menu texts in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New gala…"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.copy_action.setText(self.tr("Save a &copy as…"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.check_action.setText(self.tr("C&heck file…"))
        self.properties_action.setText(self.tr("Gala &properties…"))
        self.close_action.setText(self.tr("&Close"))
        self.quit_action.setText(self.tr("&Quit"))
        self._update_undo_texts()
        self.about_action.setText(self.tr("&About Gala Manager"))
        self.console_action.setText(self.tr("Show &console"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.update_recent()
