"""Words of the Supplies area: categories, sources, statuses, problems and messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from gala_manager.app.wording import describe_error, register_problem_wording
from gala_manager.core.checks import Problem
from gala_manager.core.errors import InUseError, ValidationError
from gala_manager.core.models import SupplySource, SupplyStatus
from gala_manager.core.money import format_yuan, to_decimal
from gala_manager.core.operations import Area

if TYPE_CHECKING:  # the writer's spreadsheet library loads only when a workbook is written
    from gala_manager.export.kit.xlsx import CellWarning

translate = QCoreApplication.translate

_CATEGORIES = {
    "consumables": QT_TRANSLATE_NOOP("Supplies", "Consumables"),
    "publicity": QT_TRANSLATE_NOOP("Supplies", "Publicity and printing"),
    "stage": QT_TRANSLATE_NOOP("Supplies", "Stage equipment"),
    "props": QT_TRANSLATE_NOOP("Supplies", "Props"),
    "prizes": QT_TRANSLATE_NOOP("Supplies", "Prizes and gifts"),
    "first_aid": QT_TRANSLATE_NOOP("Supplies", "First aid and safety"),
    "other": QT_TRANSLATE_NOOP("Supplies", "Other"),
}

_SOURCES = {
    SupplySource.BUY: QT_TRANSLATE_NOOP("Supplies", "Buy"),
    SupplySource.BORROW: QT_TRANSLATE_NOOP("Supplies", "Borrow"),
    SupplySource.SPONSOR: QT_TRANSLATE_NOOP("Supplies", "Sponsored"),
    SupplySource.OWN: QT_TRANSLATE_NOOP("Supplies", "Already own"),
}

_STATUSES = {
    SupplyStatus.PLANNED: QT_TRANSLATE_NOOP("Supplies", "Planned"),
    SupplyStatus.ORDERED: QT_TRANSLATE_NOOP("Supplies", "Ordered"),
    SupplyStatus.IN_HAND: QT_TRANSLATE_NOOP("Supplies", "In hand"),
    SupplyStatus.AT_VENUE: QT_TRANSLATE_NOOP("Supplies", "At the venue"),
    SupplyStatus.DONE: QT_TRANSLATE_NOOP("Supplies", "Returned / used up"),
}

_VALIDATION = {
    ("name", "required"): QT_TRANSLATE_NOOP("Supplies", "An item needs a name."),
    ("name", "too_long"): QT_TRANSLATE_NOOP("Supplies", "The name is too long."),
    ("name", "duplicate"): QT_TRANSLATE_NOOP("Supplies", "A category of that name exists."),
    ("name", "builtin"): QT_TRANSLATE_NOOP(
        "Supplies", "Built-in categories cannot be renamed."),
    ("category_id", "builtin"): QT_TRANSLATE_NOOP(
        "Supplies", "Built-in categories cannot be removed."),
    ("quantity", "not_positive"): QT_TRANSLATE_NOOP(
        "Supplies", "The quantity must be a number greater than zero."),
    ("quantity", "out_of_range"): QT_TRANSLATE_NOOP("Supplies", "The quantity is too large."),
    ("unit_price", "negative"): QT_TRANSLATE_NOOP(
        "Supplies", "The unit price must be an amount in yuan, zero or more (e.g. 12.5)."),
    ("unit_price", "out_of_range"): QT_TRANSLATE_NOOP("Supplies", "The unit price is too large."),
    ("budget_limit", "out_of_range"): QT_TRANSLATE_NOOP(
        "Supplies", "The budget limit must be an amount in yuan, zero or more."),
    ("sponsorship", "out_of_range"): QT_TRANSLATE_NOOP(
        "Supplies", "The sponsorship must be an amount in yuan, zero or more."),
    ("sponsorship", "required"): QT_TRANSLATE_NOOP(
        "Supplies", "The sponsorship must be an amount in yuan, zero or more."),
}


def category_label(key: str | None, name: str = "") -> str:
    """A category's name: translated for built-ins, as typed for the user's own."""
    if key in _CATEGORIES:
        return translate("Supplies", _CATEGORIES[key])
    return name


def source_label(source: SupplySource) -> str:
    """The translated name of a source (购买, 借用 ...)."""
    return translate("Supplies", _SOURCES[SupplySource(source)])


def status_label(status: SupplyStatus) -> str:
    """The translated name of a status."""
    return translate("Supplies", _STATUSES[SupplyStatus(status)])


def describe_supply_error(exc: BaseException) -> str:
    """An error of a supplies edit in words; supplies rules first, then the shared wording."""
    if isinstance(exc, ValidationError):
        text = _VALIDATION.get((exc.field, exc.code))
        if text:
            return translate("Supplies", text)
    if isinstance(exc, InUseError) and exc.kind == "supply_category":
        return translate("Supplies", "This category still holds items: {items}.").format(
            items="、".join(exc.references[:5]) + ("…" if len(exc.references) > 5 else ""))
    return describe_error(exc)


def _yuan(text: str) -> str:
    return format_yuan(to_decimal(text))


def describe_supply_problem(problem: Problem) -> str | None:
    """Words for the Supplies area's problem codes; None for other areas' codes."""
    if problem.area != Area.SUPPLIES:
        return None
    p = problem.params
    if problem.code == "supply_overdue":
        return translate("Supplies", "\u201c{name}\u201d was needed by {needed_by} and is not in "
                                     "hand yet.").format(**p)
    if problem.code == "supply_no_return_to":
        return translate("Supplies", "\u201c{name}\u201d must be returned, but nobody is "
                                     "named to return it to.").format(**p)
    if problem.code == "supply_no_responsible":
        return translate("Supplies", "\u201c{name}\u201d has nobody responsible.").format(**p)
    if problem.code == "supply_over_budget":
        return translate("Supplies", "Supplies cost {cost}, over the budget of {available} "
                                     "by {overrun}.").format(
            cost=_yuan(p["cost"]), available=_yuan(p["available"]), overrun=_yuan(p["overrun"]))
    if problem.code == "supply_props_late":
        return translate("Supplies", "Not all props of \u201c{act}\u201d are in hand by the "
                                     "final rehearsal ({date}): {items}.").format(**p)
    return None


def describe_cell_warning(warning: CellWarning) -> str:
    """What an export had to change in a cell, in words."""
    if warning.code == "truncated":
        return translate("Supplies", "Sheet {sheet}, cell {cell}: the text was cut to 32,767 "
                                     "characters (Excel's limit; it had {length}).").format(
            sheet=warning.sheet, cell=warning.cell, length=warning.detail)
    return translate("Supplies", "Sheet {sheet}, cell {cell}: characters Excel cannot hold "
                                 "were removed.").format(sheet=warning.sheet, cell=warning.cell)


register_problem_wording(describe_supply_problem)
