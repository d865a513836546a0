"""Every change of a task raises its revision and stamps the time (calendar SEQUENCE)."""

import dataclasses

from gala_manager.core.models import Phase
from gala_manager.core.tasks.edits import add_task, reorder_phase, set_step_done, update_task
from gala_manager.core.tasks.rows import StepFields, TaskFields, list_tasks


def row(doc, task_id):
    return next(r for r in doc.read(list_tasks) if r.id == task_id)


def test_edits_and_steps_raise_the_revision_and_nothing_else_does(empty_doc):
    task_id = empty_doc.run(add_task, fields=TaskFields(
        "印海报", Phase.BEFORE, steps=(StepFields("设计"), StepFields("送印"))))
    other = empty_doc.run(add_task, fields=TaskFields("订场地", Phase.BEFORE))
    first = row(empty_doc, task_id)
    assert first.revision == 0 and first.modified_at is not None
    empty_doc.run(update_task, task_id=task_id,
                  fields=dataclasses.replace(first.fields, notes="A2 彩色"))
    assert row(empty_doc, task_id).revision == 1
    empty_doc.run(set_step_done, task_id=task_id, position=0, done=True)
    second = row(empty_doc, task_id)
    assert second.revision == 2 and second.modified_at >= first.modified_at
    assert row(empty_doc, other).revision == 0  # untouched tasks keep theirs
    empty_doc.run(reorder_phase, phase=Phase.BEFORE, task_ids=[other, task_id])
    assert row(empty_doc, task_id).revision >= 2
