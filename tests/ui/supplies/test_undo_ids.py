"""Supply rows added by a command come back under their ids on redo, whatever SQLite says."""

from __future__ import annotations

from decimal import Decimal

from gala_manager.app.importing import ImportPreview
from gala_manager.app.supplies.item_import import SUPPLIES, builtin_words
from gala_manager.core.supplies.item_import import SheetItem
from gala_manager.core.supplies.items import SupplyItemData, add_item, get_item
from gala_manager.core.supplies.settings import add_category, list_categories
from gala_manager.ui.import_preview import import_command
from gala_manager.ui.supplies import supplies_commands as commands
from tests.ui.undo_helpers import FAR, outside_the_stack, redo, undo


def test_an_item_of_a_redone_category_is_still_in_it(controller, warnings_shown):
    category = commands.add_category_command(controller, "舞美")
    assert controller.push(category)
    item = commands.add_item_command(controller, SupplyItemData(
        name="干冰机", category_id=category.result, quantity=Decimal(2)))
    assert controller.push(item)
    before = (category.result, item.result)
    undo(controller, 2)
    outside_the_stack(controller, add_category, name="占位", category_id=FAR)
    outside_the_stack(controller, add_item, data=SupplyItemData(name="占位", category_id=FAR),
                      item_id=FAR)
    redo(controller, 2)
    assert (category.result, item.result) == before
    assert controller.read(get_item, item_id=item.result).category_id == category.result
    assert warnings_shown == []


def test_imported_items_and_categories_keep_their_ids(controller, warnings_shown):
    items = [SheetItem(2, "荧光棒", category="应援"), SheetItem(3, "手幅", category="应援")]
    imported = import_command(controller, ImportPreview(
        (), lambda _r, _o: {"items": items, "builtin_words": builtin_words()}, kind=SUPPLIES,
        file_name="supplies.xlsx"))
    assert controller.push(imported)
    before = imported.result
    undo(controller)
    outside_the_stack(controller, add_category, name="占位", category_id=FAR)
    other = controller.read(list_categories)[0].id
    outside_the_stack(controller, add_item, data=SupplyItemData(name="占位", category_id=other),
                      item_id=FAR)
    redo(controller)
    assert imported.result == before and len(before.item_ids) == 2
    assert {controller.read(get_item, item_id=i).category_id for i in before.item_ids} == \
        set(before.category_ids)
    assert warnings_shown == []
