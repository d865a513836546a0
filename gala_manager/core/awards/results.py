"""The ranking and the awards: final scores by the rule, ties shown, the committee's decisions.

Awards by score take the ranked acts in the order the awards are listed (一等奖
first); awards by votes rank the audience's votes on their own. A tie that
straddles the last places of an award is never broken here: the award lists the
tied acts as contested, and no later award of that kind is given, until the
committee records its order of the tied acts (`set_tiebreak`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from gala_manager.core.awards.entries import NOT_COMPETING, list_judges
from gala_manager.core.awards.rows import ActResult, AwardResult, CategoryRow, Judge, Results
from gala_manager.core.awards.rules import final_score
from gala_manager.core.awards.scores import read_scores, read_votes
from gala_manager.core.awards.settings import get_award_settings, list_categories
from gala_manager.core.awards.tables import choices_by_act, tiebreak_places
from gala_manager.core.errors import NotFoundError
from gala_manager.core.memo import kept_parts, memoized
from gala_manager.core.models import Act, AwardBasis, ScoreRule, TieBreak
from gala_manager.core.operations import Area, changes
from gala_manager.core.programme import PLAYABLE, running_order


def _ranks(acts: list[ActResult], key: Callable[[ActResult], object | None],
           places: dict[int, int], rank_field: str, tied_field: str) -> list[ActResult]:
    """Acts with a value, best first, ranked 1, 2, 2, 4 (tied ones in the committee's order
    where it decided); those without a value come last, unranked."""
    valued = [a for a in acts if key(a) is not None]
    valued.sort(key=lambda a: (-key(a), places.get(a.act_id, 0), a.number))
    ranked = [dataclasses.replace(act, **{
        rank_field: 1 + sum(1 for o in valued if key(o) > key(act)),
        tied_field: sum(1 for o in valued if key(o) == key(act)) > 1}) for act in valued]
    return ranked + [a for a in acts if key(a) is None]


def _groups(ranked: Sequence[ActResult], key: Callable[[ActResult], object | None]
            ) -> list[list[ActResult]]:
    groups: list[list[ActResult]] = []
    for act in ranked:
        if key(act) is None:
            break
        if groups and key(groups[-1][0]) == key(act):
            groups[-1].append(act)
        else:
            groups.append([act])
    return groups


def _allocate(categories: Sequence[CategoryRow], ranked: Sequence[ActResult],
              key: Callable[[ActResult], object | None],
              decided: set[int]) -> list[AwardResult]:
    """Give each award its places from the ranking, stopping at an undecided tie."""
    groups = _groups(ranked, key)
    awards, stopped = [], False
    for category in categories:
        if stopped:
            awards.append(AwardResult(category))
            continue
        winners: list[ActResult] = []
        contested: tuple[ActResult, ...] = ()
        by_committee = False
        while len(winners) < category.data.count and groups:
            room = category.data.count - len(winners)
            group = groups[0]
            if len(group) <= room:
                winners += groups.pop(0)
                continue
            if all(act.act_id in decided for act in group):
                # The committee's order (already the group's order) breaks the tie.
                winners += group[:room]
                groups[0] = group[room:]
                by_committee = True
                continue
            contested, stopped = tuple(group), True
            break
        awards.append(AwardResult(category, tuple(winners), contested, by_committee))
    return awards


def _act_results(session: Session, judges: list[Judge], rule: ScoreRule,
                 votes: dict[int, int]) -> list[ActResult]:
    """Every competing act's scores and votes, in running order, before ranking.

    An act nobody scored keeps its result across changes while its running-order
    row (kept by the running order while its inputs stay) and its votes stay the
    same, so an edit among 2,000 acts builds the results of the acts it touched.
    """
    scores = read_scores(session)
    chosen = choices_by_act(session)
    scored = {act_id for act_id, _judge in scores}
    kept = kept_parts(session, "award_results")
    nobody = tuple(j.name for j in judges)
    if kept.get("basis") != (judges, rule):
        kept.clear()
        kept["basis"] = (judges, rule)
    previous = kept.get("acts", {})
    fresh: dict[int, tuple] = {}
    acts = []
    for act in running_order(session):
        default = act.status in PLAYABLE and act.kind not in NOT_COMPETING
        if not chosen.get(act.act_id, default):
            continue
        vote = votes.get(act.act_id)
        if act.act_id in scored:
            given = {j.id: scores[(act.act_id, j.id)] for j in judges
                     if (act.act_id, j.id) in scores}
            result = ActResult(act.act_id, act.number, act.title, act.performers, given,
                               tuple(j.name for j in judges if j.id not in given),
                               final_score(list(given.values()), rule), votes=vote)
        else:
            kept_one = previous.get(act.act_id)
            result = (kept_one[2] if kept_one is not None and kept_one[0] is act
                      and kept_one[1] == vote
                      else ActResult(act.act_id, act.number, act.title, act.performers, {},
                                     nobody, final_score([], rule), votes=vote))
            fresh[act.act_id] = (act, vote, result)
        acts.append(result)
    kept["acts"] = fresh
    return acts


# The results read the running order (programme, gala, people), the judges (guests) and
# the awards' own rows: an edit anywhere else leaves them as they were.
@memoized(Area.AWARDS, Area.GUESTS, Area.PROGRAMME, Area.GALA, Area.PEOPLE)
def award_results(session: Session) -> Results:
    """Every competing act's scores, final score, rank and votes, and who wins what."""
    settings = get_award_settings(session)
    judges = list_judges(session)
    places = tiebreak_places(session)
    acts = _act_results(session, judges, settings.rule, read_votes(session))
    score_places = {a: p for (a, b), p in places.items() if b == AwardBasis.SCORE}
    vote_places = {a: p for (a, b), p in places.items() if b == AwardBasis.VOTES}
    scored = _ranks(acts, lambda a: a.final, score_places, "rank", "tied")
    by_votes = _ranks(scored, lambda a: a.votes, vote_places, "vote_rank", "vote_tied")
    merged = {a.act_id: a for a in by_votes}
    by_score = [merged[a.act_id] for a in scored]
    categories = list_categories(session)
    awards = {a.category.id: a for a in _allocate(
        [c for c in categories if c.data.basis == AwardBasis.SCORE], by_score,
        lambda a: a.final, set(score_places))}
    awards.update({a.category.id: a for a in _allocate(
        [c for c in categories if c.data.basis == AwardBasis.VOTES], by_votes,
        lambda a: a.votes, set(vote_places))})
    return Results(settings, tuple(judges), tuple(by_score),
                   tuple(awards[c.id] for c in categories))


@changes(Area.AWARDS)
def set_tiebreak(session: Session, *, basis: AwardBasis,
                 order: list[int]) -> list[tuple[int, int]]:
    """Record the committee's order of tied acts (first is ahead); an empty order clears
    the decisions of that basis. Returns the previous (act, place) pairs (undo)."""
    basis = AwardBasis(basis)
    previous = [(a, p) for a, p in session.execute(
        select(TieBreak.act_id, TieBreak.place).where(TieBreak.basis == basis,
                                                      TieBreak.act_id.is_not(None)))]
    for act_id in order:
        if session.get(Act, act_id) is None:
            raise NotFoundError("act", act_id)
    query = delete(TieBreak).where(TieBreak.basis == basis)
    session.execute(query.where(TieBreak.act_id.in_(order)) if order else query)
    for place, act_id in enumerate(order, start=1):
        session.add(TieBreak(act_id=act_id, basis=basis, place=place))
    session.flush()
    return previous


@changes(Area.AWARDS)
def restore_tiebreak(session: Session, *, basis: AwardBasis,
                     places: list[tuple[int, int]]) -> None:
    """Put back the committee's decisions of one basis as they were (undo)."""
    session.execute(delete(TieBreak).where(TieBreak.basis == AwardBasis(basis)))
    for act_id, place in places:
        session.add(TieBreak(act_id=act_id, basis=AwardBasis(basis), place=place))
    session.flush()


def final_of(results: Results, act_id: int) -> Decimal | None:
    """An act's final score in the results (None: not scored, or not competing)."""
    return next((a.final for a in results.acts if a.act_id == act_id), None)
