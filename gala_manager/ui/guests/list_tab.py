"""The guest list tab: who is invited, their answer, arrival, seat and who meets them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gala_manager.app.guests.wording import guest_status_label
from gala_manager.core.guests.records import get_guest, list_guests
from gala_manager.core.models import GuestStatus
from gala_manager.ui.guests.guest_commands import (
    add_guest_command,
    edit_guest_command,
    guest_status_command,
    remove_guests_command,
)
from gala_manager.ui.guests.guest_dialog import GuestDialog
from gala_manager.ui.guests.guest_models import GuestTableModel
from gala_manager.ui.shortcuts import bind_button
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.widgets.row_view import sorted_row_view


class GuestListTab(QWidget):
    """The guests in a table, with add, edit, remove and a bulk invitation status."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        # The page's reload-now, so a guest just added is there to be selected.
        self.refresh = lambda: None
        self.model = GuestTableModel(self)
        self.table, self.proxy = sorted_row_view(self.model, "guestsTable", several=True,
                                                 sortable=True, alternating=True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.add_button, self.edit_button, self.remove_button = (QPushButton(), QPushButton(),
                                                                 QPushButton())
        self.add_button.clicked.connect(lambda: self.add_guest())
        self.edit_button.clicked.connect(lambda: self.edit_selected())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.status_label = QLabel()
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("guestStatus")
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(
            lambda: self.set_selected_status(self.status_combo.currentData()))
        self.summary_label = QLabel()
        buttons = QHBoxLayout()
        bind_button(self.add_button, "new_guest", self)
        bind_button(self.remove_button, "remove_guest", self)
        for widget in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addSpacing(16)
        for widget in (self.status_label, self.status_combo, self.apply_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("Add guest…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.status_label.setText(self.tr("Invitation of selected:"))
        self.apply_button.setText(self.tr("Apply"))
        current = self.status_combo.currentIndex()
        self.status_combo.clear()
        for status in GuestStatus:
            self.status_combo.addItem(guest_status_label(status), status)
        self.status_combo.setCurrentIndex(max(0, current))
        self.model.retranslate()
        self._summary()

    def reload(self) -> None:
        selected = self.selected_ids()
        self.model.set_rows(self.controller.read(list_guests))
        self.table.resizeColumnsToContents()
        self.select_ids(selected)
        self._summary()
        self._update_actions()

    def _summary(self) -> None:
        rows = self.model.rows()
        confirmed = sum(r.data.status == GuestStatus.CONFIRMED for r in rows)
        self.summary_label.setText(self.tr("{confirmed} of {count} confirmed").format(
            confirmed=confirmed, count=len(rows)))

    # -- selection --------------------------------------------------------------------

    def selected_rows(self) -> list:
        """The guests selected, in display order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(RowRole) for r in rows]

    def selected_ids(self) -> list[int]:
        """The ids of the selected guests."""
        return [row.id for row in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        """Select these guests."""
        self.refresh()
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for guest_id in ids:
            number = self.model.row_of(guest_id)
            if number >= 0:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
        self.table.setSelectionMode(mode)

    def _update_actions(self, *_args) -> None:
        writable = not self.controller.read_only
        count = len(self.table.selectionModel().selectedRows())
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and count == 1)
        self.remove_button.setEnabled(writable and count > 0)
        self.apply_button.setEnabled(writable and count > 0)

    # -- edits ------------------------------------------------------------------------

    def add_guest(self) -> None:
        """Ask for a new guest and add them."""
        dialog = GuestDialog(self.controller, parent=self)
        if dialog.exec():
            command = add_guest_command(self.controller, dialog.data())
            if self.controller.push(command, self):
                self.select_ids([command.result])

    def edit_selected(self) -> None:
        """Edit the one selected guest."""
        ids = self.selected_ids()
        if len(ids) != 1 or self.controller.read_only:
            return
        row = self.controller.read(get_guest, guest_id=ids[0])
        dialog = GuestDialog(self.controller, row.data, parent=self)
        if dialog.exec():
            self.controller.push(edit_guest_command(self.controller, row.id, dialog.data()),
                                 self)

    def remove_selected(self) -> None:
        """Remove the selected guests (undo brings them back)."""
        rows = self.selected_rows()
        if rows:
            self.controller.push(remove_guests_command(
                self.controller, [r.id for r in rows], [r.name for r in rows]), self)

    def set_selected_status(self, status: GuestStatus) -> None:
        """Give every selected guest the same invitation status."""
        ids = self.selected_ids()
        if ids:
            self.controller.push(guest_status_command(self.controller, ids, status), self)
