"""Verbs that enter the judges' scores and the audience's votes, keyboard cell by cell."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.awards.entries import list_judges
from gala_manager.core.awards.rules import CENT
from gala_manager.core.awards.settings import get_award_settings
from gala_manager.core.awards.tables import scores_by_key, votes_by_act
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.models import Act, AudienceVote, Score
from gala_manager.core.operations import Area, changes

ScoreKey = tuple[int, int]  # (act id, judge id)
MAX_VOTES = 1_000_000


def read_scores(session: Session) -> dict[ScoreKey, Decimal]:
    """Every score, by (act, judge) (kept across changes: `core/awards/tables.py`)."""
    return scores_by_key(session)


def read_votes(session: Session) -> dict[int, int]:
    """The audience's votes, by act (kept across changes like the scores)."""
    return votes_by_act(session)


def _check_score(value: Decimal, max_score: int) -> Decimal:
    if not isinstance(value, Decimal | int) or value < 0 or value > max_score:
        raise ValidationError("score", "out_of_range", value)
    value = Decimal(value)
    if value != value.quantize(CENT):
        raise ValidationError("score", "too_precise", value)
    return value.quantize(CENT)


@changes(Area.AWARDS)
def set_scores(session: Session, *,
               scores: dict[ScoreKey, Decimal | None]) -> dict[ScoreKey, Decimal | None]:
    """Enter scores (None clears one: the judge did not score the act); returns the
    previous values (undo passes them back)."""
    max_score = get_award_settings(session).max_score
    judges = {judge.id for judge in list_judges(session)}
    previous: dict[ScoreKey, Decimal | None] = {}
    for (act_id, judge_id), value in scores.items():
        if session.get(Act, act_id) is None:
            raise NotFoundError("act", act_id)
        if judge_id not in judges:
            raise NotFoundError("judge", judge_id)
        row = session.scalar(select(Score).where(Score.act_id == act_id,
                                                 Score.judge_id == judge_id))
        previous[(act_id, judge_id)] = None if row is None else row.value
        if value is None:
            if row is not None:
                session.delete(row)
            continue
        value = _check_score(value, max_score)
        if row is None:
            row = Score(act_id=act_id, judge_id=judge_id)
            session.add(row)
        row.value = value
    session.flush()
    return previous


@changes(Area.AWARDS)
def set_votes(session: Session, *, votes: dict[int, int | None]) -> dict[int, int | None]:
    """Enter the audience's votes per act (None clears); returns the previous counts."""
    previous: dict[int, int | None] = {}
    for act_id, count in votes.items():
        if session.get(Act, act_id) is None:
            raise NotFoundError("act", act_id)
        if count is not None and (not isinstance(count, int) or not 0 <= count <= MAX_VOTES):
            raise ValidationError("votes", "out_of_range", count)
        row = session.scalar(select(AudienceVote).where(AudienceVote.act_id == act_id))
        previous[act_id] = None if row is None else row.votes
        if count is None:
            if row is not None:
                session.delete(row)
            continue
        if row is None:
            row = AudienceVote(act_id=act_id)
            session.add(row)
        row.votes = count
    session.flush()
    return previous
