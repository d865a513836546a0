"""Problems the core finds in a gala, gathered from every area's checks."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from gala_manager.core.operations import Area, check_areas

if TYPE_CHECKING:  # the wording of problems loads before the storage layer
    from sqlalchemy.orm import Session


class Severity(enum.StrEnum):
    """How bad a problem is: warnings are worth a look, errors break the night."""

    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding. `code` names the rule; the UI words it with `params`.

    `area` is the `Area` whose checks found it (anything else is a
    `TypeError` here); `target` says where to fix it, e.g. ("gala", "venue")
    or ("act", 12).
    """

    area: Area
    code: str
    severity: Severity = Severity.WARNING
    params: dict = field(default_factory=dict)
    target: tuple = ()

    def __post_init__(self) -> None:
        # Checks of a big gala make thousands: only a wrong area pays for the message.
        if type(self.area) is not Area:
            check_areas((self.area,), f"Problem {self.code!r}")


Check = Callable[["Session"], list[Problem]]


def _registered_checks() -> list[Check]:
    # Imported here so each area's module can import Problem from this one.
    from gala_manager.core.awards.checks import check_awards
    from gala_manager.core.contingency.checks import check_contingency
    from gala_manager.core.draws.checks import check_draws
    from gala_manager.core.gala.checks import check_gala_facts
    from gala_manager.core.guests.checks import check_guests
    from gala_manager.core.programme.checks import check_programme
    from gala_manager.core.programme.music import check_music
    from gala_manager.core.quiz.checks import check_quiz
    from gala_manager.core.sponsors.checks import check_sponsors
    from gala_manager.core.staff.checks import check_staff
    from gala_manager.core.supplies.checks import check_supplies
    from gala_manager.core.tasks.checks import check_tasks

    return [check_gala_facts, check_programme, check_music, check_tasks, check_supplies,
            check_staff, check_contingency, check_sponsors, check_guests, check_draws,
            check_awards, check_quiz]


def run_checks(session: Session) -> list[Problem]:
    """Every problem every area reports, in area order."""
    problems: list[Problem] = []
    for check in _registered_checks():
        problems.extend(check(session))
    return problems
