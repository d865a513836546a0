"""Plain-value rows of draws and winners, for verbs, pages and exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from gala_manager.core.models import PoolKind, WinnerStatus


@dataclass(frozen=True)
class DrawData:
    """Everything a user edits about a draw; `names` is the pool when it is a list."""

    name: str
    prize_item_id: int | None = None
    winners: int = 1
    pool_kind: PoolKind = PoolKind.RANGE
    range_low: int | None = 1
    range_high: int | None = None
    names: tuple[str, ...] = ()
    excluded: str = ""
    exclude_earlier_winners: bool = True
    exclude_committee: bool = False
    notes: str = ""

    def replace(self, **changes) -> DrawData:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class WinnerRow:
    """A winner as drawn, with what became of the prize."""

    id: int
    draw_id: int
    entry: str
    at: dt.datetime
    position: int
    status: WinnerStatus
    redraw_of: str = ""  # the absent winner this one replaced


@dataclass(frozen=True)
class DrawRow:
    """A draw as pages show it: its data, its prize's name and its winners so far."""

    id: int
    data: DrawData
    sort_order: int
    prize_name: str = ""
    winners: tuple[WinnerRow, ...] = ()

    @property
    def has_run(self) -> bool:
        """Drawn at least once: from then on its pool and prize are history."""
        return bool(self.winners)


@dataclass(frozen=True)
class RemovedDraw:
    """What `remove_draw` took away, enough for `restore_draw` to put it back."""

    id: int
    data: DrawData
    sort_order: int


@dataclass(frozen=True)
class PrizeStock:
    """A prize's stock: the supply item's quantity less the prizes winners collected
    (from the draws, and handed out in the quiz: one stock)."""

    item_id: int
    name: str
    unit: str
    quantity: int
    collected: int

    @property
    def left(self) -> int:
        return self.quantity - self.collected
