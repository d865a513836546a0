"""Guests: leaders, judges, sponsors' people and press; invitations, seats and checks."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.guests.records import list_guests

__all__ = ["list_guests"]
