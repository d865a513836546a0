"""Programme page edits through its actions: duplicate, delete, sections, checks, undo."""

from gala_manager.core.models import ActStatus
from gala_manager.core.programme.acts import update_act
from gala_manager.core.programme.schedule import running_order
from gala_manager.core.programme.sections import list_sections
from gala_manager.ui.programme import programme_commands as commands
from tests.ui.events import settle
from tests.ui.programme_helpers import cell, open_page, titles


def test_duplicate_and_delete_each_one_undo_step(qtbot, controller):
    page = open_page(qtbot, controller)
    before = titles(page)
    page.table.selectRow(3)
    page.actions.duplicate_action.trigger()
    assert titles(page)[4] == f"{before[3]} (copy)"
    page.table.selectRow(4)
    page.actions.delete_action.trigger()
    assert titles(page) == before
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert titles(page) == before
    assert controller.undo_stack.count() == 2


def test_move_to_position_and_take_out(qtbot, controller):
    page = open_page(qtbot, controller)
    before = titles(page)
    act = controller.read(running_order)[0]
    assert page.actions.move_to(act.act_id, 5)
    assert titles(page)[4] == before[0]
    page.table.selectRow(4)
    page.actions.take_out_action.trigger()
    assert before[0] not in titles(page)
    assert page.unordered_model.row_of(act.act_id) >= 0
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert titles(page) == before


def test_sections_added_renamed_removed_with_undo(qtbot, controller, app_language):
    page = open_page(qtbot, controller)
    assert controller.push(commands.add_section_command(controller, "返场"))
    assert [s.name for s in controller.read(list_sections)][-1] == "返场"
    last = controller.read(running_order)[-1]
    page.actions.move_to(last.act_id, 10**6, controller.read(list_sections)[-1].id)
    assert cell(page, 16, "section").data() == "返场"
    second = controller.read(list_sections)[1]
    assert controller.push(commands.rename_section_command(controller, second.id, "下半场·精彩"))
    assert cell(page, 10, "section").data() == "下半场·精彩"
    assert controller.push(commands.remove_section_command(controller, second.id, "下半场"))
    assert cell(page, 10, "section").data() == "上半场"
    for _ in range(4):
        controller.undo_stack.undo()
    assert [s.name for s in controller.read(list_sections)] == ["", ""]
    assert cell(page, 10, "section").data() == "下半场"


def test_checks_show_on_the_page_and_lead_to_the_act(qtbot, controller):
    page = open_page(qtbot, controller)
    assert not page.problems_view.isVisible()
    act = controller.read(running_order)[6]
    controller.run(update_act, act_id=act.act_id, changes={"status": ActStatus.WITHDRAWN})
    settle()
    assert page.problems_view.isVisible()
    problems = page.problems_model.rows()
    assert [p.code for p in problems] == ["act_withdrawn"]
    text = page.problems_model.index(0, 0).data()
    assert act.title in text and "withdrawn" in text
    page.table.selectRow(0)
    page.problems_view.doubleClicked.emit(page.problems_model.index(0, 0))
    assert page.current_act_id() == act.act_id


def test_the_main_window_leads_an_act_problem_to_the_programme_page(main_window):
    act = main_window.controller.read(running_order)[5]
    main_window.navigate(("act", act.act_id))
    page = main_window.current_page()
    assert page.key == "programme"
    assert page.current_act_id() == act.act_id
