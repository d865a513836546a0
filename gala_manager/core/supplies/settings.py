"""Supply categories (built-in and the user's own) and the gala's supply budget."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gala_manager.core.errors import InUseError, NotFoundError, ValidationError
from gala_manager.core.models import SupplyBudget, SupplyCategory, SupplyItem
from gala_manager.core.money import round_money
from gala_manager.core.operations import Area, changes
from gala_manager.core.sponsors import sponsorship_income

BUDGET_ID = 1


@dataclass(frozen=True)
class CategoryRow:
    """A category: built-ins have a `key` (the UI words it), the user's own a `name`."""

    id: int
    key: str | None
    name: str
    sort_order: int

    @property
    def builtin(self) -> bool:
        """Whether the category ships with every gala file."""
        return self.key is not None


@dataclass(frozen=True)
class BudgetSettings:
    """The money the committee has: the school's limit and the sponsors' cash.

    `sponsorship` is read from the sponsor records (agreed or received cash);
    the budget itself only holds the limit.
    """

    budget_limit: Decimal | None = None
    sponsorship: Decimal = Decimal("0.00")

    @property
    def available(self) -> Decimal | None:
        """Limit plus sponsorship; None while no limit is set."""
        if self.budget_limit is None:
            return None
        return self.budget_limit + self.sponsorship


def list_categories(session: Session) -> list[CategoryRow]:
    """Categories in display order: built-ins first, then the user's."""
    rows = session.scalars(select(SupplyCategory).order_by(SupplyCategory.sort_order,
                                                           SupplyCategory.id))
    return [CategoryRow(c.id, c.key, c.name, c.sort_order) for c in rows]


def category_by_key(session: Session, key: str) -> int:
    """The id of a built-in category."""
    found = session.scalar(select(SupplyCategory.id).where(SupplyCategory.key == key))
    if found is None:
        raise NotFoundError("supply_category", key)
    return found


def _check_name(session: Session, name: str, own_id: int | None) -> str:
    name = name.strip()
    if not name:
        raise ValidationError("name", "required", name)
    if len(name) > 100:
        raise ValidationError("name", "too_long", len(name))
    clash = session.scalar(select(SupplyCategory.id).where(
        func.lower(SupplyCategory.name) == name.lower(), SupplyCategory.id != (own_id or 0)))
    if clash is not None:
        raise ValidationError("name", "duplicate", name)
    return name


@changes(Area.SUPPLIES)
def add_category(session: Session, *, name: str, category_id: int | None = None,
                 sort_order: int | None = None) -> int:
    """Add a user category at the end; returns its id (`category_id` for redo)."""
    name = _check_name(session, name, None)
    if sort_order is None:
        sort_order = (session.scalar(select(func.max(SupplyCategory.sort_order))) or 0) + 1
    category = SupplyCategory(name=name, key=None, sort_order=sort_order)
    if category_id is not None:
        category.id = category_id
    session.add(category)
    session.flush()
    return category.id


@changes(Area.SUPPLIES)
def rename_category(session: Session, *, category_id: int, name: str) -> str:
    """Rename a user category; returns the previous name. Built-ins keep their names."""
    category = session.get(SupplyCategory, category_id)
    if category is None:
        raise NotFoundError("supply_category", category_id)
    if category.key is not None:
        raise ValidationError("name", "builtin", category.key)
    previous = category.name
    category.name = _check_name(session, name, category_id)
    return previous


@changes(Area.SUPPLIES)
def remove_category(session: Session, *, category_id: int) -> CategoryRow:
    """Remove an unused user category; returns it for undo."""
    category = session.get(SupplyCategory, category_id)
    if category is None:
        raise NotFoundError("supply_category", category_id)
    if category.key is not None:
        raise ValidationError("category_id", "builtin", category.key)
    used = session.scalars(select(SupplyItem.name).where(SupplyItem.category_id == category_id)
                           .order_by(SupplyItem.id)).all()
    if used:
        raise InUseError("supply_category", category_id, list(used))
    row = CategoryRow(category.id, category.key, category.name, category.sort_order)
    session.delete(category)
    return row


@changes(Area.SUPPLIES)
def restore_category(session: Session, *, row: CategoryRow) -> int:
    """Put a removed user category back (undo of `remove_category`)."""
    return add_category(session, name=row.name, category_id=row.id, sort_order=row.sort_order)


def get_budget(session: Session) -> BudgetSettings:
    """The budget limit, and the sponsorship income the sponsor records add up to."""
    budget = session.get(SupplyBudget, BUDGET_ID)
    return BudgetSettings(None if budget is None else budget.budget_limit,
                          sponsorship_income(session))


@changes(Area.SUPPLIES)
def set_budget_limit(session: Session, *, budget_limit: Decimal | None) -> Decimal | None:
    """Set the budget limit (None: no limit); returns the previous one (for undo)."""
    if budget_limit is not None and (budget_limit < 0 or budget_limit >= Decimal(10) ** 10):
        raise ValidationError("budget_limit", "out_of_range", budget_limit)
    row = session.get(SupplyBudget, BUDGET_ID)
    if row is None:
        row = SupplyBudget(id=BUDGET_ID)
        session.add(row)
    previous = row.budget_limit
    row.budget_limit = None if budget_limit is None else round_money(budget_limit)
    return previous
