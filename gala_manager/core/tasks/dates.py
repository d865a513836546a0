"""Due dates of tasks: relative to the gala date or absolute, and when one is overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import TaskStatus

# A relative date further than this from the gala is surely a typing mistake.
MAX_OFFSET_DAYS = 366
OPEN_STATUSES = frozenset({TaskStatus.TODO, TaskStatus.DOING})


@dataclass(frozen=True)
class Due:
    """When a task is due: an absolute date, or days from the gala date, or nothing.

    `time` is an optional time of day (the make-up call at 15:30); without it
    a task is due by the end of its day.
    """

    date: dt.date | None = None
    offset_days: int | None = None
    time: dt.time | None = None

    @classmethod
    def relative(cls, offset_days: int, time: dt.time | None = None) -> Due:
        """Due `offset_days` from the gala date (negative: before it)."""
        return cls(None, offset_days, time)

    @classmethod
    def absolute(cls, date: dt.date, time: dt.time | None = None) -> Due:
        """Due on a fixed date, whatever the gala date."""
        return cls(date, None, time)

    @property
    def is_relative(self) -> bool:
        """True when the date follows the gala date."""
        return self.offset_days is not None

    def validate(self) -> None:
        """Raise `ValidationError` for a due date a task cannot have."""
        if self.date is not None and self.offset_days is not None:
            raise ValidationError("due", "two_kinds", (self.date, self.offset_days))
        if self.offset_days is not None and abs(self.offset_days) > MAX_OFFSET_DAYS:
            raise ValidationError("due_offset_days", "out_of_range", self.offset_days)
        if self.time is not None and self.date is None and self.offset_days is None:
            raise ValidationError("due_time", "time_without_date", self.time)

    def on(self, gala_date: dt.date | None) -> dt.date | None:
        """The calendar date for a gala on `gala_date` (None while unknown)."""
        if self.date is not None:
            return self.date
        if self.offset_days is None or gala_date is None:
            return None
        return gala_date + dt.timedelta(days=self.offset_days)

    def deadline(self, gala_date: dt.date | None) -> dt.datetime | None:
        """The first moment the task is late: its time, or the next midnight."""
        day = self.on(gala_date)
        if day is None:
            return None
        if self.time is not None:
            return dt.datetime.combine(day, self.time)
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 0))


def is_open(status: TaskStatus) -> bool:
    """Still to be done: neither done nor dropped."""
    return TaskStatus(status) in OPEN_STATUSES


def is_overdue(status: TaskStatus, due: Due, gala_date: dt.date | None,
               now: dt.datetime) -> bool:
    """An open task whose deadline has passed at `now`.

    A task due on a day without a time is late from the following midnight;
    with a time it is late from that minute on.
    """
    deadline = due.deadline(gala_date)
    return is_open(status) and deadline is not None and now >= deadline


def days_late(due: Due, gala_date: dt.date | None, now: dt.datetime) -> int:
    """Whole days since the due date (0 on the day itself)."""
    day = due.on(gala_date)
    return 0 if day is None else max(0, (now.date() - day).days)


def is_due_within(status: TaskStatus, due: Due, gala_date: dt.date | None,
                  now: dt.datetime, days: int = 7) -> bool:
    """An open task due from today to `days` ahead, not yet overdue."""
    day = due.on(gala_date)
    if day is None or not is_open(status) or is_overdue(status, due, gala_date, now):
        return False
    return now.date() <= day <= now.date() + dt.timedelta(days=days)
