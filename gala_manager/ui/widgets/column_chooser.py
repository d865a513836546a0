"""Which columns a table shows: a sensible few by default, the user's pick remembered.

Right-click a table's header for a menu of its columns with a tick each; the
choice is stored in QSettings under the table's name and applies at the next
start. Until the user picks, a table shows every column except its
`hidden_by_default` ones, so at 1280×800 the columns people read most (the
Programme's contact, host and status) stay on screen without scrolling.
Columns another control shows and hides (`managed`) are left out of the menu.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QTableView

_KEY = "tables/{name}/hidden_columns"


class ColumnChooser(QObject):
    """The header menu of one table view over a `RowTableModel`."""

    def __init__(self, view: QTableView, name: str, hidden_by_default: Iterable[str] = (),
                 managed: Iterable[str] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.name = name
        self.default = frozenset(hidden_by_default)
        self.managed = frozenset(managed)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        self.apply()

    def hidden(self) -> set[str]:
        """The keys of the columns the table hides now (the user's, else the default)."""
        stored = QSettings().value(_KEY.format(name=self.name), None)
        if stored is None:
            return set(self.default)
        return {key for key in ([stored] if isinstance(stored, str) else list(stored)) if key}

    def set_hidden(self, keys: Iterable[str]) -> None:
        """Remember a choice and show it."""
        # A trailing "" keeps QSettings from storing an empty list as "no choice".
        QSettings().setValue(_KEY.format(name=self.name), sorted(set(keys)) + [""])
        self.apply()

    def apply(self) -> None:
        """Hide and show the columns as chosen."""
        model = self.view.model()
        hidden = self.hidden()
        for column in model.columns:
            if column.key not in self.managed:
                self.view.setColumnHidden(model.column_of(column.key), column.key in hidden)

    def menu(self) -> QMenu:
        """A tick per column; unticking the last one shown is not offered."""
        model = self.view.model()
        hidden = self.hidden()
        menu = QMenu(self.view)
        menu.setObjectName("columnChooser")
        choosable = [c for c in model.columns if c.key not in self.managed]
        shown = [c for c in choosable if c.key not in hidden]
        for column in choosable:
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(column.key not in hidden)
            action.setEnabled(not (len(shown) == 1 and column.key not in hidden))
            action.toggled.connect(lambda on, key=column.key: self._toggle(key, on))
        menu.addSeparator()
        menu.addAction(self.tr("Show the usual columns"),
                       lambda: self.set_hidden(self.default))
        return menu

    def _toggle(self, key: str, shown: bool) -> None:
        hidden = self.hidden()
        (hidden.discard if shown else hidden.add)(key)
        self.set_hidden(hidden)

    def _menu_at(self, pos: QPoint) -> None:
        self.menu().popup(self.view.horizontalHeader().mapToGlobal(pos))
