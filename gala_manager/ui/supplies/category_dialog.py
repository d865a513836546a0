"""The dialog where the user adds, renames and removes their own supply categories."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.supplies.wording import category_label, describe_supply_error
from gala_manager.core.supplies.settings import list_categories
from gala_manager.ui import theme
from gala_manager.ui.supplies.supplies_commands import (
    add_category_command,
    remove_category_command,
    rename_category_command,
)
from gala_manager.ui.theme import Tone

IdRole = Qt.ItemDataRole.UserRole + 1


class CategoryDialog(QDialog):
    """Built-in categories are listed but fixed; the user's own can change (undoably)."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Supply categories"))
        self.list = QListWidget()
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.paint_text(self.message, Tone.ERROR)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Built-in categories cannot be changed; add your own.")))
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_category)
        self.rename_button.clicked.connect(self.rename_category)
        self.remove_button.clicked.connect(self.remove_category)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        """List the categories again."""
        self.list.clear()
        for row in self.controller.read(list_categories):
            item = QListWidgetItem(category_label(row.key, row.name))
            item.setData(IdRole, None if row.builtin else row.id)
            if row.builtin:
                item.setForeground(theme.colour(Tone.MUTED))
            self.list.addItem(item)
        self._update_buttons()

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(IdRole)

    def _update_buttons(self) -> None:
        own = self._current_id() is not None
        self.rename_button.setEnabled(own)
        self.remove_button.setEnabled(own)

    def _push(self, command) -> None:
        self.controller.undo_stack.push(command)
        error = command.error  # a VerbCommand keeps why its first step failed
        self.message.setText("" if error is None else describe_supply_error(error))
        self.refresh()

    def add_category(self, name: str | None = None) -> None:
        """Ask for a name (unless given) and add the category."""
        if not name:
            name, ok = QInputDialog.getText(self, self.tr("New category"), self.tr("Name:"))
            if not ok or not name.strip():
                return
        self._push(add_category_command(self.controller, name))

    def rename_category(self) -> None:
        """Rename the selected user category."""
        category_id = self._current_id()
        if category_id is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename category"), self.tr("Name:"),
                                        text=self.list.currentItem().text())
        if ok and name.strip():
            self._push(rename_category_command(self.controller, category_id, name))

    def remove_category(self) -> None:
        """Remove the selected user category (refused while it holds items)."""
        category_id = self._current_id()
        if category_id is not None:
            self._push(remove_category_command(self.controller, category_id,
                                               self.list.currentItem().text()))
