"""The gala as a whole: its facts, its checks, its readiness, and a new gala made from it."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.gala.facts import GalaFacts, gala_uid, get_gala_facts

__all__ = ["GalaFacts", "gala_uid", "get_gala_facts"]
