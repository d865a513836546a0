"""Checks of the awards: undecided ties, missing scores, too few judges, too few acts."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.awards.results import award_results
from gala_manager.core.awards.rules import RULES
from gala_manager.core.awards.scores import read_scores
from gala_manager.core.checks import Problem, Severity
from gala_manager.core.memo import kept_parts, memoized
from gala_manager.core.models import AwardBasis, ScoreRule
from gala_manager.core.operations import Area

# Dropping the highest and lowest is fair from five judges on.
FAIR_JUDGES = 5


@memoized(Area.AWARDS, Area.GUESTS, Area.PROGRAMME, Area.GALA, Area.PEOPLE)
def check_awards(session: Session) -> list[Problem]:
    """Every awards problem; missing scores only once scoring has begun."""
    results = award_results(session)
    problems = []
    rule = results.settings.rule
    judges = len(results.judges)
    has_categories = bool(results.awards)
    if has_categories and rule == ScoreRule.DROP_HIGH_LOW and judges < FAIR_JUDGES:
        severity = Severity.ERROR if judges < RULES[rule].min_scores else Severity.WARNING
        problems.append(Problem(Area.AWARDS, "award_few_judges", severity,
                                {"judges": judges, "needed": FAIR_JUDGES}, ("awards",)))
    places = sum(a.category.data.count for a in results.awards
                 if a.category.data.basis == AwardBasis.SCORE)
    if places > len(results.acts):
        problems.append(Problem(Area.AWARDS, "award_more_places_than_acts", Severity.WARNING,
                                {"places": places, "acts": len(results.acts)}, ("awards",)))
    if read_scores(session):
        # An act's warning is kept while its result is (the results keep an unscored
        # act's while its running-order row stays): thousands of acts, few changed.
        kept = kept_parts(session, "award_checks")
        fresh = {}
        # Unscored acts miss the same judges: one text for them all, not one per act.
        names: dict[tuple[str, ...], str] = {}
        for act in results.acts:
            if act.missing:
                entry = kept.get(act.act_id)
                if entry is not None and entry[0] is act:
                    problem = entry[1]
                else:
                    if act.missing not in names:
                        names[act.missing] = "、".join(act.missing)
                    problem = Problem(Area.AWARDS, "award_score_missing", Severity.WARNING,
                                      {"act": act.title, "judges": names[act.missing]},
                                      ("score", act.act_id))
                fresh[act.act_id] = (act, problem)
                problems.append(problem)
        kept.clear()
        kept.update(fresh)
    for award in results.awards:
        if award.contested:
            problems.append(Problem(
                Area.AWARDS, "award_tie_undecided", Severity.WARNING,
                {"award": award.category.data.name,
                 "acts": "、".join(a.title for a in award.contested)},
                ("award_tie", award.category.data.basis.value)))
    return problems
