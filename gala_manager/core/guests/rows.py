"""Plain-value rows of guests and the seating plan, for verbs, pages and exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from gala_manager.core.models import GuestKind, GuestStatus, SeatNumbering

Seat = tuple[int, int]  # (row, number), both from 1


@dataclass(frozen=True)
class GuestData:
    """What a user edits about a guest; the seat is set on the seating plan."""

    name: str
    title: str = ""
    kind: GuestKind = GuestKind.OTHER
    contact: str = ""
    inviter_person_id: int | None = None
    status: GuestStatus = GuestStatus.TO_INVITE
    arrival_time: dt.time | None = None
    receiver_person_id: int | None = None
    receiver_post_id: int | None = None
    sponsor_id: int | None = None
    notes: str = ""

    def replace(self, **changes: object) -> GuestData:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


GUEST_FIELDS = tuple(f.name for f in dataclasses.fields(GuestData))


@dataclass(frozen=True)
class GuestRow:
    """A guest with the names its ids refer to and its seat."""

    id: int
    data: GuestData
    seat: Seat | None = None
    sort_order: int = 0
    inviter: str = ""
    receiver: str = ""          # the person's name, or the post's
    receiver_is_post: bool = False
    sponsor: str = ""

    @property
    def name(self) -> str:
        return self.data.name

    @property
    def coming(self) -> bool:
        """Not declined: someone to seat, meet and print for."""
        return self.data.status != GuestStatus.DECLINED


@dataclass(frozen=True)
class RemovedGuest:
    """A removed guest, enough to put them back with the same id and seat; `links` are other
    areas' rows that named them (a judge's scores)."""

    id: int
    sort_order: int
    data: GuestData
    seat: Seat | None
    links: tuple = ()


@dataclass(frozen=True)
class SeatingPlanRow:
    """The reserved front rows."""

    rows: int = 2
    seats_per_row: int = 12
    numbering: SeatNumbering = SeatNumbering.LEFT_TO_RIGHT

    def seat_order(self) -> list[int]:
        """Seat numbers from left to right as the audience faces the stage."""
        count = self.seats_per_row
        if self.numbering == SeatNumbering.LEFT_TO_RIGHT:
            return list(range(1, count + 1))
        evens = [n for n in range(count, 0, -1) if n % 2 == 0]
        odds = [n for n in range(1, count + 1) if n % 2 == 1]
        return evens + odds  # …6 4 2 | 1 3 5…: seat 1 in the middle

    def holds(self, seat: Seat) -> bool:
        """Whether a seat exists in this plan."""
        row, number = seat
        return 1 <= row <= self.rows and 1 <= number <= self.seats_per_row
