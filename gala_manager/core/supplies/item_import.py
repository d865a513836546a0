"""Import supply items read from a sheet: preview (duplicates, new categories) and the verb."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from gala_manager.core.errors import ValidationError
from gala_manager.core.import_rows import RowProblem, SortedRows, has_error, sort_rows
from gala_manager.core.models import (
    Act,
    Department,
    SupplyCategory,
    SupplyItem,
    SupplySource,
    SupplyStatus,
)
from gala_manager.core.operations import Area, changes
from gala_manager.core.person_match import Match, PersonMatch, match_people
from gala_manager.core.supplies.items import SupplyItemData, add_items, remove_items
from gala_manager.core.supplies.settings import add_category


@dataclass(frozen=True)
class SheetItem:
    """One row of a supplies sheet, read and checked; names not yet matched to ids."""

    row: int
    name: str
    category: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = ""
    unit_price: Decimal = Decimal(0)
    source: SupplySource = SupplySource.BUY
    supplier: str = ""
    department: str = ""
    person: str = ""
    needed_by: dt.date | None = None
    status: SupplyStatus = SupplyStatus.PLANNED
    must_return: bool = False
    return_to: str = ""
    notes: str = ""
    act: str = ""  # the title of the act a prop is for
    problems: tuple[RowProblem, ...] = field(default=())
    sheet: str = ""

    @property
    def has_error(self) -> bool:
        """Whether this row stops the import."""
        return has_error(self.problems)


@dataclass(frozen=True)
class SupplyImportPreview(SortedRows[SheetItem]):
    """What an import would do: rows to add, duplicates to skip, categories to create."""

    new_categories: tuple[str, ...]
    unknown_names: tuple[str, ...]  # departments, people or acts not in the gala (left empty)
    people: Mapping[str, PersonMatch] = field(default_factory=dict)  # responsible, by name


@dataclass(frozen=True)
class SupplyImportResult:
    """What an import added, for undo."""

    item_ids: tuple[int, ...]
    category_ids: tuple[int, ...]
    skipped: int


def fold(text: str) -> str:
    """Text reduced for matching names: width, case and spaces do not count."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def _duplicate_key(name: str, supplier: str) -> tuple[str, str]:
    return fold(name), fold(supplier)


def _categories(session: Session, builtin_words: Mapping[str, str]) -> dict[str, int]:
    """Folded category word → id: the user's names and the built-ins' labels and keys."""
    found: dict[str, int] = {}
    for cat in session.scalars(select(SupplyCategory)):
        if cat.key is None:
            found[fold(cat.name)] = cat.id
        else:
            found[fold(cat.key)] = cat.id
    for word, key in builtin_words.items():
        ids = [cid for k, cid in found.items() if k == fold(key)]
        if ids:
            found.setdefault(fold(word), ids[0])
    return found


def preview_supply_import(session: Session, *, items: Sequence[SheetItem],
                          builtin_words: Mapping[str, str] = {}) -> SupplyImportPreview:  # noqa: B006
    """Sort the rows into new, duplicate (same item and supplier) and erroneous.

    `builtin_words` maps the built-in categories' labels in every language
    ("消耗品", "Consumables") to their keys.
    """
    seen = {_duplicate_key(n, s) for n, s in session.execute(
        select(SupplyItem.name, SupplyItem.supplier))}
    new, duplicates, errors = sort_rows(items, seen, lambda i: _duplicate_key(i.name, i.supplier),
                                        lambda i: i.problems)
    categories = _categories(session, builtin_words)
    departments = {fold(n) for n in session.scalars(select(Department.name))}
    acts = {fold(t) for t in session.scalars(select(Act.title))}
    people = _people(session, items)
    new_categories = dict.fromkeys(i.category.strip() for i in new
                                   if i.category and fold(i.category) not in categories)
    unknown = dict.fromkeys(name for i in new for name, known in (
        (i.department, departments), (i.act, acts)) if name and fold(name) not in known)
    unknown.update(dict.fromkeys(i.person for i in new
                                 if i.person and people[i.person].match == Match.UNKNOWN))
    return SupplyImportPreview(new, duplicates, errors, tuple(new_categories), tuple(unknown),
                               people)


def _people(session: Session, items: Sequence[SheetItem]) -> dict[str, PersonMatch]:
    """Each responsible person's name → its match among the gala's people (by name)."""
    return {name: found for (name, _), found in match_people(
        session, [(item.person, "") for item in items if item.person]).items()}


@changes(Area.SUPPLIES)
def import_supplies(session: Session, *, items: Sequence[SheetItem],
                    builtin_words: Mapping[str, str] = {},  # noqa: B006
                    redo_of: SupplyImportResult | None = None) -> SupplyImportResult:
    """Add every new row in one transaction, or nothing when any row has an error.

    `redo_of` (the result of a first run, on a redo after undo) gives the items
    and categories back their ids, in the same order.
    """
    preview = preview_supply_import(session, items=items, builtin_words=builtin_words)
    if preview.errors:
        first = preview.errors[0]
        raise ValidationError("row", "import_errors", first.row)
    categories = _categories(session, builtin_words)
    other = categories[fold("other")]
    category_again = iter(redo_of.category_ids if redo_of is not None else ())
    category_ids = []
    for name in preview.new_categories:
        categories[fold(name)] = add_category(session, name=name,
                                              category_id=next(category_again, None))
        category_ids.append(categories[fold(name)])
    departments = {fold(n): i for n, i in session.execute(select(Department.name,
                                                                 Department.id))}
    people = {name: found.person_id for name, found in _people(session, preview.new).items()}
    acts = {fold(t): i for t, i in session.execute(select(Act.title, Act.id))}
    item_ids = add_items(session, items=[SupplyItemData(
        name=item.name, category_id=categories.get(fold(item.category), other)
        if item.category else other,
        quantity=item.quantity, unit=item.unit, unit_price=item.unit_price, source=item.source,
        supplier=item.supplier, department_id=departments.get(fold(item.department)),
        responsible_person_id=people.get(item.person), needed_by=item.needed_by,
        status=item.status, must_return=item.must_return or item.source == SupplySource.BORROW,
        return_to=item.return_to, notes=item.notes,
        act_id=acts.get(fold(item.act)) if item.act else None) for item in preview.new],
        item_ids=list(redo_of.item_ids) if redo_of is not None else None)
    return SupplyImportResult(tuple(item_ids), tuple(category_ids), len(preview.duplicates))


@changes(Area.SUPPLIES)
def undo_supply_import(session: Session, *, result: SupplyImportResult) -> None:
    """Remove what an import added (its items, then the categories it created)."""
    remove_items(session, item_ids=list(result.item_ids))
    session.flush()
    for category_id in result.category_ids:
        category = session.get(SupplyCategory, category_id)
        if category is not None:
            session.delete(category)
