"""The gala as a whole: its facts, its checks, its readiness, and a new gala made from it."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.gala.audience_address import (
    AudienceAddress,
    get_audience_address,
    set_audience_address,
)
from gala_manager.core.gala.facts import GalaFacts, gala_uid, get_gala_facts

__all__ = ["AudienceAddress", "GalaFacts", "gala_uid", "get_audience_address", "get_gala_facts",
           "set_audience_address"]
