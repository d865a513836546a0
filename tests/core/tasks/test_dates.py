"""Due dates relative to the gala, and overdue logic around midnight and the gala date."""

import datetime as dt

import pytest

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import TaskStatus
from gala_manager.core.tasks.dates import Due, days_late, is_due_within, is_overdue

GALA = dt.date(2027, 4, 30)
TODO, DOING, DONE, DROPPED = TaskStatus.TODO, TaskStatus.DOING, TaskStatus.DONE, \
    TaskStatus.DROPPED


@pytest.mark.parametrize("due, gala, expected", [
    (Due.relative(-7), GALA, dt.date(2027, 4, 23)),
    (Due.relative(0, dt.time(15, 30)), GALA, GALA),
    (Due.relative(14), GALA, dt.date(2027, 5, 14)),
    (Due.relative(-1), dt.date(2027, 3, 1), dt.date(2027, 2, 28)),
    (Due.relative(-1), dt.date(2028, 3, 1), dt.date(2028, 2, 29)),
    (Due.absolute(dt.date(2027, 4, 1)), GALA, dt.date(2027, 4, 1)),
    (Due.absolute(dt.date(2027, 4, 1)), dt.date(2027, 6, 1), dt.date(2027, 4, 1)),
    (Due.relative(-7), None, None),
    (Due(), GALA, None),
])
def test_due_date_follows_the_gala_date_only_when_relative(due, gala, expected):
    assert due.on(gala) == expected


@pytest.mark.parametrize("status, due, now, overdue", [
    # A whole-day task is late from the following midnight on.
    (TODO, Due.absolute(dt.date(2027, 4, 20)), dt.datetime(2027, 4, 20, 23, 59, 59), False),
    (TODO, Due.absolute(dt.date(2027, 4, 20)), dt.datetime(2027, 4, 21, 0, 0), True),
    (TODO, Due.absolute(dt.date(2027, 4, 20)), dt.datetime(2027, 4, 19, 0, 0), False),
    # With a time of day it is late from that minute.
    (TODO, Due.relative(0, dt.time(15, 30)), dt.datetime(2027, 4, 30, 15, 29), False),
    (TODO, Due.relative(0, dt.time(15, 30)), dt.datetime(2027, 4, 30, 15, 30), True),
    (DOING, Due.relative(0, dt.time(0, 0)), dt.datetime(2027, 4, 29, 23, 59), False),
    (DOING, Due.relative(0, dt.time(0, 0)), dt.datetime(2027, 4, 30, 0, 0), True),
    # Across the gala date: a review due two weeks after is not late on the night.
    (TODO, Due.relative(14), dt.datetime(2027, 4, 30, 22, 0), False),
    (TODO, Due.relative(14), dt.datetime(2027, 5, 15, 0, 0), True),
    (TODO, Due.relative(-1), dt.datetime(2027, 4, 30, 0, 0), True),
    # Done and dropped work is never late; no date means never late.
    (DONE, Due.relative(-30), dt.datetime(2027, 5, 1), False),
    (DROPPED, Due.relative(-30), dt.datetime(2027, 5, 1), False),
    (TODO, Due(), dt.datetime(2030, 1, 1), False),
])
def test_overdue(status, due, now, overdue):
    assert is_overdue(status, due, GALA, now) is overdue


def test_moving_the_gala_date_moves_relative_deadlines():
    due = Due.relative(-7)
    now = dt.datetime(2027, 4, 25, 12, 0)
    assert is_overdue(TODO, due, GALA, now)
    assert not is_overdue(TODO, due, GALA + dt.timedelta(days=7), now)
    assert not is_overdue(TODO, due, None, now)


@pytest.mark.parametrize("due, now, expected", [
    (Due.absolute(dt.date(2027, 4, 20)), dt.datetime(2027, 4, 20, 23, 0), 0),
    (Due.absolute(dt.date(2027, 4, 20)), dt.datetime(2027, 4, 23, 0, 1), 3),
    (Due(), dt.datetime(2027, 4, 23), 0),
])
def test_days_late(due, now, expected):
    assert days_late(due, GALA, now) == expected


@pytest.mark.parametrize("status, due, due_soon", [
    (TODO, Due.absolute(dt.date(2027, 4, 20)), True),
    (TODO, Due.absolute(dt.date(2027, 4, 27)), True),
    (TODO, Due.absolute(dt.date(2027, 4, 28)), False),
    (TODO, Due.absolute(dt.date(2027, 4, 19)), False),  # overdue, not "due soon"
    (DONE, Due.absolute(dt.date(2027, 4, 22)), False),
])
def test_due_this_week(status, due, due_soon):
    assert is_due_within(status, due, GALA, dt.datetime(2027, 4, 20, 9, 0)) is due_soon


@pytest.mark.parametrize("due, code", [
    (Due(dt.date(2027, 4, 1), -3), "two_kinds"),
    (Due.relative(400), "out_of_range"),
    (Due(None, None, dt.time(9, 0)), "time_without_date"),
])
def test_impossible_due_dates_are_refused(due, code):
    with pytest.raises(ValidationError) as caught:
        due.validate()
    assert caught.value.code == code
