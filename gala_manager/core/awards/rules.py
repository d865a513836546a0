"""The scoring rules, as a table: how many scores each end drops, then the average to the cent.

A judge who did not score an act is left out, never counted as zero: the rule
applies to the scores there are, and the result says whose are missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from gala_manager.core.models import ScoreRule

CENT = Decimal("0.01")


@dataclass(frozen=True)
class RuleSpec:
    """What a rule drops from each end before averaging, and the fewest scores it needs."""

    drop_each_end: int
    min_scores: int


RULES: dict[ScoreRule, RuleSpec] = {
    ScoreRule.AVERAGE: RuleSpec(drop_each_end=0, min_scores=1),
    # Five judges or more is the custom; three is the least that leaves a score.
    ScoreRule.DROP_HIGH_LOW: RuleSpec(drop_each_end=1, min_scores=3),
}


def final_score(scores: Sequence[Decimal], rule: ScoreRule) -> Decimal | None:
    """The act's final score under `rule`, rounded half up to two decimals; None when there
    are fewer scores than the rule needs."""
    spec = RULES[ScoreRule(rule)]
    if len(scores) < spec.min_scores:
        return None
    kept = sorted(scores)
    if spec.drop_each_end:
        kept = kept[spec.drop_each_end:-spec.drop_each_end]
    return (sum(kept, Decimal(0)) / len(kept)).quantize(CENT, rounding=ROUND_HALF_UP)
