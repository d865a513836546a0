"""Prizes from the supply stock: what is left of each prize item, and the prizes handed out.

A prize handed out takes one from its item's stock: the item's quantity less the
quiz's hand-outs and the lucky draws' collected prizes (one stock, whoever gives
the prize away; `core/draws` counts the hand-outs the same way).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import (
    Act,
    Draw,
    DrawWinner,
    PrizeHandout,
    QuizQuestion,
    SupplyCategory,
    SupplyItem,
    WinnerStatus,
)
from gala_manager.core.operations import Area, changes

NAME_MAX = 100


@dataclass(frozen=True)
class PrizeStock:
    """A prize item: how many the supplies hold, how many were handed out, how many are left."""

    item_id: int
    name: str
    unit: str
    quantity: Decimal
    handed: int

    @property
    def left(self) -> Decimal:
        return max(Decimal(0), self.quantity - self.handed)


@dataclass(frozen=True)
class Winner:
    """Who won a prize: their name, their class, a phone (optional)."""

    name: str
    winner_class: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Handout:
    """One prize handed out, as it was recorded (also what puts it back after an undo)."""

    id: int
    item_id: int | None
    item_name: str
    act_id: int | None
    question_id: int | None
    winner: Winner
    handed_at: dt.datetime


def _given(session: Session) -> Counter:
    """Prizes gone from the stock, by item: handed out here, or collected from a draw."""
    given = Counter(dict(session.execute(
        select(PrizeHandout.supply_item_id, func.count()).where(
            PrizeHandout.supply_item_id.is_not(None)).group_by(PrizeHandout.supply_item_id)).all()))
    given.update(dict(session.execute(
        select(Draw.prize_item_id, func.count(DrawWinner.id)).join(
            DrawWinner, DrawWinner.draw_id == Draw.id).where(
            Draw.prize_item_id.is_not(None), DrawWinner.status == WinnerStatus.COLLECTED)
        .group_by(Draw.prize_item_id)).all()))
    return given


def prize_stock(session: Session) -> dict[int, PrizeStock]:
    """Every item that is a prize (of a question, or given away), by id."""
    handed = _given(session)
    ids = set(handed) | set(session.scalars(select(QuizQuestion.prize_item_id).where(
        QuizQuestion.prize_item_id.is_not(None))))
    items = session.scalars(select(SupplyItem).where(SupplyItem.id.in_(ids))) if ids else []
    return {item.id: PrizeStock(item.id, item.name, item.unit, item.quantity,
                                handed.get(item.id, 0)) for item in items}


def list_handouts(session: Session) -> list[Handout]:
    """Every prize handed out, in the order it happened."""
    rows = session.execute(
        select(PrizeHandout, SupplyItem.name).outerjoin(
            SupplyItem, SupplyItem.id == PrizeHandout.supply_item_id).order_by(
            PrizeHandout.handed_at, PrizeHandout.id))
    return [Handout(h.id, h.supply_item_id, name or "", h.act_id, h.question_id,
                    Winner(h.winner, h.winner_class, h.phone), h.handed_at)
            for h, name in rows]


def _clean(winner: Winner) -> Winner:
    name = winner.name.strip()
    if not name:
        raise ValidationError("winner", "required", winner.name)
    if len(name) > NAME_MAX or len(winner.winner_class.strip()) > NAME_MAX:
        raise ValidationError("winner", "too_long", name)
    return Winner(name, winner.winner_class.strip(), winner.phone.strip()[:40])


@changes(Area.SUPPLIES, Area.QUIZ)
def hand_out_prize(session: Session, *, item_id: int, winner: Winner, at: dt.datetime,
                   act_id: int | None = None, question_id: int | None = None,
                   handout_id: int | None = None) -> int:
    """Give one of an item to a winner; refused when none is left. Returns the hand-out's
    id (`handout_id` puts it back under its id after an undo)."""
    winner = _clean(winner)
    item = session.get(SupplyItem, item_id)
    if item is None:
        raise NotFoundError("supply_item", item_id)
    if item.quantity - _given(session)[item_id] < 1:
        raise ValidationError("prize", "out_of_stock", item.name)
    row = PrizeHandout(id=handout_id, supply_item_id=item_id, act_id=act_id,
                       question_id=question_id, winner=winner.name,
                       winner_class=winner.winner_class, phone=winner.phone, handed_at=at)
    session.add(row)
    session.flush()
    return row.id


@changes(Area.SUPPLIES, Area.QUIZ)
def take_back_prizes(session: Session, *, handout_ids: list[int]) -> list[Handout]:
    """Remove hand-outs (recorded by mistake, or undone); the prizes go back to the stock.
    Returns what puts them back."""
    by_id = {h.id: h for h in list_handouts(session)}
    removed = []
    for handout_id in handout_ids:
        if handout_id not in by_id:
            raise NotFoundError("prize_handout", handout_id)
        removed.append(by_id[handout_id])
        session.delete(session.get(PrizeHandout, handout_id))
    session.flush()
    return removed


@changes(Area.SUPPLIES, Area.QUIZ)
def restore_handouts(session: Session, *, removed: list[Handout]) -> None:
    """Put removed hand-outs back under their ids (undo of `take_back_prizes`)."""
    def still(model, key):  # a link to a row removed since is dropped
        return key if key is not None and session.get(model, key) is not None else None

    for gone in removed:
        session.add(PrizeHandout(
            id=gone.id, supply_item_id=still(SupplyItem, gone.item_id),
            act_id=still(Act, gone.act_id), question_id=still(QuizQuestion, gone.question_id),
            winner=gone.winner.name, winner_class=gone.winner.winner_class,
            phone=gone.winner.phone, handed_at=gone.handed_at))
    session.flush()


def prize_choices(session: Session) -> list[tuple[int, str]]:
    """Every supply item a prize can be, (id, name): the prize category's first."""
    rows = session.execute(select(SupplyItem.id, SupplyItem.name, SupplyCategory.key).join(
        SupplyCategory, SupplyCategory.id == SupplyItem.category_id))
    return [(item_id, name) for item_id, name, key in
            sorted(rows, key=lambda r: (r[2] != "prizes", r[1]))]
