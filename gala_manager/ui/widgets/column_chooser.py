"""Which columns a grid shows: a sensible few by default, the user's pick remembered.

Every grid over a `RowTableModel` (directly or through a proxy that filters or
sorts rows) gets one: right-click its header for a menu of its columns with a
tick each, and "Reset columns" to go back to the defaults and first widths.
The choice is stored in QSettings under the grid's name (its object name) and
applies at the next start. Until the user picks, a grid shows every column
except its `hidden_by_default` ones, so at 1280×800 the columns people read
most stay on screen without scrolling. Columns another control shows and
hides (`managed`) are left out of the menu.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractProxyModel, QObject, QPoint, QSettings, Qt
from PySide6.QtWidgets import QMenu, QTableView

from gala_manager.ui.column_widths import MAX_WIDTH, ColumnWidths
from gala_manager.ui.table_model import RowTableModel

_KEY = "tables/{name}/hidden_columns"


def row_model(view: QTableView) -> RowTableModel:
    """The `RowTableModel` behind a view's model and its proxies."""
    model = view.model()
    while isinstance(model, QAbstractProxyModel):
        model = model.sourceModel()
    assert isinstance(model, RowTableModel), f"{view.objectName()} is not over a RowTableModel"
    return model


class ColumnChooser(QObject):
    """The header menu of one grid; `name` defaults to the view's object name."""

    def __init__(self, view: QTableView, name: str = "", hidden_by_default: Iterable[str] = (),
                 managed: Iterable[str] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.name = name or view.objectName()
        assert self.name, "a grid needs a name to remember its columns under"
        self.default = frozenset(hidden_by_default)
        self.managed = frozenset(managed)
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu_at)
        # A reset or new columns (another import kind) bring every section back.
        view.model().modelReset.connect(self.apply)
        view.model().columnsInserted.connect(self.apply)
        self.apply()

    def hidden(self) -> set[str]:
        """The keys of the columns the grid hides now (the user's, else the default)."""
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
        """Hide and show the columns as chosen; a column shown again gets a fitting width."""
        model = row_model(self.view)
        hidden = self.hidden()
        header = self.view.horizontalHeader()
        # Only changes: asking a header with no hidden section, or showing a shown
        # column, lays it out before its time and undoes a stretched last column.
        any_hidden = header.hiddenSectionCount() > 0
        for column in model.columns:
            if column.key in self.managed:
                continue
            number = model.column_of(column.key)
            hide = column.key in hidden
            if (any_hidden and header.isSectionHidden(number)) != hide:
                self.view.setColumnHidden(number, hide)
                if not hide:
                    self._fit(number)

    def reset(self) -> None:
        """Back to the default columns and their first widths."""
        QSettings().remove(_KEY.format(name=self.name))
        self.apply()
        widths = self.view.findChild(ColumnWidths)
        if widths is not None:
            widths.reset()
        else:
            self.view.resizeColumnsToContents()

    def menu(self) -> QMenu:
        """A tick per column; unticking the last one shown is not offered."""
        model = row_model(self.view)
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
        menu.addAction(self.tr("Reset columns"), self.reset)
        return menu

    def _fit(self, number: int) -> None:
        widths = self.view.findChild(ColumnWidths)
        if widths is not None:
            widths.fit_column(number)
        elif self.view.model().rowCount():
            self.view.resizeColumnToContents(number)
            self.view.setColumnWidth(number, min(self.view.columnWidth(number), MAX_WIDTH))

    def _toggle(self, key: str, shown: bool) -> None:
        hidden = self.hidden()
        (hidden.discard if shown else hidden.add)(key)
        self.set_hidden(hidden)

    def _menu_at(self, pos: QPoint) -> None:
        self.menu().popup(self.view.horizontalHeader().mapToGlobal(pos))
