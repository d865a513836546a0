"""Undoable task edits: each builds a VerbCommand over the core's task verbs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.core.models import Phase, TaskStatus
from gala_manager.core.tasks.edits import (
    add_task,
    move_task,
    remove_task,
    restore_task,
    update_task,
)
from gala_manager.core.tasks.rows import TaskFields
from gala_manager.core.tasks.template import apply_template, remove_template
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword

translate = QCoreApplication.translate


def add_command(controller, fields: TaskFields) -> VerbCommand:
    """Add a task; undo removes it, redo puts it back under the same id."""
    return AddingCommand(
        controller, translate("Tasks", "Add task \u201c{title}\u201d").format(title=fields.title),
        add_task, keyword("task_id"), remove_task, keyword("task_id"), fields=fields)


def edit_command(controller, task_id: int, fields: TaskFields) -> VerbCommand:
    """Replace a task's values; undo puts the previous ones back."""
    return VerbCommand(
        controller, translate("Tasks", "Edit task \u201c{title}\u201d").format(title=fields.title),
        lambda c: c.run(update_task, task_id=task_id, fields=fields),
        lambda c, previous: c.run(update_task, task_id=task_id, fields=previous))


def remove_command(controller, task_id: int, title: str) -> VerbCommand:
    """Remove a task; undo restores it with its id, place and steps."""
    return VerbCommand(
        controller, translate("Tasks", "Remove task \u201c{title}\u201d").format(title=title),
        lambda c: c.run(remove_task, task_id=task_id),
        lambda c, snapshot: c.run(restore_task, snapshot=snapshot))


def move_command(controller, task_id: int, title: str, *, phase: Phase | None = None,
                 status: TaskStatus | None = None, index: int | None = None) -> VerbCommand:
    """Move a task to a phase, status or position; undo moves it back exactly."""
    return VerbCommand(
        controller, translate("Tasks", "Move task \u201c{title}\u201d").format(title=title),
        lambda c: c.run(move_task, task_id=task_id, phase=phase, status=status, index=index),
        lambda c, was: c.run(move_task, task_id=task_id, phase=was.phase, status=was.status,
                             index=was.index))


class _PlanTasksCommand(AddingCommand):
    """Adds the plan's tasks; leaves no undo step when every one was there already."""

    def redo(self) -> None:
        super().redo()
        # Qt drops a command made obsolete by its first redo: Undo would do nothing.
        if self.error is None and not self.result.task_ids:
            self.setObsolete(True)


def template_command(controller) -> VerbCommand:
    """Add the plan's template tasks; undo removes them (and departments it made)."""
    return _PlanTasksCommand(
        controller, translate("Tasks", "Add the plan's tasks"),
        apply_template, keyword("redo_of"), remove_template, keyword("result"))
