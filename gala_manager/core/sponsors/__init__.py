"""Sponsors: who gives what (cash, goods in kind), what the gala promised back, and checks."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.sponsors.income import sponsorship_income

__all__ = ["sponsorship_income"]
