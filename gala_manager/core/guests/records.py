"""Verbs that add, edit, remove and restore guests, and read them for pages and exports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.guests.rows import GUEST_FIELDS, GuestData, GuestRow, RemovedGuest
from gala_manager.core.models import Guest, GuestKind, GuestStatus, Person, Post, Sponsor
from gala_manager.core.operations import Area, changes
from gala_manager.core.references import find_referrers, reattach


def clean_guest(session: Session, data: GuestData) -> GuestData:
    """The data trimmed and checked; `ValidationError` or `NotFoundError` when it cannot be."""
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    if len(name) > 100:
        raise ValidationError("name", "too_long", len(name))
    if len(data.title.strip()) > 200:
        raise ValidationError("title", "too_long", len(data.title))
    if data.arrival_time is not None and not isinstance(data.arrival_time, dt.time):
        raise ValidationError("arrival_time", "invalid", data.arrival_time)
    for kind, model, key in (("person", Person, data.inviter_person_id),
                             ("person", Person, data.receiver_person_id),
                             ("post", Post, data.receiver_post_id),
                             ("sponsor", Sponsor, data.sponsor_id)):
        if key is not None and session.get(model, key) is None:
            raise NotFoundError(kind, key)
    return data.replace(name=name, title=data.title.strip(), contact=data.contact.strip()[:100],
                        kind=GuestKind(data.kind), status=GuestStatus(data.status))


def list_guests(session: Session, kind: GuestKind | None = None) -> list[GuestRow]:
    """Every guest (or those of one kind) in the committee's order."""
    people = dict(session.execute(select(Person.id, Person.name)).all())
    posts = dict(session.execute(select(Post.id, Post.name)).all())
    sponsors = dict(session.execute(select(Sponsor.id, Sponsor.company)).all())
    query = select(Guest).order_by(Guest.sort_order, Guest.id)
    if kind is not None:
        query = query.where(Guest.kind == GuestKind(kind))
    rows = []
    for guest in session.scalars(query):
        post = posts.get(guest.receiver_post_id, "")
        person = people.get(guest.receiver_person_id, "")
        rows.append(GuestRow(
            guest.id, GuestData(**{name: getattr(guest, name) for name in GUEST_FIELDS}),
            (guest.seat_row, guest.seat_number) if guest.seat_row is not None else None,
            guest.sort_order, people.get(guest.inviter_person_id, ""), person or post,
            not person and bool(post), sponsors.get(guest.sponsor_id, "")))
    return rows


def get_guest(session: Session, *, guest_id: int) -> GuestRow:
    """One guest; `NotFoundError` when gone."""
    row = next((r for r in list_guests(session) if r.id == guest_id), None)
    if row is None:
        raise NotFoundError("guest", guest_id)
    return row


@changes(Area.GUESTS, Area.AWARDS)
def add_guest(session: Session, *, data: GuestData, guest_id: int | None = None,
              sort_order: int | None = None) -> int:
    """Add a guest at the end of the list; returns the id (`guest_id` on a redo)."""
    data = clean_guest(session, data)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(Guest.sort_order))) or 0) + 1
    guest = Guest(id=guest_id, sort_order=sort_order,
                  **{name: getattr(data, name) for name in GUEST_FIELDS})
    session.add(guest)
    session.flush()
    return guest.id


@changes(Area.GUESTS, Area.AWARDS)
def update_guest(session: Session, *, guest_id: int, data: GuestData) -> GuestData:
    """Replace a guest's data; returns the previous data (for undo)."""
    guest = session.get(Guest, guest_id)
    if guest is None:
        raise NotFoundError("guest", guest_id)
    previous = GuestData(**{name: getattr(guest, name) for name in GUEST_FIELDS})
    data = clean_guest(session, data)
    for name in GUEST_FIELDS:
        setattr(guest, name, getattr(data, name))
    return previous


@changes(Area.GUESTS, Area.AWARDS)
def remove_guests(session: Session, *, guest_ids: list[int]) -> list[RemovedGuest]:
    """Remove guests; returns what puts them back, seats included."""
    removed = []
    for guest_id in guest_ids:
        guest = session.get(Guest, guest_id)
        if guest is None:
            raise NotFoundError("guest", guest_id)
        seat = (guest.seat_row, guest.seat_number) if guest.seat_row is not None else None
        # Rows of other areas naming the guest are unlinked by their foreign keys;
        # remember them so that undo links them again.
        links = tuple(find_referrers(session, "guest", guest_id, skip=set()))
        removed.append(RemovedGuest(guest_id, guest.sort_order, GuestData(
            **{name: getattr(guest, name) for name in GUEST_FIELDS}), seat, links))
        session.delete(guest)
    session.flush()
    return removed


@changes(Area.GUESTS, Area.AWARDS)
def restore_guests(session: Session, *, removed: list[RemovedGuest]) -> list[int]:
    """Put removed guests back under their ids, on their seats when these are still free."""
    ids = []
    for gone in removed:
        data = gone.data
        for name, model in (("inviter_person_id", Person), ("receiver_person_id", Person),
                            ("receiver_post_id", Post), ("sponsor_id", Sponsor)):
            key = getattr(data, name)
            if key is not None and session.get(model, key) is None:
                data = data.replace(**{name: None})
        guest_id = add_guest(session, data=data, guest_id=gone.id, sort_order=gone.sort_order)
        if gone.seat is not None and session.scalar(select(Guest.id).where(
                Guest.seat_row == gone.seat[0], Guest.seat_number == gone.seat[1])) is None:
            guest = session.get(Guest, guest_id)
            guest.seat_row, guest.seat_number = gone.seat
        reattach(session, list(gone.links), guest_id)
        ids.append(guest_id)
    session.flush()
    return ids


@changes(Area.GUESTS, Area.AWARDS)
def set_guest_statuses(session: Session, *,
                       statuses: dict[int, GuestStatus]) -> dict[int, GuestStatus]:
    """Give each guest an invitation status; returns the previous ones (for undo)."""
    previous = {}
    for guest_id, status in statuses.items():
        guest = session.get(Guest, guest_id)
        if guest is None:
            raise NotFoundError("guest", guest_id)
        previous[guest_id] = guest.status
        guest.status = GuestStatus(status)
    return previous
