"""Table models of the Guests page: the guest list and the seats of the front rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt

from gala_manager.app.guests.wording import (
    guest_kind_label,
    guest_status_label,
    row_label,
    seat_label,
)
from gala_manager.core.guests.rows import GuestRow, Seat, SeatingPlanRow
from gala_manager.core.models import GuestKind, GuestStatus
from gala_manager.ui import theme
from gala_manager.ui.table_model import (
    CENTER,
    Column,
    RowTableModel,
    ids_from_mime,
    ids_mime,
)
from gala_manager.ui.theme import Tone

GUEST_MIME = "application/x-gala-guest-ids"
_STATUS_TONES = {GuestStatus.TO_INVITE: Tone.TINT_NEUTRAL, GuestStatus.INVITED: Tone.TINT_WARNING,
                 GuestStatus.CONFIRMED: Tone.TINT_SUCCESS, GuestStatus.DECLINED: Tone.TINT_DONE}
# A tint per kind of guest on the seating plan, so that judges and leaders stand out.
_KIND_TONES = {GuestKind.LEADER: Tone.TINT_ERROR, GuestKind.JUDGE: Tone.TINT_WARNING,
               GuestKind.SPONSOR: Tone.TINT_INFO, GuestKind.MEDIA: Tone.TINT_SUCCESS,
               GuestKind.ALUMNUS: Tone.TINT_SECTION, GuestKind.OTHER: Tone.TINT_NEUTRAL}


class GuestTableModel(RowTableModel[GuestRow]):
    """One row per guest; rows drag onto the seating plan as their ids."""

    drag_mime = GUEST_MIME
    drag_actions = Qt.DropAction.MoveAction

    def declare_columns(self) -> list[Column[GuestRow]]:
        return [
            Column("name", self.tr("Name"), lambda r: r.name),
            Column("title", self.tr("Title / organisation"), lambda r: r.data.title),
            Column("kind", self.tr("Kind"), lambda r: guest_kind_label(r.data.kind),
                   sort=lambda r: list(GuestKind).index(r.data.kind)),
            Column("status", self.tr("Invitation"), lambda r: guest_status_label(r.data.status),
                   sort=lambda r: list(GuestStatus).index(r.data.status)),
            Column("seat", self.tr("Seat"), lambda r: seat_label(r.seat),
                   sort=lambda r: r.seat or (999, 999)),
            Column("arrival", self.tr("Arrives"), lambda r: r.data.arrival_time.strftime(
                "%H:%M") if r.data.arrival_time else "", align=CENTER),
            Column("receiver", self.tr("Met by"), lambda r: r.receiver),
            Column("inviter", self.tr("Invited by"), lambda r: r.inviter),
            Column("contact", self.tr("Contact"), lambda r: r.data.contact),
            Column("notes", self.tr("Notes"), lambda r: r.data.notes,
                   tooltip=lambda r: r.data.notes or None),
        ]

    def cell_data(self, row: GuestRow, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole and column.key == "status":
            return theme.colour(_STATUS_TONES[row.data.status])
        if role == Qt.ItemDataRole.ForegroundRole and not row.coming:
            return theme.colour(Tone.MUTED)
        return None


@dataclass(frozen=True)
class SeatRow:
    """One row of the plan: its number and who sits on each seat (by seat number)."""

    number: int
    guests: dict[int, GuestRow]

    @property
    def id(self) -> int:
        return self.number


class SeatingTableModel(RowTableModel[SeatRow]):
    """Rows of seats, columns in the order the audience sees them; guests drop onto a seat.

    Drops are handed to the page through `seat_requested(guest_id, seat)`: the model
    never writes to the gala.
    """

    drag_mime = GUEST_MIME
    drag_actions = Qt.DropAction.MoveAction
    drop_actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def __init__(self, parent=None) -> None:
        self._plan = SeatingPlanRow()
        super().__init__(parent)
        self.seat_requested: Callable[[int, Seat], bool] | None = None

    def declare_columns(self) -> list[Column[SeatRow]]:
        return [Column(f"seat_{number}", self.tr("Seat {number}").format(number=number),
                       lambda r, n=number: r.guests[n].name if n in r.guests else "",
                       align=CENTER,
                       tooltip=lambda r, n=number: self._tooltip(r, n))
                for number in self._plan.seat_order()]

    def _tooltip(self, row: SeatRow, number: int) -> str | None:
        guest = row.guests.get(number)
        if guest is None:
            return seat_label((row.number, number))
        return "\n".join(p for p in (seat_label((row.number, number)), guest.name,
                                     guest.data.title, guest_kind_label(guest.data.kind)) if p)

    def set_plan(self, plan: SeatingPlanRow, guests: Sequence[GuestRow]) -> None:
        """Show the plan with its guests (columns follow the plan's size and numbering)."""
        self.beginResetModel()
        self._plan = plan
        self._columns = self.declare_columns()
        self._by_key = {column.key: number for number, column in enumerate(self._columns)}
        by_row: dict[int, dict[int, GuestRow]] = {n: {} for n in range(1, plan.rows + 1)}
        for guest in guests:
            if guest.seat is not None and guest.seat[0] in by_row:
                by_row[guest.seat[0]][guest.seat[1]] = guest
        self._rows = [SeatRow(number, by_row[number]) for number in range(1, plan.rows + 1)]
        self._index = None
        self.endResetModel()

    def seat_at(self, index: QModelIndex) -> Seat | None:
        """The seat a cell stands for."""
        if not index.isValid():
            return None
        return (self._rows[index.row()].number, self._plan.seat_order()[index.column()])

    def guest_at(self, index: QModelIndex) -> GuestRow | None:
        """The guest on a cell's seat, if any."""
        seat = self.seat_at(index)
        return None if seat is None else self._rows[index.row()].guests.get(seat[1])

    def index_of_seat(self, seat: Seat) -> QModelIndex:
        """The cell of a seat."""
        order = self._plan.seat_order()
        if not self._plan.holds(seat):
            return QModelIndex()
        return self.index(seat[0] - 1, order.index(seat[1]))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return row_label(section + 1)
        return super().headerData(section, orientation, role)

    def cell_data(self, row: SeatRow, column: Column, role: int):
        if role == Qt.ItemDataRole.BackgroundRole:
            number = int(column.key.removeprefix("seat_"))
            guest = row.guests.get(number)
            if guest is not None:
                return theme.colour(_KIND_TONES[guest.data.kind])
        return None

    # -- drag and drop ---------------------------------------------------------------

    def mimeData(self, indexes):
        ids = [guest.id for guest in (self.guest_at(i) for i in indexes) if guest is not None]
        return ids_mime(GUEST_MIME, ids)

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return parent.isValid() and bool(ids_from_mime(data, GUEST_MIME))

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """A guest dropped on a seat takes it; whoever sat there moves to the guest's seat."""
        ids = ids_from_mime(data, GUEST_MIME)
        seat = self.seat_at(parent)
        if not ids or seat is None or self.seat_requested is None:
            return False
        return self.seat_requested(ids[0], seat)
