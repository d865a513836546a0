"""The programme: acts, running order, computed times, rehearsals, checks, act import."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.programme.checks import performer_names
from gala_manager.core.programme.schedule import running_order, show_start

__all__ = ["performer_names", "running_order", "show_start"]
