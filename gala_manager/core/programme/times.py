"""The running order's clock as a pure function: starts, ends, gaps and overlaps.

Public API:
- `Slot(duration_seconds, changeover_seconds, fixed_start=None)`: one act's input.
- `Timing(start, end, natural_start, gap_seconds)`: one act's result; datetimes.
- `compute_times(start, slots) -> list[Timing]`; `retime(start, slots, previous)`
  gives the same list, timing again only the acts a change reached.

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
from collections.abc import Iterable, Sequence
from typing import NamedTuple

_DAY = dt.timedelta(days=1)


# Named tuples, not dataclasses: thousands are built and compared per change.
class Slot(NamedTuple):
    """One act's input to the clock."""

    duration_seconds: int
    changeover_seconds: int
    fixed_start: dt.time | None = None


class Timing(NamedTuple):
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
    return _time_from(start, slots, [], None)


def retime(start: dt.datetime, slots: Sequence[Slot],
           previous: tuple[dt.datetime, Sequence[Slot], Sequence[Timing]] | None,
           ) -> list[Timing]:
    """`compute_times(start, slots)`, reusing `previous` (its start, slots and timings).

    The slots before the first one that changed keep their timings; from there
    the clock runs again until, among the unchanged slots at the end, an act
    would start when it started before: from it on every timing is as before.
    So an edit or a move of one act among thousands times a few acts.
    """
    if previous is None or previous[0] != start:
        return compute_times(start, slots)
    _, old_slots, old_timings = previous
    count, old_count = len(slots), len(old_slots)
    first, limit = 0, min(count, old_count)
    while first < limit and slots[first] == old_slots[first]:
        first += 1
    tail = 0
    while tail < limit - first and slots[count - 1 - tail] == old_slots[old_count - 1 - tail]:
        tail += 1
    timings = list(old_timings[:first])
    cursor = start
    if first:
        cursor = timings[-1].end + dt.timedelta(seconds=slots[first - 1].changeover_seconds)
    # In the unchanged tail, slot i was slot i + shift before.
    return _time_from(cursor, slots[first:], timings,
                      (count - tail, old_count - count, old_timings))


def _time_from(cursor: dt.datetime, slots: Iterable[Slot], timings: list[Timing],
               tail: tuple[int, int, Sequence[Timing]] | None) -> list[Timing]:
    """Time `slots` from `cursor` onto `timings`; in `tail` (the index where the
    unchanged slots begin, the shift to their old index, the old timings) the
    old timings are taken as soon as the clock agrees with them."""
    for slot in slots:
        if tail is not None and len(timings) >= tail[0]:
            old = tail[2][len(timings) + tail[1]]
            if old.natural_start == cursor:
                timings.extend(tail[2][len(timings) + tail[1]:])
                return timings
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
