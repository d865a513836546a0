"""Undo commands of the Supplies page: each step calls a core verb."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from gala_manager.app.supplies.wording import status_label
from gala_manager.core.models import SupplyStatus
from gala_manager.core.supplies.items import (
    SupplyItemData,
    add_item,
    remove_items,
    restore_items,
    set_items_status,
    set_statuses,
    update_item,
)
from gala_manager.core.supplies.settings import (
    add_category,
    remove_category,
    rename_category,
    restore_category,
    set_budget_limit,
)
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword

translate = QCoreApplication.translate


def add_item_command(controller, data: SupplyItemData) -> AddingCommand:
    """Add an item (its id is the command's `result`); redo after undo keeps that id."""
    return AddingCommand(
        controller, translate("Supplies", "Add “{name}”").format(name=data.name),
        add_item, keyword("item_id"), remove_items, lambda item_id: {"item_ids": [item_id]},
        data=data)


def edit_item_command(controller, item_id: int, data: SupplyItemData) -> VerbCommand:
    """Replace an item's values; undo puts the previous ones back."""
    return VerbCommand(
        controller, translate("Supplies", "Edit “{name}”").format(name=data.name),
        lambda c: c.run(update_item, item_id=item_id, data=data),
        lambda c, previous: c.run(update_item, item_id=item_id, data=previous))


def remove_items_command(controller, item_ids: list[int], names: list[str]) -> VerbCommand:
    """Remove items; undo restores them with their ids."""
    count = len(names)
    text = (translate("Supplies", "Remove “{name}”").format(name=names[0]) if len(names) == 1
            else translate("Supplies", "Remove %n item(s)", "", count))
    return VerbCommand(controller, text,
                       lambda c: c.run(remove_items, item_ids=list(item_ids)),
                       lambda c, removed: c.run(restore_items, items=removed))


def status_command(controller, item_ids: list[int], status: SupplyStatus) -> VerbCommand:
    """Give items one status; undo gives each its own previous status back."""
    count = len(item_ids)
    return VerbCommand(
        controller,
        translate("Supplies", "Set %n item(s) to “{status}”", "", count).format(
            status=status_label(status)),
        lambda c: c.run(set_items_status, item_ids=list(item_ids), status=status),
        lambda c, previous: c.run(set_statuses, statuses=previous))


def budget_command(controller, budget_limit: Decimal | None) -> VerbCommand:
    """Change the budget limit (the sponsorship comes from the sponsor records)."""
    return VerbCommand(controller, translate("Supplies", "Change the supply budget"),
                       lambda c: c.run(set_budget_limit, budget_limit=budget_limit),
                       lambda c, previous: c.run(set_budget_limit, budget_limit=previous))


def add_category_command(controller, name: str) -> AddingCommand:
    """Add a user category; redo after undo keeps its id (items may refer to it)."""
    return AddingCommand(
        controller, translate("Supplies", "Add category “{name}”").format(name=name),
        add_category, keyword("category_id"), remove_category, keyword("category_id"),
        name=name)


def rename_category_command(controller, category_id: int, name: str) -> VerbCommand:
    """Rename a user category."""
    return VerbCommand(
        controller, translate("Supplies", "Rename category to “{name}”").format(name=name),
        lambda c: c.run(rename_category, category_id=category_id, name=name),
        lambda c, previous: c.run(rename_category, category_id=category_id, name=previous))


def remove_category_command(controller, category_id: int, name: str) -> VerbCommand:
    """Remove an unused user category."""
    return VerbCommand(
        controller, translate("Supplies", "Remove category “{name}”").format(name=name),
        lambda c: c.run(remove_category, category_id=category_id),
        lambda c, row: c.run(restore_category, row=row))

