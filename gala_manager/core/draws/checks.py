"""Checks of the lucky draws: a draw that would stop on the night, a prize not ready."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.draws.drawing import check_can_draw
from gala_manager.core.draws.errors import PoolTooSmallError, PrizeStockError
from gala_manager.core.draws.setup import list_draws
from gala_manager.core.memo import memoized
from gala_manager.core.operations import Area


# What a draw's checks read: the draws and their winners, the people (left out of a
# names pool), the prize items and the prizes the quiz handed out of the same stock.
@memoized(Area.DRAWS, Area.PEOPLE, Area.SUPPLIES, Area.QUIZ)
def check_draws(session: Session) -> list[Problem]:
    """Draws not yet drawn that could not be drawn as they stand, and draws with no prize."""
    problems = []
    for row in list_draws(session):
        if row.has_run:
            continue
        params, target = {"draw": row.data.name}, ("draw", row.id)
        if row.data.prize_item_id is None:
            problems.append(Problem(Area.DRAWS, "draw_no_prize", Severity.WARNING, params,
                                    target))
        try:
            check_can_draw(session, draw_id=row.id)
        except PoolTooSmallError as exc:
            problems.append(Problem(Area.DRAWS, "draw_pool_too_small", Severity.ERROR,
                                    {**params, "needed": exc.needed,
                                     "available": exc.available}, target))
        except PrizeStockError as exc:
            problems.append(Problem(Area.DRAWS, "draw_prize_short", Severity.ERROR,
                                    {**params, "prize": row.prize_name, "needed": exc.needed,
                                     "left": exc.left}, target))
    return problems
