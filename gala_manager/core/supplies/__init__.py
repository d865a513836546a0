"""Supplies and budget: items, categories, totals, budget position, checks, import."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.supplies.prizes import (
    Winner,
    hand_out_prize,
    list_handouts,
    prize_choices,
    prize_stock,
    restore_handouts,
    take_back_prizes,
)
from gala_manager.core.supplies.totals import gala_budget_position

__all__ = ["gala_budget_position"]
__all__ += ["Winner", "hand_out_prize", "list_handouts", "prize_choices", "prize_stock",
            "restore_handouts", "take_back_prizes"]
