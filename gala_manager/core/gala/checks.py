"""Checks of the gala's own facts: what is still missing before the night."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.gala.facts import get_gala_facts
from gala_manager.core.operations import Area

# Facts a committee must settle; each missing one is reported by name.
REQUIRED_FACTS = ("theme", "organiser", "venue", "date", "audience")


def check_gala_facts(session: Session) -> list[Problem]:
    """A problem for each required fact that is still empty."""
    facts = get_gala_facts(session)
    problems = []
    for name in REQUIRED_FACTS:
        value = getattr(facts, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            severity = Severity.ERROR if name in ("venue", "date") else Severity.WARNING
            problems.append(Problem(Area.GALA, "missing_fact", severity, {"fact": name},
                                    ("gala", name)))
    return problems
