"""Verbs that define the evening's draws: add, edit, reorder, remove and restore."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from gala_manager.core.draws.errors import AlreadyDrawnError
from gala_manager.core.draws.pool import MAX_RANGE, excluded_numbers
from gala_manager.core.draws.rows import DrawData, DrawRow, RemovedDraw, WinnerRow
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Draw, DrawName, DrawWinner, PoolKind, SupplyItem
from gala_manager.core.operations import Area, changes

MAX_WINNERS = 1000
MAX_NAMES = 20_000
# What decided a draw's result; it cannot change once the draw has winners.
_DECIDING = ("prize_item_id", "winners", "pool_kind", "range_low", "range_high", "names",
             "excluded", "exclude_earlier_winners", "exclude_committee")
_COLUMNS = ("name", "prize_item_id", "winners", "pool_kind", "range_low", "range_high",
            "excluded", "exclude_earlier_winners", "exclude_committee", "notes")


def clean_draw(session: Session, data: DrawData) -> DrawData:
    """The data trimmed and checked; `ValidationError` or `NotFoundError` when it cannot be."""
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    if len(name) > 100:
        raise ValidationError("name", "too_long", len(name))
    if not 1 <= data.winners <= MAX_WINNERS:
        raise ValidationError("winners", "out_of_range", data.winners)
    if data.prize_item_id is not None and session.get(SupplyItem, data.prize_item_id) is None:
        raise NotFoundError("supply_item", data.prize_item_id)
    kind = PoolKind(data.pool_kind)
    names = tuple(n.strip() for n in data.names if n.strip())
    if kind == PoolKind.RANGE:
        low, high = data.range_low, data.range_high
        if low is None or high is None:
            raise ValidationError("range", "required", (low, high))
        if low < 0 or high < low or high - low >= MAX_RANGE:
            raise ValidationError("range", "out_of_range", (low, high))
        _, unreadable = excluded_numbers(data.excluded)
        if unreadable:
            raise ValidationError("excluded", "not_a_number", unreadable[0])
    else:
        low = high = None
        if not names:
            raise ValidationError("names", "required", "")
        if len(names) > MAX_NAMES:
            raise ValidationError("names", "out_of_range", len(names))
        long = next((n for n in names if len(n) > 100), None)
        if long is not None:
            raise ValidationError("names", "too_long", long)
    return data.replace(name=name, pool_kind=kind, range_low=low, range_high=high,
                        names=names, excluded=data.excluded.strip(), notes=data.notes.strip())


def _data(session: Session, draw: Draw) -> DrawData:
    names = tuple(session.scalars(select(DrawName.name).where(DrawName.draw_id == draw.id)
                                  .order_by(DrawName.position, DrawName.id)))
    return DrawData(**{c: getattr(draw, c) for c in _COLUMNS}, names=names)


def _winners(session: Session) -> dict[int, list[WinnerRow]]:
    rows = list(session.scalars(select(DrawWinner).order_by(DrawWinner.draw_id,
                                                            DrawWinner.position)))
    entries = {w.id: w.entry for w in rows}
    found: dict[int, list[WinnerRow]] = {}
    for w in rows:
        found.setdefault(w.draw_id, []).append(WinnerRow(
            w.id, w.draw_id, w.entry, w.at, w.position, w.status,
            entries.get(w.redraw_of_id, "")))
    return found


def list_draws(session: Session) -> list[DrawRow]:
    """Every draw in the evening's order, with its prize's name and its winners."""
    items = dict(session.execute(select(SupplyItem.id, SupplyItem.name)).all())
    winners = _winners(session)
    return [DrawRow(d.id, _data(session, d), d.sort_order, items.get(d.prize_item_id, ""),
                    tuple(winners.get(d.id, ())))
            for d in session.scalars(select(Draw).order_by(Draw.sort_order, Draw.id))]


def get_draw(session: Session, *, draw_id: int) -> DrawRow:
    """One draw; `NotFoundError` when it is gone."""
    for row in list_draws(session):
        if row.id == draw_id:
            return row
    raise NotFoundError("draw", draw_id)


def _has_winners(session: Session, draw_id: int) -> bool:
    return bool(session.scalar(select(func.count(DrawWinner.id))
                               .where(DrawWinner.draw_id == draw_id)))


def _write(session: Session, draw: Draw, data: DrawData) -> None:
    for column in _COLUMNS:
        setattr(draw, column, getattr(data, column))
    session.flush()
    session.execute(delete(DrawName).where(DrawName.draw_id == draw.id))
    session.add_all(DrawName(draw_id=draw.id, name=n, position=i)
                    for i, n in enumerate(data.names))
    session.flush()


@changes(Area.DRAWS)
def add_draw(session: Session, *, data: DrawData, draw_id: int | None = None,
             sort_order: int | None = None) -> int:
    """A new draw at the end of the evening's list (or back under its old id and place)."""
    data = clean_draw(session, data)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(Draw.sort_order))) or 0) + 1
    draw = Draw(id=draw_id, name=data.name, sort_order=sort_order)
    session.add(draw)
    session.flush()
    _write(session, draw, data)
    return draw.id


@changes(Area.DRAWS)
def edit_draw(session: Session, *, draw_id: int, data: DrawData) -> DrawData:
    """Change a draw; returns its data before. Once drawn, only its name and notes change."""
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise NotFoundError("draw", draw_id)
    data = clean_draw(session, data)
    before = _data(session, draw)
    if _has_winners(session, draw_id) and any(
            getattr(before, f) != getattr(data, f) for f in _DECIDING):
        raise AlreadyDrawnError(draw_id)
    _write(session, draw, data)
    return before


@changes(Area.DRAWS)
def remove_draw(session: Session, *, draw_id: int) -> RemovedDraw:
    """Delete a draw that has not been drawn; `AlreadyDrawnError` once it has winners."""
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise NotFoundError("draw", draw_id)
    if _has_winners(session, draw_id):
        raise AlreadyDrawnError(draw_id)
    removed = RemovedDraw(draw.id, _data(session, draw), draw.sort_order)
    session.delete(draw)
    session.flush()
    return removed


@changes(Area.DRAWS)
def restore_draw(session: Session, *, removed: RemovedDraw) -> int:
    """Put back a removed draw under its id and place (undo of a removal)."""
    return add_draw(session, data=removed.data, draw_id=removed.id,
                    sort_order=removed.sort_order)
