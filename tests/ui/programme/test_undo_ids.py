"""Programme rows added by a command come back under their ids on redo, whatever SQLite says."""

from __future__ import annotations

from gala_manager.app.importing import ImportPreview
from gala_manager.app.programme.act_import import ACTS
from gala_manager.core.models import RehearsalKind, SupplyStatus
from gala_manager.core.programme.act_import import import_key
from gala_manager.core.programme.acts import add_act, get_act
from gala_manager.core.programme.order import order_snapshot
from gala_manager.core.programme.rehearsals import add_rehearsal, list_rehearsals
from gala_manager.core.programme.rows import ActFields
from gala_manager.core.programme.sections import add_section
from gala_manager.core.supplies.items import SupplyItemData, get_item
from gala_manager.core.supplies.settings import list_categories
from gala_manager.ui.import_preview import import_command
from gala_manager.ui.programme import programme_commands as commands
from gala_manager.ui.supplies.supplies_commands import add_item_command
from tests.ui.undo_helpers import FAR, outside_the_stack, redo, undo


def _act(title: str) -> ActFields:
    return ActFields(title=title, performers="测试", duration_seconds=200)


def test_acts_added_then_undone_come_back_under_their_ids(controller, warnings_shown):
    first = commands.add_command(controller, _act("甲"))
    second = commands.add_command(controller, _act("乙"), position=1)
    assert controller.push(first) and controller.push(second)
    ids = (first.result, second.result)
    undo(controller, 2)
    outside_the_stack(controller, add_act, fields=_act("占位"), act_id=FAR)
    redo(controller, 2)
    assert (first.result, second.result) == ids
    assert controller.read(get_act, act_id=ids[0]).fields.title == "甲"
    assert controller.read(get_act, act_id=ids[1]).position == 1
    assert warnings_shown == []


def test_a_supply_item_of_a_redone_act_still_points_at_it(controller, warnings_shown):
    add = commands.add_command(controller, _act("魔术"))
    assert controller.push(add)
    category = controller.read(list_categories)[0].id
    item = add_item_command(controller, SupplyItemData(
        name="魔术箱", category_id=category, act_id=add.result, status=SupplyStatus.PLANNED))
    assert controller.push(item)
    act_id, item_id = add.result, item.result
    undo(controller, 2)
    outside_the_stack(controller, add_act, fields=_act("占位"), act_id=FAR)
    redo(controller, 2)
    assert controller.read(get_item, item_id=item_id).act_id == act_id
    assert controller.read(get_act, act_id=act_id).fields.title == "魔术"
    assert warnings_shown == []


def test_a_redone_section_keeps_the_acts_moved_into_it(controller, warnings_shown):
    section = commands.add_section_command(controller, "加演")
    assert controller.push(section)
    act_id = controller.read(order_snapshot).placements[0][0]
    assert controller.push(commands.move_command(controller, [act_id], 99, "x",
                                                 section_id=section.result))
    undo(controller, 2)
    outside_the_stack(controller, add_section, name="占位", section_id=FAR)
    redo(controller, 2)
    placements = {a: s for a, s, _ in controller.read(order_snapshot).placements}
    assert placements[act_id] == section.result != FAR + 1
    assert warnings_shown == []


def test_rehearsals_copies_and_imports_keep_their_ids(controller, warnings_shown):
    act_id = controller.read(order_snapshot).placements[0][0]
    rehearsal = commands.rehearsal_command(controller, RehearsalKind.FIRST, None, "",
                                           {act_id: 210})
    copy = commands.duplicate_command(controller, act_id, "x", "副本")
    rows = [(import_key("外语系", "新节目"), _act("新节目")),
            (import_key("外语系", "又一个"), _act("又一个"))]
    imported = import_command(controller, ImportPreview(
        (), lambda _r, _o: {"rows": rows}, kind=ACTS, file_name="acts.xlsx"))
    for command in (rehearsal, copy, imported):
        assert controller.push(command)
    before = (rehearsal.result, copy.result, imported.result.added)
    undo(controller, 3)
    outside_the_stack(controller, add_rehearsal, kind=RehearsalKind.FINAL, rehearsal_id=FAR)
    outside_the_stack(controller, add_act, fields=_act("占位"), act_id=FAR)
    redo(controller, 3)
    assert (rehearsal.result, copy.result, imported.result.added) == before
    timed = {r.id: r.timings for r in controller.read(list_rehearsals)}
    assert timed[rehearsal.result] == {act_id: 210}
    assert controller.read(get_act, act_id=copy.result).fields.title == "副本"
    assert warnings_shown == []
