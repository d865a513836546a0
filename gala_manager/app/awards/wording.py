"""Words of the Awards area: rules, bases, problems, validation."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import AwardBasis, ScoreRule
from gala_manager.core.operations import Area

translate = QCoreApplication.translate

_RULES = {
    ScoreRule.AVERAGE: QT_TRANSLATE_NOOP("Awards", "Average of all judges"),
    ScoreRule.DROP_HIGH_LOW: QT_TRANSLATE_NOOP("Awards", "Drop the highest and the lowest, "
                                                         "average the rest"),
}
_RULE_TEXTS = {
    ScoreRule.AVERAGE: QT_TRANSLATE_NOOP(
        "Awards", "The final score of an act is the average of the judges’ scores, rounded "
                  "to two decimals."),
    ScoreRule.DROP_HIGH_LOW: QT_TRANSLATE_NOOP(
        "Awards", "The highest and the lowest score of each act are dropped; the final score "
                  "is the average of the others, rounded to two decimals."),
}
_BASES = {
    AwardBasis.SCORE: QT_TRANSLATE_NOOP("Awards", "Judges’ scores"),
    AwardBasis.VOTES: QT_TRANSLATE_NOOP("Awards", "Audience votes"),
}
_VALIDATION = {
    ("name", "required"): QT_TRANSLATE_NOOP("Awards", "An award needs a name."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Awards", "The name is too long."),
    ("count", "out_of_range"): QT_TRANSLATE_NOOP("Awards", "Between 1 and 50 places."),
    ("max_score", "out_of_range"): QT_TRANSLATE_NOOP(
        "Awards", "The highest score must be between 1 and 1000."),
    ("score", "out_of_range"): QT_TRANSLATE_NOOP(
        "Awards", "A score must be between 0 and the highest score."),
    ("score", "too_precise"): QT_TRANSLATE_NOOP("Awards", "A score has at most two decimals."),
    ("score", "not_a_number"): QT_TRANSLATE_NOOP("Awards", "A score is a number, e.g. 92.5."),
    ("votes", "out_of_range"): QT_TRANSLATE_NOOP("Awards", "Votes are a whole number, 0 or "
                                                           "more."),
    ("category_id", "cannot_move"): QT_TRANSLATE_NOOP("Awards", "It cannot move further."),
}


def rule_label(rule: ScoreRule) -> str:
    """The rule's short name."""
    return translate("Awards", _RULES[ScoreRule(rule)])


def rule_text(rule: ScoreRule) -> str:
    """The rule in a sentence, as printed on the score sheets and the results."""
    return translate("Awards", _RULE_TEXTS[ScoreRule(rule)])


def basis_label(basis: AwardBasis) -> str:
    """What an award goes by."""
    return translate("Awards", _BASES[AwardBasis(basis)])


def format_score(value: Decimal | None) -> str:
    """A score to the cent (92.00); empty for none."""
    return "" if value is None else f"{value:.2f}"


def rank_text(rank: int | None, tied: bool) -> str:
    """"3" or, shared with another act, "3 (tie)" / "3（并列）"."""
    if rank is None:
        return ""
    return translate("Awards", "{rank} (tie)").format(rank=rank) if tied else str(rank)


def describe_awards_error(exc: BaseException) -> str:
    """An error of an awards edit in words; the area's rules first, then the shared ones."""
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Awards", text)
    return describe_error(exc)


def describe_awards_problem(problem: Problem) -> str | None:
    """Words for the Awards area's problem codes; None for other areas' codes."""
    if problem.area != Area.AWARDS:
        return None
    p = problem.params
    if problem.code == "award_few_judges":
        judges = p["judges"]  # lupdate reads a plural count only from a plain name
        return translate("Awards", "Only %n judge(s) for the rule that drops the highest "
                                   "and the lowest score; it wants {needed} or more.", "",
                         judges).format(**p)
    if problem.code == "award_more_places_than_acts":
        acts = p["acts"]
        return translate("Awards", "The awards have {places} places but only %n act(s) in "
                                   "the competition.", "", acts).format(**p)
    if problem.code == "award_score_missing":
        return translate("Awards", "\u201c{act}\u201d has no score from {judges}.").format(**p)
    if problem.code == "award_tie_undecided":
        return translate("Awards", "{acts} are tied for {award}: the committee must decide "
                                   "their order.").format(**p)
    return None


register_problem_wording(describe_awards_problem)
