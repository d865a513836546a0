"""Supply items, their categories and the gala's supply budget."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal

from sqlalchemy import Boolean, Date, Enum, ForeignKey, Integer, String, Text, TypeDecorator
from sqlalchemy.orm import Mapped, mapped_column

from gala_manager.core.models.base import Base


class SupplySource(enum.StrEnum):
    """Where an item comes from; only bought items cost money."""

    BUY = "buy"
    BORROW = "borrow"
    SPONSOR = "sponsor"
    OWN = "own"


class SupplyStatus(enum.StrEnum):
    """How far an item has got, in the order it gets there."""

    PLANNED = "planned"
    ORDERED = "ordered"
    IN_HAND = "in_hand"
    AT_VENUE = "at_venue"
    DONE = "done"  # returned, or used up


# Keys of the categories every gala file has; the UI translates them.
BUILTIN_CATEGORIES = ("consumables", "publicity", "stage", "props", "prizes", "first_aid",
                      "other")


class FixedDecimal(TypeDecorator):
    """An exact decimal stored as a scaled integer (fen for money).

    SQLite has no decimal type: its NUMERIC is a float, and floats print
    0.30000000000000004. An integer of the smallest unit is exact.
    """

    impl = Integer
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact decimals only; got a float")
        scaled = Decimal(value).scaleb(self.places)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.places} decimal places")
        return int(scaled)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-self.places)


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class SupplyCategory(Base):
    """A category of items: built-in (with a `key`) or added by the user (with a `name`)."""

    __tablename__ = "supply_category"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), unique=True, nullable=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class SupplyItem(Base):
    """One thing the gala needs: what, how many, from where, by when, who sees to it."""

    __tablename__ = "supply_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(
        ForeignKey("supply_category.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[Decimal] = mapped_column("quantity_milli", FixedDecimal(3))
    unit: Mapped[str] = mapped_column(String(20), default="")
    unit_price: Mapped[Decimal] = mapped_column("unit_price_fen", FixedDecimal(2))
    source: Mapped[SupplySource] = mapped_column(_enum(SupplySource), default=SupplySource.BUY)
    supplier: Mapped[str] = mapped_column(String(200), default="")
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), nullable=True, index=True
    )
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), nullable=True, index=True
    )
    needed_by: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[SupplyStatus] = mapped_column(_enum(SupplyStatus),
                                                 default=SupplyStatus.PLANNED)
    must_return: Mapped[bool] = mapped_column(Boolean, default=False)
    return_to: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The act a prop is for; deleting the act keeps the item, unlinked.
    act_id: Mapped[int | None] = mapped_column(ForeignKey("act.id", ondelete="SET NULL"),
                                               nullable=True, index=True)


class SupplyBudget(Base):
    """The gala's supply budget: one row (id 1). Money in exact decimals.

    The sponsors' cash is not kept here: it is the sum of the sponsor records.
    """

    __tablename__ = "supply_budget"

    id: Mapped[int] = mapped_column(primary_key=True)
    budget_limit: Mapped[Decimal | None] = mapped_column("budget_limit_fen", FixedDecimal(2),
                                                         nullable=True)
