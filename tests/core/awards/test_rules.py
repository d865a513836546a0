"""The scoring rules, table-driven: averages, dropping the ends, two decimals, missing scores."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gala_manager.core.awards.rules import final_score
from gala_manager.core.models import ScoreRule

A, D = ScoreRule.AVERAGE, ScoreRule.DROP_HIGH_LOW


def scores(*values) -> list[Decimal]:
    return [Decimal(str(v)) for v in values]


@pytest.mark.parametrize(("rule", "given", "expected"), [
    # Plain average, rounded half up to the cent.
    (A, (90, 91, 93), "91.33"),
    (A, (90, 91), "90.50"),
    (A, (85.5, 85.25), "85.38"),                 # 85.375 rounds up
    (A, (100,), "100.00"),
    # Drop the highest and the lowest, then average.
    (D, (94, 93, 92, 95, 80), "93.00"),          # the demo's 小品: 80 and 95 dropped
    (D, (92, 91, 93, 90, 99), "92.00"),          # the demo's 话剧: 99 and 90 dropped
    (D, (89, 90, 91, 88, 90), "89.67"),
    (D, (90, 90, 90, 90, 90), "90.00"),          # equal ends: one of each dropped
    (D, (80, 99, 85), "85.00"),                  # three judges: the middle one
    (D, (9.5, 9.75, 8.25, 9.0, 9.6), "9.37"),    # a 10-point scale: (9.5+9.6+9.0)/3 = 9.366…
])
def test_final_score(rule, given, expected):
    assert final_score(scores(*given), rule) == Decimal(expected)


@pytest.mark.parametrize(("rule", "given"), [
    (A, ()),
    (D, (90, 91)),   # dropping two of two leaves nothing to average
    (D, ()),
])
def test_too_few_scores_give_no_final_score(rule, given):
    assert final_score(scores(*given), rule) is None


def test_a_missing_score_is_left_out_not_counted_as_zero():
    # Four judges of five scored: the rule applies to the four.
    assert final_score(scores(94, 93, 92, 95), D) == Decimal("93.50")
    assert final_score(scores(94, 93, 92, 95, 0), D) == Decimal("93.00")  # a real zero
