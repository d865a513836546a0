"""Stage contingency plans: the plans, their steps and contacts, and the plan's exact rules."""
