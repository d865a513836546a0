"""The base of every table model: rows from the core, columns declared, not counted."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from gala_manager.ui.table_update import apply_rows

R = TypeVar("R")

# The row object behind an index (a frozen dataclass from the core).
RowRole = Qt.ItemDataRole.UserRole + 1
# What a column sorts by (numbers and dates, not their text); proxies use it.
SortRole = Qt.ItemDataRole.UserRole + 2
# The key of the row behind an index (its id), for views that navigate by id.
KeyRole = Qt.ItemDataRole.UserRole + 3

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def ids_mime(mime_type: str, ids: Iterable[int]) -> QMimeData:
    """A drag payload naming rows by id, e.g. acts or people."""
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(",".join(map(str, ids)).encode("ascii")))
    return mime


def ids_from_mime(mime: QMimeData, mime_type: str) -> list[int]:
    """The ids a drag payload of this type names, or [] for anything else."""
    if not mime.hasFormat(mime_type):
        return []
    text = bytes(mime.data(mime_type).data()).decode("ascii")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its translated title and how a row fills it.

    `text(row)` is the cell's display text; `edit(row)` the value an editor
    starts from (editable columns only, default: the display text; an int gives
    a spin box); `sort(row)` what the column sorts by (default: the text);
    `tooltip(row)` the hover text (default: none). `key` names the column for
    pages, settings and edits: nothing outside a model counts columns.
    """

    key: str
    title: str
    text: Callable[[R], str]
    align: Qt.AlignmentFlag = LEFT
    editable: bool = False
    edit: Callable[[R], Any] | None = None
    sort: Callable[[R], Any] | None = None
    tooltip: Callable[[R], str | None] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one core dataclass under declared columns.

    Subclasses implement `declare_columns()` (titles through `self.tr`, so the
    language switch re-declares them) and may override `row_key` (default:
    `row.id`), `cell_data` for roles beyond text, alignment and tooltips, and
    `commit_edit` for editable columns. The model never writes to the gala.

    Rows drag as their keys when `drag_mime` is set; a model that takes drops
    sets `drop_actions` and implements `canDropMimeData`/`dropMimeData`. A
    finished move drag then asks the source to remove its rows: Qt's
    `removeRows` refuses, as it should, since the drop already moved them in
    the gala and the reload shows it.
    """

    drag_mime: str | None = None
    drag_actions = Qt.DropAction.CopyAction
    drop_actions = Qt.DropAction.IgnoreAction

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        # Row number by key, built when first asked (some rows have no key).
        self._index: dict[Hashable, int] | None = None
        self._columns: list[Column[R]] = self.declare_columns()
        self._by_key = {column.key: number for number, column in enumerate(self._columns)}

    # -- to declare -------------------------------------------------------------------

    def declare_columns(self) -> list[Column[R]]:
        """The columns, in order, with translated titles."""
        raise NotImplementedError

    def row_key(self, row: R) -> Hashable:
        """What identifies a row across reloads."""
        return row.id  # type: ignore[attr-defined]

    def cell_data(self, row: R, column: Column[R], role: int) -> Any:
        """Any other role of a cell (background, font ...); None for none."""
        return None

    def commit_edit(self, row: R, column: Column[R], text: str) -> bool:
        """Hand an in-place edit on; True when it was taken."""
        return False

    # -- rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row: a reset, for a new document or a list without keys."""
        self.beginResetModel()
        self._rows = list(rows)
        self._index = None
        self.endResetModel()

    def update_rows(self, rows: Sequence[R], *, quiet_reorder: bool = False) -> None:
        """Show `rows`, telling views only what changed (see `table_update.apply_rows`).

        Rows are matched by `row_key`: views keep their selection, current
        cell and scroll position, and repaint only the rows that differ.
        """
        apply_rows(self, list(rows), quiet_reorder=quiet_reorder)

    def redeclare(self, rows: Sequence[R]) -> None:
        """Declare the columns again (their number may change) and replace every row."""
        self.beginResetModel()
        self._columns = self.declare_columns()
        self._by_key = {column.key: number for number, column in enumerate(self._columns)}
        self._rows = list(rows)
        self._index = None
        self.endResetModel()

    def rows(self) -> list[R]:
        """Every row, in model order."""
        return list(self._rows)

    def row_at(self, number: int) -> R | None:
        """The row at a model row number, or None outside the table."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The model row number of the row with this key, or -1."""
        if self._index is None:
            self._index = {self.row_key(row): number for number, row in enumerate(self._rows)}
        return self._index.get(key, -1)

    # -- columns ----------------------------------------------------------------------------

    @property
    def columns(self) -> list[Column[R]]:
        """The declared columns, in order."""
        return list(self._columns)

    def column_of(self, key: str) -> int:
        """The number of the column with this key (KeyError for an unknown key)."""
        return self._by_key[key]

    def column_titles(self) -> list[str]:
        """The column titles in the current language."""
        return [column.title for column in self._columns]

    def retranslate(self) -> None:
        """The language switched: declare the titles again and repaint every cell."""
        self._columns = self.declare_columns()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._columns) - 1))

    # -- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.EditRole:
            return (column.edit or column.text)(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == RowRole:
            return row
        if role == KeyRole:
            return self.row_key(row)
        if role == SortRole:
            return (column.sort or column.text)(row)
        return self.cell_data(row, column, role)

    def flags(self, index):
        if not index.isValid():
            # Drops between and below the rows land on the table itself.
            return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
                    if self.drop_actions else super().flags(index))
        flags = super().flags(index)
        if self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        if self.drag_mime:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.drop_actions:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if not column.editable or str(value) == str((column.edit or column.text)(row)):
            return False  # nothing changed: no empty undo step
        return self.commit_edit(row, column, str(value))

    # -- drag and drop ------------------------------------------------------------------------

    def supportedDragActions(self):
        return self.drag_actions

    def supportedDropActions(self):
        return self.drop_actions

    def mimeTypes(self) -> list[str]:
        return [self.drag_mime] if self.drag_mime else []

    def mimeData(self, indexes) -> QMimeData:
        if not self.drag_mime:
            return super().mimeData(indexes)
        numbers = sorted({index.row() for index in indexes if index.isValid()})
        return ids_mime(self.drag_mime, [self.row_key(self._rows[n]) for n in numbers])
