"""Builds the demo gala's guests from `guests_data`, linked to its people, posts and sponsors."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.demo.guests_data import GUESTS, SEATING
from gala_manager.core.guests.records import add_guest
from gala_manager.core.guests.rows import GuestData, SeatingPlanRow
from gala_manager.core.guests.seating import set_seating_plan, set_seats
from gala_manager.core.models import Person, Post, SeatNumbering, Sponsor


def fill_guests(session: Session) -> None:
    """Eight guests on the front rows, each with someone to meet them."""
    set_seating_plan(session, plan=SeatingPlanRow(
        SEATING["rows"], SEATING["seats_per_row"], SeatNumbering(SEATING["numbering"])))
    people = dict(session.execute(select(Person.name, Person.id)).all())
    posts = dict(session.execute(select(Post.name, Post.id)).all())
    sponsors = dict(session.execute(select(Sponsor.company, Sponsor.id)).all())
    seats = {}
    for (name, title, kind, contact, inviter, status, arrival, seat, receiver, sponsor,
         notes) in GUESTS:
        by_post = isinstance(receiver, tuple)  # ("post", NAME), else a person's name
        guest_id = add_guest(session, data=GuestData(
            name=name, title=title, kind=kind, contact=contact,
            inviter_person_id=people.get(inviter), status=status, arrival_time=arrival,
            receiver_person_id=None if by_post else people.get(receiver),
            receiver_post_id=posts.get(receiver[1]) if by_post else None,
            sponsor_id=sponsors.get(sponsor), notes=notes))
        seats[guest_id] = seat
    set_seats(session, assignments=seats)
