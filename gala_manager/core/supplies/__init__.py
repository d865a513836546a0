"""Supplies and budget: items, categories, totals, budget position, checks, import."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.supplies.totals import gala_budget_position

__all__ = ["gala_budget_position"]
