"""The seating tab: drag guests from the list onto the seats of the front rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gala_manager.core.guests.records import list_guests
from gala_manager.core.guests.rows import Seat, SeatingPlanRow
from gala_manager.core.guests.seating import MAX_ROWS, MAX_SEATS, get_seating_plan
from gala_manager.core.models import SeatNumbering
from gala_manager.ui.guests.guest_commands import plan_command, seat_command, unseat_command
from gala_manager.ui.guests.guest_models import GuestTableModel, SeatingTableModel
from gala_manager.ui.table_model import RowRole
from gala_manager.ui.widgets.column_chooser import ColumnChooser

_LIST_COLUMNS = ("name", "kind", "seat")


class SeatingTab(QWidget):
    """The guests on the left, the rows of seats on the right, the stage above them."""

    def __init__(self, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.guest_model = GuestTableModel(self)
        self.guest_view = QTableView()
        self.guest_view.setObjectName("seatingGuests")
        self.guest_view.setModel(self.guest_model)
        # Beside the seats the list shows who and which seat; the header's menu shows more.
        ColumnChooser(self.guest_view, hidden_by_default=[
            c.key for c in self.guest_model.columns if c.key not in _LIST_COLUMNS])
        self.guest_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guest_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guest_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guest_view.setDragEnabled(True)
        self.guest_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.guest_view.verticalHeader().hide()
        self.guest_view.horizontalHeader().setStretchLastSection(True)
        self.seat_model = SeatingTableModel(self)
        self.seat_model.seat_requested = self.seat
        self.seat_view = QTableView()
        self.seat_view.setObjectName("seatGrid")
        self.seat_view.setModel(self.seat_model)
        self.seat_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.seat_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.seat_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.seat_view.setDragDropOverwriteMode(True)
        self.seat_view.setDropIndicatorShown(True)
        self.seat_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.seat_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.seat_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.seat_view.verticalHeader().setDefaultSectionSize(
            self.seat_view.fontMetrics().height() * 3)
        self.seat_view.setWordWrap(True)

        self.stage_label = QLabel()
        self.stage_label.setObjectName("stageLabel")
        self.stage_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stage_label.setFrameShape(QLabel.Shape.Box)
        self.rows_label, self.seats_label, self.numbering_label = QLabel(), QLabel(), QLabel()
        self.rows_spin = QSpinBox()
        self.rows_spin.setRange(1, MAX_ROWS)
        self.seats_spin = QSpinBox()
        self.seats_spin.setRange(1, MAX_SEATS)
        self.numbering_combo = QComboBox()
        self.apply_plan_button = QPushButton()
        self.apply_plan_button.clicked.connect(lambda: self.apply_plan())
        self.seat_button = QPushButton()
        self.seat_button.clicked.connect(lambda: self.seat_selected())
        self.unseat_button = QPushButton()
        self.unseat_button.clicked.connect(lambda: self.unseat_current())
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)

        plan_bar = QHBoxLayout()
        for widget in (self.rows_label, self.rows_spin, self.seats_label, self.seats_spin,
                       self.numbering_label, self.numbering_combo, self.apply_plan_button):
            plan_bar.addWidget(widget)
        plan_bar.addStretch(1)
        seat_bar = QHBoxLayout()
        seat_bar.addWidget(self.seat_button)
        seat_bar.addWidget(self.unseat_button)
        seat_bar.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(plan_bar)
        right_layout.addWidget(self.stage_label)
        right_layout.addWidget(self.seat_view, 1)
        right_layout.addLayout(seat_bar)
        right_layout.addWidget(self.hint_label)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.guest_view)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 900])
        self._list_fitted = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def retranslate_ui(self) -> None:
        self.stage_label.setText(self.tr("STAGE"))
        self.rows_label.setText(self.tr("Rows"))
        self.seats_label.setText(self.tr("Seats a row"))
        self.numbering_label.setText(self.tr("Numbering"))
        current = self.numbering_combo.currentIndex()
        self.numbering_combo.clear()
        self.numbering_combo.addItem(self.tr("1, 2, 3 … from the left"),
                                     SeatNumbering.LEFT_TO_RIGHT)
        self.numbering_combo.addItem(self.tr("Seat 1 in the middle, odd right, even left"),
                                     SeatNumbering.ODD_EVEN)
        self.numbering_combo.setCurrentIndex(max(0, current))
        self.apply_plan_button.setText(self.tr("Apply"))
        self.seat_button.setText(self.tr("Seat the selected guest here"))
        self.unseat_button.setText(self.tr("Take off the seat"))
        self.hint_label.setText(self.tr("Drag a guest from the list onto a seat, or onto "
                                        "another guest to swap. Seats are shown as the "
                                        "audience faces the stage."))
        self.guest_model.retranslate()
        self.seat_model.retranslate()

    def reload(self) -> None:
        guests = [row for row in self.controller.read(list_guests) if row.coming]
        plan = self.controller.read(get_seating_plan)
        current = self.seat_view.currentIndex()
        self.guest_model.set_rows(guests)
        self.guest_view.resizeColumnsToContents()
        if not self._list_fitted:
            self._fit_guest_list()
        self.seat_model.set_plan(plan, guests)
        if current.isValid():
            self.seat_view.setCurrentIndex(self.seat_model.index(current.row(),
                                                                 current.column()))
        self.rows_spin.setValue(plan.rows)
        self.seats_spin.setValue(plan.seats_per_row)
        self.numbering_combo.setCurrentIndex(self.numbering_combo.findData(plan.numbering))
        writable = not self.controller.read_only
        for widget in (self.apply_plan_button, self.seat_button, self.unseat_button):
            widget.setEnabled(writable)

    # -- edits (each one undoable) ---------------------------------------------------

    def _fit_guest_list(self) -> None:
        # Once: the list as wide as its columns in this language, so that no column
        # hides behind a scroll bar; the user may then move the divider.
        header = self.guest_view.horizontalHeader()
        wanted = sum(header.sectionSizeHint(i) if i == header.count() - 1
                     else header.sectionSize(i)
                     for i in range(header.count()) if not header.isSectionHidden(i))
        wanted += 2 * self.guest_view.frameWidth() + self.guest_view.verticalScrollBar(
            ).sizeHint().width()
        sizes = self.splitter.sizes()
        if sum(sizes) > 0:
            self._list_fitted = True
            if wanted > sizes[0]:
                self.splitter.setSizes([wanted, max(sum(sizes) - wanted, 0)])

    def seat(self, guest_id: int, seat: Seat) -> bool:
        """Put a guest on a seat (from a drop or the button)."""
        if self.controller.read_only:
            return False
        number = self.guest_model.row_of(guest_id)
        name = self.guest_model.row_at(number).name if number >= 0 else ""
        return self.controller.push(seat_command(self.controller, guest_id, name, seat), self)

    def seat_selected(self) -> None:
        """Seat the guest selected in the list on the seat selected in the grid."""
        rows = self.guest_view.selectionModel().selectedRows()
        seat = self.seat_model.seat_at(self.seat_view.currentIndex())
        if rows and seat is not None:
            self.seat(rows[0].data(RowRole).id, seat)

    def unseat_current(self) -> None:
        """Take the guest on the selected seat off it."""
        guest = self.seat_model.guest_at(self.seat_view.currentIndex())
        if guest is not None:
            self.controller.push(unseat_command(self.controller, [guest.id]), self)

    def apply_plan(self) -> None:
        """Resize the plan as the spin boxes say."""
        plan = SeatingPlanRow(self.rows_spin.value(), self.seats_spin.value(),
                              self.numbering_combo.currentData())
        if plan != self.controller.read(get_seating_plan):
            self.controller.push(plan_command(self.controller, plan), self)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                self.seat_view.hasFocus():
            self.unseat_current()
            return
        super().keyPressEvent(event)
