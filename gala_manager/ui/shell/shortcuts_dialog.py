"""Help ▸ Keyboard shortcuts: the app's one shortcut table, by where each key works."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.ui.shortcuts import SCOPES, SHORTCUTS, Shortcut, keys_text, scope_label
from gala_manager.ui.table_model import Column, RowTableModel
from gala_manager.ui.widgets.column_chooser import ColumnChooser

translate = QCoreApplication.translate


class ShortcutTableModel(RowTableModel[Shortcut]):
    """Every shortcut: where it works, its keys, what it does."""

    def declare_columns(self) -> list[Column[Shortcut]]:
        return [
            Column("scope", self.tr("Where"), lambda s: scope_label(s.scope),
                   sort=lambda s: list(SCOPES).index(s.scope)),
            Column("keys", self.tr("Keys"), lambda s: keys_text(s.name)),
            Column("action", self.tr("Action"), lambda s: translate("ConsoleKeys", s.text)
                   if s.scope == "console" else translate("Shortcuts", s.text)),
        ]

    def row_key(self, row: Shortcut) -> str:
        return row.name


class ShortcutsDialog(QDialog):
    """A searchable list of every shortcut of the main window, its pages and the console."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model = ShortcutTableModel(self)
        self.model.set_rows(sorted(SHORTCUTS, key=lambda s: list(SCOPES).index(s.scope)))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("shortcutSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a key or an action…"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("shortcutTable")
        self.table.setModel(self.proxy)
        ColumnChooser(self.table)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        hint = QLabel(self.tr("A page's keys work while the page shows; Del and the Alt keys "
                              "only while the keyboard is in its lists. Ctrl is ⌘ on macOS."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 560)
