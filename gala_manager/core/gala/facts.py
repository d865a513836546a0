"""Read and edit the gala's facts (name, venue, date, planned length ...)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.models import Gala
from gala_manager.core.operations import Area, changes

GALA_ID = 1


@dataclass(frozen=True)
class GalaFacts:
    """The facts of a gala as plain values, detached from any session."""

    name: str
    theme: str = ""
    organiser: str = ""
    co_organisers: str = ""
    venue: str = ""
    date: dt.date | None = None
    start_time: dt.time = dt.time(19, 0)
    planned_minutes: int = 150
    min_minutes: int = 120
    max_minutes: int = 180
    audience: str = ""
    notes: str = ""

    def replace(self, **kwargs: object) -> GalaFacts:
        """A copy with some facts changed."""
        return dataclasses.replace(self, **kwargs)

    def start_datetime(self) -> dt.datetime | None:
        """When the show starts, or None while the date is unknown."""
        if self.date is None:
            return None
        return dt.datetime.combine(self.date, self.start_time)


FIELDS = [f.name for f in dataclasses.fields(GalaFacts)]


def validate_facts(facts: GalaFacts) -> None:
    """Raise `ValidationError` for facts the gala cannot have."""
    if not facts.name.strip():
        raise ValidationError("name", "required", facts.name)
    for name in ("planned_minutes", "min_minutes", "max_minutes"):
        value = getattr(facts, name)
        if not 1 <= value <= 24 * 60:
            raise ValidationError(name, "out_of_range", value)
    if facts.min_minutes > facts.max_minutes:
        raise ValidationError("min_minutes", "above_max", facts.min_minutes)
    if not facts.min_minutes <= facts.planned_minutes <= facts.max_minutes:
        raise ValidationError("planned_minutes", "outside_range", facts.planned_minutes)


def get_gala_facts(session: Session) -> GalaFacts:
    """The gala's facts."""
    gala = session.get(Gala, GALA_ID)
    if gala is None:
        return GalaFacts(name="")
    return GalaFacts(**{name: getattr(gala, name) for name in FIELDS})


def gala_uid(session: Session) -> str:
    """The gala's random identifier: the same through renames, new for a gala made from
    another, so calendar UIDs built on it stay put and never meet another gala's."""
    gala = session.get(Gala, GALA_ID)
    return gala.uid if gala is not None else ""


@changes(Area.GALA)
def set_gala_facts(session: Session, *, facts: GalaFacts) -> GalaFacts:
    """Replace the gala's facts; returns the previous ones (for undo)."""
    validate_facts(facts)
    facts = facts.replace(name=facts.name.strip())
    previous = get_gala_facts(session)
    gala = session.get(Gala, GALA_ID)
    if gala is None:
        gala = Gala(id=GALA_ID)
        session.add(gala)
    for name in FIELDS:
        setattr(gala, name, getattr(facts, name))
    return previous
