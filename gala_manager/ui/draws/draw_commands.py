"""Undo commands of the Lucky draw page: each step calls one core verb.

Drawing itself is not a command: a draw the hall has seen is never undone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gala_manager.app.draws.wording import describe_draw_error, winner_status_label
from gala_manager.core.draws.drawing import set_winner_status
from gala_manager.core.draws.rows import DrawData
from gala_manager.core.draws.setup import add_draw, edit_draw, remove_draw, restore_draw
from gala_manager.core.models import WinnerStatus
from gala_manager.ui.undo import AddingCommand, VerbCommand, keyword, verb_command

translate = QCoreApplication.translate


def _worded(command: VerbCommand) -> VerbCommand:
    command.describe = describe_draw_error
    return command


def add_draw_command(controller, data: DrawData) -> VerbCommand:
    """Add a draw (its id is the command's `result`); a redo puts it back under that id."""
    return _worded(AddingCommand(
        controller, translate("Draws", "Add draw “{name}”").format(name=data.name), add_draw,
        keyword("draw_id"), remove_draw, keyword("draw_id"), data=data))


def edit_draw_command(controller, draw_id: int, data: DrawData) -> VerbCommand:
    """Change a draw; undo puts its previous data back."""
    return _worded(verb_command(
        controller, translate("Draws", "Edit draw “{name}”").format(name=data.name), edit_draw,
        edit_draw, lambda before: {"draw_id": draw_id, "data": before},
        draw_id=draw_id, data=data))


def remove_draw_command(controller, draw_id: int, name: str) -> VerbCommand:
    """Remove a draw not yet drawn; undo restores it under its id."""
    return _worded(verb_command(
        controller, translate("Draws", "Remove draw “{name}”").format(name=name), remove_draw,
        restore_draw, keyword("removed"), draw_id=draw_id))


def winner_status_command(controller, winner_id: int, entry: str,
                          status: WinnerStatus) -> VerbCommand:
    """Mark a winner's prize collected or the winner absent; undo gives the old status."""
    return _worded(verb_command(
        controller, translate("Draws", "Mark {winner} “{status}”").format(
            winner=entry, status=winner_status_label(status)),
        set_winner_status, set_winner_status,
        lambda old: {"winner_id": winner_id, "status": old}, winner_id=winner_id,
        status=status))
