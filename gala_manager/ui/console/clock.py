"""Clocks for the console: the real one, and a settable one for tests and scripted runs."""

from __future__ import annotations

import datetime as dt


class SystemClock:
    """The computer's local time, to the second."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)


class ManualClock:
    """A clock that only moves when told to (tests, rehearsals of the console)."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def set(self, when: dt.datetime) -> None:
        """Jump to a time."""
        self._now = when

    def advance(self, seconds: float = 0, minutes: float = 0) -> dt.datetime:
        """Move forward; returns the new time."""
        self._now += dt.timedelta(seconds=seconds, minutes=minutes)
        return self._now
