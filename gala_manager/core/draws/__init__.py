"""Lucky draws (抽奖): draws with prizes from the supplies, pools, winners and redraws."""

# What other areas of core may use; inside an area, modules import each other directly.
from gala_manager.core.draws.setup import list_draws

__all__ = ["list_draws"]
