"""The programme: acts, running order, computed times, rehearsals, checks, act import."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.programme.checks import performer_names
from gala_manager.core.programme.rehearsals import (
    add_rehearsal,
    list_rehearsals,
    record_timings,
    rehearsal_timings,
)
from gala_manager.core.programme.rows import PLAYABLE
from gala_manager.core.programme.schedule import act_rows, running_order, show_start

__all__ = ["act_rows", "add_rehearsal", "list_rehearsals", "performer_names", "record_timings",
           "rehearsal_timings", "running_order", "show_start"]
__all__ += ["PLAYABLE"]
