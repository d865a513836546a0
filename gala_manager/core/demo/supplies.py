"""Builds the demo gala's supplies and budget from `supplies_data`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.demo.supplies_data import BUDGET_LIMIT, ITEMS
from gala_manager.core.models import Act, Department, Person
from gala_manager.core.supplies.items import SupplyItemData, add_item
from gala_manager.core.supplies.settings import category_by_key, set_budget_limit

DEMO_YEAR, DEMO_MONTH = 2027, 4


def fill_supplies(session: Session) -> None:
    """The plan's supplies with their people and departments, and the budget limit."""
    departments = dict(session.execute(select(Department.name, Department.id)).all())
    people = dict(session.execute(select(Person.name, Person.id)).all())
    acts = dict(session.execute(select(Act.title, Act.id)).all())
    for (name, category, quantity, unit, price, source, supplier, department, person, day,
         status, extras) in ITEMS:
        extras = dict(extras)
        if "act" in extras:
            extras["act_id"] = acts.get(extras.pop("act"))  # None if the programme is absent
        add_item(session, data=SupplyItemData(
            name=name, category_id=category_by_key(session, category),
            quantity=Decimal(quantity), unit=unit, unit_price=Decimal(price), source=source,
            supplier=supplier, department_id=departments.get(department),
            responsible_person_id=people.get(person),
            needed_by=dt.date(DEMO_YEAR, DEMO_MONTH, day), status=status, **extras))
    set_budget_limit(session, budget_limit=BUDGET_LIMIT)
