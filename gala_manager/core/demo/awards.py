"""Builds the demo gala's awards from `awards_data`: rule, categories, entries, scores, votes."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.awards.entries import list_judges, set_competes
from gala_manager.core.awards.rows import AwardSettingsRow, CategoryData
from gala_manager.core.awards.scores import set_scores, set_votes
from gala_manager.core.awards.settings import add_category, set_award_settings
from gala_manager.core.demo.awards_data import (
    CATEGORIES,
    CRITERIA,
    MAX_SCORE,
    NOT_COMPETING,
    SCORES,
    VOTES,
)
from gala_manager.core.models import Act, AwardBasis, ScoreRule


def fill_awards(session: Session) -> None:
    """Drop the highest and lowest of five judges; four awards; every score in."""
    set_award_settings(session, settings=AwardSettingsRow(ScoreRule.DROP_HIGH_LOW, MAX_SCORE,
                                                          CRITERIA))
    for name, places, by_votes in CATEGORIES:
        add_category(session, data=CategoryData(
            name, places, AwardBasis.VOTES if by_votes else AwardBasis.SCORE))
    acts = dict(session.execute(select(Act.title, Act.id)).all())
    for title in NOT_COMPETING:
        set_competes(session, act_id=acts[title], competes=False)
    judges = [judge.id for judge in list_judges(session)]
    set_scores(session, scores={(acts[title], judge): Decimal(value)
                                for title, values in SCORES.items()
                                for judge, value in zip(judges, values, strict=True)})
    set_votes(session, votes={acts[title]: count for title, count in VOTES.items()})
