"""The Supplies area: items, budget, filters and exports."""
