"""Builds the demo gala's sponsors from `sponsors_data`, linked to its people, items and acts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.demo.sponsors_data import SPONSORS
from gala_manager.core.models import Act, Person, SupplyItem
from gala_manager.core.sponsors.records import add_sponsor
from gala_manager.core.sponsors.rows import GoodsData, PromiseData, SponsorData


def fill_sponsors(session: Session) -> None:
    """Three sponsors with cash, goods in kind and promises (some kept already)."""
    people = dict(session.execute(select(Person.name, Person.id)).all())
    items = dict(session.execute(select(SupplyItem.name, SupplyItem.id)).all())
    acts = dict(session.execute(select(Act.title, Act.id)).all())
    for entry in SPONSORS:
        add_sponsor(session, data=SponsorData(
            company=entry["company"], contact_name=entry["contact_name"],
            contact_phone=entry["contact_phone"],
            handled_by_person_id=people.get(entry["handled_by"]), status=entry["status"],
            cash=entry["cash"], notes=entry["notes"],
            goods=tuple(GoodsData(text, value, items.get(item))
                        for text, value, item in entry["goods"]),
            promises=tuple(PromiseData(kind, detail, status, acts.get(act))
                           for kind, detail, status, act in entry["promises"])))
