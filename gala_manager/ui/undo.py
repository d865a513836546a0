"""Undo commands whose steps call core verbs through the controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from gala_manager.core.errors import GalaError

if TYPE_CHECKING:
    from gala_manager.ui.controller import GalaController


class VerbCommand(QUndoCommand):
    """One undoable edit: `redo(controller)` returns what `undo(controller, result)` needs.

    If the first redo fails (a validation error, a full disk), the command is
    marked obsolete so QUndoStack drops it, and the error is kept for the
    controller to show; nothing half-done stays on the stack.
    """

    def __init__(self, controller: GalaController, text: str,
                 redo: Callable[[GalaController], Any],
                 undo: Callable[[GalaController, Any], None]) -> None:
        super().__init__(text)
        self._controller = controller
        self._redo = redo
        self._undo = undo
        self.result: Any = None
        self.error: BaseException | None = None
        self._done_once = False

    def redo(self) -> None:
        try:
            self.result = self._redo(self._controller)
        except GalaError as exc:
            if self._done_once:
                self._controller.show_error(exc)
                return
            self.error = exc
            self.setObsolete(True)
            return
        self._done_once = True

    def undo(self) -> None:
        try:
            self._undo(self._controller, self.result)
        except GalaError as exc:
            self._controller.show_error(exc)


def verb_command(controller: GalaController, text: str, verb: Callable, inverse: Callable,
                 inverse_kwargs: Callable[[Any], dict], /, **kwargs: Any) -> VerbCommand:
    """A command running `verb(**kwargs)`, undone by `inverse(**inverse_kwargs(result))`.

    For the common case where the verb returns the state its inverse needs,
    e.g. `set_gala_facts` returns the previous facts.
    """
    return VerbCommand(
        controller, text,
        lambda c: c.run(verb, **kwargs),
        lambda c, result: c.run(inverse, **inverse_kwargs(result)),
    )
