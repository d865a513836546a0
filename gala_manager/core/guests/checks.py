"""Checks of the guests: confirmed but unseated, judges unconfirmed near the day, nobody to meet."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from gala_manager.core import clock
from gala_manager.core.checks import Problem, Severity
from gala_manager.core.gala import get_gala_facts
from gala_manager.core.guests.records import list_guests
from gala_manager.core.guests.seating import get_seating_plan
from gala_manager.core.memo import memoized
from gala_manager.core.models import GuestKind, GuestStatus
from gala_manager.core.operations import Area

# Judges must have said yes this many days before the gala.
JUDGE_DEADLINE_DAYS = 3


# What the checks read of the guests: their own rows (a receiver is cleared when the
# person or post is removed), the seating plan and the gala's date; kept per day.
@memoized(Area.GUESTS, Area.PEOPLE, Area.STAFF, Area.GALA, varies=lambda: clock.now().date())
def check_guests(session: Session, today: dt.date | None = None) -> list[Problem]:
    """Every guest problem, in list order; `today` is fixed by tests."""
    today = today or clock.now().date()
    date = get_gala_facts(session).date
    plan = get_seating_plan(session)
    problems = []
    for row in list_guests(session):
        data, target = row.data, ("guest", row.id)
        if not row.coming:
            continue
        params = {"name": data.name, "title": data.title}
        if data.status == GuestStatus.CONFIRMED and row.seat is None:
            problems.append(Problem(Area.GUESTS, "guest_no_seat", Severity.WARNING, params,
                                    target))
        if row.seat is not None and not plan.holds(row.seat):
            problems.append(Problem(Area.GUESTS, "guest_seat_outside", Severity.WARNING,
                                    {**params, "row": row.seat[0], "number": row.seat[1]},
                                    target))
        if (data.kind == GuestKind.JUDGE and data.status != GuestStatus.CONFIRMED
                and date is not None
                and today >= date - dt.timedelta(days=JUDGE_DEADLINE_DAYS)):
            problems.append(Problem(
                Area.GUESTS, "guest_judge_unconfirmed",
                Severity.ERROR if today >= date else Severity.WARNING,
                {**params, "days": max(0, (date - today).days)}, target))
        if data.receiver_person_id is None and data.receiver_post_id is None:
            problems.append(Problem(Area.GUESTS, "guest_no_receiver", Severity.WARNING, params,
                                    target))
    return problems
