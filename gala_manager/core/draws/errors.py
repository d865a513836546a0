"""The typed errors of the lucky draw; the app layer words each."""

from __future__ import annotations

from dataclasses import dataclass

from gala_manager.core.errors import GalaError


@dataclass
class PoolTooSmallError(GalaError):
    """Fewer entries are left in the pool than winners are wanted."""

    needed: int
    available: int


@dataclass
class PrizeStockError(GalaError):
    """The prize's stock does not cover the winners about to be drawn."""

    needed: int
    left: int


@dataclass
class AlreadyDrawnError(GalaError):
    """The draw has its winners: it is history and is not drawn again (redraw an absent
    winner instead), nor edited in what decided it, nor deleted."""

    draw_id: int


@dataclass
class NotAbsentError(GalaError):
    """Only a winner marked absent is redrawn, once."""

    winner_id: int
