"""The undo stack of the open gala: a step that fails leaves the stack where the file is."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack


class UndoStack(QUndoStack):
    """QUndoStack whose `undo`, `redo` and `setIndex` settle a failed step.

    Qt moves the index whatever a command's step did, unless the command made
    itself obsolete. These Python overrides (the Edit menu, its shortcuts and
    the tests call them) look at the command's outcome after Qt's step, as
    `VerbCommand` records it, and put the index back where the file is: a
    command whose undo failed cleanly is done again, one whose redo failed
    cleanly is undone again, without running any verb; a command that failed
    half-way was dropped by Qt, and the history above it goes with it.
    Each failure is announced once through `step_failed(command)`; the step
    returns False then.
    """

    step_failed = Signal(object)  # the command whose step failed; its `error` says why

    def undo(self) -> bool:
        """Undo the current command; False if it failed (the stack did not move)."""
        if not self.canUndo():
            return False
        command = self.command(self.index() - 1)
        super().undo()
        return self._settle(command, undoing=True)

    def redo(self) -> bool:
        """Redo the next command; False if it failed (the stack did not move)."""
        if not self.canRedo():
            return False
        command = self.command(self.index())
        super().redo()
        return self._settle(command, undoing=False)

    def setIndex(self, idx: int) -> None:
        """Undo or redo one command at a time up to `idx`, stopping at a failure."""
        idx = max(0, min(idx, self.count()))
        step = self.undo if idx < self.index() else self.redo
        while self.index() != idx and step():
            pass

    def _settle(self, command: QUndoCommand, undoing: bool) -> bool:
        error = getattr(command, "error", None)
        if error is None:
            return True
        if command.partial:
            self._drop_redo_history()
        else:
            command.skip_next_step()
            if undoing:
                super().redo()
            else:
                super().undo()
        self.step_failed.emit(command)
        return False

    def _drop_redo_history(self) -> None:
        if not self.canRedo():
            return
        # Pushing an obsolete command deletes every command above the index
        # and then the pushed one, without running anything (Qt's push()).
        marker = QUndoCommand()
        marker.setObsolete(True)
        self.push(marker)
        # push() announces nothing here; the Edit menu follows these signals
        # (Qt emits indexChanged with an unchanged index after a merge, too).
        self.indexChanged.emit(self.index())
        self.canRedoChanged.emit(False)
        self.redoTextChanged.emit("")
