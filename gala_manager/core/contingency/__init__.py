"""Stage contingency plans: the plans, their steps and contacts, and the plan's exact rules."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.contingency.rules import (
    Decision,
    IncidentKind,
    Phase,
    Severity,
    act_breakdown,
    advise,
)
from gala_manager.core.contingency.thresholds import get_rule_settings

__all__ = ["Decision", "IncidentKind", "Phase", "Severity", "act_breakdown", "advise",
           "get_rule_settings"]
