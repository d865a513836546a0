"""Tasks added by a command come back under their ids on redo, with their steps."""

from __future__ import annotations

from dataclasses import replace

from gala_manager.core.staff.department_edits import (
    DepartmentData,
    create_department,
    remove_department,
)
from gala_manager.core.staff.people import list_departments
from gala_manager.core.tasks.edits import add_task, remove_task
from gala_manager.core.tasks.rows import StepFields, TaskFields, get_task, list_tasks
from gala_manager.ui.tasks import task_commands as commands
from tests.ui.undo_helpers import FAR, outside_the_stack, redo, undo


def test_an_edit_of_a_redone_task_finds_it_with_its_steps(controller, warnings_shown):
    fields = TaskFields("借音响", steps=(StepFields("联系音响社"), StepFields("试音")))
    added = commands.add_command(controller, fields)
    assert controller.push(added)
    ticked = replace(fields, steps=(StepFields("联系音响社", True), StepFields("试音")))
    assert controller.push(commands.edit_command(controller, added.result, ticked))
    task_id = added.result
    undo(controller, 2)
    outside_the_stack(controller, add_task, fields=TaskFields("占位"), task_id=FAR)
    redo(controller, 2)
    assert added.result == task_id
    steps = controller.read(get_task, task_id=task_id).fields.steps
    assert [(s.text, s.done) for s in steps] == [("联系音响社", True), ("试音", False)]
    assert warnings_shown == []


def test_the_template_tasks_and_departments_keep_their_ids(controller, warnings_shown):
    # The demo follows the template: take two of its tasks and a department out
    # first, so that applying it adds them again.
    tasks = {t.title: t.id for t in controller.read(list_tasks)}
    for title in ("记者团报道晚会", "清理会场"):
        outside_the_stack(controller, remove_task, task_id=tasks[title])
    press = next(d.id for d in controller.read(list_departments) if d.name == "记者团")
    outside_the_stack(controller, remove_department, department_id=press, detach_members=True)
    before = {t.id for t in controller.read(list_tasks)}
    template = commands.template_command(controller)
    assert controller.push(template)
    result = template.result
    assert (len(result.task_ids), len(result.department_ids)) == (2, 1)
    undo(controller)
    outside_the_stack(controller, add_task, fields=TaskFields("占位"), task_id=FAR)
    outside_the_stack(controller, create_department, data=DepartmentData("占位"),
                      department_id=FAR)
    redo(controller)
    assert template.result == result
    assert {t.id for t in controller.read(list_tasks)} == before | set(result.task_ids) | {FAR}
    added = {controller.read(get_task, task_id=i).title: i for i in result.task_ids}
    reporting = controller.read(get_task, task_id=added["记者团报道晚会"])
    assert reporting.fields.department_id == result.department_ids[0]
    assert warnings_shown == []
