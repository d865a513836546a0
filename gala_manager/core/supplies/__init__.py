"""Supplies and budget: items, categories, totals, budget position, checks, import."""
