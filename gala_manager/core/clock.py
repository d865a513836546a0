"""The current time, in one place so tests and demos can fix it."""

from __future__ import annotations

import datetime as dt
import os

# A demo or a screenshot can pin the clock, e.g. GALA_MANAGER_NOW=2027-04-20T10:00.
NOW_VARIABLE = "GALA_MANAGER_NOW"


def now() -> dt.datetime:
    """The local time now, or the pinned time when the variable is set and valid."""
    pinned = os.environ.get(NOW_VARIABLE, "").strip()
    if pinned:
        try:
            return dt.datetime.fromisoformat(pinned)
        except ValueError:
            pass  # a bad value must not stop the app; the real clock is right anyway
    return dt.datetime.now()
