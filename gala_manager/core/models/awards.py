"""Awards (晚会颁奖): the scoring rule, award categories, which acts compete, scores and votes."""

from __future__ import annotations

import enum
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base
from gala_manager.core.models.supplies import FixedDecimal, _enum


class ScoreRule(enum.StrEnum):
    """How the judges' scores of an act make its final score (two decimals)."""

    AVERAGE = "average"
    DROP_HIGH_LOW = "drop_high_low"  # the common rule with five judges or more


class AwardBasis(enum.StrEnum):
    """What an award goes by: the judges' final scores, or the audience's votes (人气奖)."""

    SCORE = "score"
    VOTES = "votes"


class AwardSettings(Base):
    """The gala's scoring rule, the highest score and the criteria printed on score sheets."""

    __tablename__ = "award_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[ScoreRule] = mapped_column(_enum(ScoreRule), default=ScoreRule.DROP_HIGH_LOW)
    max_score: Mapped[int] = mapped_column(Integer, default=100)
    # One criterion a line, e.g. "艺术表现 40": printed as columns of the score sheet.
    criteria: Mapped[str] = mapped_column(Text, default="")


class AwardCategory(Base):
    """An award and how many acts get it (一等奖 ×1, 最佳人气奖 ×1)."""

    __tablename__ = "award_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    count: Mapped[int] = mapped_column(Integer, default=1)
    basis: Mapped[AwardBasis] = mapped_column(_enum(AwardBasis), default=AwardBasis.SCORE)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class AwardEntry(Base):
    """An act that competes although its kind says not, or does not although it would."""

    __tablename__ = "award_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, unique=True)
    competes: Mapped[bool] = mapped_column(Boolean, default=True)


class Score(Base):
    """One judge's score of one act."""

    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("act_id", "judge_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Cleared (not deleted) with the act or the judge, so that undoing the removal of
    # either links the scores again.
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, index=True)
    judge_id: Mapped[int | None] = mapped_column(ForeignKey("guest.id", ondelete="SET NULL"),
                                                 nullable=True, index=True)
    value: Mapped[Decimal] = mapped_column("value_centi", FixedDecimal(2))


class AudienceVote(Base):
    """How many audience votes an act got, for the popularity award (最佳人气奖)."""

    __tablename__ = "audience_vote"

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, unique=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)


class TieBreak(Base):
    """The committee's decision between tied acts: their order, by what the tie was in."""

    __tablename__ = "award_tiebreak"
    __table_args__ = (UniqueConstraint("act_id", "basis"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True)
    basis: Mapped[AwardBasis] = mapped_column(_enum(AwardBasis), default=AwardBasis.SCORE)
    place: Mapped[int] = mapped_column(Integer, default=0)
