"""Table models of the Contingency page: the plan list and the editable sub-lists of a plan."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from gala_manager.app.contingency.wording import kind_label
from gala_manager.core.contingency.plans import Contact, Equipment, PlanRow
from gala_manager.ui.table_model import Column, RowTableModel
from gala_manager.ui.theme import Tone, colour

translate = QCoreApplication.translate


class PlanListModel(RowTableModel[PlanRow]):
    """The plans in list order, shown as "kind — title"; `RowRole` gives the row."""

    def declare_columns(self) -> list[Column[PlanRow]]:
        return [Column("plan", self.tr("Plan"),
                       lambda row: f"{kind_label(row.data.kind)} — {row.data.title}")]


class RecordsTableModel(RowTableModel[Any]):
    """An editable list of a plan's small records (contacts, equipment), edited in place.

    Records are the core's frozen dataclasses, one object per row (two equal
    records are two rows), found by identity, so they have no key and `row_of`
    does not apply; an edit replaces one. Int fields edit in a spin box and
    refuse negatives. `edited` fires on every change so the editor can mark the
    plan modified.
    """

    edited = Signal()

    def blank(self) -> Any:
        """A new, empty record."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace the records (copies, so that no two rows share an object)."""
        super().set_rows([dataclasses.replace(record) for record in rows])

    def records(self) -> list[Any]:
        """The records, blank ones left out."""
        return [r for r in self.rows()
                if any(isinstance(v, str) and v.strip() for v in dataclasses.astuple(r))]

    def add_row(self) -> int:
        """Append an empty record; returns its row."""
        return self.append(self.blank())

    def append(self, record: Any) -> int:
        """Append a filled record; returns its row."""
        row = self.rowCount()
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(dataclasses.replace(record))
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        """Remove a record."""
        if 0 <= row < self.rowCount():
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def commit_edit(self, record: Any, column: Column, text: str) -> bool:
        value: Any = text
        if isinstance(getattr(record, column.key), int):
            try:
                value = int(text)
            except ValueError:
                return False
            if value < 0:
                return False
        number = next(n for n, row in enumerate(self._rows) if row is record)
        self._rows[number] = dataclasses.replace(record, **{column.key: value})
        cell = self.index(number, self.column_of(column.key))
        self.dataChanged.emit(cell, cell)
        self.edited.emit()
        return True


class ContactsTableModel(RecordsTableModel):
    """A plan's people to call: name, role, phone. A contact who is one of the gala's people
    shows their name and phone as the Staff page has them (edited there, not here)."""

    def declare_columns(self) -> list[Column[Contact]]:
        linked = translate("Contingency", "One of the gala's people: change the name and the "
                           "phone on the Staff page, and every card follows.")
        return [Column("name", translate("Contingency", "Name"), lambda c: c.name, editable=True,
                       tooltip=lambda c: linked if c.person_id else None),
                Column("role", translate("Contingency", "Role"), lambda c: c.role, editable=True),
                Column("phone", translate("Contingency", "Phone"), lambda c: c.phone,
                       editable=True, tooltip=lambda c: linked if c.person_id else None)]

    def cell_data(self, row: Contact, column: Column[Contact], role: int):
        # The gala's people look like links: their name and phone live on the Staff page.
        if (role == Qt.ItemDataRole.ForegroundRole and row.person_id
                and column.key in ("name", "phone")):
            return QBrush(colour(Tone.INFO))
        return None

    def flags(self, index):
        flags = super().flags(index)
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.person_id and index.column() != self.column_of("role"):
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def blank(self) -> Contact:
        return Contact("")


class EquipmentTableModel(RecordsTableModel):
    """A plan's things to have ready: item, quantity, where."""

    def declare_columns(self) -> list[Column[Equipment]]:
        return [Column("name", translate("Contingency", "Item"), lambda e: e.name, editable=True),
                Column("quantity", translate("Contingency", "Quantity"),
                       lambda e: str(e.quantity), editable=True, edit=lambda e: e.quantity),
                Column("location", translate("Contingency", "Where"), lambda e: e.location,
                       editable=True)]

    def blank(self) -> Equipment:
        return Equipment("")
