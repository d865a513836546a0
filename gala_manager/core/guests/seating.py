"""The seating plan of the front rows: its size, and verbs that seat, swap and unseat guests."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.guests.rows import Seat, SeatingPlanRow
from gala_manager.core.models import Guest, SeatingPlan, SeatNumbering
from gala_manager.core.operations import Area, changes

PLAN_ID = 1
MAX_ROWS, MAX_SEATS = 30, 60


def get_seating_plan(session: Session) -> SeatingPlanRow:
    """The plan's size and numbering (two rows of twelve until set)."""
    plan = session.get(SeatingPlan, PLAN_ID)
    if plan is None:
        return SeatingPlanRow()
    return SeatingPlanRow(plan.rows, plan.seats_per_row, plan.numbering)


def seats(session: Session) -> dict[Seat, int]:
    """Who sits where: guest id by (row, number)."""
    return {(row, number): guest_id for guest_id, row, number in session.execute(
        select(Guest.id, Guest.seat_row, Guest.seat_number).where(Guest.seat_row.is_not(None)))}


@changes(Area.GUESTS)
def set_seating_plan(session: Session, *, plan: SeatingPlanRow) -> SeatingPlanRow:
    """Resize the plan; refused while a guest sits where the new plan has no seat.

    Returns the previous plan (for undo).
    """
    if not 1 <= plan.rows <= MAX_ROWS:
        raise ValidationError("rows", "out_of_range", plan.rows)
    if not 1 <= plan.seats_per_row <= MAX_SEATS:
        raise ValidationError("seats_per_row", "out_of_range", plan.seats_per_row)
    outside = sorted(seat for seat in seats(session) if not plan.holds(seat))
    if outside:
        raise ValidationError("rows", "seats_taken", outside)
    previous = get_seating_plan(session)
    row = session.get(SeatingPlan, PLAN_ID)
    if row is None:
        row = SeatingPlan(id=PLAN_ID)
        session.add(row)
    row.rows, row.seats_per_row = plan.rows, plan.seats_per_row
    row.numbering = SeatNumbering(plan.numbering)
    return previous


@changes(Area.GUESTS)
def set_seats(session: Session, *, assignments: dict[int, Seat | None]) -> dict[int, Seat | None]:
    """Put each guest on a seat (None: no seat); returns the previous seats (for undo).

    Two guests may swap in one call: seats are emptied first, then filled.
    """
    plan = get_seating_plan(session)
    guests = {}
    for guest_id, seat in assignments.items():
        guest = session.get(Guest, guest_id)
        if guest is None:
            raise NotFoundError("guest", guest_id)
        if seat is not None and not plan.holds(tuple(seat)):
            raise ValidationError("seat", "outside_plan", seat)
        guests[guest_id] = guest
    previous = {guest_id: ((g.seat_row, g.seat_number) if g.seat_row is not None else None)
                for guest_id, g in guests.items()}
    for guest in guests.values():
        guest.seat_row = guest.seat_number = None
    session.flush()
    taken = seats(session)
    for guest_id, seat in assignments.items():
        if seat is None:
            continue
        if tuple(seat) in taken:
            raise ValidationError("seat", "taken", seat)
        guests[guest_id].seat_row, guests[guest_id].seat_number = seat
        taken[tuple(seat)] = guest_id
    session.flush()
    return previous


@changes(Area.GUESTS)
def seat_guest(session: Session, *, guest_id: int, seat: Seat) -> dict[int, Seat | None]:
    """Seat a guest; whoever sat there takes the guest's old seat (or none). Returns the
    previous seats of everyone moved (for undo with `set_seats`)."""
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFoundError("guest", guest_id)
    old = (guest.seat_row, guest.seat_number) if guest.seat_row is not None else None
    occupant = seats(session).get(tuple(seat))
    moves: dict[int, Seat | None] = {guest_id: tuple(seat)}
    if occupant is not None and occupant != guest_id:
        moves[occupant] = old
    return set_seats(session, assignments=moves)
