"""Checks of the contingency plans: a plan for each of the plan's kinds, steps, phones."""

from __future__ import annotations

from sqlalchemy.orm import Session

from gala_manager.core.checks import Problem, Severity
from gala_manager.core.contingency.plans import BUILTIN_KINDS, list_plans
from gala_manager.core.memo import memoized
from gala_manager.core.operations import Area


@memoized(Area.CONTINGENCY, Area.PEOPLE, Area.STAFF)
def check_contingency(session: Session) -> list[Problem]:
    """Missing plans for the plan's four kinds, plans without steps, contacts without phone."""
    plans = list_plans(session)
    problems = []
    kinds = {row.data.kind for row in plans}
    for kind in BUILTIN_KINDS:
        if kind not in kinds:
            problems.append(Problem(Area.CONTINGENCY, "missing_plan", Severity.WARNING,
                                    {"kind": kind}, ("contingency",)))
    for row in plans:
        target = ("contingency_plan", row.id)
        if not row.data.steps:
            problems.append(Problem(Area.CONTINGENCY, "plan_without_steps", Severity.WARNING,
                                    {"title": row.data.title}, target))
        for contact in row.data.contacts:
            if not contact.phone.strip():
                problems.append(Problem(Area.CONTINGENCY, "contact_without_phone",
                                        Severity.WARNING,
                                        {"title": row.data.title, "name": contact.name},
                                        target))
    return problems
