"""The live show: the log of console actions, the state replayed from it, timing and the report."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.show.actions import read_show
from gala_manager.core.show.log import EventKind, log_action

__all__ = ["EventKind", "log_action", "read_show"]
