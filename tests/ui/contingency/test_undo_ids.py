"""A plan added on the page comes back under its id on redo; a task linking it still does."""

from __future__ import annotations

from gala_manager.core.contingency.plans import PlanData, add_plan, get_plan
from gala_manager.core.tasks.rows import TaskFields, get_task
from gala_manager.ui.contingency.contingency_page import ContingencyPage
from gala_manager.ui.tasks import task_commands
from tests.ui.events import settle
from tests.ui.undo_helpers import FAR, outside_the_stack, redo, undo


def test_a_task_linking_a_redone_plan_still_links_it(qtbot, controller, warnings_shown):
    page = ContingencyPage(controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.new_plan()
    plan_id = page.model.rows()[-1].id
    task = task_commands.add_command(controller, TaskFields("演练新预案", plan_id=plan_id))
    assert controller.push(task)
    undo(controller, 2)
    settle()
    assert plan_id not in [row.id for row in page.model.rows()]
    outside_the_stack(controller, add_plan, data=PlanData("other", "占位", steps=("一",)),
                      plan_id=FAR)
    redo(controller, 2)
    settle()
    assert page.model.rows()[-1].id == plan_id
    assert controller.read(get_plan, plan_id=plan_id).data.title == "New plan"
    assert controller.read(get_task, task_id=task.result).fields.plan_id == plan_id
    assert warnings_shown == []
