"""Posts on the night and the shifts of the gala day: verbs and rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import InUseError, NotFoundError, ValidationError
from gala_manager.core.models import Duty, DutyPerson, Person, Post, Shift
from gala_manager.core.operations import Area, changes
from gala_manager.core.references import find_referrers, reattach

DAY = 24 * 60


@dataclass(frozen=True)
class PostData:
    """What a user edits about a post."""

    name: str
    place: str = ""
    needed: int = 1
    notes: str = ""


@dataclass(frozen=True)
class PostRow:
    """A post as plain values."""

    id: int
    name: str
    place: str
    needed: int
    notes: str


@dataclass(frozen=True)
class ShiftData:
    """A period of the gala day; `end` not after `start` means after midnight."""

    name: str
    start: dt.time
    end: dt.time

    @property
    def start_minute(self) -> int:
        """Minutes after midnight of the gala day."""
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minute(self) -> int:
        """Minutes after midnight of the gala day, past 1440 after midnight."""
        end = self.end.hour * 60 + self.end.minute
        return end + DAY if end <= self.start_minute else end


@dataclass(frozen=True)
class ShiftRow(ShiftData):
    """A shift as plain values."""

    id: int = 0


def overlaps(a: ShiftData, b: ShiftData) -> bool:
    """Whether two shifts share any minute (touching ends do not overlap)."""
    return a.start_minute < b.end_minute and b.start_minute < a.end_minute


@dataclass(frozen=True)
class RemovedDuties:
    """Duties and assignments removed with a post or shift, to restore them."""

    duties: tuple[tuple[int, int, int, int], ...]  # id, post_id, shift_id, needed
    assignments: tuple[tuple[int, int, int], ...]  # id, duty_id, person_id


@dataclass(frozen=True)
class PostSnapshot:
    """A removed post; `links` are other areas' rows that named it (a guest's receiver)."""

    id: int
    sort_order: int
    data: PostData
    removed: RemovedDuties
    links: tuple = ()


@dataclass(frozen=True)
class ShiftSnapshot:
    """A removed shift."""

    id: int
    data: ShiftData
    removed: RemovedDuties


def list_posts(session: Session) -> list[PostRow]:
    """Posts in their display order."""
    return [PostRow(p.id, p.name, p.place, p.needed, p.notes)
            for p in session.scalars(select(Post).order_by(Post.sort_order, Post.id))]


def list_shifts(session: Session) -> list[ShiftRow]:
    """Shifts by start time."""
    rows = [ShiftRow(s.name, s.start, s.end, s.id) for s in session.scalars(select(Shift))]
    return sorted(rows, key=lambda s: (s.start_minute, s.end_minute, s.id))


def _valid_post(session: Session, data: PostData, post_id: int | None) -> PostData:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    clash = session.scalar(select(Post.id).where(Post.name == name))
    if clash is not None and clash != post_id:
        raise ValidationError("name", "duplicate", name)
    if not isinstance(data.needed, int) or not 0 <= data.needed <= 99:
        raise ValidationError("needed", "out_of_range", data.needed)
    return PostData(name, data.place.strip(), data.needed, data.notes)


def _valid_shift(session: Session, data: ShiftData, shift_id: int | None) -> ShiftData:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    clash = session.scalar(select(Shift.id).where(Shift.name == name))
    if clash is not None and clash != shift_id:
        raise ValidationError("name", "duplicate", name)
    if data.start == data.end:
        raise ValidationError("end", "empty_shift", data.end)
    return ShiftData(name, data.start.replace(second=0, microsecond=0),
                     data.end.replace(second=0, microsecond=0))


@changes(Area.STAFF)
def create_post(session: Session, *, data: PostData, post_id: int | None = None) -> int:
    """Add a post at the end (under `post_id` on a redo); returns its id."""
    data = _valid_post(session, data, None)
    last = session.scalar(select(Post.sort_order).order_by(Post.sort_order.desc()))
    post = Post(id=post_id, name=data.name, place=data.place, needed=data.needed, notes=data.notes,
                sort_order=(last or 0) + 1)
    session.add(post)
    session.flush()
    return post.id


@changes(Area.STAFF)
def update_post(session: Session, *, post_id: int, data: PostData) -> PostData:
    """Replace a post's data; returns the previous data."""
    post = session.get(Post, post_id)
    if post is None:
        raise NotFoundError("post", post_id)
    data = _valid_post(session, data, post_id)
    previous = PostData(post.name, post.place, post.needed, post.notes)
    post.name, post.place, post.needed, post.notes = (data.name, data.place, data.needed,
                                                      data.notes)
    return previous


@changes(Area.STAFF)
def create_shift(session: Session, *, data: ShiftData, shift_id: int | None = None) -> int:
    """Add a shift (under `shift_id` on a redo); returns its id."""
    data = _valid_shift(session, data, None)
    shift = Shift(id=shift_id, name=data.name, start=data.start, end=data.end)
    session.add(shift)
    session.flush()
    return shift.id


@changes(Area.STAFF)
def update_shift(session: Session, *, shift_id: int, data: ShiftData) -> ShiftData:
    """Replace a shift's name and times; returns the previous ones."""
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFoundError("shift", shift_id)
    data = _valid_shift(session, data, shift_id)
    previous = ShiftData(shift.name, shift.start, shift.end)
    shift.name, shift.start, shift.end = data.name, data.start, data.end
    return previous


def _take_duties(session: Session, where, force: bool, kind: str, key: int) -> RemovedDuties:
    duties = session.scalars(select(Duty).where(where).order_by(Duty.id)).all()
    ids = [d.id for d in duties]
    people = session.execute(
        select(DutyPerson.id, DutyPerson.duty_id, DutyPerson.person_id, Person.name)
        .join(Person, DutyPerson.person_id == Person.id)
        .where(DutyPerson.duty_id.in_(ids)).order_by(DutyPerson.id)).all()
    if people and not force:
        raise InUseError(kind, key, [f"assigned:{name}" for *_, name in people])
    removed = RemovedDuties(tuple((d.id, d.post_id, d.shift_id, d.needed) for d in duties),
                            tuple((i, d, p) for i, d, p, _ in people))
    for row in session.scalars(select(DutyPerson).where(DutyPerson.duty_id.in_(ids))):
        session.delete(row)
    # No ORM relationship orders these deletes, so the people go first explicitly.
    session.flush()
    for duty in duties:
        session.delete(duty)
    session.flush()
    return removed


def _put_back(session: Session, removed: RemovedDuties) -> None:
    for duty_id, post_id, shift_id, needed in removed.duties:
        session.add(Duty(id=duty_id, post_id=post_id, shift_id=shift_id, needed=needed))
    session.flush()
    for row_id, duty_id, person_id in removed.assignments:
        if session.get(Person, person_id) is not None:
            session.add(DutyPerson(id=row_id, duty_id=duty_id, person_id=person_id))
    session.flush()


@changes(Area.STAFF, Area.GUESTS)
def remove_post(session: Session, *, post_id: int, force: bool = False) -> PostSnapshot:
    """Delete a post; with people assigned only when `force` (else `InUseError`)."""
    post = session.get(Post, post_id)
    if post is None:
        raise NotFoundError("post", post_id)
    data = PostData(post.name, post.place, post.needed, post.notes)
    removed = _take_duties(session, Duty.post_id == post_id, force, "post", post_id)
    links = tuple(find_referrers(session, "post", post_id, skip={("duty", "post_id")}))
    snapshot = PostSnapshot(post_id, post.sort_order, data, removed, links)
    session.delete(post)
    return snapshot


@changes(Area.STAFF, Area.GUESTS)
def restore_post(session: Session, *, snapshot: PostSnapshot) -> int:
    """Put a removed post back with its duties and assignments (undo)."""
    data = snapshot.data
    session.add(Post(id=snapshot.id, name=data.name, place=data.place, needed=data.needed,
                     notes=data.notes, sort_order=snapshot.sort_order))
    session.flush()
    _put_back(session, snapshot.removed)
    reattach(session, list(snapshot.links), snapshot.id)
    return snapshot.id


@changes(Area.STAFF)
def remove_shift(session: Session, *, shift_id: int, force: bool = False) -> ShiftSnapshot:
    """Delete a shift; with people assigned only when `force` (else `InUseError`)."""
    shift = session.get(Shift, shift_id)
    if shift is None:
        raise NotFoundError("shift", shift_id)
    data = ShiftData(shift.name, shift.start, shift.end)
    removed = _take_duties(session, Duty.shift_id == shift_id, force, "shift", shift_id)
    session.delete(shift)
    return ShiftSnapshot(shift_id, data, removed)


@changes(Area.STAFF)
def restore_shift(session: Session, *, snapshot: ShiftSnapshot) -> int:
    """Put a removed shift back with its duties and assignments (undo)."""
    data = snapshot.data
    session.add(Shift(id=snapshot.id, name=data.name, start=data.start, end=data.end))
    session.flush()
    _put_back(session, snapshot.removed)
    return snapshot.id
