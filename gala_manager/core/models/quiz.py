"""The prize quiz (有奖问答): questions of each quiz round, and the prizes handed out.

A prize is a supply item (notebooks, tea vouchers): the stock is the item's
quantity, and each prize handed out (`PrizeHandout`) takes one from it. Hand-outs
belong to supplies, not to the quiz, so that any giveaway of the night (a lucky
draw) takes from the same stock.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class QuizQuestion(Base):
    """A question of a quiz round (an act of kind prize quiz), its answer and its prize."""

    __tablename__ = "quiz_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The round; a question with none waits for one (e.g. in next year's copy).
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    prize_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("supply_item.id", ondelete="SET NULL"), nullable=True, index=True)


class PrizeHandout(Base):
    """One prize given to one winner on the night: it takes one from the item's stock."""

    __tablename__ = "prize_handout"

    id: Mapped[int] = mapped_column(primary_key=True)
    supply_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("supply_item.id", ondelete="SET NULL"), nullable=True, index=True)
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, index=True)
    question_id: Mapped[int | None] = mapped_column(
        ForeignKey("quiz_question.id", ondelete="SET NULL"), nullable=True, index=True)
    winner: Mapped[str] = mapped_column(String(100))
    winner_class: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    handed_at: Mapped[dt.datetime] = mapped_column(DateTime)
