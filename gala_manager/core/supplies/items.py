"""Verbs on supply items and their plain-value rows for the UI and the exports."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from gala_manager.core.bulk import in_chunks, new_ids
from gala_manager.core.errors import NotFoundError, ValidationError
from gala_manager.core.memo import memoized
from gala_manager.core.models import (
    Act,
    Department,
    Person,
    SupplyCategory,
    SupplyItem,
    SupplySource,
    SupplyStatus,
)
from gala_manager.core.money import MILLI, round_money, subtotal
from gala_manager.core.operations import Area, changes

# What an item names, checked to exist.
_REFERENCES = ((SupplyCategory, "category_id"), (Department, "department_id"),
               (Person, "responsible_person_id"), (Act, "act_id"))
_REFERENCE_KINDS = {SupplyCategory: "supply_category", Department: "department",
                    Person: "person", Act: "act"}
EDITABLE = ("name", "category_id", "quantity", "unit", "unit_price", "source", "supplier",
            "department_id", "responsible_person_id", "needed_by", "status", "must_return",
            "return_to", "notes", "act_id")


@dataclass(frozen=True, kw_only=True, slots=True)
class SupplyItemData:
    """What a user edits about an item: everything but its id."""

    name: str
    category_id: int
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    source: SupplySource = SupplySource.BUY
    supplier: str = ""
    department_id: int | None = None
    responsible_person_id: int | None = None
    needed_by: dt.date | None = None
    status: SupplyStatus = SupplyStatus.PLANNED
    must_return: bool = False
    return_to: str = ""
    notes: str = ""
    act_id: int | None = None

    def replace(self, **kwargs: object) -> SupplyItemData:
        """A copy with some fields changed."""
        return dataclasses.replace(self, **kwargs)


@dataclass(frozen=True, kw_only=True, slots=True)
class SupplyItemRow(SupplyItemData):
    """An item as plain values, with the names it refers to and its subtotal."""

    id: int
    category_key: str | None = None
    category_name: str = ""
    department_name: str = ""
    person_name: str = ""
    act_title: str = ""

    @property
    def subtotal(self) -> Decimal:
        """Quantity × unit price, to the fen."""
        return subtotal(self.quantity, self.unit_price)

    @property
    def cost(self) -> Decimal:
        """What the item costs the budget: its subtotal when bought, else nothing."""
        return self.subtotal if self.source == SupplySource.BUY else Decimal("0.00")

    def data(self) -> SupplyItemData:
        """The editable part of the row."""
        return SupplyItemData(**{name: getattr(self, name) for name in EDITABLE})


@memoized(Area.SUPPLIES, Area.PEOPLE)
def _listed_items(session: Session) -> list[SupplyItemRow]:
    """Every item as its last change to items or people left it (acts as they were)."""
    return _rows(session, None)


@memoized(Area.SUPPLIES, Area.PEOPLE, Area.PROGRAMME)
def list_items(session: Session) -> list[SupplyItemRow]:
    """Every item, by category then in the order added (the names of its links too)."""
    rows = _listed_items(session)
    # An edit in the programme reads only the items linked to acts (removing an act
    # unlinks its props by a foreign key); every other row stays the same object.
    links = {item_id: (act_id, title) for item_id, act_id, title in session.execute(
        select(SupplyItem.id, SupplyItem.act_id, Act.title)
        .join(Act, SupplyItem.act_id == Act.id))}
    fresh = []
    for row in rows:
        act_id, title = links.get(row.id, (None, ""))
        if (row.act_id, row.act_title) != (act_id, title):
            row = dataclasses.replace(row, act_id=act_id, act_title=title)
        fresh.append(row)
    return fresh


def get_item(session: Session, *, item_id: int) -> SupplyItemRow:
    """One item; `NotFoundError` when it is gone."""
    rows = _rows(session, [item_id])
    if not rows:
        raise NotFoundError("supply_item", item_id)
    return rows[0]


_COLUMNS = (SupplyItem.id, *(getattr(SupplyItem, name) for name in EDITABLE))


def _rows(session: Session, ids: list[int] | None) -> list[SupplyItemRow]:
    person = aliased(Person)
    # Plain columns, not ORM objects: a gala may list thousands of items.
    query = (
        select(*_COLUMNS, SupplyCategory.key, SupplyCategory.name, Department.name,
               person.name, Act.title)
        .join(SupplyCategory, SupplyItem.category_id == SupplyCategory.id)
        .outerjoin(Act, SupplyItem.act_id == Act.id)
        .outerjoin(Department, SupplyItem.department_id == Department.id)
        .outerjoin(person, SupplyItem.responsible_person_id == person.id)
        .order_by(SupplyCategory.sort_order, SupplyCategory.id, SupplyItem.id)
    )
    if ids is not None:
        query = query.where(SupplyItem.id.in_(ids))
    fields = len(EDITABLE) + 1
    return [
        SupplyItemRow(id=row[0], category_key=key, category_name=cat_name or "",
                      department_name=dept or "", person_name=who or "", act_title=act or "",
                      **dict(zip(EDITABLE, row[1:fields], strict=True)))
        for row in _shared_values(session.execute(query))
        for key, cat_name, dept, who, act in (row[fields:],)
    ]


# Columns whose values repeat across thousands of items: SQLite hands out a new object
# for every cell, and a list of 3,000 items kept 1.7 MB of equal decimals, units,
# suppliers, notes, dates and category and department names.
_COLUMN_NAMES = ("id", *EDITABLE, "category_key", "category_name", "department_name",
                 "person_name", "act_title")
_REPEATING = tuple(_COLUMN_NAMES.index(name) for name in (
    "quantity", "unit", "unit_price", "supplier", "needed_by", "notes", "category_key",
    "department_name"))


def _shared_values(rows) -> list[tuple]:
    """The rows with equal values of a column as one object (each column on its own, so
    that 1.00 and 1.000 stay as they were)."""
    columns = list(zip(*rows, strict=True))
    if not columns:
        return []
    for index in _REPEATING:
        shared: dict = {}
        columns[index] = map(shared.setdefault, columns[index], columns[index])
    return list(zip(*columns, strict=True))


def clean_item(session: Session, data: SupplyItemData) -> SupplyItemData:
    """Check an item against the rules; returns it trimmed and rounded.

    Raises `ValidationError` (field, code) for a value the item cannot have,
    and `NotFoundError` when it names a category, department or person that
    no longer exists.
    """
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "required", data.name)
    if len(name) > 200:
        raise ValidationError("name", "too_long", len(name))
    if data.quantity is None or data.quantity <= 0:
        raise ValidationError("quantity", "not_positive", data.quantity)
    quantity = Decimal(data.quantity).quantize(MILLI)
    if quantity <= 0 or quantity >= Decimal(10) ** 9:
        raise ValidationError("quantity", "out_of_range", data.quantity)
    if data.unit_price is None or data.unit_price < 0:
        raise ValidationError("unit_price", "negative", data.unit_price)
    price = round_money(Decimal(data.unit_price))
    if price >= Decimal(10) ** 9:
        raise ValidationError("unit_price", "out_of_range", data.unit_price)
    for model, field in _REFERENCES:
        key = getattr(data, field)
        if key is not None and session.get(model, key) is None:
            raise NotFoundError(_REFERENCE_KINDS[model], key)
    return data.replace(name=name, quantity=quantity, unit_price=price,
                        unit=data.unit.strip(), supplier=data.supplier.strip(),
                        return_to=data.return_to.strip(), source=SupplySource(data.source),
                        status=SupplyStatus(data.status), must_return=bool(data.must_return))


@changes(Area.SUPPLIES)
def add_item(session: Session, *, data: SupplyItemData, item_id: int | None = None) -> int:
    """Add an item; returns its id. `item_id` re-creates a removed item (redo)."""
    data = clean_item(session, data)
    item = SupplyItem(**{name: getattr(data, name) for name in EDITABLE})
    if item_id is not None:
        item.id = item_id
    session.add(item)
    session.flush()
    return item.id


@changes(Area.SUPPLIES)
def add_items(session: Session, *, items: list[SupplyItemData],
              item_ids: list[int] | None = None) -> list[int]:
    """Add many items in one flush (an import of thousands); their ids, in order.
    `item_ids` re-creates them under the ids of a first run (redo)."""
    # The rows the items name, held while they are checked: the session keeps only
    # objects someone holds, and 3,000 items asked the database 6,000 times.
    held = [session.get(model, key) for model, key in {
        (model, getattr(data, field)) for data in items
        for model, field in _REFERENCES if getattr(data, field) is not None}]
    ids = new_ids(session, SupplyItem, len(items), item_ids or ())  # one executemany
    added = []
    for data, item_id in zip(items, ids, strict=True):
        data = clean_item(session, data)
        added.append(SupplyItem(id=item_id, **{name: getattr(data, name) for name in EDITABLE}))
    session.add_all(added)
    session.flush()
    del held
    return [item.id for item in added]


@changes(Area.SUPPLIES)
def update_item(session: Session, *, item_id: int, data: SupplyItemData) -> SupplyItemData:
    """Replace an item's values; returns the previous ones (for undo)."""
    item = session.get(SupplyItem, item_id)
    if item is None:
        raise NotFoundError("supply_item", item_id)
    previous = SupplyItemData(**{name: getattr(item, name) for name in EDITABLE})
    data = clean_item(session, data)
    for name in EDITABLE:
        setattr(item, name, getattr(data, name))
    return previous


@changes(Area.SUPPLIES)
def remove_items(session: Session, *, item_ids: list[int]) -> list[tuple[int, SupplyItemData]]:
    """Remove items; returns each one's id and values so undo can put them back."""
    # Read together, not one SELECT per item (an import's undo removes thousands).
    found = {item.id: item for chunk in in_chunks(item_ids)
             for item in session.scalars(select(SupplyItem).where(SupplyItem.id.in_(chunk)))}
    removed = []
    for item_id in item_ids:
        item = found.get(item_id)
        if item is None:
            raise NotFoundError("supply_item", item_id)
        removed.append((item_id, SupplyItemData(**{n: getattr(item, n) for n in EDITABLE})))
        session.delete(item)
    return removed


@changes(Area.SUPPLIES)
def restore_items(session: Session, *, items: list[tuple[int, SupplyItemData]]) -> list[int]:
    """Put removed items back under their old ids (undo of `remove_items`)."""
    return [add_item(session, data=data, item_id=item_id) for item_id, data in items]


@changes(Area.SUPPLIES)
def set_statuses(session: Session, *, statuses: dict[int, SupplyStatus]) -> dict[int, SupplyStatus]:
    """Set each item's status; returns the previous statuses (undo passes them back)."""
    previous = {}
    for item_id, status in statuses.items():
        item = session.get(SupplyItem, item_id)
        if item is None:
            raise NotFoundError("supply_item", item_id)
        previous[item_id] = item.status
        item.status = SupplyStatus(status)
    return previous


@changes(Area.SUPPLIES)
def set_items_status(session: Session, *, item_ids: list[int],
                     status: SupplyStatus) -> dict[int, SupplyStatus]:
    """Give many items one status (bulk change); returns the previous statuses."""
    return set_statuses(session, statuses={item_id: status for item_id in item_ids})
