"""The thresholds of the plan's rules for one gala (how long an outage may last ...)."""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from gala_manager.core.contingency.rules import RuleSettings
from gala_manager.core.errors import ValidationError
from gala_manager.core.models import ContingencySettings
from gala_manager.core.operations import Area, changes

SETTINGS_ID = 1


def get_rule_settings(session: Session) -> RuleSettings:
    """The gala's rule thresholds (the plan's defaults until the committee changes them)."""
    row = session.get(ContingencySettings, SETTINGS_ID)
    if row is None:
        return RuleSettings()
    return RuleSettings(**{f.name: getattr(row, f.name)
                           for f in dataclasses.fields(RuleSettings)})


_LIMITS = {"start_delay_max_minutes": (0, 600), "first_half_outage_minutes": (1, 240),
           "second_half_outage_minutes": (1, 240), "standby_count": (0, 10),
           "restarts_allowed": (0, 10)}


@changes(Area.CONTINGENCY)
def set_rule_settings(session: Session, *, settings: RuleSettings) -> RuleSettings:
    """Store new thresholds; returns the previous ones (for undo)."""
    for name, (low, high) in _LIMITS.items():
        value = getattr(settings, name)
        if not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(name, "out_of_range", value)
    previous = get_rule_settings(session)
    row = session.get(ContingencySettings, SETTINGS_ID)
    if row is None:
        row = ContingencySettings(id=SETTINGS_ID)
        session.add(row)
    for name in _LIMITS:
        setattr(row, name, getattr(settings, name))
    return previous
