"""Undo commands whose steps call core verbs through the controller."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from gala_manager.ui.controller import GalaController


class VerbCommand(QUndoCommand):
    """One undoable edit: `redo(controller)` returns what `undo(controller, result)` needs.

    Every exception a step raises (a `GalaError`, an SQLAlchemy or `OSError`, a
    bug) is caught here and never escapes into C++, where PySide would only
    print it while QUndoStack moved on as if the step had worked. The failure
    is kept in `error` (and `partial`) for `UndoStack`, which leaves the stack
    where the file is and has the controller word the message:

    - A step is one verb, one transaction, so a failed step changed nothing.
      A failed first redo (the push) marks the command obsolete and Qt drops
      it. A later failed redo leaves the command undone, a failed undo leaves
      it done: the stack index again says what the file holds, and Undo or
      Redo tries the same step again (after freeing disk space, say).
    - A step that ran several verbs and failed after one of them committed
      failed half-way: the file holds part of the command, which the stack
      cannot describe. The command is made obsolete (Qt deletes it) and the
      stack drops the history above it, recorded on states that no longer
      exist; the file keeps what the committed verbs wrote, and the commands
      below stay undoable (one that no longer fits fails cleanly and says so).

    `describe` words this command's errors (None: `app.wording.describe_error`).
    """

    def __init__(self, controller: GalaController, text: str,
                 redo: Callable[[GalaController], Any],
                 undo: Callable[[GalaController, Any], None]) -> None:
        super().__init__(text)
        self._controller = controller
        self._redo = redo
        self._undo = undo
        self.describe: Callable[[BaseException], str] | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.partial = False
        self.done_once = False
        self._skip = False

    def redo(self) -> None:
        if self._skip_step():
            return
        if self._step(lambda: self._redo(self._controller)):
            self.done_once = True

    def undo(self) -> None:
        if not self._skip_step():
            self._step(lambda: self._undo(self._controller, self.result), keep_result=True)

    def skip_next_step(self) -> None:
        """Make the next undo or redo only move the stack's index: the file is there already."""
        self._skip = True

    def _skip_step(self) -> bool:
        skip, self._skip = self._skip, False
        return skip

    def _step(self, step: Callable[[], Any], keep_result: bool = False) -> bool:
        self.error, self.partial = None, False
        commits = self._controller.commits
        try:
            value = step()
        except BaseException as exc:  # nothing may escape into C++ (see the class doc)
            self.error = exc
            self.partial = self._controller.commits != commits
            if self.partial or not self.done_once:
                self.setObsolete(True)
            return False
        if not keep_result:
            self.result = value
        return True


class AddingCommand(VerbCommand):
    """A command whose verb adds rows; a redo after undo puts them back under the same ids.

    `again(result)` turns what the first run returned into the keyword
    arguments that make the verb re-insert under those ids (`keyword("act_id")`
    for a verb returning the new id). Later commands name rows by id (a duty
    on a post, an item linked to an act), so a redone row must not take
    whatever id SQLite would hand out next.
    """

    def __init__(self, controller: GalaController, text: str, verb: Callable,
                 again: Callable[[Any], dict], inverse: Callable,
                 inverse_kwargs: Callable[[Any], dict], /, **kwargs: Any) -> None:
        super().__init__(controller, text, self._add,
                         lambda c, result: c.run(inverse, **inverse_kwargs(result)))
        self._verb = verb
        self._again = again
        self._kwargs = kwargs

    def _add(self, controller: GalaController) -> Any:
        again = self._again(self.result) if self.done_once else {}
        return controller.run(self._verb, **self._kwargs, **again)


def keyword(name: str) -> Callable[[Any], dict]:
    """`value -> {name: value}`: the common `again` and `inverse_kwargs`."""
    return lambda value: {name: value}


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
