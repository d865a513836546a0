"""Drawing: winners picked with `secrets`, written with the draw's full account at once.

A draw's result exists only once it is committed: the big screen shows winners
returned by these verbs, after the transaction, so a crash can never show a
winner the file does not hold. The show log keeps, for each draw, the pool,
what was left out and why, the time and the result, so it can be explained.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.draws.errors import (
    AlreadyDrawnError,
    NotAbsentError,
    PoolTooSmallError,
    PrizeStockError,
)
from gala_manager.core.draws.pool import Pool, build_pool
from gala_manager.core.draws.rows import PrizeStock
from gala_manager.core.draws.setup import get_draw
from gala_manager.core.errors import NotFoundError
from gala_manager.core.models import (
    Draw,
    DrawWinner,
    Person,
    PrizeHandout,
    SupplyItem,
    WinnerStatus,
)
from gala_manager.core.operations import Area, changes
from gala_manager.core.show import EventKind, log_action

_random = secrets.SystemRandom()


@dataclass(frozen=True)
class DrawResult:
    """What a draw gave: the winners in the order drawn, and the log entry that holds it."""

    draw_id: int
    winners: tuple[str, ...]
    event_id: int
    rehearsal: bool = False


def _earlier_winners(session: Session, draw: Draw) -> set[str]:
    rows = session.scalars(select(DrawWinner.entry).join(Draw, Draw.id == DrawWinner.draw_id)
                           .where(DrawWinner.draw_id != draw.id,
                                  Draw.pool_kind == draw.pool_kind))
    return set(rows)


def current_pool(session: Session, *, draw_id: int) -> Pool:
    """Who can win this draw now, and who is left out and why."""
    row = get_draw(session, draw_id=draw_id)
    draw = session.get(Draw, draw_id)
    data = row.data
    committee = (set(session.scalars(select(Person.name))) if data.exclude_committee else ())
    return build_pool(data.pool_kind, low=data.range_low, high=data.range_high,
                      names=data.names, excluded=data.excluded,
                      earlier_winners=(_earlier_winners(session, draw)
                                       if data.exclude_earlier_winners else ()),
                      committee=committee, won=[w.entry for w in row.winners])


def prize_stock(session: Session, *, item_id: int) -> PrizeStock:
    """The prize's stock: its quantity in supplies, less what winners have collected."""
    item = session.get(SupplyItem, item_id)
    if item is None:
        raise NotFoundError("supply_item", item_id)
    collected = session.scalar(
        select(func.count(DrawWinner.id)).join(Draw, Draw.id == DrawWinner.draw_id)
        .where(Draw.prize_item_id == item_id, DrawWinner.status == WinnerStatus.COLLECTED))
    return PrizeStock(item_id, item.name, item.unit, int(item.quantity),
                      (collected or 0) + _quiz_handouts(session, item_id))


def _quiz_handouts(session: Session, item_id: int) -> int:
    """Prizes of this item the quiz handed out: the same stock (core/supplies/prizes.py)."""
    return session.scalar(select(func.count(PrizeHandout.id)).where(
        PrizeHandout.supply_item_id == item_id)) or 0


def _promised(session: Session, item_id: int) -> int:
    """Prizes drawn, collected or waiting to be: what the stock must still cover."""
    drawn = session.scalar(
        select(func.count(DrawWinner.id)).join(Draw, Draw.id == DrawWinner.draw_id)
        .where(Draw.prize_item_id == item_id, DrawWinner.status != WinnerStatus.ABSENT)) or 0
    return drawn + _quiz_handouts(session, item_id)


def check_can_draw(session: Session, *, draw_id: int, count: int | None = None) -> Pool:
    """The pool, or the error that would stop the draw (raised before anyone rolls)."""
    draw = session.get(Draw, draw_id)
    if draw is None:
        raise NotFoundError("draw", draw_id)
    needed = draw.winners if count is None else count
    pool = current_pool(session, draw_id=draw_id)
    if len(pool.entries) < needed:
        raise PoolTooSmallError(needed, len(pool.entries))
    if draw.prize_item_id is not None:
        stock = prize_stock(session, item_id=draw.prize_item_id)
        left = stock.quantity - _promised(session, draw.prize_item_id)
        if left < needed:
            raise PrizeStockError(needed, max(left, 0))
    return pool


def _account(draw: Draw, pool: Pool, prize: str, winners: list[str], at: dt.datetime,
             redraw_of: str = "") -> str:
    """The draw's record for the log, as JSON: enough to explain it afterwards."""
    pool_text = (f"{draw.range_low}-{draw.range_high}" if draw.range_low is not None
                 else f"{len(pool.entries) + len(pool.left_out)} names")
    return json.dumps({
        "draw": draw.name, "prize": prize, "pool": pool_text, "at": at.isoformat(),
        "candidates": len(pool.entries), "left_out": pool.left_out, "winners": winners,
        "redraw_of": redraw_of}, ensure_ascii=False, sort_keys=True)


def _log(session: Session, draw: Draw, pool: Pool, winners: list[str], at: dt.datetime,
         run: int | None, redraw_of: str = "") -> int:
    prize = session.get(SupplyItem, draw.prize_item_id) if draw.prize_item_id else None
    entry = log_action(session, at=at, kind=EventKind.DRAW, act_title=draw.name[:200],
                       detail=f"draw:{draw.id}", run=run,
                       note=_account(draw, pool, prize.name if prize else "", winners, at,
                                     redraw_of))
    return entry.id


@changes(Area.DRAWS, Area.SHOW, Area.SUPPLIES)
def run_draw(session: Session, *, draw_id: int, at: dt.datetime,
             run: int | None = None) -> DrawResult:
    """Draw the winners, write them and the draw's account to the log, in one transaction.

    `run` names a rehearsal run: the draw is then only logged there (a trial on the
    big screen), no winner is kept and no prize is taken from the stock.
    """
    if run is None and session.scalar(select(func.count(DrawWinner.id))
                                      .where(DrawWinner.draw_id == draw_id)):
        raise AlreadyDrawnError(draw_id)
    pool = check_can_draw(session, draw_id=draw_id)
    draw = session.get(Draw, draw_id)
    winners = _random.sample(list(pool.entries), draw.winners)
    event_id = _log(session, draw, pool, winners, at, run)
    if run is None:
        session.add_all(DrawWinner(draw_id=draw_id, entry=e, at=at.replace(microsecond=0),
                                   position=i + 1, status=WinnerStatus.DRAWN, event_id=event_id)
                        for i, e in enumerate(winners))
        session.flush()
    return DrawResult(draw_id, tuple(winners), event_id, rehearsal=run is not None)


def trial_draw(session: Session, *, draw_id: int) -> DrawResult:
    """Winners as the draw would give them, written nowhere: a rehearsal's trial before its
    run has a log of its own (nothing of it counts)."""
    pool = check_can_draw(session, draw_id=draw_id)
    draw = session.get(Draw, draw_id)
    return DrawResult(draw_id, tuple(_random.sample(list(pool.entries), draw.winners)), 0,
                      rehearsal=True)


@changes(Area.DRAWS, Area.SHOW, Area.SUPPLIES)
def redraw_absent(session: Session, *, winner_id: int, at: dt.datetime) -> DrawResult:
    """Replace an absent winner by one drawn from who is left; both stay on record."""
    absent = session.get(DrawWinner, winner_id)
    if absent is None:
        raise NotFoundError("draw_winner", winner_id)
    taken = session.scalar(select(func.count(DrawWinner.id))
                           .where(DrawWinner.redraw_of_id == winner_id))
    if absent.status != WinnerStatus.ABSENT or taken:
        raise NotAbsentError(winner_id)
    pool = check_can_draw(session, draw_id=absent.draw_id, count=1)
    draw = session.get(Draw, absent.draw_id)
    winner = _random.choice(list(pool.entries))
    event_id = _log(session, draw, pool, [winner], at, None, redraw_of=absent.entry)
    last = session.scalar(select(func.max(DrawWinner.position))
                          .where(DrawWinner.draw_id == draw.id)) or 0
    session.add(DrawWinner(draw_id=draw.id, entry=winner, at=at.replace(microsecond=0),
                           position=last + 1, status=WinnerStatus.DRAWN,
                           redraw_of_id=winner_id, event_id=event_id))
    session.flush()
    return DrawResult(draw.id, (winner,), event_id)


@changes(Area.DRAWS, Area.SUPPLIES)
def set_winner_status(session: Session, *, winner_id: int,
                      status: WinnerStatus) -> WinnerStatus:
    """Mark a prize collected, or its winner absent (or back to drawn); returns the old
    status. A winner already redrawn stays absent: the record would no longer add up."""
    winner = session.get(DrawWinner, winner_id)
    if winner is None:
        raise NotFoundError("draw_winner", winner_id)
    status = WinnerStatus(status)
    old = WinnerStatus(winner.status)
    if old == WinnerStatus.ABSENT and status != old and session.scalar(
            select(func.count(DrawWinner.id)).where(DrawWinner.redraw_of_id == winner_id)):
        raise NotAbsentError(winner_id)
    winner.status = status
    session.flush()
    return old
