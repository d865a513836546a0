"""Awards: the scoring rule, categories, competing acts, judges' scores, votes and results."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.awards.results import award_results

__all__ = ["award_results"]
