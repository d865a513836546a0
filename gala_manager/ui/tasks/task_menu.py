"""The context menu of a task card: edit, move to a phase or status, show what it is about."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from gala_manager.app.tasks.wording import phase_label, status_label
from gala_manager.core.tasks.rows import PHASES, STATUSES, TaskRow
from gala_manager.ui.tasks import task_commands as commands

translate = QCoreApplication.translate


def task_menu(page, row: TaskRow) -> QMenu:
    """A menu whose actions act on `row` through the page's controller (all undoable)."""
    controller = page.controller
    menu = QMenu(page)
    menu.addAction(translate("TasksPage", "Edit…"), lambda: page.edit_task(row.id))

    def move(**where):
        controller.push(commands.move_command(controller, row.id, row.title, **where), page)

    phases = menu.addMenu(translate("TasksPage", "Move to phase"))
    for phase in PHASES:
        action = phases.addAction(phase_label(phase), lambda p=phase: move(phase=p))
        action.setEnabled(phase != row.phase)
    statuses = menu.addMenu(translate("TasksPage", "Set status"))
    for status in STATUSES:
        action = statuses.addAction(status_label(status), lambda s=status: move(status=s))
        action.setEnabled(status != row.status)
    for link in row.links:
        menu.addAction(translate("TasksPage", "Show \u201c{name}\u201d").format(name=link.label),
                       lambda target=(link.kind, link.id): controller.navigate(target))
    menu.addSeparator()
    menu.addAction(translate("TasksPage", "Remove"), lambda: page.remove_task(row.id))
    return menu
