"""The running order's clock as a pure function: starts, ends, gaps and overlaps.

Public API:
- `Slot(duration_seconds, changeover_seconds, fixed_start=None)`: one act's input.
- `Timing(start, end, natural_start, gap_seconds)`: one act's result; datetimes.
- `compute_times(start, slots) -> list[Timing]`.

Rule (the issue's): the first act starts at the gala's start; each later act
starts when the previous act ends plus that previous act's changeover. An act
with a fixed start begins at that time instead; `gap_seconds` is then the
fixed start minus the time it would naturally have started: positive is a
gap (the stage waits), negative an overlap (the previous act is still on).
The fixed time is taken on the day nearest to the natural start, so a show
running past midnight with an act fixed at 00:15 lands on the next day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Slot:
    """One act's input to the clock."""

    duration_seconds: int
    changeover_seconds: int
    fixed_start: dt.time | None = None


@dataclass(frozen=True)
class Timing:
    """When one act runs. `gap_seconds` is 0 unless a fixed start moved it."""

    start: dt.datetime
    end: dt.datetime
    natural_start: dt.datetime
    gap_seconds: int = 0

    @property
    def overlap_seconds(self) -> int:
        """How long the previous act is still on when this one must start."""
        return max(0, -self.gap_seconds)


def fixed_datetime(natural: dt.datetime, fixed: dt.time) -> dt.datetime:
    """The occurrence of clock time `fixed` nearest to `natural` (within 12 hours)."""
    candidate = dt.datetime.combine(natural.date(), fixed)
    if candidate - natural > _DAY / 2:
        candidate -= _DAY
    elif natural - candidate > _DAY / 2:
        candidate += _DAY
    return candidate


def compute_times(start: dt.datetime, slots: Iterable[Slot]) -> list[Timing]:
    """The timing of every slot in order, from the show's start."""
    timings: list[Timing] = []
    cursor = start
    for slot in slots:
        natural = cursor
        begin = natural
        gap = 0
        if slot.fixed_start is not None:
            begin = fixed_datetime(natural, slot.fixed_start)
            gap = int((begin - natural).total_seconds())
        end = begin + dt.timedelta(seconds=slot.duration_seconds)
        timings.append(Timing(begin, end, natural, gap))
        cursor = end + dt.timedelta(seconds=slot.changeover_seconds)
    return timings


def total_seconds(start: dt.datetime, timings: list[Timing]) -> int:
    """From the show's start to the end of the last act (no changeover after it)."""
    if not timings:
        return 0
    return int((timings[-1].end - start).total_seconds())
