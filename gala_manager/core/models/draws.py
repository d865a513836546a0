"""Lucky draws (抽奖): what is drawn, from which pool, and who won."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base
from gala_manager.core.models.supplies import _enum


class PoolKind(enum.StrEnum):
    """What a draw picks from: seat or ticket numbers, or a list of names."""

    RANGE = "range"
    NAMES = "names"


class WinnerStatus(enum.StrEnum):
    """A winner's prize: drawn and waiting, handed over, or not claimed (absent)."""

    DRAWN = "drawn"
    COLLECTED = "collected"
    ABSENT = "absent"


class Draw(Base):
    """One draw of the evening: its prize, how many win, and its pool with exclusions."""

    __tablename__ = "draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    # The prize is a supply item: its quantity is the stock the winners take from.
    prize_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("supply_item.id", ondelete="SET NULL"), nullable=True, index=True)
    winners: Mapped[int] = mapped_column(Integer, default=1)
    pool_kind: Mapped[PoolKind] = mapped_column(_enum(PoolKind), default=PoolKind.RANGE)
    range_low: Mapped[int | None] = mapped_column(Integer, nullable=True)
    range_high: Mapped[int | None] = mapped_column(Integer, nullable=True)
    excluded: Mapped[str] = mapped_column(Text, default="")
    exclude_earlier_winners: Mapped[bool] = mapped_column(Boolean, default=True)
    exclude_committee: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class DrawName(Base):
    """One name of a draw's pool, in the order of the list it came from."""

    __tablename__ = "draw_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)


class DrawWinner(Base):
    """A winner as drawn. Never rewritten: an absent winner stays, marked absent, and the
    redrawn one names it in `redraw_of_id`. A draw with winners cannot be deleted."""

    __tablename__ = "draw_winner"

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("draw.id", ondelete="RESTRICT"),
                                         index=True)
    entry: Mapped[str] = mapped_column(String(100))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    position: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[WinnerStatus] = mapped_column(_enum(WinnerStatus),
                                                 default=WinnerStatus.DRAWN)
    redraw_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("draw_winner.id", ondelete="SET NULL"), nullable=True)
    # The show-log event that recorded it (the log keeps the draw's full account).
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
